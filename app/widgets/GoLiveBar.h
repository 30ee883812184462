#pragma once

#include "output/LiveFigures.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace vitrine {

class Broadcast;

// The go-live controls: Start/Stop live (stopping asks first), Record, the live timer and the live's
// figures (CPU, render and encode lag, dropped frames, bitrate) refreshed every second, and each
// destination's state with its error in words. It only observes the Broadcast and LiveFigures and sends
// them commands.
class GoLiveBar : public QWidget {
    Q_OBJECT
public:
    GoLiveBar(Broadcast* broadcast, LiveFigures* figures, QWidget* parent = nullptr);

    // Where Record writes (the user's Videos folder by default).
    void setRecordingFolder(const QString& folder) { m_recordingFolder = folder; }

    QPushButton* liveButton() const { return m_liveButton; }
    QPushButton* recordButton() const { return m_recordButton; }
    // The texts shown, for tests and accessibility.
    QString figuresText() const;
    QString destinationsText() const;
    QString timerText() const;

    // Asks the user whether to stop the live; true when they confirm.
    bool confirmStopLive();

Q_SIGNALS:
    // A message for the status bar (a recording that started, a destination that failed…).
    void message(const QString& text);

private:
    void onLiveClicked();
    void onRecordClicked();
    void showState();
    void showDestinations();
    void showSample(const LiveSample& sample);

    Broadcast* m_broadcast;
    LiveFigures* m_figures;
    QString m_recordingFolder;
    QPushButton* m_liveButton = nullptr;
    QPushButton* m_recordButton = nullptr;
    QLabel* m_onAir = nullptr;
    QLabel* m_timer = nullptr;
    QLabel* m_cpu = nullptr;
    QLabel* m_renderLag = nullptr;
    QLabel* m_encodeLag = nullptr;
    QLabel* m_dropped = nullptr;
    QLabel* m_bitrate = nullptr;
    QLabel* m_destinations = nullptr;
};

} // namespace vitrine
