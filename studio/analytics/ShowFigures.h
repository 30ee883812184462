#pragma once

#include "analytics/ShopifyOrdersCsv.h"
#include "analytics/ShowTimeline.h"
#include "show/Product.h"

#include <QJsonObject>
#include <QList>
#include <QMap>

namespace vitrine {

// Orders and revenue of a set of orders. Pending orders count; refunded and voided ones stay in revenue at
// their original total and are left out of revenueExcludingRefunded (partial refunds are subtracted there).
struct OrderFigures {
    int orders = 0;
    Money revenue;
    Money revenueExcludingRefunded;

    void add(const ShopOrder& order);
    QJsonObject toJson() const;
};

struct DiscountCodeFigures {
    OrderFigures all;
    Money discount;
    OrderFigures liveWindow;
};

struct ProductFigures {
    QString title;
    QString vendor;
    int units = 0;
    int unitsLiveWindow = 0;
    int unitsWhilePinned = 0; // ordered while the product was pinned
    Money revenue;            // its line items at their price, refunded orders included
    qint64 pinnedMs = 0;
};

struct BrandFigures {
    int orders = 0; // orders with at least one of its products
    int units = 0;
    Money revenue;
};

// The show's figures from the shop's orders and the show's event log (issue 15); cancelled orders are left
// out of everything. toJson() is figures.json, documented in the README.
struct ShowFigures {
    QString currency;
    TimeWindow live;
    QList<TimeWindow> promos;
    TimeWindow after24h;
    TimeWindow after48h;
    OrderFigures all;
    OrderFigures liveWindow;
    OrderFigures promoWindow;
    OrderFigures in24h;
    OrderFigures in48h;
    int cancelledOrders = 0;
    QMap<QString, DiscountCodeFigures> discountCodes;
    QMap<QString, ProductFigures> products; // by SKU
    QMap<QString, OrderFigures> platforms;  // by utm_source
    QMap<QString, BrandFigures> brands;     // by vendor

    // catalogue: the show's products, for titles and vendors the export lacks, and pinned products it never
    // sold.
    static ShowFigures compute(const QList<ShopOrder>& orders, const QString& currency,
                               const ShowTimeline& timeline, const QList<Product>& catalogue);
    QJsonObject toJson() const;

private:
    void addOrder(const ShopOrder& order, const ShowTimeline& timeline, const QList<Product>& catalogue);
};

} // namespace vitrine
