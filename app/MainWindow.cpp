#include "MainWindow.h"

#include "ActionRegistry.h"
#include "LiveShortcuts.h"
#include "RemoteAccess.h"
#include "SceneBar.h"
#include "ShowFileMenu.h"
#include "ShowResume.h"
#include "StudioView.h"
#include "WindowMenus.h"

#include "base/ProcessClock.h"
#include "chat/ChatHub.h"
#include "dialogs/CatalogueImportDialog.h"
#include "dialogs/PropertiesDialog.h"
#include "dialogs/SettingsDialog.h"
#include "docks/ChatDock.h"
#include "docks/ClaimsDock.h"
#include "docks/DestinationsDock.h"
#include "docks/LiveDashboardDock.h"
#include "docks/MixerDock.h"
#include "docks/OverlaysDock.h"
#include "docks/ProductsDock.h"
#include "docks/ScenesDock.h"
#include "docks/SourcesDock.h"
#include "engine/DeviceCatalog.h"
#include "runtime/ActionPlayer.h"
#include "runtime/LiveShow.h"
#include "scene/ProgramSwitcher.h"
#include "scene/SceneEditor.h"
#include "session/StudioSession.h"
#include "show/LiveState.h"
#include "show/ShowStore.h"
#include "widgets/GoLiveToolBar.h"
#include "widgets/PreviewDisplay.h"
#include "widgets/ProgramView.h"
#include "widgets/ReplayStatus.h"
#include "widgets/TransitionPanel.h"

#include <QAction>
#include <QCloseEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextStream>
#include <QTimer>
#include <QToolBar>

namespace vitrine {

Q_LOGGING_CATEGORY(lcWindow, "vitrine.window")

namespace {

const QString kStudioModeKey = QStringLiteral("window/studioMode");
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_show(std::make_unique<LiveShow>()), m_actions(new ActionRegistry(this))
{
    setWindowTitle(tr("Vitrine Studio"));
    // A studio wants room for its views and docks: most of the screen, unless a saved geometry says
    // otherwise.
    const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1280, 800);
    resize(std::max(std::min(1280, available.width()), available.width() * 9 / 10),
           std::max(std::min(800, available.height()), available.height() * 9 / 10));
    m_program = new ProgramView(this);
    m_program->setObjectName(QStringLiteral("programDisplay"));
    setCentralWidget(m_program);
    connect(m_program, &ProgramView::firstFrameDrawn, this, [this] {
        m_firstFrameMs = msSinceProcessStart();
        qCInfo(lcWindow).noquote() << QStringLiteral("first program frame after %1 ms").arg(m_firstFrameMs);
    });

    m_statusLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusLabel);
    auto* statusTimer = new QTimer(this);
    connect(statusTimer, &QTimer::timeout, this, &MainWindow::refreshStatus);
    statusTimer->start(1000);
}

MainWindow::~MainWindow()
{
    // What holds libobs objects (views, meters, the editor, outputs' bars) goes before the show stops libobs.
    delete m_goLiveBar;
    delete m_destinationsDock;
    delete m_mixerDock;
    delete m_chatDock;
    delete m_sourcesDock;
    delete m_scenesDock;
    delete m_productsDock;
    delete m_overlaysDock;
    delete m_claimsDock;
    // The program view moved into the studio view once a show opened.
    delete (m_studioView ? static_cast<QWidget*>(m_studioView) : m_program);
    delete m_editor;
    delete findChild<ReplayStatus*>(); // before the show: a recording stopped by its end makes no replay
    delete findChild<RemoteAccess*>(); // its API holds libobs sources
    m_show.reset();
}

StudioSession* MainWindow::session() const
{
    return m_show->isOpen() ? &m_show->studio() : nullptr;
}

bool MainWindow::openShow(const QString& path, const OpenOptions& options)
{
    auto* x11 = qApp->nativeInterface<QNativeInterface::QX11Application>();
    LiveShow::Options showOptions;
    showOptions.nativeDisplay = x11 ? x11->display() : nullptr;
    showOptions.transitions = true;
    const StudioPreferences preferences = StudioPreferences::load();
    showOptions.preferences = preferences.outputPreferences();
    showOptions.reconnect = preferences.reconnect();
    showOptions.overrides = options.overrides;
    showOptions.eventLogPath =
        options.eventLogPath.isEmpty() ? path + QStringLiteral(".events.jsonl") : options.eventLogPath;
    showOptions.chatSpoolPath = path + QStringLiteral(".chat.jsonl");
    QString error;
    if (!m_show->open(path, showOptions, &error)) {
        QTextStream(stderr) << "vitrine: " << error << Qt::endl;
        QMessageBox::critical(this, tr("Cannot open the show"), error);
        return false;
    }
    for (const QString& warning : m_show->warnings())
        showMessage(warning);
    connect(m_show.get(), &LiveShow::notice, this, [this](const QString& text) { showMessage(text); });
    auto* replayStatus = new ReplayStatus(m_show.get(), this); // the broadcast it follows exists from here
    connect(replayStatus, &ReplayStatus::message, this,
            [this](const QString& text) { showMessage(text, 15000); });
    statusBar()->insertPermanentWidget(0, replayStatus);

    m_editor =
        new SceneEditor(&m_show->store(), &m_show->studio().scenes(), m_show->studio().switcher(), this);
    connect(m_editor, &SceneEditor::failed, this, [this](const QString& message) { showMessage(message); });
    takeCentralWidget();
    m_studioView = new StudioView(m_program, m_show.get(), m_editor, this);
    setCentralWidget(m_studioView);
    connect(m_studioView->transitions(), &TransitionPanel::message, this,
            [this](const QString& text) { showMessage(text, 5000); });
    m_sceneBar = new SceneBar(m_show.get(), m_editor, this);
    connect(m_sceneBar, &SceneBar::message, this, [this](const QString& text) { showMessage(text, 5000); });
    addToolBar(m_sceneBar);
    auto* controls = addToolBar(tr("Controls"));
    controls->setObjectName(QStringLiteral("controlsBar"));
    QAction* importAction = controls->addAction(tr("Import catalogue…"));
    importAction->setToolTip(
        tr("Import products from a CSV, a Shopify products.json or a Google Merchant feed"));
    connect(importAction, &QAction::triggered, this, &MainWindow::onImportCatalogue);

    buildDocks();
    buildGoLive();
    buildChat();
    buildMenus(path);
    buildShortcuts();
    // Asking the system for its devices takes a few hundred milliseconds (PulseAudio, GStreamer's device
    // monitor): done once the program shows, not before.
    connect(m_program, &ProgramView::firstFrameDrawn, this, &MainWindow::watchDevices,
            Qt::SingleShotConnection);
    QTimer::singleShot(5000, this, &MainWindow::watchDevices);

    const QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
    setStudioMode(settings.value(kStudioModeKey, false).toBool());

    const QString title = m_show->store().document().title;
    setWindowTitle(title.isEmpty() ? tr("Vitrine Studio") : tr("%1 — Vitrine Studio").arg(title));
    QTimer::singleShot(0, this, [this] {
        if (const QString resumed = ShowResume::resume(this, *m_show); !resumed.isEmpty())
            showMessage(resumed, 15000);
        if (auto* replay = findChild<ReplayStatus*>())
            replay->offerUnfinishedReplay();
    });
    if (!options.actionsPath.isEmpty())
        playRehearsal(options.actionsPath);
    return true;
}

void MainWindow::buildDocks()
{
    m_productsDock =
        new ProductsDock(&m_show->store(), &m_show->live(), &m_show->stock(), &m_show->images(), this);
    addDockWidget(Qt::RightDockWidgetArea, m_productsDock);
    ProgramSwitcher* switcher = m_show->studio().switcher();
    m_scenesDock = new ScenesDock(m_editor, switcher, this);
    addDockWidget(Qt::LeftDockWidgetArea, m_scenesDock);
    m_sourcesDock = new SourcesDock(m_editor, switcher, this);
    addDockWidget(Qt::LeftDockWidgetArea, m_sourcesDock);
    m_mixerDock = new MixerDock(this);
    addDockWidget(Qt::LeftDockWidgetArea, m_mixerDock);
    // Left column: scenes, sources, then the mixer (a source added or removed gets or loses its strip).
    splitDockWidget(m_sourcesDock, m_mixerDock, Qt::Vertical);
    connect(m_editor, &SceneEditor::collectionChanged, m_mixerDock, &MixerDock::rebuild);
    PreviewDisplay* preview = m_studioView->preview();
    connect(m_sourcesDock, &SourcesDock::currentItemChanged, preview,
            [preview](const QString&, int index) { preview->setSelectedIndex(index); });
    connect(preview, &PreviewDisplay::selectedIndexChanged, m_sourcesDock, &SourcesDock::setCurrentIndex);
    connect(m_sourcesDock, &SourcesDock::propertiesRequested, this, &MainWindow::openProperties);
}

void MainWindow::buildShortcuts()
{
    LiveShortcuts::install(this, m_actions, m_productsDock, &m_show->live(), m_goLiveBar->goLiveBar(),
                           m_chatDock);
}

void MainWindow::playRehearsal(const QString& scriptPath)
{
    QString error;
    std::optional<ActionScript> script = ActionScript::load(scriptPath, &error);
    if (!script) {
        QTextStream(stderr) << "vitrine: " << error << Qt::endl;
        showMessage(error);
        return;
    }
    for (const QString& problem : std::as_const(script->problems))
        QTextStream(stderr) << "vitrine: " << tr("%1 (skipped)").arg(problem) << Qt::endl;
    ActionPlayer* player = m_show->playActions(std::move(*script));
    connect(player, &ActionPlayer::actionSkipped, this, [this](const QString& message) {
        QTextStream(stderr) << "vitrine: " << message << Qt::endl;
        showMessage(message);
    });
}

void MainWindow::onImportCatalogue()
{
    // The dialog reads off the GUI thread and changes the show only when the producer accepts the review.
    CatalogueImportDialog dialog(&m_show->store(), &m_show->network(), this);
    if (dialog.exec() == QDialog::Accepted)
        showMessage(tr("Catalogue imported: %n products", nullptr, dialog.importedCount()), 5000);
}

void MainWindow::buildMenus(const QString& showPath)
{
    m_fileMenu = new ShowFileMenu(this, m_actions, showPath);
    connect(m_fileMenu, &ShowFileMenu::failed, this, [this](const QString& message) {
        QMessageBox::warning(this, tr("Cannot open the show"), message);
    });
    menuBar()->addMenu(m_fileMenu->menu());
    m_menus = new WindowMenus(this, m_actions, m_show.get(), m_editor, m_studioView->transitions(),
                              {[this](bool on) { setStudioMode(on); }, [this] { openSettings(); },
                               [this] { m_goLiveBar->openDestinations(); },
                               [this] { m_chatDock->chooseChats(); }, [this] { onImportCatalogue(); }});
}

bool MainWindow::studioMode() const
{
    return m_show->isOpen() && m_show->studio().switcher()->studioMode();
}

void MainWindow::setStudioMode(bool on)
{
    if (!m_show->isOpen())
        return;
    QSettings().setValue(kStudioModeKey, on);
    m_show->studio().switcher()->setStudioMode(on);
    m_studioView->setStudioMode(on);
}

void MainWindow::watchDevices()
{
    if (m_devices)
        return;
    m_devices = new SystemDeviceCatalog(this);
    m_sourcesDock->setDeviceCatalog(m_devices);
    m_cameraWatch = new CameraWatch(m_devices, this);
    connect(m_cameraWatch, &CameraWatch::cameraLost, this, [this](const QString& source) {
        statusBar()->showMessage(tr("Camera of “%1” unplugged: plug it back in or pick another one in its "
                                    "properties.")
                                     .arg(source));
    });
    connect(m_cameraWatch, &CameraWatch::cameraBack, this,
            [this](const QString& source) { showMessage(tr("Camera of “%1” is back.").arg(source), 5000); });
    connect(m_editor, &SceneEditor::collectionChanged, this, &MainWindow::watchCameras);
    watchCameras();
}

void MainWindow::watchCameras()
{
    QHash<QString, QString> cameras;
    for (const SourceSpec& source : m_editor->collection().sources)
        if (source.kind == SourceKind::Camera)
            cameras.insert(source.name, source.settings.value(QStringLiteral("device_id")).toString());
    m_cameraWatch->setCameras(cameras);
}

void MainWindow::openProperties(const QString& source)
{
    auto* dialog = new PropertiesDialog(m_editor, &m_show->studio().scenes(), source, m_devices, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::refreshStatus()
{
    if (!m_show->isOpen())
        return;
    const RenderStats stats = m_show->studio().engine().renderStats();
    m_statusLabel->setText(tr("Render %1 ms · lagged %2 of %3 frames")
                               .arg(QLocale().toString(stats.averageRenderMs, 'f', 1))
                               .arg(QLocale().toString(stats.framesLagged))
                               .arg(QLocale().toString(stats.framesRendered)));
}

void MainWindow::showMessage(const QString& text, int timeoutMs)
{
    statusBar()->showMessage(text, timeoutMs);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_goLiveBar && !m_goLiveBar->confirmStopForClose()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    if (m_show->isOpen())
        m_show->store().closeCleanly();
    event->accept();
}

void MainWindow::buildGoLive()
{
    m_goLiveBar = new GoLiveToolBar(m_show.get(), this);
    connect(m_goLiveBar, &GoLiveToolBar::message, this, [this](const QString& text) { showMessage(text); });
    addToolBar(Qt::BottomToolBarArea, m_goLiveBar);
    // Each destination's health, a tab beside the mixer: the producer raises it when the live runs.
    m_destinationsDock =
        new DestinationsDock(&m_show->broadcast(), &m_show->figures(), m_goLiveBar->goLiveBar(), this);
    connect(m_destinationsDock, &DestinationsDock::destinationsRequested, m_goLiveBar,
            &GoLiveToolBar::openDestinations);
    connect(m_destinationsDock, &DestinationsDock::message, this,
            [this](const QString& text) { showMessage(text); });
    tabifyDockWidget(m_mixerDock, m_destinationsDock);
    m_mixerDock->raise();
}

void MainWindow::openSettings()
{
    SettingsDialog dialog([this] { return m_show->isOpen() && m_show->isOnAir(); },
                          [this](const StudioPreferences& chosen, QString* error) {
                              return m_show->applySettings(chosen.video, chosen.outputPreferences(), error);
                          },
                          this);
    dialog.setShowCanvas(m_show->store().document().canvas);
    dialog.setActionRegistry(m_actions);
    if (dialog.exec() == QDialog::Accepted) // also during a live: the next loss follows it
        m_show->broadcast().setReconnectSettings(dialog.preferences().reconnect());
}

void MainWindow::buildChat()
{
    m_chatDock = new ChatDock(&m_show->chat(), this);
    connect(m_chatDock, &ChatDock::message, this, [this](const QString& text) { showMessage(text, 10000); });
    m_productsDock->showBuyIntent(m_show->chat().buyIntent());
    // The right column: products (overlays as a tab beside them) above the chat, so the producer reads the
    // chat while pinning; each dock moves and floats as the producer likes.
    setTabPosition(Qt::RightDockWidgetArea, QTabWidget::North);
    addDockWidget(Qt::RightDockWidgetArea, m_chatDock);
    splitDockWidget(m_productsDock, m_chatDock, Qt::Vertical);
    m_overlaysDock = new OverlaysDock(&m_show->store(), &m_show->live(), &m_show->overlays(), this);
    tabifyDockWidget(m_productsDock, m_overlaysDock);
    m_claimsDock = new ClaimsDock(&m_show->claims(), &m_show->claimConfirmer(), &m_show->store(), this);
    tabifyDockWidget(m_productsDock, m_claimsDock);
    tabifyDockWidget(m_productsDock, LiveDashboardDock::create(m_show.get(), m_chatDock->accounts(), this));
    m_productsDock->raise();
    resizeDocks({m_productsDock, m_chatDock}, {3, 2}, Qt::Vertical);
    resizeDocks({m_scenesDock, m_productsDock}, {260, 400}, Qt::Horizontal); // the producer's tools get room
    m_chatDock->connectSavedChats();
}

} // namespace vitrine
