#pragma once

#include <QLatin1String>
#include <QString>

#include <array>
#include <optional>

namespace vitrine {

// Every kind of on-air overlay. Its key names it in show files, rehearsal scripts, the command line and the
// event log ("card", "lower-third"…).
enum class OverlayKind {
    Card,
    Promo,
    Flash,
    Ticker,
    LowerThird,
    Highlight,
    StartingSoon,
    EndCard,
    Poll,
    Giveaway
};

inline constexpr std::array kAllOverlayKinds{
    OverlayKind::Card,       OverlayKind::Promo,     OverlayKind::Flash,        OverlayKind::Ticker,
    OverlayKind::LowerThird, OverlayKind::Highlight, OverlayKind::StartingSoon, OverlayKind::EndCard,
    OverlayKind::Poll,       OverlayKind::Giveaway};

QLatin1String overlayKindKey(OverlayKind kind);
std::optional<OverlayKind> overlayKindFromKey(const QString& key);
// What the producer's panel calls it, translated ("Product card").
QString overlayKindName(OverlayKind kind);
// Overlays the producer brings on air by hand (the lower third, the starting-soon and end cards) start
// hidden; the others show whenever the live state has something for them.
bool overlayKindShownByDefault(OverlayKind kind);

} // namespace vitrine
