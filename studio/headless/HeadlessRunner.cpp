#include "headless/HeadlessRunner.h"

#include "chat/ChatConnectorFactory.h"
#include "chat/ChatHub.h"
#include "headless/ActionPlayer.h"
#include "headless/ProcessFigures.h"
#include "output/OutputController.h"
#include "output/RtmpService.h"
#include "session/StudioSession.h"
#include "show/EventLog.h"
#include "show/LiveState.h"
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

// Declared in the order things must be torn down in reverse: outputs, encoders, scenes, then libobs, then X.
struct HeadlessRunner::Session {
    X11DisplayPtr display;
    StudioSession studio;
    QList<OutputController*> outputs; // children of the runner, deleted in ~Session
    OutputController* stream = nullptr;
    OutputController* recording = nullptr;
    int outputsActive = 0;
    int outputsStopped = 0;
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
    // Chat, when asked for: connectors live in the hub; torn down before the outputs and libobs.
    std::unique_ptr<ChatHub> chat;
    QHash<ChatConnector*, QString> chatNames; // "twitch:channel", for messages
    QSet<ChatConnector*> chatConnected;       // connectors that connected at least once
    QStringList secrets;                      // never printed
    int chatMessages = 0;
    int chatDeletions = 0;
    // The show's event log and the producer's actions, when a rehearsal script is played.
    std::optional<ActionScript> script;
    int scriptProblems = 0; // lines of the script that made no action
    std::unique_ptr<EventLog> events;
    std::unique_ptr<LiveState> live;
    std::unique_ptr<ActionPlayer> actions;

    ~Session()
    {
        actions.reset();
        live.reset();
        chat.reset();
        qDeleteAll(outputs);
        outputs.clear();
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
    const std::optional<ShowDocument> show = ShowDocument::load(m_options.showPath, &error);
    if (!show) {
        fail(error);
        return false;
    }
    RtmpTarget target;
    if (!m_options.streamUrl.isEmpty() && !parseRtmpUrl(m_options.streamUrl, &target, &error)) {
        fail(error);
        return false;
    }
    if (!m_options.recordPath.isEmpty()) {
        const QFileInfo record(m_options.recordPath);
        if (!record.absoluteDir().exists()) {
            fail(tr("cannot record to %1: the folder %2 does not exist")
                     .arg(m_options.recordPath, record.absolutePath()));
            return false;
        }
    }

    m_session = std::make_unique<Session>();
    Session& s = *m_session;
    // Chat specs, tokens and the transcript's folder are checked before libobs starts, so bad input fails
    // fast.
    if (!prepareChat(&error) || !prepareActions(&error)) {
        fail(error);
        return false;
    }
    if (qEnvironmentVariableIsEmpty("DISPLAY") || !(s.display = X11DisplayPtr(XOpenDisplay(nullptr)))) {
        fail(tr("no X11 display%1: libobs needs one even without a window; on a server, run under xvfb-run "
                "(Wayland sessions provide one through XWayland)")
                 .arg(qEnvironmentVariableIsEmpty("DISPLAY")
                          ? QString()
                          : tr(" (cannot open “%1”)").arg(qEnvironmentVariable("DISPLAY"))));
        return false;
    }

    StudioSession::Options studioOptions;
    studioOptions.nativeDisplay = s.display.get();
    studioOptions.canvas = m_options.canvas;
    studioOptions.encoders = m_options.encoders;
    if (!s.studio.open(*show, QFileInfo(m_options.showPath).absoluteDir(), studioOptions, &error)) {
        fail(error);
        return false;
    }

    if (!m_options.streamUrl.isEmpty())
        s.outputs << (s.stream = OutputController::createStream(target.server, target.key,
                                                                s.studio.encoders(), this));
    if (!m_options.recordPath.isEmpty())
        s.outputs << (s.recording = OutputController::createRecording(
                          QFileInfo(m_options.recordPath).absoluteFilePath(), s.studio.encoders(), this));
    if (s.script) {
        s.live = std::make_unique<LiveState>(&s.studio.show(), s.events.get());
        s.actions = std::make_unique<ActionPlayer>(
            std::move(*s.script), s.live.get(), s.events.get(), [this](const QString& name, QString* why) {
                return m_session->studio.scenes().setProgramScene(name, why);
            });
        connect(s.actions.get(), &ActionPlayer::actionSkipped, this,
                [](const QString& message) { printError(message); });
    }
    for (OutputController* output : std::as_const(s.outputs)) {
        connect(output, &OutputController::started, this, [this, output] {
            // The event log's times count from the live and the recording, as the window's do.
            if (m_session->events && output == m_session->stream)
                m_session->events->markLiveStarted();
            else if (m_session->events && output == m_session->recording)
                m_session->events->markRecordingStarted();
        });
        connect(output, &OutputController::started, this, &HeadlessRunner::onOutputStarted);
        connect(output, &OutputController::stopped, this, &HeadlessRunner::onOutputStopped);
        connect(output, &OutputController::reconnecting, this,
                [output] { printError(tr("%1: connection lost, reconnecting").arg(output->label())); });
    }

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

    for (OutputController* output : std::as_const(s.outputs)) {
        if (!output->start(&error)) {
            fail(error);
            return false;
        }
    }
    if (s.chat)
        s.chat->startAll();
    if (s.outputs.isEmpty())
        QTimer::singleShot(0, this, &HeadlessRunner::onOutputStarted);
    else
        s.connectTimer.start(m_options.connectTimeoutSeconds * 1000);
    return true;
}

void HeadlessRunner::onOutputStarted()
{
    Session& s = *m_session;
    if (!s.outputs.isEmpty() && ++s.outputsActive < s.outputs.size())
        return;
    s.connectTimer.stop();
    s.running = true;
    s.renderBaseline = s.studio.engine().renderStats();
    s.cpuBaseline = processCpuSeconds();
    s.runClock.start();
    if (m_options.durationSeconds > 0)
        s.durationTimer.start(static_cast<int>(m_options.durationSeconds * 1000));
    if (s.actions)
        s.actions->start();
}

void HeadlessRunner::onOutputStopped(int code, const QString& message)
{
    Session& s = *m_session;
    auto* output = qobject_cast<OutputController*>(sender());
    ++s.outputsStopped;
    if (code != 0) {
        fail(tr("%1: %2").arg(output ? output->label() : tr("output"), message));
        return;
    }
    if (m_finishing && s.outputsStopped >= s.outputs.size()) {
        printFigures();
        QCoreApplication::exit(0);
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
    if (s.actions)
        s.actions->stop();
    if (s.events) {
        if (s.stream && s.events->isLive())
            s.events->markLiveStopped();
        if (s.recording)
            s.events->markRecordingStopped();
    }
    if (s.chat) {
        for (auto it = s.chatNames.cbegin(); it != s.chatNames.cend(); ++it) {
            if (!s.chatConnected.contains(it.key())) {
                reportChat(it.value(), tr("never connected (last: %1)").arg(it.key()->stateDetail()));
                m_exitCode = Failure;
            }
        }
        s.chat->stopAll(); // also flushes the transcript
    }
    if (s.outputs.isEmpty() || s.outputsStopped >= s.outputs.size()) {
        printFigures();
        QCoreApplication::exit(0);
        return;
    }
    for (OutputController* output : std::as_const(s.outputs))
        output->stop();
    s.stopTimer.setSingleShot(true);
    connect(&s.stopTimer, &QTimer::timeout, this, [this] {
        printError(tr("outputs did not stop within 15 s; stopping them forcibly"));
        printFigures();
        QCoreApplication::exit(0);
    });
    s.stopTimer.start(15000);
}

bool HeadlessRunner::prepareChat(QString* error)
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
    s.chat = std::make_unique<ChatHub>();
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
        s.chat->addConnector(connector);
    }
    connect(s.chat.get(), &ChatHub::messageAdded, this, [this] { ++m_session->chatMessages; });
    if (!m_options.chatLogPath.isEmpty()) {
        const QFileInfo log(m_options.chatLogPath);
        if (!log.absoluteDir().exists()) {
            *error = tr("cannot write the chat log %1: the folder %2 does not exist")
                         .arg(m_options.chatLogPath, log.absolutePath());
            return false;
        }
        if (!s.chat->openSpool(log.absoluteFilePath(), error))
            return false;
    }
    return true;
}

bool HeadlessRunner::prepareActions(QString* error)
{
    Session& s = *m_session;
    if (m_options.actionsPath.isEmpty() && m_options.eventLogPath.isEmpty())
        return true;
    if (!m_options.actionsPath.isEmpty()) {
        s.script = ActionScript::load(m_options.actionsPath, error);
        if (!s.script)
            return false;
        s.scriptProblems = static_cast<int>(s.script->problems.size());
        for (const QString& problem : std::as_const(s.script->problems))
            printError(tr("%1 (skipped)").arg(problem));
    }
    const QString logPath =
        m_options.eventLogPath.isEmpty()
            ? QFileInfo(m_options.showPath).absoluteFilePath() + QStringLiteral(".events.jsonl")
            : m_options.eventLogPath;
    s.events = std::make_unique<EventLog>();
    return s.events->open(logPath, error);
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

void HeadlessRunner::printFigures()
{
    Session& s = *m_session;
    // Frames and CPU are counted up to the end of the run; bytes include what the outputs flushed on stop.
    std::uint64_t bytesSent = 0;
    for (const OutputController* output : std::as_const(s.outputs))
        bytesSent += output->stats().bytesSent;
    QTextStream(stdout) << s.figures.arg(bytesSent) << Qt::endl;
}

QString HeadlessRunner::readFigures()
{
    Session& s = *m_session;
    const RenderStats now = s.studio.engine().renderStats();
    int framesDropped = 0;
    for (const OutputController* output : std::as_const(s.outputs))
        framesDropped += output->stats().framesDropped;
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
    if (s.chat)
        out << " chat_messages=" << s.chatMessages << " chat_deletions=" << s.chatDeletions;
    if (s.actions)
        out << " actions_applied=" << s.actions->appliedCount()
            << " actions_skipped=" << (s.actions->skippedCount() + s.scriptProblems);
    return figures;
}

} // namespace vitrine
