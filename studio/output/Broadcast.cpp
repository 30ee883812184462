#include "output/Broadcast.h"

#include "output/EncoderSet.h"
#include "output/KeyStore.h"
#include "output/RtmpService.h"
#include "output/ServiceCatalog.h"
#include "show/EventLog.h"

#include <QJsonObject>
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

Broadcast::Broadcast(const EncoderSet& encoders, KeyStore* keys, EventLog* log, QObject* parent)
    : QObject(parent), m_encoders(encoders), m_keys(keys), m_log(log)
{
    m_stopTimer.setSingleShot(true);
    connect(&m_stopTimer, &QTimer::timeout, this, [this] {
        // An output that does not stop in time (a server that stopped answering) is stopped forcibly.
        for (int i = 0; i < m_slots.size(); ++i)
            delete m_slots[i].output;
        finishStopping();
    });
}

Broadcast::~Broadcast()
{
    // Outputs stop (forcibly) before the encoders they share go away.
    for (Slot& slot : m_slots)
        delete slot.output;
    delete m_recording;
    if (m_log && m_liveClock.isValid())
        m_log->markLiveStopped();
}

void Broadcast::setDestinations(const QList<Destination>& destinations)
{
    if (isActive())
        return; // the live's destinations are fixed until it stops
    m_destinations.clear();
    for (const Destination& destination : destinations)
        m_destinations.append({destination, DestinationState::Idle, QString()});
    m_slots = QList<Slot>(m_destinations.size());
}

QStringList Broadcast::serviceWarnings() const
{
    QStringList warnings;
    for (const DestinationStatus& status : m_destinations)
        if (status.destination.enabled)
            warnings << ServiceCatalog::installed().limitWarnings(status.destination, m_encoders.settings());
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
    const quint64 generation = ++m_generation;
    setState(State::Starting);
    for (int i = 0; i < m_destinations.size(); ++i) {
        const Destination& destination = m_destinations[i].destination;
        m_slots[i].generation = generation;
        if (!destination.enabled) {
            setDestinationState(i, DestinationState::Idle);
            continue;
        }
        const QUrl server(destination.server, QUrl::StrictMode);
        const QString scheme = server.scheme().toLower();
        if (!server.isValid() || server.host().isEmpty() || (scheme != u"rtmp" && scheme != u"rtmps")) {
            setDestinationState(i, DestinationState::Failed,
                                tr("the server address “%1” is not an rtmp:// or rtmps:// URL")
                                    .arg(redactStreamUrl(destination.server)));
            continue;
        }
        if (destination.keyRef.isEmpty()) {
            setDestinationState(i, DestinationState::Failed, tr("no stream key is set for this destination"));
            continue;
        }
        if (!m_keys) {
            setDestinationState(i, DestinationState::Failed, tr("no keychain to read the stream key from"));
            continue;
        }
        setDestinationState(i, DestinationState::ReadingKey);
        QPointer<Broadcast> self(this);
        m_keys->readKey(destination.keyRef,
                        [self, i, generation](const QString& key, const QString& keyError) {
                            if (self)
                                self->onKeyRead(i, generation, key, keyError);
                        });
    }
    updateState();
    if (m_state == State::Offline) {
        *error = failureSummary();
        return false;
    }
    return true;
}

QString Broadcast::failureSummary() const
{
    QStringList failures;
    for (const DestinationStatus& status : m_destinations)
        if (status.state == DestinationState::Failed)
            failures << tr("“%1”: %2").arg(status.destination.name, status.error);
    return tr("No destination could start:\n%1").arg(failures.join(u'\n'));
}

void Broadcast::onKeyRead(int index, quint64 generation, const QString& key, const QString& error)
{
    if (generation != m_generation || index >= m_destinations.size() ||
        m_destinations[index].state != DestinationState::ReadingKey)
        return; // the live was stopped (or restarted) while the keychain answered
    if (!error.isEmpty() || key.isEmpty()) {
        setDestinationState(index, DestinationState::Failed,
                            error.isEmpty() ? tr("the stored stream key is empty") : error);
        updateState();
        return;
    }
    connectDestination(index, key);
    updateState();
}

void Broadcast::connectDestination(int index, const QString& key)
{
    const Destination& destination = m_destinations[index].destination;
    OutputController* output = OutputController::createStream(destination.server, key, m_encoders, this);
    connect(output, &OutputController::started, this, [this, index] { onStreamStarted(index); });
    connect(output, &OutputController::reconnecting, this,
            [this, index] { setDestinationState(index, DestinationState::Reconnecting); });
    connect(output, &OutputController::stopped, this,
            [this, index](int code, const QString& message) { onStreamStopped(index, code, message); });
    m_slots[index].output = output;
    QString error;
    if (!output->start(&error)) {
        releaseStream(index);
        setDestinationState(index, DestinationState::Failed, error);
        return;
    }
    setDestinationState(index, DestinationState::Connecting);
}

void Broadcast::onStreamStarted(int index)
{
    setDestinationState(index, DestinationState::Live);
    if (!m_liveClock.isValid()) {
        m_liveClock.start();
        if (m_log)
            m_log->markLiveStarted();
    }
    updateState();
}

void Broadcast::onStreamStopped(int index, int code, const QString& message)
{
    releaseStream(index);
    if (code != 0)
        setDestinationState(index, DestinationState::Failed, message);
    else
        setDestinationState(index, DestinationState::Idle);
    updateState();
}

void Broadcast::stopLive()
{
    if (m_state == State::Offline || m_state == State::Stopping)
        return;
    ++m_generation; // keys still being read are no longer wanted
    setState(State::Stopping);
    for (int i = 0; i < m_slots.size(); ++i) {
        if (m_destinations[i].state == DestinationState::ReadingKey)
            setDestinationState(i, DestinationState::Idle);
        OutputController* output = m_slots[i].output;
        if (!output)
            continue;
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
        outputs += m_slots[i].output ? 1 : 0;
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
        if (m_destinations[i].state != DestinationState::Failed &&
            m_destinations[i].state != DestinationState::Idle)
            setDestinationState(i, DestinationState::Idle);
    }
    if (m_liveClock.isValid()) {
        if (m_log)
            m_log->markLiveStopped();
        m_liveClock.invalidate();
    }
    setState(State::Offline);
}

void Broadcast::releaseStream(int index)
{
    if (OutputController* output = m_slots[index].output) {
        addStats(&m_finished, output->stats());
        output->disconnect(this);
        output->deleteLater();
    }
    m_slots[index].output = nullptr;
}

void Broadcast::setDestinationState(int index, DestinationState state, const QString& error)
{
    DestinationStatus& status = m_destinations[index];
    if (status.state == state && status.error == error)
        return;
    status.state = state;
    status.error = error;
    Q_EMIT destinationChanged(index);
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
    connect(recording, &OutputController::started, this, [this] {
        m_recordingStarted = true;
        if (m_log)
            m_log->markRecordingStarted();
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

QList<const OutputController*> Broadcast::outputs() const
{
    QList<const OutputController*> outputs;
    for (const Slot& slot : m_slots) {
        if (slot.output)
            outputs << slot.output.data();
    }
    if (m_recording)
        outputs << m_recording.data();
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
    return index >= 0 && index < m_slots.size() ? m_slots[index].output.data() : nullptr;
}

} // namespace vitrine
