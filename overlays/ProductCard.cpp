#include "ProductCard.h"

#include "QrCode.h"

#include "show/Platform.h"
#include "show/ShowDocument.h"
#include "show/TrackedLink.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace vitrine {
namespace {

int scaled(double fraction, int length)
{
    return static_cast<int>(std::lround(fraction * length));
}

QString shortLinkOf(const QString& url)
{
    const QUrl parsed(url);
    if (!parsed.isValid() || parsed.host().isEmpty())
        return url;
    QString host = parsed.host();
    if (host.startsWith(QLatin1String("www.")))
        host.remove(0, 4);
    QString path = parsed.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    return host + path;
}

} // namespace

bool ProductCardContent::operator==(const ProductCardContent& other) const
{
    return sku == other.sku && title == other.title && variant == other.variant && price == other.price &&
           compareAt == other.compareAt && stock == other.stock && stockLeft == other.stockLeft &&
           link == other.link && shortLink == other.shortLink && claimCode == other.claimCode &&
           image.cacheKey() == other.image.cacheKey() && brand == other.brand &&
           brandLogo.cacheKey() == other.brandLogo.cacheKey();
}

ProductCardContent ProductCardContent::fromShow(const ShowDocument& show, const QString& sku,
                                                const QImage& image, const QLocale& locale,
                                                const QImage& brandLogo)
{
    ProductCardContent content;
    const Product* product = show.product(sku);
    if (!product)
        return content;
    content.sku = product->sku;
    content.title = product->title.simplified();
    QStringList variants;
    for (const ProductVariant& variant : product->variants)
        if (!variant.title.isEmpty() && !variant.isSoldOut())
            variants << variant.title.simplified();
    content.variant = variants.join(QStringLiteral(" · "));
    content.price = product->price.toDisplayString(locale);
    if (product->compareAtPrice && product->compareAtPrice->minor > product->price.minor)
        content.compareAt = product->compareAtPrice->toDisplayString(locale);
    if (product->isSoldOut()) {
        content.stock = Stock::SoldOut;
    } else if (product->stock && *product->stock <= product->lowStockThreshold) {
        content.stock = Stock::Low;
        content.stockLeft = *product->stock;
    }
    if (!product->url.isEmpty()) {
        content.link = qrTrackedLink(show, product->url);
        content.shortLink = shortLinkOf(product->url);
    }
    content.claimCode = product->claimCode;
    content.image = image;
    if (!product->vendor.isEmpty() && (show.brands.size() > 1 || show.brandLogos.contains(product->vendor))) {
        content.brand = product->vendor.simplified();
        content.brandLogo = brandLogo;
    }
    return content;
}

QString qrLinkSource(const QList<Destination>& destinations)
{
    QSet<QString> platforms;
    for (const Destination& destination : destinations)
        if (destination.enabled)
            platforms.insert(QString(Platform::info(destination.platform).key));
    return platforms.size() == 1 ? *platforms.cbegin() : QStringLiteral("live");
}

QString qrTrackedLink(const ShowDocument& show, const QString& productUrl)
{
    return trackedLink(productUrl, qrLinkSource(show.destinations), show.effectiveCampaign(),
                       QStringLiteral("qr"));
}

ProductCardLayout ProductCardLayout::forCanvas(QSize canvas, const OverlayTheme& theme)
{
    ProductCardLayout layout;
    const QSize size(std::max(canvas.width(), 1), std::max(canvas.height(), 1));
    const int unit = std::min(size.width(), size.height()); // 720 on a 1280×720 canvas, 1080 on 1080×1920
    layout.card = theme.placement(OverlayKind::Card, size);
    layout.padding = scaled(0.017, unit);
    layout.radius = theme.radiusPixels(size);
    return layout;
}

QRect ProductCardPainter::qrArea(const ProductCardLayout& layout)
{
    const int side = layout.card.height() - 2 * layout.padding;
    return QRect(layout.card.width() - layout.padding - side, layout.padding, side, side);
}

QRect ProductCardPainter::imageArea(const ProductCardLayout& layout)
{
    // At most a fifth of the card's width, so the text column keeps room for a title on a vertical canvas.
    const int inner = layout.card.height() - 2 * layout.padding;
    const int side = std::min(inner, scaled(0.2, layout.card.width()));
    return QRect(layout.padding, layout.padding, side, side);
}

QRect ProductCardPainter::brandLogoArea(const ProductCardLayout& layout, QSize logo)
{
    // A quarter of the picture's height, up to its full width for a wide logo, inset from its corner.
    const QRect picture = imageArea(layout);
    const int height = std::max(picture.height() / 4, 8);
    const int margin = std::max(height / 8, 1);
    const double aspect = logo.isEmpty() ? 1.0 : double(logo.width()) / logo.height();
    const int width =
        std::clamp(int((height - 2 * margin) * aspect) + 2 * margin, height, picture.width() - 2 * margin);
    const int inset = std::max(picture.width() / 20, 2);
    return QRect(picture.x() + inset, picture.y() + inset, width, height);
}

QString ProductCardPainter::stockText(const ProductCardContent& content)
{
    switch (content.stock) {
    case ProductCardContent::Stock::SoldOut:
        return tr("Sold out");
    case ProductCardContent::Stock::Low:
        return tr("Only %n left!", nullptr, content.stockLeft);
    case ProductCardContent::Stock::Plenty:
        break;
    }
    return {};
}

QString ProductCardPainter::claimText(const ProductCardContent& content)
{
    if (content.claimCode.isEmpty() || content.stock == ProductCardContent::Stock::SoldOut)
        return {};
    //: What viewers write in chat to claim the product on screen; %1 is its claim code ("A1").
    return tr("Comment SOLD %1").arg(content.claimCode);
}

QImage ProductCardPainter::paint(const ProductCardContent& content, const ProductCardLayout& layout) const
{
    return m_theme.panel(layout.card.size(), layout.radius,
                         [&](QPainter& painter) { paintBody(painter, content, layout); });
}

void ProductCardPainter::paintBody(QPainter& painter, const ProductCardContent& content,
                                   const ProductCardLayout& layout) const
{
    const QSize size = layout.card.size();
    const int pad = layout.padding;
    const int inner = size.height() - 2 * pad;

    // The picture, or a placeholder with the title's initial.
    const QRect imageRect = imageArea(layout);
    QPainterPath imageClip;
    imageClip.addRoundedRect(imageRect, layout.radius * 0.6, layout.radius * 0.6);
    painter.save();
    painter.setClipPath(imageClip);
    if (!content.image.isNull()) {
        painter.fillRect(imageRect, Qt::white);
        const QImage scaledImage =
            content.image.scaled(imageRect.size(), Qt::KeepAspectRatio, Qt::SmoothTransformation);
        painter.drawImage(imageRect.x() + (imageRect.width() - scaledImage.width()) / 2,
                          imageRect.y() + (imageRect.height() - scaledImage.height()) / 2, scaledImage);
    } else {
        QColor placeholder = m_theme.foreground;
        placeholder.setAlpha(45);
        painter.fillRect(imageRect, placeholder);
        painter.setPen(m_theme.foreground);
        painter.setFont(m_theme.font(imageRect.height() / 2, true));
        const QString initial =
            content.title.isEmpty() ? QStringLiteral("?") : content.title.left(1).toUpper();
        painter.drawText(imageRect, Qt::AlignCenter, initial);
    }
    painter.restore();
    if (!content.brandLogo.isNull()) {
        // A white badge keeps a dark or transparent logo readable on any picture.
        const QRect badge = brandLogoArea(layout, content.brandLogo.size());
        const int margin = std::max(badge.height() / 8, 1);
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::white);
        painter.drawRoundedRect(badge, margin * 1.5, margin * 1.5);
        const QImage logo = content.brandLogo.scaled(badge.size() - QSize(2 * margin, 2 * margin),
                                                     Qt::KeepAspectRatio, Qt::SmoothTransformation);
        painter.drawImage(badge.x() + (badge.width() - logo.width()) / 2,
                          badge.y() + (badge.height() - logo.height()) / 2, logo);
    }

    // The QR code of the tracked link, on the right.
    const QRect qr = qrArea(layout);
    const QrCode code = QrCode::encode(content.link.toUtf8());
    const bool hasQr = !code.isNull() && code.drawnSide(qr.width()) > 0;
    if (hasQr)
        code.paint(painter, qr);

    // The text column between them.
    const int left = imageRect.right() + 1 + pad;
    const int right = hasQr ? qr.left() - pad : size.width() - pad;
    const int width = std::max(right - left, 1);
    int y = pad;
    const auto line = [&](const QFont& font, const QColor& colour, const QString& text) {
        const QFontMetrics metrics(font);
        painter.setFont(font);
        painter.setPen(colour);
        painter.drawText(QRect(left, y, width, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(text, Qt::ElideRight, width));
        y += metrics.height();
    };
    const QColor muted = m_theme.muted;
    if (!content.brand.isEmpty() && content.brandLogo.isNull())
        line(m_theme.font(scaled(0.06, inner), true), muted, content.brand.toUpper());
    line(m_theme.font(scaled(0.085, inner), true), m_theme.foreground, content.title);
    if (!content.variant.isEmpty())
        line(m_theme.font(scaled(0.07, inner), false), muted, content.variant);
    y += pad / 2;

    // Price, and the regular price struck through beside it.
    const QFont priceFont = m_theme.font(scaled(0.14, inner), true);
    const QFontMetrics priceMetrics(priceFont);
    painter.setFont(priceFont);
    painter.setPen(m_theme.foreground);
    const QString price = priceMetrics.elidedText(content.price, Qt::ElideRight, width);
    painter.drawText(QRect(left, y, width, priceMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter, price);
    if (!content.compareAt.isEmpty()) {
        QFont struck = m_theme.font(scaled(0.085, inner), false);
        struck.setStrikeOut(true);
        const QFontMetrics struckMetrics(struck);
        const int x = left + priceMetrics.horizontalAdvance(price) + pad;
        if (x < right) {
            painter.setFont(struck);
            painter.setPen(muted);
            painter.drawText(QRect(x, y, right - x, priceMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                             struckMetrics.elidedText(content.compareAt, Qt::ElideRight, right - x));
        }
    }
    y += priceMetrics.height() + pad / 2;

    // The stock badge from live stock, then how to claim it in chat, as pills on one row.
    const QFont badgeFont = m_theme.font(scaled(0.075, inner), true);
    const QFontMetrics badgeMetrics(badgeFont);
    int pillLeft = left;
    const auto pill = [&](const QString& label, const QColor& fill, const QColor& ink) {
        const int room = right - pillLeft;
        if (label.isEmpty() || room < pad * 2)
            return;
        const QString text = badgeMetrics.elidedText(label, Qt::ElideRight, room - pad);
        const QRect box(pillLeft, y, std::min(badgeMetrics.horizontalAdvance(text) + pad, room),
                        badgeMetrics.height() + pad / 2);
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawRoundedRect(box, box.height() / 2.0, box.height() / 2.0);
        painter.setFont(badgeFont);
        painter.setPen(ink);
        painter.drawText(box, Qt::AlignCenter, text);
        pillLeft = box.right() + 1 + pad / 2;
    };
    pill(stockText(content),
         content.stock == ProductCardContent::Stock::SoldOut ? m_theme.danger : m_theme.accent, Qt::white);
    QColor claimInk = m_theme.background;
    claimInk.setAlpha(255);
    pill(claimText(content), m_theme.foreground, claimInk);

    // The short link, at the bottom: what to type when the QR code cannot be scanned.
    if (!content.shortLink.isEmpty()) {
        const QFont linkFont = m_theme.font(scaled(0.065, inner), false);
        const QFontMetrics linkMetrics(linkFont);
        painter.setFont(linkFont);
        painter.setPen(muted);
        painter.drawText(QRect(left, size.height() - pad - linkMetrics.height(), width, linkMetrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         linkMetrics.elidedText(content.shortLink, Qt::ElideMiddle, width));
    }
}

} // namespace vitrine
