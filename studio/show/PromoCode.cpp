#include "show/PromoCode.h"

#include <QJsonArray>

namespace vitrine {

bool PromoCode::isValidAt(const QDateTime& now, const QDateTime& liveStart,
                          const std::optional<QDateTime>& liveEnd) const
{
    if (!liveStart.isValid() || now < liveStart)
        return false;
    return !liveEnd || now <= liveEnd->addSecs(qint64(hoursAfterLive) * 3600);
}

QJsonObject PromoCode::toJson() const
{
    QJsonObject json{{QStringLiteral("code"), code},
                     {QStringLiteral("discountText"), discountText},
                     {QStringLiteral("hoursAfterLive"), hoursAfterLive}};
    if (countdownMinutes > 0)
        json.insert(QStringLiteral("countdownMinutes"), countdownMinutes);
    if (!productSkus.isEmpty())
        json.insert(QStringLiteral("productSkus"), QJsonArray::fromStringList(productSkus));
    return json;
}

PromoCode PromoCode::fromJson(const QJsonObject& json)
{
    PromoCode promo;
    promo.code = json.value(QStringLiteral("code")).toString();
    promo.discountText = json.value(QStringLiteral("discountText")).toString();
    promo.hoursAfterLive = json.value(QStringLiteral("hoursAfterLive")).toInt(48);
    promo.countdownMinutes = json.value(QStringLiteral("countdownMinutes")).toInt(0);
    for (const QJsonValue& sku : json.value(QStringLiteral("productSkus")).toArray())
        promo.productSkus << sku.toString();
    return promo;
}

} // namespace vitrine
