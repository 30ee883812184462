#include "engine/GstreamerSource.h"

#include <gst/app/gstappsink.h>
#include <gst/audio/audio.h>
#include <gst/gst.h>
#include <gst/video/video.h>

#include <obs-module.h>
#include <obs.h>
#include <util/platform.h>
#include <util/threading.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <limits>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <utility>

namespace vitrine {
namespace {

// RAII for GLib/GStreamer handles. GStreamer's own macros use C-style casts, which -Wold-style-cast rejects
// in our code, so everything below goes through functions and these holders instead.
template <auto Free> struct GFree {
    template <typename T> void operator()(T* handle) const { Free(handle); }
};
template <typename T, auto Free> using GPtr = std::unique_ptr<T, GFree<Free>>;

using ElementPtr = GPtr<GstElement, gst_object_unref>;
using BusPtr = GPtr<GstBus, gst_object_unref>;
using ClockPtr = GPtr<GstClock, gst_object_unref>;
using PadPtr = GPtr<GstPad, gst_object_unref>;
using CapsPtr = GPtr<GstCaps, gst_caps_unref>;
using SamplePtr = GPtr<GstSample, gst_sample_unref>;
using MessagePtr = GPtr<GstMessage, gst_message_unref>;
using ErrorPtr = GPtr<GError, g_error_free>;
using StringPtr = GPtr<gchar, g_free>;

constexpr GstClockTime kNoTime = std::numeric_limits<GstClockTime>::max(); // GST_CLOCK_TIME_NONE
constexpr const char* kVideoSinkName = "vitrine_video";
constexpr const char* kVideoConvertName = "vitrine_video_convert";
constexpr const char* kAudioSinkName = "vitrine_audio";
constexpr auto kFirstRetryDelay = std::chrono::seconds(1);
constexpr auto kMaxRetryDelay = std::chrono::seconds(10);

// A checked downcast without G_TYPE_CHECK_INSTANCE_CAST's C-style cast.
template <typename T> T* gstCast(gpointer instance, GType type)
{
    if (instance == nullptr || !g_type_check_instance_is_a(static_cast<GTypeInstance*>(instance), type))
        return nullptr;
    return static_cast<T*>(instance);
}

// Takes ownership of a [transfer floating] return value.
ElementPtr adoptFloating(GstElement* element)
{
    if (element == nullptr)
        return {};
    return ElementPtr(static_cast<GstElement*>(gst_object_ref_sink(element)));
}

ElementPtr childByName(GstElement* pipeline, const char* name)
{
    GstBin* bin = gstCast<GstBin>(pipeline, gst_bin_get_type());
    return ElementPtr(bin != nullptr ? gst_bin_get_by_name(bin, name) : nullptr);
}

std::string capsToString(const GstCaps* caps)
{
    const StringPtr text(gst_caps_to_string(caps));
    return text ? std::string(text.get()) : std::string();
}

struct FormatPair {
    GstVideoFormat gst;
    video_format obs;
};

// The formats libobs draws itself. Listing them on the appsink makes videoconvert a passthrough whenever the
// pipeline already produces one, so frames reach libobs as they were captured or decoded. I420 comes first
// because sources that can produce anything (videotestsrc) take the first format downstream offers.
constexpr std::array kFormats{
    FormatPair{GST_VIDEO_FORMAT_I420, VIDEO_FORMAT_I420},
    FormatPair{GST_VIDEO_FORMAT_NV12, VIDEO_FORMAT_NV12},
    FormatPair{GST_VIDEO_FORMAT_YUY2, VIDEO_FORMAT_YUY2},
    FormatPair{GST_VIDEO_FORMAT_UYVY, VIDEO_FORMAT_UYVY},
    FormatPair{GST_VIDEO_FORMAT_YVYU, VIDEO_FORMAT_YVYU},
    FormatPair{GST_VIDEO_FORMAT_BGRx, VIDEO_FORMAT_BGRX},
    FormatPair{GST_VIDEO_FORMAT_BGRA, VIDEO_FORMAT_BGRA},
    FormatPair{GST_VIDEO_FORMAT_RGBA, VIDEO_FORMAT_RGBA},
    FormatPair{GST_VIDEO_FORMAT_BGR, VIDEO_FORMAT_BGR3},
    FormatPair{GST_VIDEO_FORMAT_GRAY8, VIDEO_FORMAT_Y800},
    FormatPair{GST_VIDEO_FORMAT_Y42B, VIDEO_FORMAT_I422},
    FormatPair{GST_VIDEO_FORMAT_Y444, VIDEO_FORMAT_I444},
    FormatPair{GST_VIDEO_FORMAT_A420, VIDEO_FORMAT_I40A},
    FormatPair{GST_VIDEO_FORMAT_I420_10LE, VIDEO_FORMAT_I010},
    FormatPair{GST_VIDEO_FORMAT_P010_10LE, VIDEO_FORMAT_P010},
    FormatPair{GST_VIDEO_FORMAT_I422_10LE, VIDEO_FORMAT_I210},
    FormatPair{GST_VIDEO_FORMAT_Y444_12LE, VIDEO_FORMAT_I412},
};

video_format toObsFormat(GstVideoFormat format)
{
    for (const FormatPair& pair : kFormats) {
        if (pair.gst == format)
            return pair.obs;
    }
    return VIDEO_FORMAT_NONE;
}

// Set by the engine: with a software renderer (llvmpipe) a YUV frame costs libobs a full-frame shader pass to
// convert, far more than GStreamer's SIMD conversion to BGRx on a streaming thread; with a GPU the opposite
// holds.
std::atomic<bool> g_preferRgbFrames{false};

CapsPtr videoSinkCaps(bool preferRgb)
{
    if (preferRgb)
        return CapsPtr(gst_caps_from_string("video/x-raw,format=(string){BGRx,BGRA}"));
    std::string text = "video/x-raw,format=(string){";
    for (std::size_t i = 0; i < kFormats.size(); ++i) {
        if (i > 0)
            text += ',';
        text += gst_video_format_to_string(kFormats[i].gst);
    }
    text += '}';
    return CapsPtr(gst_caps_from_string(text.c_str()));
}

// Mono and stereo only: their channel order is the same in GStreamer and libobs; anything wider is downmixed
// by audioconvert rather than risk swapped surround channels. The rate is left free because libobs resamples
// anyway.
CapsPtr audioSinkCaps()
{
    return CapsPtr(
        gst_caps_from_string("audio/x-raw,format=(string){F32LE,S16LE,S32LE,U8},layout=(string)interleaved,"
                             "channels=(int)[1,2]"));
}

audio_format toObsAudioFormat(GstAudioFormat format)
{
    switch (format) {
    case GST_AUDIO_FORMAT_F32LE:
        return AUDIO_FORMAT_FLOAT;
    case GST_AUDIO_FORMAT_S16LE:
        return AUDIO_FORMAT_16BIT;
    case GST_AUDIO_FORMAT_S32LE:
        return AUDIO_FORMAT_32BIT;
    case GST_AUDIO_FORMAT_U8:
        return AUDIO_FORMAT_U8BIT;
    default:
        return AUDIO_FORMAT_UNKNOWN;
    }
}

// The caps' colorimetry says which matrix the pixels were made with; GstVideoInfo already fills in
// GStreamer's size-based default (601 for SD, 709 for HD) when the caps leave it out.
video_colorspace toObsColourSpace(const GstVideoInfo& info, video_trc* trc)
{
    *trc = VIDEO_TRC_DEFAULT;
    switch (info.colorimetry.transfer) {
    case GST_VIDEO_TRANSFER_SMPTE2084:
        *trc = VIDEO_TRC_PQ;
        return VIDEO_CS_2100_PQ;
    case GST_VIDEO_TRANSFER_ARIB_STD_B67:
        *trc = VIDEO_TRC_HLG;
        return VIDEO_CS_2100_HLG;
    default:
        break;
    }
    switch (info.colorimetry.matrix) {
    case GST_VIDEO_COLOR_MATRIX_BT601:
        return VIDEO_CS_601;
    case GST_VIDEO_COLOR_MATRIX_BT709:
        return VIDEO_CS_709;
    default:
        return info.height >= 720 ? VIDEO_CS_709 : VIDEO_CS_601;
    }
}

// Buffer time on the pipeline clock. Our pipelines run on CLOCK_MONOTONIC, which is what os_gettime_ns()
// reads, so libobs can line audio and video up without any offset bookkeeping here.
uint64_t obsTimestamp(GstElement* sink, GstSample* sample, GstClockTime pts)
{
    if (pts == kNoTime)
        return os_gettime_ns();
    const GstSegment* segment = gst_sample_get_segment(sample);
    const guint64 running =
        segment != nullptr ? gst_segment_to_running_time(segment, GST_FORMAT_TIME, pts) : pts;
    const GstClockTime base = gst_element_get_base_time(sink);
    if (running == kNoTime || base == kNoTime)
        return os_gettime_ns();
    return base + running;
}

class VideoFrameMap {
public:
    VideoFrameMap(GstVideoInfo* info, GstBuffer* buffer)
        : m_mapped(gst_video_frame_map(&m_frame, info, buffer, GST_MAP_READ) != FALSE)
    {
    }
    ~VideoFrameMap()
    {
        if (m_mapped)
            gst_video_frame_unmap(&m_frame);
    }
    VideoFrameMap(const VideoFrameMap&) = delete;
    VideoFrameMap& operator=(const VideoFrameMap&) = delete;

    bool isMapped() const { return m_mapped; }
    const GstVideoFrame& frame() const { return m_frame; }

private:
    GstVideoFrame m_frame{};
    bool m_mapped;
};

class BufferMap {
public:
    explicit BufferMap(GstBuffer* buffer)
        : m_buffer(buffer), m_mapped(gst_buffer_map(buffer, &m_info, GST_MAP_READ))
    {
    }
    ~BufferMap()
    {
        if (m_mapped)
            gst_buffer_unmap(m_buffer, &m_info);
    }
    BufferMap(const BufferMap&) = delete;
    BufferMap& operator=(const BufferMap&) = delete;

    bool isMapped() const { return m_mapped; }
    const GstMapInfo& info() const { return m_info; }

private:
    GstBuffer* m_buffer;
    GstMapInfo m_info{};
    bool m_mapped;
};

struct Descriptions {
    std::string video;
    std::string audio;
    bool looping = false;
    bool preferRgb = false; // the renderer policy when the pipeline was asked for
    bool operator==(const Descriptions&) const = default;
};

Descriptions readDescriptions(obs_data_t* settings)
{
    return {obs_data_get_string(settings, "pipeline"), obs_data_get_string(settings, "audio_pipeline"),
            obs_data_get_bool(settings, "looping"), g_preferRgbFrames.load()};
}

bool isBlank(const std::string& text)
{
    return std::all_of(text.begin(), text.end(), [](unsigned char c) { return g_ascii_isspace(c); });
}

// One source instance. A worker thread owns the pipeline: it builds it, watches its bus, and rebuilds it with
// back-off after errors. Samples arrive on GStreamer's streaming threads and go straight to libobs.
class GstreamerSource {
public:
    GstreamerSource(obs_source_t* source, obs_data_t* settings) : m_source(source)
    {
        proc_handler_t* procs = obs_source_get_proc_handler(source);
        proc_handler_add(procs, "void get_negotiated_format(out string format, out string upstream_format)",
                         &GstreamerSource::procNegotiatedFormat, this);
        proc_handler_add(procs,
                         "void get_stats(out int video_frames, out int audio_frames, out int restarts, "
                         "out int loops)",
                         &GstreamerSource::procStats, this);
        m_descriptions = readDescriptions(settings);
        start();
    }

    ~GstreamerSource() { stop(); }
    GstreamerSource(const GstreamerSource&) = delete;
    GstreamerSource& operator=(const GstreamerSource&) = delete;

    void update(obs_data_t* settings)
    {
        Descriptions descriptions = readDescriptions(settings);
        if (descriptions == m_descriptions)
            return;
        stop();
        m_descriptions = std::move(descriptions);
        start();
    }

private:
    enum class RunEnd { Stopped, Unusable, Finished, Failed };

    const char* name() const { return obs_source_get_name(m_source); }

    void start()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = false;
        }
        m_worker = std::thread([this, descriptions = m_descriptions] { run(descriptions); });
    }

    void stop()
    {
        if (!m_worker.joinable())
            return;
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
            // The worker blocks on the bus without a timeout; a message of our own wakes it.
            if (m_bus)
                gst_bus_post(m_bus.get(),
                             gst_message_new_application(nullptr, gst_structure_new_empty("vitrine-stop")));
        }
        m_wake.notify_all();
        m_worker.join();
    }

    bool stopping()
    {
        std::lock_guard lock(m_mutex);
        return m_stopping;
    }

    // Returns true when asked to stop before the delay ran out.
    template <typename Duration> bool waitForStop(Duration delay)
    {
        std::unique_lock lock(m_mutex);
        return m_wake.wait_for(lock, delay, [this] { return m_stopping; });
    }

    void waitForStop()
    {
        std::unique_lock lock(m_mutex);
        m_wake.wait(lock, [this] { return m_stopping; });
    }

    void run(const Descriptions& descriptions)
    {
        os_set_thread_name("vitrine-gst");
        const bool hasVideo = !isBlank(descriptions.video);
        const bool hasAudio = !isBlank(descriptions.audio);
        if (!hasVideo && !hasAudio) {
            waitForStop();
            return;
        }
        std::string launch;
        if (hasVideo) {
            launch = descriptions.video + " ! videoconvert name=" + kVideoConvertName +
                     " ! appsink name=" + kVideoSinkName;
        }
        if (hasAudio) {
            if (!launch.empty())
                launch += ' ';
            launch += descriptions.audio + " ! audioconvert ! audioresample ! appsink name=" + kAudioSinkName;
        }

        std::chrono::seconds delay = kFirstRetryDelay;
        for (;;) {
            const RunEnd end = runOnce(launch, descriptions);
            if (end == RunEnd::Stopped)
                return;
            if (end == RunEnd::Unusable || end == RunEnd::Finished) {
                waitForStop();
                return;
            }
            // A frozen last frame would look like a live picture; show nothing until the feed is back.
            obs_source_output_video(m_source, nullptr);
            // A run that delivered something was healthy: a drop after that starts the back-off over.
            if (m_samplesThisRun.load() > 0)
                delay = kFirstRetryDelay;
            blog(LOG_INFO, "[vitrine_gstreamer_source '%s'] restarting the pipeline in %lld s", name(),
                 static_cast<long long>(delay.count()));
            if (waitForStop(delay))
                return;
            delay = std::min<std::chrono::seconds>(delay * 2, kMaxRetryDelay);
            ++m_restarts;
        }
    }

    RunEnd runOnce(const std::string& launch, const Descriptions& descriptions)
    {
        m_samplesThisRun = 0;
        GError* rawError = nullptr;
        ElementPtr pipeline = adoptFloating(
            gst_parse_launch_full(launch.c_str(), nullptr, GST_PARSE_FLAG_FATAL_ERRORS, &rawError));
        const ErrorPtr parseError(rawError);
        if (parseError || !pipeline) {
            blog(LOG_WARNING,
                 "[vitrine_gstreamer_source '%s'] invalid pipeline \"%s\": %s; the source stays empty",
                 name(), launch.c_str(), parseError ? parseError->message : "unknown error");
            return RunEnd::Unusable;
        }
        GstPipeline* asPipeline = gstCast<GstPipeline>(pipeline.get(), gst_pipeline_get_type());
        if (asPipeline == nullptr) {
            blog(LOG_WARNING, "[vitrine_gstreamer_source '%s'] \"%s\" did not make a pipeline", name(),
                 launch.c_str());
            return RunEnd::Unusable;
        }

        // A private clock rather than the process-wide system clock, whose type anyone may change: this one
        // is guaranteed to be CLOCK_MONOTONIC, the clock os_gettime_ns() reads.
        ClockPtr clock(static_cast<GstClock*>(
            g_object_new(gst_system_clock_get_type(), "clock-type", GST_CLOCK_TYPE_MONOTONIC, nullptr)));
        gst_object_ref_sink(clock.get());
        gst_pipeline_use_clock(asPipeline, clock.get());

        if (!attachSinks(pipeline.get(), descriptions.preferRgb))
            return RunEnd::Unusable;

        BusPtr bus(gst_element_get_bus(pipeline.get()));
        {
            std::lock_guard lock(m_mutex);
            if (m_stopping)
                return RunEnd::Stopped;
            m_bus.reset(static_cast<GstBus*>(gst_object_ref(bus.get())));
        }
        // Whatever happens below, the pipeline is stopped (joining its streaming threads) before it is
        // dropped.
        struct Teardown {
            GstreamerSource* self;
            GstElement* pipeline;
            ~Teardown()
            {
                gst_element_set_state(pipeline, GST_STATE_NULL);
                std::lock_guard lock(self->m_mutex);
                self->m_bus.reset();
                self->m_videoConvert.reset();
            }
        } teardown{this, pipeline.get()};

        // Going to PAUSED first tells live sources (cameras, network feeds) apart: they answer NO_PREROLL.
        GstStateChangeReturn change = gst_element_set_state(pipeline.get(), GST_STATE_PAUSED);
        const bool live = change == GST_STATE_CHANGE_NO_PREROLL;
        if (change != GST_STATE_CHANGE_FAILURE)
            change = gst_element_set_state(pipeline.get(), GST_STATE_PLAYING);
        if (change == GST_STATE_CHANGE_FAILURE) {
            MessagePtr error(gst_bus_pop_filtered(bus.get(), GST_MESSAGE_ERROR));
            if (error)
                logError(error.get());
            else
                blog(LOG_WARNING, "[vitrine_gstreamer_source '%s'] the pipeline would not start", name());
            return RunEnd::Failed;
        }
        blog(LOG_INFO, "[vitrine_gstreamer_source '%s'] playing%s: %s", name(), live ? " (live)" : "",
             launch.c_str());

        constexpr auto kWatched =
            static_cast<GstMessageType>(GST_MESSAGE_ERROR | GST_MESSAGE_EOS | GST_MESSAGE_WARNING |
                                        GST_MESSAGE_LATENCY | GST_MESSAGE_APPLICATION);
        for (;;) {
            // Messages we do not watch are dropped by the pop, so the bus never grows.
            MessagePtr message(gst_bus_timed_pop_filtered(bus.get(), kNoTime, kWatched));
            if (!message)
                continue;
            switch (message->type) {
            case GST_MESSAGE_APPLICATION:
                if (stopping())
                    return RunEnd::Stopped;
                break;
            case GST_MESSAGE_LATENCY:
                // Nobody else runs a bus watch in this process, so the pipeline's latency is ours to
                // redistribute.
                gst_bin_recalculate_latency(gstCast<GstBin>(pipeline.get(), gst_bin_get_type()));
                break;
            case GST_MESSAGE_WARNING:
                logWarning(message.get());
                break;
            case GST_MESSAGE_ERROR:
                logError(message.get());
                return stopping() ? RunEnd::Stopped : RunEnd::Failed;
            case GST_MESSAGE_EOS:
                if (stopping())
                    return RunEnd::Stopped;
                if (live) {
                    // A live feed that ends (a phone that hung up) is expected to come back.
                    blog(LOG_WARNING, "[vitrine_gstreamer_source '%s'] the live feed ended", name());
                    return RunEnd::Failed;
                }
                if (descriptions.looping &&
                    gst_element_seek_simple(
                        pipeline.get(), GST_FORMAT_TIME,
                        static_cast<GstSeekFlags>(GST_SEEK_FLAG_FLUSH | GST_SEEK_FLAG_KEY_UNIT), 0)) {
                    ++m_loops;
                    break;
                }
                blog(LOG_INFO, "[vitrine_gstreamer_source '%s'] end of stream", name());
                return RunEnd::Finished;
            default:
                break;
            }
        }
    }

    bool attachSinks(GstElement* pipeline, bool preferRgb)
    {
        m_video = {};
        m_audio = {};
        if (ElementPtr sink = childByName(pipeline, kVideoSinkName)) {
            GstAppSink* appSink = gstCast<GstAppSink>(sink.get(), gst_app_sink_get_type());
            if (appSink == nullptr)
                return rejectSinkName(kVideoSinkName);
            const CapsPtr caps = videoSinkCaps(preferRgb);
            // Two buffers and drop: a consumer that falls behind loses frames instead of growing memory. sync
            // keeps file-based pipelines at their real pace.
            g_object_set(sink.get(), "caps", caps.get(), "max-buffers", 2u, "drop", TRUE, "sync", TRUE,
                         "enable-last-sample", FALSE, nullptr);
            GstAppSinkCallbacks callbacks{};
            callbacks.new_sample = &GstreamerSource::onVideoSample;
            gst_app_sink_set_callbacks(appSink, &callbacks, this, nullptr);
            std::lock_guard lock(m_mutex);
            m_videoConvert = childByName(pipeline, kVideoConvertName);
        }
        if (ElementPtr sink = childByName(pipeline, kAudioSinkName)) {
            GstAppSink* appSink = gstCast<GstAppSink>(sink.get(), gst_app_sink_get_type());
            if (appSink == nullptr)
                return rejectSinkName(kAudioSinkName);
            const CapsPtr caps = audioSinkCaps();
            // No dropping for audio: gaps are audible, and a live source paces the branch anyway.
            g_object_set(sink.get(), "caps", caps.get(), "sync", TRUE, "enable-last-sample", FALSE, nullptr);
            GstAppSinkCallbacks callbacks{};
            callbacks.new_sample = &GstreamerSource::onAudioSample;
            gst_app_sink_set_callbacks(appSink, &callbacks, this, nullptr);
        }
        return true;
    }

    bool rejectSinkName(const char* sinkName)
    {
        blog(LOG_WARNING, "[vitrine_gstreamer_source '%s'] the pipeline may not name an element \"%s\"",
             name(), sinkName);
        return false;
    }

    void logError(GstMessage* message)
    {
        GError* rawError = nullptr;
        gchar* rawDebug = nullptr;
        gst_message_parse_error(message, &rawError, &rawDebug);
        const ErrorPtr error(rawError);
        const StringPtr debug(rawDebug);
        const StringPtr from(gst_object_get_name(message->src));
        blog(LOG_WARNING, "[vitrine_gstreamer_source '%s'] error from %s: %s (%s)", name(),
             from ? from.get() : "pipeline", error ? error->message : "unknown",
             debug ? debug.get() : "no details");
    }

    void logWarning(GstMessage* message)
    {
        GError* rawError = nullptr;
        gchar* rawDebug = nullptr;
        gst_message_parse_warning(message, &rawError, &rawDebug);
        const ErrorPtr error(rawError);
        const StringPtr debug(rawDebug);
        const StringPtr from(gst_object_get_name(message->src));
        blog(LOG_WARNING, "[vitrine_gstreamer_source '%s'] warning from %s: %s (%s)", name(),
             from ? from.get() : "pipeline", error ? error->message : "unknown",
             debug ? debug.get() : "no details");
    }

    static GstFlowReturn onVideoSample(GstAppSink* sink, gpointer data)
    {
        const SamplePtr sample(gst_app_sink_pull_sample(sink));
        if (sample)
            static_cast<GstreamerSource*>(data)->outputVideo(sink, sample.get());
        return GST_FLOW_OK;
    }

    static GstFlowReturn onAudioSample(GstAppSink* sink, gpointer data)
    {
        const SamplePtr sample(gst_app_sink_pull_sample(sink));
        if (sample)
            static_cast<GstreamerSource*>(data)->outputAudio(sink, sample.get());
        return GST_FLOW_OK;
    }

    // Caps are compared on every sample, so a source that changes size or format mid-stream is followed.
    void readVideoCaps(GstCaps* caps)
    {
        m_video.caps.reset(gst_caps_ref(caps));
        m_video.format = VIDEO_FORMAT_NONE;
        if (!gst_video_info_from_caps(&m_video.info, caps)) {
            blog(LOG_WARNING, "[vitrine_gstreamer_source '%s'] unusable video caps %s", name(),
                 capsToString(caps).c_str());
            return;
        }
        const GstVideoFormat gstFormat = m_video.info.finfo->format;
        m_video.format = toObsFormat(gstFormat);
        const video_colorspace colourSpace = toObsColourSpace(m_video.info, &m_video.trc);
        m_video.fullRange = m_video.info.colorimetry.range == GST_VIDEO_COLOR_RANGE_0_255;
        video_format_get_parameters_for_format(
            colourSpace, m_video.fullRange ? VIDEO_RANGE_FULL : VIDEO_RANGE_PARTIAL, m_video.format,
            m_video.matrix.data(), m_video.rangeMin.data(), m_video.rangeMax.data());

        std::string upstream;
        {
            std::lock_guard lock(m_mutex);
            if (m_videoConvert) {
                const PadPtr pad(gst_element_get_static_pad(m_videoConvert.get(), "sink"));
                const CapsPtr upstreamCaps(pad ? gst_pad_get_current_caps(pad.get()) : nullptr);
                GstVideoInfo upstreamInfo;
                if (upstreamCaps && gst_video_info_from_caps(&upstreamInfo, upstreamCaps.get()))
                    upstream = gst_video_format_to_string(upstreamInfo.finfo->format);
            }
            m_negotiatedFormat = gst_video_format_to_string(gstFormat);
            m_upstreamFormat = upstream;
        }
        blog(LOG_INFO, "[vitrine_gstreamer_source '%s'] negotiated caps %s (%s)", name(),
             capsToString(caps).c_str(),
             upstream == gst_video_format_to_string(gstFormat) ? "passed through unconverted"
                                                               : ("converted from " + upstream).c_str());
    }

    void outputVideo(GstAppSink* sink, GstSample* sample)
    {
        GstCaps* caps = gst_sample_get_caps(sample);
        GstBuffer* buffer = gst_sample_get_buffer(sample);
        if (caps == nullptr || buffer == nullptr)
            return;
        if (!m_video.caps || !gst_caps_is_equal(caps, m_video.caps.get()))
            readVideoCaps(caps);
        if (m_video.format == VIDEO_FORMAT_NONE)
            return;

        const VideoFrameMap map(&m_video.info, buffer);
        if (!map.isMapped())
            return;
        const GstVideoFrame& mapped = map.frame();
        obs_source_frame frame{};
        const guint planes = std::min<guint>(mapped.info.finfo->n_planes, MAX_AV_PLANES);
        for (guint plane = 0; plane < planes; ++plane) {
            frame.data[plane] = static_cast<uint8_t*>(mapped.data[plane]);
            frame.linesize[plane] = static_cast<uint32_t>(mapped.info.stride[plane]);
        }
        frame.width = static_cast<uint32_t>(mapped.info.width);
        frame.height = static_cast<uint32_t>(mapped.info.height);
        frame.format = m_video.format;
        frame.full_range = m_video.fullRange;
        frame.trc = static_cast<uint8_t>(m_video.trc);
        std::copy(m_video.matrix.begin(), m_video.matrix.end(), frame.color_matrix);
        std::copy(m_video.rangeMin.begin(), m_video.rangeMin.end(), frame.color_range_min);
        std::copy(m_video.rangeMax.begin(), m_video.rangeMax.end(), frame.color_range_max);
        frame.timestamp =
            obsTimestamp(gstCast<GstElement>(sink, gst_element_get_type()), sample, buffer->pts);
        // libobs copies the planes before returning, so the mapping may end right after.
        obs_source_output_video(m_source, &frame);
        ++m_videoFrames;
        ++m_samplesThisRun;
    }

    void outputAudio(GstAppSink* sink, GstSample* sample)
    {
        GstCaps* caps = gst_sample_get_caps(sample);
        GstBuffer* buffer = gst_sample_get_buffer(sample);
        if (caps == nullptr || buffer == nullptr)
            return;
        if (!m_audio.caps || !gst_caps_is_equal(caps, m_audio.caps.get())) {
            m_audio.caps.reset(gst_caps_ref(caps));
            m_audio.valid = gst_audio_info_from_caps(&m_audio.info, caps) && m_audio.info.bpf > 0 &&
                            toObsAudioFormat(m_audio.info.finfo->format) != AUDIO_FORMAT_UNKNOWN;
            blog(m_audio.valid ? LOG_INFO : LOG_WARNING, "[vitrine_gstreamer_source '%s'] audio caps %s%s",
                 name(), capsToString(caps).c_str(), m_audio.valid ? "" : " are unusable");
        }
        if (!m_audio.valid)
            return;

        const BufferMap map(buffer);
        if (!map.isMapped())
            return;
        obs_source_audio audio{};
        audio.data[0] = map.info().data;
        audio.frames = static_cast<uint32_t>(map.info().size / static_cast<gsize>(m_audio.info.bpf));
        audio.speakers = m_audio.info.channels == 1 ? SPEAKERS_MONO : SPEAKERS_STEREO;
        audio.format = toObsAudioFormat(m_audio.info.finfo->format);
        audio.samples_per_sec = static_cast<uint32_t>(m_audio.info.rate);
        audio.timestamp =
            obsTimestamp(gstCast<GstElement>(sink, gst_element_get_type()), sample, buffer->pts);
        if (audio.frames == 0)
            return;
        obs_source_output_audio(m_source, &audio);
        ++m_audioFrames;
        ++m_samplesThisRun;
    }

    static void procNegotiatedFormat(void* data, calldata_t* call)
    {
        auto* self = static_cast<GstreamerSource*>(data);
        std::lock_guard lock(self->m_mutex);
        calldata_set_string(call, "format", self->m_negotiatedFormat.c_str());
        calldata_set_string(call, "upstream_format", self->m_upstreamFormat.c_str());
    }

    static void procStats(void* data, calldata_t* call)
    {
        auto* self = static_cast<GstreamerSource*>(data);
        calldata_set_int(call, "video_frames", static_cast<long long>(self->m_videoFrames.load()));
        calldata_set_int(call, "audio_frames", static_cast<long long>(self->m_audioFrames.load()));
        calldata_set_int(call, "restarts", self->m_restarts.load());
        calldata_set_int(call, "loops", self->m_loops.load());
    }

    obs_source_t* m_source;
    Descriptions m_descriptions; // only touched on libobs's create/update/destroy calls
    std::thread m_worker;

    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;        // guarded by m_mutex
    BusPtr m_bus;                   // guarded by m_mutex; the running pipeline's bus, to wake the worker
    ElementPtr m_videoConvert;      // guarded by m_mutex
    std::string m_negotiatedFormat; // guarded by m_mutex
    std::string m_upstreamFormat;   // guarded by m_mutex

    std::atomic<std::uint64_t> m_videoFrames{0};
    std::atomic<std::uint64_t> m_audioFrames{0};
    std::atomic<std::uint64_t> m_samplesThisRun{0};
    std::atomic<int> m_restarts{0};
    std::atomic<int> m_loops{0};

    // Only touched by the video streaming thread (and reset by the worker before the pipeline plays).
    struct {
        CapsPtr caps;
        GstVideoInfo info{};
        video_format format = VIDEO_FORMAT_NONE;
        video_trc trc = VIDEO_TRC_DEFAULT;
        bool fullRange = false;
        std::array<float, 16> matrix{};
        std::array<float, 3> rangeMin{};
        std::array<float, 3> rangeMax{};
    } m_video;

    // Only touched by the audio streaming thread (and reset by the worker before the pipeline plays).
    struct {
        CapsPtr caps;
        GstAudioInfo info{};
        bool valid = false;
    } m_audio;
};

const char* sourceName(void*)
{
    return "GStreamer pipeline";
}

void* createSource(obs_data_t* settings, obs_source_t* source)
{
    return new GstreamerSource(source, settings);
}

void destroySource(void* data)
{
    delete static_cast<GstreamerSource*>(data);
}

void updateSource(void* data, obs_data_t* settings)
{
    static_cast<GstreamerSource*>(data)->update(settings);
}

void sourceDefaults(obs_data_t* settings)
{
    obs_data_set_default_string(settings, "pipeline", "videotestsrc is-live=true");
    obs_data_set_default_string(settings, "audio_pipeline", "");
}

obs_properties_t* sourceProperties(void*)
{
    obs_properties_t* properties = obs_properties_create();
    obs_property_t* video = obs_properties_add_text(properties, "pipeline",
                                                    "Video pipeline (gst-launch syntax)", OBS_TEXT_MULTILINE);
    obs_property_set_long_description(video, "Vitrine appends \"! videoconvert ! appsink\" itself.");
    obs_property_t* audio = obs_properties_add_text(
        properties, "audio_pipeline", "Audio pipeline (optional, gst-launch syntax)", OBS_TEXT_MULTILINE);
    obs_property_set_long_description(audio,
                                      "Vitrine appends \"! audioconvert ! audioresample ! appsink\" itself.");
    return properties;
}

} // namespace

void setGstreamerPreferRgbFrames(bool prefer)
{
    g_preferRgbFrames = prefer;
}

void registerGstreamerSourceKind()
{
    if (!gst_is_initialized())
        gst_init(nullptr, nullptr);

    obs_source_info info{};
    info.id = kGstreamerSourceId;
    info.type = OBS_SOURCE_TYPE_INPUT;
    info.output_flags = OBS_SOURCE_ASYNC_VIDEO | OBS_SOURCE_AUDIO | OBS_SOURCE_DO_NOT_DUPLICATE;
    info.icon_type = OBS_ICON_TYPE_CAMERA;
    info.get_name = sourceName;
    info.create = createSource;
    info.destroy = destroySource;
    info.update = updateSource;
    info.get_defaults = sourceDefaults;
    info.get_properties = sourceProperties;
    obs_register_source(&info);
}

} // namespace vitrine
