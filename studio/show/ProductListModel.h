#pragma once

#include "show/Product.h"

#include <QAbstractListModel>
#include <QHash>
#include <QLocale>

namespace vitrine {

class LiveState;
class ShowStore;

// The show's catalogue as an item model for the producer panel: claim code, title, price, stock badge, pinned
// mark.
class ProductListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        SkuRole = Qt::UserRole + 1,
        PriceRole,
        StockRole,
        SoldOutRole,
        LowStockRole,
        PinnedRole,
        BuyIntentRole,           // int: chat messages that wanted the product, this show
        BuyIntentLastMinuteRole, // int: the same, in the last minute
        ClaimCodeRole,           // QString: what viewers write in chat to claim it ("A1")
    };

    ProductListModel(const ShowStore* store, const LiveState* live, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // "Sold out", "3 left", "In stock", "Stock unknown": what the producer must see before pinning.
    static QString stockBadge(const Product& product);
    // "12 want it (3 in the last minute)", empty when nobody asked: the chat's buy intent for the product.
    static QString buyIntentBadge(int total, int lastMinute);

    // The chat's buy-intent counts per SKU (the chat layer counts them; the panel shows them).
    void setBuyIntentCounts(const QHash<QString, int>& total, const QHash<QString, int>& lastMinute);

private:
    const QList<Product>& products() const;

    const ShowStore* m_store;
    const LiveState* m_live;
    QLocale m_locale;
    QHash<QString, int> m_buyIntent;
    QHash<QString, int> m_buyIntentLastMinute;
};

} // namespace vitrine
