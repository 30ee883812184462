#pragma once

#include "replay/ReplayTimeline.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace vitrine {

// Cuts a clip exactly at the times given, to the frame: decodes the video from the keyframe before `fromMs`
// and re-encodes [fromMs, toMs) to H.264 (libx264 when FFmpeg has it), the audio packets in that span
// copied. Slower than Remuxer's stream copy, which must start on a keyframe. Writes OUT.part then renames
// it, so a cancelled or failed run leaves neither a half file nor a touched input.
class ClipEncoder {
public:
    struct Options {
        qint64 fromMs = 0;
        qint64 toMs = 0;
        QList<ReplayChapter> chapters; // in the input's time, as Remuxer's
        // Progress from 0 to 1, called from the encoding thread; return false to cancel.
        std::function<bool(double)> progress;
        const std::atomic_bool* cancel = nullptr;
    };

    // False with a translated message (a cancelled run says so too).
    static bool encode(const QString& input, const QString& output, const Options& options, QString* error);
};

} // namespace vitrine
