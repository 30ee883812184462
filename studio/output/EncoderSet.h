#pragma once

#include "base/VideoSettings.h"
#include "engine/ObsHandles.h"

#include <QSize>
#include <QString>

namespace vitrine {

// One H.264 (x264, CBR) and one AAC encoder on the main canvas, shared by every output so that
// streaming and recording at once encode each frame only once. A second canvas (the vertical one) has its
// own set: its H.264 encoder on that canvas's video, the main set's AAC encoder shared.
class EncoderSet {
public:
    // (Re)creates both encoders on libobs's current video and audio; earlier ones are released first.
    [[nodiscard]] bool create(const EncoderSettings& settings, QString* error);
    // (Re)creates the H.264 encoder on another canvas's `video` and shares `audio`'s encoder (held here too).
    [[nodiscard]] bool createOn(video_t* video, obs_encoder_t* audio, const EncoderSettings& settings,
                                QString* error);
    // Lets the encoders go (before the video is reset: they point at libobs's video output).
    void release();
    obs_encoder_t* video() const { return m_video; }
    obs_encoder_t* audio() const { return m_audio; }
    const EncoderSettings& settings() const { return m_settings; }
    // The canvas the video encoder reads, its size and frame rate (empty, 0 before create).
    video_t* canvasVideo() const;
    QSize canvasSize() const;
    double framesPerSecond() const;

private:
    EncoderSettings m_settings;
    OBSEncoderAutoRelease m_video;
    OBSEncoderAutoRelease m_audio;
};

} // namespace vitrine
