#include "analytics/ReportPlots.h"

#include <QPainter>

#include <algorithm>

namespace vitrine {
namespace {

constexpr qint64 kBucketMs = qint64(ReportPlots::kBucketMinutes) * 60 * 1000;
constexpr int kMinutesBefore = 30;
constexpr int kMinutesAfter = 60;
const QColor kLiveShade(255, 90, 90, 60);
const QColor kPromoShade(60, 200, 120, 90);
const QColor kBar(40, 110, 200);
const QColor kAxis(60, 60, 60);

QImage blank(QSize size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    return image;
}

} // namespace

QList<int> ReportPlots::ordersPerBucket(const QList<ShopOrder>& orders, const QDateTime& from, int buckets)
{
    QList<int> counts(buckets, 0);
    for (const ShopOrder& order : orders) {
        if (order.cancelled || order.createdAt < from)
            continue;
        const qint64 bucket = from.msecsTo(order.createdAt) / kBucketMs;
        if (bucket < buckets)
            ++counts[static_cast<int>(bucket)];
    }
    return counts;
}

QImage ReportPlots::ordersOverTime(const QList<ShopOrder>& orders, const ShowFigures& figures, QSize size)
{
    if (!figures.live.isValid())
        return {};
    const QDateTime from = figures.live.start.addSecs(-kMinutesBefore * 60);
    const QDateTime to = figures.live.end.addSecs(kMinutesAfter * 60);
    const int buckets = static_cast<int>((from.msecsTo(to) + kBucketMs - 1) / kBucketMs);
    const QList<int> counts = ordersPerBucket(orders, from, buckets);
    const int highest = std::max(1, *std::max_element(counts.cbegin(), counts.cend()));

    QImage image = blank(size);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF plot(70, 50, size.width() - 100, size.height() - 110);
    const double msWidth = plot.width() / static_cast<double>(from.msecsTo(to));
    auto xOf = [&](const QDateTime& time) { return plot.left() + from.msecsTo(time) * msWidth; };
    auto shade = [&](const TimeWindow& window, const QColor& color) {
        const double left = std::max(plot.left(), xOf(window.start));
        const double right = std::min(plot.right(), xOf(window.end));
        if (right > left)
            painter.fillRect(QRectF(left, plot.top(), right - left, plot.height()), color);
    };
    shade(figures.live, kLiveShade);
    for (const TimeWindow& promo : figures.promos)
        shade(promo, kPromoShade);

    const double barWidth = kBucketMs * msWidth;
    for (int i = 0; i < buckets; ++i) {
        const double height = plot.height() * counts.at(i) / highest;
        // Narrower than its bucket, so the shaded windows show between the bars.
        painter.fillRect(
            QRectF(plot.left() + (i + 0.2) * barWidth, plot.bottom() - height, barWidth * 0.6, height), kBar);
    }
    painter.setPen(kAxis);
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawLine(plot.bottomLeft(), plot.topLeft());
    QFont font = painter.font();
    font.setPixelSize(16);
    painter.setFont(font);
    painter.drawText(QRectF(0, 5, size.width(), 30), Qt::AlignCenter,
                     tr("Orders per %1 minutes (UTC); red: live, green: promo").arg(kBucketMinutes));
    painter.drawText(QRectF(0, plot.top() - 10, plot.left() - 8, 20), Qt::AlignRight | Qt::AlignVCenter,
                     QString::number(highest));
    painter.drawText(QRectF(0, plot.bottom() - 10, plot.left() - 8, 20), Qt::AlignRight | Qt::AlignVCenter,
                     QStringLiteral("0"));
    const int labelStep = std::max(3, buckets / 12); // about a dozen labels, however long the live
    for (int i = 0; i <= buckets; i += labelStep) {
        const QDateTime at = from.addMSecs(i * kBucketMs);
        painter.drawText(QRectF(plot.left() + i * barWidth - 40, plot.bottom() + 8, 80, 24), Qt::AlignCenter,
                         at.toUTC().toString(QStringLiteral("HH:mm")));
    }
    return image;
}

QImage ReportPlots::revenueByProduct(const ShowFigures& figures, QSize size)
{
    QList<QPair<QString, const ProductFigures*>> sold;
    for (auto it = figures.products.cbegin(); it != figures.products.cend(); ++it)
        if (it->revenue.minor > 0)
            sold.append({it.key(), &it.value()});
    if (sold.isEmpty())
        return {};
    std::sort(sold.begin(), sold.end(),
              [](const auto& a, const auto& b) { return a.second->revenue.minor > b.second->revenue.minor; });
    const std::int64_t highest = sold.first().second->revenue.minor;

    QImage image = blank(size);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font = painter.font();
    font.setPixelSize(16);
    painter.setFont(font);
    painter.setPen(kAxis);
    painter.drawText(QRectF(0, 5, size.width(), 30), Qt::AlignCenter,
                     tr("Revenue per product (%1)").arg(figures.currency));
    const QRectF plot(320, 50, size.width() - 480, size.height() - 70);
    const double rowHeight = plot.height() / sold.size();
    for (int i = 0; i < sold.size(); ++i) {
        const ProductFigures& product = *sold.at(i).second;
        const double top = plot.top() + i * rowHeight;
        const double width =
            plot.width() * static_cast<double>(product.revenue.minor) / static_cast<double>(highest);
        painter.fillRect(QRectF(plot.left(), top + rowHeight * 0.15, width, rowHeight * 0.7), kBar);
        const QString label = product.title.isEmpty() ? sold.at(i).first : product.title;
        painter.drawText(
            QRectF(0, top, plot.left() - 10, rowHeight), Qt::AlignRight | Qt::AlignVCenter,
            painter.fontMetrics().elidedText(label, Qt::ElideRight, static_cast<int>(plot.left() - 20)));
        painter.drawText(QRectF(plot.left() + width + 8, top, 150, rowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, product.revenue.toDecimalString());
    }
    return image;
}

} // namespace vitrine
