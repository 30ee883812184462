#pragma once

#include "replay/ReplayTimeline.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace vitrine {

// Stream-copies a recording into another container with libavformat (no re-encode): MKV → MP4 with
// `faststart` (the index first, so a shop's player starts at once) and the chapters given. Writes
// OUT.part then renames it, so a cancelled or failed run leaves neither a half file nor a touched input.
class Remuxer {
public:
    struct Options {
        QList<ReplayChapter> chapters;
        // From this time to that one only (clips); -1: the whole recording. Cut at the keyframe at or
        // before `fromMs` (stream copy), so the clip may start a little earlier.
        qint64 fromMs = -1;
        qint64 toMs = -1;
        // Progress from 0 to 1, called from the remuxing thread; return false to cancel.
        std::function<bool(double)> progress;
        const std::atomic_bool* cancel = nullptr;
    };

    // False with a translated message (a cancelled run says so too).
    static bool remux(const QString& input, const QString& output, const Options& options, QString* error);
    // The media's duration, nullopt when it cannot be read.
    static std::optional<qint64> durationMs(const QString& path, QString* error = nullptr);
};

} // namespace vitrine
