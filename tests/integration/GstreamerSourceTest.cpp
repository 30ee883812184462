// The GStreamer source kind against real pipelines: raw formats reaching libobs unconverted and drawn with
// the right colours, a live SRT feed like a phone camera app's (including a drop and reconnect), a broken
// description and an audio branch. Needs an X display (run under xvfb-run) and GStreamer's
// good/bad/ugly/libav plugins.

#include "engine/GstreamerSource.h"
#include "engine/Engine.h"
#include "engine/ObsHandles.h"
#include "scene/SceneGraph.h"

#include <obs.h>

#include <QDir>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <memory>
#include <mutex>
#include <vector>

// Last: Xlib's macros (None, Bool, Status...) would clash with Qt's headers.
#include <X11/Xlib.h>

namespace {

QString procString(obs_source_t* source, const char* proc, const char* name)
{
    calldata_t call{};
    proc_handler_call(obs_source_get_proc_handler(source), proc, &call);
    const QString value = QString::fromUtf8(calldata_string(&call, name));
    calldata_free(&call);
    return value;
}

long long procInt(obs_source_t* source, const char* proc, const char* name)
{
    calldata_t call{};
    proc_handler_call(obs_source_get_proc_handler(source), proc, &call);
    const long long value = calldata_int(&call, name);
    calldata_free(&call);
    return value;
}

long long videoFrames(obs_source_t* source)
{
    return procInt(source, "get_stats", "video_frames");
}

// True when no frame arrived for a second; *frames is the count at that point.
bool framesStalled(obs_source_t* source, long long* frames)
{
    const long long before = videoFrames(source);
    QTest::qWait(1000);
    *frames = videoFrames(source);
    return *frames == before;
}

OBSSourceAutoRelease createSource(const QString& pipeline, const QString& audioPipeline = {})
{
    OBSDataAutoRelease settings = obs_data_create();
    obs_data_set_string(settings, "pipeline", pipeline.toUtf8().constData());
    obs_data_set_string(settings, "audio_pipeline", audioPipeline.toUtf8().constData());
    return obs_source_create(vitrine::kGstreamerSourceId, "gst-test", settings, nullptr);
}

// Puts a source on output channel 0, stretched over the whole canvas, for as long as it lives.
class OnCanvas {
public:
    explicit OnCanvas(obs_source_t* source) : m_scene(obs_scene_create_private("gst-test-scene"))
    {
        obs_sceneitem_t* item = obs_scene_add(m_scene, source);
        obs_video_info video{};
        obs_get_video_info(&video);
        vec2 bounds{};
        vec2_set(&bounds, static_cast<float>(video.base_width), static_cast<float>(video.base_height));
        obs_sceneitem_set_bounds_type(item, OBS_BOUNDS_STRETCH);
        obs_sceneitem_set_bounds(item, &bounds);
        obs_set_output_source(0, obs_scene_get_source(m_scene));
    }
    ~OnCanvas() { obs_set_output_source(0, nullptr); }
    OnCanvas(const OnCanvas&) = delete;
    OnCanvas& operator=(const OnCanvas&) = delete;

private:
    OBSSceneAutoRelease m_scene;
};

struct Yuv {
    int y = 0;
    int u = 0;
    int v = 0;
};

// Keeps the latest NV12 frame of the main canvas.
class CanvasGrabber {
public:
    CanvasGrabber()
    {
        obs_video_info video{};
        obs_get_video_info(&video);
        m_width = static_cast<int>(video.output_width);
        m_height = static_cast<int>(video.output_height);
        obs_add_raw_video_callback(nullptr, &CanvasGrabber::onFrame, this);
    }
    ~CanvasGrabber() { obs_remove_raw_video_callback(&CanvasGrabber::onFrame, this); }
    CanvasGrabber(const CanvasGrabber&) = delete;
    CanvasGrabber& operator=(const CanvasGrabber&) = delete;

    int width() const { return m_width; }
    int height() const { return m_height; }
    bool hasFrame() const { return m_frames.load() > 0; }

    // The average over a 9×9 block around (x, y), in canvas pixels.
    Yuv at(int x, int y) const
    {
        std::lock_guard lock(m_mutex);
        Yuv sum;
        int count = 0;
        for (int dy = -4; dy <= 4; ++dy) {
            for (int dx = -4; dx <= 4; dx += 2) {
                const int px = std::clamp(x + dx, 0, m_width - 2) & ~1;
                const int py = std::clamp(y + dy, 0, m_height - 1);
                sum.y += m_luma[static_cast<std::size_t>(py * m_width + px)];
                const std::size_t chroma = static_cast<std::size_t>((py / 2) * m_width + px);
                sum.u += m_chroma[chroma];
                sum.v += m_chroma[chroma + 1];
                ++count;
            }
        }
        return {sum.y / count, sum.u / count, sum.v / count};
    }

    std::vector<std::uint8_t> luma() const
    {
        std::lock_guard lock(m_mutex);
        return m_luma;
    }

private:
    static void onFrame(void* param, video_data* frame)
    {
        auto* self = static_cast<CanvasGrabber*>(param);
        const auto width = static_cast<std::size_t>(self->m_width);
        std::lock_guard lock(self->m_mutex);
        self->m_luma.resize(width * static_cast<std::size_t>(self->m_height));
        self->m_chroma.resize(width * static_cast<std::size_t>(self->m_height / 2));
        for (int row = 0; row < self->m_height; ++row)
            std::memcpy(&self->m_luma[static_cast<std::size_t>(row) * width],
                        frame->data[0] + row * frame->linesize[0], width);
        for (int row = 0; row < self->m_height / 2; ++row)
            std::memcpy(&self->m_chroma[static_cast<std::size_t>(row) * width],
                        frame->data[1] + row * frame->linesize[1], width);
        ++self->m_frames;
    }

    int m_width = 0;
    int m_height = 0;
    mutable std::mutex m_mutex;
    std::vector<std::uint8_t> m_luma;
    std::vector<std::uint8_t> m_chroma; // interleaved U, V
    std::atomic<int> m_frames{0};
};

QString describe(const Yuv& c)
{
    return QStringLiteral("Y=%1 U=%2 V=%3").arg(c.y).arg(c.u).arg(c.v);
}

// videotestsrc's smpte pattern: seven 100% bars across the top two thirds, white, yellow, cyan, green,
// magenta, red, blue. Loose bounds, so either BT.601 or BT.709 pass, but a black frame, swapped chroma or a
// misread format fail.
QString smpteMismatch(const CanvasGrabber& grabber)
{
    auto bar = [&](int index) {
        return grabber.at((2 * index + 1) * grabber.width() / 14, grabber.height() * 3 / 10);
    };
    const Yuv white = bar(0);
    const Yuv yellow = bar(1);
    const Yuv red = bar(5);
    const Yuv blue = bar(6);
    if (white.y < 200 || white.y > 245 || std::abs(white.u - 128) > 16 || std::abs(white.v - 128) > 16)
        return QStringLiteral("white bar is ") + describe(white);
    if (yellow.y < 150 || yellow.u > 90)
        return QStringLiteral("yellow bar is ") + describe(yellow);
    if (red.v < 180 || red.y > 110)
        return QStringLiteral("red bar is ") + describe(red);
    if (blue.u < 170 || blue.y > 70)
        return QStringLiteral("blue bar is ") + describe(blue);
    return {};
}

// videotestsrc's ball pattern: a white ball on black.
QString ballMismatch(const CanvasGrabber& grabber)
{
    const std::vector<std::uint8_t> luma = grabber.luma();
    if (luma.empty())
        return QStringLiteral("no canvas frame");
    const auto dark = std::count_if(luma.begin(), luma.end(), [](std::uint8_t y) { return y < 40; });
    const std::uint8_t brightest = *std::max_element(luma.begin(), luma.end());
    if (static_cast<double>(dark) < 0.8 * static_cast<double>(luma.size()))
        return QStringLiteral("only %1% of the canvas is black")
            .arg(100 * dark / static_cast<long>(luma.size()));
    if (brightest < 180)
        return QStringLiteral("no white ball (brightest luma %1)").arg(brightest);
    return {};
}

// A gst-launch-1.0 process sending an H.264/MPEG-TS test feed as an SRT listener, like a phone camera app.
class SrtSender {
public:
    explicit SrtSender(quint16 port) : m_port(port) {}
    ~SrtSender() { stop(); }
    SrtSender(const SrtSender&) = delete;
    SrtSender& operator=(const SrtSender&) = delete;

    bool start()
    {
        m_process.setStandardOutputFile(QProcess::nullDevice());
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral("gst-launch-1.0"),
                        {QStringLiteral("-q"), QStringLiteral("videotestsrc"), QStringLiteral("is-live=true"),
                         // 4:2:0 8-bit like a phone; left open, x264enc would pick 4:4:4 10-bit.
                         QStringLiteral("!"),
                         QStringLiteral("video/x-raw,format=I420,width=640,height=480,framerate=30/1"),
                         QStringLiteral("!"), QStringLiteral("x264enc"), QStringLiteral("tune=zerolatency"),
                         QStringLiteral("speed-preset=ultrafast"), QStringLiteral("key-int-max=30"),
                         QStringLiteral("!"), QStringLiteral("mpegtsmux"), QStringLiteral("!"),
                         QStringLiteral("srtsink"),
                         QStringLiteral("uri=srt://127.0.0.1:%1?mode=listener").arg(m_port)});
        return m_process.waitForStarted(10000);
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.kill();
        m_process.waitForFinished(10000);
    }

    bool isRunning() const { return m_process.state() == QProcess::Running; }

private:
    quint16 m_port;
    QProcess m_process;
};

quint16 freeUdpPort()
{
    QUdpSocket socket;
    if (!socket.bind(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = socket.localPort();
    socket.close();
    return port;
}

std::atomic<float> g_audioPeak{0.0f};
std::atomic<int> g_audioCallbacks{0};

void onAudio(void*, obs_source_t*, const audio_data* audio, bool)
{
    // libobs hands capture callbacks its own planar float audio.
    const auto* samples = reinterpret_cast<const float*>(audio->data[0]);
    float peak = 0.0f;
    for (uint32_t i = 0; samples != nullptr && i < audio->frames; ++i)
        peak = std::max(peak, std::fabs(samples[i]));
    float previous = g_audioPeak.load();
    while (peak > previous && !g_audioPeak.compare_exchange_weak(previous, peak)) {
    }
    ++g_audioCallbacks;
}

} // namespace

class GstreamerSourceTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_display = XOpenDisplay(nullptr);
        if (m_display == nullptr)
            QSKIP("no X display; run under xvfb-run");
        m_engine = std::make_unique<vitrine::Engine>();
        vitrine::Engine::Options options;
        options.nativeDisplay = m_display;
        options.modules = {}; // the source kind is built in; plug-in modules would only slow the start down
        QString error;
        QVERIFY2(m_engine->start(options, &error), qPrintable(error));
        // Xvfb renders with Mesa's llvmpipe: the engine must see it as a software renderer.
        QVERIFY2(m_engine->isSoftwareRenderer(), qPrintable(m_engine->renderer()));
        // Most cases check the GPU policy (frames passed through as negotiated); the RGB policy has its own.
        vitrine::setGstreamerPreferRgbFrames(false);
    }

    void softwareRendererGetsRgbFrames()
    {
        vitrine::setGstreamerPreferRgbFrames(true);
        OBSSourceAutoRelease source =
            createSource(QStringLiteral("videotestsrc is-live=true pattern=smpte ! "
                                        "video/x-raw,format=I420,width=640,height=360,framerate=30/1"));
        vitrine::setGstreamerPreferRgbFrames(false);
        QVERIFY(source);
        const OnCanvas onCanvas(source);
        const CanvasGrabber grabber;
        QTRY_COMPARE_WITH_TIMEOUT(obs_source_get_width(source), 640u, 10000);
        QCOMPARE(procString(source, "get_negotiated_format", "upstream_format"), QStringLiteral("I420"));
        QCOMPARE(procString(source, "get_negotiated_format", "format"), QStringLiteral("BGRx"));
        QString mismatch;
        QTRY_VERIFY2_WITH_TIMEOUT(grabber.hasFrame() && (mismatch = smpteMismatch(grabber)).isEmpty(),
                                  qPrintable(mismatch), 10000);
    }

    void mediaFileLoopsThroughSceneGraph()
    {
        QTemporaryDir dir;
        const QString clip = dir.filePath(QStringLiteral("clip.mkv"));
        const int made = QProcess::execute(
            QStringLiteral("ffmpeg"),
            {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-f"), QStringLiteral("lavfi"),
             QStringLiteral("-i"), QStringLiteral("testsrc2=size=320x240:rate=30:duration=1"),
             QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
             QStringLiteral("sine=frequency=440:duration=1"), QStringLiteral("-c:v"),
             QStringLiteral("libx264"), QStringLiteral("-c:a"), QStringLiteral("aac"), clip});
        QCOMPARE(made, 0);

        vitrine::SceneCollection collection;
        collection.sources = {
            vitrine::SourceSpec{QStringLiteral("Clip"), vitrine::SourceKind::Media,
                                QJsonObject{{QStringLiteral("local_file"), QStringLiteral("clip.mkv")},
                                            {QStringLiteral("looping"), true}}},
            vitrine::SourceSpec{QStringLiteral("Missing"), vitrine::SourceKind::Media,
                                QJsonObject{{QStringLiteral("local_file"), QStringLiteral("nowhere.mp4")}}}};
        collection.scenes = {vitrine::SceneSpec{QStringLiteral("S"),
                                                {vitrine::SceneItemSpec{QStringLiteral("Clip")},
                                                 vitrine::SceneItemSpec{QStringLiteral("Missing")}}}};
        collection.programScene = QStringLiteral("S");
        vitrine::SceneGraph graph{QDir(dir.path())};
        QString error;
        QVERIFY2(graph.build(collection, &error), qPrintable(error));
        obs_source_t* source = graph.source(QStringLiteral("Clip"));
        QTRY_COMPARE_WITH_TIMEOUT(obs_source_get_width(source), 320u, 10000);
        // A one-second clip that loops keeps delivering frames well past its end.
        QTRY_VERIFY_WITH_TIMEOUT(procInt(source, "get_stats", "loops") >= 2, 10000);
        const long long frames = procInt(source, "get_stats", "video_frames");
        QTRY_VERIFY_WITH_TIMEOUT(procInt(source, "get_stats", "video_frames") > frames + 10, 5000);
        QVERIFY(procInt(source, "get_stats", "audio_frames") > 0);
        // A missing file is an empty source, not a failed show.
        QCOMPARE(obs_source_get_width(graph.source(QStringLiteral("Missing"))), 0u);
    }

    void cleanupTestCase()
    {
        m_engine.reset();
        if (m_display != nullptr)
            XCloseDisplay(m_display);
    }

    void rawFormatsPassThrough_data()
    {
        QTest::addColumn<QString>("pipeline");
        QTest::addColumn<uint>("width");
        QTest::addColumn<uint>("height");
        QTest::addColumn<QString>("format");
        QTest::addColumn<bool>("bars"); // smpte bars, else a ball on black

        QTest::newRow("I420 smpte 640x360")
            << QStringLiteral("videotestsrc is-live=true pattern=smpte ! "
                              "video/x-raw,format=I420,width=640,height=360,framerate=30/1")
            << 640u << 360u << QStringLiteral("I420") << true;
        QTest::newRow("YUY2 ball 320x240")
            << QStringLiteral("videotestsrc is-live=true pattern=ball ! "
                              "video/x-raw,format=YUY2,width=320,height=240,framerate=15/1")
            << 320u << 240u << QStringLiteral("YUY2") << false;
        QTest::newRow("NV12 smpte 1280x720")
            << QStringLiteral("videotestsrc is-live=true pattern=smpte ! "
                              "video/x-raw,format=NV12,width=1280,height=720,framerate=30/1")
            << 1280u << 720u << QStringLiteral("NV12") << true;
        QTest::newRow("BGRx smpte 480x270")
            << QStringLiteral("videotestsrc is-live=true pattern=smpte ! "
                              "video/x-raw,format=BGRx,width=480,height=270,framerate=25/1")
            << 480u << 270u << QStringLiteral("BGRx") << true;
        QTest::newRow("UYVY smpte 720x576")
            << QStringLiteral("videotestsrc is-live=true pattern=smpte ! "
                              "video/x-raw,format=UYVY,width=720,height=576,framerate=25/1")
            << 720u << 576u << QStringLiteral("UYVY") << true;
    }

    void rawFormatsPassThrough()
    {
        QFETCH(QString, pipeline);
        QFETCH(uint, width);
        QFETCH(uint, height);
        QFETCH(QString, format);
        QFETCH(bool, bars);

        OBSSourceAutoRelease source = createSource(pipeline);
        QVERIFY(source);
        const OnCanvas onCanvas(source);
        const CanvasGrabber grabber;

        QTRY_COMPARE_WITH_TIMEOUT(obs_source_get_width(source), width, 10000);
        QCOMPARE(obs_source_get_height(source), height);
        QCOMPARE(procString(source, "get_negotiated_format", "format"), format);
        QCOMPARE(procString(source, "get_negotiated_format", "upstream_format"), format);

        QString mismatch;
        QTRY_VERIFY2_WITH_TIMEOUT(
            grabber.hasFrame() &&
                (mismatch = bars ? smpteMismatch(grabber) : ballMismatch(grabber)).isEmpty(),
            qPrintable(mismatch), 10000);
    }

    void formatLibobsCannotDrawIsConverted()
    {
        // libobs 29 has no RGBx; videoconvert turns it into something it draws.
        OBSSourceAutoRelease source =
            createSource(QStringLiteral("videotestsrc is-live=true pattern=smpte ! "
                                        "video/x-raw,format=RGBx,width=320,height=180,framerate=30/1"));
        QVERIFY(source);
        const OnCanvas onCanvas(source);
        const CanvasGrabber grabber;
        QTRY_COMPARE_WITH_TIMEOUT(obs_source_get_width(source), 320u, 10000);
        QCOMPARE(procString(source, "get_negotiated_format", "upstream_format"), QStringLiteral("RGBx"));
        const QString format = procString(source, "get_negotiated_format", "format");
        QVERIFY2(!format.isEmpty() && format != QLatin1String("RGBx"), qPrintable(format));
        QString mismatch;
        QTRY_VERIFY2_WITH_TIMEOUT(grabber.hasFrame() && (mismatch = smpteMismatch(grabber)).isEmpty(),
                                  qPrintable(mismatch), 10000);
    }

    void srtFeedArrivesAndComesBack()
    {
        const quint16 port = freeUdpPort();
        QVERIFY(port != 0);

        // The studio is ready before the phone: the source keeps trying until the phone's listener is up.
        OBSSourceAutoRelease source = createSource(
            QStringLiteral("srtsrc uri=\"srt://127.0.0.1:%1?mode=caller\" ! tsdemux ! h264parse ! avdec_h264")
                .arg(port));
        QVERIFY(source);
        QTest::qWait(1500);
        QCOMPARE(obs_source_get_width(source), 0u);

        auto sender = std::make_unique<SrtSender>(port);
        QVERIFY2(sender->start(), "could not start gst-launch-1.0");
        QTRY_COMPARE_WITH_TIMEOUT(obs_source_get_width(source), 640u, 30000);
        QCOMPARE(obs_source_get_height(source), 480u);
        QTRY_VERIFY_WITH_TIMEOUT(videoFrames(source) > 30, 10000);
        QCOMPARE(procString(source, "get_negotiated_format", "format"), QStringLiteral("I420"));
        QCOMPARE(procString(source, "get_negotiated_format", "upstream_format"), QStringLiteral("I420"));

        // The phone drops off and comes back: the source must pick the feed up again by itself.
        sender.reset();
        long long framesDuringDrop = -1;
        QTRY_VERIFY_WITH_TIMEOUT(framesStalled(source, &framesDuringDrop), 15000);
        sender = std::make_unique<SrtSender>(port);
        QVERIFY2(sender->start(), "could not restart gst-launch-1.0");
        QTRY_VERIFY_WITH_TIMEOUT(videoFrames(source) > framesDuringDrop + 30, 45000);
        QCOMPARE(obs_source_get_width(source), 640u);
        QVERIFY(sender->isRunning());
    }

    void liveFeedThatEndsIsRestarted()
    {
        // A live source that sends end-of-stream (here after 20 frames) is restarted with back-off.
        OBSSourceAutoRelease source = createSource(QStringLiteral(
            "videotestsrc is-live=true num-buffers=20 ! video/x-raw,width=320,height=240,framerate=30/1"));
        QVERIFY(source);
        QTRY_VERIFY_WITH_TIMEOUT(procInt(source, "get_stats", "restarts") >= 2, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(videoFrames(source) >= 50, 20000);
    }

    void unreachableFeedStopsPromptly()
    {
        // Removing a camera whose phone never showed up must not freeze the studio.
        const quint16 port = freeUdpPort();
        QVERIFY(port != 0);
        OBSSourceAutoRelease source = createSource(
            QStringLiteral("srtsrc uri=\"srt://127.0.0.1:%1?mode=caller\" ! tsdemux ! h264parse ! avdec_h264")
                .arg(port));
        QVERIFY(source);
        QTest::qWait(1500);
        QCOMPARE(obs_source_get_width(source), 0u);
        QElapsedTimer timer;
        timer.start();
        source = nullptr;
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }

    void brokenPipelineStaysEmpty()
    {
        OBSSourceAutoRelease source = createSource(QStringLiteral("no_such_element_xyz"));
        QVERIFY(source); // a bad description is the user's typo, never a crash
        const OnCanvas onCanvas(source);
        QTest::qWait(2000);
        QCOMPARE(obs_source_get_width(source), 0u);
        QCOMPARE(obs_source_get_height(source), 0u);
        QCOMPARE(videoFrames(source), 0LL);
        QCOMPARE(procInt(source, "get_stats", "restarts"), 0LL);

        // Fixing the description through an update brings the picture.
        OBSDataAutoRelease settings = obs_data_create();
        obs_data_set_string(settings, "pipeline",
                            "videotestsrc is-live=true ! video/x-raw,width=160,height=120,framerate=30/1");
        obs_source_update(source, settings);
        QTRY_COMPARE_WITH_TIMEOUT(obs_source_get_width(source), 160u, 10000);
    }

    void audioPipelineProducesSound()
    {
        OBSSourceAutoRelease source = createSource(
            QStringLiteral("videotestsrc is-live=true ! video/x-raw,width=320,height=240,framerate=30/1"),
            QStringLiteral("audiotestsrc is-live=true wave=sine freq=440 volume=0.5"));
        QVERIFY(source);
        g_audioPeak = 0.0f;
        g_audioCallbacks = 0;
        obs_source_add_audio_capture_callback(source, onAudio, nullptr);
        const OnCanvas onCanvas(source);

        QTRY_VERIFY_WITH_TIMEOUT(g_audioCallbacks.load() > 20, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(g_audioPeak.load() > 0.1f, 10000);
        QVERIFY2(g_audioPeak.load() < 1.0f, qPrintable(QString::number(g_audioPeak.load())));
        QVERIFY(procInt(source, "get_stats", "audio_frames") > 0);
        QTRY_COMPARE_WITH_TIMEOUT(obs_source_get_width(source), 320u, 10000);
        obs_source_remove_audio_capture_callback(source, onAudio, nullptr);
    }

private:
    Display* m_display = nullptr;
    std::unique_ptr<vitrine::Engine> m_engine;
};

QTEST_GUILESS_MAIN(GstreamerSourceTest)
#include "GstreamerSourceTest.moc"
