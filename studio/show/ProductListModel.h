#pragma once

#include "show/Product.h"

#include <QAbstractListModel>
#include <QLocale>

namespace vitrine {

class LiveState;
class ShowStore;

// The show's catalogue as an item model for the producer panel: title, price, stock badge, pinned mark.
class ProductListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { SkuRole = Qt::UserRole + 1, PriceRole, StockRole, SoldOutRole, LowStockRole, PinnedRole };

    ProductListModel(const ShowStore* store, const LiveState* live, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // "Sold out", "3 left", "In stock", "Stock unknown": what the producer must see before pinning.
    static QString stockBadge(const Product& product);

private:
    const QList<Product>& products() const;

    const ShowStore* m_store;
    const LiveState* m_live;
    QLocale m_locale;
};

} // namespace vitrine
