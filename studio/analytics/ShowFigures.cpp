#include "analytics/ShowFigures.h"

#include <QJsonArray>
#include <QSet>

namespace vitrine {
namespace {

constexpr qint64 kSecondsPerDay = 24 * 3600;

QString isoUtc(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonValue windowJson(const TimeWindow& window)
{
    if (!window.isValid())
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("start"), isoUtc(window.start)},
                       {QStringLiteral("end"), isoUtc(window.end)}};
}

QJsonObject withWindow(QJsonObject figures, const TimeWindow& window)
{
    figures.insert(QStringLiteral("window"), windowJson(window));
    return figures;
}

Money plus(const Money& a, const Money& b)
{
    return {a.minor + b.minor, a.currency.isEmpty() ? b.currency : a.currency};
}

const Product* findProduct(const QList<Product>& catalogue, const QString& sku)
{
    for (const Product& product : catalogue) {
        if (product.sku == sku)
            return &product;
        for (const ProductVariant& variant : product.variants)
            if (variant.sku == sku)
                return &product;
    }
    return nullptr;
}

} // namespace

void OrderFigures::add(const ShopOrder& order)
{
    ++orders;
    revenue = plus(revenue, order.total);
    revenueExcludingRefunded = plus(revenueExcludingRefunded, order.keptTotal());
}

QJsonObject OrderFigures::toJson() const
{
    return {{QStringLiteral("orders"), orders},
            {QStringLiteral("revenue"), revenue.toDecimalString()},
            {QStringLiteral("revenueExcludingRefunded"), revenueExcludingRefunded.toDecimalString()},
            {QStringLiteral("currency"), revenue.currency}};
}

ShowFigures ShowFigures::compute(const QList<ShopOrder>& orders, const QString& currency,
                                 const ShowTimeline& timeline, const QList<Product>& catalogue)
{
    ShowFigures figures;
    figures.currency = currency;
    for (OrderFigures* each :
         {&figures.all, &figures.liveWindow, &figures.promoWindow, &figures.in24h, &figures.in48h})
        each->revenue = each->revenueExcludingRefunded = Money{0, currency};
    figures.live = timeline.live;
    figures.promos = timeline.promos;
    if (figures.live.isValid()) {
        figures.after24h = {figures.live.end, figures.live.end.addSecs(kSecondsPerDay)};
        figures.after48h = {figures.live.end, figures.live.end.addSecs(2 * kSecondsPerDay)};
    }
    for (const PinSpan& pin : timeline.pins) {
        ProductFigures& product = figures.products[pin.sku];
        product.pinnedMs += pin.window.durationMs();
    }
    for (const ShopOrder& order : orders) {
        if (order.cancelled)
            ++figures.cancelledOrders;
        else
            figures.addOrder(order, timeline, catalogue);
    }
    for (auto it = figures.products.begin(); it != figures.products.end(); ++it) {
        if (it->revenue.currency.isEmpty())
            it->revenue.currency = currency;
        if (const Product* known = findProduct(catalogue, it.key())) {
            if (it->title.isEmpty())
                it->title = known->title;
            if (it->vendor.isEmpty())
                it->vendor = known->vendor;
        }
    }
    return figures;
}

void ShowFigures::addOrder(const ShopOrder& order, const ShowTimeline& timeline,
                           const QList<Product>& catalogue)
{
    const bool inLive = live.contains(order.createdAt);
    all.add(order);
    if (inLive)
        liveWindow.add(order);
    for (const TimeWindow& promo : promos) {
        if (promo.contains(order.createdAt)) {
            promoWindow.add(order);
            break;
        }
    }
    if (after24h.contains(order.createdAt))
        in24h.add(order);
    if (after48h.contains(order.createdAt))
        in48h.add(order);
    if (!order.discountCode.isEmpty()) {
        DiscountCodeFigures& code = discountCodes[order.discountCode];
        code.all.add(order);
        code.discount = plus(code.discount, order.discount);
        if (inLive)
            code.liveWindow.add(order);
    }
    if (!order.utmSource.isEmpty())
        platforms[order.utmSource].add(order);
    QSet<QString> orderBrands;
    for (const ShopOrderLine& line : order.lines) {
        const Product* known = findProduct(catalogue, line.sku);
        const QString vendor = !line.vendor.isEmpty() ? line.vendor : known ? known->vendor : QString();
        if (!line.sku.isEmpty()) {
            ProductFigures& product = products[line.sku];
            if (product.title.isEmpty())
                product.title = line.title;
            if (product.vendor.isEmpty())
                product.vendor = vendor;
            product.units += line.quantity;
            if (inLive)
                product.unitsLiveWindow += line.quantity;
            for (const PinSpan& pin : timeline.pins)
                if (pin.sku == line.sku && pin.window.contains(order.createdAt))
                    product.unitsWhilePinned += line.quantity;
            product.revenue = plus(product.revenue, line.total());
        }
        if (!vendor.isEmpty()) {
            BrandFigures& brand = brands[vendor];
            if (!orderBrands.contains(vendor))
                ++brand.orders;
            orderBrands.insert(vendor);
            brand.units += line.quantity;
            brand.revenue = plus(brand.revenue, line.total());
        }
    }
}

QJsonObject ShowFigures::toJson() const
{
    QJsonArray promoWindows;
    for (const TimeWindow& promo : promos)
        promoWindows.append(windowJson(promo));
    QJsonObject promoJson = promoWindow.toJson();
    promoJson.insert(QStringLiteral("windows"), promoWindows);

    QJsonObject codes;
    for (auto it = discountCodes.cbegin(); it != discountCodes.cend(); ++it) {
        QJsonObject code = it->all.toJson();
        code.insert(QStringLiteral("discount"), it->discount.toDecimalString());
        code.insert(QStringLiteral("liveWindow"),
                    QJsonObject{{QStringLiteral("orders"), it->liveWindow.orders},
                                {QStringLiteral("revenue"),
                                 Money{it->liveWindow.revenue.minor, currency}.toDecimalString()}});
        codes.insert(it.key(), code);
    }
    QJsonObject productsJson;
    for (auto it = products.cbegin(); it != products.cend(); ++it)
        productsJson.insert(it.key(), QJsonObject{{QStringLiteral("title"), it->title},
                                                  {QStringLiteral("vendor"), it->vendor},
                                                  {QStringLiteral("units"), it->units},
                                                  {QStringLiteral("unitsLiveWindow"), it->unitsLiveWindow},
                                                  {QStringLiteral("unitsWhilePinned"), it->unitsWhilePinned},
                                                  {QStringLiteral("revenue"), it->revenue.toDecimalString()},
                                                  {QStringLiteral("currency"), currency},
                                                  {QStringLiteral("pinnedMs"), it->pinnedMs}});
    QJsonObject platformsJson;
    for (auto it = platforms.cbegin(); it != platforms.cend(); ++it) {
        QJsonObject platform = it->toJson();
        platform.remove(QStringLiteral("revenueExcludingRefunded"));
        platformsJson.insert(it.key(), platform);
    }
    QJsonObject brandsJson;
    for (auto it = brands.cbegin(); it != brands.cend(); ++it)
        brandsJson.insert(it.key(), QJsonObject{{QStringLiteral("orders"), it->orders},
                                                {QStringLiteral("units"), it->units},
                                                {QStringLiteral("revenue"), it->revenue.toDecimalString()},
                                                {QStringLiteral("currency"), currency}});
    return {{QStringLiteral("currency"), currency},
            {QStringLiteral("all"), all.toJson()},
            {QStringLiteral("liveWindow"), withWindow(liveWindow.toJson(), live)},
            {QStringLiteral("promoWindow"), promoJson},
            {QStringLiteral("after24h"), withWindow(in24h.toJson(), after24h)},
            {QStringLiteral("after48h"), withWindow(in48h.toJson(), after48h)},
            {QStringLiteral("cancelledOrders"), cancelledOrders},
            {QStringLiteral("discountCodes"), codes},
            {QStringLiteral("products"), productsJson},
            {QStringLiteral("platforms"), platformsJson},
            {QStringLiteral("brands"), brandsJson}};
}

} // namespace vitrine
