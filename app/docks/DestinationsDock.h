#pragma once

#include "output/Broadcast.h"
#include "output/LiveFigures.h"

#include <QDockWidget>
#include <QList>

class QLabel;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace vitrine {

class GoLiveBar;

// Each destination's health while live: state (connecting, live, reconnecting with its next try, failed with
// the reason, stopped), bitrate, dropped frames, congestion, reconnections and time on air, refreshed every
// second; per destination Start/Stop and Reconnect now; Start all / Stop all (the go-live bar's button, with
// its confirmation); and a warning with what to do when the uplink cannot carry every destination.
class DestinationsDock : public QDockWidget {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        StateColumn,
        BitrateColumn,
        DroppedColumn,
        CongestionColumn,
        ReconnectsColumn,
        OnAirColumn,
        ActionsColumn,
        ColumnCount
    };

    DestinationsDock(Broadcast* broadcast, LiveFigures* figures, GoLiveBar* goLiveBar,
                     QWidget* parent = nullptr);

    int rowCount() const { return static_cast<int>(m_rows.size()); }
    QLabel* uplinkWarning() const { return m_uplinkWarning; }
    // Shown instead of the cards while the show has no destination.
    QLabel* emptyNotice() const { return m_empty; }
    QPushButton* startAllButton() const { return m_startAll; }
    QPushButton* stopAllButton() const { return m_stopAll; }
    // The row's Start/Stop and Reconnect now buttons.
    QToolButton* startStopButton(int row) const;
    QToolButton* reconnectButton(int row) const;
    // A destination's field as shown, for tests.
    QString text(int row, Column column) const;

Q_SIGNALS:
    void destinationsRequested();
    void message(const QString& text);

private:
    void rebuild();
    void showDestination(int row);
    void showSample(const LiveSample& sample);
    void showLiveState();
    void onStartStop(int row);
    QString stateText(const Broadcast::DestinationStatus& status) const;

    // One destination: its name and buttons, its state, its figures (a card: the dock is often narrow).
    struct Row {
        QWidget* card = nullptr;
        QList<QLabel*> fields; // by Column
        QToolButton* startStop = nullptr;
        QToolButton* reconnect = nullptr;
    };
    Broadcast* m_broadcast;
    GoLiveBar* m_goLiveBar;
    QWidget* m_list = nullptr;
    QVBoxLayout* m_listLayout = nullptr;
    QLabel* m_uplinkWarning = nullptr;
    QLabel* m_empty = nullptr;
    QPushButton* m_startAll = nullptr;
    QPushButton* m_stopAll = nullptr;
    QList<Row> m_rows;
};

} // namespace vitrine
