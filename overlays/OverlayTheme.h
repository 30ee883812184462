#pragma once

#include "OverlayKind.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QJsonObject>
#include <QMap>
#include <QRect>
#include <QRectF>
#include <QSize>
#include <QString>
#include <QStringList>

#include <functional>

class QPainter;

namespace vitrine {

// The look shared by every on-air overlay of a show: colours, type, corner radius, and where each kind goes
// (fractions of the canvas, one layout for landscape canvases and one for vertical 9:16), inside safe
// margins. Two built-in themes ship as JSON (overlays/themes/); a show picks one and may override any value
// in its "overlayTheme" object: {"base": "boutique", "colors": {"accent": "#FF0066"}, "landscape": {"card":
// [x, y, w, h]}}.
struct OverlayTheme {
    Q_DECLARE_TR_FUNCTIONS(vitrine::OverlayTheme)

public:
    QString name = QStringLiteral("studio");
    QColor background = QColor(20, 20, 24, 220);
    QColor foreground = QColor(255, 255, 255);
    QColor muted = QColor(255, 255, 255, 190);
    QColor accent = QColor(232, 93, 4);
    QColor danger = QColor(200, 30, 40);
    QString fontFamily = QStringLiteral("DejaVu Sans");
    double radius = 0.022;               // of the canvas's shorter side
    double safeMargin = 0.05;            // of each side: nothing is drawn outside
    QMap<OverlayKind, QRectF> landscape; // fractions of the canvas
    QMap<OverlayKind, QRectF> portrait;

    QFont font(int pixelSize, bool bold) const;
    // A transparent image of `size` holding the theme's rounded panel, on which `paintBody` draws the
    // overlay's content (antialiased painter, no pen): what every card and banner starts from.
    QImage panel(QSize size, int radiusPx, const std::function<void(QPainter&)>& paintBody) const;
    int radiusPixels(QSize canvas) const;
    // Where `kind` goes on `canvas`, in pixels, kept inside the safe margins.
    QRect placement(OverlayKind kind, QSize canvas) const;

    static QStringList builtinNames(); // "studio", "boutique"
    // A built-in theme; the default one ("studio") for an unknown name.
    static OverlayTheme builtin(const QString& name);
    static OverlayTheme standard() { return builtin(QStringLiteral("studio")); }
    // A show's theme: the built-in its "base" names (default "studio"), then its overrides. A bad value keeps
    // the base's and adds a warning naming it; never fails.
    static OverlayTheme fromJson(const QJsonObject& json, QStringList* warnings = nullptr);
    // A theme file (a designer's): as fromJson; an unreadable or invalid file gives the default theme and a
    // warning.
    static OverlayTheme fromFile(const QString& path, QStringList* warnings = nullptr);

private:
    void apply(const QJsonObject& json, QStringList* warnings);
};

} // namespace vitrine
