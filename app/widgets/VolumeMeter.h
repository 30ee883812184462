#pragma once

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

namespace vitrine {

class AudioMeter;

// A horizontal VU meter: RMS bar, peak line and a peak hold, green / amber / red like a desk's meter. It
// reads an AudioMeter's levels at most 30 times a second and repaints only when something moved.
class VolumeMeter : public QWidget {
    Q_OBJECT
public:
    explicit VolumeMeter(AudioMeter* meter, QWidget* parent = nullptr);

    // The scale drawn, in dB.
    static constexpr float kFloorDb = -60.0f;
    static constexpr int kRefreshMs = 33;

    float peakDb() const { return m_peakDb; }
    float magnitudeDb() const { return m_magnitudeDb; }
    void setDimmed(bool dimmed); // a muted channel is drawn grey

    QSize sizeHint() const override { return {160, 10}; }
    QSize minimumSizeHint() const override { return {40, 6}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void poll();

    AudioMeter* m_meter;
    QTimer m_timer;
    QElapsedTimer m_sinceLevels;
    QElapsedTimer m_holdClock;
    float m_peakDb = -100.0f;
    float m_magnitudeDb = -100.0f;
    float m_holdDb = -100.0f;
    bool m_dimmed = false;
};

} // namespace vitrine
