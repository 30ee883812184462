#include "headless/HeadlessRunner.h"

#include "base/ProcessFigures.h"
#include "chat/ChatConnectorFactory.h"
#include "chat/ChatHub.h"
#include "chat/ClaimBook.h"
#include "engine/VerticalCanvas.h"
#include "output/Broadcast.h"
#include "output/KeyStore.h"
#include "output/RtmpService.h"
#include "output/ServiceCatalog.h"
#include "remote/RemoteControl.h"
#include "replay/ReplayFinisher.h"
#include "runtime/ActionPlayer.h"
#include "runtime/LiveShow.h"
#include "session/StudioSession.h"
#include "show/EventLog.h"
#include "show/Platform.h"
#include "show/ShowDocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>

#include <X11/Xlib.h>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace vitrine {
namespace {

struct X11DisplayCloser {
    void operator()(Display* display) const { XCloseDisplay(display); }
};
using X11DisplayPtr = std::unique_ptr<Display, X11DisplayCloser>;

int g_signalPipe[2] = {-1, -1};

void onTerminationSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_signalPipe[1], &byte, 1);
}

void printError(const QString& message)
{
    QTextStream(stderr) << "vitrine: " << message << Qt::endl;
}

} // namespace

// The stream keys of --stream and --stream-vertical, kept in memory for this run only: they never reach the
// keychain or a file.
class RunKeyStore : public KeyStore {
public:
    // The keychain reference of the command line's stream number index.
    static QString referenceOf(qsizetype index)
    {
        return QStringLiteral("headless/stream/%1").arg(index + 1);
    }
    void addKey(const QString& keyRef, const QString& key) { m_keys.insert(keyRef, key); }
    void readKey(const QString& keyRef, ReadCallback done) override
    {
        if (m_keys.contains(keyRef))
            done(m_keys.value(keyRef), QString());
        else
            done(QString(), HeadlessRunner::tr("no key for %1 in a headless run").arg(keyRef));
    }
    void writeKey(const QString&, const QString&, WriteCallback done) override { done(QString()); }
    void removeKey(const QString&, WriteCallback done) override { done(QString()); }

private:
    QHash<QString, QString> m_keys;
};

// Declared in the order things must be torn down in reverse: the live show (outputs, libobs), then X.
struct HeadlessRunner::Session {
    X11DisplayPtr display;
    std::unique_ptr<RunKeyStore> keys;
    LiveShow show;
    std::unique_ptr<RemoteControl> remote; // its API holds the show's libobs sources: goes first
    bool streaming = false;
    bool recording = false;
    bool streamUp = false;
    bool recordingUp = false;
    bool recordingVertical = false;
    bool verticalRecordingUp = false;
    bool running = false;
    RenderStats renderBaseline;
    double cpuBaseline = 0.0;
    QElapsedTimer runClock;
    double runSeconds = 0.0;
    QString figures; // read when the run ends, before outputs flush their queues
    QTimer durationTimer;
    QTimer connectTimer;
    QTimer stopTimer;
    std::unique_ptr<QSocketNotifier> signalNotifier;
    QHash<ChatConnector*, QString> chatNames; // "twitch:channel", for messages
    QSet<ChatConnector*> chatConnected;       // connectors that connected at least once
    QStringList secrets;                      // never printed
    int chatMessages = 0;
    int chatDeletions = 0;
    std::optional<ActionScript> script;
    int scriptProblems = 0; // lines of the script that made no action
    QSet<int> reconnecting; // destinations that lost their ingest, to say when they are back
    bool destinationFailed = false;

    bool outputsDone()
    {
        return !show.broadcast().isActive() && !show.broadcast().isRecording() &&
               !show.broadcast().isVerticalRecording();
    }
};

HeadlessRunner::HeadlessRunner(HeadlessOptions options, QObject* parent)
    : QObject(parent), m_options(std::move(options))
{
}

HeadlessRunner::~HeadlessRunner() = default;

void HeadlessRunner::installSignalHandlers()
{
    if (g_signalPipe[0] >= 0)
        return;
    if (::pipe(g_signalPipe) != 0)
        return;
    struct sigaction action {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

int HeadlessRunner::exec()
{
    if (!prepare())
        return m_exitCode;
    return QCoreApplication::exec() == 0 ? m_exitCode : FatalError;
}

bool HeadlessRunner::prepare()
{
    QString error;
    // Everything that can be checked without libobs is checked first, so bad input fails fast.
    if (!ShowDocument::load(m_options.showPath, &error)) {
        fail(error);
        return false;
    }
    auto keys = std::make_unique<RunKeyStore>();
    QList<Destination> destinations;
    for (qsizetype i = 0; i < m_options.streams.size(); ++i) {
        const StreamTarget& stream = m_options.streams.at(i);
        RtmpTarget target;
        const bool parsed = stream.key.isEmpty() ? parseRtmpUrl(stream.url, &target, &error)
                                                 : parseRtmpServer(stream.url, stream.key, &target, &error);
        if (!parsed) {
            fail(error);
            return false;
        }
        const QString keyRef = RunKeyStore::referenceOf(i);
        keys->addKey(keyRef, target.key);
        // Named by their place on the command line: the URL holds the key and is never printed.
        Destination destination{tr("stream %1").arg(i + 1), Platform::custom().key, target.server, keyRef};
        destination.vertical = stream.vertical;
        if (!stream.service.isEmpty()) {
            const StreamingService* service = ServiceCatalog::installed().find(stream.service);
            if (!service) {
                fail(tr("--stream-service: OBS Studio's list of services (%1) has no service named “%2”")
                         .arg(ServiceCatalog::defaultPath(), stream.service));
                return false;
            }
            destination.service = service->name;
            destination.platform = service->platform();
        }
        destinations << destination;
    }
    for (const QString& path : {m_options.recordPath, m_options.recordVerticalPath}) {
        const QFileInfo record(path);
        if (!path.isEmpty() && !record.absoluteDir().exists()) {
            fail(tr("cannot record to %1: the folder %2 does not exist").arg(path, record.absolutePath()));
            return false;
        }
    }

    m_session = std::make_unique<Session>();
    Session& s = *m_session;
    // Chat specs, tokens, the script and the transcript's folder are checked before libobs starts.
    QList<ChatConnector*> connectors;
    if (!prepareChat(&connectors, &error) || !prepareActions(&error)) {
        qDeleteAll(connectors);
        fail(error);
        return false;
    }
    if (qEnvironmentVariableIsEmpty("DISPLAY") || !(s.display = X11DisplayPtr(XOpenDisplay(nullptr)))) {
        qDeleteAll(connectors);
        fail(tr("no X11 display%1: libobs needs one even without a window; on a server, run under xvfb-run "
                "(Wayland sessions provide one through XWayland)")
                 .arg(qEnvironmentVariableIsEmpty("DISPLAY")
                          ? QString()
                          : tr(" (cannot open “%1”)").arg(qEnvironmentVariable("DISPLAY"))));
        return false;
    }

    // The same runtime as the window's, without the user's preferences: a run is reproducible from the show
    // and its command line alone.
    LiveShow::Options showOptions;
    showOptions.nativeDisplay = s.display.get();
    showOptions.overrides = m_options.overrides;
    showOptions.trackSession = false;
    if (!m_options.eventLogPath.isEmpty())
        showOptions.eventLogPath = m_options.eventLogPath;
    else if (!m_options.actionsPath.isEmpty())
        showOptions.eventLogPath =
            QFileInfo(m_options.showPath).absoluteFilePath() + QStringLiteral(".events.jsonl");
    else if (!m_options.recordPath.isEmpty())
        // The replay is made from the event log: a recording run keeps one, beside the recording (not in the
        // show's folder, which a plain recording run leaves untouched).
        showOptions.eventLogPath =
            ReplayFiles::besides(QFileInfo(m_options.recordPath).absoluteFilePath()).events;
    if (m_options.reconnectTries >= 0)
        showOptions.reconnect.maxRetries = m_options.reconnectTries;
    s.keys = std::move(keys);
    showOptions.keys = s.keys.get();
    showOptions.destinations = destinations;
    if (!s.show.open(m_options.showPath, showOptions, &error)) {
        qDeleteAll(connectors);
        fail(error);
        return false;
    }
    if (!showOptions.eventLogPath.isEmpty() && !s.show.events().isOpen()) {
        qDeleteAll(connectors);
        fail(s.show.warnings().join(QStringLiteral("; ")));
        return false;
    }
    connect(&s.show, &LiveShow::notice, this, [](const QString& message) { printError(message); });
    const bool verticalStreams = std::any_of(m_options.streams.cbegin(), m_options.streams.cend(),
                                             [](const StreamTarget& stream) { return stream.vertical; });
    if (verticalStreams || !m_options.recordVerticalPath.isEmpty()) {
        const VideoSettings canvas = s.show.settings().canvas;
        if (!s.show.enableVerticalCanvas(VerticalCanvas::sizeFor(QSize(canvas.width, canvas.height)),
                                         &error)) {
            qDeleteAll(connectors);
            fail(error);
            return false;
        }
    }
    ChatHub& chat = s.show.chat();
    for (ChatConnector* connector : std::as_const(connectors))
        chat.addConnector(connector);
    connect(&chat, &ChatHub::messageAdded, this, [this] { ++m_session->chatMessages; });
    if (!m_options.chatLogPath.isEmpty() &&
        !chat.openSpool(QFileInfo(m_options.chatLogPath).absoluteFilePath(), &error)) {
        fail(error);
        return false;
    }

    if (m_options.remotePort > 0 && !startRemote(&error)) {
        fail(error);
        return false;
    }

    Broadcast& broadcast = s.show.broadcast();
    connect(&broadcast, &Broadcast::destinationChanged, this, &HeadlessRunner::onDestinationChanged);
    connect(&broadcast, &Broadcast::stateChanged, this, [this](Broadcast::State state) {
        // Every destination failed: nothing is left to carry the live.
        if (state == Broadcast::State::Offline && m_session->streaming && !m_finishing)
            fail(m_session->show.broadcast().failureSummary());
        else if (state == Broadcast::State::Live)
            checkStreamsSettled();
    });
    connect(&broadcast, &Broadcast::recordingStarted, this, [this] {
        m_session->recordingUp = true;
        onOutputStarted();
    });
    connect(&broadcast, &Broadcast::recordingFailed, this,
            [this](const QString& message) { fail(tr("recording: %1").arg(message)); });
    connect(&broadcast, &Broadcast::verticalRecordingStarted, this, [this] {
        m_session->verticalRecordingUp = true;
        onOutputStarted();
    });
    connect(&broadcast, &Broadcast::verticalRecordingFailed, this,
            [this](const QString& message) { fail(tr("vertical recording: %1").arg(message)); });
    connect(&broadcast, &Broadcast::stateChanged, this, &HeadlessRunner::onBroadcastChanged);
    connect(&broadcast, &Broadcast::recordingChanged, this, &HeadlessRunner::onBroadcastChanged);
    connect(&broadcast, &Broadcast::verticalRecordingChanged, this, &HeadlessRunner::onBroadcastChanged);

    installSignalHandlers();
    if (g_signalPipe[0] >= 0) {
        s.signalNotifier = std::make_unique<QSocketNotifier>(g_signalPipe[0], QSocketNotifier::Read);
        connect(s.signalNotifier.get(), &QSocketNotifier::activated, this, [this] {
            char byte = 0;
            [[maybe_unused]] const ssize_t bytes = ::read(g_signalPipe[0], &byte, 1);
            finish();
        });
    }

    s.durationTimer.setSingleShot(true);
    s.durationTimer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early
    connect(&s.durationTimer, &QTimer::timeout, this, &HeadlessRunner::finish);
    s.connectTimer.setSingleShot(true);
    connect(&s.connectTimer, &QTimer::timeout, this,
            [this] { fail(tr("outputs did not start within %1 s").arg(m_options.connectTimeoutSeconds)); });

    s.streaming = !m_options.streams.isEmpty();
    s.recording = !m_options.recordPath.isEmpty();
    s.recordingVertical = !m_options.recordVerticalPath.isEmpty();
    if (s.streaming && !broadcast.startLive(&error)) {
        fail(error);
        return false;
    }
    for (const QString& warning : broadcast.serviceWarnings())
        printError(warning);
    if (s.recording &&
        !broadcast.startRecording(QFileInfo(m_options.recordPath).absoluteFilePath(), &error)) {
        fail(error);
        return false;
    }
    if (s.recordingVertical && !broadcast.startVerticalRecording(
                                   QFileInfo(m_options.recordVerticalPath).absoluteFilePath(), &error)) {
        fail(error);
        return false;
    }
    chat.startAll();
    if (!s.streaming && !s.recording && !s.recordingVertical)
        QTimer::singleShot(0, this, &HeadlessRunner::onOutputStarted);
    else
        s.connectTimer.start(m_options.connectTimeoutSeconds * 1000);
    return true;
}

void HeadlessRunner::onDestinationChanged(int index)
{
    Session& s = *m_session;
    const Broadcast::DestinationStatus status = s.show.broadcast().destinations().value(index);
    const QString name = status.destination.name;
    switch (status.state) {
    case Broadcast::DestinationState::Reconnecting:
        printError(tr("%1: %2 — reconnecting (try %3)").arg(name, status.error).arg(status.attempt));
        s.reconnecting.insert(index);
        break;
    case Broadcast::DestinationState::Failed:
        printError(tr("%1: %2").arg(name, status.error));
        s.reconnecting.remove(index);
        break;
    case Broadcast::DestinationState::Live:
        if (s.reconnecting.remove(index))
            printError(tr("%1: back on air (reconnection %2)").arg(name).arg(status.reconnects));
        break;
    default:
        break;
    }
    checkStreamsSettled();
}

void HeadlessRunner::checkStreamsSettled()
{
    Session& s = *m_session;
    if (!s.streamUp && s.show.broadcast().isLive() && streamsSettled()) {
        s.streamUp = true;
        onOutputStarted();
    }
}

// Every destination has either reached its ingest or failed (and at least one is on air).
bool HeadlessRunner::streamsSettled() const
{
    for (const Broadcast::DestinationStatus& status : m_session->show.broadcast().destinations()) {
        if (status.state != Broadcast::DestinationState::Live &&
            status.state != Broadcast::DestinationState::Failed)
            return false;
    }
    return true;
}

void HeadlessRunner::reportDestinations()
{
    Session& s = *m_session;
    const Broadcast& broadcast = s.show.broadcast();
    const QList<Broadcast::DestinationStatus> statuses = broadcast.destinations();
    for (int i = 0; i < statuses.size(); ++i) {
        const Broadcast::DestinationStatus& status = statuses[i];
        QString state;
        switch (status.state) {
        case Broadcast::DestinationState::Live:
            state = QStringLiteral("live");
            break;
        case Broadcast::DestinationState::Reconnecting:
            state = QStringLiteral("reconnecting");
            break;
        case Broadcast::DestinationState::Failed:
            state = QStringLiteral("failed");
            break;
        case Broadcast::DestinationState::Idle:
            state = QStringLiteral("stopped");
            break;
        default:
            state = QStringLiteral("connecting");
            break;
        }
        if (status.state != Broadcast::DestinationState::Live)
            s.destinationFailed = true; // it did not end on air
        QString line = QStringLiteral("destination=%1 state=%2").arg(i + 1).arg(state);
        if (status.failure == Broadcast::Failure::KeyRejected)
            line += QStringLiteral(" reason=key-rejected");
        else if (status.failure == Broadcast::Failure::GaveUp)
            line += QStringLiteral(" reason=gave-up");
        else if (status.failure == Broadcast::Failure::Unreachable &&
                 status.state == Broadcast::DestinationState::Failed)
            line += QStringLiteral(" reason=unreachable");
        line += QStringLiteral(" reconnects=%1 dropped=%2")
                    .arg(status.reconnects)
                    .arg(broadcast.destinationStats(i).framesDropped);
        if (status.encoding.videoBitrateKbps > 0) // it connected at least once
            line += QStringLiteral(" videoKbps=%1 audioKbps=%2 encoder=%3")
                        .arg(status.encoding.videoBitrateKbps)
                        .arg(status.encoding.audioBitrateKbps)
                        .arg(status.ownEncoder ? QStringLiteral("own") : QStringLiteral("shared"));
        QTextStream(stderr) << line << Qt::endl;
    }
}

void HeadlessRunner::onOutputStarted()
{
    Session& s = *m_session;
    if (s.running || (s.streaming && !s.streamUp) || (s.recording && !s.recordingUp) ||
        (s.recordingVertical && !s.verticalRecordingUp))
        return;
    s.connectTimer.stop();
    s.running = true;
    s.renderBaseline = s.show.studio().engine().renderStats();
    s.cpuBaseline = processCpuSeconds();
    s.runClock.start();
    if (m_options.durationSeconds > 0)
        s.durationTimer.start(static_cast<int>(m_options.durationSeconds * 1000));
    if (s.script) {
        ActionPlayer* player = s.show.playActions(std::move(*s.script));
        s.script.reset();
        connect(player, &ActionPlayer::actionSkipped, this,
                [](const QString& message) { printError(message); });
    }
}

void HeadlessRunner::onBroadcastChanged()
{
    if (m_finishing && m_session->outputsDone()) {
        exitAfterOutputs();
    }
}

void HeadlessRunner::finish()
{
    if (m_finishing)
        return;
    m_finishing = true;
    Session& s = *m_session;
    s.durationTimer.stop();
    if (s.running)
        s.runSeconds = static_cast<double>(s.runClock.nsecsElapsed()) / 1e9;
    s.figures = readFigures();
    if (s.streaming) {
        reportDestinations(); // as they were at the end of the run, before they are stopped
        if (s.destinationFailed && m_exitCode == Success)
            m_exitCode = Failure;
    }
    if (ActionPlayer* player = s.show.actions())
        player->stop();
    for (auto it = s.chatNames.cbegin(); it != s.chatNames.cend(); ++it) {
        if (!s.chatConnected.contains(it.key())) {
            reportChat(it.value(), tr("never connected (last: %1)").arg(it.key()->stateDetail()));
            m_exitCode = Failure;
        }
    }
    s.show.chat().stopAll(); // also flushes the transcript
    if (!m_options.claimsCsvPath.isEmpty()) {
        QString csvError;
        if (!s.show.claims().exportCsv(QFileInfo(m_options.claimsCsvPath).absoluteFilePath(), &csvError)) {
            printError(csvError);
            m_exitCode = Failure;
        }
    }
    if (s.outputsDone()) {
        exitAfterOutputs();
        return;
    }
    s.show.broadcast().stopLive();
    s.show.broadcast().stopRecording();
    s.show.broadcast().stopVerticalRecording();
    s.stopTimer.setSingleShot(true);
    connect(&s.stopTimer, &QTimer::timeout, this, [this] {
        printError(tr("outputs did not stop within %1 s; stopping them forcibly")
                       .arg((Broadcast::kStopTimeoutMs + 1000) / 1000));
        exitAfterOutputs();
    });
    s.stopTimer.start(Broadcast::kStopTimeoutMs + 1000);
}

bool HeadlessRunner::prepareChat(QList<ChatConnector*>* connectors, QString* error)
{
    Session& s = *m_session;
    if (m_options.chatSpecs.isEmpty()) {
        if (!m_options.chatLogPath.isEmpty()) {
            *error = tr("--chat-log needs at least one --chat");
            return false;
        }
        return true;
    }
    const ChatCredentials credentials = ChatCredentials::fromEnvironment();
    s.secrets = credentials.secrets();
    for (const QString& text : std::as_const(m_options.chatSpecs)) {
        ChatSpec spec;
        if (!ChatSpec::parse(text, &spec, error))
            return false;
        ChatConnector* connector = createChatConnector(spec, credentials, nullptr, error);
        if (!connector)
            return false;
        const QString name = spec.toString();
        s.chatNames.insert(connector, name);
        connect(connector, &ChatConnector::stateChanged, this,
                [this, connector, name](ChatConnector::State state, const QString& detail) {
                    if (state == ChatConnector::State::Connected) {
                        m_session->chatConnected.insert(connector);
                        reportChat(name, tr("connected"));
                    } else if (state == ChatConnector::State::Reconnecting) {
                        reportChat(name, detail);
                    } else if (state == ChatConnector::State::Failed) {
                        reportChat(name, tr("failed: %1").arg(detail));
                    }
                });
        connect(connector, &ChatConnector::errorOccurred, this,
                [this, name](const QString& message) { reportChat(name, message); });
        connect(connector, &ChatConnector::messageDeleted, this, [this] { ++m_session->chatDeletions; });
        *connectors << connector;
    }
    if (!m_options.chatLogPath.isEmpty()) {
        const QFileInfo log(m_options.chatLogPath);
        if (!log.absoluteDir().exists()) {
            *error = tr("cannot write the chat log %1: the folder %2 does not exist")
                         .arg(m_options.chatLogPath, log.absolutePath());
            return false;
        }
    }
    if (!m_options.claimsCsvPath.isEmpty()) {
        const QFileInfo csv(m_options.claimsCsvPath);
        if (!csv.absoluteDir().exists()) {
            *error = tr("cannot write the claims %1: the folder %2 does not exist")
                         .arg(m_options.claimsCsvPath, csv.absolutePath());
            return false;
        }
    }
    return true;
}

bool HeadlessRunner::prepareActions(QString* error)
{
    Session& s = *m_session;
    if (!m_options.actionsPath.isEmpty()) {
        s.script = ActionScript::load(m_options.actionsPath, error);
        if (!s.script)
            return false;
        s.scriptProblems = static_cast<int>(s.script->problems.size());
        for (const QString& problem : std::as_const(s.script->problems))
            printError(tr("%1 (skipped)").arg(problem));
    }
    return true;
}

bool HeadlessRunner::startRemote(QString* error)
{
    Session& s = *m_session;
    s.remote = std::make_unique<RemoteControl>(s.show);
    RemoteControl::Options options;
    options.port = static_cast<quint16>(m_options.remotePort);
    options.password = m_options.remotePassword;
    options.moderatorPassword = m_options.remoteModeratorPassword;
    s.secrets << options.password << options.moderatorPassword;
    if (!m_options.recordPath.isEmpty()) {
        const QString recordPath = QFileInfo(m_options.recordPath).absoluteFilePath();
        s.remote->setRecordingPathProvider([recordPath] { return recordPath; });
    }
    if (!s.remote->start(options, error)) {
        *error = tr("--remote-port: %1").arg(*error);
        return false;
    }
    connect(s.remote.get(), &RemoteControl::refused, this,
            [](const QString& message) { printError(message); });
    // Said on standard error as the runner's other notices; the last line of standard output stays the
    // figures.
    printError(tr("remote: serving %1")
                   .arg(s.remote->pageUrl(QStringLiteral("127.0.0.1"), QStringLiteral("remote"))));
    return true;
}

void HeadlessRunner::reportChat(const QString& spec, const QString& message)
{
    QString text = tr("chat %1: %2").arg(spec, message);
    // Tokens never reach a terminal or a CI log, whatever a server or Qt put in an error text.
    for (const QString& secret : std::as_const(m_session->secrets))
        text.replace(secret, QStringLiteral("…"));
    printError(text);
}

void HeadlessRunner::fail(const QString& message)
{
    printError(message);
    m_exitCode = FatalError;
    if (m_session && m_session->running)
        m_session->runSeconds = static_cast<double>(m_session->runClock.nsecsElapsed()) / 1e9;
    QCoreApplication::exit(FatalError);
}

void HeadlessRunner::exitAfterOutputs()
{
    finishReplay(); // its line first: the figures stay the last line
    printFigures();
    QCoreApplication::exit(0);
}

void HeadlessRunner::finishReplay()
{
    Session& s = *m_session;
    if (m_options.recordPath.isEmpty() || !s.show.events().isOpen())
        return;
    const QString recording = QFileInfo(m_options.recordPath).absoluteFilePath();
    const ReplayFiles files = ReplayFiles::besides(recording);
    if (files.mp4 == recording) {
        printError(tr("replay: the recording is an MP4 already; record to .mkv for a replay with chapters"));
        return;
    }
    const ReplayFinisher::Result result =
        ReplayFinisher::finish(recording, s.show.events().path(), &s.show.store().document());
    if (!result.ok) {
        printError(result.error);
        m_exitCode = Failure;
        return;
    }
    QTextStream(stdout) << "replay=" << files.mp4 << " chapters=" << result.timeline.chapters.size()
                        << " products=" << result.timeline.products.size() << Qt::endl;
}

void HeadlessRunner::printFigures()
{
    Session& s = *m_session;
    // Frames and CPU are counted up to the end of the run; bytes include what the outputs flushed on stop.
    QTextStream(stdout) << s.figures.arg(s.show.broadcast().totals().bytesSent) << Qt::endl;
}

QString HeadlessRunner::readFigures()
{
    Session& s = *m_session;
    const RenderStats now = s.show.studio().engine().renderStats();
    const int framesDropped = s.show.broadcast().totals().framesDropped;
    QString figures;
    QTextStream out(&figures);
    out << "frames_rendered=" << (now.framesRendered - s.renderBaseline.framesRendered)
        << " frames_lagged=" << (now.framesLagged - s.renderBaseline.framesLagged)
        << " frames_skipped=" << (now.framesSkipped - s.renderBaseline.framesSkipped)
        << " frames_dropped=" << framesDropped << " bytes_sent=%1"
        << " cpu_seconds=" << QString::number(processCpuSeconds(), 'f', 2)
        << " run_cpu_seconds=" << QString::number(processCpuSeconds() - s.cpuBaseline, 'f', 2)
        << " peak_rss_kib=" << processPeakRssKib()
        << " duration_seconds=" << QString::number(s.runSeconds, 'f', 2)
        << " avg_render_ms=" << QString::number(now.averageRenderMs, 'f', 2);
    if (!m_options.streams.isEmpty())
        out << " reconnects=" << s.show.broadcast().totalReconnects();
    if (!m_options.chatSpecs.isEmpty())
        out << " chat_messages=" << s.chatMessages << " chat_deletions=" << s.chatDeletions
            << " claims=" << s.show.claims().claims().size();
    if (!m_options.actionsPath.isEmpty()) {
        const ActionPlayer* player = s.show.actions();
        out << " actions_applied=" << (player ? player->appliedCount() : 0)
            << " actions_skipped=" << ((player ? player->skippedCount() : 0) + s.scriptProblems);
    }
    return figures;
}

} // namespace vitrine
