#pragma once

#include <QColor>
#include <QFont>

namespace vitrine {

// The look shared by every on-air overlay of a show (colours, type), so product cards and banners match.
struct OverlayTheme {
    QColor background = QColor(20, 20, 24, 220);
    QColor foreground = QColor(255, 255, 255);
    QColor accent = QColor(232, 93, 4);
    QString fontFamily = QStringLiteral("DejaVu Sans");

    QFont titleFont(int pixelSize) const;
    static OverlayTheme standard();
};

} // namespace vitrine
