#pragma once

#include <obs.hpp>

#include <atomic>
#include <memory>

namespace vitrine {

// A libobs volume meter on one source. libobs calls it on its audio thread (about 40 times a second); the
// levels are handed over through atomics, and the GUI reads them at its own pace (≤ 30 Hz), so nothing
// queues up behind a slow repaint.
class AudioMeter {
public:
    struct Levels {
        float peakDb = -kSilenceDb;      // the loudest sample of the last audio tick, over every channel
        float magnitudeDb = -kSilenceDb; // its RMS level
        bool fresh = false;              // libobs reported since the previous read
    };
    static constexpr float kSilenceDb = 100.0f; // levels are clamped at -100 dB (libobs says -inf)

    AudioMeter() = default;
    ~AudioMeter();
    AudioMeter(const AudioMeter&) = delete;
    AudioMeter& operator=(const AudioMeter&) = delete;

    // Attaches to source (detaching from the previous one). Returns false when libobs refuses.
    bool attach(obs_source_t* source);
    void detach();
    bool isAttached() const { return m_meter != nullptr; }

    // The levels libobs last reported; marks them read. Any thread.
    Levels takeLevels();

private:
    struct MeterDeleter {
        void operator()(obs_volmeter_t* meter) const;
    };
    // Runs on the libobs audio thread.
    static void onLevels(void* data, const float magnitude[MAX_AUDIO_CHANNELS],
                         const float peak[MAX_AUDIO_CHANNELS], const float inputPeak[MAX_AUDIO_CHANNELS]);

    std::unique_ptr<obs_volmeter_t, MeterDeleter> m_meter;
    std::atomic<float> m_peakDb{-kSilenceDb};
    std::atomic<float> m_magnitudeDb{-kSilenceDb};
    std::atomic<bool> m_fresh{false};
};

} // namespace vitrine
