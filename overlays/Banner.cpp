#include "Banner.h"

#include <QFontMetrics>
#include <QPainter>
#include <QTextLayout>

#include <cmath>

namespace vitrine {
namespace {

int scaled(double fraction, int length)
{
    return static_cast<int>(std::lround(fraction * length));
}

// Lays `text` out on at most `lines` lines of `width`, the last one elided.
QStringList wrapped(const QString& text, const QFont& font, int width, int lines)
{
    const QFontMetrics metrics(font);
    QStringList result;
    QTextLayout layout(text, font);
    layout.beginLayout();
    while (result.size() < lines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        result << text.mid(line.textStart(), line.textLength()).trimmed();
        if (result.size() == lines && line.textStart() + line.textLength() < text.size())
            result.last() =
                metrics.elidedText(text.mid(line.textStart()).simplified(), Qt::ElideRight, width);
    }
    layout.endLayout();
    return result;
}

// `font` made smaller, down to `minScale` of its size, until `text` fits `width` (a long word is shrunk
// before it is elided).
QFont fitted(QFont font, const QString& text, int width, double minScale)
{
    const int full = font.pixelSize();
    const int advance = QFontMetrics(font).horizontalAdvance(text);
    if (advance <= width || advance <= 0)
        return font;
    const int smallest = std::max(static_cast<int>(std::lround(full * minScale)), 6);
    int size = std::max(static_cast<int>(std::floor(full * static_cast<double>(width) / advance)), smallest);
    font.setPixelSize(size);
    // Hinting makes the advance not quite proportional to the size: step down until it fits.
    while (size > smallest && QFontMetrics(font).horizontalAdvance(text) > width)
        font.setPixelSize(--size);
    return font;
}

} // namespace

QImage BannerPainter::paint(const BannerContent& content, QSize size, int radius) const
{
    return m_theme.panel(size, radius, [&](QPainter& painter) {
        if (content.style == BannerContent::Style::Centered)
            paintCentered(painter, content, size);
        else
            paintStrip(painter, content, size);
    });
}

void BannerPainter::paintStrip(QPainter& painter, const BannerContent& content, QSize size) const
{
    const int h = size.height();
    const int pad = std::max(scaled(0.14, h), 4);
    int left = pad;
    int right = size.width() - pad;

    // The countdown on the right, in a pill that turns to the danger colour in the last minute.
    if (!content.trailing.isEmpty()) {
        const QFont font = m_theme.font(scaled(0.34, h), true);
        const QFontMetrics metrics(font);
        const int width = metrics.horizontalAdvance(content.trailing) + pad * 3 / 2;
        const QRect pill(right - width, pad / 2, width, h - pad);
        painter.setPen(Qt::NoPen);
        painter.setBrush(content.urgent ? m_theme.danger : m_theme.accent);
        painter.drawRoundedRect(pill, pad / 2.0, pad / 2.0);
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(pill, Qt::AlignCenter, content.trailing);
        right = pill.left() - pad / 2;
    }

    // The badge on the left: a coloured pill with its word (or a platform's name).
    if (!content.badge.isEmpty()) {
        // Sized by the banner's height, but never so big on a tall narrow banner that it leaves the title no
        // room; shrunk to fit before it is elided ("FLASH SALE", not "FLAS…").
        const int maxWidth = std::max((right - left) / 2 - pad, 1);
        const QFont font = fitted(m_theme.font(std::min(scaled(0.18, h), scaled(0.045, size.width())), true),
                                  content.badge, maxWidth, 0.75);
        const QFontMetrics metrics(font);
        const QString text = metrics.elidedText(content.badge, Qt::ElideRight, maxWidth);
        const int width = metrics.horizontalAdvance(text) + pad;
        const int height = metrics.height() + pad / 3;
        const QRect pill(left, (h - height) / 2, width, height);
        painter.setPen(Qt::NoPen);
        painter.setBrush(content.badgeColor.isValid() ? content.badgeColor : m_theme.accent);
        painter.drawRoundedRect(pill, height / 2.0, height / 2.0);
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(pill, Qt::AlignCenter, text);
        left = pill.right() + 1 + pad / 2;
    }
    const int width = std::max(right - left, 1);

    // Title (and the struck regular price beside it), then the subtitle's lines, centred vertically together.
    // A subtitle that fits one line gets the larger type; a longer one (a chat message, a promo's terms)
    // smaller type on as many lines as the banner holds (one more than asked for a message, two otherwise).
    const bool hasSubtitle = !content.subtitle.isEmpty();
    const bool oneLine =
        hasSubtitle &&
        QFontMetrics(m_theme.font(scaled(0.20, h), false)).horizontalAdvance(content.subtitle) <= width;
    const QFont titleFont = fitted(
        m_theme.font(
            scaled(hasSubtitle ? (oneLine ? 0.30 : (content.subtitleLines > 1 ? 0.2 : 0.24)) : 0.40, h),
            true),
        content.title, width, 0.75);
    const QFont subtitleFont = m_theme.font(scaled(oneLine ? 0.20 : 0.16, h), false);
    const QFontMetrics titleMetrics(titleFont);
    const QFontMetrics subtitleMetrics(subtitleFont);
    int lines = 0;
    if (oneLine) {
        lines = 1;
    } else if (hasSubtitle) {
        const int maxLines = content.subtitleLines > 1 ? content.subtitleLines + 1 : 2;
        const int room = h - pad - (content.title.isEmpty() ? 0 : titleMetrics.height());
        lines = std::clamp(room / std::max(subtitleMetrics.height(), 1), 1, maxLines);
    }
    const QStringList subtitle =
        hasSubtitle ? wrapped(content.subtitle, subtitleFont, width, lines) : QStringList();
    const int blockHeight = (content.title.isEmpty() ? 0 : titleMetrics.height()) +
                            static_cast<int>(subtitle.size()) * subtitleMetrics.height();
    int y = (h - blockHeight) / 2;
    if (!content.title.isEmpty()) {
        const QString title = titleMetrics.elidedText(content.title, Qt::ElideRight, width);
        painter.setFont(titleFont);
        painter.setPen(m_theme.foreground);
        // Right-to-left text (Arabic, Hebrew) starts from the right, as its readers expect.
        const Qt::Alignment side =
            content.struck.isEmpty() && title.isRightToLeft() ? Qt::AlignRight : Qt::AlignLeft;
        painter.drawText(QRect(left, y, width, titleMetrics.height()), side | Qt::AlignVCenter, title);
        const int struckLeft = left + titleMetrics.horizontalAdvance(title) + pad / 2;
        QFont struck = subtitleFont;
        struck.setStrikeOut(true);
        // The regular price whole or not at all: an elided price ("10…") would mislead.
        if (!content.struck.isEmpty() &&
            struckLeft + QFontMetrics(struck).horizontalAdvance(content.struck) <= right) {
            painter.setFont(struck);
            painter.setPen(m_theme.muted);
            painter.drawText(QRect(struckLeft, y, right - struckLeft, titleMetrics.height()),
                             Qt::AlignLeft | Qt::AlignVCenter, content.struck);
        }
        y += titleMetrics.height();
    }
    painter.setFont(subtitleFont);
    painter.setPen(m_theme.muted);
    for (const QString& line : subtitle) {
        painter.drawText(QRect(left, y, width, subtitleMetrics.height()),
                         (line.isRightToLeft() ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter, line);
        y += subtitleMetrics.height();
    }
}

void BannerPainter::paintCentered(QPainter& painter, const BannerContent& content, QSize size) const
{
    const int h = size.height();
    const int pad = std::max(scaled(0.08, h), 4);
    const int width = std::max(size.width() - 2 * pad, 1);
    struct Line {
        QFont font;
        QColor colour;
        QString text;
    };
    QList<Line> lines;
    if (!content.badge.isEmpty())
        lines.append({m_theme.font(scaled(0.08, h), true), m_theme.accent, content.badge.toUpper()});
    if (!content.title.isEmpty())
        lines.append({m_theme.font(scaled(0.15, h), true), m_theme.foreground, content.title});
    if (!content.subtitle.isEmpty())
        lines.append({m_theme.font(scaled(0.09, h), false), m_theme.muted, content.subtitle});
    if (!content.trailing.isEmpty())
        lines.append({m_theme.font(scaled(0.22, h), true), content.urgent ? m_theme.danger : m_theme.accent,
                      content.trailing});
    for (Line& line : lines)
        line.font =
            fitted(line.font, line.text, width, 0.45); // a long show title shrinks before it is elided
    int total = 0;
    for (const Line& line : lines)
        total += QFontMetrics(line.font).height();
    int y = (h - total) / 2;
    for (const Line& line : lines) {
        const QFontMetrics metrics(line.font);
        painter.setFont(line.font);
        painter.setPen(line.colour);
        painter.drawText(QRect(pad, y, width, metrics.height()), Qt::AlignCenter,
                         metrics.elidedText(line.text, Qt::ElideMiddle, width));
        y += metrics.height();
    }
}

} // namespace vitrine
