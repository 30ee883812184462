// The replay review window on a real replay: a short video with two pinned products made into an MP4 with
// chapters and its manifest, reviewed as a producer would (markers, product list, jump, clips), and bad
// input.
#include "dialogs/ReplayReviewWindow.h"
#include "replay/ReplayFinisher.h"
#include "show/ShowDocument.h"
#include "widgets/ChapterSlider.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMediaPlayer>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace vitrine;

namespace {

bool writeLines(const QString& path, const QList<QJsonObject>& records)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    for (const QJsonObject& record : records)
        file.write(QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n');
    return true;
}

QJsonObject pin(qint64 ms, const QString& sku, const QString& title)
{
    return {{QStringLiteral("type"), QStringLiteral("product.pin")},
            {QStringLiteral("recordingMs"), ms},
            {QStringLiteral("sku"), sku},
            {QStringLiteral("title"), title}};
}

Product product(const QString& sku, const QString& title, const QString& price)
{
    Product result;
    result.sku = sku;
    result.title = title;
    result.price = *Money::parse(price, QStringLiteral("EUR"));
    return result;
}

} // namespace

class ReplayReviewTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_mkv;
    QString m_events;
    ShowDocument m_show;

    QLabel* message(ReplayReviewWindow& window)
    {
        return window.findChild<QLabel*>(QStringLiteral("replayMessage"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString ffmpeg = QStandardPaths::findExecutable(QStringLiteral("ffmpeg"));
        if (ffmpeg.isEmpty())
            QSKIP("ffmpeg is not installed");
        m_mkv = m_dir.filePath(QStringLiteral("show.mkv"));
        QProcess process;
        process.start(ffmpeg,
                      {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"),
                       QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                       QStringLiteral("testsrc2=size=640x360:rate=30"), QStringLiteral("-t"),
                       QStringLiteral("6"), QStringLiteral("-c:v"), QStringLiteral("libx264"),
                       QStringLiteral("-preset"), QStringLiteral("ultrafast"), QStringLiteral("-g"),
                       QStringLiteral("30"), QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), m_mkv});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        m_events = m_dir.filePath(QStringLiteral("show.vitrine.events.jsonl"));
        QVERIFY(
            writeLines(m_events, {{{QStringLiteral("type"), QStringLiteral("recording.start")},
                                   {QStringLiteral("recordingMs"), 0},
                                   {QStringLiteral("path"), m_mkv}},
                                  pin(1500, QStringLiteral("MOULIN"), QStringLiteral("Moulin Artisan")),
                                  pin(3500, QStringLiteral("BALANCE"), QStringLiteral("Balance de cuisine")),
                                  {{QStringLiteral("type"), QStringLiteral("recording.stop")},
                                   {QStringLiteral("recordingMs"), 6000}}}));
        m_show.title = QStringLiteral("Café du matin");
        m_show.products = {
            product(QStringLiteral("MOULIN"), QStringLiteral("Moulin Artisan"), QStringLiteral("89.90")),
            product(QStringLiteral("BALANCE"), QStringLiteral("Balance de cuisine"),
                    QStringLiteral("24.50"))};
        const ReplayFinisher::Result result = ReplayFinisher::finish(m_mkv, m_events, &m_show);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.timeline.chapters.size(), 3);
    }

    void listsTheProductChaptersAndMarksTheTimeline()
    {
        ReplayReviewWindow window(ReplayFiles::besides(m_mkv).mp4, m_events, &m_show);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY2(window.problem().isEmpty(), qPrintable(window.problem()));
        QListWidget* list = window.chapterList();
        QCOMPARE(list->count(), 2);
        QVERIFY(list->item(0)->text().startsWith(QStringLiteral("Moulin Artisan\n0:01")));
        QVERIFY2(list->item(0)->text().contains(QStringLiteral("89")), qPrintable(list->item(0)->text()));
        QVERIFY(list->item(1)->text().startsWith(QStringLiteral("Balance de cuisine\n0:03")));
        QVERIFY(list->item(1)->text().contains(QStringLiteral("24")));

        // Three ticks: the opening at 0, then each pin, in order along the slider, each titled.
        ChapterSlider* slider = window.timeline();
        QCOMPARE(slider->markers().size(), 3);
        QCOMPARE(slider->markers()[0].startMs, 0);
        QCOMPARE(slider->markers()[1].startMs, 1500);
        QCOMPARE(slider->markers()[2].startMs, 3500);
        QCOMPARE(slider->markers()[0].title, QStringLiteral("Café du matin"));
        QVERIFY(slider->maximum() >= 5900 && slider->maximum() <= 6100);
        const int x1 = slider->markerX(1500);
        const int x2 = slider->markerX(3500);
        QVERIFY(slider->markerX(0) < x1 && x1 < x2 && x2 < slider->width());
        QCOMPARE(slider->chapterAt(x2 + 3), QStringLiteral("Balance de cuisine"));
        QCOMPARE(slider->chapterAt((x1 + x2) / 2), QStringLiteral("Moulin Artisan"));
        // The ticks are painted: the column of the second pin's tick differs from its neighbours' background.
        const QImage picture = slider->grab().toImage();
        const QColor highlight = slider->palette().color(QPalette::Highlight);
        QCOMPARE(picture.pixelColor(x2, 1).rgb(), highlight.rgb());

        // Clicking the second product jumps the player to its chapter.
        const QRect second = list->visualItemRect(list->item(1));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, second.center());
        QCOMPARE(window.requestedPositionMs(), 3500);
        QCOMPARE(slider->value(), 3500);
        QMediaPlayer* player = window.player();
        // Where GStreamer can play here, the player itself is there once it loaded the video.
        const bool loaded = QTest::qWaitFor(
            [player] {
                return player->mediaStatus() == QMediaPlayer::LoadedMedia ||
                       player->mediaStatus() == QMediaPlayer::BufferedMedia ||
                       player->mediaStatus() == QMediaPlayer::InvalidMedia;
            },
            10000);
        if (loaded && player->mediaStatus() != QMediaPlayer::InvalidMedia &&
            player->error() == QMediaPlayer::NoError) {
            QVERIFY2(QTest::qWaitFor([player] { return std::abs(player->position() - 3500) <= 500; }, 5000),
                     qPrintable(QStringLiteral("position %1, status %2, state %3")
                                    .arg(player->position())
                                    .arg(int(player->mediaStatus()))
                                    .arg(int(player->playbackState()))));
        } else {
            qWarning(
                "The player cannot load the video here (status %d, %s): only the requested position checked",
                int(player->mediaStatus()), qPrintable(player->errorString()));
        }
    }

    void exportsTheClipsWithProgress()
    {
        ReplayReviewWindow window(ReplayFiles::besides(m_mkv).mp4, m_events, &m_show);
        auto* exportButton = window.findChild<QPushButton*>(QStringLiteral("exportClips"));
        QVERIFY(exportButton && exportButton->isEnabled());
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QVERIFY(!exportButton->isEnabled()); // while the job runs
        QVERIFY(QTest::qWaitFor([exportButton] { return exportButton->isEnabled(); }, 60000));
        const QString clips = ReplayFiles::besides(m_mkv).clips;
        QVERIFY2(message(window)->text().contains(QDir::toNativeSeparators(clips)),
                 qPrintable(message(window)->text()));
        QVERIFY(QFile::exists(clips + QStringLiteral("/02-MOULIN.mp4")));
        QVERIFY(QFile::exists(clips + QStringLiteral("/03-BALANCE.mp4")));
        // The list now shows the thumbnails.
        QVERIFY(!window.chapterList()->item(0)->icon().isNull());
        QVERIFY(!window.chapterList()->item(1)->icon().isNull());
    }

    // Exact cut: re-encoded from the pin's frame, where a keyframe copy would start half a second early.
    void exportsExactClipsWhenAsked()
    {
        ReplayReviewWindow window(ReplayFiles::besides(m_mkv).mp4, m_events, &m_show);
        auto* exportButton = window.findChild<QPushButton*>(QStringLiteral("exportClips"));
        QCheckBox* exact = window.exactCut();
        QVERIFY(exportButton && exact && !exact->isChecked());
        exact->setChecked(true);
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QVERIFY(!exact->isEnabled()); // while the job runs
        QVERIFY(QTest::qWaitFor([exportButton] { return exportButton->isEnabled(); }, 60000));
        const QString clips = ReplayFiles::besides(m_mkv).clips;
        QVERIFY2(message(window)->text().contains(QDir::toNativeSeparators(clips)),
                 qPrintable(message(window)->text()));
        // The pins are at 1.5 s and 3.5 s, keyframes every second: 2 s exactly, within a frame.
        // The video itself, not only the clip's chapter: its stream's duration as ffprobe reads it.
        QProcess probe;
        probe.start(QStandardPaths::findExecutable(QStringLiteral("ffprobe")),
                    {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-select_streams"),
                     QStringLiteral("v:0"), QStringLiteral("-show_entries"),
                     QStringLiteral("stream=duration"), QStringLiteral("-of"), QStringLiteral("csv=p=0"),
                     clips + QStringLiteral("/02-MOULIN.mp4")});
        QVERIFY(probe.waitForFinished(30000));
        const QString output = QString::fromUtf8(probe.readAllStandardOutput()).trimmed();
        bool ok = false;
        const double seconds = output.toDouble(&ok);
        QVERIFY2(ok && std::abs(seconds - 2.0) <= 1.0 / 30 + 1e-6, qPrintable(output));
    }

    void saysWhatIsWrongWithBadInput()
    {
        // An MP4 without its manifest: it plays, without chapters, and says so.
        const QString lonely = m_dir.filePath(QStringLiteral("lonely.mp4"));
        QVERIFY(QFile::copy(ReplayFiles::besides(m_mkv).mp4, lonely));
        {
            ReplayReviewWindow window(lonely, {}, nullptr);
            QVERIFY(window.problem().contains(QStringLiteral("No replay manifest")));
            QVERIFY(message(window)->isVisibleTo(&window));
            QCOMPARE(window.chapterList()->count(), 0);
            QVERIFY(window.timeline()->markers().isEmpty());
        }
        // A corrupt manifest.
        QFile corrupt(ReplayFiles::besides(lonely).manifest);
        QVERIFY(corrupt.open(QIODevice::WriteOnly));
        corrupt.write("{\"chapters\": [ {\"startMs\": 0, ");
        corrupt.close();
        {
            ReplayReviewWindow window(lonely, {}, nullptr);
            QVERIFY2(window.problem().contains(QStringLiteral("damaged")), qPrintable(window.problem()));
            QCOMPARE(window.chapterList()->count(), 0);
        }
        // Not a video at all.
        const QString text = m_dir.filePath(QStringLiteral("notes.mp4"));
        QFile notes(text);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("these are not frames\n");
        notes.close();
        QVERIFY(QFile::copy(ReplayFiles::besides(m_mkv).manifest, ReplayFiles::besides(text).manifest));
        {
            ReplayReviewWindow window(text, m_events, &m_show);
            window.show();
            QVERIFY2(window.problem().contains(QStringLiteral("cannot be played")),
                     qPrintable(window.problem()));
            QVERIFY(!window.findChild<QPushButton*>(QStringLiteral("exportClips"))->isEnabled());
        }
        // A missing file.
        ReplayReviewWindow missing(m_dir.filePath(QStringLiteral("gone.mp4")), {}, nullptr);
        QVERIFY(missing.problem().contains(QStringLiteral("does not exist")));
    }
};

QTEST_MAIN(ReplayReviewTest)
#include "ReplayReviewTest.moc"
