#pragma once

#include "engine/Engine.h"
#include "output/Broadcast.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <cstdint>

namespace vitrine {

class OutputController;

// One output's figures at a sample.
struct OutputFigures {
    QString label;
    double kbps = 0.0; // from the bytes sent since the previous sample
    int framesDropped = 0;
    int totalFrames = 0;
};

// One destination's health at a sample.
struct DestinationFigures {
    Broadcast::DestinationStatus status;
    double kbps = 0.0; // sent since the previous sample
    OutputStats stats; // this live, over its reconnections; congestion now
};

// The uplink cannot carry every destination: what is sent stays well below what the encoders make for the
// destinations on air, or the network pushes back (congestion), for several samples in a row.
struct UplinkCheck {
    static constexpr double kShortRatio = 0.85;
    static constexpr double kCongested = 0.5;
    static constexpr int kSamples = 5;
    int streak = 0;
    // Returns true once the uplink has been short for kSamples samples in a row.
    bool feed(double expectedKbps, double sentKbps, double worstCongestion);
};

// What the go-live bar shows, sampled once a second.
struct LiveSample {
    double liveSeconds = 0.0;
    double cpuPercent = 0.0; // of the whole machine (all cores), like a system monitor's per-process figure
    // Since the figures were reset (the live or recording started): frames the renderer missed...
    std::uint32_t renderLagged = 0;
    std::uint32_t renderTotal = 0;
    // ...and frames the encoder skipped because it could not keep up.
    std::uint32_t encodeSkipped = 0;
    std::uint32_t encodeTotal = 0;
    int framesDropped = 0; // over every output (the network could not keep up)
    double totalKbps = 0.0;
    double averageRenderMs = 0.0;
    QList<OutputFigures> outputs;
    QList<DestinationFigures> destinations; // every destination of the show, in its order
    double expectedKbps = 0.0;              // what the destinations on air should be sent, together
    double sentKbps = 0.0;                  // what they were sent
    bool uplinkShort = false;               // see UplinkCheck

    double renderLagPercent() const { return renderTotal ? 100.0 * renderLagged / renderTotal : 0.0; }
    double encodeLagPercent() const { return encodeTotal ? 100.0 * encodeSkipped / encodeTotal : 0.0; }
};

// Samples the live's figures every second: live duration, CPU, render and encode lag, dropped frames and
// bitrate per output. Counters restart from zero when the broadcast goes live or starts recording.
class LiveFigures : public QObject {
    Q_OBJECT
public:
    LiveFigures(const Engine& engine, const Broadcast& broadcast, QObject* parent = nullptr);

    void start(int intervalMs = 1000);
    void stop();
    // Counters start from now.
    void reset();
    // Takes a sample at once (also what the timer calls).
    LiveSample sample();
    LiveSample last() const { return m_last; }

Q_SIGNALS:
    void sampled(const vitrine::LiveSample& sample);

private:
    const Engine& m_engine;
    const Broadcast& m_broadcast;
    QTimer m_timer;
    RenderStats m_renderBaseline;
    std::uint32_t m_videoTotalBaseline = 0;
    std::uint32_t m_videoSkippedBaseline = 0;
    double m_cpuSeconds = 0.0;
    QElapsedTimer m_wall;
    QHash<const OutputController*, std::uint64_t> m_bytes; // bytes sent at the previous sample
    QList<std::uint64_t> m_destinationBytes;               // per destination, at the previous sample
    UplinkCheck m_uplink;
    LiveSample m_last;
};

} // namespace vitrine
