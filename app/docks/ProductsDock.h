#pragma once

#include <QDockWidget>
#include <QKeySequence>
#include <QPointer>
#include <QString>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QMenu;
class QNetworkAccessManager;
class QPushButton;
class QSpinBox;
class QTimer;

namespace vitrine {

class BuyIntent;
class LiveState;
class ProductImageCache;
class ProductListModel;
class ShowStore;
class StockRefresher;
class ThumbnailFilter;

// The producer panel: what is on air now (the pinned product, since when), the catalogue with thumbnails and
// stock badges, Pin/Unpin, the promo code with its countdown, the run-of-show with "Next" and how far ahead
// of or behind plan the show runs, and the live stock refresh from the shop's feed with "Prepare offline" for
// the product images.
class ProductsDock : public QDockWidget {
    Q_OBJECT
public:
    // The stock refresher and the image cache are the live show's (LiveShow): the dock shows and drives them.
    ProductsDock(ShowStore* store, LiveState* live, StockRefresher* refresher, ProductImageCache* images,
                 QWidget* parent = nullptr);

    void pinSelected();
    void nextSegment();
    // The Pin and Next tooltips name the shortcuts the user has now.
    void showShortcuts(const QKeySequence& pin, const QKeySequence& next);
    // Starts the chosen promo code, or stops the running one.
    void togglePromo();
    // Fetches every product image not on disk yet, so the show runs offline.
    void prepareOffline();
    // Shows the chat's buy intent on each product ("12 want it (3 in the last minute)"); null: none.
    void showBuyIntent(BuyIntent* intent);
    // Asks the producer for the product's claim code (what viewers write in chat, "A1") and saves it; a code
    // that is malformed or another product's is refused with the reason, and nothing changes.
    void editClaimCode(const QString& sku);
    // The product's context menu: Pin / Unpin, its claim code, and its link tracked for each platform the
    // show streams to (utm_source = the platform), or untracked, copied to the clipboard. The caller owns the
    // menu.
    QMenu* createProductMenu(const QString& sku, QWidget* parent);
    // The platforms links are tracked for: the show's destinations', else the common ones.
    QStringList linkPlatforms() const;

    // For the window and the overlays, which show the same stock and images.
    StockRefresher* stockRefresher() const { return m_refresher; }
    ProductImageCache* imageCache() const { return m_images; }

private:
    void refreshPromo();
    void refreshRunOfShow();
    // The "On air" line above the list and the current segment's time left: redrawn on every change and
    // every second.
    void refreshOnAir();
    void refreshSegmentLine();
    void refreshBuyIntent();
    QWidget* buildLiveStockBox(QWidget* parent);
    void onStockLevelChanged(const QString& sku, int level);
    void showStockStatus(const QString& text, bool problem);
    // Why `code` cannot be the claim code of `sku`, for the producer; empty when it can.
    QString claimCodeRefusal(const QString& sku, const QString& code) const;

    ShowStore* m_store;
    LiveState* m_live;
    StockRefresher* m_refresher;
    ProductImageCache* m_images;
    ProductListModel* m_model;
    ThumbnailFilter* m_filter;
    QLabel* m_onAir;
    QLabel* m_segmentLine;
    QLineEdit* m_search;
    QListView* m_products;
    QPushButton* m_pin;
    QPushButton* m_unpin;
    QComboBox* m_promos;
    QPushButton* m_promoButton;
    QLabel* m_countdown;
    QListWidget* m_segments;
    QPushButton* m_next;
    QTimer* m_tick;
    QLineEdit* m_feedUrl = nullptr;
    QCheckBox* m_refreshToggle = nullptr;
    QSpinBox* m_refreshInterval = nullptr;
    QLabel* m_stockStatus = nullptr;
    QPushButton* m_prepareOffline = nullptr;
    QString m_selectedSku; // kept across model resets
    QPointer<BuyIntent> m_buyIntent;
};

} // namespace vitrine
