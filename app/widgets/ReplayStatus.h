#pragma once

#include "replay/ReplayFinisher.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace vitrine {

class LiveShow;

// In the status bar: when a recording stops, its replay is made off the GUI thread (MP4 with product
// chapters, the shoppable-replay manifest, WebVTT; ReplayJob) with its progress and a Cancel button. The
// recording itself is never touched; the outcome goes to the window's messages. Once the replay is ready,
// *Make clips* cuts one clip per product chapter, with a thumbnail per chapter, for social posts (its menu:
// the exact cut, re-encoded; 9:16 clips too when the vertical canvas was recorded), and
// *Review…* opens it in the replay review window.
class ReplayStatus : public QWidget {
    Q_OBJECT
public:
    explicit ReplayStatus(LiveShow* show, QWidget* parent = nullptr);

    // Starts the replay of a recording (the event log is the show's); false when it cannot be made.
    bool finish(const QString& recordingPath);
    // After a crash cut a recording short: asks whether to finish its replay now (once per show opened).
    void offerUnfinishedReplay();

Q_SIGNALS:
    void message(const QString& text);
    // The replay's files are written.
    void replayReady(const QString& mp4Path);
    void clipsReady(const QString& folder);

private:
    void onFinished(bool ok, const QString& error, const ReplayFiles& files);
    void onClipsFinished(bool ok, const QString& error, const ReplayFiles& files);
    void showBusy(const QString& text);
    void makeClips(ReplayFinisher::Cut cut);

    LiveShow* m_show;
    ReplayJob* m_job;
    QLabel* m_label;
    QProgressBar* m_progress;
    QToolButton* m_cancel;
    QToolButton* m_makeClips;
    QToolButton* m_review;
    QString m_making;        // the recording whose replay is being made
    QString m_lastRecording; // the last replay made, for its clips
    QString m_lastReplay;    // its MP4, for the review window
};

} // namespace vitrine
