#pragma once

#include <QImage>
#include <QString>

namespace vitrine {

// One picture of a video at a time, decoded with libavcodec and scaled with libswscale: the chapter
// thumbnails of the replay. Null image with a translated reason when the file cannot give one.
class FrameGrabber {
public:
    static QImage grab(const QString& path, qint64 atMs, int width, QString* error = nullptr);
};

} // namespace vitrine
