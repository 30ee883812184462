#pragma once

#include <QToolBar>

namespace vitrine {

class GoLiveBar;
class LiveShow;

// The bottom bar: Start live, Record, the live figures and the Destinations… dialog, on the live show's
// broadcast.
class GoLiveToolBar : public QToolBar {
    Q_OBJECT
public:
    explicit GoLiveToolBar(LiveShow* show, QWidget* parent = nullptr);

    GoLiveBar* goLiveBar() const { return m_bar; }
    // Before the window closes during a live or a recording: asks, then stops both cleanly (waiting, bounded,
    // for the ingest and the file to get their end). False when the user keeps them running.
    bool confirmStopForClose();
    // The destinations dialog (refused, with a message, while live).
    void openDestinations();

Q_SIGNALS:
    void message(const QString& text);

private:
    LiveShow* m_show;
    GoLiveBar* m_bar;
};

} // namespace vitrine
