#pragma once

#include "show/Product.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace vitrine {

// Products ↔ the show file's JSON. Prices are written as decimal strings ("89.90") with their currency, so
// a hand-edited file never meets floating-point rounding.
QJsonObject productToJson(const Product& product);
// Reads what productToJson writes; problems (bad price, missing SKU) are appended to *errors with `where`.
Product productFromJson(const QJsonObject& json, const QString& where, QStringList* errors);

QJsonArray productsToJson(const QList<Product>& products);
QList<Product> productsFromJson(const QJsonArray& json, QStringList* errors);

} // namespace vitrine
