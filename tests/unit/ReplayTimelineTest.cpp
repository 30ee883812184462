// The replay's chapters, product ranges and promo windows read from an event log; the manifest and WebVTT
// written from them.
#include "replay/ReplayTimeline.h"
#include "replay/ReplayFinisher.h"
#include "show/ShowDocument.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace vitrine;

namespace {

QJsonObject logged(const char* type, qint64 recordingMs, QJsonObject data = {})
{
    data.insert(QStringLiteral("type"), QString::fromLatin1(type));
    if (recordingMs >= 0)
        data.insert(QStringLiteral("recordingMs"), recordingMs);
    return data;
}

QJsonObject pin(qint64 ms, const char* sku, const char* title)
{
    return logged("product.pin", ms,
                  {{QStringLiteral("sku"), QString::fromLatin1(sku)},
                   {QStringLiteral("title"), QString::fromUtf8(title)}});
}

} // namespace

class ReplayTimelineTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void chaptersRunBackToBackFromTheOpening()
    {
        const QList<QJsonObject> log{
            logged("live.start", -1),
            pin(-1, "OLD", "Before the recording"), // not recorded: no recordingMs
            logged("recording.start", 0),
            pin(1000, "A", "Moulin"),
            logged("product.unpin", 2500, {{QStringLiteral("sku"), QStringLiteral("A")}}),
            pin(4000, "B", "Café"),
            pin(4000, "C", "Balance"), // the same instant: the later one wins
            logged("recording.stop", 9000)};
        const ReplayTimeline timeline =
            ReplayTimeline::fromEvents(log, QStringLiteral("/x/show.mkv"), QStringLiteral("Démo"), 9000);
        QVERIFY(timeline.foundRecording);
        QCOMPARE(timeline.chapters.size(), 3);
        QCOMPARE(timeline.chapters[0].title, QStringLiteral("Démo"));
        QCOMPARE(timeline.chapters[0].startMs, 0);
        QCOMPARE(timeline.chapters[0].endMs, 1000);
        QCOMPARE(timeline.chapters[1].title, QStringLiteral("Moulin"));
        QCOMPARE(timeline.chapters[1].endMs, 4000); // a chapter lasts to the next pin, past an unpin
        QCOMPARE(timeline.chapters[2].sku, QStringLiteral("C"));
        QCOMPARE(timeline.chapters[2].endMs, 9000);
        // On screen: A from its pin to its unpin; B for no time at all is left out.
        QCOMPARE(timeline.products.size(), 2);
        QCOMPARE(timeline.products[0].endMs, 2500);
        QCOMPARE(timeline.products[1].sku, QStringLiteral("C"));
        QCOMPARE(timeline.products[1].endMs, 9000);
    }

    void aPinAtTheStartNeedsNoOpeningAndTheRightRecordingIsPicked()
    {
        const QList<QJsonObject> log{
            logged("recording.start", 0, {{QStringLiteral("path"), QStringLiteral("/r/first.mkv")}}),
            pin(500, "A", "First recording's pin"),
            logged("recording.stop", 1000),
            logged("recording.start", 0, {{QStringLiteral("path"), QStringLiteral("/r/second.mkv")}}),
            pin(0, "B", "Second"),
            logged("recording.stop", 5000)};
        ReplayTimeline timeline = ReplayTimeline::fromEvents(log, QStringLiteral("/elsewhere/first.mkv"),
                                                             QStringLiteral("S"), 1000);
        QCOMPARE(timeline.chapters.size(), 2);
        QCOMPARE(timeline.chapters[1].sku, QStringLiteral("A"));
        timeline = ReplayTimeline::fromEvents(log, QStringLiteral("second.mkv"), QStringLiteral("S"), 5000);
        QCOMPARE(timeline.chapters.size(), 1);
        QCOMPARE(timeline.chapters[0].title, QStringLiteral("Second"));
        QCOMPARE(timeline.chapters[0].startMs, 0);
        // Unknown name: the last recording.
        timeline = ReplayTimeline::fromEvents(log, QStringLiteral("other.mkv"), QStringLiteral("S"), 5000);
        QCOMPARE(timeline.chapters[0].sku, QStringLiteral("B"));
        // A pin logged after the file ended (a crash cut it short) is clamped, not lost past the end.
        timeline = ReplayTimeline::fromEvents({logged("recording.start", 0), pin(8000, "Z", "Late")},
                                              QString(), QStringLiteral("S"), 6000);
        QCOMPARE(timeline.chapters.last().startMs, 6000);
    }

    // The 9:16 recording made alongside is found by its own records and placed against the main one.
    void theVerticalRecordingIsFoundAndPlaced()
    {
        const auto utc = [](const char* at) {
            return QJsonObject{{QStringLiteral("utc"), QString::fromLatin1(at)}};
        };
        auto startMain = [&](const char* at, const char* path) {
            QJsonObject data = utc(at);
            data.insert(QStringLiteral("path"), QString::fromLatin1(path));
            return logged("recording.start", 0, data);
        };
        auto startVertical = [&](const char* at, qint64 recordingMs, const char* path) {
            QJsonObject data = utc(at);
            data.insert(QStringLiteral("path"), QString::fromLatin1(path));
            return logged("recording.vertical_start", recordingMs, data);
        };
        // Started 250 ms after the main recording: its recordingMs says so.
        QList<QJsonObject> log{startMain("2026-12-05T20:00:00.000Z", "/r/show.mkv"),
                               startVertical("2026-12-05T20:00:00.250Z", 250, "/r/show.vertical.mkv"),
                               pin(1000, "A", "A"), logged("recording.stop", 5000),
                               logged("recording.vertical_stop", -1)};
        std::optional<ReplayVerticalRecording> vertical =
            ReplayTimeline::verticalRecording(log, QStringLiteral("/r/show.mkv"));
        QVERIFY(vertical);
        QCOMPARE(vertical->path, QStringLiteral("/r/show.vertical.mkv"));
        QCOMPARE(vertical->offsetMs, 250);
        // Started 400 ms before it (no recordingMs yet): the clocks tell, negative.
        log = {startVertical("2026-12-05T20:00:00.000Z", -1, "/r/v.mkv"),
               startMain("2026-12-05T20:00:00.400Z", "/r/show.mkv"), logged("recording.stop", 5000)};
        vertical = ReplayTimeline::verticalRecording(log, QStringLiteral("/r/show.mkv"));
        QVERIFY(vertical);
        QCOMPARE(vertical->offsetMs, -400);
        // One that stopped before this recording started, or none at all: nothing.
        log = {startVertical("2026-12-05T19:00:00.000Z", -1, "/r/old.mkv"),
               logged("recording.vertical_stop", -1), startMain("2026-12-05T20:00:00.000Z", "/r/show.mkv"),
               logged("recording.stop", 5000)};
        QVERIFY(!ReplayTimeline::verticalRecording(log, QStringLiteral("/r/show.mkv")));
        QVERIFY(!ReplayTimeline::verticalRecording({startMain("2026-12-05T20:00:00.000Z", "/r/show.mkv")},
                                                   QStringLiteral("/r/show.mkv")));
        // Two main recordings: each finds its own.
        log = {startMain("2026-12-05T20:00:00.000Z", "/r/one.mkv"),
               startVertical("2026-12-05T20:00:00.100Z", 100, "/r/one.vertical.mkv"),
               logged("recording.stop", 5000),
               logged("recording.vertical_stop", -1),
               startMain("2026-12-05T21:00:00.000Z", "/r/two.mkv"),
               startVertical("2026-12-05T21:00:00.030Z", 30, "/r/two.vertical.mkv"),
               logged("recording.stop", 5000)};
        QCOMPARE(ReplayTimeline::verticalRecording(log, QStringLiteral("/r/one.mkv"))->path,
                 QStringLiteral("/r/one.vertical.mkv"));
        QCOMPARE(ReplayTimeline::verticalRecording(log, QStringLiteral("/r/two.mkv"))->offsetMs, 30);
    }

    void promoWindowsEndWithTheirStopOrTheirOwnEnd()
    {
        const QList<QJsonObject> log{
            logged("recording.start", 0),
            logged("promo.start", 1000,
                   {{QStringLiteral("code"), QStringLiteral("LIVE10")},
                    {QStringLiteral("utc"), QStringLiteral("2026-12-05T20:00:01.000Z")},
                    {QStringLiteral("endsAt"), QStringLiteral("2026-12-05T20:00:04.000Z")}}),
            pin(6000, "A", "A"),
            logged("promo.start", 7000, {{QStringLiteral("code"), QStringLiteral("FLASH")}}),
            logged("promo.stop", 8000, {{QStringLiteral("code"), QStringLiteral("FLASH")}})};
        const ReplayTimeline timeline =
            ReplayTimeline::fromEvents(log, QString(), QStringLiteral("S"), 10000);
        QCOMPARE(timeline.promos.size(), 2);
        QCOMPARE(timeline.promos[0].code, QStringLiteral("LIVE10"));
        QCOMPARE(timeline.promos[0].endMs, 4000); // its countdown's end
        QCOMPARE(timeline.promos[1].startMs, 7000);
        QCOMPARE(timeline.promos[1].endMs, 8000);
    }

    void manifestAndWebVttSayTheSame()
    {
        ReplayTimeline timeline;
        timeline.durationMs = 3723004;
        timeline.chapters = {
            {0, 1000, QStringLiteral("Démo --> live"), {}},
            {1000, 3723004, QStringLiteral("Moulin à café Artisan"), QStringLiteral("MOUL-ART-01")}};
        timeline.products = {{1000, 3723004, QStringLiteral("MOUL-ART-01"), QStringLiteral("Moulin")}};
        const QByteArray vtt = ReplayFinisher::webVtt(timeline);
        QVERIFY(vtt.startsWith("WEBVTT\n"));
        QVERIFY2(vtt.contains("\n1\n00:00:00.000 --> 00:00:01.000\nDémo → live\n"), vtt.constData());
        QVERIFY2(vtt.contains("\n2\n00:00:01.000 --> 01:02:03.004\nMoulin à café Artisan\n"),
                 vtt.constData());

        QString error;
        const std::optional<ShowDocument> show =
            ShowDocument::load(QStringLiteral(VITRINE_SOURCE_DIR "/resources/demo/demo.vitrine"), &error);
        QVERIFY2(show, qPrintable(error));
        const QJsonObject manifest =
            QJsonDocument::fromJson(ReplayFinisher::manifestJson(timeline, &*show, QStringLiteral("out.mp4")))
                .object();
        QCOMPARE(manifest.value(QStringLiteral("video")).toString(), QStringLiteral("out.mp4"));
        QCOMPARE(manifest.value(QStringLiteral("durationMs")).toInteger(), 3723004);
        const QJsonObject product = manifest.value(QStringLiteral("products")).toArray().at(0).toObject();
        QCOMPARE(product.value(QStringLiteral("title")).toString(), QStringLiteral("Moulin à café Artisan"));
        QCOMPARE(product.value(QStringLiteral("price")).toString(), QStringLiteral("89.90"));
        QCOMPARE(product.value(QStringLiteral("currency")).toString(), QStringLiteral("EUR"));
        QVERIFY(
            product.value(QStringLiteral("link")).toString().contains(QStringLiteral("utm_medium=replay")));
        QCOMPARE(manifest.value(QStringLiteral("chapters")).toArray().size(), 2);
    }
};

QTEST_GUILESS_MAIN(ReplayTimelineTest)
#include "ReplayTimelineTest.moc"
