#pragma once

#include "output/LiveFigures.h"

#include <QMessageBox>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;
class QToolButton;

namespace vitrine {

class Broadcast;

// The go-live controls: Start/Stop live (stopping asks first) with the live's time, Record with the
// recording's time, what became of the last recording (saved, with Show in folder, or failed) until the next
// one or a dismissal, the live's figures (CPU, render and encode lag, dropped frames, bitrate) refreshed
// every second, and each destination's state with its error in words. It only observes the Broadcast and
// LiveFigures and sends them commands. A live that cannot start (no destination, or every one failed: key
// missing, server refused) says so in a "Cannot go live" box naming each destination, with Open
// Destinations…. Record writes where Settings › Recording says (RecordingSettings).
class GoLiveBar : public QWidget {
    Q_OBJECT
public:
    GoLiveBar(Broadcast* broadcast, LiveFigures* figures, QWidget* parent = nullptr);

    QPushButton* liveButton() const { return m_liveButton; }
    QPushButton* recordButton() const { return m_recordButton; }
    // The texts shown, for tests and accessibility.
    QString figuresText() const;
    // The destinations line and its tooltip (the errors), as plain text.
    QString destinationsText() const;
    QString timerText() const;
    QString recordTimerText() const;
    // What became of the last recording ("Recording saved — <file>", or its error); empty when dismissed.
    QString recordingNoticeText() const;
    // The file the last recording wrote (empty before the first).
    QString lastRecordingPath() const { return m_lastRecordingPath; }
    QPushButton* showInFolderButton() const { return m_showInFolder; }
    QToolButton* dismissNoticeButton() const { return m_dismissNotice; }

    // Asks the user whether to stop the live; true when they confirm.
    bool confirmStopLive();
    // The "Cannot go live" box while it is shown; null otherwise.
    QMessageBox* cannotGoLiveBox() const { return m_cannotGoLive; }

Q_SIGNALS:
    // A message for the status bar (a recording that started, a destination that failed…).
    void message(const QString& text);
    // The user asked for the Destinations dialog (from the "Cannot go live" box).
    void destinationsRequested();

private:
    void onLiveClicked();
    void onRecordClicked();
    void showState();
    void showDestinations();
    void showSample(const LiveSample& sample);
    void showTimes();
    void onRecordingChanged(bool recording);
    void onRecordingFailed(const QString& error);
    void showNotice(const QString& text, bool failed);
    void showCannotGoLive(const QString& error);

    Broadcast* m_broadcast;
    LiveFigures* m_figures;
    QString m_lastRecordingPath;
    QTimer* m_clock = nullptr;
    QPushButton* m_liveButton = nullptr;
    QPushButton* m_recordButton = nullptr;
    QLabel* m_onAir = nullptr;
    QLabel* m_timer = nullptr;
    QLabel* m_recordTimer = nullptr;
    QWidget* m_notice = nullptr;
    QLabel* m_noticeText = nullptr;
    QString m_noticeFullText;
    QPushButton* m_showInFolder = nullptr;
    QToolButton* m_dismissNotice = nullptr;
    QLabel* m_cpu = nullptr;
    QLabel* m_renderLag = nullptr;
    QLabel* m_encodeLag = nullptr;
    QLabel* m_dropped = nullptr;
    QLabel* m_bitrate = nullptr;
    QLabel* m_destinations = nullptr;
    QPointer<QMessageBox> m_cannotGoLive;
    bool m_uplinkShort = false; // said once when it starts
    bool m_starting = false; // a start is under way: ending offline without going live is a failure to start
};

} // namespace vitrine
