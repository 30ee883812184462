#pragma once

#include "show/Product.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <optional>

class QNetworkAccessManager;
class QThread;

namespace vitrine {

class CatalogueDownload;
class ShowStore;
struct ImportReport;

// How much of a product is left, as the producer sees it.
enum class StockLevel { InStock, Low, SoldOut };
StockLevel stockLevel(const Product& product);

// One product whose stock a refresh changed.
struct StockChange {
    QString sku;
    std::optional<int> stockBefore;
    std::optional<int> stockAfter;
    StockLevel levelBefore = StockLevel::InStock;
    StockLevel levelAfter = StockLevel::InStock;
    bool operator==(const StockChange&) const = default;
};

// Copies only stock and availability (of products and of their variants, matched by SKU) from a fresh read
// of the feed into the show's catalogue. Everything else — titles, prices, pitch, order, products the feed
// no longer lists — is the producer's show and stays as it is during the live.
QList<StockChange> mergeStockOnly(QList<Product>* catalogue, const QList<Product>& feed);

// During the live, re-reads the catalogue's feed (Merchant feed, products.json or CSV; http(s) URL or local
// file) every few seconds and refreshes the show's stock through the ShowStore. The feed URL, the interval
// and whether the refresh is on are saved in the show (ShowDocument::catalogueFeed).
//
// An unreachable or unreadable feed keeps the last known stock and is reported once per outage
// (feedUnreachable), not at every tick; feedReachable() says when it is back.
class StockRefresher : public QObject {
    Q_OBJECT
public:
    StockRefresher(ShowStore* store, QNetworkAccessManager* network, QObject* parent = nullptr);
    ~StockRefresher() override;

    QString feedUrl() const;
    int intervalSeconds() const;
    bool isEnabled() const { return m_timer.isActive(); }

    // Each saves its setting in the show.
    void setFeedUrl(const QString& url);
    void setIntervalSeconds(int seconds);
    // Turning it on refreshes at once, then on the interval. Without a feed URL it stays off.
    void setEnabled(bool enabled);

    // One refresh now (ignored while one is running).
    void refreshNow();
    bool isRefreshing() const { return m_busy; }
    QDateTime lastSuccess() const { return m_lastSuccess; }
    bool isFeedReachable() const { return !m_outage; }

Q_SIGNALS:
    void enabledChanged(bool enabled);
    // After every successful read of the feed, with what it changed (possibly nothing).
    void refreshed(const QList<vitrine::StockChange>& changes);
    // A product's level changed: sold out, low, or back in stock.
    void stockLevelChanged(const QString& sku, vitrine::StockLevel level);
    void feedUnreachable(const QString& message);
    void feedReachable();

private:
    void onDownloaded(bool ok, const QString& error);
    void onImported(const ImportReport& report, const QString& sourceName);
    void fail(const QString& message);
    void applySettings();

    ShowStore* m_store;
    CatalogueDownload* m_download;
    QTimer m_timer;
    QPointer<QThread> m_worker;
    QDateTime m_lastSuccess;
    bool m_busy = false;
    bool m_outage = false;
};

} // namespace vitrine

Q_DECLARE_METATYPE(vitrine::StockChange)
