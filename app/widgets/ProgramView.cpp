#include "widgets/ProgramView.h"

#include "engine/ProgramFrameTap.h"

#include <QPainter>
#include <QResizeEvent>

namespace vitrine {

ProgramView::ProgramView(QWidget* parent) : QWidget(parent), m_tap(new ProgramFrameTap(this))
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(160, 90);
    m_sinceCreated.start();
    connect(m_tap, &ProgramFrameTap::frameReady, this, &ProgramView::onFrame);
}

ProgramView::~ProgramView()
{
    m_tap->stop(); // before libobs goes
}

void ProgramView::setVideo(video_t* video)
{
    const bool running = m_tap->isRunning();
    m_tap->stop();
    m_tap->setVideo(video);
    m_frame = QImage(); // the old canvas's picture, possibly another shape
    update();
    if (running && video)
        m_tap->start(m_divisor);
}

void ProgramView::setPlaceholder(const QString& text)
{
    m_placeholder = text;
    update();
}

void ProgramView::setFrameDivisor(int divisor)
{
    m_divisor = std::max(1, divisor);
    if (m_tap->isRunning())
        m_tap->start(m_divisor);
}

QRect ProgramView::frameRect() const
{
    if (m_frame.isNull())
        return {};
    const QSize shown = m_frame.size().scaled(size(), Qt::KeepAspectRatio);
    return {QPoint((width() - shown.width()) / 2, (height() - shown.height()) / 2), shown};
}

void ProgramView::setOnAir(OnAir state)
{
    if (state == m_onAir)
        return;
    m_onAir = state;
    setToolTip(onAirText());
    update();
}

QString ProgramView::onAirText() const
{
    switch (m_onAir) {
    case OnAir::Live:
        return tr("ON AIR");
    case OnAir::Recording:
        return tr("REC");
    case OnAir::Off:
        break;
    }
    return {};
}

void ProgramView::paintOnAir(QPainter& painter)
{
    if (m_onAir == OnAir::Off)
        return;
    const QColor red(0xdc, 0x26, 0x26);
    constexpr int kBorder = 4;
    painter.fillRect(QRect(0, 0, width(), kBorder), red);
    painter.fillRect(QRect(0, height() - kBorder, width(), kBorder), red);
    painter.fillRect(QRect(0, 0, kBorder, height()), red);
    painter.fillRect(QRect(width() - kBorder, 0, kBorder, height()), red);
    QFont font = painter.font();
    font.setBold(true);
    painter.setFont(font);
    const QString text = onAirText();
    const QFontMetrics metrics(font);
    const QRect label(kBorder + 6, kBorder + 6, metrics.horizontalAdvance(text) + 16, metrics.height() + 6);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(red);
    painter.drawRoundedRect(label, 4, 4);
    painter.setPen(Qt::white);
    painter.drawText(label, Qt::AlignCenter, text);
}

void ProgramView::onFrame(const QImage& frame)
{
    m_frame = frame;
    update();
}

void ProgramView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0x20, 0x20, 0x20));
    if (m_frame.isNull()) {
        if (!m_placeholder.isEmpty()) {
            painter.setPen(palette().color(QPalette::Disabled, QPalette::Text));
            painter.drawText(rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap,
                             m_placeholder);
        }
        paintOnAir(painter);
        return;
    }
    // Scaled to the widget's device pixels already: drawn 1:1 unless the widget was just resized.
    painter.drawImage(frameRect(), m_frame);
    paintOnAir(painter);
    if (!m_drawn) {
        m_drawn = true;
        Q_EMIT firstFrameDrawn(m_sinceCreated.elapsed());
    }
}

void ProgramView::updateTargetSize()
{
    m_tap->setTargetSize(size() * devicePixelRatioF());
}

void ProgramView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    updateTargetSize();
}

void ProgramView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    updateTargetSize();
    if (!m_suspended)
        m_tap->start(m_divisor);
}

void ProgramView::suspendFrames()
{
    m_suspended = true;
    m_tap->stop();
}

void ProgramView::resumeFrames()
{
    m_suspended = false;
    if (isVisible())
        m_tap->start(m_divisor);
}

void ProgramView::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_tap->stop(); // a hidden view costs nothing
}

} // namespace vitrine
