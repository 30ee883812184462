#include "OverlayTheme.h"

namespace vitrine {

QFont OverlayTheme::titleFont(int pixelSize) const
{
    QFont font(fontFamily);
    font.setPixelSize(pixelSize);
    font.setBold(true);
    return font;
}

OverlayTheme OverlayTheme::standard()
{
    return OverlayTheme{};
}

} // namespace vitrine
