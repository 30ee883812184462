#include "headless/ReportCommand.h"

#include "analytics/ShopifyOrdersCsv.h"
#include "analytics/ShowFigures.h"
#include "analytics/ShowReport.h"
#include "analytics/ShowTimeline.h"
#include "show/ShowDocument.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

#include <optional>

namespace vitrine {

bool ReportCommand::matches(const QStringList& arguments)
{
    return arguments.size() > 1 && arguments.at(1) == QLatin1String("report");
}

int ReportCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    auto fail = [&err](const QString& message) {
        err << "vitrine: " << message << Qt::endl;
        return 2;
    };
    QCommandLineParser parser;
    const QCommandLineOption ordersOption(QStringLiteral("orders"),
                                          tr("The shop's orders export (Shopify CSV)."), tr("ORDERS.csv"));
    const QCommandLineOption windowOption(
        QStringLiteral("live-window"),
        tr("The live window, ISO 8601 with offsets, start included, end not "
           "(default: from the show's event log)."),
        tr("START/END"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       tr("The folder to write the report into (created)."), tr("DIR"));
    parser.addOptions({ordersOption, windowOption, outOption});
    const QString usage =
        tr("usage: vitrine report SHOW.vitrine --orders ORDERS.csv [--live-window START/END] --out DIR");
    if (!parser.parse(arguments.mid(0, 1) + arguments.mid(2)) || parser.positionalArguments().size() != 1 ||
        !parser.isSet(ordersOption) || !parser.isSet(outOption)) {
        if (!parser.errorText().isEmpty())
            err << "vitrine: " << parser.errorText() << '\n';
        return fail(usage);
    }
    const QString showPath = parser.positionalArguments().constFirst();

    std::optional<TimeWindow> window;
    if (parser.isSet(windowOption)) {
        window = TimeWindow::parse(parser.value(windowOption));
        if (!window->isValid())
            return fail(tr("--live-window needs START/END in ISO 8601 with their offsets, START before END, "
                           "such as 2026-12-05T20:00:00+01:00/2026-12-05T21:00:00+01:00, not “%1”")
                            .arg(parser.value(windowOption)));
    }
    QString error;
    const std::optional<ShowDocument> show = ShowDocument::load(showPath, &error);
    if (!show)
        return fail(error);

    // The event log is optional with --live-window (a live recorded elsewhere), required without.
    ShowTimeline timeline;
    const QString logPath = showPath + QStringLiteral(".events.jsonl");
    if (QFileInfo::exists(logPath) || !window) {
        const std::optional<QList<QJsonObject>> events = ShowTimeline::readLog(logPath, &error);
        if (!events)
            return fail(error);
        timeline = ShowTimeline::fromEvents(*events);
    }
    if (window)
        timeline.live = *window;
    if (!timeline.live.isValid())
        return fail(
            tr("the event log %1 has no live (no live.start): give the live window with --live-window")
                .arg(logPath));

    const OrdersImport orders = ShopifyOrdersCsv::readFile(parser.value(ordersOption));
    if (!orders.ok())
        return fail(orders.error);
    for (const QString& problem : orders.problems)
        err << "vitrine: " << parser.value(ordersOption) << ": " << problem << '\n';
    err.flush();

    const QString outDir = parser.value(outOption);
    if (!QDir().mkpath(outDir))
        return fail(tr("cannot create the folder %1").arg(outDir));
    const ShowReport report(
        show->title, ShowFigures::compute(orders.orders, orders.currency, timeline, show->products), orders);
    if (!report.write(outDir, &error))
        return fail(error);
    out << tr("Wrote %1, %2 and %3 (%n order(s), %4 row(s) skipped)", nullptr,
              static_cast<int>(orders.orders.size()))
               .arg(QDir(outDir).filePath(QStringLiteral("figures.json")),
                    QDir(outDir).filePath(QStringLiteral("report.html")),
                    QDir(outDir).filePath(QStringLiteral("report.pdf")))
               .arg(orders.skippedRows)
        << Qt::endl;
    return 0;
}

} // namespace vitrine
