#pragma once

#include "output/OutputController.h"
#include "show/Destination.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

namespace vitrine {

class EncoderSet;
class EventLog;
class KeyStore;

// The live: one stream output per enabled destination of the show, all sharing the session's encoders, plus
// the recording. Keys are read from the KeyStore when the live starts, never from the show. A destination
// that fails (key missing, server unreachable, refused) is reported on its own and does not stop the others.
// live.start / live.stop and recording.start / recording.stop go to the show's EventLog.
class Broadcast : public QObject {
    Q_OBJECT
public:
    enum class State { Offline, Starting, Live, Stopping };
    Q_ENUM(State)
    enum class DestinationState { Idle, ReadingKey, Connecting, Live, Reconnecting, Failed };
    Q_ENUM(DestinationState)

    struct DestinationStatus {
        Destination destination;
        DestinationState state = DestinationState::Idle;
        QString error; // why it failed, for people; never holds the key
    };

    // keys and log may be null (no keychain: every destination needs its key; no log: nothing recorded).
    Broadcast(const EncoderSet& encoders, KeyStore* keys, EventLog* log, QObject* parent = nullptr);
    ~Broadcast() override;

    void setDestinations(const QList<Destination>& destinations);
    // Another key store (tests and benchmarks); takes effect at the next start.
    void setKeyStore(KeyStore* keys) { m_keys = keys; }
    QList<DestinationStatus> destinations() const { return m_destinations; }

    State state() const { return m_state; }
    bool isLive() const { return m_state == State::Live; }
    bool isActive() const { return m_state != State::Offline; }
    // Milliseconds since the first destination went live; 0 when not live.
    qint64 liveElapsedMs() const { return m_liveClock.isValid() ? m_liveClock.elapsed() : 0; }

    // What the enabled destinations' services say against the encoders (bitrate, keyframe interval): the live
    // still starts, but a platform may refuse or re-encode the stream.
    QStringList serviceWarnings() const;
    // Starts every enabled destination. Returns false with a message when nothing can start at all.
    [[nodiscard]] bool startLive(QString* error);
    // Each failed destination by its name with its error ("“YouTube”: no stream key is stored…"), for a live
    // that could not start.
    QString failureSummary() const;
    void stopLive();

    [[nodiscard]] bool startRecording(const QString& path, QString* error);
    void stopRecording();
    bool isRecording() const { return m_recording != nullptr; }
    QString recordingPath() const { return m_recordingPath; }
    // Milliseconds since the running recording was asked for; 0 when none runs.
    qint64 recordingElapsedMs() const
    {
        return m_recording && m_recordingClock.isValid() ? m_recordingClock.elapsed() : 0;
    }

    // The outputs running now (streams, then the recording), for figures.
    QList<const OutputController*> outputs() const;
    // Bytes sent and frames dropped by every output since this Broadcast was made, stopped ones included.
    OutputStats totals() const;
    // The stream output of destination index, or null.
    const OutputController* streamOutput(int index) const;

    // How long stopping may take before outputs are stopped forcibly.
    static constexpr int kStopTimeoutMs = 15000;

Q_SIGNALS:
    void stateChanged(vitrine::Broadcast::State state);
    void destinationChanged(int index);
    void recordingChanged(bool recording);
    // The recording's first frames are being written (recordingChanged(true) comes when it is asked for).
    void recordingStarted();
    // A recording that stopped on its own with an error.
    void recordingFailed(const QString& message);

private:
    struct Slot {
        QPointer<OutputController> output;
        quint64 generation = 0; // a key read for an older start is ignored
    };

    void onKeyRead(int index, quint64 generation, const QString& key, const QString& error);
    void connectDestination(int index, const QString& key);
    void onStreamStarted(int index);
    void onStreamStopped(int index, int code, const QString& message);
    void setDestinationState(int index, DestinationState state, const QString& error = QString());
    void updateState();
    void setState(State state);
    void finishStopping();
    void releaseStream(int index);

    const EncoderSet& m_encoders;
    KeyStore* m_keys;
    EventLog* m_log;
    QList<DestinationStatus> m_destinations;
    QList<Slot> m_slots;
    quint64 m_generation = 0;
    State m_state = State::Offline;
    QElapsedTimer m_liveClock;
    QTimer m_stopTimer;
    QPointer<OutputController> m_recording;
    QString m_recordingPath;
    QElapsedTimer m_recordingClock;
    bool m_recordingStarted = false;
    OutputStats m_finished; // of outputs already released
};

} // namespace vitrine
