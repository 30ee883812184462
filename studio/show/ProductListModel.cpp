#include "show/ProductListModel.h"

#include "show/LiveState.h"
#include "show/ShowStore.h"

namespace vitrine {

ProductListModel::ProductListModel(const ShowStore* store, const LiveState* live, QObject* parent)
    : QAbstractListModel(parent), m_store(store), m_live(live)
{
    connect(store, &ShowStore::changed, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(live, &LiveState::pinnedProductChanged, this, [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0), index(rowCount() - 1), {PinnedRole, Qt::DisplayRole});
    });
}

const QList<Product>& ProductListModel::products() const
{
    return m_store->document().products;
}

int ProductListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(products().size());
}

QString ProductListModel::stockBadge(const Product& product)
{
    if (product.isSoldOut())
        return tr("Sold out");
    if (!product.stock)
        return tr("Stock unknown");
    if (*product.stock <= product.lowStockThreshold)
        return tr("%n left", nullptr, *product.stock);
    return tr("In stock (%1)").arg(*product.stock);
}

QString ProductListModel::buyIntentBadge(int total, int lastMinute)
{
    if (total <= 0)
        return {};
    return lastMinute > 0 ? tr("%n want it (%1 in the last minute)", nullptr, total).arg(lastMinute)
                          : tr("%n want it", nullptr, total);
}

void ProductListModel::setBuyIntentCounts(const QHash<QString, int>& total,
                                          const QHash<QString, int>& lastMinute)
{
    if (total == m_buyIntent && lastMinute == m_buyIntentLastMinute)
        return;
    m_buyIntent = total;
    m_buyIntentLastMinute = lastMinute;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1),
                           {BuyIntentRole, BuyIntentLastMinuteRole, Qt::DisplayRole});
}

QVariant ProductListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Product& product = products().at(index.row());
    const bool pinned = product.sku == m_live->pinnedSku();
    switch (role) {
    case Qt::DisplayRole: {
        // "● [A1] Moulin": the claim code the producer reads out, tagged before the title.
        const QString title = product.claimCode.isEmpty()
                                  ? product.title
                                  : QStringLiteral("[%1] %2").arg(product.claimCode, product.title);
        QString text = tr("%1%2\n%3 · %4")
                           .arg(pinned ? QStringLiteral("● ") : QString(), title,
                                product.price.toDisplayString(m_locale), stockBadge(product));
        const QString wanted =
            buyIntentBadge(m_buyIntent.value(product.sku), m_buyIntentLastMinute.value(product.sku));
        if (!wanted.isEmpty())
            text += QStringLiteral(" · ") + wanted;
        return text;
    }
    case Qt::ToolTipRole:
        return product.pitch.isEmpty() ? product.sku : product.sku + u'\n' + product.pitch;
    case SkuRole:
        return product.sku;
    case PriceRole:
        return product.price.toDisplayString(m_locale);
    case StockRole:
        return stockBadge(product);
    case SoldOutRole:
        return product.isSoldOut();
    case LowStockRole:
        return product.stock && *product.stock <= product.lowStockThreshold;
    case PinnedRole:
        return pinned;
    case BuyIntentRole:
        return m_buyIntent.value(product.sku);
    case BuyIntentLastMinuteRole:
        return m_buyIntentLastMinute.value(product.sku);
    case ClaimCodeRole:
        return product.claimCode;
    default:
        return {};
    }
}

QHash<int, QByteArray> ProductListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(SkuRole, "sku");
    names.insert(PriceRole, "price");
    names.insert(StockRole, "stock");
    names.insert(SoldOutRole, "soldOut");
    names.insert(LowStockRole, "lowStock");
    names.insert(PinnedRole, "pinned");
    names.insert(BuyIntentRole, "buyIntent");
    names.insert(BuyIntentLastMinuteRole, "buyIntentLastMinute");
    names.insert(ClaimCodeRole, "claimCode");
    return names;
}

} // namespace vitrine
