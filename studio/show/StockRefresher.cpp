#include "show/StockRefresher.h"

#include "show/ShowStore.h"
#include "show/import/CatalogueFileImporter.h"
#include "show/import/CatalogueSource.h"

#include <QHash>
#include <QThread>

#include <algorithm>

namespace vitrine {

StockLevel stockLevel(const Product& product)
{
    if (product.isSoldOut())
        return StockLevel::SoldOut;
    if (product.stock && *product.stock <= product.lowStockThreshold)
        return StockLevel::Low;
    return StockLevel::InStock;
}

QList<StockChange> mergeStockOnly(QList<Product>* catalogue, const QList<Product>& feed)
{
    QHash<QString, const Product*> bySku;
    QHash<QString, const ProductVariant*> variantsBySku;
    for (const Product& product : feed) {
        bySku.insert(product.sku, &product);
        for (const ProductVariant& variant : product.variants)
            variantsBySku.insert(variant.sku, &variant);
    }
    QList<StockChange> changes;
    for (Product& product : *catalogue) {
        const Product* fresh = bySku.value(product.sku);
        if (!fresh)
            continue; // not in this read of the feed: the last known stock stays
        const StockChange before{product.sku, product.stock, {}, stockLevel(product), {}};
        product.stock = fresh->stock;
        product.available = fresh->available;
        bool variantsChanged = false;
        for (ProductVariant& variant : product.variants) {
            const ProductVariant* freshVariant = variantsBySku.value(variant.sku);
            if (!freshVariant)
                continue;
            variantsChanged |=
                variant.stock != freshVariant->stock || variant.available != freshVariant->available;
            variant.stock = freshVariant->stock;
            variant.available = freshVariant->available;
        }
        const StockLevel after = stockLevel(product);
        if (before.stockBefore != product.stock || before.levelBefore != after || variantsChanged)
            changes << StockChange{product.sku, before.stockBefore, product.stock, before.levelBefore, after};
    }
    return changes;
}

StockRefresher::StockRefresher(ShowStore* store, QNetworkAccessManager* network, QObject* parent)
    : QObject(parent), m_store(store), m_download(new CatalogueDownload(network, this))
{
    qRegisterMetaType<QList<vitrine::StockChange>>();
    // A refresh must not outlast its tick by much: a silent server is given up on well before the next one.
    m_download->setTimeout(std::chrono::milliseconds(std::clamp(intervalSeconds(), 5, 30) * 1000));
    connect(m_download, &CatalogueDownload::finished, this, &StockRefresher::onDownloaded);
    connect(&m_timer, &QTimer::timeout, this, &StockRefresher::refreshNow);
    applySettings();
}

StockRefresher::~StockRefresher() = default;

QString StockRefresher::feedUrl() const
{
    return m_store->document().catalogueFeed.url;
}

int StockRefresher::intervalSeconds() const
{
    return m_store->document().catalogueFeed.refreshSeconds;
}

void StockRefresher::setFeedUrl(const QString& url)
{
    const QString trimmed = url.trimmed();
    if (trimmed == feedUrl())
        return;
    m_store->update([&trimmed](ShowDocument& show) { show.catalogueFeed.url = trimmed; });
    m_outage = false;
    if (trimmed.isEmpty())
        setEnabled(false);
}

void StockRefresher::setIntervalSeconds(int seconds)
{
    seconds = std::max(5, seconds); // a shop's server is not to be hammered
    if (seconds != intervalSeconds())
        m_store->update([seconds](ShowDocument& show) { show.catalogueFeed.refreshSeconds = seconds; });
    m_download->setTimeout(std::chrono::milliseconds(std::clamp(seconds, 5, 30) * 1000));
    if (m_timer.isActive())
        m_timer.start(seconds * 1000);
}

void StockRefresher::setEnabled(bool enabled)
{
    enabled = enabled && !feedUrl().isEmpty();
    if (enabled != m_store->document().catalogueFeed.refreshStock)
        m_store->update([enabled](ShowDocument& show) { show.catalogueFeed.refreshStock = enabled; });
    applySettings();
    if (enabled)
        refreshNow();
}

void StockRefresher::applySettings()
{
    const bool enabled = m_store->document().catalogueFeed.refreshStock && !feedUrl().isEmpty();
    if (enabled == m_timer.isActive())
        return;
    if (enabled) {
        m_timer.start(intervalSeconds() * 1000);
    } else {
        m_timer.stop();
        m_download->abort();
        m_busy = m_worker; // a parse already running still lands, harmlessly
    }
    Q_EMIT enabledChanged(enabled);
}

void StockRefresher::refreshNow()
{
    if (m_busy || feedUrl().isEmpty())
        return;
    m_busy = true;
    m_download->start(feedUrl());
}

void StockRefresher::onDownloaded(bool ok, const QString& error)
{
    if (!ok) {
        fail(error);
        return;
    }
    const QString path = m_download->localPath();
    const QString source = m_download->sourceName();
    m_worker = importInBackground(
        this, [path] { return importCatalogueFile(path); },
        [this, path, source](const ImportReport& report) {
            ImportReport renamed = report;
            renameImportSource(&renamed, path, source);
            onImported(renamed, source);
        });
}

void StockRefresher::onImported(const ImportReport& report, const QString& sourceName)
{
    if (report.products.isEmpty()) {
        const QString why = report.issues.isEmpty() ? tr("%1: no product in the feed").arg(sourceName)
                                                    : report.issues.constLast().toString();
        fail(why);
        return;
    }
    m_busy = false;
    m_lastSuccess = QDateTime::currentDateTimeUtc();
    if (m_outage) {
        m_outage = false;
        Q_EMIT feedReachable();
    }
    QList<Product> catalogue = m_store->document().products;
    const QList<StockChange> changes = mergeStockOnly(&catalogue, report.products);
    if (!changes.isEmpty())
        m_store->update([&catalogue](ShowDocument& show) {
            // Only stock moved; the producer may have edited other fields meanwhile, so copy just that.
            mergeStockOnly(&show.products, catalogue);
        });
    Q_EMIT refreshed(changes);
    for (const StockChange& change : changes)
        if (change.levelBefore != change.levelAfter)
            Q_EMIT stockLevelChanged(change.sku, change.levelAfter);
}

void StockRefresher::fail(const QString& message)
{
    m_busy = false;
    if (m_outage)
        return; // said once per outage
    m_outage = true;
    Q_EMIT feedUnreachable(message);
}

} // namespace vitrine
