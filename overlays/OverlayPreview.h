#pragma once

#include "OverlayComposer.h"
#include "OverlayKind.h"

#include "show/Money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>

#include <optional>

namespace vitrine {

struct ShowDocument;

// What a designer's preview of one overlay is about: every value has a default, so a preview of the demo
// show needs only the kind. Numbers here are preview numbers, never a show's data.
struct OverlayPreviewOptions {
    QString sku;                 // card, flash: empty for the first product
    QString code;                // promo: empty for the show's first promo code
    std::optional<Money> price;  // flash: empty for 20 % off the product's price
    int quantity = 50;           // flash: how many at the sale price
    std::optional<int> startsIn; // flash: seconds to its start (the pre-start countdown); empty: running
    int sold = 27;               // ticker
    int wanting = 12;            // ticker
    QString platform = QStringLiteral("twitch"); // highlight
    QString author;                              // highlight: empty for a French default
    QString text;                                // highlight: empty for a French default
    QDateTime at;                  // "now" (UTC); invalid: the current time (starting-soon: 10 min before
                                   // the show's scheduled start when it has one)
    std::optional<QLocale> locale; // prices; empty: the show's audience locale, else the system's
};

// Builds the live state a designer previews one overlay kind with: only that kind enabled, deterministic
// from the show and the options (a product's first image loaded from the show's folder when it is a local
// file). The command line's `vitrine overlay render` and the golden-image tests use it.
class OverlayPreview {
    Q_DECLARE_TR_FUNCTIONS(vitrine::OverlayPreview)
public:
    // nullopt with `error` set when the options name nothing the show has (an unknown SKU or promo code, a
    // show without product or promo code, an unknown platform).
    static std::optional<OverlayState> state(OverlayKind kind, const ShowDocument& show,
                                             const QString& showFolder, const OverlayPreviewOptions& options,
                                             QString* error);
    // The sale price a flash sale preview uses by default: 20 % off, rounded to the cent.
    static Money twentyPercentOff(const Money& price);
};

} // namespace vitrine
