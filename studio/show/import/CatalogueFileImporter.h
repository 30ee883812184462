#pragma once

#include "show/import/ImportReport.h"

#include <QString>

namespace vitrine {

enum class CatalogueFormat { Csv, ShopifyJson, MerchantFeed };

// Which importer reads a file: by its content (XML, JSON) before its extension, since shops' exports are
// often renamed; anything else is CSV.
CatalogueFormat detectCatalogueFormat(const QString& path);

// Imports a catalogue file with the right importer (CSV with its guessed column mapping). Prices that carry
// no currency (a CSV column of plain numbers, a storefront products.json) get defaultCurrency, e.g. "EUR".
ImportReport importCatalogueFile(const QString& path, const QString& defaultCurrency = {});

} // namespace vitrine
