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

void ProgramView::onFrame(const QImage& frame)
{
    m_frame = frame;
    update();
}

void ProgramView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0x20, 0x20, 0x20));
    if (m_frame.isNull())
        return;
    // Scaled to the widget's device pixels already: drawn 1:1 unless the widget was just resized.
    painter.drawImage(frameRect(), m_frame);
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
