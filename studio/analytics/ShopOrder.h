#pragma once

#include "show/Money.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace vitrine {

// One line item of a shop order.
struct ShopOrderLine {
    QString sku;
    QString title;
    QString vendor; // the brand, when the export names it
    int quantity = 0;
    Money price; // per unit, as exported

    Money total() const { return {price.minor * quantity, price.currency}; }
};

// One order of the shop's export, in its currency; totals VAT-inclusive as exported.
struct ShopOrder {
    QString name;            // "#1001"
    QString financialStatus; // paid, pending, refunded, partially_refunded, voided, authorized…
    QDateTime createdAt;     // UTC
    bool cancelled = false;
    Money total;
    Money refunded;       // the amount refunded so far (partial refunds)
    QString discountCode; // upper case, empty when none
    Money discount;
    QString utmSource; // from the landing page's query, empty when the export has none
    QList<ShopOrderLine> lines;
    int line = 0; // where it starts in the file

    bool isRefunded() const;
    bool isVoided() const { return financialStatus == QLatin1String("voided"); }
    // What the shop keeps of it: nothing when refunded or voided, the total less partial refunds otherwise.
    Money keptTotal() const;
};

} // namespace vitrine
