#pragma once

#include "show/SceneCollection.h"

#include <QPointF>
#include <QSize>
#include <QSizeF>

namespace vitrine {

// Where an item of a landscape scene goes on the vertical (9:16) canvas, worked out from the landscape item
// alone, so a show needs no second layout. Pictures that fill the landscape canvas (the camera, a full-screen
// background) cover the vertical canvas, centre-cropped; everything else keeps its landscape size relative
// to the canvas's width and sticks to the vertical canvas's top, middle or bottom as it sat in the top,
// middle or bottom third of the landscape one.
struct VerticalPlacement {
    bool cover = false; // scaled to cover the whole vertical canvas, centred (the canvas crops the rest)
    QPointF position;   // otherwise: the item's top-left corner and its scale
    double scaleX = 1.0;
    double scaleY = 1.0;
    bool operator==(const VerticalPlacement&) const = default;
};

// `sourceSize` is the item's source's size now (empty when unknown yet, e.g. a camera before its first
// frame); `fillsByKind` says whether the source is a video picture (camera, media, capture) that covers the
// canvas when placed at its origin with an unknown size.
VerticalPlacement verticalPlacement(const SceneItemSpec& item, QSizeF sourceSize, bool fillsByKind,
                                    QSize landscape, QSize vertical);

} // namespace vitrine
