#include "analytics/ShowReportMaker.h"

#include "analytics/ShopifyOrdersCsv.h"
#include "analytics/ShowFigures.h"
#include "analytics/ShowReport.h"
#include "analytics/ShowTimeline.h"
#include "show/ShowDocument.h"

#include <QDir>
#include <QFileInfo>

namespace vitrine {

QString ShowReportMaker::defaultFolder(const QString& showPath)
{
    const QFileInfo show(showPath);
    return show.dir().filePath(tr("%1 report").arg(show.completeBaseName()));
}

ShowReportMaker::Outcome ShowReportMaker::make(const Request& request)
{
    Outcome outcome;
    const std::optional<ShowDocument> show = ShowDocument::load(request.showPath, &outcome.error);
    if (!show)
        return outcome;

    // The event log is optional with a given live window (a live recorded elsewhere), required without.
    ShowTimeline timeline;
    const QString logPath = request.showPath + QStringLiteral(".events.jsonl");
    if (QFileInfo::exists(logPath) || !request.liveWindow) {
        const std::optional<QList<QJsonObject>> events = ShowTimeline::readLog(logPath, &outcome.error);
        if (!events)
            return outcome;
        timeline = ShowTimeline::fromEvents(*events);
    }
    if (request.liveWindow)
        timeline.live = *request.liveWindow;
    if (!timeline.live.isValid()) {
        outcome.error =
            tr("the event log %1 has no live (no live.start): give the live window with --live-window")
                .arg(logPath);
        return outcome;
    }

    const OrdersImport orders = ShopifyOrdersCsv::readFile(request.ordersPath);
    if (!orders.ok()) {
        outcome.error = orders.error;
        return outcome;
    }
    outcome.problems = orders.problems;
    outcome.orders = static_cast<int>(orders.orders.size());
    outcome.skippedRows = orders.skippedRows;

    if (!QDir().mkpath(request.outDir)) {
        outcome.error = tr("cannot create the folder %1").arg(request.outDir);
        return outcome;
    }
    const ShowReport report(
        show->title, ShowFigures::compute(orders.orders, orders.currency, timeline, show->products), orders);
    if (!report.write(request.outDir, &outcome.error))
        return outcome;
    const QDir out(request.outDir);
    outcome.figuresPath = out.filePath(QStringLiteral("figures.json"));
    outcome.htmlPath = out.filePath(QStringLiteral("report.html"));
    outcome.pdfPath = out.filePath(QStringLiteral("report.pdf"));
    outcome.ok = true;
    return outcome;
}

} // namespace vitrine
