#include "output/LiveFigures.h"

#include "base/ProcessFigures.h"
#include "output/Broadcast.h"
#include "output/OutputController.h"

#include <obs.h>

#include <QThread>

#include <algorithm>

namespace vitrine {
namespace {

std::uint32_t videoTotalFrames()
{
    video_t* video = obs_get_video();
    return video ? video_output_get_total_frames(video) : 0;
}

std::uint32_t videoSkippedFrames()
{
    video_t* video = obs_get_video();
    return video ? video_output_get_skipped_frames(video) : 0;
}

} // namespace

bool UplinkCheck::feed(double expectedKbps, double sentKbps, double worstCongestion)
{
    const bool isShort =
        expectedKbps > 0.0 && (sentKbps < kShortRatio * expectedKbps || worstCongestion >= kCongested);
    streak = isShort ? streak + 1 : 0;
    return streak >= kSamples;
}

LiveFigures::LiveFigures(const Engine& engine, const Broadcast& broadcast, QObject* parent)
    : QObject(parent), m_engine(engine), m_broadcast(broadcast)
{
    connect(&m_timer, &QTimer::timeout, this, [this] { Q_EMIT sampled(sample()); });
    // The counters a producer reads during a live are the live's own.
    connect(&broadcast, &Broadcast::stateChanged, this, [this](Broadcast::State state) {
        if (state == Broadcast::State::Starting)
            reset();
    });
    connect(&broadcast, &Broadcast::destinationsReset, this, [this] { m_destinationBytes.clear(); });
    reset();
}

void LiveFigures::start(int intervalMs)
{
    m_timer.start(intervalMs);
}

void LiveFigures::stop()
{
    m_timer.stop();
}

void LiveFigures::reset()
{
    m_renderBaseline = m_engine.renderStats();
    m_videoTotalBaseline = videoTotalFrames();
    m_videoSkippedBaseline = videoSkippedFrames();
    m_cpuSeconds = processCpuSeconds();
    m_wall.start();
    m_bytes.clear();
    m_destinationBytes.clear();
    m_uplink = {};
}

LiveSample LiveFigures::sample()
{
    LiveSample sample;
    sample.liveSeconds = static_cast<double>(m_broadcast.liveElapsedMs()) / 1000.0;

    const double cpu = processCpuSeconds();
    const double wall = static_cast<double>(m_wall.nsecsElapsed()) / 1e9;
    const int cores = qMax(1, QThread::idealThreadCount());
    if (wall > 0.0)
        sample.cpuPercent = 100.0 * (cpu - m_cpuSeconds) / wall / cores;
    m_cpuSeconds = cpu;
    m_wall.start();

    const RenderStats render = m_engine.renderStats();
    sample.renderLagged = render.framesLagged - m_renderBaseline.framesLagged;
    sample.renderTotal = render.framesRendered - m_renderBaseline.framesRendered;
    sample.averageRenderMs = render.averageRenderMs;
    sample.encodeSkipped = videoSkippedFrames() - m_videoSkippedBaseline;
    sample.encodeTotal = videoTotalFrames() - m_videoTotalBaseline;

    QHash<const OutputController*, std::uint64_t> bytes;
    for (const OutputController* output : m_broadcast.outputs()) {
        const OutputStats stats = output->stats();
        OutputFigures figures;
        figures.label = output->label();
        figures.framesDropped = stats.framesDropped;
        figures.totalFrames = stats.totalFrames;
        const auto previous = m_bytes.constFind(output);
        if (previous != m_bytes.constEnd() && wall > 0.0 && stats.bytesSent >= *previous)
            figures.kbps = static_cast<double>(stats.bytesSent - *previous) * 8.0 / 1000.0 / wall;
        bytes.insert(output, stats.bytesSent);
        sample.framesDropped += stats.framesDropped;
        sample.totalKbps += figures.kbps;
        sample.outputs << figures;
    }
    m_bytes = bytes;

    const QList<Broadcast::DestinationStatus> statuses = m_broadcast.destinations();
    const bool fresh = m_destinationBytes.size() != statuses.size();
    m_destinationBytes.resize(statuses.size());
    double worstCongestion = 0.0;
    for (int i = 0; i < statuses.size(); ++i) {
        DestinationFigures figures;
        figures.status = statuses[i];
        figures.stats = m_broadcast.destinationStats(i);
        const std::uint64_t previous = m_destinationBytes[i];
        if (!fresh && wall > 0.0 && figures.stats.bytesSent >= previous && previous > 0)
            figures.kbps = static_cast<double>(figures.stats.bytesSent - previous) * 8.0 / 1000.0 / wall;
        m_destinationBytes[i] = figures.stats.bytesSent;
        if (statuses[i].state == Broadcast::DestinationState::Live && previous > 0) {
            sample.expectedKbps +=
                statuses[i].encoding.videoBitrateKbps + statuses[i].encoding.audioBitrateKbps;
            sample.sentKbps += figures.kbps;
            worstCongestion = std::max(worstCongestion, figures.stats.congestion);
        }
        sample.destinations << figures;
    }
    sample.uplinkShort = m_uplink.feed(sample.expectedKbps, sample.sentKbps, worstCongestion);
    m_last = sample;
    return sample;
}

} // namespace vitrine
