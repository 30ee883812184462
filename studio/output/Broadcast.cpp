#include "output/Broadcast.h"

#include "output/EncoderSet.h"
#include "output/KeyStore.h"
#include "output/RtmpService.h"
#include "output/ServiceCatalog.h"
#include "show/EventLog.h"
#include "show/EventTypes.h"

#include <QJsonObject>
#include <QMetaEnum>
#include <QUrl>

namespace vitrine {
namespace {

bool isPending(Broadcast::DestinationState state)
{
    return state == Broadcast::DestinationState::ReadingKey ||
           state == Broadcast::DestinationState::Connecting;
}

void addStats(OutputStats* total, const OutputStats& more)
{
    total->bytesSent += more.bytesSent;
    total->framesDropped += more.framesDropped;
    total->totalFrames += more.totalFrames;
}

bool isOnAir(Broadcast::DestinationState state)
{
    return state == Broadcast::DestinationState::Live || state == Broadcast::DestinationState::Reconnecting;
}

} // namespace

// What a destination needs besides its status: its output, the key it was given (in memory, for reconnecting;
// forgotten when it stops) and its reconnect policy.
struct Broadcast::Slot {
    explicit Slot(const ReconnectSettings& settings) : policy(settings) { retryTimer.setSingleShot(true); }

    QPointer<OutputController> output;
    quint64 generation = 0; // a key read or a retry for an older start is ignored
    QString key;
    ReconnectPolicy policy;
    QTimer retryTimer;
    bool wasLive = false;       // on air at least once this live: a loss is retried
    bool stopRequested = false; // the user (or stopLive) stopped it: no retry
    bool reconnectAfterStop = false;
    int reconnects = 0;
    QElapsedTimer liveClock;
    OutputStats finished; // of its outputs already released
};

Broadcast::Broadcast(const EncoderSet& encoders, KeyStore* keys, EventLog* log, QObject* parent)
    : QObject(parent), m_encoders(encoders), m_keys(keys), m_log(log)
{
    m_stopTimer.setSingleShot(true);
    connect(&m_stopTimer, &QTimer::timeout, this, [this] {
        // An output that does not stop in time (a server that stopped answering) is stopped forcibly.
        for (const std::unique_ptr<Slot>& slot : m_slots)
            delete slot->output;
        finishStopping();
    });
}

Broadcast::~Broadcast()
{
    // Outputs stop (forcibly) before the encoders they share go away.
    for (const std::unique_ptr<Slot>& slot : m_slots)
        delete slot->output;
    releaseOwnEncoders();
    delete m_recording;
    delete m_verticalRecording;
    if (m_log && m_liveClock.isValid())
        m_log->markLiveStopped();
}

int Broadcast::indexOf(const Slot* slot) const
{
    for (std::size_t i = 0; i < m_slots.size(); ++i) {
        if (m_slots[i].get() == slot)
            return static_cast<int>(i);
    }
    return -1;
}

const EncoderSettings& Broadcast::encoderSettings() const
{
    return m_encoders.settings();
}

const EncoderSet* Broadcast::canvasEncodersFor(const Destination& destination) const
{
    return destination.vertical ? m_verticalEncoders : &m_encoders;
}

const EncoderSet* Broadcast::encodersFor(const Destination& destination, QString* error)
{
    const EncoderSet* canvas = canvasEncodersFor(destination);
    if (!canvas)
        return nullptr;
    const EncoderSettings fitted =
        ServiceCatalog::installed()
            .fit(destination, canvas->settings(), canvas->canvasSize(), canvas->framesPerSecond())
            .settings;
    if (fitted == canvas->settings())
        return canvas; // encode once, send many
    for (const std::unique_ptr<EncoderSet>& own : m_ownEncoders)
        if (own->canvasVideo() == canvas->canvasVideo() && own->settings() == fitted)
            return own.get();
    auto own = std::make_unique<EncoderSet>();
    // The canvas's audio encoder is shared unless the service takes less audio.
    obs_encoder_t* audio =
        fitted.audioBitrateKbps == canvas->settings().audioBitrateKbps ? canvas->audio() : nullptr;
    if (!own->createOn(canvas->canvasVideo(), audio, fitted, error))
        return nullptr;
    m_ownEncoders.push_back(std::move(own));
    return m_ownEncoders.back().get();
}

void Broadcast::releaseOwnEncoders()
{
    m_ownEncoders.clear();
}

void Broadcast::setDestinations(const QList<Destination>& destinations)
{
    if (m_state == State::Stopping)
        return;
    bool same = destinations.size() == m_destinations.size();
    for (int i = 0; same && i < destinations.size(); ++i)
        same = destinations[i] == m_destinations[i].destination;
    if (same)
        return; // the show changed elsewhere (a pin, a price): nothing to do here
    if (!isActive()) {
        m_destinations.clear();
        m_slots.clear();
        for (const Destination& destination : destinations) {
            m_destinations.append({destination});
            m_slots.push_back(std::make_unique<Slot>(m_reconnect));
        }
        Q_EMIT destinationsReset();
        return;
    }
    // On air: the running destinations are matched by their keychain entry, which names one stream.
    QList<DestinationStatus> statuses;
    std::vector<std::unique_ptr<Slot>> slots;
    QList<int> toStart;
    QList<int> toStop;
    for (const Destination& destination : destinations) {
        int found = -1;
        for (int i = 0; i < m_destinations.size() && found < 0; ++i) {
            if (m_slots[i] && m_destinations[i].destination.keyRef == destination.keyRef)
                found = i;
        }
        const int index = static_cast<int>(statuses.size());
        if (found < 0) {
            statuses.append({destination});
            slots.push_back(std::make_unique<Slot>(m_reconnect));
            if (destination.enabled)
                toStart << index;
            continue;
        }
        DestinationStatus status = m_destinations[found];
        const bool running =
            status.state != DestinationState::Idle && status.state != DestinationState::Failed;
        const bool moved = status.destination.server != destination.server;
        const bool enabledNow = destination.enabled && !status.destination.enabled;
        status.destination = destination;
        statuses.append(status);
        slots.push_back(std::move(m_slots[found]));
        if (running && (!destination.enabled || moved))
            toStop << index;
        // One the producer stopped by hand stays stopped: only a new server or a fresh tick starts it.
        if (destination.enabled && (moved || (enabledNow && !running)))
            toStart << index;
    }
    for (std::size_t i = 0; i < m_slots.size(); ++i) {
        if (m_slots[i]) { // gone from the show: stopped at once
            m_slots[i]->retryTimer.stop();
            if (OutputController* output = m_slots[i]->output) {
                output->disconnect(this);
                delete output;
            }
        }
    }
    m_destinations = statuses;
    m_slots = std::move(slots);
    Q_EMIT destinationsReset();
    for (int index : std::as_const(toStop)) {
        Slot& slot = *m_slots[index];
        ++slot.generation;
        slot.retryTimer.stop();
        if (slot.output) {
            addStats(&slot.finished, slot.output->stats());
            slot.output->disconnect(this);
            delete slot.output; // its settings changed: no need to wait for a clean end
        }
        slot.key.clear();
        setDestinationState(index, DestinationState::Idle);
    }
    for (int index : std::as_const(toStart))
        beginDestination(index);
    updateState();
}

QList<Broadcast::DestinationStatus> Broadcast::destinations() const
{
    QList<DestinationStatus> statuses = m_destinations;
    for (int i = 0; i < statuses.size(); ++i) {
        const Slot& slot = *m_slots[i];
        if (slot.retryTimer.isActive())
            statuses[i].retryInMs = slot.retryTimer.remainingTime();
        if (statuses[i].state == DestinationState::Live && slot.liveClock.isValid())
            statuses[i].liveMs = slot.liveClock.elapsed();
    }
    return statuses;
}

OutputStats Broadcast::destinationStats(int index) const
{
    if (index < 0 || index >= static_cast<int>(m_slots.size()))
        return {};
    const Slot& slot = *m_slots[index];
    OutputStats stats = slot.finished;
    if (slot.output) {
        const OutputStats now = slot.output->stats();
        addStats(&stats, now);
        stats.congestion = now.congestion;
    }
    return stats;
}

int Broadcast::totalReconnects() const
{
    int total = 0;
    for (const DestinationStatus& status : m_destinations)
        total += status.reconnects;
    return total;
}

QStringList Broadcast::serviceWarnings() const
{
    QStringList warnings;
    for (const DestinationStatus& status : m_destinations) {
        const EncoderSet* canvas = canvasEncodersFor(status.destination);
        if (!status.destination.enabled || !canvas)
            continue;
        const ServiceCatalog::EncoderFit fit = ServiceCatalog::installed().fit(
            status.destination, canvas->settings(), canvas->canvasSize(), canvas->framesPerSecond());
        if (!fit.changes.isEmpty())
            warnings << tr("“%1” gets an encoder of its own at %2 kbps, which costs more CPU: %3.")
                            .arg(status.destination.name)
                            .arg(fit.settings.videoBitrateKbps)
                            .arg(fit.changes.join(QStringLiteral("; ")));
    }
    return warnings;
}

bool Broadcast::startLive(QString* error)
{
    if (isActive()) {
        *error = tr("The live is already running.");
        return false;
    }
    int enabled = 0;
    for (const DestinationStatus& status : std::as_const(m_destinations))
        enabled += status.destination.enabled ? 1 : 0;
    if (enabled == 0) {
        *error = tr("No destination to go live to: add one (and its stream key) in the show's destinations.");
        return false;
    }
    setState(State::Starting);
    for (int i = 0; i < m_destinations.size(); ++i) {
        m_destinations[i].reconnects = 0;
        m_slots[i] = std::make_unique<Slot>(m_reconnect); // a fresh policy; old key reads are ignored
        if (m_destinations[i].destination.enabled)
            beginDestination(i);
        else
            setDestinationState(i, DestinationState::Idle);
    }
    updateState();
    if (m_state == State::Offline) {
        *error = failureSummary();
        return false;
    }
    return true;
}

void Broadcast::beginDestination(int index)
{
    const Destination& destination = m_destinations[index].destination;
    Slot& slot = *m_slots[index];
    const quint64 generation = ++slot.generation;
    slot.retryTimer.stop();
    slot.stopRequested = false;
    slot.reconnectAfterStop = false;
    slot.wasLive = false;
    slot.policy = ReconnectPolicy(m_reconnect);
    const QUrl server(destination.server, QUrl::StrictMode);
    const QString scheme = server.scheme().toLower();
    if (!server.isValid() || server.host().isEmpty() || (scheme != u"rtmp" && scheme != u"rtmps")) {
        setDestinationState(index, DestinationState::Failed,
                            tr("the server address “%1” is not an rtmp:// or rtmps:// URL")
                                .arg(redactStreamUrl(destination.server)),
                            Failure::BadAddress);
        return;
    }
    if (destination.vertical && !m_verticalEncoders) {
        setDestinationState(
            index, DestinationState::Failed,
            tr("this destination takes the vertical 9:16 canvas, which is off: it turns on once the "
               "live and the recording are stopped"),
            Failure::Other);
        return;
    }
    if (destination.keyRef.isEmpty()) {
        setDestinationState(index, DestinationState::Failed, tr("no stream key is set for this destination"),
                            Failure::NoKey);
        return;
    }
    if (!m_keys) {
        setDestinationState(index, DestinationState::Failed, tr("no keychain to read the stream key from"),
                            Failure::NoKey);
        return;
    }
    setDestinationState(index, DestinationState::ReadingKey);
    QPointer<Broadcast> self(this);
    Slot* target = &slot;
    m_keys->readKey(destination.keyRef,
                    [self, target, generation](const QString& key, const QString& keyError) {
                        if (self)
                            self->onKeyRead(target, generation, key, keyError);
                    });
}

QString Broadcast::failureSummary() const
{
    QStringList failures;
    for (const DestinationStatus& status : m_destinations)
        if (status.state == DestinationState::Failed)
            failures << tr("“%1”: %2").arg(status.destination.name, status.error);
    return tr("No destination could start:\n%1").arg(failures.join(u'\n'));
}

void Broadcast::onKeyRead(Slot* slot, quint64 generation, const QString& key, const QString& error)
{
    const int index = indexOf(slot);
    if (index < 0 || generation != slot->generation ||
        m_destinations[index].state != DestinationState::ReadingKey)
        return; // the destination was stopped, restarted or removed while the keychain answered
    if (!error.isEmpty() || key.isEmpty()) {
        setDestinationState(index, DestinationState::Failed,
                            error.isEmpty() ? tr("the stored stream key is empty") : error, Failure::NoKey);
        updateState();
        return;
    }
    slot->key = key;
    connectDestination(index);
    updateState();
}

void Broadcast::connectDestination(int index)
{
    Slot* slot = m_slots[index].get();
    const Destination& destination = m_destinations[index].destination;
    QString encoderError;
    const EncoderSet* encoders = encodersFor(destination, &encoderError);
    if (!encoders) {
        slot->key.clear();
        setDestinationState(index, DestinationState::Failed,
                            tr("its encoder could not be made: %1").arg(encoderError), Failure::Other);
        return;
    }
    m_destinations[index].encoding = encoders->settings();
    m_destinations[index].ownEncoder = encoders != canvasEncodersFor(destination);
    OutputController* output = OutputController::createStream(destination.server, slot->key, *encoders, this);
    connect(output, &OutputController::started, this, [this, slot] { onStreamStarted(slot); });
    connect(output, &OutputController::stopped, this,
            [this, slot](int code, const QString& message) { onStreamStopped(slot, code, message); });
    slot->output = output;
    QString error;
    if (!output->start(&error)) {
        releaseStream(index);
        slot->key.clear();
        setDestinationState(index, DestinationState::Failed, error, Failure::BadAddress);
        return;
    }
    if (m_destinations[index].state != DestinationState::Reconnecting)
        setDestinationState(index, DestinationState::Connecting);
}

void Broadcast::onStreamStarted(Slot* slot)
{
    const int index = indexOf(slot);
    if (index < 0)
        return;
    if (slot->wasLive) {
        ++slot->reconnects;
        m_destinations[index].reconnects = slot->reconnects;
    }
    slot->wasLive = true;
    slot->policy.onConnected();
    slot->liveClock.start();
    m_destinations[index].attempt = 0;
    if (!m_liveClock.isValid()) { // before the destination's own record, which then has its liveMs
        m_liveClock.start();
        if (m_log)
            m_log->markLiveStarted();
    }
    setDestinationState(index, DestinationState::Live);
    updateState();
}

void Broadcast::onStreamStopped(Slot* slot, int code, const QString& message)
{
    const int index = indexOf(slot);
    if (index < 0)
        return;
    releaseStream(index);
    slot->liveClock.invalidate();
    if (slot->reconnectAfterStop && m_state != State::Stopping) {
        slot->reconnectAfterStop = false; // "reconnect now" on a live destination
        slot->wasLive = true;
        m_destinations[index].attempt = 1;
        setDestinationState(index, DestinationState::Reconnecting, tr("reconnecting at your request"));
        connectDestination(index);
        updateState();
        return;
    }
    if (slot->stopRequested || m_state == State::Stopping || code == 0) {
        slot->key.clear();
        setDestinationState(index, DestinationState::Idle);
        updateState();
        return;
    }
    const ReconnectPolicy::Decision decision = slot->policy.onStopped(code, slot->wasLive);
    switch (decision.verdict) {
    case ReconnectPolicy::Verdict::Retry:
        retryLater(index, decision.delayMs, message);
        break;
    case ReconnectPolicy::Verdict::GiveUp:
        slot->key.clear();
        setDestinationState(index, DestinationState::Failed,
                            tr("gave up after %n tries: %1", nullptr, slot->policy.attempts()).arg(message),
                            Failure::GaveUp);
        break;
    case ReconnectPolicy::Verdict::KeyRejected:
        slot->key.clear();
        setDestinationState(index, DestinationState::Failed,
                            tr("key rejected: the server refused the stream key (%1)").arg(message),
                            Failure::KeyRejected);
        break;
    case ReconnectPolicy::Verdict::Fatal:
        slot->key.clear();
        setDestinationState(index, DestinationState::Failed, message,
                            code == OBS_OUTPUT_CONNECT_FAILED ? Failure::Unreachable : Failure::Other);
        break;
    }
    updateState();
}

void Broadcast::retryLater(int index, int delayMs, const QString& reason)
{
    Slot* slot = m_slots[index].get();
    const quint64 generation = slot->generation;
    m_destinations[index].attempt = slot->policy.attempts();
    slot->retryTimer.disconnect(this);
    connect(&slot->retryTimer, &QTimer::timeout, this, [this, slot, generation] {
        const int current = indexOf(slot);
        if (current >= 0 && generation == slot->generation &&
            m_destinations[current].state == DestinationState::Reconnecting && !slot->output)
            connectDestination(current);
    });
    slot->retryTimer.start(delayMs);
    if (!setDestinationState(index, DestinationState::Reconnecting, reason, Failure::Unreachable))
        Q_EMIT destinationChanged(index); // the same words, a new try: said again
}

bool Broadcast::startDestination(int index, QString* error)
{
    if (index < 0 || index >= m_destinations.size()) {
        *error = tr("There is no such destination.");
        return false;
    }
    if (m_state == State::Stopping) {
        *error = tr("The live is stopping.");
        return false;
    }
    const DestinationState state = m_destinations[index].state;
    if (state != DestinationState::Idle && state != DestinationState::Failed)
        return true; // already on its way
    if (m_state == State::Offline) {
        for (int i = 0; i < m_destinations.size(); ++i) {
            m_destinations[i].reconnects = 0;
            m_slots[i] = std::make_unique<Slot>(m_reconnect); // a fresh policy; old key reads are ignored
            if (i != index)
                setDestinationState(i, DestinationState::Idle);
        }
        setState(State::Starting);
    }
    m_destinations[index].reconnects = 0;
    m_slots[index]->reconnects = 0;
    beginDestination(index);
    updateState();
    if (m_destinations[index].state == DestinationState::Failed) {
        *error = tr("“%1”: %2").arg(m_destinations[index].destination.name, m_destinations[index].error);
        return false;
    }
    return true;
}

void Broadcast::stopDestination(int index)
{
    if (index < 0 || index >= m_destinations.size())
        return;
    Slot& slot = *m_slots[index];
    ++slot.generation;
    slot.retryTimer.stop();
    slot.reconnectAfterStop = false;
    if (slot.output && slot.output->state() != OutputController::State::Idle) {
        slot.stopRequested = true;
        slot.output->stop(); // Idle when it reports its stop
        return;
    }
    releaseStream(index);
    slot.key.clear();
    setDestinationState(index, DestinationState::Idle);
    updateState();
}

void Broadcast::reconnectNow(int index)
{
    if (index < 0 || index >= m_destinations.size() || m_state == State::Stopping)
        return;
    Slot& slot = *m_slots[index];
    switch (m_destinations[index].state) {
    case DestinationState::Reconnecting:
        if (!slot.output && !slot.key.isEmpty()) {
            slot.retryTimer.stop();
            connectDestination(index);
        }
        return;
    case DestinationState::Live:
        if (slot.output) {
            slot.reconnectAfterStop = true;
            slot.output->stop();
        }
        return;
    case DestinationState::Idle:
    case DestinationState::Failed: {
        QString error;
        if (isActive())
            (void)startDestination(index, &error); // a failure shows in the destination's state
        return;
    }
    case DestinationState::ReadingKey:
    case DestinationState::Connecting:
        return; // a try is under way
    }
}

void Broadcast::stopLive()
{
    if (m_state == State::Offline || m_state == State::Stopping)
        return;
    setState(State::Stopping);
    for (int i = 0; i < static_cast<int>(m_slots.size()); ++i) {
        Slot& slot = *m_slots[i];
        ++slot.generation; // keys being read and retries waited for are no longer wanted
        slot.retryTimer.stop();
        slot.reconnectAfterStop = false;
        OutputController* output = slot.output;
        if (!output) {
            if (m_destinations[i].state != DestinationState::Failed)
                setDestinationState(i, DestinationState::Idle);
            continue;
        }
        slot.stopRequested = true;
        if (output->state() == OutputController::State::Idle)
            releaseStream(i);
        else
            output->stop();
    }
    m_stopTimer.start(kStopTimeoutMs);
    updateState();
}

void Broadcast::updateState()
{
    int onAir = 0;
    int pending = 0;
    int outputs = 0;
    for (int i = 0; i < m_destinations.size(); ++i) {
        onAir += isOnAir(m_destinations[i].state) ? 1 : 0;
        pending += isPending(m_destinations[i].state) ? 1 : 0;
        outputs += m_slots[i]->output ? 1 : 0;
    }
    switch (m_state) {
    case State::Offline:
        return;
    case State::Stopping:
        if (outputs == 0)
            finishStopping();
        return;
    case State::Starting:
    case State::Live:
        if (onAir > 0)
            setState(State::Live);
        else if (pending > 0)
            setState(State::Starting);
        else
            finishStopping(); // every destination failed or ended: the live is over
        return;
    }
}

void Broadcast::finishStopping()
{
    m_stopTimer.stop();
    for (int i = 0; i < m_destinations.size(); ++i) {
        Slot& slot = *m_slots[i];
        slot.retryTimer.stop();
        slot.key.clear();
        if (slot.output) // forcibly stopped by the timer
            releaseStream(i);
        if (m_destinations[i].state != DestinationState::Failed &&
            m_destinations[i].state != DestinationState::Idle)
            setDestinationState(i, DestinationState::Idle);
    }
    if (m_liveClock.isValid()) {
        if (m_log)
            m_log->markLiveStopped();
        m_liveClock.invalidate();
    }
    releaseOwnEncoders();
    setState(State::Offline);
}

void Broadcast::releaseStream(int index)
{
    Slot& slot = *m_slots[index];
    if (OutputController* output = slot.output) {
        const OutputStats stats = output->stats();
        addStats(&m_finished, stats);
        addStats(&slot.finished, stats);
        output->disconnect(this);
        output->deleteLater();
    }
    slot.output = nullptr;
}

bool Broadcast::setDestinationState(int index, DestinationState state, const QString& error, Failure failure)
{
    DestinationStatus& status = m_destinations[index];
    if (state == DestinationState::Live || state == DestinationState::Idle)
        status.attempt = 0;
    if (status.state == state && status.error == error && status.failure == failure)
        return false;
    const DestinationState previous = status.state;
    status.state = state;
    status.error = error;
    status.failure = failure;
    logDestination(status, previous);
    Q_EMIT destinationChanged(index);
    return true;
}

void Broadcast::logDestination(const DestinationStatus& status, DestinationState previous)
{
    // What figures per platform read: when each destination was on air, lost, back, given up.
    if (!m_log || status.state == previous)
        return;
    QString state;
    switch (status.state) {
    case DestinationState::Live:
        state = QStringLiteral("live");
        break;
    case DestinationState::Reconnecting:
        if (previous == DestinationState::Reconnecting)
            return;
        state = QStringLiteral("reconnecting");
        break;
    case DestinationState::Failed:
        state = QStringLiteral("failed");
        break;
    case DestinationState::Idle:
        if (previous != DestinationState::Live && previous != DestinationState::Reconnecting)
            return;
        state = QStringLiteral("stopped");
        break;
    default:
        return;
    }
    QJsonObject data{{QStringLiteral("name"), status.destination.name},
                     {QStringLiteral("platform"), status.destination.platform},
                     {QStringLiteral("state"), state},
                     {QStringLiteral("reconnects"), status.reconnects}};
    if (status.failure != Failure::None)
        data.insert(QStringLiteral("reason"), QString::fromLatin1(QMetaEnum::fromType<Failure>().valueToKey(
                                                  static_cast<int>(status.failure))));
    m_log->append(EventType::DestinationState, data);
}

void Broadcast::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

bool Broadcast::startRecording(const QString& path, QString* error)
{
    if (m_recording) {
        *error = tr("A recording is already running.");
        return false;
    }
    OutputController* recording = OutputController::createRecording(path, m_encoders, this);
    m_recordingStarted = false;
    connect(recording, &OutputController::started, this, [this, path] {
        m_recordingStarted = true;
        if (m_log)
            m_log->markRecordingStarted(path);
        Q_EMIT recordingStarted();
    });
    connect(recording, &OutputController::stopped, this, [this, recording](int code, const QString& message) {
        if (m_log && m_recordingStarted)
            m_log->markRecordingStopped();
        m_recordingStarted = false;
        addStats(&m_finished, recording->stats());
        recording->deleteLater();
        m_recording = nullptr;
        m_recordingClock.invalidate();
        Q_EMIT recordingChanged(false);
        if (code != 0)
            Q_EMIT recordingFailed(message);
    });
    if (!recording->start(error)) {
        delete recording;
        return false;
    }
    m_recording = recording;
    m_recordingPath = path;
    m_recordingClock.start();
    Q_EMIT recordingChanged(true);
    return true;
}

void Broadcast::stopRecording()
{
    if (m_recording)
        m_recording->stop();
}

bool Broadcast::startVerticalRecording(const QString& path, QString* error)
{
    if (!m_verticalEncoders) {
        *error = tr("The vertical 9:16 canvas is not on.");
        return false;
    }
    if (m_verticalRecording) {
        *error = tr("A vertical recording is already running.");
        return false;
    }
    OutputController* recording = OutputController::createRecording(path, *m_verticalEncoders, this);
    m_verticalRecordingStarted = false;
    // Logged as the main recording is, so its 9:16 clips find the file and its start against the main one.
    connect(recording, &OutputController::started, this, [this, path] {
        m_verticalRecordingStarted = true;
        if (m_log)
            m_log->append(EventType::VerticalRecordingStart, {{QStringLiteral("path"), path}});
        Q_EMIT verticalRecordingStarted();
    });
    connect(recording, &OutputController::stopped, this, [this, recording](int code, const QString& message) {
        if (m_log && m_verticalRecordingStarted)
            m_log->append(EventType::VerticalRecordingStop);
        m_verticalRecordingStarted = false;
        addStats(&m_finished, recording->stats());
        recording->deleteLater();
        m_verticalRecording = nullptr;
        Q_EMIT verticalRecordingChanged(false);
        if (code != 0)
            Q_EMIT verticalRecordingFailed(message);
    });
    if (!recording->start(error)) {
        delete recording;
        return false;
    }
    m_verticalRecording = recording;
    Q_EMIT verticalRecordingChanged(true);
    return true;
}

void Broadcast::stopVerticalRecording()
{
    if (m_verticalRecording)
        m_verticalRecording->stop();
}

QList<const OutputController*> Broadcast::outputs() const
{
    QList<const OutputController*> outputs;
    for (const std::unique_ptr<Slot>& slot : m_slots) {
        if (slot->output)
            outputs << slot->output.data();
    }
    if (m_recording)
        outputs << m_recording.data();
    if (m_verticalRecording)
        outputs << m_verticalRecording.data();
    return outputs;
}

OutputStats Broadcast::totals() const
{
    OutputStats totals = m_finished;
    for (const OutputController* output : outputs())
        addStats(&totals, output->stats());
    return totals;
}

const OutputController* Broadcast::streamOutput(int index) const
{
    return index >= 0 && index < static_cast<int>(m_slots.size()) ? m_slots[index]->output.data() : nullptr;
}

} // namespace vitrine
