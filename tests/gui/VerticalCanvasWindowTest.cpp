// Two canvases from the window (issue 13): the Destinations dialog's "Vertical 9:16" box turns the vertical
// canvas on (and off again), and a live from the window sends 1280×720 and 720×1280 at once to a real
// nginx-rtmp on loopback.

#include "MainWindow.h"
#include "RecordingSettings.h"
#include "Theme.h"
#include "dialogs/DestinationsDialog.h"
#include "output/Broadcast.h"
#include "runtime/LiveShow.h"
#include "runtime/VerticalProgram.h"
#include "show/ShowDocument.h"
#include "show/ShowStore.h"
#include "widgets/GoLiveBar.h"
#include "widgets/ProgramView.h"

#include "LiveTestPeers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTest>

using namespace vitrine;

namespace {

QSize receivedSize(const QString& path)
{
    for (const QJsonValue& stream : probeJson(path).value(QStringLiteral("streams")).toArray()) {
        const QJsonObject video = stream.toObject();
        if (video.value(QStringLiteral("codec_type")).toString() == u"video" &&
            video.value(QStringLiteral("codec_name")).toString() == u"h264")
            return {video.value(QStringLiteral("width")).toInt(),
                    video.value(QStringLiteral("height")).toInt()};
    }
    return {};
}

} // namespace

class VerticalCanvasWindowTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Adds a custom RTMP destination through the dialog, as a user fills it in.
    static void addDestination(ShowStore* store, KeyStore* keys, const QString& name, const QString& server,
                               const QString& key, bool vertical)
    {
        DestinationsDialog dialog(store, keys);
        dialog.addDestination();
        QComboBox* platform = dialog.platformBox();
        platform->setCurrentIndex(
            platform->findData(QStringLiteral("custom"), DestinationsDialog::kPlatformRole));
        dialog.nameEdit()->setText(name);
        dialog.serverEdit()->setText(server);
        dialog.keyEdit()->setText(key);
        dialog.verticalBox()->setChecked(vertical);
        const qsizetype before = store->document().destinations.size();
        dialog.accept(); // the key goes to the keychain first: the show is saved when it is stored
        QTRY_VERIFY2(store->document().destinations.size() == before + 1,
                     qPrintable(dialog.statusLabel()->text()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("VitrineTests"));
        QCoreApplication::setApplicationName(QStringLiteral("vertical_canvas_window_test"));
        QSettings().clear();
        applyTheme(*qApp, Theme::Dark);
    }

    void verticalDestinationStreamsTheVerticalCanvas()
    {
        Nginx nginx;
        QVERIFY2(nginx.start(), "nginx-rtmp starts");
        const QString showPath = m_dir.filePath(QStringLiteral("demo.vitrine"));
        QVERIFY(QFile::copy(QStringLiteral(VITRINE_SOURCE_DIR "/resources/demo/demo.vitrine"), showPath));
        QFile::setPermissions(showPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QFile::copy(QStringLiteral(VITRINE_SOURCE_DIR "/resources/demo/grinder.png"),
                    m_dir.filePath(QStringLiteral("grinder.png")));

        MainWindow window;
        QVERIFY(window.openShow(showPath));
        window.show();
        LiveShow* live = window.liveShow();
        MemoryKeyStore keys;
        live->broadcast().setKeyStore(&keys);
        QVERIFY(!live->vertical()); // no destination wants it: nothing composed for nothing

        const QString server = QStringLiteral("rtmp://127.0.0.1:%1/live").arg(nginx.port);
        addDestination(&live->store(), &keys, QStringLiteral("Landscape"), server, QStringLiteral("land-7c1"),
                       false);
        QVERIFY(!live->vertical());
        addDestination(&live->store(), &keys, QStringLiteral("Mobile"), server, QStringLiteral("vert-7c1"),
                       true);
        QVERIFY(live->store().document().destinations.at(1).vertical);
        QTRY_VERIFY(live->vertical());
        QCOMPARE(live->vertical()->size(), QSize(720, 1280));
        // Saved in the show, without its key.
        QString error;
        QTRY_VERIFY(ShowDocument::load(showPath, &error)->destinations.value(1).vertical);

        // Studio mode shows the vertical program beside Program, painted from the vertical encoder's frames.
        auto* verticalView = window.findChild<ProgramView*>(QStringLiteral("verticalProgram"));
        QVERIFY(verticalView);
        QVERIFY(!verticalView->isVisible());
        window.setStudioMode(true);
        QTRY_VERIFY(verticalView->isVisible());

        QVERIFY2(live->broadcast().startLive(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(live->broadcast().isLive(), 20000);
        // Frames come with the vertical encoder: while a vertical destination is live.
        QTRY_VERIFY_WITH_TIMEOUT(verticalView->hasDrawnFrame(), 10000);
        const QRect frame = verticalView->frameRect();
        QVERIFY2(frame.height() > frame.width(), "the vertical program is drawn portrait");
        QCOMPARE(verticalView->onAir(), ProgramView::OnAir::Live);
        // For people to look at: studio mode with both programs.
        QDir().mkpath(QStringLiteral(VITRINE_SCREENSHOT_DIR "/en"));
        window.grab().save(QStringLiteral(VITRINE_SCREENSHOT_DIR "/en/studio-vertical-live.png"));
        QTest::qWait(4000);
        live->broadcast().stopLive();
        QTRY_COMPARE_WITH_TIMEOUT(live->broadcast().state(), Broadcast::State::Offline, 20000);
        for (const QString& key : {QStringLiteral("land-7c1"), QStringLiteral("vert-7c1")})
            QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(nginx.recording(key)).size() > 50000, 10000);
        QTest::qWait(1000); // nginx closes the files once the streams end
        QCOMPARE(receivedSize(nginx.recording(QStringLiteral("land-7c1"))), QSize(1280, 720));
        QCOMPARE(receivedSize(nginx.recording(QStringLiteral("vert-7c1"))), QSize(720, 1280));

        // The window's Record keeps the vertical canvas too, beside the landscape file.
        RecordingSettings recording;
        recording.folder = m_dir.filePath(QStringLiteral("recordings"));
        recording.format = RecordingSettings::Format::Mkv;
        recording.save();
        GoLiveBar* bar = window.findChild<GoLiveBar*>();
        QVERIFY(bar);
        bar->recordButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(live->broadcast().isRecording() && live->broadcast().isVerticalRecording(),
                                 10000);
        QTest::qWait(3000);
        bar->recordButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!live->broadcast().isRecording() && !live->broadcast().isVerticalRecording(),
                                 20000);
        const QString landscapeFile = bar->lastRecordingPath();
        const QFileInfo landscapeInfo(landscapeFile);
        const QString verticalFile =
            landscapeInfo.dir().filePath(landscapeInfo.completeBaseName() + QStringLiteral(".vertical.mkv"));
        QCOMPARE(receivedSize(landscapeFile), QSize(1280, 720));
        QCOMPARE(receivedSize(verticalFile), QSize(720, 1280));

        // Unticked: the canvas goes (nothing needs it any more).
        live->store().update([](ShowDocument& show) { show.destinations[1].vertical = false; });
        QTRY_VERIFY(!live->vertical());
        QVERIFY(!verticalView->isVisible());
        window.setStudioMode(false);
        live->broadcast().setKeyStore(nullptr);
    }
};

QTEST_MAIN(VerticalCanvasWindowTest)
#include "VerticalCanvasWindowTest.moc"
