// The show's figures from a Shopify orders export and an event log, checked to the cent; the report's files.
#include "analytics/ShowFigures.h"
#include "analytics/ReportPlots.h"
#include "analytics/ShopifyOrdersCsv.h"
#include "analytics/ShowReport.h"
#include "analytics/ShowTimeline.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace vitrine;

namespace {

QString ordersCsv()
{
    return QStringLiteral(VITRINE_TEST_DATA_DIR "/orders/shopify_orders.csv");
}

QJsonObject record(const char* utc, const char* type, QJsonObject data = {})
{
    data.insert(QStringLiteral("utc"), QString::fromLatin1(utc));
    data.insert(QStringLiteral("type"), QString::fromLatin1(type));
    return data;
}

QJsonObject sku(const char* value)
{
    return {{QStringLiteral("sku"), QString::fromLatin1(value)}};
}

// Live 19:00–20:00 UTC, promo 19:30–19:45, pins: grinder 19:05–19:20, coffee 19:20–19:35 (its unpin), scale
// 19:40 to the live's stop.
QList<QJsonObject> showEvents()
{
    return {record("2026-12-05T18:55:00.000Z", "scene.switch"),
            record("2026-12-05T19:00:00.000Z", "live.start"),
            record("2026-12-05T19:05:00.000Z", "product.pin", sku("MOUL-ART-01")),
            record("2026-12-05T19:20:00.000Z", "product.pin", sku("CAFE-ETH-250")),
            record("2026-12-05T19:30:00.000Z", "promo.start",
                   {{QStringLiteral("code"), QStringLiteral("LIVE10")}}),
            record("2026-12-05T19:35:00.000Z", "product.unpin", sku("CAFE-ETH-250")),
            record("2026-12-05T19:40:00.000Z", "product.pin", sku("BAL-PREC-01")),
            record("2026-12-05T19:45:00.000Z", "promo.stop",
                   {{QStringLiteral("code"), QStringLiteral("LIVE10")}}),
            record("2026-12-05T20:00:00.000Z", "live.stop"),
            record("2026-12-05T20:05:00.000Z", "show.end")};
}

QJsonObject figuresJson()
{
    const OrdersImport orders = ShopifyOrdersCsv::readFile(ordersCsv());
    return ShowFigures::compute(orders.orders, orders.currency, ShowTimeline::fromEvents(showEvents()), {})
        .toJson();
}

QJsonObject expected(int orders, const char* revenue, const char* excluding)
{
    return {{QStringLiteral("orders"), orders},
            {QStringLiteral("revenue"), QString::fromLatin1(revenue)},
            {QStringLiteral("revenueExcludingRefunded"), QString::fromLatin1(excluding)},
            {QStringLiteral("currency"), QStringLiteral("EUR")}};
}

// The figures of one window without its "window" member.
QJsonObject counted(QJsonObject object)
{
    object.remove(QStringLiteral("window"));
    object.remove(QStringLiteral("windows"));
    return object;
}

} // namespace

class ShowFiguresTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsMultiRowOrdersAndReportsMalformedRows()
    {
        const OrdersImport orders = ShopifyOrdersCsv::readFile(ordersCsv());
        QVERIFY2(orders.ok(), qPrintable(orders.error));
        QCOMPARE(orders.currency, QStringLiteral("EUR"));
        QCOMPARE(orders.orders.size(), 9); // #1001–#1009, the cancelled one included
        QCOMPARE(orders.skippedRows, 5);
        QCOMPARE(orders.problems.size(), 5);
        const QList<int> lines{5, 14, 15, 16, 17}; // line 3 is the second line of #1001's quoted note
        for (int i = 0; i < lines.size(); ++i)
            QVERIFY2(orders.problems.at(i).startsWith(QStringLiteral("line %1:").arg(lines.at(i))),
                     qPrintable(orders.problems.at(i)));
        QVERIFY(orders.problems.at(0).contains(QStringLiteral("“two”")));
        QVERIFY(orders.problems.at(1).contains(QStringLiteral("quatre-vingt")));
        QVERIFY(orders.problems.at(2).contains(QStringLiteral("#1010")));
        QVERIFY(orders.problems.at(3).contains(QStringLiteral("yesterday")));
        QVERIFY(orders.problems.at(4).contains(QStringLiteral("#0999")));

        const ShopOrder& first = orders.orders.at(0);
        QCOMPARE(first.name, QStringLiteral("#1001"));
        QCOMPARE(first.createdAt, QDateTime(QDate(2026, 12, 5), QTime(19, 0), Qt::UTC));
        QCOMPARE(first.lines.size(), 2);
        QCOMPARE(first.lines.at(1).sku, QStringLiteral("CAFE-ETH-250"));
        QCOMPARE(first.lines.at(1).title, QStringLiteral("Café d’Éthiopie, 250 g"));
        QCOMPARE(first.lines.at(1).quantity, 2);
        QCOMPARE(first.total, (Money{11490, QStringLiteral("EUR")}));
        QCOMPARE(first.utmSource, QStringLiteral("instagram"));
        QCOMPARE(orders.orders.at(1).createdAt,
                 QDateTime(QDate(2026, 12, 5), QTime(19, 10), Qt::UTC)); // -0500
        QCOMPARE(orders.orders.at(2).discountCode, QStringLiteral("LIVE10"));
        QVERIFY(orders.orders.at(3).cancelled);
    }

    void aMissingColumnIsOneClearError()
    {
        QByteArray csv(
            "Name,Financial Status,Currency,Created at,Cancelled at,Lineitem quantity,Lineitem price,"
            "Lineitem sku\n#1,paid,EUR,2026-12-05 20:00:00 +0100,,1,9.00,A\n");
        QBuffer buffer(&csv);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        const OrdersImport orders = ShopifyOrdersCsv::read(&buffer, QStringLiteral("orders.csv"));
        QVERIFY(!orders.ok());
        QVERIFY(orders.orders.isEmpty());
        QVERIFY2(orders.error.contains(QStringLiteral("Total")), qPrintable(orders.error));
        QVERIFY(orders.error.contains(QStringLiteral("orders.csv")));

        QByteArray empty;
        QBuffer nothing(&empty);
        QVERIFY(nothing.open(QIODevice::ReadOnly));
        QVERIFY(!ShopifyOrdersCsv::read(&nothing, QStringLiteral("empty.csv")).ok());
        QVERIFY(!ShopifyOrdersCsv::readFile(QStringLiteral("/nonexistent/orders.csv")).ok());
    }

    void parsesTimesWithTheirOffsets()
    {
        const QDateTime expected(QDate(2026, 12, 5), QTime(19, 15, 3), Qt::UTC);
        QCOMPARE(ShopifyOrdersCsv::parseTime(QStringLiteral("2026-12-05 20:15:03 +0100")), expected);
        QCOMPARE(ShopifyOrdersCsv::parseTime(QStringLiteral("2026-12-05 14:15:03 -05:00")), expected);
        QCOMPARE(ShopifyOrdersCsv::parseTime(QStringLiteral("2026-12-05T19:15:03Z")), expected);
        QVERIFY(!ShopifyOrdersCsv::parseTime(QStringLiteral("2026-12-05 20:15:03"))); // no offset: ambiguous
        QVERIFY(!ShopifyOrdersCsv::parseTime(QStringLiteral("2026-02-30 20:15:03 +0100")));
        const TimeWindow window =
            TimeWindow::parse(QStringLiteral("2026-12-05T20:00:00+01:00/2026-12-05T20:00:00Z"));
        QVERIFY(window.isValid());
        QCOMPARE(window.durationMs(), 3600 * 1000);
        QVERIFY(!TimeWindow::parse(QStringLiteral("2026-12-05T20:00:00/2026-12-05T21:00:00Z")).isValid());
        QVERIFY(!TimeWindow::parse(QStringLiteral("2026-12-05T21:00:00Z/2026-12-05T20:00:00Z")).isValid());
        QVERIFY(!TimeWindow::parse(QStringLiteral("tonight")).isValid());
    }

    void timelineFromTheEventLog()
    {
        const ShowTimeline timeline = ShowTimeline::fromEvents(showEvents());
        QCOMPARE(timeline.live.start, QDateTime(QDate(2026, 12, 5), QTime(19, 0), Qt::UTC));
        QCOMPARE(timeline.live.end, QDateTime(QDate(2026, 12, 5), QTime(20, 0), Qt::UTC));
        QCOMPARE(timeline.promos.size(), 1);
        QCOMPARE(timeline.promos.at(0).durationMs(), 15 * 60 * 1000);
        QCOMPARE(timeline.pins.size(), 3);
        QCOMPARE(timeline.pins.at(2).window.durationMs(), 20 * 60 * 1000);
    }

    void windowFigures()
    {
        const QJsonObject json = figuresJson();
        QCOMPARE(json.value(QStringLiteral("currency")).toString(), QStringLiteral("EUR"));
        QCOMPARE(json.value(QStringLiteral("cancelledOrders")).toInt(), 1);
        QCOMPARE(counted(json.value(QStringLiteral("all")).toObject()), expected(8, "490.77", "462.12"));
        // #1001 at exactly 19:00 is in, #1006 at exactly 20:00 is out; #1004 (cancelled) nowhere.
        QCOMPARE(counted(json.value(QStringLiteral("liveWindow")).toObject()),
                 expected(4, "240.96", "224.81"));
        QCOMPARE(counted(json.value(QStringLiteral("promoWindow")).toObject()), expected(1, "16.15", "0.00"));
        QCOMPARE(counted(json.value(QStringLiteral("after24h")).toObject()), expected(2, "130.91", "118.41"));
        QCOMPARE(counted(json.value(QStringLiteral("after48h")).toObject()), expected(3, "159.91", "147.41"));
        QCOMPARE(
            json.value(QStringLiteral("liveWindow")).toObject().value(QStringLiteral("window")).toObject(),
            (QJsonObject{{QStringLiteral("start"), QStringLiteral("2026-12-05T19:00:00.000Z")},
                         {QStringLiteral("end"), QStringLiteral("2026-12-05T20:00:00.000Z")}}));
        QCOMPARE(json.value(QStringLiteral("after24h"))
                     .toObject()
                     .value(QStringLiteral("window"))
                     .toObject()
                     .value(QStringLiteral("end"))
                     .toString(),
                 QStringLiteral("2026-12-06T20:00:00.000Z"));
    }

    void discountCodesProductsPlatformsAndBrands()
    {
        const QJsonObject json = figuresJson();
        const QJsonObject codes = json.value(QStringLiteral("discountCodes")).toObject();
        QCOMPARE(codes.keys(), QStringList{QStringLiteral("LIVE10")}); // "live10" is the same code
        QJsonObject live10 = expected(3, "177.97", "161.82");
        live10.insert(QStringLiteral("discount"), QStringLiteral("19.23"));
        live10.insert(
            QStringLiteral("liveWindow"),
            QJsonObject{{QStringLiteral("orders"), 2}, {QStringLiteral("revenue"), QStringLiteral("97.06")}});
        QCOMPARE(codes.value(QStringLiteral("LIVE10")).toObject(), live10);

        const QJsonObject products = json.value(QStringLiteral("products")).toObject();
        QCOMPARE(products.size(), 3);
        auto product = [&](const char* key, int units, int live, int pinned, const char* revenue,
                           qint64 pinnedMs) {
            const QJsonObject p = products.value(QString::fromLatin1(key)).toObject();
            QCOMPARE(p.value(QStringLiteral("units")).toInt(), units);
            QCOMPARE(p.value(QStringLiteral("unitsLiveWindow")).toInt(), live);
            QCOMPARE(p.value(QStringLiteral("unitsWhilePinned")).toInt(), pinned);
            QCOMPARE(p.value(QStringLiteral("revenue")).toString(), QString::fromLatin1(revenue));
            QCOMPARE(p.value(QStringLiteral("pinnedMs")).toInteger(), pinnedMs);
        };
        product("MOUL-ART-01", 4, 2, 1, "359.60", 900000);
        product("CAFE-ETH-250", 7, 3, 1, "87.50", 900000);
        product("BAL-PREC-01", 2, 1, 1, "58.00", 1200000);

        const QJsonObject platforms = json.value(QStringLiteral("platforms")).toObject();
        QCOMPARE(platforms.keys(), (QStringList{QStringLiteral("instagram"), QStringLiteral("youtube")}));
        QCOMPARE(
            platforms.value(QStringLiteral("instagram")).toObject().value(QStringLiteral("orders")).toInt(),
            2);
        QCOMPARE(platforms.value(QStringLiteral("instagram"))
                     .toObject()
                     .value(QStringLiteral("revenue"))
                     .toString(),
                 QStringLiteral("143.90"));
        QCOMPARE(
            platforms.value(QStringLiteral("youtube")).toObject().value(QStringLiteral("revenue")).toString(),
            QStringLiteral("80.91"));

        const QJsonObject brands = json.value(QStringLiteral("brands")).toObject();
        QCOMPARE(brands.value(QStringLiteral("Maison Moulin")).toObject(),
                 (QJsonObject{{QStringLiteral("orders"), 6},
                              {QStringLiteral("units"), 11},
                              {QStringLiteral("revenue"), QStringLiteral("447.10")},
                              {QStringLiteral("currency"), QStringLiteral("EUR")}}));
        QCOMPARE(
            brands.value(QStringLiteral("Précis & Co")).toObject().value(QStringLiteral("orders")).toInt(),
            2);
    }

    void plotsAndReportFiles()
    {
        const OrdersImport orders = ShopifyOrdersCsv::readFile(ordersCsv());
        const ShowFigures figures =
            ShowFigures::compute(orders.orders, orders.currency, ShowTimeline::fromEvents(showEvents()), {});
        // From 18:30: #1001 at 19:00 in bucket 3, #1002 at 19:10 in 4, #1003 at 19:32 in 6, #1005 at 19:50 in
        // 8, #1006 at 20:00 in 9; the cancelled #1004 nowhere.
        const QList<int> buckets = ReportPlots::ordersPerBucket(
            orders.orders, QDateTime(QDate(2026, 12, 5), QTime(18, 30), Qt::UTC), 12);
        QCOMPARE(buckets, (QList<int>{0, 0, 0, 1, 1, 0, 1, 0, 1, 1, 0, 0}));
        QCOMPARE(ReportPlots::ordersOverTime(orders.orders, figures, {800, 300}).size(), QSize(800, 300));
        QVERIFY(!ReportPlots::revenueByProduct(figures).isNull());

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const ShowReport report(QStringLiteral("Le live du café"), figures, orders);
        QString error;
        QVERIFY2(report.write(dir.path(), &error), qPrintable(error));
        QFile pdf(dir.filePath(QStringLiteral("report.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QCOMPARE(pdf.read(4), QByteArray("%PDF"));
        QFile html(dir.filePath(QStringLiteral("report.html")));
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(html.readAll());
        QVERIFY(page.contains(QStringLiteral("data:image/png;base64,")));
        QVERIFY(page.contains(QStringLiteral("<td>LIVE10</td>")));
        QVERIFY(page.contains(QStringLiteral("Précis &amp; Co")));
        QFile json(dir.filePath(QStringLiteral("figures.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject written = QJsonDocument::fromJson(json.readAll()).object();
        QCOMPARE(
            written.value(QStringLiteral("import")).toObject().value(QStringLiteral("skippedRows")).toInt(),
            5);
        QCOMPARE(written.value(QStringLiteral("show")).toString(), QStringLiteral("Le live du café"));
    }

    void anotherCurrencyAndBadLineItemsAreSkipped()
    {
        QByteArray csv("Name,Financial Status,Currency,Total,Created at,Cancelled at,Lineitem quantity,"
                       "Lineitem price,Lineitem sku,Refunded Amount\n"
                       "#1,paid,EUR,10.00,2026-12-05 20:00:00 +0100,,1,10.00,A,\n"
                       "#1,,,,,,1,dix,B,\n"
                       "#2,paid,USD,12.00,2026-12-05 20:00:00 +0100,,1,12.00,A,\n"
                       "#3,partially_refunded,EUR,20.00,2026-12-05 20:00:00 +0100,,2,10.00,A,25.00\n");
        QBuffer buffer(&csv);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        const OrdersImport orders = ShopifyOrdersCsv::read(&buffer, QStringLiteral("orders.csv"));
        QVERIFY2(orders.ok(), qPrintable(orders.error));
        QCOMPARE(orders.orders.size(), 2);
        QCOMPARE(orders.skippedRows, 2);
        QVERIFY(orders.problems.at(0).startsWith(QStringLiteral("line 3:")));
        QVERIFY(orders.problems.at(1).contains(QStringLiteral("USD")));
        QCOMPARE(orders.orders.at(0).lines.size(), 1);
        // A refund larger than the order keeps nothing, never less than nothing.
        QCOMPARE(orders.orders.at(1).keptTotal().minor, 0);
    }

    void aLiveWithNoStopEndsAtTheLastRecord()
    {
        const ShowTimeline timeline =
            ShowTimeline::fromEvents({record("2026-12-05T19:00:00.000Z", "live.start"),
                                      record("2026-12-05T19:10:00.000Z", "product.pin", sku("A")),
                                      record("2026-12-05T19:20:00.000Z", "promo.start"),
                                      record("2026-12-05T19:30:00.000Z", "scene.switch")});
        QCOMPARE(timeline.live.end, QDateTime(QDate(2026, 12, 5), QTime(19, 30), Qt::UTC));
        QCOMPARE(timeline.pins.size(), 1);
        QCOMPARE(timeline.pins.at(0).window.durationMs(), 20 * 60 * 1000);
        QCOMPARE(timeline.promos.size(), 1);
        QCOMPARE(timeline.promos.at(0).end, timeline.live.end);
        QVERIFY(
            !ShowTimeline::fromEvents({record("2026-12-05T19:00:00.000Z", "scene.switch")}).live.isValid());
    }

    void aCorruptEventLogIsRefusedATornEndIsNot()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("show.vitrine.events.jsonl"));
        auto write = [&](const QByteArray& text) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(text);
        };
        QString error;
        write("{\"utc\":\"2026-12-05T19:00:00.000Z\",\"type\":\"live.start\"}\n{\"utc\":\"2026-12-05T19:");
        QCOMPARE(ShowTimeline::readLog(path, &error)->size(), 1);
        write("{\"utc\":\"2026-12-05T19:00:00.000Z\",\"type\":\"live.start\"}\nnot json\n{\"type\":\"x\"}\n");
        QVERIFY(!ShowTimeline::readLog(path, &error));
        QVERIFY2(error.contains(QStringLiteral("line 2")), qPrintable(error));
        QVERIFY(!ShowTimeline::readLog(dir.filePath(QStringLiteral("missing.jsonl")), &error));
    }
};

QTEST_MAIN(ShowFiguresTest)
#include "ShowFiguresTest.moc"
