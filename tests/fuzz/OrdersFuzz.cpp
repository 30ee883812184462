// Arbitrary bytes as a shop's orders export and as an event log, through the figures: reading never fails
// silently (every skipped row has its problem), a fatal error gives no orders, and no window counts more
// orders or revenue than the whole export.
#include "analytics/ShopifyOrdersCsv.h"
#include "analytics/ShowFigures.h"
#include "analytics/ShowTimeline.h"

#include <QBuffer>
#include <QByteArray>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

void check(const vitrine::OrderFigures& window, const vitrine::OrderFigures& all)
{
    if (window.orders > all.orders || window.revenue.minor > all.revenue.minor ||
        window.revenueExcludingRefunded.minor > window.revenue.minor)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const vitrine::OrdersImport orders = vitrine::ShopifyOrdersCsv::read(&buffer, QStringLiteral("fuzz.csv"));
    if (orders.skippedRows != orders.problems.size() || (!orders.ok() && !orders.orders.isEmpty()))
        std::abort();

    QList<QJsonObject> events;
    for (const QByteArray& line : bytes.split('\n')) {
        const QJsonDocument document = QJsonDocument::fromJson(line);
        if (document.isObject())
            events << document.object();
    }
    vitrine::ShowTimeline timeline = vitrine::ShowTimeline::fromEvents(events);
    if (!timeline.live.isValid())
        timeline.live =
            vitrine::TimeWindow::parse(QStringLiteral("2026-12-05T19:00:00Z/2026-12-05T20:00:00Z"));
    const vitrine::ShowFigures figures =
        vitrine::ShowFigures::compute(orders.orders, orders.currency, timeline, {});
    for (const vitrine::OrderFigures* window :
         {&figures.liveWindow, &figures.promoWindow, &figures.in24h, &figures.in48h})
        check(*window, figures.all);
    (void)figures.toJson();
    (void)vitrine::TimeWindow::parse(QString::fromUtf8(bytes));
    return 0;
}
