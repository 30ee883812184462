#pragma once

#include "base/VideoSettings.h"
#include "output/OutputController.h"
#include "output/ReconnectPolicy.h"
#include "show/Destination.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <memory>
#include <vector>

namespace vitrine {

class EncoderSet;
class EventLog;
class KeyStore;

// The live: one stream output per enabled destination of the show, all sharing the session's encoders, plus
// the recording. Keys are read from the KeyStore when a destination starts, never from the show. A
// destination that fails (key missing, server unreachable, refused) is reported on its own and does not stop
// the others; one that loses its ingest while on air comes back by itself (ReconnectPolicy) until the retry
// limit. Each destination can be started, stopped or reconnected on its own while the live runs. live.start /
// live.stop and recording.start / recording.stop go to the show's EventLog.
class Broadcast : public QObject {
    Q_OBJECT
public:
    enum class State { Offline, Starting, Live, Stopping };
    Q_ENUM(State)
    enum class DestinationState { Idle, ReadingKey, Connecting, Live, Reconnecting, Failed };
    Q_ENUM(DestinationState)

    // Why a destination ended Failed (or is Reconnecting: what it lost).
    enum class Failure { None, NoKey, BadAddress, Unreachable, KeyRejected, GaveUp, Other };
    Q_ENUM(Failure)

    struct DestinationStatus {
        Destination destination;
        DestinationState state = DestinationState::Idle; // Idle: stopped (or not started)
        QString error; // why it failed or is reconnecting, for people; never holds the key
        Failure failure = Failure::None;
        int reconnects = 0;   // times it lost the ingest and came back, this live
        int attempt = 0;      // Reconnecting: the try under way or waited for (1, 2…)
        qint64 retryInMs = 0; // Reconnecting: until the next try; 0 while a try runs
        qint64 liveMs = 0;    // on air since (this connection); 0 when not on air
        // What it streams with: its canvas's encoders, or an encoder of its own when its service takes less
        // (set when it connects).
        EncoderSettings encoding;
        bool ownEncoder = false;
    };

    // keys and log may be null (no keychain: every destination needs its key; no log: nothing recorded).
    Broadcast(const EncoderSet& encoders, KeyStore* keys, EventLog* log, QObject* parent = nullptr);
    ~Broadcast() override;

    // Off air: the destinations of the next live. On air: a destination of the same keyRef is kept running
    // (restarted when its server changed, stopped when it is now disabled); a new enabled one starts; one
    // that is gone stops.
    void setDestinations(const QList<Destination>& destinations);
    // The vertical canvas's encoders, which destinations marked vertical stream (null: no vertical canvas,
    // and such a destination fails when the live starts). Outlive the outputs using them; not changed while
    // active.
    void setVerticalEncoders(const EncoderSet* vertical) { m_verticalEncoders = vertical; }
    bool hasVerticalEncoders() const { return m_verticalEncoders != nullptr; }
    // Another key store (tests and benchmarks); takes effect at the next start.
    void setKeyStore(KeyStore* keys) { m_keys = keys; }
    void setReconnectSettings(const ReconnectSettings& settings) { m_reconnect = settings; }
    const ReconnectSettings& reconnectSettings() const { return m_reconnect; }
    QList<DestinationStatus> destinations() const;
    // Bytes sent and frames dropped by destination index this live, over its reconnections.
    OutputStats destinationStats(int index) const;
    // Reconnections of every destination this live.
    int totalReconnects() const;

    State state() const { return m_state; }
    bool isLive() const { return m_state == State::Live; }
    bool isActive() const { return m_state != State::Offline; }
    // Milliseconds since the first destination went live; 0 when not live.
    qint64 liveElapsedMs() const { return m_liveClock.isValid() ? m_liveClock.elapsed() : 0; }

    const EncoderSettings& encoderSettings() const;
    // The enabled destinations whose service takes less than their canvas's encoders make (bitrate, keyframe
    // interval), each with what it gets instead: an encoder of its own, which costs CPU.
    QStringList serviceWarnings() const;
    // Starts every enabled destination. Returns false with a message when nothing can start at all.
    [[nodiscard]] bool startLive(QString* error);
    // Each failed destination by its name with its error ("“YouTube”: no stream key is stored…"), for a live
    // that could not start.
    QString failureSummary() const;
    void stopLive();

    // One destination on its own. Starting one when off air goes live with it alone. Stopping the last one on
    // air ends the live. Reconnect now: a destination waiting for its next try tries at once; one on air
    // drops its connection and makes a new one; a failed or stopped one starts again.
    [[nodiscard]] bool startDestination(int index, QString* error);
    void stopDestination(int index);
    void reconnectNow(int index);

    [[nodiscard]] bool startRecording(const QString& path, QString* error);
    void stopRecording();
    bool isRecording() const { return m_recording != nullptr; }
    QString recordingPath() const { return m_recordingPath; }
    // Milliseconds since the running recording was asked for; 0 when none runs.
    qint64 recordingElapsedMs() const
    {
        return m_recording && m_recordingClock.isValid() ? m_recordingClock.elapsed() : 0;
    }

    // The vertical canvas's recording, beside the landscape one (setVerticalEncoders first).
    [[nodiscard]] bool startVerticalRecording(const QString& path, QString* error);
    void stopVerticalRecording();
    bool isVerticalRecording() const { return m_verticalRecording != nullptr; }

    // The outputs running now (streams, then the recordings), for figures.
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
    // Destinations were added, removed or reordered: indexes changed.
    void destinationsReset();
    void recordingChanged(bool recording);
    // The recording's first frames are being written (recordingChanged(true) comes when it is asked for).
    void recordingStarted();
    // A recording that stopped on its own with an error.
    void recordingFailed(const QString& message);
    // The same for the vertical recording.
    void verticalRecordingChanged(bool recording);
    void verticalRecordingStarted();
    void verticalRecordingFailed(const QString& message);

private:
    struct Slot;

    int indexOf(const Slot* slot) const;
    void beginDestination(int index);
    void onKeyRead(Slot* slot, quint64 generation, const QString& key, const QString& error);
    void connectDestination(int index);
    void onStreamStarted(Slot* slot);
    void onStreamStopped(Slot* slot, int code, const QString& message);
    void retryLater(int index, int delayMs, const QString& reason);
    // Returns whether anything changed (and was signalled).
    bool setDestinationState(int index, DestinationState state, const QString& error = QString(),
                             Failure failure = Failure::None);
    void logDestination(const DestinationStatus& status, DestinationState previous);
    void updateState();
    void setState(State state);
    void finishStopping();
    void releaseStream(int index);
    void dropDestination(int index);
    // The canvas's encoders for a destination (null: its canvas is off).
    const EncoderSet* canvasEncodersFor(const Destination& destination) const;
    // What it streams with: its canvas's encoders, or (made on first use, shared by destinations that need
    // the same) encoders fitted to its service. Null with error when they cannot be made.
    const EncoderSet* encodersFor(const Destination& destination, QString* error);
    // Encoders of their own go when the live ends (they read the canvases' video, which may be reset then).
    void releaseOwnEncoders();

    const EncoderSet& m_encoders;
    const EncoderSet* m_verticalEncoders = nullptr;
    KeyStore* m_keys;
    EventLog* m_log;
    ReconnectSettings m_reconnect;
    QList<DestinationStatus> m_destinations;
    std::vector<std::unique_ptr<Slot>> m_slots; // one per destination, same index

    State m_state = State::Offline;
    QElapsedTimer m_liveClock;
    QTimer m_stopTimer;
    QPointer<OutputController> m_recording;
    QString m_recordingPath;
    QElapsedTimer m_recordingClock;
    bool m_recordingStarted = false;
    QPointer<OutputController> m_verticalRecording;
    bool m_verticalRecordingStarted = false; // its start is logged: its stop will be
    OutputStats m_finished;                  // of outputs already released
    std::vector<std::unique_ptr<EncoderSet>> m_ownEncoders;
};

} // namespace vitrine
