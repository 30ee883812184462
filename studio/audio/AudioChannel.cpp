#include "audio/AudioChannel.h"

#include <QMetaObject>

#include <cmath>

namespace vitrine {

AudioChannel::AudioChannel(obs_source_t* source, QObject* parent) : QObject(parent), m_source(source)
{
    if (!m_source)
        return;
    signal_handler_t* handler = obs_source_get_signal_handler(m_source);
    m_muteSignal.Connect(handler, "mute", obsMuteTrampoline, this);
    m_volumeSignal.Connect(handler, "volume", obsVolumeTrampoline, this);
}

AudioChannel::~AudioChannel()
{
    // Disconnect first so no libobs thread calls back into a half-destroyed object.
    m_muteSignal.Disconnect();
    m_volumeSignal.Disconnect();
}

QString AudioChannel::name() const
{
    return m_source ? QString::fromUtf8(obs_source_get_name(m_source)) : QString();
}

bool AudioChannel::isMuted() const
{
    return m_source && obs_source_muted(m_source);
}

void AudioChannel::setMuted(bool muted)
{
    if (m_source)
        obs_source_set_muted(m_source, muted);
}

double AudioChannel::gainDb() const
{
    if (!m_source)
        return kMinGainDb;
    const float db = obs_mul_to_db(obs_source_get_volume(m_source));
    return std::isfinite(db) ? std::max(static_cast<double>(db), kMinGainDb) : kMinGainDb;
}

void AudioChannel::setGainDb(double db)
{
    if (!m_source)
        return;
    // The bottom of the range is silence, as on a mixing desk.
    const float multiplier =
        db <= kMinGainDb ? 0.0f : obs_db_to_mul(static_cast<float>(std::min(db, kMaxGainDb)));
    obs_source_set_volume(m_source, multiplier);
}

AudioChannel::Monitoring AudioChannel::monitoring() const
{
    switch (m_source ? obs_source_get_monitoring_type(m_source) : OBS_MONITORING_TYPE_NONE) {
    case OBS_MONITORING_TYPE_MONITOR_ONLY:
        return Monitoring::MonitorOnly;
    case OBS_MONITORING_TYPE_MONITOR_AND_OUTPUT:
        return Monitoring::MonitorAndOutput;
    case OBS_MONITORING_TYPE_NONE:
        break;
    }
    return Monitoring::Off;
}

void AudioChannel::setMonitoring(Monitoring monitoring)
{
    if (!m_source)
        return;
    switch (monitoring) {
    case Monitoring::Off:
        obs_source_set_monitoring_type(m_source, OBS_MONITORING_TYPE_NONE);
        break;
    case Monitoring::MonitorOnly:
        obs_source_set_monitoring_type(m_source, OBS_MONITORING_TYPE_MONITOR_ONLY);
        break;
    case Monitoring::MonitorAndOutput:
        obs_source_set_monitoring_type(m_source, OBS_MONITORING_TYPE_MONITOR_AND_OUTPUT);
        break;
    }
}

QList<OBSSource> AudioChannel::audioSources()
{
    QList<OBSSource> sources;
    // obs_enum_sources lists public input sources (not scenes nor transitions) under libobs's lock.
    obs_enum_sources(
        [](void* data, obs_source_t* source) {
            if (obs_source_get_output_flags(source) & OBS_SOURCE_AUDIO)
                static_cast<QList<OBSSource>*>(data)->append(OBSSource(source));
            return true;
        },
        &sources);
    for (uint32_t channel = 0; channel < MAX_CHANNELS; ++channel) {
        OBSSourceAutoRelease global = obs_get_output_source(channel);
        if (!global || !(obs_source_get_output_flags(global) & OBS_SOURCE_AUDIO))
            continue;
        bool listed = false;
        for (const OBSSource& source : std::as_const(sources))
            listed = listed || source.Get() == global.Get();
        if (!listed)
            sources.append(OBSSource(global.Get()));
    }
    return sources;
}

// The trampolines run on whichever libobs thread changed the source: post plain values to the owner.
void AudioChannel::obsMuteTrampoline(void* data, calldata_t* params)
{
    auto* self = static_cast<AudioChannel*>(data);
    const bool muted = calldata_bool(params, "muted");
    QMetaObject::invokeMethod(
        self, [self, muted] { Q_EMIT self->mutedChanged(muted); }, Qt::QueuedConnection);
}

void AudioChannel::obsVolumeTrampoline(void* data, calldata_t* params)
{
    auto* self = static_cast<AudioChannel*>(data);
    const double volume = calldata_float(params, "volume");
    const double db = volume > 0.0 ? std::max(20.0 * std::log10(volume), kMinGainDb) : kMinGainDb;
    QMetaObject::invokeMethod(
        self, [self, db] { Q_EMIT self->gainChanged(db); }, Qt::QueuedConnection);
}

} // namespace vitrine
