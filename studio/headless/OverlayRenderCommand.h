#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace vitrine {

// The overlay verb of the command line, for designers and tests:
//   vitrine overlay render SHOW --kind KIND [--sku SKU] [--canvas WxH] [--theme FILE.json] [--at ISO-UTC]
//                          --out FILE.png
// Renders one overlay, where the theme places it, on a transparent canvas (the show's, or --canvas) as a PNG
// with alpha, from a preview state built by OverlayPreview (no libobs, no window: Qt's offscreen platform).
// A bad argument, an unreadable show, a kind with nothing to show or an unwritable output exits 2 with the
// reason on `err`; a broken theme file renders with the default theme and its warning on `err`.
class OverlayRenderCommand {
    Q_DECLARE_TR_FUNCTIONS(vitrine::OverlayRenderCommand)

public:
    // Whether the command line (program name first) names the overlay verb.
    static bool matches(const QStringList& arguments);
    // Runs it (a QGuiApplication must exist: text is painted with QPainter); returns the exit code.
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
};

} // namespace vitrine
