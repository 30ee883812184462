// The go-live bar and the audio mixer against the real thing: libobs under Xvfb, a real nginx-rtmp on
// loopback, ffprobe on what nginx received.
#include "ActionRegistry.h"
#include "RecordingSettings.h"
#include "Theme.h"
#include "audio/AudioChannel.h"
#include "dialogs/DestinationsDialog.h"
#include "dialogs/SettingsDialog.h"
#include "docks/DestinationsDock.h"
#include "docks/MixerDock.h"
#include "output/Broadcast.h"
#include "output/KeyStore.h"
#include "output/LiveFigures.h"
#include "session/StudioSession.h"
#include "show/EventLog.h"
#include "show/ShowStore.h"
#include "widgets/GoLiveBar.h"
#include "widgets/VolumeMeter.h"

#include "LiveTestPeers.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMutex>
#include <QProcess>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

#include <algorithm>
#include <atomic>
#include <cmath>

using namespace vitrine;

namespace {

// Every message Qt and libobs log during the test, to prove the stream key never appears in them.
QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        const QMutexLocker lock(&g_logMutex);
        g_log << message;
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

// The loudest sample of the program's audio mix (what outputs encode) since the last reset.
class ProgramLevel {
public:
    ProgramLevel() { obs_add_raw_audio_callback(0, nullptr, &ProgramLevel::onAudio, this); }
    ~ProgramLevel() { obs_remove_raw_audio_callback(0, &ProgramLevel::onAudio, this); }
    float peak() const { return m_peak.load(); }
    void reset() { m_peak = 0.0f; }

private:
    // libobs audio thread; the mix is planar float.
    static void onAudio(void* param, size_t, audio_data* data)
    {
        auto* self = static_cast<ProgramLevel*>(param);
        float peak = self->m_peak.load();
        for (int channel = 0; channel < 2; ++channel) {
            const auto* samples = reinterpret_cast<const float*>(data->data[channel]);
            for (uint32_t i = 0; samples && i < data->frames; ++i)
                peak = std::max(peak, std::abs(samples[i]));
        }
        self->m_peak = peak;
    }
    std::atomic<float> m_peak{0.0f};
};

} // namespace

// Stands in for the desktop's file manager: what Show in folder asks to open.
class UrlCatcher : public QObject {
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl& url) { opened << url; }
};

class GoLiveTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    StudioSession m_session;

private Q_SLOTS:
    void initTestCase()
    {
        g_previousHandler = qInstallMessageHandler(captureMessage);
        // Settings the dialogs save go to the test's own file, never the studio's.
        QCoreApplication::setOrganizationName(QStringLiteral("VitrineTests"));
        QCoreApplication::setApplicationName(QStringLiteral("golive_test"));
        applyTheme(*qApp, Theme::Dark);
        const QString show = m_dir.filePath(QStringLiteral("demo.vitrine"));
        QVERIFY(QFile::copy(QStringLiteral(VITRINE_SOURCE_DIR "/resources/demo/demo.vitrine"), show));
        QFile::copy(QStringLiteral(VITRINE_SOURCE_DIR "/resources/demo/grinder.png"),
                    m_dir.filePath(QStringLiteral("grinder.png")));
        auto* x11 = qApp->nativeInterface<QNativeInterface::QX11Application>();
        QVERIFY(x11);
        StudioSession::Options options;
        options.nativeDisplay = x11->display();
        QString error;
        QVERIFY2(m_session.open(show, options, &error), qPrintable(error));
    }

    void mixerMeterMovesAndMuteSilences()
    {
        MixerDock dock;
        dock.resize(420, 300);
        dock.show();
        MixerStrip* strip = dock.strip(QStringLiteral("Caméra (mire de test)"));
        QVERIFY2(strip, "the test-tone camera has a strip");
        // Sources without sound (colours, text, images) have none.
        QVERIFY(!dock.strip(QStringLiteral("Bandeau")));
        // The demo's 440 Hz tone at 0.3 peaks near -10 dBFS.
        QTRY_VERIFY_WITH_TIMEOUT(strip->meter()->peakDb() > -40.0f, 10000);
        qInfo("meter peak with the tone: %.1f dB", static_cast<double>(strip->meter()->peakDb()));

        // Mute silences what goes on air (the program's mix); the strip's meter keeps showing the source,
        // greyed, as on a desk, so the host can check a muted microphone.
        ProgramLevel program;
        QTRY_VERIFY_WITH_TIMEOUT(program.peak() > 0.05f, 10000);
        strip->muteButton()->click();
        QVERIFY(strip->channel().isMuted());
        QVERIFY(obs_source_muted(strip->channel().source()));
        QTest::qWait(1500); // what was already mixed drains
        program.reset();
        QTest::qWait(1000);
        QVERIFY2(program.peak() < 0.001f, qPrintable(QString::number(program.peak())));
        strip->muteButton()->click();
        QVERIFY(!strip->channel().isMuted());
        QTRY_VERIFY_WITH_TIMEOUT(program.peak() > 0.05f, 10000);

        // Gain: -20 dB on the slider is a tenth of the amplitude in libobs.
        strip->gainSlider()->setValue(-200);
        QVERIFY(std::abs(obs_source_get_volume(strip->channel().source()) - 0.1f) < 0.005f);
        strip->gainSlider()->setValue(0);
        QCOMPARE(obs_source_get_volume(strip->channel().source()), 1.0f);

        // Monitoring choices reach libobs.
        strip->monitoringBox()->setCurrentIndex(strip->monitoringBox()->findData(
            QVariant::fromValue(AudioChannel::Monitoring::MonitorAndOutput)));
        QCOMPARE(obs_source_get_monitoring_type(strip->channel().source()),
                 OBS_MONITORING_TYPE_MONITOR_AND_OUTPUT);
        strip->monitoringBox()->setCurrentIndex(0);
        QCOMPARE(obs_source_get_monitoring_type(strip->channel().source()), OBS_MONITORING_TYPE_NONE);

        // A change made outside the strip (a hotkey, a script) shows on it.
        obs_source_set_muted(strip->channel().source(), true);
        QTRY_VERIFY(strip->muteButton()->isChecked());
        obs_source_set_muted(strip->channel().source(), false);
        QTRY_VERIFY(!strip->muteButton()->isChecked());
    }

    void goLiveToNginxAndStop()
    {
        Nginx nginx;
        QVERIFY2(nginx.start(), "nginx-rtmp starts");
        const QString secret = QStringLiteral("golive-secret-9f3a7c");
        MemoryKeyStore keys;
        keys.keys.insert(QStringLiteral("test/nginx"), secret);
        keys.keys.insert(QStringLiteral("test/closed"), QStringLiteral("closed-port-key-51c2"));

        EventLog log;
        QString error;
        const QString logPath = m_dir.filePath(QStringLiteral("golive.events.jsonl"));
        QVERIFY(log.open(logPath, &error));
        Broadcast broadcast(m_session.encoders(), &keys, &log);
        Destination good{QStringLiteral("Local nginx"), QStringLiteral("custom"),
                         QStringLiteral("rtmp://127.0.0.1:%1/live").arg(nginx.port),
                         QStringLiteral("test/nginx")};
        Destination closed{QStringLiteral("Closed port"), QStringLiteral("custom"),
                           QStringLiteral("rtmp://127.0.0.1:%1/live").arg(freePort()),
                           QStringLiteral("test/closed")};
        Destination noKey{QStringLiteral("No key"), QStringLiteral("custom"),
                          QStringLiteral("rtmp://127.0.0.1:1/live"), QStringLiteral("test/missing")};
        broadcast.setDestinations({good, closed, noKey});
        LiveFigures figures(m_session.engine(), broadcast);
        figures.start(1000);
        GoLiveBar bar(&broadcast, &figures);
        bar.resize(1280, 48);
        bar.show();
        QCOMPARE(bar.liveButton()->text(), QStringLiteral("Start live"));

        bar.liveButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(broadcast.isLive(), 20000);
        QCOMPARE(bar.liveButton()->text(), QStringLiteral("Stop live"));
        // The destinations that cannot work say why, and the good one stays live.
        QTRY_COMPARE_WITH_TIMEOUT(broadcast.destinations().at(1).state, Broadcast::DestinationState::Failed,
                                  20000);
        QCOMPARE(broadcast.destinations().at(2).state, Broadcast::DestinationState::Failed);
        QCOMPARE(broadcast.destinations().at(0).state, Broadcast::DestinationState::Live);
        qInfo("destinations: %s", qPrintable(bar.destinationsText()));
        QVERIFY(bar.destinationsText().contains(QStringLiteral("could not connect")));
        QVERIFY(bar.destinationsText().contains(QStringLiteral("no stream key is stored")));

        // Figures refresh every second while live.
        QTest::qWait(5000);
        const LiveSample sample = figures.last();
        qInfo("figures: %s; timer %s", qPrintable(bar.figuresText()), qPrintable(bar.timerText()));
        QVERIFY(sample.liveSeconds >= 3.0);
        QVERIFY2(sample.totalKbps > 500.0, qPrintable(bar.figuresText()));
        QVERIFY(sample.renderTotal > 60);
        QVERIFY(bar.timerText() != QStringLiteral("00:00:00"));
        // The live's time runs each second.
        const QString liveTime = bar.timerText();
        QTRY_VERIFY_WITH_TIMEOUT(bar.timerText() > liveTime, 2000);
        QVERIFY(bar.figuresText().contains(QStringLiteral("kb/s")));

        // Stopping asks first: Cancel keeps the live on air...
        bool asked = false;
        answerNextMessageBox(QMessageBox::Cancel, &asked);
        bar.liveButton()->click();
        QVERIFY(asked);
        QVERIFY(broadcast.isLive());
        // ...Yes stops it cleanly.
        asked = false;
        answerNextMessageBox(QMessageBox::Yes, &asked);
        bar.liveButton()->click();
        QVERIFY(asked);
        QTRY_COMPARE_WITH_TIMEOUT(broadcast.state(), Broadcast::State::Offline, 20000);
        QCOMPARE(bar.liveButton()->text(), QStringLiteral("Start live"));
        QCOMPARE(bar.timerText(), QStringLiteral("00:00:00")); // reset once off air

        // What nginx received is H.264 and AAC.
        const QString received = nginx.recording(secret);
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(received).size() > 100000, 10000);
        QTest::qWait(1000); // nginx closes the file once the stream ends
        const QStringList codecs = probeCodecs(received);
        QVERIFY2(codecs.contains(QStringLiteral("h264")) && codecs.contains(QStringLiteral("aac")),
                 qPrintable(codecs.join(u',')));

        // The show's event log has the live's start and stop.
        QStringList types;
        for (const QJsonObject& event : EventLog::read(logPath))
            types << event.value(QStringLiteral("type")).toString();
        QVERIFY2(types.contains(QStringLiteral("live.start")) && types.contains(QStringLiteral("live.stop")),
                 qPrintable(types.join(u',')));

        // No stream key in anything logged.
        const QMutexLocker lock(&g_logMutex);
        QVERIFY(!g_log.isEmpty());
        for (const QString& line : std::as_const(g_log)) {
            QVERIFY2(!line.contains(secret), qPrintable(line));
            QVERIFY2(!line.contains(QStringLiteral("closed-port-key-51c2")), qPrintable(line));
        }
    }

    void destinationsDockControlsEachDestination()
    {
        Nginx first;
        Nginx second;
        QVERIFY2(first.start() && second.start(), "nginx-rtmp starts");
        MemoryKeyStore keys;
        keys.keys.insert(QStringLiteral("test/first"), QStringLiteral("dock-first"));
        keys.keys.insert(QStringLiteral("test/second"), QStringLiteral("dock-second"));
        keys.keys.insert(QStringLiteral("test/third"), QStringLiteral("dock-third"));
        Broadcast broadcast(m_session.encoders(), &keys, nullptr);
        const Destination youtube{QStringLiteral("YouTube"), QStringLiteral("custom"),
                                  QStringLiteral("rtmp://127.0.0.1:%1/live").arg(first.port),
                                  QStringLiteral("test/first")};
        Destination twitch{QStringLiteral("Twitch"), QStringLiteral("custom"),
                           QStringLiteral("rtmp://127.0.0.1:%1/live").arg(second.port),
                           QStringLiteral("test/second")};
        twitch.enabled = false;
        broadcast.setDestinations({youtube, twitch});
        LiveFigures figures(m_session.engine(), broadcast);
        figures.start(1000);
        GoLiveBar bar(&broadcast, &figures);
        DestinationsDock dock(&broadcast, &figures, &bar);
        dock.resize(900, 300);
        dock.show();
        QCOMPARE(dock.rowCount(), 2);
        QVERIFY(dock.emptyNotice()->isHidden());
        {
            Broadcast nothing(m_session.encoders(), nullptr, nullptr);
            const DestinationsDock empty(&nothing, &figures, &bar);
            QCOMPARE(empty.rowCount(), 0);
            QVERIFY(!empty.emptyNotice()->isHidden());
            QVERIFY(empty.emptyNotice()->text().contains(QStringLiteral("Destinations…")));
        }
        QCOMPARE(dock.text(0, DestinationsDock::NameColumn), QStringLiteral("YouTube"));
        QCOMPARE(dock.text(1, DestinationsDock::StateColumn), QStringLiteral("Disabled"));
        QVERIFY(dock.startAllButton()->isEnabled());
        QVERIFY(!dock.stopAllButton()->isEnabled());

        // Start all: the enabled destinations go live.
        dock.startAllButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(dock.text(0, DestinationsDock::StateColumn), QStringLiteral("Live"), 20000);
        QCOMPARE(broadcast.destinations().at(1).state, Broadcast::DestinationState::Idle);
        QVERIFY(dock.stopAllButton()->isEnabled());
        QCOMPARE(dock.startStopButton(0)->text(), QStringLiteral("Stop"));

        // The disabled one starts on its own while live.
        QCOMPARE(dock.startStopButton(1)->text(), QStringLiteral("Start"));
        dock.startStopButton(1)->click();
        QTRY_COMPARE_WITH_TIMEOUT(broadcast.destinations().at(1).state, Broadcast::DestinationState::Live,
                                  20000);
        // Health refreshes every second: bitrate, time on air.
        QTRY_VERIFY_WITH_TIMEOUT(
            dock.text(1, DestinationsDock::BitrateColumn).contains(QStringLiteral("kb/s")), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(dock.text(0, DestinationsDock::OnAirColumn) >= QStringLiteral("00:00:02"),
                                 5000);
        const LiveSample sample = figures.last();
        QCOMPARE(sample.destinations.size(), 2);
        QVERIFY2(sample.destinations.at(0).kbps > 500.0,
                 qPrintable(QString::number(sample.destinations.at(0).kbps)));
        QVERIFY(!dock.uplinkWarning()->isVisible()); // loopback carries everything

        // Stop one: the other carries on.
        dock.startStopButton(0)->click();
        QTRY_COMPARE_WITH_TIMEOUT(dock.text(0, DestinationsDock::StateColumn), QStringLiteral("Stopped"),
                                  20000);
        QVERIFY(broadcast.isLive());
        QCOMPARE(broadcast.destinations().at(1).state, Broadcast::DestinationState::Live);

        // Reconnect now on a live destination: a new connection, counted.
        dock.reconnectButton(1)->click();
        QTRY_COMPARE_WITH_TIMEOUT(dock.text(1, DestinationsDock::ReconnectsColumn), QStringLiteral("1"),
                                  20000);
        QTRY_COMPARE_WITH_TIMEOUT(broadcast.destinations().at(1).state, Broadcast::DestinationState::Live,
                                  20000);
        QCOMPARE(broadcast.totalReconnects(), 1);

        // A destination added while live starts at once; the stopped one stays stopped.
        const Destination facebook{QStringLiteral("Facebook"), QStringLiteral("custom"),
                                   QStringLiteral("rtmp://127.0.0.1:%1/live").arg(first.port),
                                   QStringLiteral("test/third")};
        twitch.enabled = true;
        broadcast.setDestinations({youtube, twitch, facebook});
        QCOMPARE(dock.rowCount(), 3);
        QTRY_COMPARE_WITH_TIMEOUT(broadcast.destinations().at(2).state, Broadcast::DestinationState::Live,
                                  20000);
        QCOMPARE(broadcast.destinations().at(0).state, Broadcast::DestinationState::Idle);
        QCOMPARE(broadcast.destinations().at(1).state, Broadcast::DestinationState::Live);
        QCOMPARE(broadcast.destinations().at(1).reconnects, 1); // kept across the edit
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(first.recording(QStringLiteral("dock-third"))).size() > 10000,
                                 10000);

        // Stopping the last ones through Stop all asks first (the go-live bar's question).
        bool asked = false;
        answerNextMessageBox(QMessageBox::Yes, &asked);
        dock.stopAllButton()->click();
        QVERIFY(asked);
        QTRY_COMPARE_WITH_TIMEOUT(broadcast.state(), Broadcast::State::Offline, 20000);
        QCOMPARE(dock.text(1, DestinationsDock::StateColumn), QStringLiteral("Stopped"));
        QVERIFY(dock.startAllButton()->isEnabled());
    }

    void recordButtonRecords()
    {
        EventLog log;
        QString error;
        const QString logPath = m_dir.filePath(QStringLiteral("record.events.jsonl"));
        QVERIFY(log.open(logPath, &error));
        Broadcast broadcast(m_session.encoders(), nullptr, &log);
        LiveFigures figures(m_session.engine(), broadcast);
        // Record writes where the user's settings say.
        RecordingSettings settings;
        settings.folder = m_dir.filePath(QStringLiteral("recordings"));
        settings.format = RecordingSettings::Format::Mkv;
        settings.save();
        GoLiveBar bar(&broadcast, &figures);
        bar.resize(1280, 48);
        bar.show();
        QCOMPARE(bar.recordTimerText(), QStringLiteral("00:00:00"));
        QVERIFY(bar.recordingNoticeText().isEmpty());
        bar.recordButton()->click();
        QVERIFY(broadcast.isRecording());
        QCOMPARE(bar.recordButton()->text(), QStringLiteral("Stop recording"));
        // The REC time runs while recording, each second.
        QTest::qWait(1500);
        qInfo("REC timer after 1.5 s: %s", qPrintable(bar.recordTimerText()));
        QVERIFY2(bar.recordTimerText() >= QStringLiteral("REC 00:00:01"), qPrintable(bar.recordTimerText()));
        QTRY_VERIFY_WITH_TIMEOUT(bar.recordTimerText() >= QStringLiteral("REC 00:00:02"), 2000);
        QVERIFY(bar.timerText() == QStringLiteral("00:00:00")); // no live: its time stays at zero
        const QString artifacts = qEnvironmentVariable("VITRINE_TEST_ARTIFACTS");
        if (!artifacts.isEmpty() && QDir().mkpath(artifacts))
            bar.grab().save(QDir(artifacts).filePath(QStringLiteral("golive-bar-recording.png")));
        const QString path = broadcast.recordingPath();
        QCOMPARE(QFileInfo(path).absolutePath(), QFileInfo(settings.folder).absoluteFilePath());
        QVERIFY(path.endsWith(QStringLiteral(".mkv")));
        bar.recordButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!broadcast.isRecording(), 15000);
        QVERIFY(!bar.recordButton()->isChecked());
        QCOMPARE(bar.recordButton()->text(), QStringLiteral("Record"));
        // Stopped: the time is back to zero and stays there.
        QCOMPARE(bar.recordTimerText(), QStringLiteral("00:00:00"));
        QTest::qWait(1200);
        QCOMPARE(bar.recordTimerText(), QStringLiteral("00:00:00"));
        // What became of it stays on screen, naming the file on disk, with Show in folder.
        qInfo("notice: %s", qPrintable(bar.recordingNoticeText()));
        QCOMPARE(bar.recordingNoticeText(),
                 QStringLiteral("Recording saved — %1").arg(QFileInfo(path).fileName()));
        QCOMPARE(bar.lastRecordingPath(), path);
        QVERIFY(QFileInfo(path).size() > 0);
        QVERIFY(bar.showInFolderButton()->isVisible());
        UrlCatcher files;
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &files, "open");
        bar.showInFolderButton()->click();
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        QCOMPARE(files.opened.size(), 1);
        QCOMPARE(QFileInfo(files.opened.first().toLocalFile()).absoluteFilePath(),
                 QFileInfo(settings.folder).absoluteFilePath());
        QTest::qWait(1200);
        QVERIFY(!bar.recordingNoticeText().isEmpty()); // persistent
        bar.dismissNoticeButton()->click();
        QVERIFY(bar.recordingNoticeText().isEmpty());

        const QStringList codecs = probeCodecs(path);
        QVERIFY2(codecs.contains(QStringLiteral("h264")) && codecs.contains(QStringLiteral("aac")),
                 qPrintable(codecs.join(u',')));
        QStringList types;
        for (const QJsonObject& event : EventLog::read(logPath))
            types << event.value(QStringLiteral("type")).toString();
        QCOMPARE(types, (QStringList{QStringLiteral("recording.start"), QStringLiteral("recording.stop")}));
    }

    void recordingFolderAndFormatComeFromSettings()
    {
        RecordingSettings{}.save();
        const QString folder = m_dir.filePath(QStringLiteral("chosen folder/mp4"));
        {
            SettingsDialog dialog({}, {});
            auto* folderEdit = dialog.findChild<QLineEdit*>(QStringLiteral("recordingFolderEdit"));
            auto* formatBox = dialog.findChild<QComboBox*>(QStringLiteral("recordingFormatBox"));
            QVERIFY(folderEdit && formatBox);
            QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("recordingFolderBrowse")));
            QCOMPARE(formatBox->currentData().toString(), QStringLiteral("mkv")); // MKV unless chosen
            QVERIFY(formatBox->currentText().startsWith(QStringLiteral("MKV")));
            folderEdit->setText(folder);
            formatBox->setCurrentIndex(formatBox->findData(QStringLiteral("mp4")));
            dialog.accept();
        }
        QCOMPARE(RecordingSettings::load().folder, folder);
        QCOMPARE(RecordingSettings::load().format, RecordingSettings::Format::Mp4);

        Broadcast broadcast(m_session.encoders(), nullptr, nullptr);
        LiveFigures figures(m_session.engine(), broadcast);
        GoLiveBar bar(&broadcast, &figures);
        bar.show();
        bar.recordButton()->click();
        QVERIFY(broadcast.isRecording());
        const QString path = broadcast.recordingPath();

        // While it records, the recording settings are refused, as video and output are.
        {
            SettingsDialog dialog([&broadcast] { return broadcast.isRecording(); }, {});
            auto* folderEdit = dialog.findChild<QLineEdit*>(QStringLiteral("recordingFolderEdit"));
            folderEdit->setText(m_dir.filePath(QStringLiteral("elsewhere")));
            auto* note = dialog.findChild<QLabel*>(QStringLiteral("settingsNote"));
            QVERIFY(note->text().contains(QStringLiteral("recording settings cannot change")));
            bool warned = false;
            answerNextMessageBox(QMessageBox::Ok, &warned);
            dialog.open();
            dialog.accept();
            QVERIFY(warned);
            QVERIFY(dialog.isVisible());
            dialog.reject();
        }
        QCOMPARE(RecordingSettings::load().folder, folder);

        QTest::qWait(2000);
        bar.recordButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!broadcast.isRecording(), 15000);
        QVERIFY(path.endsWith(QStringLiteral(".mp4")));
        QCOMPARE(QFileInfo(path).absolutePath(), QFileInfo(folder).absoluteFilePath());
        QVERIFY(QFileInfo(path).size() > 0);
        QCOMPARE(bar.recordingNoticeText(),
                 QStringLiteral("Recording saved — %1").arg(QFileInfo(path).fileName()));
        const QStringList codecs = probeCodecs(path);
        QVERIFY2(codecs.contains(QStringLiteral("h264")) && codecs.contains(QStringLiteral("aac")),
                 qPrintable(codecs.join(u',')));
        RecordingSettings{}.save();
    }

    void goingLiveWithoutDestinationsSaysSo()
    {
        Broadcast broadcast(m_session.encoders(), nullptr, nullptr);
        QString error;
        QVERIFY(!broadcast.startLive(&error));
        QVERIFY(error.contains(QStringLiteral("No destination")));
        QCOMPARE(broadcast.state(), Broadcast::State::Offline);
    }

    void settingsOfferVerticalCanvasesAndRefuseVideoChangesWhileLive()
    {
        const QList<QSize> presets = SettingsDialog::canvasPresets();
        QVERIFY(presets.contains(QSize(1080, 1920)));
        QVERIFY(presets.contains(QSize(720, 1280)));
        bool applied = false;
        SettingsDialog dialog([] { return true; },
                              [&applied](const StudioPreferences&, QString*) {
                                  applied = true;
                                  return true;
                              });
        auto* canvas = dialog.findChild<QComboBox*>(QStringLiteral("canvasBox"));
        QVERIFY(canvas);
        canvas->setCurrentIndex(canvas->findData(QSize(720, 1280)));
        QCOMPARE(dialog.preferences().video.width, 720);
        QCOMPARE(dialog.preferences().video.height, 1280);
        bool warned = false;
        answerNextMessageBox(QMessageBox::Ok, &warned);
        dialog.open();
        dialog.accept();
        QVERIFY(warned);
        QVERIFY(!applied);
        QVERIFY(dialog.isVisible()); // still open: nothing changed
        dialog.reject();
    }

    void reconnectSettingsChangeEvenWhileLive()
    {
        SettingsDialog dialog([] { return true; }, nullptr);
        auto* tries = dialog.findChild<QSpinBox*>(QStringLiteral("reconnectTriesBox"));
        auto* wait = dialog.findChild<QSpinBox*>(QStringLiteral("reconnectMaxWaitBox"));
        QVERIFY(tries && wait);
        QCOMPARE(tries->value(), ReconnectSettings().maxRetries);
        tries->setValue(3);
        wait->setValue(20);
        dialog.open();
        dialog.accept(); // not a video or encoder change: taken during a live
        QVERIFY(!dialog.isVisible());
        const StudioPreferences saved = StudioPreferences::load();
        QCOMPARE(saved.reconnectTries, 3);
        QCOMPARE(saved.reconnect().maxRetries, 3);
        QCOMPARE(saved.reconnect().maxDelayMs, 20000);
        QCOMPARE(saved.reconnect().initialDelayMs, 2000);
        // Zero means never: the box says so.
        tries->setValue(0);
        QCOMPARE(tries->text(), QStringLiteral("Never reconnect"));
        StudioPreferences defaults;
        defaults.save();
    }

    void destinationsDialogKeepsKeysOutOfTheShow()
    {
        const QString path = m_dir.filePath(QStringLiteral("destinations.vitrine"));
        QVERIFY(QFile::copy(QStringLiteral(VITRINE_SOURCE_DIR "/resources/demo/demo.vitrine"), path));
        ShowStore store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        MemoryKeyStore keys;
        DestinationsDialog dialog(&store, &keys);
        dialog.addDestination();
        dialog.nameEdit()->setText(QStringLiteral("YouTube"));
        dialog.serverEdit()->setText(QStringLiteral("not a url"));
        dialog.keyEdit()->setText(QStringLiteral("yt-key-7d1e"));
        dialog.accept();
        QVERIFY(store.document().destinations.isEmpty()); // refused: the server is not rtmp(s)://
        dialog.serverEdit()->setText(QStringLiteral("rtmps://a.rtmp.youtube.com/live2"));
        dialog.accept();
        QTRY_COMPARE(store.document().destinations.size(), 1);
        const Destination saved = store.document().destinations.first();
        QCOMPARE(saved.name, QStringLiteral("YouTube"));
        QCOMPARE(keys.keys.value(saved.keyRef), QStringLiteral("yt-key-7d1e"));
        store.closeCleanly();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray json = file.readAll();
        QVERIFY(json.contains("a.rtmp.youtube.com"));
        QVERIFY(!json.contains("yt-key-7d1e"));
    }

    void destinationsComeFromOBSsListOfServices()
    {
        const QString path = m_dir.filePath(QStringLiteral("services.vitrine"));
        QVERIFY(QFile::copy(QStringLiteral(VITRINE_SOURCE_DIR "/resources/demo/demo.vitrine"), path));
        ShowStore store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        MemoryKeyStore keys;
        DestinationsDialog dialog(&store, &keys);
        dialog.show();
        dialog.addDestination();
        dialog.nameEdit()->setText(QStringLiteral("Chaîne YouTube"));
        // A new destination starts on YouTube, through OBS's service; the others of OBS's list come on
        // demand.
        QCOMPARE(dialog.platformBox()->currentData().toString(), QStringLiteral("YouTube - RTMPS"));
        QCOMPARE(dialog.platformBox()->currentData(DestinationsDialog::kPlatformRole).toString(),
                 QStringLiteral("youtube"));
        QVERIFY(dialog.serverBox()->isVisible());
        QCOMPARE(dialog.platformBox()->findData(QStringLiteral("Restream.io")), -1);
        dialog.allServicesBox()->setChecked(true);
        QVERIFY(dialog.platformBox()->findData(QStringLiteral("Restream.io")) > 0);
        QVERIFY(dialog.serverEdit()->text().startsWith(QStringLiteral("rtmps://a.rtmps.youtube.com")));
        QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("Chaîne YouTube")); // the name typed stays
        QVERIFY(dialog.adviceLabel()->text().contains(QStringLiteral("Get your stream key")));
        // The backup ingest, picked from the service's list.
        const int backup = dialog.serverBox()->findText(QStringLiteral("Backup YouTube ingest server"));
        QVERIFY(backup >= 0);
        dialog.serverBox()->setCurrentIndex(backup);
        Q_EMIT dialog.serverBox()->activated(backup);
        QVERIFY(dialog.serverEdit()->text().startsWith(QStringLiteral("rtmps://b.rtmps.youtube.com")));
        dialog.keyEdit()->setText(QStringLiteral("yt-key-91"));
        dialog.accept();
        QTRY_COMPARE(store.document().destinations.size(), 1);
        const Destination saved = store.document().destinations.first();
        QCOMPARE(saved.service, QStringLiteral("YouTube - RTMPS"));
        QCOMPARE(saved.platform, QStringLiteral("youtube"));
        QVERIFY(saved.server.startsWith(QStringLiteral("rtmps://b.rtmps.youtube.com")));

        // Reopened, the dialog shows the service and the ingest that were chosen.
        DestinationsDialog again(&store, &keys);
        QCOMPARE(again.platformBox()->currentData().toString(), QStringLiteral("YouTube - RTMPS"));
        QCOMPARE(again.serverBox()->currentText(), QStringLiteral("Backup YouTube ingest server"));
        store.closeCleanly();
    }

    void shortcutsAreEditableInSettings()
    {
        ActionRegistry registry;
        QAction action(QStringLiteral("Transition"));
        registry.add(QStringLiteral("bench.transition"), &action, QKeySequence(Qt::CTRL | Qt::Key_Return));
        SettingsDialog dialog({}, {});
        dialog.setActionRegistry(&registry);
        auto* edit = dialog.findChild<QKeySequenceEdit*>(QStringLiteral("shortcut:bench.transition"));
        QVERIFY(edit);
        QCOMPARE(edit->keySequence(), QKeySequence(Qt::CTRL | Qt::Key_Return));
        edit->setKeySequence(QKeySequence(Qt::Key_F8));
        dialog.accept();
        QCOMPARE(action.shortcut(), QKeySequence(Qt::Key_F8));
        registry.resetToDefaults();
    }

    void themesDiffer()
    {
        applyTheme(*qApp, Theme::Light);
        const QColor light = qApp->palette().color(QPalette::Window);
        applyTheme(*qApp, Theme::Dark);
        const QColor dark = qApp->palette().color(QPalette::Window);
        QVERIFY(light.lightness() > 200);
        QVERIFY(dark.lightness() < 60);
        QCOMPARE(themeFromKey(themeKey(Theme::Light)), Theme::Light);
        QCOMPARE(themeFromKey(QStringLiteral("nonsense")), Theme::Dark);
    }
};

QTEST_MAIN(GoLiveTest)
#include "GoLiveTest.moc"
