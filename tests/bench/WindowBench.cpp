// The window's cost during a live: opens a show like the window does and streams it to an RTMP URL with the
// window's parts switched on one by one (--layout), so the benchmark can tell which part costs what.
//   none     no widget shown (the headless runner's work, through the window's code path)
//   program  the program view only (presenter alone)
//   studio   preview + program side by side (studio mode), the go-live bar
//   full     studio + the audio mixer (VU meters) and the go-live bar's figures
//   window   the real MainWindow in studio mode (every dock), streaming through its own go-live bar
// Prints the headless runner's figure keys on its last line.
#include "LiveBenchKit.h"
#include "MainWindow.h"
#include "Theme.h"
#include "docks/MixerDock.h"
#include "output/Broadcast.h"
#include "output/KeyStore.h"
#include "output/LiveFigures.h"
#include "output/RtmpService.h"
#include "runtime/LiveShow.h"
#include "session/StudioSession.h"
#include "widgets/GoLiveBar.h"
#include "widgets/ObsDisplay.h"
#include "widgets/ProgramView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QHBoxLayout>
#include <QLoggingCategory>
#include <QMainWindow>
#include <QSettings>
#include <QTextStream>
#include <QTimer>
#include <memory>

using namespace vitrine;

namespace {

// Prints the figures once the live has run for seconds, then stops it; exits when it is offline.
void measure(QApplication& app, StudioSession& session, Broadcast& broadcast, const QString& layout,
             double seconds)
{
    auto run = std::make_shared<bench::RunFigures>();
    QTimer::singleShot(120000, &app, [] {
        QTextStream(stderr) << "window_bench: the live did not start" << Qt::endl;
        QCoreApplication::exit(2);
    });
    QObject::connect(
        &broadcast, &Broadcast::stateChanged, &app, [&, run, layout, seconds](Broadcast::State state) {
            if (state == Broadcast::State::Live && !run->started()) {
                run->start(session.engine());
                QTimer::singleShot(static_cast<int>(seconds * 1000), &app, [&, run, layout] {
                    const OutputStats stream =
                        broadcast.streamOutput(0) ? broadcast.streamOutput(0)->stats() : OutputStats{};
                    QTextStream(stdout)
                        << "layout=" << layout << run->keys(session.engine(), stream) << Qt::endl;
                    broadcast.stopLive();
                });
            }
            if (state == Broadcast::State::Offline && run->started())
                QCoreApplication::exit(0);
        });
}

// The real studio window, in studio mode, on the show; its own Broadcast streams to the bench's ingest.
int runMainWindow(QApplication& app, const QString& show, const RtmpTarget& target, double seconds)
{
    QSettings().setValue(QStringLiteral("window/studioMode"), true);
    auto window = std::make_unique<MainWindow>();
    if (!window->openShow(show))
        return 2;
    window->setStudioMode(true);
    window->show();
    // The window's own broadcast: the live show's, which its go-live bar drives.
    Broadcast* broadcast = &window->liveShow()->broadcast();
    bench::FixedKeyStore keys(target.key);
    broadcast->setKeyStore(&keys);
    broadcast->setDestinations({Destination{QStringLiteral("bench"), QStringLiteral("custom"), target.server,
                                            QStringLiteral("bench")}});
    measure(app, *window->session(), *broadcast, QStringLiteral("window"), seconds);
    QString error;
    if (!broadcast->startLive(&error)) {
        QTextStream(stderr) << "window_bench: " << error << Qt::endl;
        return 2;
    }
    const int code = QApplication::exec();
    window.reset();
    return code;
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "xcb");
    QCoreApplication::setApplicationName(QStringLiteral("vitrine-window-bench"));
    QCoreApplication::setOrganizationName(QStringLiteral("Vitrine"));
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("vitrine.obs.info=false\nvitrine.engine.info=false"));
    QCommandLineParser parser;
    bench::addLiveOptions(parser);
    parser.addOption({QStringLiteral("layout"), QStringLiteral("none|program|studio|full|window"),
                      QStringLiteral("L"), QStringLiteral("full")});
    parser.process(app);
    const QString layout = parser.value(QStringLiteral("layout"));
    const double seconds = parser.value(QStringLiteral("seconds")).toDouble();
    QTextStream err(stderr);

    const std::optional<RtmpTarget> stream = bench::streamTarget(parser, "window_bench");
    if (!stream)
        return 2;
    const RtmpTarget& target = *stream;
    QString error;
    applyTheme(app, Theme::Dark);
    if (layout == u"window")
        return runMainWindow(app, parser.value(QStringLiteral("show")), target, seconds);

    auto* x11 = app.nativeInterface<QNativeInterface::QX11Application>();
    StudioSession session;
    StudioSession::Options options;
    options.nativeDisplay = x11 ? x11->display() : nullptr;
    if (!session.open(parser.value(QStringLiteral("show")), options, &error)) {
        err << "window_bench: " << error << Qt::endl;
        return 2;
    }
    bench::FixedKeyStore keys(target.key);
    Broadcast broadcast(session.encoders(), &keys, nullptr);
    broadcast.setDestinations({Destination{QStringLiteral("bench"), QStringLiteral("custom"), target.server,
                                           QStringLiteral("bench")}});
    LiveFigures figures(session.engine(), broadcast);

    const int divisor = session.engine().viewFrameDivisor();
    auto window = std::make_unique<QMainWindow>();
    window->resize(1600, 900);
    auto* central = new QWidget(window.get());
    auto* views = new QHBoxLayout(central);
    if (layout == u"studio" || layout == u"full") {
        // Studio mode: the preview draws the program scene again (a second render), the program view shows
        // the main texture libobs already rendered.
        auto* preview = new ObsDisplay(central);
        preview->setSource(obs_scene_get_source(session.scenes().scene(session.scenes().programScene())));
        // The window's pacing (MainWindow::buildStudioView).
        preview->setPresentDivisor(divisor);
        preview->setSourceRateDivisor(divisor > 1 ? 1 : 2);
        views->addWidget(preview);
    }
    if (layout != u"none") {
        auto* program = new ProgramView(central);
        program->setFrameDivisor(divisor);
        views->addWidget(program);
    }
    window->setCentralWidget(central);
    if (layout == u"studio" || layout == u"full") {
        auto* dock = new QDockWidget(window.get());
        dock->setWidget(new GoLiveBar(&broadcast, &figures, window.get()));
        window->addDockWidget(Qt::BottomDockWidgetArea, dock);
        figures.start(1000);
    }
    if (layout == u"full")
        window->addDockWidget(Qt::RightDockWidgetArea, new MixerDock(window.get()));
    if (layout != u"none")
        window->show();

    measure(app, session, broadcast, layout, seconds);
    if (!broadcast.startLive(&error)) {
        err << "window_bench: " << error << Qt::endl;
        return 2;
    }
    const int code = QApplication::exec();
    window.reset(); // displays go before libobs does
    return code;
}
