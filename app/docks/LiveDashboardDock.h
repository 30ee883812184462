#pragma once

#include "audience/AudienceFeed.h"

#include <QDockWidget>
#include <QPointer>
#include <QTimer>

class QChart;
class QLabel;
class QTableWidget;
class QValueAxis;

namespace vitrine {

class ChatAccounts;
class LiveShow;

// The live dashboard: chat messages per minute and concurrent viewers per platform as line charts, the peak
// and average audience, buy intent / claims / time on product per product, the promo window, and — while
// live — the figure furthest below the show's targets in words. It only reads the feed's figures.
class LiveDashboardDock : public QDockWidget {
    Q_OBJECT
public:
    LiveDashboardDock(AudienceFeed* feed, QWidget* parent = nullptr);
    // The window's dashboard over a running show: its chats, claims, pins and targets; viewers polled while
    // the broadcast is live, every dashboard/viewerPollSeconds (30 unless set), with the chats' credentials
    // (the signed-in accounts over the environment's).
    static LiveDashboardDock* create(LiveShow* show, const ChatAccounts* accounts, QWidget* parent);

    // Redraws from the figures now (changes are otherwise gathered for a quarter of a second).
    void refresh();

private:
    void fillChart(QChart* chart, QValueAxis* x, QValueAxis* y, bool viewers);
    QString productTitle(const QString& sku) const;

    QPointer<AudienceFeed> m_feed;
    QChart* m_chatChart = nullptr;
    QValueAxis* m_chatX = nullptr;
    QValueAxis* m_chatY = nullptr;
    QChart* m_viewersChart = nullptr;
    QValueAxis* m_viewersX = nullptr;
    QValueAxis* m_viewersY = nullptr;
    QLabel* m_peak = nullptr;
    QLabel* m_average = nullptr;
    QLabel* m_promo = nullptr;
    QLabel* m_weakest = nullptr;
    QLabel* m_error = nullptr;
    QTableWidget* m_products = nullptr;
    QTimer m_coalesce;
    QTimer m_clock; // the pinned product's time runs on while live
};

} // namespace vitrine
