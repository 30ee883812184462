#pragma once

#include "audio/AudioMeter.h"

#include <QDockWidget>
#include <QList>

#include <memory>

class QComboBox;
class QLabel;
class QSlider;
class QToolButton;
class QVBoxLayout;

namespace vitrine {

class AudioChannel;
class VolumeMeter;

// One channel of the mixer: name, VU meter, mute, gain (dB) and monitoring.
class MixerStrip : public QWidget {
    Q_OBJECT
public:
    explicit MixerStrip(obs_source_t* source, QWidget* parent = nullptr);
    ~MixerStrip() override;

    AudioChannel& channel() { return *m_channel; }
    VolumeMeter* meter() const { return m_meterWidget; }
    QToolButton* muteButton() const { return m_mute; }
    QSlider* gainSlider() const { return m_gain; }
    QComboBox* monitoringBox() const { return m_monitoring; }

private:
    void showMuted(bool muted);
    void showGain(double db);

    std::unique_ptr<AudioChannel> m_channel;
    AudioMeter m_meter;
    VolumeMeter* m_meterWidget = nullptr;
    QLabel* m_gainLabel = nullptr;
    QToolButton* m_mute = nullptr;
    QSlider* m_gain = nullptr;
    QComboBox* m_monitoring = nullptr;
};

// The audio mixer: a strip per source that makes sound in the show, plus the global audio channels.
class MixerDock : public QDockWidget {
    Q_OBJECT
public:
    explicit MixerDock(QWidget* parent = nullptr);

    // Lists the audio sources again (after sources were added or removed).
    void rebuild();
    QList<MixerStrip*> strips() const { return m_strips; }
    MixerStrip* strip(const QString& sourceName) const;

private:
    QWidget* m_content = nullptr;
    QVBoxLayout* m_layout = nullptr;
    QLabel* m_empty = nullptr;
    QList<MixerStrip*> m_strips;
};

} // namespace vitrine
