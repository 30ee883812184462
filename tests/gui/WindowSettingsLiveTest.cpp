// Settings → Video and Output change what the next live streams (issue 10): the real window, libobs under
// Xvfb, a real nginx-rtmp on loopback, ffprobe on what it received.

#include "MainWindow.h"
#include "Theme.h"
#include "dialogs/SettingsDialog.h"
#include "output/Broadcast.h"
#include "runtime/LiveShow.h"
#include "show/ShowDocument.h"
#include "show/ShowStore.h"
#include "widgets/GoLiveBar.h"

#include "LiveTestPeers.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QJsonArray>
#include <QSettings>
#include <QSpinBox>
#include <QTest>

using namespace vitrine;

class WindowSettingsLiveTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        // Settings go to the test's own file, never the studio's.
        QCoreApplication::setOrganizationName(QStringLiteral("VitrineTests"));
        QCoreApplication::setApplicationName(QStringLiteral("window_settings_live_test"));
        QSettings().clear();
        applyTheme(*qApp, Theme::Dark);
    }

    void settingsChangeWhatTheNextLiveStreams()
    {
        Nginx nginx;
        QVERIFY2(nginx.start(), "nginx-rtmp starts");
        const QString secret = QStringLiteral("window-settings-3b7e");
        const QString showPath = m_dir.filePath(QStringLiteral("demo.vitrine"));
        QVERIFY(QFile::copy(QStringLiteral(VITRINE_SOURCE_DIR "/resources/demo/demo.vitrine"), showPath));
        QFile::setPermissions(showPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QFile::copy(QStringLiteral(VITRINE_SOURCE_DIR "/resources/demo/grinder.png"),
                    m_dir.filePath(QStringLiteral("grinder.png")));
        QString error;
        std::optional<ShowDocument> show = ShowDocument::load(showPath, &error);
        QVERIFY2(show, qPrintable(error));
        QCOMPARE(show->canvas, (VideoSettings{1280, 720, 30}));
        show->destinations = {Destination{QStringLiteral("Local nginx"), QStringLiteral("custom"),
                                          QStringLiteral("rtmp://127.0.0.1:%1/live").arg(nginx.port),
                                          QStringLiteral("test/nginx")}};
        QVERIFY2(show->save(showPath, &error), qPrintable(error));

        MainWindow window;
        QVERIFY(window.openShow(showPath));
        window.show();
        LiveShow* live = window.liveShow();
        MemoryKeyStore keys;
        keys.keys.insert(QStringLiteral("test/nginx"), secret);
        live->broadcast().setKeyStore(&keys);
        QCOMPARE(live->settings().encoders.videoBitrateKbps, 2500);

        // The user picks 1080p, 60 fps and 6000 kbps in Settings and presses OK.
        bool edited = false;
        QTimer::singleShot(500, this, [&edited] {
            auto* dialog = qobject_cast<SettingsDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            auto* canvas = dialog->findChild<QComboBox*>(QStringLiteral("canvasBox"));
            auto* fps = dialog->findChild<QComboBox*>(QStringLiteral("fpsBox"));
            auto* bitrate = dialog->findChild<QSpinBox*>(QStringLiteral("bitrateBox"));
            canvas->setCurrentIndex(canvas->findData(QSize(1920, 1080)));
            fps->setCurrentIndex(fps->findData(60));
            bitrate->setValue(6000);
            edited = canvas->currentIndex() >= 0 && fps->currentIndex() >= 0;
            dialog->accept();
        });
        window.openSettings();
        QVERIFY2(edited, "the settings dialog was not there to edit");
        QCOMPARE(live->settings().canvas, (VideoSettings{1920, 1080, 60}));
        QCOMPARE(live->settings().encoders.videoBitrateKbps, 6000);
        // The canvas is the show's: saved in it. The bitrate is the user's: in their settings, not the show.
        QTRY_COMPARE_WITH_TIMEOUT(ShowDocument::load(showPath, &error)->canvas,
                                  (VideoSettings{1920, 1080, 60}), 5000);
        QVERIFY(!ShowDocument::load(showPath, &error)->output.videoBitrateKbps);
        QCOMPARE(StudioPreferences::load().encoders.videoBitrateKbps, 6000);

        // Go live from the window's bar.
        auto* bar = window.findChild<GoLiveBar*>();
        QVERIFY(bar);
        bar->liveButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(live->broadcast().isLive(), 20000);
        QTest::qWait(4000);
        answerNextMessageBox(QMessageBox::Yes);
        bar->liveButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(live->broadcast().state(), Broadcast::State::Offline, 20000);

        const QString received = nginx.recording(secret);
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(received).size() > 100000, 10000);
        QTest::qWait(1000); // nginx closes the file once the stream ends
        const QJsonObject probe = probeJson(received);
        QJsonObject video;
        for (const QJsonValue& stream : probe.value(QStringLiteral("streams")).toArray())
            if (stream.toObject().value(QStringLiteral("codec_type")).toString() == u"video")
                video = stream.toObject();
        qInfo("received: %s", QJsonDocument(video).toJson(QJsonDocument::Compact).constData());
        QCOMPARE(video.value(QStringLiteral("codec_name")).toString(), QStringLiteral("h264"));
        QCOMPARE(video.value(QStringLiteral("width")).toInt(), 1920);
        QCOMPARE(video.value(QStringLiteral("height")).toInt(), 1080);
        QCOMPARE(video.value(QStringLiteral("r_frame_rate")).toString(), QStringLiteral("60/1"));
        // What arrived per second: x264 in CBR fills to its bitrate, so well above the 2,500 kbps default.
        const double kbps = probe.value(QStringLiteral("format"))
                                .toObject()
                                .value(QStringLiteral("bit_rate"))
                                .toString()
                                .toDouble() /
                            1000.0;
        qInfo("received %.0f kbps", kbps);
        QVERIFY2(kbps > 4500.0 && kbps < 7500.0, qPrintable(QString::number(kbps)));
        live->broadcast().setKeyStore(nullptr);
    }
};

QTEST_MAIN(WindowSettingsLiveTest)
#include "WindowSettingsLiveTest.moc"
