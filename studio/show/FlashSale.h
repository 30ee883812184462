#pragma once

#include "show/Money.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace vitrine {

struct Product;

// A flash sale, as TikTok Shop runs them: announced with a countdown to its start, then one product at a sale
// price for a few minutes and a limited quantity, ending by itself when the time or the quantity runs out.
struct FlashSale {
    static constexpr int kMinStartsInSeconds = 10;
    static constexpr int kMaxStartsInSeconds = 300;

    QString sku;
    Money price;
    int quantity = 0;   // how many at this price
    QDateTime startsAt; // UTC
    QDateTime endsAt;   // UTC
    std::optional<int>
        stockAtStart; // the product's live stock when the sale started (what sells counts down)

    bool hasStarted(const QDateTime& now) const { return now >= startsAt; }
    bool hasEnded(const QDateTime& now) const { return now >= endsAt; }
    // How many are left at the sale price: the quantity less what the live stock lost since the start, and
    // never more than the live stock.
    int left(const Product* product) const;

    QJsonObject toJson() const;
    static std::optional<FlashSale> fromJson(const QJsonObject& json);
    bool operator==(const FlashSale&) const = default;
};

} // namespace vitrine
