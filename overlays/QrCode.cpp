#include "QrCode.h"

#include <QPainter>

#include <qrencode.h>

#include <memory>

namespace vitrine {
namespace {

struct QrCodeDeleter {
    void operator()(QRcode* code) const { QRcode_free(code); }
};

} // namespace

QrCode QrCode::encode(const QByteArray& text)
{
    QrCode result;
    if (text.isEmpty())
        return result;
    const std::unique_ptr<QRcode, QrCodeDeleter> code(
        QRcode_encodeData(static_cast<int>(text.size()),
                          reinterpret_cast<const unsigned char*>(text.constData()), 0, QR_ECLEVEL_M));
    if (!code || code->width <= 0)
        return result;
    result.m_width = code->width;
    result.m_dark.resize(code->width * code->width);
    for (int i = 0; i < code->width * code->width; ++i)
        result.m_dark[i] = static_cast<char>(code->data[i] & 1); // bit 0: dark module
    return result;
}

int QrCode::drawnSide(int side) const
{
    if (isNull())
        return 0;
    const int total = m_width + 2 * kQuietZoneModules;
    return (side / total) * total;
}

void QrCode::paint(QPainter& painter, const QRect& area) const
{
    const int side = drawnSide(std::min(area.width(), area.height()));
    if (side == 0)
        return;
    const int module = side / (m_width + 2 * kQuietZoneModules);
    const QRect square(area.x() + (area.width() - side) / 2, area.y() + (area.height() - side) / 2, side,
                       side);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillRect(square, Qt::white);
    const int origin = kQuietZoneModules * module;
    for (int y = 0; y < m_width; ++y)
        for (int x = 0; x < m_width; ++x)
            if (isDark(x, y))
                painter.fillRect(square.x() + origin + x * module, square.y() + origin + y * module, module,
                                 module, Qt::black);
    painter.restore();
}

} // namespace vitrine
