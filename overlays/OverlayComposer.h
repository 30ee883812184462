#pragma once

#include "Banner.h"
#include "OverlayKind.h"
#include "OverlayTheme.h"
#include "ProductCard.h"

#include "show/FlashSale.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QLocale>
#include <QRect>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace vitrine {

struct ShowDocument;

// A chat message put on screen by the producer.
struct OverlayComment {
    QString platform; // the platform table's key ("twitch"); its colour and letter badge the message
    QString author;
    QString text;
    bool operator==(const OverlayComment&) const = default;
};

// The chat's poll as viewers see it: the question, each option's share of the votes.
struct OverlayPoll {
    QString question;
    QStringList options;
    QList<int> counts;
    bool open = true; // false: the final result
    bool operator==(const OverlayPoll&) const = default;
};

// The chat's giveaway: how to enter while it is open, then its winner.
struct OverlayGiveaway {
    QString keyword;
    int entries = 0;
    QString winner;         // empty: not drawn yet
    QString winnerPlatform; // the platform table's key
    bool operator==(const OverlayGiveaway&) const = default;
};

// Social proof from data only: sales are the live stock's decreases, wants the chat's buy intents.
struct SocialProof {
    int sold = 0; // in the last `minutes`
    int minutes = 5;
    int wanting = 0; // people who wrote they want the pinned product
    bool operator==(const SocialProof&) const = default;
};

// Everything the overlays draw from at one instant: the live state, the chat's highlight, the social proof
// and the producer's switches (a scene's opt-outs already taken out of `enabled`).
struct OverlayState {
    QString pinnedSku;
    QImage pinnedImage;
    QImage pinnedBrandLogo; // the pinned product's brand logo (co-marketing); null: none
    QString promoCode;
    QDateTime promoEndsAt;
    std::optional<FlashSale> flash;
    std::optional<OverlayComment> highlight;
    std::optional<OverlayPoll> poll;
    std::optional<OverlayGiveaway> giveaway;
    SocialProof proof;
    QSet<OverlayKind> enabled = defaultEnabled();
    QDateTime now = QDateTime::currentDateTimeUtc();
    QLocale locale; // prices, for the show's audience

    static QSet<OverlayKind> defaultEnabled();
};

// What one overlay shows, as plain values. Its identity is what it is about (the pinned product, the promo's
// code): a new identity cross-fades the old one out, the same one is updated in place (a stock change).
struct OverlayContent {
    OverlayKind kind = OverlayKind::Card;
    QString identity;
    std::optional<ProductCardContent> card; // the product card; the other kinds are banners
    BannerContent banner;
    bool operator==(const OverlayContent& other) const;
};

// Works out from the show and the state what each overlay shows: no libobs, no painting, so the command line
// and the tests use it as the live layer does.
class OverlayComposer {
    Q_DECLARE_TR_FUNCTIONS(vitrine::OverlayComposer)
public:
    // nullopt when the kind has nothing to show (nothing pinned, no promo running…) or is switched off.
    static std::optional<OverlayContent> compose(OverlayKind kind, const ShowDocument& show,
                                                 const OverlayState& state);
    // "4:59", "1:02:03": what a countdown shows for a number of seconds left (0 and below: "0:00").
    static QString countdown(qint64 seconds);
    // Whole seconds from `from` to `to`, rounded up (0 once `to` has passed): what countdowns count.
    static qint64 secondsUntil(const QDateTime& from, const QDateTime& to);
    // The producer's one-line state of a flash sale: "“Title” on flash sale in 0:12." or its price, stock and
    // time left.
    static QString flashSaleStatus(const FlashSale& sale, const ShowDocument& show, const QDateTime& now);
    // The first host's name and title, from "Name — Title", "Name, Title" or "Name | Title".
    static std::pair<QString, QString> hostNameAndTitle(const QString& host);
};

// Paints any overlay's content with one theme, at its place's size on a canvas.
class OverlayPainter {
public:
    explicit OverlayPainter(const OverlayTheme& theme = OverlayTheme::standard());
    const OverlayTheme& theme() const { return m_theme; }

    QRect placement(OverlayKind kind, QSize canvas) const;
    QImage paint(const OverlayContent& content, QSize canvas) const;
    // Every overlay the state has, drawn where it goes on a transparent canvas (the command line's render).
    QImage paintCanvas(const QList<OverlayContent>& contents, QSize canvas) const;

private:
    OverlayTheme m_theme;
    ProductCardPainter m_card;
    BannerPainter m_banner;
};

} // namespace vitrine
