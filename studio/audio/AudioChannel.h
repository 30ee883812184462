#pragma once

#include <obs.hpp>

#include <QList>
#include <QObject>
#include <QString>

namespace vitrine {

// The mixer's handle on one audio source: mute, gain in dB and monitoring, as commands to libobs; changes
// made elsewhere (another strip, a hotkey, a script) come back as signals on the owner's thread.
class AudioChannel : public QObject {
    Q_OBJECT
public:
    enum class Monitoring { Off, MonitorOnly, MonitorAndOutput };
    Q_ENUM(Monitoring)

    // Gains the mixer offers, in dB (libobs goes to -inf; the slider stops at kMinGainDb = silent).
    static constexpr double kMinGainDb = -60.0;
    static constexpr double kMaxGainDb = 0.0;

    explicit AudioChannel(obs_source_t* source, QObject* parent = nullptr);
    ~AudioChannel() override;

    QString name() const;
    obs_source_t* source() const { return m_source; }

    bool isMuted() const;
    void setMuted(bool muted);
    double gainDb() const;
    void setGainDb(double db);
    Monitoring monitoring() const;
    void setMonitoring(Monitoring monitoring);

    // Every source that makes sound now: the show's sources with audio, then the global audio channels
    // (microphones heard in every scene). Sources without audio (images, colours, text) are left out.
    static QList<OBSSource> audioSources();

Q_SIGNALS:
    void mutedChanged(bool muted);
    void gainChanged(double db);

private:
    static void obsMuteTrampoline(void* data, calldata_t* params);
    static void obsVolumeTrampoline(void* data, calldata_t* params);

    OBSSource m_source;
    OBSSignal m_muteSignal;
    OBSSignal m_volumeSignal;
};

} // namespace vitrine
