#pragma once

#include "show/import/ImportReport.h"

#include <QByteArray>
#include <QString>

namespace vitrine {

// Reads a Shopify storefront's /products.json ({"products": [...]}, also a single /products/<handle>.json
// {"product": {...}}) into an ImportReport.
//
// The storefront shape has quirks this follows: prices are strings ("89.99"; numbers are accepted too),
// compare_at_price is null or a string, variants say only whether they are `available`, never how many
// are left, so stock stays unknown (an Admin API export's inventory_quantity is used when present).
// A product is available when any variant is; its SKU, price and compare-at price are its first
// variant's; a variant without SKU gets "<handle>-<variant id>", and a product whose first variant has
// none gets its handle. A single variant without options (Shopify's "Default Title") is the product itself
// and leaves no variant list. body_html is decoded to plain text.
//
// Malformed JSON is fatal, with its line and column; a wrong shape (products not an array, a price neither
// string nor number) is an issue naming the line and JSON path, and the rest imports.
class ShopifyJsonImporter {
public:
    // With a shop base URL ("https://shop.example"), product URLs become "<base>/products/<handle>".
    explicit ShopifyJsonImporter(const QString& shopBaseUrl = {}, const QString& currency = {});

    ImportReport importFile(const QString& path) const;
    // `sourceName` (a path or URL) is what messages name.
    ImportReport importData(const QByteArray& json, const QString& sourceName) const;

private:
    QString m_shopBaseUrl;
    QString m_currency;
};

} // namespace vitrine
