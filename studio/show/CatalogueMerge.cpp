#include "show/CatalogueMerge.h"

#include "show/ClaimCode.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace vitrine {
namespace {

QString stockText(const std::optional<int>& stock)
{
    return stock ? QString::number(*stock)
                 : QCoreApplication::translate("vitrine::CatalogueMerge", "unknown");
}

} // namespace

QList<Product> mergeCatalogue(const QList<Product>& current, const QList<Product>& imported,
                              MergeReport* report)
{
    QHash<QString, const Product*> bySku;
    for (const Product& product : imported)
        bySku.insert(product.sku, &product);

    QList<Product> merged;
    QSet<QString> known;
    for (const Product& mine : current) {
        known.insert(mine.sku);
        const Product* theirs = bySku.value(mine.sku);
        if (!theirs) {
            report->missing << mine.sku;
            merged << mine;
            continue;
        }
        Product product = *theirs;
        // The producer's edits win over the shop's copy.
        if (!mine.pitch.isEmpty())
            product.pitch = mine.pitch;
        product.lowStockThreshold = mine.lowStockThreshold;
        if (!mine.claimCode.isEmpty()) // viewers already know it
            product.claimCode = mine.claimCode;
        const qsizetype before = report->changes.size();
        if (mine.price != product.price)
            report->changes << QCoreApplication::translate("vitrine::CatalogueMerge", "%1: price %2 → %3")
                                   .arg(mine.sku, mine.price.toDecimalString(),
                                        product.price.toDecimalString());
        if (mine.stock != product.stock)
            report->changes << QCoreApplication::translate("vitrine::CatalogueMerge", "%1: stock %2 → %3")
                                   .arg(mine.sku, stockText(mine.stock), stockText(product.stock));
        if (mine.available != product.available)
            report->changes << (product.available ? QCoreApplication::translate("vitrine::CatalogueMerge",
                                                                                "%1: back in stock")
                                                        .arg(mine.sku)
                                                  : QCoreApplication::translate("vitrine::CatalogueMerge",
                                                                                "%1: no longer available")
                                                        .arg(mine.sku));
        if (mine.compareAtPrice != product.compareAtPrice || mine.variants != product.variants ||
            mine.images != product.images || mine.url != product.url || mine.title != product.title)
            report->changes << QCoreApplication::translate("vitrine::CatalogueMerge", "%1: details updated")
                                   .arg(mine.sku);
        (report->changes.size() > before ? report->updated : report->unchanged) << mine.sku;
        merged << product;
    }
    for (const Product& product : imported) {
        if (known.contains(product.sku))
            continue;
        known.insert(product.sku);
        report->added << product.sku;
        merged << product;
    }
    // New products get free claim codes; an imported code is kept when it is valid and free.
    assignClaimCodes(merged);
    return merged;
}

} // namespace vitrine
