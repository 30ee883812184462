#include "scene/VerticalLayout.h"

#include <QRectF>

#include <cmath>

namespace vitrine {
namespace {

// An item covering this much of the landscape canvas is a full-screen picture.
constexpr double kFullScreenShare = 0.9;

} // namespace

VerticalPlacement verticalPlacement(const SceneItemSpec& item, QSizeF sourceSize, bool fillsByKind,
                                    QSize landscape, QSize vertical)
{
    VerticalPlacement placement;
    if (landscape.isEmpty() || vertical.isEmpty())
        return placement;
    const QRectF canvas(QPointF(0, 0), QSizeF(landscape));
    if (!sourceSize.isEmpty()) {
        const double width = (sourceSize.width() - item.crop.left - item.crop.right) * std::abs(item.scaleX);
        const double height =
            (sourceSize.height() - item.crop.top - item.crop.bottom) * std::abs(item.scaleY);
        const QRectF shown = QRectF(item.x, item.y, width, height).intersected(canvas);
        const double share =
            shown.isEmpty() ? 0.0 : shown.width() * shown.height() / (canvas.width() * canvas.height());
        placement.cover = share >= kFullScreenShare;
    } else {
        placement.cover = fillsByKind && std::abs(item.x) < 1.0 && std::abs(item.y) < 1.0;
    }
    if (placement.cover)
        return placement;

    const double s = static_cast<double>(vertical.width()) / landscape.width();
    placement.scaleX = item.scaleX * s;
    placement.scaleY = item.scaleY * s;
    const double x = item.x * s;
    const double third = landscape.height() / 3.0;
    double y = 0.0;
    if (item.y < third)
        y = item.y * s; // from the top
    else if (item.y >= 2 * third)
        y = vertical.height() - (landscape.height() - item.y) * s; // from the bottom
    else
        y = vertical.height() / 2.0 + (item.y - landscape.height() / 2.0) * s; // around the middle
    placement.position = QPointF(x, y);
    return placement;
}

} // namespace vitrine
