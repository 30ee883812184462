#pragma once

#include "show/Product.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace vitrine {

// What a re-import changed, for the report the producer reads before accepting it.
struct MergeReport {
    QStringList added;   // SKUs new to the show
    QStringList updated; // SKUs whose price, stock or availability changed
    QStringList unchanged;
    QStringList missing;            // SKUs of the show absent from the import (kept: the producer decides)
    QStringList changes;            // one line per change, for people: "MOUL-01: price 89.90 → 79.90"
    QHash<QString, QString> titles; // SKU → title of every product above, so the review names products
    // A new product that looks like one already in the show or in the same import (a typo'd SKU, the same
    // title under another SKU): imported all the same, but said, so the producer can fix the file.
    struct LookAlike {
        QString sku;     // the new product
        QString similar; // the product it resembles
        bool sameTitle;  // true: same title (case and accents aside); false: SKUs one edit apart
    };
    QList<LookAlike> lookAlikes;
};

// Whether two SKUs look like a typo of one another: one letter or separator inserted, deleted or replaced
// ("CAF-ETH-250" / "CAFE-ETH-250"), case aside. A digit that differs makes another product of a range
// ("MUG-1" / "MUG-2"); identical SKUs and SKUs under 5 characters are not look-alikes.
bool skusLookAlike(const QString& a, const QString& b);
// Whether two titles are the same once case, accents, punctuation and spacing are set aside.
bool titlesLookAlike(const QString& a, const QString& b);

// Merges an import into the show's catalogue by SKU: the shop's facts (price, compare-at price, stock,
// availability, images, URL, variants) are refreshed; the producer's work (pitch, order, low-stock
// threshold, claim code) is kept; new products are appended in the import's order and given claim codes.
QList<Product> mergeCatalogue(const QList<Product>& current, const QList<Product>& imported,
                              MergeReport* report);

} // namespace vitrine
