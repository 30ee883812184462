#pragma once

#include "show/Product.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace vitrine {

// What a re-import changed, for the report the producer reads before accepting it.
struct MergeReport {
    QStringList added;   // SKUs new to the show
    QStringList updated; // SKUs whose price, stock or availability changed
    QStringList unchanged;
    QStringList missing; // SKUs of the show absent from the import (kept: the producer decides)
    QStringList changes; // one line per change, for people: "MOUL-01: price 89.90 → 79.90"
};

// Merges an import into the show's catalogue by SKU: the shop's facts (price, compare-at price, stock,
// availability, images, URL, variants) are refreshed; the producer's work (pitch, order, low-stock
// threshold, claim code) is kept; new products are appended in the import's order and given claim codes.
QList<Product> mergeCatalogue(const QList<Product>& current, const QList<Product>& imported,
                              MergeReport* report);

} // namespace vitrine
