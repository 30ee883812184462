#pragma once

#include "OverlayTheme.h"

#include <QColor>
#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

namespace vitrine {

// What a banner overlay shows (promo, flash sale, ticker, lower third, chat highlight, starting-soon and end
// cards), as plain values: two equal contents draw the same picture (no repaint, no upload).
struct BannerContent {
    enum class Style { Strip, Centered };
    Style style = Style::Strip;
    QString badge;         // a pill on the left: "PROMO", "FLASH SALE", the platform's name
    QColor badgeColor;     // invalid: the theme's accent
    QString title;         // the big line: a code, a price, a name
    QString struck;        // beside the title, struck through: the regular price
    QString subtitle;      // the smaller line under it
    int subtitleLines = 1; // a chat message may take two
    QString trailing;      // on the right, large: a countdown "04:59"
    bool urgent = false;   // the last minute: the countdown in the theme's danger colour

    bool operator==(const BannerContent&) const = default;
};

// Paints banners with QPainter into a transparent image of the banner's size (ARGB32 premultiplied). Text is
// elided to fit (a chat message wraps on its lines first); right-to-left and emoji text are shaped by Qt.
class BannerPainter {
public:
    explicit BannerPainter(OverlayTheme theme = OverlayTheme::standard()) : m_theme(std::move(theme)) {}
    const OverlayTheme& theme() const { return m_theme; }

    QImage paint(const BannerContent& content, QSize size, int radius) const;

private:
    void paintStrip(QPainter& painter, const BannerContent& content, QSize size) const;
    void paintCentered(QPainter& painter, const BannerContent& content, QSize size) const;

    OverlayTheme m_theme;
};

} // namespace vitrine
