#pragma once

#include "base/VideoSettings.h"
#include "show/Destination.h"
#include "show/Product.h"
#include "show/PromoCode.h"
#include "show/RunOfShow.h"
#include "show/SceneCollection.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <QString>

#include <optional>

namespace vitrine {

// The .vitrine show file: one versioned JSON document, the single source of truth for a show.
struct ShowDocument {
    // 1: scenes and sources. 2: the show around them (catalogue, promos, run-of-show, destinations).
    static constexpr int kFormatVersion = 2;

    QString title;
    QDateTime scheduledStart; // UTC
    QStringList hosts;
    QStringList brands; // several brands can co-host one show
    // Co-marketing: each brand's logo (a path beside the show, or an http(s) URL) by the products' vendor,
    // drawn on its own products' cards. Optional, so it adds no format version.
    QMap<QString, QString> brandLogos;
    QString campaign; // utm_campaign of tracked links; empty: derived from the title
    // Optional, so they add no format version: where the replay will be (the end card says it), and the
    // audience's locale for prices on air ("fr_FR"; empty: the studio's).
    QString replayUrl;
    QString locale;
    // What the shop says of delivery ("Livraison offerte dès 49 €, sous 48 h"), for replies to viewers who
    // ask; optional too.
    QString deliveryInfo;
    VideoSettings canvas;
    SceneCollection scenes;
    QList<Product> products; // in the producer's order
    QList<PromoCode> promoCodes;
    RunOfShow runOfShow;
    QList<Destination> destinations;
    QJsonObject overlayTheme; // read by the overlays
    // Where the catalogue's stock can be re-read during the live (Merchant feed, products.json or CSV;
    // http(s) URL or local path) and how often; optional, so it adds no format version.
    struct CatalogueFeed {
        QString url;
        int refreshSeconds = 60;
        bool refreshStock = false; // refresh on during the live
        bool operator==(const CatalogueFeed&) const = default;
    };
    CatalogueFeed catalogueFeed;
    // What the show fixes of its encoding (a brand's delivery spec); unset: the user's preferences (Settings
    // → Output). Optional, so it adds no format version.
    struct OutputOverrides {
        std::optional<QString> videoEncoder;
        std::optional<int> videoBitrateKbps;
        std::optional<QString> x264Preset;
        bool operator==(const OutputOverrides&) const = default;
    };
    OutputOverrides output;
    // What the show aims for on air, read by the live dashboard to flag the weakest figure; each optional
    // (unset: not judged), so they add no format version.
    struct Targets {
        std::optional<int> peakViewers;      // all platforms together
        std::optional<double> chatPerMinute; // messages per minute, all chats together
        std::optional<int> claims;           // comment-to-claim claims over the show
        bool isEmpty() const { return !peakViewers && !chatPerMinute && !claims; }
        bool operator==(const Targets&) const = default;
    };
    Targets targets;

    // A new show: titled, with one empty scene on air, so the studio window can open it.
    static ShowDocument blank(const QString& title);

    const Product* product(const QString& sku) const;
    QString effectiveCampaign() const;

    // Loads and validates a show file. On failure returns nullopt and a message naming the file and the
    // problem.
    static std::optional<ShowDocument> load(const QString& path, QString* error);
    static std::optional<ShowDocument> fromJson(const QByteArray& data, const QString& fileLabel,
                                                QString* error);

    QByteArray toJson() const;
    // Atomic save: a temporary file beside the target, flushed to disk, then renamed over it.
    [[nodiscard]] bool save(const QString& path, QString* error) const;

    bool operator==(const ShowDocument&) const = default;
};

} // namespace vitrine
