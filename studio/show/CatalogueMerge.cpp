#include "show/CatalogueMerge.h"

#include "show/ClaimCode.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace vitrine {
namespace {

QString stockText(const std::optional<int>& stock)
{
    return stock ? QString::number(*stock)
                 : QCoreApplication::translate("vitrine::CatalogueMerge", "unknown");
}

// Lower case, accents stripped, letters and digits only: "Café d’Éthiopie 250 g" → "cafedethiopie250g".
QString foldedTitle(const QString& title)
{
    QString folded;
    for (const QChar c : title.normalized(QString::NormalizationForm_KD))
        if (c.isLetterOrNumber())
            folded += c.toLower();
    return folded;
}

} // namespace

bool skusLookAlike(const QString& a, const QString& b)
{
    const QString x = a.toUpper();
    const QString y = b.toUpper();
    if (x == y || qAbs(x.size() - y.size()) > 1)
        return false;
    // One edit apart: skip the common prefix and suffix, and at most one character is left on each side.
    qsizetype start = 0;
    while (start < x.size() && start < y.size() && x.at(start) == y.at(start))
        ++start;
    qsizetype endX = x.size();
    qsizetype endY = y.size();
    while (endX > start && endY > start && x.at(endX - 1) == y.at(endY - 1)) {
        --endX;
        --endY;
    }
    if (endX - start > 1 || endY - start > 1)
        return false;
    // A digit that differs or is added makes another product of a range ("MUG-1" / "MUG-2", "SKU-1" /
    // "SKU-10"); a letter or a separator is a typo ("CAF-ETH" / "CAFE-ETH", "MOUL-01" / "MOUL01").
    const auto isDigitAt = [](const QString& text, qsizetype at) {
        return at < text.size() && text.at(at).isDigit();
    };
    return std::min(x.size(), y.size()) >= 5 && !(endX > start && isDigitAt(x, start)) &&
           !(endY > start && isDigitAt(y, start));
}

bool titlesLookAlike(const QString& a, const QString& b)
{
    const QString x = foldedTitle(a);
    return !x.isEmpty() && x == foldedTitle(b);
}

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
        report->titles.insert(mine.sku, mine.title);
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
        product.facts = mine.facts;
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
        // Compared with what is already there: the show's products and the new ones before it.
        for (const Product& other : std::as_const(merged)) {
            const bool sameTitle = titlesLookAlike(product.title, other.title);
            if (sameTitle || skusLookAlike(product.sku, other.sku)) {
                report->lookAlikes << MergeReport::LookAlike{product.sku, other.sku, sameTitle};
                break;
            }
        }
        known.insert(product.sku);
        report->titles.insert(product.sku, product.title);
        report->added << product.sku;
        merged << product;
    }
    // New products get free claim codes; an imported code is kept when it is valid and free.
    assignClaimCodes(merged);
    return merged;
}

} // namespace vitrine
