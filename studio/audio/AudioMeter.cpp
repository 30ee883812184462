#include "audio/AudioMeter.h"

#include <algorithm>
#include <cmath>

namespace vitrine {
namespace {

float clampDb(float db)
{
    return std::isfinite(db) ? std::max(db, -AudioMeter::kSilenceDb) : -AudioMeter::kSilenceDb;
}

} // namespace

void AudioMeter::MeterDeleter::operator()(obs_volmeter_t* meter) const
{
    obs_volmeter_destroy(meter);
}

AudioMeter::~AudioMeter()
{
    detach();
}

bool AudioMeter::attach(obs_source_t* source)
{
    detach();
    if (!source)
        return false;
    std::unique_ptr<obs_volmeter_t, MeterDeleter> meter(obs_volmeter_create(OBS_FADER_LOG));
    if (!meter || !obs_volmeter_attach_source(meter.get(), source))
        return false;
    obs_volmeter_add_callback(meter.get(), &AudioMeter::onLevels, this);
    m_meter = std::move(meter);
    return true;
}

void AudioMeter::detach()
{
    if (!m_meter)
        return;
    // remove_callback takes the meter's callback lock: once it returns, no audio thread is inside onLevels.
    obs_volmeter_remove_callback(m_meter.get(), &AudioMeter::onLevels, this);
    obs_volmeter_detach_source(m_meter.get());
    m_meter.reset();
    m_peakDb = -kSilenceDb;
    m_magnitudeDb = -kSilenceDb;
    m_fresh = false;
}

AudioMeter::Levels AudioMeter::takeLevels()
{
    Levels levels;
    levels.peakDb = m_peakDb.load(std::memory_order_relaxed);
    levels.magnitudeDb = m_magnitudeDb.load(std::memory_order_relaxed);
    levels.fresh = m_fresh.exchange(false, std::memory_order_acq_rel);
    return levels;
}

void AudioMeter::onLevels(void* data, const float magnitude[MAX_AUDIO_CHANNELS],
                          const float peak[MAX_AUDIO_CHANNELS], const float[MAX_AUDIO_CHANNELS])
{
    auto* self = static_cast<AudioMeter*>(data);
    float loudestPeak = -kSilenceDb;
    float loudestMagnitude = -kSilenceDb;
    const int channels = static_cast<int>(audio_output_get_channels(obs_get_audio()));
    for (int c = 0; c < std::min(channels, MAX_AUDIO_CHANNELS); ++c) {
        loudestPeak = std::max(loudestPeak, clampDb(peak[c]));
        loudestMagnitude = std::max(loudestMagnitude, clampDb(magnitude[c]));
    }
    self->m_peakDb.store(loudestPeak, std::memory_order_relaxed);
    self->m_magnitudeDb.store(loudestMagnitude, std::memory_order_relaxed);
    self->m_fresh.store(true, std::memory_order_release);
}

} // namespace vitrine
