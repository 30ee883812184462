#include "remote/PublicFeed.h"

#include "runtime/LiveShow.h"
#include "show/LiveState.h"
#include "show/ShowStore.h"
#include "show/TrackedLink.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMetaObject>
#include <QMimeDatabase>
#include <QUrl>

namespace vitrine {
namespace {

bool isWebUrl(const QString& image)
{
    const QUrl url(image);
    return url.isValid() &&
           (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) &&
           !url.host().isEmpty();
}

QString stockLevel(const Product& product)
{
    if (product.isSoldOut())
        return QStringLiteral("sold-out");
    if (product.stock && *product.stock <= product.lowStockThreshold)
        return QStringLiteral("low");
    return QStringLiteral("in-stock");
}

} // namespace

PublicFeed::PublicFeed(LiveShow& show, QObject* parent) : QObject(parent), m_show(show)
{
    // Pins, promos, flash sales (LiveState::changed) and the catalogue's prices and stock (ShowStore).
    connect(&m_show.live(), &LiveState::changed, this, &PublicFeed::schedule);
    connect(&m_show.store(), &ShowStore::changed, this, &PublicFeed::schedule);
    m_content = content();
    m_seq = 1;
    m_state = m_content;
    m_state.insert(QStringLiteral("seq"), static_cast<qint64>(m_seq));
    m_state.insert(QStringLiteral("updatedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
}

void PublicFeed::schedule()
{
    // A next-segment is a pin and a segment in one call: viewers get one state, after the whole turn.
    if (m_scheduled)
        return;
    m_scheduled = true;
    QMetaObject::invokeMethod(this, &PublicFeed::publish, Qt::QueuedConnection);
}

void PublicFeed::publish()
{
    m_scheduled = false;
    QJsonObject next = content();
    if (next == m_content)
        return; // a change viewers do not see (a private figure, the notes…)
    m_content = next;
    ++m_seq;
    next.insert(QStringLiteral("seq"), static_cast<qint64>(m_seq));
    next.insert(QStringLiteral("updatedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    m_state = next;
    Q_EMIT changed(m_state);
}

QJsonObject PublicFeed::content() const
{
    const ShowDocument& show = m_show.store().document();
    const LiveState& live = m_show.live();
    QJsonObject state{{QStringLiteral("title"), show.title}};
    const QJsonObject pinned = pinnedProduct(live.pinnedSku());
    state.insert(QStringLiteral("pinned"), pinned.isEmpty() ? QJsonValue() : QJsonValue(pinned));
    if (!live.runningPromo().isEmpty()) {
        QJsonObject promo{{QStringLiteral("code"), live.runningPromo()}};
        promo.insert(QStringLiteral("endsAt"),
                     live.promoEndsAt().isValid()
                         ? QJsonValue(live.promoEndsAt().toUTC().toString(Qt::ISODateWithMs))
                         : QJsonValue());
        state.insert(QStringLiteral("promo"), promo);
    } else {
        state.insert(QStringLiteral("promo"), QJsonValue());
    }
    if (const std::optional<FlashSale> sale = live.flashSale()) {
        // What the flash overlay shows on air: the price, the times and how many are left at that price.
        state.insert(
            QStringLiteral("flashSale"),
            QJsonObject{{QStringLiteral("sku"), sale->sku},
                        {QStringLiteral("price"), sale->price.toDecimalString()},
                        {QStringLiteral("currency"), sale->price.currency},
                        {QStringLiteral("startsAt"), sale->startsAt.toUTC().toString(Qt::ISODateWithMs)},
                        {QStringLiteral("endsAt"), sale->endsAt.toUTC().toString(Qt::ISODateWithMs)},
                        {QStringLiteral("left"), sale->left(show.product(sale->sku))}});
    } else {
        state.insert(QStringLiteral("flashSale"), QJsonValue());
    }
    return state;
}

QJsonObject PublicFeed::pinnedProduct(const QString& sku) const
{
    const ShowDocument& show = m_show.store().document();
    const Product* product = sku.isEmpty() ? nullptr : show.product(sku);
    if (!product)
        return {};
    QJsonObject json{{QStringLiteral("sku"), product->sku},
                     {QStringLiteral("title"), product->title},
                     {QStringLiteral("price"), product->price.toDecimalString()},
                     {QStringLiteral("currency"), product->price.currency},
                     {QStringLiteral("stockLevel"), stockLevel(*product)},
                     {QStringLiteral("claimCode"), product->claimCode}};
    // The card says "Only 3 left!" when stock is low: viewers may read that number, and no other.
    if (json.value(QStringLiteral("stockLevel")) == QLatin1String("low"))
        json.insert(QStringLiteral("left"), *product->stock);
    json.insert(QStringLiteral("compareAtPrice"),
                product->compareAtPrice && product->compareAtPrice->minor > product->price.minor
                    ? QJsonValue(product->compareAtPrice->toDecimalString())
                    : QJsonValue());
    json.insert(QStringLiteral("image"),
                product->images.isEmpty() ? QString() : imageUrl(product->images.first()));
    json.insert(QStringLiteral("link"),
                product->url.isEmpty() ? QString()
                                       : trackedLink(product->url, QStringLiteral("site"),
                                                     show.effectiveCampaign(), QStringLiteral("widget")));
    return json;
}

QString PublicFeed::publicName(const QString& image)
{
    if (image.isEmpty() || isWebUrl(image) || image.contains(QLatin1Char(':')) ||
        image.contains(QLatin1Char('\\')))
        return {};
    const QString clean = QDir::cleanPath(image);
    if (QDir::isAbsolutePath(clean) || clean == QLatin1String("..") || clean.startsWith(QLatin1String("../")))
        return {};
    return clean;
}

QString PublicFeed::imageUrl(const QString& image)
{
    if (isWebUrl(image))
        return image;
    const QString name = publicName(image);
    if (name.isEmpty())
        return {};
    return QStringLiteral("/images/") + QString::fromUtf8(QUrl::toPercentEncoding(name, "/"));
}

std::optional<QByteArray> PublicFeed::image(const QString& name, QByteArray* contentType) const
{
    if (name.isEmpty() || name.contains(QLatin1String("..")) || publicName(name) != name)
        return std::nullopt;
    // Only the images the show's products name: never any other file of the folder.
    bool listed = false;
    for (const Product& product : m_show.store().document().products)
        for (const QString& image : product.images)
            listed = listed || publicName(image) == name;
    if (!listed)
        return std::nullopt;
    const QDir showDir = QFileInfo(m_show.showPath()).absoluteDir();
    const QString folder = showDir.canonicalPath();
    const QString path = QFileInfo(showDir.filePath(name)).canonicalFilePath();
    // A symbolic link out of the show's folder is refused like "../".
    if (folder.isEmpty() || path.isEmpty() || !path.startsWith(folder + QLatin1Char('/')))
        return std::nullopt;
    QFile file(path);
    if (file.size() > kMaxImageBytes || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray bytes = file.readAll();
    const QString type = QMimeDatabase().mimeTypeForData(bytes).name();
    // Raster images only: an SVG could carry script onto the studio's pages.
    static const QStringList allowed{QStringLiteral("image/png"), QStringLiteral("image/jpeg"),
                                     QStringLiteral("image/webp"), QStringLiteral("image/gif")};
    if (!allowed.contains(type))
        return std::nullopt;
    if (contentType)
        *contentType = type.toLatin1();
    return bytes;
}

} // namespace vitrine
