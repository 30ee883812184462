#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace vitrine {

class LiveShow;
class ReplayJob;
struct ReplayFiles;

// In the status bar: when a recording stops, its replay is made off the GUI thread (MP4 with product
// chapters, the shoppable-replay manifest, WebVTT; ReplayJob) with its progress and a Cancel button. The
// recording itself is never touched; the outcome goes to the window's messages.
class ReplayStatus : public QWidget {
    Q_OBJECT
public:
    explicit ReplayStatus(LiveShow* show, QWidget* parent = nullptr);

    // Starts the replay of a recording (the event log is the show's); false when it cannot be made.
    bool finish(const QString& recordingPath);

Q_SIGNALS:
    void message(const QString& text);
    // The replay's files are written.
    void replayReady(const QString& mp4Path);

private:
    void onFinished(bool ok, const QString& error, const ReplayFiles& files);

    LiveShow* m_show;
    ReplayJob* m_job;
    QLabel* m_label;
    QProgressBar* m_progress;
    QToolButton* m_cancel;
};

} // namespace vitrine
