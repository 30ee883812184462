#pragma once

#include "engine/ObsHandles.h"

#include <QObject>
#include <QString>

#include <cstdint>

namespace vitrine {

class EncoderSet;

struct OutputStats {
    std::uint64_t bytesSent = 0;
    int framesDropped = 0;
    int totalFrames = 0;
    double congestion = 0.0; // 0 (none) to 1 (the network cannot keep up), as libobs measures it
};

// One libobs output (stream or recording) with its start/stop reported as Qt signals on the owner's thread.
class OutputController : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Starting, Active, Reconnecting, Stopping };
    Q_ENUM(State)

    // A stream to server/key through Vitrine's RTMP service.
    static OutputController* createStream(const QString& server, const QString& key,
                                          const EncoderSet& encoders, QObject* parent);
    // A local recording (MKV, MP4, FLV... from the extension) through ffmpeg_muxer.
    static OutputController* createRecording(const QString& path, const EncoderSet& encoders,
                                             QObject* parent);

    ~OutputController() override;

    QString label() const { return m_label; }
    State state() const { return m_state; }
    OutputStats stats() const;

    // Returns false with a message when libobs refuses to start at once; later failures come as stopped().
    [[nodiscard]] bool start(QString* error);
    void stop();

Q_SIGNALS:
    void started();
    void reconnecting();
    // code is libobs's OBS_OUTPUT_* code; message is empty on a clean stop.
    void stopped(int code, const QString& message);

private:
    OutputController(QString label, QObject* parent);
    void attach(OBSOutputAutoRelease output, const EncoderSet& encoders);
    void onObsStarted();
    void onObsReconnecting();
    void onObsStopped(int code, const QString& lastError);

    static void obsStartTrampoline(void* data, calldata_t* params);
    static void obsReconnectTrampoline(void* data, calldata_t* params);
    static void obsStopTrampoline(void* data, calldata_t* params);

    QString m_label;
    OBSServiceAutoRelease m_service;
    OBSOutputAutoRelease m_output;
    OBSSignal m_startSignal;
    OBSSignal m_reconnectSignal;
    OBSSignal m_stopSignal;
    State m_state = State::Idle;
};

QString describeOutputStopCode(int code);

} // namespace vitrine
