#pragma once

#include <QString>

#include <optional>

namespace vitrine {

// The canvas libobs composes and encodes. Base and output sizes are kept equal so libobs never rescales.
struct VideoSettings {
    int width = 1280;
    int height = 720;
    int fps = 30;

    bool isValid() const
    {
        return width >= 16 && height >= 16 && width % 2 == 0 && height % 2 == 0 && fps > 0;
    }
    bool operator==(const VideoSettings&) const = default;
};

// What the command line or a caller changes of a show's canvas; the rest stays as the show says.
struct CanvasOverride {
    std::optional<int> width;
    std::optional<int> height;
    std::optional<int> fps;

    bool isEmpty() const { return !width && !height && !fps; }
    VideoSettings applyTo(VideoSettings canvas) const
    {
        canvas.width = width.value_or(canvas.width);
        canvas.height = height.value_or(canvas.height);
        canvas.fps = fps.value_or(canvas.fps);
        return canvas;
    }
    bool operator==(const CanvasOverride&) const = default;
};

struct EncoderSettings {
    QString videoEncoder = QStringLiteral("obs_x264"); // a libobs H.264 encoder id (ffmpeg_vaapi with a GPU)
    int videoBitrateKbps = 2500;
    int audioBitrateKbps = 160;
    int keyframeIntervalSeconds = 2;
    QString x264Preset = QStringLiteral("veryfast");
    bool operator==(const EncoderSettings&) const = default;
};

} // namespace vitrine
