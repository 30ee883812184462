#include "show/FlashSale.h"

#include "show/Product.h"

#include <algorithm>

namespace vitrine {

int FlashSale::left(const Product* product) const
{
    if (!product || !product->stock)
        return quantity;
    // Never more than the live stock holds: "50 left" of a coffee with 3 in stock would be a lie.
    const int sold = stockAtStart ? std::max(0, *stockAtStart - *product->stock) : 0;
    return std::clamp(std::min(quantity - sold, *product->stock), 0, quantity);
}

QJsonObject FlashSale::toJson() const
{
    QJsonObject json{{QStringLiteral("sku"), sku},
                     {QStringLiteral("price"), price.toDecimalString()},
                     {QStringLiteral("currency"), price.currency},
                     {QStringLiteral("quantity"), quantity},
                     {QStringLiteral("startsAt"), startsAt.toString(Qt::ISODateWithMs)},
                     {QStringLiteral("endsAt"), endsAt.toString(Qt::ISODateWithMs)}};
    if (stockAtStart)
        json.insert(QStringLiteral("stockAtStart"), *stockAtStart);
    return json;
}

std::optional<FlashSale> FlashSale::fromJson(const QJsonObject& json)
{
    FlashSale sale;
    sale.sku = json.value(QStringLiteral("sku")).toString();
    const std::optional<Money> price = Money::parse(json.value(QStringLiteral("price")).toString(),
                                                    json.value(QStringLiteral("currency")).toString());
    sale.quantity = json.value(QStringLiteral("quantity")).toInt();
    sale.startsAt =
        QDateTime::fromString(json.value(QStringLiteral("startsAt")).toString(), Qt::ISODateWithMs);
    sale.endsAt = QDateTime::fromString(json.value(QStringLiteral("endsAt")).toString(), Qt::ISODateWithMs);
    if (json.contains(QStringLiteral("stockAtStart")))
        sale.stockAtStart = json.value(QStringLiteral("stockAtStart")).toInt();
    if (sale.sku.isEmpty() || !price || sale.quantity <= 0 || !sale.startsAt.isValid() ||
        !sale.endsAt.isValid())
        return std::nullopt;
    sale.price = *price;
    return sale;
}

} // namespace vitrine
