#pragma once

#include <QString>

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

struct EncoderSettings {
    int videoBitrateKbps = 2500;
    int audioBitrateKbps = 160;
    int keyframeIntervalSeconds = 2;
    QString x264Preset = QStringLiteral("veryfast");
    bool operator==(const EncoderSettings&) const = default;
};

} // namespace vitrine
