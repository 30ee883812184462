#pragma once

#include <QString>

namespace vitrine {

// What a media file holds, read with libavformat before a source is built for it.
struct MediaProbe {
    bool readable = false;
    bool hasVideo = false;
    bool hasAudio = false;
    double durationSeconds = 0.0;
    QString error;

    static MediaProbe probe(const QString& path);
};

} // namespace vitrine
