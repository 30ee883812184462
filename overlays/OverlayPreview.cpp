#include "OverlayPreview.h"

#include "show/Platform.h"
#include "show/ShowDocument.h"

#include <QDir>
#include <QImageReader>
#include <QUrl>

#include <algorithm>

namespace vitrine {
namespace {

// A product's picture when it is a file of the show's folder (absolute, relative or file://); a URL is not
// fetched for a preview, so it draws the placeholder.
QImage localImage(const QString& reference, const QString& showFolder)
{
    if (reference.isEmpty())
        return {};
    QString path = reference;
    const QUrl url(reference);
    if (url.isLocalFile())
        path = url.toLocalFile();
    else if (!url.scheme().isEmpty() && url.scheme().size() > 1) // "C:" is a drive, not a scheme
        return {};
    QImageReader reader(QDir(showFolder).absoluteFilePath(path));
    reader.setAutoTransform(true);
    return reader.read();
}

} // namespace

Money OverlayPreview::twentyPercentOff(const Money& price)
{
    Money sale = price;
    sale.minor = (price.minor * 80 + 50) / 100;
    return sale;
}

std::optional<OverlayState> OverlayPreview::state(OverlayKind kind, const ShowDocument& show,
                                                  const QString& showFolder,
                                                  const OverlayPreviewOptions& options, QString* error)
{
    const auto fail = [&](const QString& reason) -> std::optional<OverlayState> {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    OverlayState state;
    state.enabled = {kind};
    if (options.locale)
        state.locale = *options.locale;
    else if (!show.locale.isEmpty())
        state.locale = QLocale(show.locale);
    state.now = options.at.isValid() ? options.at.toUTC() : QDateTime::currentDateTimeUtc();
    if (kind == OverlayKind::StartingSoon && !options.at.isValid() && show.scheduledStart.isValid())
        state.now = show.scheduledStart.toUTC().addSecs(-10 * 60);

    // The product a card or a flash sale is about: the one named, else the first.
    const auto product = [&]() -> const Product* {
        if (options.sku.isEmpty())
            return show.products.isEmpty() ? nullptr : &show.products.constFirst();
        return show.product(options.sku);
    };
    switch (kind) {
    case OverlayKind::Card: {
        const Product* pinned = product();
        if (!pinned)
            return fail(options.sku.isEmpty() ? tr("the show has no product")
                                              : tr("the show has no product with SKU “%1”").arg(options.sku));
        state.pinnedSku = pinned->sku;
        state.pinnedImage = localImage(pinned->images.value(0), showFolder);
        state.pinnedBrandLogo = localImage(show.brandLogos.value(pinned->vendor), showFolder);
        break;
    }
    case OverlayKind::Promo: {
        if (show.promoCodes.isEmpty())
            return fail(tr("the show has no promo code"));
        const auto promo =
            options.code.isEmpty()
                ? show.promoCodes.cbegin()
                : std::find_if(show.promoCodes.cbegin(), show.promoCodes.cend(), [&](const PromoCode& p) {
                      return p.code.compare(options.code, Qt::CaseInsensitive) == 0;
                  });
        if (promo == show.promoCodes.cend())
            return fail(tr("the show has no promo code “%1”").arg(options.code));
        state.promoCode = promo->code;
        // Just started: the countdown shows its whole length.
        if (promo->countdownMinutes > 0)
            state.promoEndsAt = state.now.addSecs(qint64(promo->countdownMinutes) * 60);
        break;
    }
    case OverlayKind::Flash: {
        const Product* onSale = product();
        if (!onSale)
            return fail(options.sku.isEmpty() ? tr("the show has no product")
                                              : tr("the show has no product with SKU “%1”").arg(options.sku));
        FlashSale sale;
        sale.sku = onSale->sku;
        sale.price = options.price ? *options.price : twentyPercentOff(onSale->price);
        if (sale.price.currency.isEmpty())
            sale.price.currency = onSale->price.currency;
        sale.quantity = std::max(options.quantity, 0);
        // Running with five minutes left, or announced with a countdown to its start.
        sale.startsAt = options.startsIn ? state.now.addSecs(std::max(*options.startsIn, 0)) : state.now;
        sale.endsAt = sale.startsAt.addSecs(5 * 60);
        sale.stockAtStart = onSale->stock;
        state.flash = sale;
        break;
    }
    case OverlayKind::Ticker:
        state.proof.sold = std::max(options.sold, 0);
        state.proof.wanting = std::max(options.wanting, 0);
        break;
    case OverlayKind::Highlight: {
        const PlatformInfo* platform = Platform::find(options.platform);
        if (!platform)
            return fail(tr("unknown platform “%1”").arg(options.platform));
        OverlayComment comment;
        comment.platform = QString(platform->key);
        comment.author = options.author.isEmpty() ? QStringLiteral("Léa_Cafés") : options.author;
        comment.text =
            options.text.isEmpty()
                ? QStringLiteral("Il existe en chêne clair ? Je le prends pour la fête des pères !")
                : options.text;
        state.highlight = comment;
        break;
    }
    case OverlayKind::Poll:
        state.poll = OverlayPoll{QStringLiteral("Quelle finition pour le moulin ?"),
                                 {QStringLiteral("Noir"), QStringLiteral("Chêne")},
                                 {41, 66},
                                 true};
        break;
    case OverlayKind::Giveaway:
        state.giveaway = OverlayGiveaway{QStringLiteral("#gagner"), 128, {}, {}};
        break;
    case OverlayKind::LowerThird:
    case OverlayKind::StartingSoon:
    case OverlayKind::EndCard:
        break; // from the show alone
    }
    return state;
}

} // namespace vitrine
