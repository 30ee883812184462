#include "widgets/VolumeMeter.h"

#include "audio/AudioMeter.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace vitrine {
namespace {

constexpr float kAmberDb = -20.0f;
constexpr float kRedDb = -9.0f;
constexpr qint64 kHoldMs = 1500;
constexpr qint64 kSilentAfterMs = 300; // no report from libobs for that long: the source went quiet

} // namespace

VolumeMeter::VolumeMeter(AudioMeter* meter, QWidget* parent) : QWidget(parent), m_meter(meter)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Audio level"));
    connect(&m_timer, &QTimer::timeout, this, &VolumeMeter::poll);
    m_timer.start(kRefreshMs);
    m_sinceLevels.start();
    m_holdClock.start();
}

void VolumeMeter::setDimmed(bool dimmed)
{
    if (m_dimmed == dimmed)
        return;
    m_dimmed = dimmed;
    update();
}

void VolumeMeter::poll()
{
    if (!m_meter)
        return;
    const AudioMeter::Levels levels = m_meter->takeLevels();
    float peak = m_peakDb;
    float magnitude = m_magnitudeDb;
    if (levels.fresh) {
        peak = levels.peakDb;
        magnitude = levels.magnitudeDb;
        m_sinceLevels.start();
    } else if (m_sinceLevels.elapsed() > kSilentAfterMs) {
        peak = magnitude = -AudioMeter::kSilenceDb;
    }
    if (peak >= m_holdDb || m_holdClock.elapsed() > kHoldMs) {
        m_holdDb = peak;
        m_holdClock.start();
    }
    // Repaint only for a change the eye can see (a tenth of a dB is less than a pixel).
    if (std::abs(peak - m_peakDb) < 0.1f && std::abs(magnitude - m_magnitudeDb) < 0.1f)
        return;
    m_peakDb = peak;
    m_magnitudeDb = magnitude;
    update();
}

void VolumeMeter::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QRectF area = rect();
    painter.fillRect(area, palette().color(QPalette::Base).darker(130));
    auto xFor = [&area](float db) {
        const float clamped = std::clamp(db, kFloorDb, 0.0f);
        return area.left() + area.width() * static_cast<double>((clamped - kFloorDb) / -kFloorDb);
    };
    const QColor green = m_dimmed ? QColor(110, 110, 110) : QColor(76, 200, 96);
    const QColor amber = m_dimmed ? QColor(130, 130, 130) : QColor(232, 182, 50);
    const QColor red = m_dimmed ? QColor(150, 150, 150) : QColor(228, 72, 64);
    // The RMS level as a solid bar, coloured by zone.
    const double level = xFor(m_magnitudeDb);
    const double amberX = xFor(kAmberDb);
    const double redX = xFor(kRedDb);
    painter.fillRect(QRectF(area.left(), area.top(), std::min(level, amberX) - area.left(), area.height()),
                     green);
    if (level > amberX)
        painter.fillRect(QRectF(amberX, area.top(), std::min(level, redX) - amberX, area.height()), amber);
    if (level > redX)
        painter.fillRect(QRectF(redX, area.top(), level - redX, area.height()), red);
    // The instantaneous peak, lighter, on top; the held peak as a thin line.
    const double peak = xFor(m_peakDb);
    if (peak > level) {
        QColor light = m_peakDb > kRedDb ? red : m_peakDb > kAmberDb ? amber : green;
        light.setAlpha(110);
        painter.fillRect(QRectF(level, area.top(), peak - level, area.height()), light);
    }
    if (m_holdDb > kFloorDb) {
        const double hold = xFor(m_holdDb);
        painter.fillRect(QRectF(hold - 1.0, area.top(), 2.0, area.height()), m_holdDb > kRedDb ? red : amber);
    }
    // Ticks every 10 dB.
    painter.setPen(QColor(0, 0, 0, 90));
    for (int db = -50; db < 0; db += 10)
        painter.drawLine(QPointF(xFor(static_cast<float>(db)), area.top()),
                         QPointF(xFor(static_cast<float>(db)), area.bottom()));
}

} // namespace vitrine
