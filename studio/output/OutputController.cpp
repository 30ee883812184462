#include "output/OutputController.h"

#include "output/EncoderSet.h"
#include "output/RtmpService.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace vitrine {

QString describeOutputStopCode(int code)
{
    switch (code) {
    case OBS_OUTPUT_SUCCESS:
        return QString();
    case OBS_OUTPUT_BAD_PATH:
        return QCoreApplication::translate("vitrine::OutputController", "invalid address or path");
    case OBS_OUTPUT_CONNECT_FAILED:
        return QCoreApplication::translate("vitrine::OutputController", "could not connect to the server");
    case OBS_OUTPUT_INVALID_STREAM:
        return QCoreApplication::translate("vitrine::OutputController",
                                           "the server refused the stream key or application");
    case OBS_OUTPUT_DISCONNECTED:
        return QCoreApplication::translate("vitrine::OutputController",
                                           "the connection to the server was lost");
    case OBS_OUTPUT_UNSUPPORTED:
        return QCoreApplication::translate("vitrine::OutputController",
                                           "the format is not supported by the output");
    case OBS_OUTPUT_NO_SPACE:
        return QCoreApplication::translate("vitrine::OutputController", "the disk is full");
    case OBS_OUTPUT_ENCODE_ERROR:
        return QCoreApplication::translate("vitrine::OutputController", "an encoder failed");
    default:
        return QCoreApplication::translate("vitrine::OutputController", "the output failed");
    }
}

OutputController::OutputController(QString label, QObject* parent)
    : QObject(parent), m_label(std::move(label))
{
}

OutputController::~OutputController()
{
    // Disconnect first so no libobs thread calls back into a half-destroyed object.
    m_startSignal.Disconnect();
    m_reconnectSignal.Disconnect();
    m_stopSignal.Disconnect();
    if (m_output && obs_output_active(m_output))
        obs_output_force_stop(m_output);
}

OutputController* OutputController::createStream(const QString& server, const QString& key,
                                                 const EncoderSet& encoders, QObject* parent)
{
    auto* controller = new OutputController(
        QCoreApplication::translate("vitrine::OutputController", "Stream to %1").arg(server), parent);
    OBSDataAutoRelease serviceSettings = obs_data_create();
    obs_data_set_string(serviceSettings, "server", server.toUtf8().constData());
    obs_data_set_string(serviceSettings, "key", key.toUtf8().constData());
    ensureRtmpServiceKind();
    controller->m_service =
        obs_service_create(kRtmpServiceId, "vitrine-stream-service", serviceSettings, nullptr);

    OBSDataAutoRelease outputSettings = obs_data_create();
    OBSOutputAutoRelease output = obs_output_create("rtmp_output", "vitrine-stream", outputSettings, nullptr);
    if (output && controller->m_service)
        obs_output_set_service(output, controller->m_service);
    controller->attach(std::move(output), encoders);
    // No reconnecting inside libobs: Broadcast's ReconnectPolicy decides, per destination, and says so.
    if (controller->m_output)
        obs_output_set_reconnect_settings(controller->m_output, 0, 0);
    return controller;
}

OutputController* OutputController::createRecording(const QString& path, const EncoderSet& encoders,
                                                    QObject* parent)
{
    auto* controller =
        new OutputController(QCoreApplication::translate("vitrine::OutputController", "Recording to %1")
                                 .arg(QFileInfo(path).fileName()),
                             parent);
    OBSDataAutoRelease settings = obs_data_create();
    obs_data_set_string(settings, "path", path.toUtf8().constData());
    OBSOutputAutoRelease output = obs_output_create("ffmpeg_muxer", "vitrine-recording", settings, nullptr);
    controller->attach(std::move(output), encoders);
    return controller;
}

void OutputController::attach(OBSOutputAutoRelease output, const EncoderSet& encoders)
{
    // Without an output (module missing), start() says so; there is nothing to wire here.
    if (!output)
        return;
    m_output = std::move(output);
    obs_output_set_video_encoder(m_output, encoders.video());
    obs_output_set_audio_encoder(m_output, encoders.audio(), 0);
    signal_handler_t* handler = obs_output_get_signal_handler(m_output);
    m_startSignal.Connect(handler, "start", obsStartTrampoline, this);
    m_reconnectSignal.Connect(handler, "reconnect", obsReconnectTrampoline, this);
    m_stopSignal.Connect(handler, "stop", obsStopTrampoline, this);
}

OutputStats OutputController::stats() const
{
    OutputStats stats;
    if (m_output) {
        stats.bytesSent = obs_output_get_total_bytes(m_output);
        stats.framesDropped = obs_output_get_frames_dropped(m_output);
        stats.totalFrames = obs_output_get_total_frames(m_output);
        stats.congestion = obs_output_get_congestion(m_output);
    }
    return stats;
}

bool OutputController::start(QString* error)
{
    if (!m_output) {
        *error =
            QCoreApplication::translate("vitrine::OutputController", "%1: libobs could not create the output")
                .arg(m_label);
        return false;
    }
    m_state = State::Starting;
    if (!obs_output_start(m_output)) {
        m_state = State::Idle;
        const char* lastError = obs_output_get_last_error(m_output);
        *error = QCoreApplication::translate("vitrine::OutputController", "%1 could not start: %2")
                     .arg(m_label, lastError && *lastError
                                       ? QString::fromUtf8(lastError)
                                       : QCoreApplication::translate("vitrine::OutputController",
                                                                     "check the address and the encoders"));
        return false;
    }
    return true;
}

void OutputController::stop()
{
    if (!m_output || m_state == State::Idle)
        return;
    m_state = State::Stopping;
    obs_output_stop(m_output);
}

// The trampolines run on libobs output threads: copy plain values and post to the owner's thread.
void OutputController::obsStartTrampoline(void* data, calldata_t*)
{
    QMetaObject::invokeMethod(static_cast<OutputController*>(data), &OutputController::onObsStarted,
                              Qt::QueuedConnection);
}

void OutputController::obsReconnectTrampoline(void* data, calldata_t*)
{
    QMetaObject::invokeMethod(static_cast<OutputController*>(data), &OutputController::onObsReconnecting,
                              Qt::QueuedConnection);
}

void OutputController::obsStopTrampoline(void* data, calldata_t* params)
{
    auto* self = static_cast<OutputController*>(data);
    const int code = static_cast<int>(calldata_int(params, "code"));
    const char* lastError = calldata_string(params, "last_error");
    QString message = lastError ? QString::fromUtf8(lastError) : QString();
    QMetaObject::invokeMethod(
        self, [self, code, message] { self->onObsStopped(code, message); }, Qt::QueuedConnection);
}

void OutputController::onObsStarted()
{
    m_state = State::Active;
    Q_EMIT started();
}

void OutputController::onObsReconnecting()
{
    m_state = State::Reconnecting;
    Q_EMIT reconnecting();
}

void OutputController::onObsStopped(int code, const QString& lastError)
{
    m_state = State::Idle;
    QString message = describeOutputStopCode(code);
    if (!message.isEmpty() && !lastError.isEmpty())
        message += QStringLiteral(" (") + lastError + u')';
    Q_EMIT stopped(code, message);
}

} // namespace vitrine
