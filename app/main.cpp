#include "DemoShow.h"
#include "MainWindow.h"
#include "Theme.h"
#include "dialogs/SettingsDialog.h"

#include "headless/CatalogueCommand.h"
#include "headless/CommandLine.h"
#include "headless/HeadlessRunner.h"
#include "headless/OverlayRenderCommand.h"
#include "headless/ReplayCommand.h"
#include "headless/ReportCommand.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTextStream>
#include <QTranslator>

#include <memory>

namespace {

// Qt's own strings and ours, in the user's language (French and English ship).
void installTranslations(QCoreApplication& app)
{
    // The language picked in Settings, else the system's.
    const QString chosen = vitrine::StudioPreferences::load().language;
    const QLocale locale = chosen.isEmpty() ? QLocale() : QLocale(chosen);
    // Numbers, durations and percentages follow the language the studio speaks ("21,6 ms" in French).
    QLocale::setDefault(locale);
    auto* qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto* translator = new QTranslator(&app);
    if (translator->load(locale, QStringLiteral("vitrine"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}

bool wantsWindow(int argc, char** argv)
{
    if (argc > 1 && (QByteArray(argv[1]) == "catalogue" || QByteArray(argv[1]) == "overlay" ||
                     QByteArray(argv[1]) == "replay" || QByteArray(argv[1]) == "report"))
        return false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--headless" || arg == "--help" || arg == "-h" || arg == "--version" || arg == "-v")
            return false;
    }
    return true;
}

// The headless runner, `vitrine overlay render` and `vitrine report` (plots, PDF) paint with QPainter, so
// they need Qt Gui (no window).
bool wantsPainting(int argc, char** argv)
{
    if (argc > 1 && (QByteArray(argv[1]) == "overlay" || QByteArray(argv[1]) == "report"))
        return true;
    for (int i = 1; i < argc; ++i)
        if (QByteArray(argv[i]) == "--headless")
            return true;
    return false;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("vitrine"));
    QCoreApplication::setOrganizationName(QStringLiteral("Vitrine"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VITRINE_VERSION));

    const bool window = wantsWindow(argc, argv);
    std::unique_ptr<QCoreApplication> app;
    if (window) {
        // libobs draws through X11/EGL; under Wayland the window goes through XWayland.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "xcb");
        if (qEnvironmentVariableIsEmpty("DISPLAY")) {
            QTextStream(stderr)
                << "vitrine: no X11 display to open the studio window on (DISPLAY is not set)\n";
            return 2;
        }
        app = std::make_unique<QApplication>(argc, argv);
        vitrine::applyTheme(static_cast<QApplication&>(*app), vitrine::savedTheme());
    } else if (wantsPainting(argc, argv)) {
        // The overlays paint text with QPainter, which needs Qt Gui's fonts; no window opens, so Qt needs no
        // display (libobs opens its own X11 connection).
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    installTranslations(*app);

    if (vitrine::ReplayCommand::matches(QCoreApplication::arguments())) {
        QTextStream out(stdout);
        QTextStream err(stderr);
        return vitrine::ReplayCommand::run(QCoreApplication::arguments(), out, err);
    }
    if (vitrine::CatalogueCommand::matches(QCoreApplication::arguments())) {
        QTextStream out(stdout);
        QTextStream err(stderr);
        return vitrine::CatalogueCommand::run(QCoreApplication::arguments(), out, err);
    }
    if (vitrine::ReportCommand::matches(QCoreApplication::arguments())) {
        QTextStream out(stdout);
        QTextStream err(stderr);
        return vitrine::ReportCommand::run(QCoreApplication::arguments(), out, err);
    }
    if (vitrine::OverlayRenderCommand::matches(QCoreApplication::arguments())) {
        QTextStream out(stdout);
        QTextStream err(stderr);
        return vitrine::OverlayRenderCommand::run(QCoreApplication::arguments(), out, err);
    }

    const vitrine::CommandLine command = vitrine::CommandLine::parse(QCoreApplication::arguments());
    if (!command.verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("vitrine.obs.info=false\nvitrine.engine.info=false"));

    switch (command.mode) {
    case vitrine::CommandLine::Mode::Help:
        QTextStream(stdout) << command.helpText;
        return 0;
    case vitrine::CommandLine::Mode::Version:
        QTextStream(stdout) << "vitrine " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    case vitrine::CommandLine::Mode::Error:
        QTextStream(stderr) << "vitrine: " << command.error << "\n"
                            << "Try 'vitrine --help'.\n";
        return 2;
    case vitrine::CommandLine::Mode::Headless: {
        vitrine::HeadlessRunner runner(command.headless);
        return runner.exec();
    }
    case vitrine::CommandLine::Mode::Window:
        break;
    }

    vitrine::MainWindow mainWindow;
    vitrine::MainWindow::OpenOptions open;
    open.overrides = command.headless.overrides;
    open.actionsPath = command.headless.actionsPath;
    open.eventLogPath = command.headless.eventLogPath;
    if (!mainWindow.openShow(command.showPath.isEmpty() ? vitrine::demoShowPath() : command.showPath, open))
        return 2;
    mainWindow.show();
    return QApplication::exec();
}
