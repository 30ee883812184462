// The overlays' cost during a live (issue: overlays benchmarks): opens a show through LiveShow (the headless
// runner's runtime), streams it to an RTMP URL and measures one case per process:
//   idle      the overlay layer on its output channel, nothing on air (nothing pinned, no promo)
//   onair     the pinned product's card, the promo banner with its countdown and the social-proof ticker on
//             air; the ticker's "N sold in 5 min" comes from real stock decreases of the pinned product made
//             through the ShowStore every --sale-every seconds (what a stock feed refresh or an order does)
//   no-layer  the layer's output channel cleared right after the show opens: libobs never draws the layer
//   latency   --pins pins of the card (alternating --sku and --sku2, unpinned and faded out in between): the
//             number of frames from the pin to the first frame of the composited output (a raw video
//             callback, i.e. the frames the encoder gets) whose card region differs from the frame before the
//             pin. A static colour patch is put over that region in the program scene for this case (the clip
//             moves everywhere), so nothing but the overlay changes there.
// The last line on standard output is the figures, key=value (the headless runner's keys, plus the case's).
#include "LiveBenchKit.h"
#include "OverlayLayer.h"
#include "engine/Engine.h"
#include "output/Broadcast.h"
#include "output/KeyStore.h"
#include "output/OutputController.h"
#include "output/RtmpService.h"
#include "runtime/LiveShow.h"
#include "scene/SceneGraph.h"
#include "session/StudioSession.h"
#include "show/LiveState.h"
#include "show/Platform.h"
#include "show/ShowStore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTextStream>
#include <QTimer>

#include <obs.h>
#include <util/platform.h>

#include <X11/Xlib.h>
#include <unistd.h>

#include <algorithm>
#include <deque>
#include <memory>
#include <mutex>
#include <vector>

using namespace vitrine;

namespace {

struct DisplayCloser {
    void operator()(Display* display) const { XCloseDisplay(display); }
};

void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

// The card's region of every frame libobs hands to its raw outputs (the encoder's frames), sampled on a grid
// of the luma plane (or of the packed pixels' bytes), with the frame's timestamp.
class RegionProbe {
public:
    struct Frame {
        uint64_t timestamp = 0;
        std::vector<uint8_t> samples;
    };

    RegionProbe(QRect region, video_format format) : m_region(region), m_format(format)
    {
        obs_add_raw_video_callback(nullptr, &RegionProbe::onFrame, this);
    }
    ~RegionProbe() { obs_remove_raw_video_callback(&RegionProbe::onFrame, this); }

    // Runs read(frames) under the lock, without copying them (the GUI thread polls every few milliseconds).
    template <class Read> auto read(Read read) const
    {
        std::lock_guard lock(m_mutex);
        return read(m_frames);
    }

    // Samples differing by more than a few levels (no encoder in between: the raw frames are exact).
    static int differing(const Frame& a, const Frame& b)
    {
        const size_t n = std::min(a.samples.size(), b.samples.size());
        int count = 0;
        for (size_t i = 0; i < n; ++i)
            count += std::abs(int(a.samples[i]) - int(b.samples[i])) > 3 ? 1 : 0;
        return count;
    }

private:
    static void onFrame(void* param, video_data* frame)
    {
        auto* self = static_cast<RegionProbe*>(param);
        const bool packed = self->m_format == VIDEO_FORMAT_RGBA || self->m_format == VIDEO_FORMAT_BGRA ||
                            self->m_format == VIDEO_FORMAT_BGRX;
        const int bytesPerPixel = packed ? 4 : 1;
        Frame sampled;
        sampled.timestamp = frame->timestamp;
        const QRect& r = self->m_region;
        sampled.samples.reserve(static_cast<size_t>(r.width() / 2 + 1) *
                                static_cast<size_t>(r.height() / 2 + 1) * static_cast<size_t>(bytesPerPixel));
        for (int y = r.top(); y <= r.bottom(); y += 2) {
            const uint8_t* row = frame->data[0] + static_cast<size_t>(y) * frame->linesize[0];
            for (int x = r.left(); x <= r.right(); x += 2)
                for (int b = 0; b < bytesPerPixel; ++b)
                    sampled.samples.push_back(row[x * bytesPerPixel + b]);
        }
        std::lock_guard lock(self->m_mutex);
        self->m_frames.push_back(std::move(sampled));
        while (self->m_frames.size() > 90)
            self->m_frames.pop_front();
    }

    QRect m_region;
    video_format m_format;
    mutable std::mutex m_mutex;
    std::deque<Frame> m_frames;
};

// CPU seconds of this process's threads by role, from /proc/self/task: the GUI thread (painting), libobs's
// graphics thread (uploads, draw calls) and llvmpipe's rasterizer threads. Less sensitive to a busy machine
// than the process total: a starved process renders fewer frames, and so spends less.
struct ThreadCpu {
    double gui = 0.0;
    double graphics = 0.0;
    double llvmpipe = 0.0;
};

ThreadCpu threadCpu()
{
    ThreadCpu cpu;
    const double tick = static_cast<double>(sysconf(_SC_CLK_TCK));
    const QString self = QString::number(QCoreApplication::applicationPid());
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString& tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile statFile(tasks.filePath(tid + QStringLiteral("/stat")));
        if (!statFile.open(QIODevice::ReadOnly))
            continue;
        const QByteArray stat = statFile.readAll();
        // pid (comm) state ...: fields after the closing parenthesis; utime and stime are the 12th and 13th.
        const qsizetype close = stat.lastIndexOf(')');
        const qsizetype open = stat.indexOf('(');
        if (close < 0 || open < 0)
            continue;
        const QByteArray comm = stat.mid(open + 1, close - open - 1);
        const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
        if (fields.size() < 13)
            continue;
        const double seconds = (fields[11].toDouble() + fields[12].toDouble()) / tick;
        if (tid == self)
            cpu.gui += seconds;
        else if (comm.startsWith("libobs: graphic"))
            cpu.graphics += seconds;
        else if (comm.startsWith("llvmpipe"))
            cpu.llvmpipe += seconds;
    }
    return cpu;
}

struct Figures {
    ThreadCpu threadBaseline;
    bench::RunFigures run;
    QMap<OverlayKind, int> paints;
    QMap<OverlayKind, quint64> uploads;
    int stockDecreases = 0;
};

QString overlayCounts(const OverlayLayer& layer, const Figures& figures)
{
    QString text;
    for (OverlayKind kind : kAllOverlayKinds) {
        const int paints = layer.paints(kind) - figures.paints.value(kind);
        const quint64 uploads = layer.uploads(kind) - figures.uploads.value(kind);
        if (paints || uploads)
            text += QStringLiteral(" paints_%1=%2 uploads_%1=%3")
                        .arg(QString(overlayKindKey(kind)).replace(QLatin1Char('-'), QLatin1Char('_')))
                        .arg(paints)
                        .arg(uploads);
    }
    return text;
}

// Pins the card `pins` times and measures, on the composited frames, how many frames each takes to show.
QString measurePinLatency(LiveShow& show, int pins, const QStringList& skus)
{
    OverlayLayer& layer = show.overlays();
    obs_video_info ovi{};
    obs_get_video_info(&ovi);
    const uint64_t interval = util_mul_div64(1000000000ULL, ovi.fps_den, ovi.fps_num);
    QRect card = layer.cardLayout().card;
    if (ovi.output_width != ovi.base_width || ovi.output_height != ovi.base_height) {
        const double sx = double(ovi.output_width) / ovi.base_width;
        const double sy = double(ovi.output_height) / ovi.base_height;
        card = QRect(int(card.x() * sx), int(card.y() * sy), int(card.width() * sx), int(card.height() * sy));
    }
    card &= QRect(0, 0, int(ovi.output_width), int(ovi.output_height));
    RegionProbe probe(card, ovi.output_format);

    // Nothing but the overlay may change in the card's region, else every frame "differs": the camera clip
    // moves everywhere. A static colour patch goes on top of the program scene over that region only (the
    // clip keeps playing and being drawn under it and everywhere else; the patch is one small quad more).
    const QRect patch = layer.cardLayout().card;
    OBSDataAutoRelease settings = obs_data_create();
    obs_data_set_int(settings, "color", 0xFF404040);
    obs_data_set_int(settings, "width", patch.width());
    obs_data_set_int(settings, "height", patch.height());
    OBSSourceAutoRelease backdrop =
        obs_source_create_private("color_source_v3", "bench card backdrop", settings);
    obs_scene_t* program = show.studio().scenes().scene(show.studio().scenes().programScene());
    if (!backdrop || !program) {
        QTextStream(stderr) << "overlay_bench: cannot put a backdrop under the card" << Qt::endl;
        return QString();
    }
    obs_sceneitem_t* backdropItem = obs_scene_add(program, backdrop);
    vec2 position;
    vec2_set(&position, float(patch.x()), float(patch.y()));
    obs_sceneitem_set_pos(backdropItem, &position);
    wait(500);

    QList<int> latencies;
    QList<double> handling;
    int noise = 0;
    int timeouts = 0;
    const int samplesPerFrame = ((card.width() + 1) / 2) * ((card.height() + 1) / 2);
    const int threshold = std::max(16, samplesPerFrame / 500); // 0.2 % of the region
    for (int i = 0; i < pins; ++i) {
        const uint64_t unpinnedAt = os_gettime_ns();
        show.live().unpin();
        // Faded out (300 ms): frames rendered well after the fade, the region still over the last three (a
        // stalled renderer repeats its last frame, which may be one of the fade).
        QElapsedTimer settling;
        settling.start();
        for (bool settled = false; !settled && settling.elapsed() < 5000;) {
            wait(10);
            settled = probe.read([&](const std::deque<RegionProbe::Frame>& seen) {
                const size_t n = seen.size();
                return n >= 3 && seen[n - 1].timestamp > unpinnedAt + 400000000ULL &&
                       RegionProbe::differing(seen[n - 1], seen[n - 2]) == 0 &&
                       RegionProbe::differing(seen[n - 2], seen[n - 3]) == 0;
            });
        }
        wait(100 + QRandomGenerator::global()->bounded(int(interval / 1000000))); // a random phase
        const uint64_t pinnedAt = os_gettime_ns();
        const bool pinned =
            show.live().requestPin(skus[i % skus.size()], true) == LiveState::PinResult::Pinned;
        handling << static_cast<double>(os_gettime_ns() - pinnedAt) / 1e6; // compose, paint, copy: GUI thread
        if (!pinned) {
            QTextStream(stderr) << "overlay_bench: cannot pin " << skus[i % skus.size()] << Qt::endl;
            return QString();
        }
        QElapsedTimer timer;
        timer.start();
        int frames = -1;
        while (frames < 0 && timer.elapsed() < 3000) {
            wait(5);
            probe.read([&](const std::deque<RegionProbe::Frame>& seen) {
                const RegionProbe::Frame* reference = nullptr;
                int quiet = 0; // the region's changes over the frames before the pin (should be none)
                for (const RegionProbe::Frame& frame : seen) {
                    if (frame.timestamp < pinnedAt) {
                        if (reference && frame.timestamp + 5 * interval >= pinnedAt)
                            quiet = std::max(quiet, RegionProbe::differing(*reference, frame));
                        reference = &frame;
                        continue;
                    }
                    if (!reference)
                        break; // the frame before the pin already left the buffer: cannot tell
                    noise = std::max(noise, quiet);
                    if (RegionProbe::differing(*reference, frame) > threshold) {
                        frames = int((frame.timestamp - pinnedAt) / interval) + 1;
                        break;
                    }
                }
            });
        }
        if (qEnvironmentVariableIsSet("OVERLAY_BENCH_VERBOSE"))
            QTextStream(stderr) << "pin " << i << ": frames=" << frames << " gui_ms=" << handling.last()
                                << " noise_so_far=" << noise << Qt::endl;
        if (frames < 0)
            ++timeouts;
        else
            latencies << frames;
    }
    show.live().unpin();
    obs_sceneitem_remove(backdropItem);
    std::sort(latencies.begin(), latencies.end());
    std::sort(handling.begin(), handling.end());
    QMap<int, int> histogram;
    for (int frames : std::as_const(latencies))
        ++histogram[frames];
    QString spread;
    for (auto it = histogram.cbegin(); it != histogram.cend(); ++it)
        spread += QStringLiteral("%1%2:%3")
                      .arg(spread.isEmpty() ? QString() : QStringLiteral(","))
                      .arg(it.key())
                      .arg(it.value());
    return QStringLiteral(
               " pins=%1 pin_frames_median=%2 pin_frames_worst=%3 pin_timeouts=%4 pin_histogram=%5 "
               "region=%6x%7+%8+%9 threshold_samples=%10 noise_samples_max=%11 pin_gui_ms_median=%12 "
               "pin_gui_ms_worst=%13")
        .arg(latencies.size())
        .arg(latencies.isEmpty() ? -1 : latencies[latencies.size() / 2])
        .arg(latencies.isEmpty() ? -1 : latencies.last())
        .arg(timeouts)
        .arg(spread)
        .arg(card.width())
        .arg(card.height())
        .arg(card.x())
        .arg(card.y())
        .arg(threshold)
        .arg(noise)
        .arg(handling.isEmpty() ? 0.0 : handling[handling.size() / 2], 0, 'f', 1)
        .arg(handling.isEmpty() ? 0.0 : handling.last(), 0, 'f', 1);
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // QPainter's fonts; libobs opens its own X11 connection
    QCoreApplication::setApplicationName(QStringLiteral("vitrine-overlay-bench"));
    QCoreApplication::setOrganizationName(QStringLiteral("Vitrine"));
    QGuiApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("vitrine.obs.info=false\nvitrine.engine.info=false"));
    QCommandLineParser parser;
    bench::addLiveOptions(parser);
    parser.addOption({QStringLiteral("case"), QStringLiteral("idle|onair|no-layer|latency"),
                      QStringLiteral("C"), QStringLiteral("idle")});
    parser.addOption({QStringLiteral("pins"), QStringLiteral("pins (latency)"), QStringLiteral("N"),
                      QStringLiteral("100")});
    parser.addOption({QStringLiteral("sku"), QStringLiteral("product to pin"), QStringLiteral("SKU")});
    parser.addOption(
        {QStringLiteral("sku2"), QStringLiteral("second product (latency)"), QStringLiteral("SKU")});
    parser.addOption({QStringLiteral("promo"), QStringLiteral("promo code (onair)"), QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("sale-every"), QStringLiteral("seconds between stock decreases (onair)"),
                      QStringLiteral("S"), QStringLiteral("3")});
    parser.process(app);
    const QString benchCase = parser.value(QStringLiteral("case"));
    const double seconds = parser.value(QStringLiteral("seconds")).toDouble();
    QTextStream err(stderr);

    const std::optional<RtmpTarget> stream = bench::streamTarget(parser, "overlay_bench");
    if (!stream)
        return 2;
    const RtmpTarget& target = *stream;
    QString error;
    std::unique_ptr<Display, DisplayCloser> display(XOpenDisplay(nullptr));
    if (!display) {
        err << "overlay_bench: no X11 display" << Qt::endl;
        return 2;
    }
    bench::FixedKeyStore keys(target.key);
    LiveShow::Options options;
    options.nativeDisplay = display.get();
    options.trackSession = false;
    options.keys = &keys;
    options.destinations = QList<Destination>{
        Destination{QStringLiteral("bench"), Platform::custom().key, target.server, QStringLiteral("bench")}};
    auto show = std::make_unique<LiveShow>();
    if (!show->open(parser.value(QStringLiteral("show")), options, &error)) {
        err << "overlay_bench: " << error << Qt::endl;
        return 2;
    }
    OverlayLayer& layer = show->overlays();
    const QString sku = parser.value(QStringLiteral("sku"));

    if (benchCase == u"no-layer") {
        obs_set_output_source(OverlayLayer::kOutputChannel, nullptr);
    } else if (benchCase == u"onair") {
        if (show->live().requestPin(sku, true) != LiveState::PinResult::Pinned ||
            !show->live().requestStartPromo(parser.value(QStringLiteral("promo")))) {
            err << "overlay_bench: cannot pin " << sku << " or start the promo" << Qt::endl;
            return 2;
        }
    } else if (benchCase != u"idle" && benchCase != u"latency") {
        err << "overlay_bench: unknown case " << benchCase << Qt::endl;
        return 2;
    }

    auto figures = std::make_shared<Figures>();
    // Real sales: the pinned product's live stock goes down through the show store, as a stock feed refresh
    // does; the layer's sales tracker sees each decrease and the ticker shows the units sold in 5 min.
    QTimer sales;
    sales.setInterval(static_cast<int>(parser.value(QStringLiteral("sale-every")).toDouble() * 1000));
    const auto sell = [&show, sku, figures] {
        const int sold = 1 + figures->stockDecreases % 3;
        show->store().update([&](ShowDocument& document) {
            for (Product& product : document.products)
                if (product.sku == sku && product.stock)
                    product.stock = std::max(0, *product.stock - sold);
        });
        ++figures->stockDecreases;
    };
    QObject::connect(&sales, &QTimer::timeout, &app, sell);
    if (benchCase == u"onair") {
        sales.start();
        sell(); // the first sale now: the ticker is on air from the start
    }

    Broadcast& broadcast = show->broadcast();
    QTimer::singleShot(120000, &app, [] {
        QTextStream(stderr) << "overlay_bench: the live did not start" << Qt::endl;
        QCoreApplication::exit(2);
    });
    QString extra;
    bool stopping = false;
    auto finish = [&] {
        const QString runKeys = figures->run.keys(show->studio().engine(), broadcast.totals());
        const ThreadCpu threads = threadCpu();
        const QString counts = overlayCounts(layer, *figures);
        sales.stop();
        QTextStream(stdout) << "case=" << benchCase << runKeys << " gui_cpu_seconds="
                            << QString::number(threads.gui - figures->threadBaseline.gui, 'f', 2)
                            << " graphics_cpu_seconds="
                            << QString::number(threads.graphics - figures->threadBaseline.graphics, 'f', 2)
                            << " llvmpipe_cpu_seconds="
                            << QString::number(threads.llvmpipe - figures->threadBaseline.llvmpipe, 'f', 2)
                            << " stock_decreases=" << figures->stockDecreases << counts << extra << Qt::endl;
        stopping = true;
        broadcast.stopLive();
    };
    QObject::connect(&broadcast, &Broadcast::destinationChanged, &app, [&](int index) {
        if (broadcast.destinations().value(index).state == Broadcast::DestinationState::Failed) {
            err << "overlay_bench: " << broadcast.destinations().value(index).error << Qt::endl;
            QCoreApplication::exit(2);
        }
        if (broadcast.destinations().value(index).state != Broadcast::DestinationState::Live ||
            figures->run.started())
            return;
        for (OverlayKind kind : kAllOverlayKinds) {
            figures->paints[kind] = layer.paints(kind);
            figures->uploads[kind] = layer.uploads(kind);
        }
        figures->threadBaseline = threadCpu();
        figures->run.start(show->studio().engine());
        if (benchCase == u"latency") {
            QTimer::singleShot(2000, &app, [&] {
                QStringList skus{sku};
                if (!parser.value(QStringLiteral("sku2")).isEmpty())
                    skus << parser.value(QStringLiteral("sku2"));
                extra = measurePinLatency(*show, parser.value(QStringLiteral("pins")).toInt(), skus);
                finish();
            });
        } else {
            QTimer::singleShot(static_cast<int>(seconds * 1000), Qt::PreciseTimer, &app, finish);
        }
    });
    QObject::connect(&broadcast, &Broadcast::stateChanged, &app, [&](Broadcast::State state) {
        if (state == Broadcast::State::Offline && stopping)
            QCoreApplication::exit(0);
    });
    if (!broadcast.startLive(&error)) {
        err << "overlay_bench: " << error << Qt::endl;
        return 2;
    }
    const int code = QGuiApplication::exec();
    show.reset(); // libobs before the X display
    return code;
}
