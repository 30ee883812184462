#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace vitrine {

// One chapter of the replay: MP4 chapters run back to back from 0, so the first one (the show's title) covers
// what comes before the first pin.
struct ReplayChapter {
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString title;
    QString sku; // empty for the opening chapter
};

// When a product was on screen (pinned), in recording time.
struct ReplayProductRange {
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString sku;
    QString title;
};

// When a promo code ran, in recording time.
struct ReplayPromoWindow {
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString code;
};

// The vertical (9:16) canvas's recording made beside a main recording: its file and when it started, in the
// main recording's time (negative: before it), so a chapter at t in the main one is at t - offsetMs in it.
struct ReplayVerticalRecording {
    QString path;
    qint64 offsetMs = 0;
};

// What happened during one recording, read from the show's event log: the records from that recording's
// `recording.start` (the last one naming this file, else the last one) up to the next start or stop, each
// at its `recordingMs`. Pure: no files, no media.
struct ReplayTimeline {
    QList<ReplayChapter> chapters;
    QList<ReplayProductRange> products;
    QList<ReplayPromoWindow> promos;
    qint64 durationMs = 0;
    bool foundRecording = false; // the log has a recording.start for it

    // `recordingPath` picks the recording when the log names it; `durationMs` is the file's duration.
    static ReplayTimeline fromEvents(const QList<QJsonObject>& events, const QString& recordingPath,
                                     const QString& showTitle, qint64 durationMs);

    // The vertical recording that ran alongside the recording `fromEvents` picks for `recordingPath` (its
    // `recording.vertical_start` between that recording's start and stop, or the last one still running when
    // the recording started); nullopt when none was logged.
    static std::optional<ReplayVerticalRecording> verticalRecording(const QList<QJsonObject>& events,
                                                                    const QString& recordingPath);
};

} // namespace vitrine
