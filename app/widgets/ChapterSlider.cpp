#include "widgets/ChapterSlider.h"

#include <QHelpEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QToolTip>

#include <algorithm>

namespace vitrine {
namespace {

constexpr int kTickWidth = 2;

} // namespace

ChapterSlider::ChapterSlider(QWidget* parent) : QSlider(Qt::Horizontal, parent)
{
    setObjectName(QStringLiteral("chapterSlider"));
    setMouseTracking(true);
}

void ChapterSlider::setMarkers(const QList<Marker>& markers)
{
    m_markers = markers;
    update();
}

int ChapterSlider::markerX(qint64 ms) const
{
    // The same geometry the style uses for the handle, so a tick sits where the handle lands on a jump.
    QStyleOptionSlider option;
    initStyleOption(&option);
    const QRect groove = style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderGroove, this);
    const QRect handle = style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, this);
    const int span = groove.width() - handle.width();
    const int value = static_cast<int>(std::clamp<qint64>(ms, minimum(), maximum()));
    return groove.x() + handle.width() / 2 +
           QStyle::sliderPositionFromValue(minimum(), maximum(), value, std::max(span, 0));
}

QString ChapterSlider::chapterAt(int x) const
{
    QString title;
    for (const Marker& marker : m_markers) {
        if (markerX(marker.startMs) > x + kTickWidth)
            break;
        title = marker.title;
    }
    return title;
}

void ChapterSlider::paintEvent(QPaintEvent* event)
{
    QSlider::paintEvent(event);
    if (maximum() <= minimum())
        return;
    QPainter painter(this);
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette().color(QPalette::Highlight));
    const int tickHeight = std::max(4, height() / 3);
    for (const Marker& marker : m_markers) {
        const int x = markerX(marker.startMs);
        painter.drawRect(x - kTickWidth / 2, 0, kTickWidth, tickHeight);
        painter.drawRect(x - kTickWidth / 2, height() - tickHeight, kTickWidth, tickHeight);
    }
}

bool ChapterSlider::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString title = chapterAt(help->pos().x());
        if (title.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), title, this);
        return true;
    }
    return QSlider::event(event);
}

} // namespace vitrine
