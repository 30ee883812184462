#pragma once

#include "show/Money.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace vitrine {

// A variant of a product (a size, a colour) with its own stock.
struct ProductVariant {
    QString sku;
    QString title;                  // "M / Bleu"
    QMap<QString, QString> options; // option name → value, e.g. "Taille" → "M"
    std::optional<Money> price;     // nullopt: the product's price
    std::optional<Money> compareAtPrice;
    std::optional<int> stock; // nullopt: unknown (a storefront feed only says available or not)
    bool available = true;

    bool isSoldOut() const { return !available || (stock && *stock <= 0); }
    bool operator==(const ProductVariant&) const = default;
};

// A product of the show's catalogue.
struct Product {
    QString sku; // the id shows and imports merge on
    QString title;
    QString pitch; // a short plain-text pitch (HTML from feeds decoded to text)
    // Key facts the presenter reads on air ("40 grind settings"), the producer's: imports never bring any.
    QStringList facts;
    Money price;
    std::optional<Money> compareAtPrice;
    QStringList images; // URLs or paths, the first is the main one
    QString url;        // the product page
    QString vendor;     // brand
    QString claimCode;  // what viewers write in chat to claim it ("A1"), unique in the show; see ClaimCode.h
    QList<ProductVariant> variants;
    std::optional<int> stock; // total; nullopt: unknown
    int lowStockThreshold = 5;
    bool available = true;

    bool isSoldOut() const { return !available || (stock && *stock <= 0); }
    bool operator==(const Product&) const = default;
};

} // namespace vitrine
