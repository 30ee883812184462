#include "output/EncoderSet.h"

#include <QCoreApplication>

namespace vitrine {

bool EncoderSet::create(const EncoderSettings& settings, QString* error)
{
    return createOn(obs_get_video(), nullptr, settings, error);
}

bool EncoderSet::createOn(video_t* video, obs_encoder_t* audio, const EncoderSettings& settings,
                          QString* error)
{
    release();
    m_settings = settings;
    OBSDataAutoRelease videoSettings = obs_data_create();
    obs_data_set_string(videoSettings, "rate_control", "CBR");
    obs_data_set_int(videoSettings, "bitrate", settings.videoBitrateKbps);
    obs_data_set_int(videoSettings, "keyint_sec", settings.keyframeIntervalSeconds);
    obs_data_set_string(videoSettings, "preset", settings.x264Preset.toUtf8().constData());
    obs_data_set_string(videoSettings, "profile", "main");
    // A keyframe exactly every keyint_sec, as ingest servers ask (YouTube, Facebook: every 2 s) and as clips
    // cut at keyframes expect: no extra keyframes at x264's scene cuts (an overlay sliding in, noisy video).
    // Other encoders ignore the key.
    obs_data_set_string(videoSettings, "x264opts", "scenecut=0");
    const bool mainCanvas = video == obs_get_video();
    const char* name = mainCanvas ? "vitrine-h264" : "vitrine-h264-vertical";
    const QString encoderId =
        settings.videoEncoder.isEmpty() ? QStringLiteral("obs_x264") : settings.videoEncoder;
    m_video = obs_video_encoder_create(encoderId.toUtf8().constData(), name, videoSettings, nullptr);
    if (!m_video && encoderId != u"obs_x264") {
        // A hardware encoder chosen on another machine: x264 is always there.
        m_settings.videoEncoder = QStringLiteral("obs_x264");
        m_video = obs_video_encoder_create("obs_x264", name, videoSettings, nullptr);
    }
    if (!m_video) {
        *error = QCoreApplication::translate(
            "vitrine::EncoderSet", "the x264 encoder is not available (is the obs-x264 module installed?)");
        return false;
    }
    obs_encoder_set_video(m_video, video);
    if (audio) {
        m_audio = obs_encoder_get_ref(audio);
        return m_audio != nullptr;
    }

    OBSDataAutoRelease audioSettings = obs_data_create();
    obs_data_set_int(audioSettings, "bitrate", settings.audioBitrateKbps);
    m_audio = obs_audio_encoder_create("ffmpeg_aac", "vitrine-aac", audioSettings, 0, nullptr);
    if (!m_audio) {
        *error = QCoreApplication::translate(
            "vitrine::EncoderSet", "the AAC encoder is not available (is the obs-ffmpeg module installed?)");
        return false;
    }
    obs_encoder_set_audio(m_audio, obs_get_audio());
    return true;
}

video_t* EncoderSet::canvasVideo() const
{
    return m_video ? obs_encoder_video(m_video) : nullptr;
}

QSize EncoderSet::canvasSize() const
{
    const video_output_info* info = canvasVideo() ? video_output_get_info(canvasVideo()) : nullptr;
    return info ? QSize(static_cast<int>(info->width), static_cast<int>(info->height)) : QSize();
}

double EncoderSet::framesPerSecond() const
{
    const video_output_info* info = canvasVideo() ? video_output_get_info(canvasVideo()) : nullptr;
    return info && info->fps_den > 0 ? static_cast<double>(info->fps_num) / info->fps_den : 0.0;
}

void EncoderSet::release()
{
    m_video = nullptr;
    m_audio = nullptr;
}

} // namespace vitrine
