#include "OverlayComposer.h"

#include "show/Platform.h"
#include "show/ShowDocument.h"

#include <QPainter>
#include <QRegularExpression>

#include <algorithm>

namespace vitrine {

qint64 OverlayComposer::secondsUntil(const QDateTime& from, const QDateTime& to)
{
    // Rounded up: a countdown shows 0:01 until the very end, and 5:00 when five minutes are left.
    const qint64 ms = from.msecsTo(to);
    return ms <= 0 ? 0 : (ms + 999) / 1000;
}

QString OverlayComposer::flashSaleStatus(const FlashSale& sale, const ShowDocument& show,
                                         const QDateTime& now)
{
    const Product* product = show.product(sale.sku);
    const QString title = product ? product->title : sale.sku;
    if (!sale.hasStarted(now))
        return tr("“%1” on flash sale in %2.").arg(title, countdown(secondsUntil(now, sale.startsAt)));
    return tr("“%1” on flash sale: %2 left at this price, %3 to go.")
        .arg(title)
        .arg(sale.left(product))
        .arg(countdown(secondsUntil(now, sale.endsAt)));
}

QSet<OverlayKind> OverlayState::defaultEnabled()
{
    QSet<OverlayKind> kinds;
    for (OverlayKind kind : kAllOverlayKinds)
        if (overlayKindShownByDefault(kind))
            kinds.insert(kind);
    return kinds;
}

bool OverlayContent::operator==(const OverlayContent& other) const
{
    return kind == other.kind && identity == other.identity && card == other.card && banner == other.banner;
}

QString OverlayComposer::countdown(qint64 seconds)
{
    const qint64 s = std::max<qint64>(seconds, 0);
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

std::pair<QString, QString> OverlayComposer::hostNameAndTitle(const QString& host)
{
    static const QRegularExpression separator(QStringLiteral("\\s+[—–|-]\\s+|,\\s*|\\s*\\|\\s*"));
    const QRegularExpressionMatch match = separator.match(host);
    if (!match.hasMatch())
        return {host.simplified(), QString()};
    return {host.left(match.capturedStart()).simplified(), host.mid(match.capturedEnd()).simplified()};
}

std::optional<OverlayContent> OverlayComposer::compose(OverlayKind kind, const ShowDocument& show,
                                                       const OverlayState& state)
{
    if (!state.enabled.contains(kind))
        return std::nullopt;
    OverlayContent content;
    content.kind = kind;
    BannerContent& banner = content.banner;
    switch (kind) {
    case OverlayKind::Card: {
        if (!show.product(state.pinnedSku))
            return std::nullopt;
        content.card = ProductCardContent::fromShow(show, state.pinnedSku, state.pinnedImage, state.locale,
                                                    state.pinnedBrandLogo);
        content.identity = state.pinnedSku;
        return content;
    }
    case OverlayKind::Promo: {
        const auto promo = std::find_if(show.promoCodes.cbegin(), show.promoCodes.cend(),
                                        [&](const PromoCode& p) { return p.code == state.promoCode; });
        if (state.promoCode.isEmpty() || promo == show.promoCodes.cend())
            return std::nullopt;
        content.identity = promo->code;
        banner.badge = tr("PROMO");
        banner.title = promo->code;
        banner.subtitle = promo->discountText;
        if (state.promoEndsAt.isValid()) {
            const qint64 left = secondsUntil(state.now, state.promoEndsAt);
            banner.trailing = countdown(left);
            banner.urgent = left <= 60;
        }
        return content;
    }
    case OverlayKind::Flash: {
        if (!state.flash)
            return std::nullopt;
        const FlashSale& sale = *state.flash;
        const Product* product = show.product(sale.sku);
        if (!product || sale.hasEnded(state.now))
            return std::nullopt;
        content.identity = sale.sku + QLatin1Char('@') + sale.startsAt.toString(Qt::ISODateWithMs);
        banner.badge = tr("FLASH SALE");
        if (!sale.hasStarted(state.now)) {
            const qint64 left = secondsUntil(state.now, sale.startsAt);
            banner.title = product->title;
            banner.subtitle = tr("%1 instead of %2 — starts in")
                                  .arg(sale.price.toDisplayString(state.locale),
                                       product->price.toDisplayString(state.locale));
            banner.trailing = countdown(left);
            banner.urgent = left <= 10;
        } else {
            const qint64 left = secondsUntil(state.now, sale.endsAt);
            banner.title = sale.price.toDisplayString(state.locale);
            banner.struck = product->price.toDisplayString(state.locale);
            banner.subtitle = tr("%n left at this price", nullptr, sale.left(product)) +
                              QStringLiteral(" · ") + product->title;
            banner.trailing = countdown(left);
            banner.urgent = left <= 60;
        }
        return content;
    }
    case OverlayKind::Ticker: {
        QStringList parts;
        if (state.proof.sold > 0)
            parts << tr("%n sold in %1 min", nullptr, state.proof.sold).arg(state.proof.minutes);
        if (state.proof.wanting > 0)
            parts << tr("%n people want it", nullptr, state.proof.wanting);
        if (parts.isEmpty())
            return std::nullopt; // never a number that is not from data, nor an empty strip
        content.identity = QStringLiteral("ticker");
        banner.title = parts.join(QStringLiteral(" · "));
        return content;
    }
    case OverlayKind::LowerThird: {
        if (show.hosts.isEmpty() || show.hosts.constFirst().trimmed().isEmpty())
            return std::nullopt;
        const auto [name, title] = hostNameAndTitle(show.hosts.constFirst());
        content.identity = name;
        banner.title = name;
        banner.subtitle = title.isEmpty() ? show.brands.join(QStringLiteral(" · ")) : title;
        return content;
    }
    case OverlayKind::Highlight: {
        if (!state.highlight)
            return std::nullopt;
        const PlatformInfo& platform = Platform::info(state.highlight->platform);
        content.identity = state.highlight->platform + state.highlight->author + state.highlight->text;
        banner.badge = QString(QChar(platform.letter)); // the platform's badge, as on the chat's lines
        banner.badgeColor = QColor::fromRgb(platform.rgb);
        banner.title = state.highlight->author;
        banner.subtitle = state.highlight->text.simplified();
        banner.subtitleLines = 2;
        return content;
    }
    case OverlayKind::Poll: {
        if (!state.poll)
            return std::nullopt;
        const OverlayPoll& poll = *state.poll;
        int total = 0;
        for (const int count : poll.counts)
            total += count;
        QStringList shares;
        for (qsizetype i = 0; i < poll.options.size(); ++i) {
            const int count = poll.counts.value(i);
            const int percent = total > 0 ? (100 * count + total / 2) / total : 0;
            shares << tr("%1 %2 · %3%").arg(i + 1).arg(poll.options.at(i)).arg(percent);
        }
        content.identity = QStringLiteral("poll:") + poll.question + poll.options.join(u'|');
        banner.badge = poll.open ? tr("POLL") : tr("RESULT");
        banner.title = poll.question;
        banner.subtitle =
            shares.join(QStringLiteral("   ")) + QStringLiteral("  —  ") + tr("%n votes", nullptr, total);
        banner.subtitleLines = 2;
        return content;
    }
    case OverlayKind::Giveaway: {
        if (!state.giveaway)
            return std::nullopt;
        const OverlayGiveaway& giveaway = *state.giveaway;
        content.identity = QStringLiteral("giveaway:") + giveaway.keyword;
        banner.badge = tr("GIVEAWAY");
        if (giveaway.winner.isEmpty()) {
            banner.title = tr("Write %1 to enter").arg(giveaway.keyword);
            banner.subtitle = tr("%n entries so far, from every chat", nullptr, giveaway.entries);
        } else {
            content.identity += giveaway.winner; // the winner cross-fades in
            banner.title = tr("Winner: %1").arg(giveaway.winner);
            banner.subtitle = tr("Drawn from %n entries", nullptr, giveaway.entries);
            if (const PlatformInfo* platform = Platform::find(giveaway.winnerPlatform))
                banner.subtitle += QStringLiteral(" · ") + platform->name();
        }
        return content;
    }
    case OverlayKind::StartingSoon: {
        content.identity = QStringLiteral("starting-soon");
        banner.style = BannerContent::Style::Centered;
        banner.badge = tr("Starting soon");
        banner.title = show.title;
        banner.subtitle = show.hosts.isEmpty() ? show.brands.join(QStringLiteral(" · "))
                                               : hostNameAndTitle(show.hosts.constFirst()).first;
        if (show.scheduledStart.isValid() && show.scheduledStart > state.now)
            banner.trailing = countdown(secondsUntil(state.now, show.scheduledStart));
        return content;
    }
    case OverlayKind::EndCard: {
        content.identity = QStringLiteral("end-card");
        banner.style = BannerContent::Style::Centered;
        banner.badge = show.title;
        banner.title = tr("Thanks for watching!");
        if (!show.replayUrl.isEmpty())
            banner.subtitle = tr("Replay: %1").arg(show.replayUrl);
        return content;
    }
    }
    return std::nullopt;
}

OverlayPainter::OverlayPainter(const OverlayTheme& theme) : m_theme(theme), m_card(theme), m_banner(theme) {}

QRect OverlayPainter::placement(OverlayKind kind, QSize canvas) const
{
    return m_theme.placement(kind, canvas);
}

QImage OverlayPainter::paint(const OverlayContent& content, QSize canvas) const
{
    if (content.card)
        return m_card.paint(*content.card, ProductCardLayout::forCanvas(canvas, m_theme));
    return m_banner.paint(content.banner, placement(content.kind, canvas).size(),
                          m_theme.radiusPixels(canvas));
}

QImage OverlayPainter::paintCanvas(const QList<OverlayContent>& contents, QSize canvas) const
{
    QImage image(canvas, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    for (const OverlayContent& content : contents)
        painter.drawImage(placement(content.kind, canvas).topLeft(), paint(content, canvas));
    painter.end();
    return image;
}

} // namespace vitrine
