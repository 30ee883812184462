#pragma once

#include <QByteArray>
#include <QRect>
#include <QVector>

class QPainter;

namespace vitrine {

// A QR code (libqrencode, error correction level M, 8-bit mode) as a square of modules, drawn with its quiet
// zone of four modules so that a phone or zbarimg finds it on a busy picture.
class QrCode {
public:
    static constexpr int kQuietZoneModules = 4;

    // Encodes UTF-8 text; isNull() when it cannot (empty, too long for a QR code).
    static QrCode encode(const QByteArray& text);

    bool isNull() const { return m_width == 0; }
    int modules() const { return m_width; } // modules per side, without the quiet zone
    bool isDark(int x, int y) const { return m_dark[y * m_width + x] != 0; }

    // The side in pixels of the code drawn with whole-pixel modules inside `side` pixels (quiet zone
    // included), 0 when a module would be smaller than a pixel.
    int drawnSide(int side) const;
    // Draws the code centred in `area` (a square is best): a white square with the quiet zone, black modules
    // of whole pixels (sharp edges survive video compression better than smoothed ones).
    void paint(QPainter& painter, const QRect& area) const;

private:
    int m_width = 0;
    QVector<char> m_dark;
};

} // namespace vitrine
