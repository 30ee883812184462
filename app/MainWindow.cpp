#include "MainWindow.h"
#include "ShowFileMenu.h"

#include "chat/ChatHub.h"
#include "chat/ChatSources.h"
#include "dialogs/CatalogueImportDialog.h"
#include "dialogs/ChatSourcesDialog.h"
#include "dialogs/DestinationsDialog.h"
#include "dialogs/PropertiesDialog.h"
#include "dialogs/SettingsDialog.h"
#include "docks/ChatDock.h"
#include "docks/MixerDock.h"
#include "docks/ProductsDock.h"
#include "docks/ScenesDock.h"
#include "docks/SourcesDock.h"
#include "engine/DeviceCatalog.h"
#include "output/Broadcast.h"
#include "output/KeyStore.h"
#include "output/LiveFigures.h"
#include "scene/ProgramSwitcher.h"
#include "scene/SceneEditor.h"
#include "session/ActionRegistry.h"
#include "session/ProcessClock.h"
#include "session/StudioSession.h"
#include "show/CatalogueMerge.h"
#include "show/EventLog.h"
#include "show/LiveState.h"
#include "show/ShowStore.h"
#include "show/import/CatalogueFileImporter.h"
#include "widgets/GoLiveBar.h"
#include "widgets/ObsDisplay.h"
#include "widgets/PreviewDisplay.h"
#include "widgets/ProgramView.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QKeySequence>
#include <QLabel>
#include <QLoggingCategory>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <functional>

namespace vitrine {

Q_LOGGING_CATEGORY(lcWindow, "vitrine.window")

namespace {

// A quick scene button: one click picks the scene, a double-click takes it to program.
class SceneButton : public QToolButton {
public:
    using QToolButton::QToolButton;
    std::function<void()> onDoubleClick;

protected:
    void mouseDoubleClickEvent(QMouseEvent* event) override
    {
        QToolButton::mouseDoubleClickEvent(event);
        if (onDoubleClick)
            onDoubleClick();
    }
};

const QString kStudioModeKey = QStringLiteral("window/studioMode");
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kTransitionKey = QStringLiteral("transition/kind");
const QString kDurationKey = QStringLiteral("transition/durationMs");

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_store(new ShowStore(this)), m_log(new EventLog(this)),
      m_session(new StudioSession(this)), m_actions(new ActionRegistry(this))
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

    m_sceneBar = addToolBar(tr("Scenes"));
    m_sceneBar->setObjectName(QStringLiteral("sceneBar"));
    auto* controls = addToolBar(tr("Controls"));
    controls->setObjectName(QStringLiteral("controlsBar"));
    QAction* importAction = controls->addAction(tr("Import catalogue…"));
    importAction->setToolTip(
        tr("Import products from a CSV, a Shopify products.json or a Google Merchant feed"));
    connect(importAction, &QAction::triggered, this, &MainWindow::onImportCatalogue);

    m_statusLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusLabel);
    auto* statusTimer = new QTimer(this);
    connect(statusTimer, &QTimer::timeout, this, &MainWindow::refreshStatus);
    statusTimer->start(1000);
}

MainWindow::~MainWindow()
{
    // Outputs, the views and the editor go before libobs does.
    delete m_goLiveBar;
    delete m_mixerDock;
    delete m_figures;
    delete m_broadcast;
    delete m_chatDock;
    delete m_chatHub;
    delete m_program;
    delete m_preview;
    delete m_editor;
}

QString MainWindow::demoShowPath()
{
    QString bundled = QStandardPaths::locate(QStandardPaths::GenericDataLocation,
                                             QStringLiteral("vitrine/demo/demo.vitrine"));
    if (bundled.isEmpty())
        bundled = QStringLiteral(VITRINE_SOURCE_DEMO_SHOW);
    // The demo is opened as the user's own copy: autosave and imports must not write into the installed (or
    // source) files.
    const QDir copy(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                    QStringLiteral("/demo"));
    const QString copied = copy.filePath(QStringLiteral("demo.vitrine"));
    if (QFileInfo::exists(copied) || !QDir().mkpath(copy.path()))
        return QFileInfo::exists(copied) ? copied : bundled;
    const QDir source = QFileInfo(bundled).absoluteDir();
    for (const QString& name :
         source.entryList({QStringLiteral("*.vitrine"), QStringLiteral("*.png")}, QDir::Files))
        QFile::copy(source.filePath(name), copy.filePath(name));
    return QFileInfo::exists(copied) ? copied : bundled;
}

bool MainWindow::openShow(const QString& path)
{
    auto fail = [this](const QString& error) {
        QTextStream(stderr) << "vitrine: " << error << Qt::endl;
        QMessageBox::critical(this, tr("Cannot open the show"), error);
        return false;
    };
    QString error;
    if (!m_store->open(path, &error))
        return fail(error);
    auto* x11 = qApp->nativeInterface<QNativeInterface::QX11Application>();
    StudioSession::Options options;
    options.nativeDisplay = x11 ? x11->display() : nullptr;
    options.transitions = true;
    if (!m_session->open(m_store->document(), QFileInfo(path).absoluteDir(), options, &error))
        return fail(error);
    if (!m_log->open(path + QStringLiteral(".events.jsonl"), &error))
        statusBar()->showMessage(error, 10000);
    connect(m_store, &ShowStore::saveFailed, this, [this](const QString& message) {
        statusBar()->showMessage(tr("Not saved: %1").arg(message), 10000);
    });

    m_live = new LiveState(&m_store->document(), m_log, this);
    connect(m_live, &LiveState::changed, m_store, [this] { m_store->setSessionState(m_live->snapshot()); });
    m_productsDock = new ProductsDock(m_store, m_live, this);
    addDockWidget(Qt::RightDockWidgetArea, m_productsDock);
    auto addShortcut = [this](const QString& id, const QString& label, const QKeySequence& keys, auto slot) {
        auto* action = new QAction(label, this);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        m_actions->add(id, action, keys);
    };
    addShortcut(QStringLiteral("products.pin"), tr("Pin the selected product"),
                QKeySequence(Qt::CTRL | Qt::Key_P), [this] { m_productsDock->pinSelected(); });
    addShortcut(QStringLiteral("products.unpin"), tr("Unpin"), QKeySequence(Qt::CTRL | Qt::Key_U),
                [this] { m_live->unpin(); });
    addShortcut(QStringLiteral("products.next"), tr("Next segment"), QKeySequence(Qt::CTRL | Qt::Key_N),
                [this] { m_productsDock->nextSegment(); });

    m_editor = new SceneEditor(m_store, &m_session->scenes(), m_session->switcher(), this);
    connect(m_editor, &SceneEditor::failed, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    buildStudioView();
    buildGoLive();
    buildChat(path);
    m_scenesDock = new ScenesDock(m_editor, m_session->switcher(), this);
    addDockWidget(Qt::LeftDockWidgetArea, m_scenesDock);
    m_sourcesDock = new SourcesDock(m_editor, m_session->switcher(), this);
    addDockWidget(Qt::LeftDockWidgetArea, m_sourcesDock);
    // Left column: scenes, sources, then the mixer; the right one is the producer's (products, chat).
    splitDockWidget(m_sourcesDock, m_mixerDock, Qt::Vertical);
    connect(m_sourcesDock, &SourcesDock::currentItemChanged, m_preview,
            [this](const QString&, int index) { m_preview->setSelectedIndex(index); });
    connect(m_preview, &PreviewDisplay::selectedIndexChanged, m_sourcesDock, &SourcesDock::setCurrentIndex);
    connect(m_sourcesDock, &SourcesDock::propertiesRequested, this, &MainWindow::openProperties);
    buildMenus(path);
    connect(m_editor, &SceneEditor::collectionChanged, this, &MainWindow::buildSceneBar);
    // Asking the system for its devices takes a few hundred milliseconds (PulseAudio, GStreamer's device
    // monitor): done once the program shows, not before.
    connect(m_program, &ProgramView::firstFrameDrawn, this, &MainWindow::watchDevices,
            Qt::SingleShotConnection);
    QTimer::singleShot(5000, this, &MainWindow::watchDevices);
    connect(m_session->switcher(), &ProgramSwitcher::programSceneChanged, this, &MainWindow::buildSceneBar);
    // Scene switches are chapters of the replay, like pins and promos.
    connect(m_session->switcher(), &ProgramSwitcher::programSceneChanged, m_log,
            &EventLog::appendSceneSwitch);
    connect(m_session->switcher(), &ProgramSwitcher::previewSceneChanged, this, &MainWindow::buildSceneBar);

    const QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
    setStudioMode(settings.value(kStudioModeKey, false).toBool());

    const QString title = m_store->document().title;
    setWindowTitle(title.isEmpty() ? tr("Vitrine Studio") : tr("%1 — Vitrine Studio").arg(title));
    buildSceneBar();
    QTimer::singleShot(0, this, &MainWindow::offerRecovery);
    return true;
}

void MainWindow::offerRecovery()
{
    const std::optional<QJsonObject> session = m_store->recoverableSession();
    if (!session || session->isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Restore the live state?"),
        tr("Vitrine did not close properly last time. Restore the pinned product, the running promo code and "
           "the run-of-show position?"));
    if (answer == QMessageBox::Yes)
        m_live->restore(*session);
}

void MainWindow::onImportCatalogue()
{
    // The dialog reads off the GUI thread and changes the show only when the producer accepts the review.
    CatalogueImportDialog dialog(m_store, nullptr, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Catalogue imported: %n products", nullptr, dialog.importedCount()),
                                 5000);
}

void MainWindow::buildSceneBar()
{
    m_sceneBar->clear();
    ProgramSwitcher* switcher = m_session->switcher();
    for (const SceneSpec& scene : m_editor->collection().scenes) {
        auto* button = new SceneButton(m_sceneBar);
        button->setText(scene.name);
        button->setCheckable(true);
        button->setChecked(scene.name == switcher->programScene());
        button->setToolTip(switcher->studioMode() ? tr("Click: preview · double-click: take to program")
                                                  : tr("Take to program"));
        if (switcher->studioMode() && scene.name == switcher->previewScene() &&
            scene.name != switcher->programScene())
            button->setStyleSheet(QStringLiteral("QToolButton { border: 2px solid #2e9e4f; }"));
        auto take = [this, name = scene.name] {
            QString error;
            if (!m_editor->requestTakeToProgram(name, &error))
                statusBar()->showMessage(error, 5000);
        };
        connect(button, &QToolButton::clicked, this, [this, take, name = scene.name] {
            if (m_session->switcher()->studioMode())
                m_session->switcher()->setPreviewScene(name);
            else
                take();
        });
        button->onDoubleClick = take;
        m_sceneBar->addWidget(button);
    }
    updatePreviewSource();
}

void MainWindow::buildStudioView()
{
    ProgramSwitcher* switcher = m_session->switcher();
    m_preview = new PreviewDisplay(m_editor, &m_session->scenes(), switcher, this);
    m_preview->setObjectName(QStringLiteral("previewDisplay"));
    // Views are the main cost of the window on machines without a GPU. The program is painted by Qt from
    // the frames libobs converts for the encoders (nothing on the graphics thread); the preview, which must
    // render the edited scene, is presented at half the canvas rate there (15 fps is enough to edit by;
    // what goes on air keeps the canvas rate). With a GPU both follow the canvas and only the preview's
    // scene is rendered at half rate.
    const int divisor = m_session->engine().viewFrameDivisor();
    m_program->setFrameDivisor(divisor);
    m_preview->setPresentDivisor(divisor);
    m_preview->setSourceRateDivisor(divisor > 1 ? 1 : 2);
    // The program gets the first frame: the preview's display is created once the program has drawn.
    m_preview->setCreationDeferred(true);
    connect(m_program, &ProgramView::firstFrameDrawn, m_preview,
            [this] { m_preview->setCreationDeferred(false); });

    auto labelled = [this](QWidget* display, const QString& title) {
        auto* column = new QWidget(this);
        auto* layout = new QVBoxLayout(column);
        layout->setContentsMargins(0, 0, 0, 0);
        auto* label = new QLabel(title, column);
        label->setAlignment(Qt::AlignCenter);
        layout->addWidget(label);
        layout->addWidget(display, 1);
        return column;
    };
    m_previewColumn = labelled(m_preview, tr("Preview"));

    m_transitionColumn = new QWidget(this);
    auto* transitionLayout = new QVBoxLayout(m_transitionColumn);
    transitionLayout->addStretch();
    auto* takeButton = new QPushButton(tr("Transition"), m_transitionColumn);
    takeButton->setObjectName(QStringLiteral("transitionButton"));
    takeButton->setToolTip(tr("Take the preview to program"));
    transitionLayout->addWidget(takeButton);
    m_transitionKind = new QComboBox(m_transitionColumn);
    m_transitionKind->setObjectName(QStringLiteral("transitionKind"));
    for (TransitionKind kind : ProgramSwitcher::kTransitions)
        m_transitionKind->addItem(ProgramSwitcher::transitionName(kind), static_cast<int>(kind));
    transitionLayout->addWidget(m_transitionKind);
    m_transitionDuration = new QSpinBox(m_transitionColumn);
    m_transitionDuration->setObjectName(QStringLiteral("transitionDuration"));
    m_transitionDuration->setRange(50, 20000);
    m_transitionDuration->setSingleStep(50);
    m_transitionDuration->setSuffix(tr(" ms"));
    transitionLayout->addWidget(m_transitionDuration);
    transitionLayout->addStretch();

    const QSettings settings;
    const int kind = settings.value(kTransitionKey, static_cast<int>(TransitionKind::Fade)).toInt();
    m_transitionKind->setCurrentIndex(std::max(0, m_transitionKind->findData(kind)));
    m_transitionDuration->setValue(settings.value(kDurationKey, ProgramSwitcher::kDefaultDurationMs).toInt());
    switcher->setTransitionKind(static_cast<TransitionKind>(m_transitionKind->currentData().toInt()));
    switcher->setDurationMs(m_transitionDuration->value());
    connect(m_transitionKind, &QComboBox::currentIndexChanged, this, [this] {
        const int chosen = m_transitionKind->currentData().toInt();
        m_session->switcher()->setTransitionKind(static_cast<TransitionKind>(chosen));
        QSettings().setValue(kTransitionKey, chosen);
    });
    connect(m_transitionDuration, &QSpinBox::valueChanged, this, [this](int ms) {
        m_session->switcher()->setDurationMs(ms);
        QSettings().setValue(kDurationKey, ms);
    });
    connect(takeButton, &QPushButton::clicked, this, [this] {
        QString error;
        if (!m_editor->requestTakeToProgram(m_session->switcher()->previewScene(), &error))
            statusBar()->showMessage(error, 5000);
    });

    // The program view created at start-up moves into the studio view.
    takeCentralWidget();
    auto* studio = new QWidget(this);
    auto* layout = new QHBoxLayout(studio);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_previewColumn, 1);
    layout->addWidget(m_transitionColumn);
    layout->addWidget(labelled(m_program, tr("Program")), 1);
    setCentralWidget(studio);
    connect(switcher, &ProgramSwitcher::studioModeChanged, this, [this](bool on) {
        m_previewColumn->setVisible(on);
        m_transitionColumn->setVisible(on);
        updatePreviewSource();
    });
}

void MainWindow::buildMenus(const QString& showPath)
{
    m_fileMenu = new ShowFileMenu(this, m_actions, showPath);
    connect(m_fileMenu, &ShowFileMenu::failed, this, [this](const QString& message) {
        QMessageBox::warning(this, tr("Cannot open the show"), message);
    });
    menuBar()->addMenu(m_fileMenu->menu());
    QMenu* editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_editor->undoStack()->createUndoAction(this, tr("&Undo"));
    QAction* redo = m_editor->undoStack()->createRedoAction(this, tr("&Redo"));
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    m_actions->add(QStringLiteral("edit.undo"), undo, QKeySequence(Qt::CTRL | Qt::Key_Z));
    m_actions->add(QStringLiteral("edit.redo"), redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    QAction* studio = viewMenu->addAction(tr("&Studio mode"));
    studio->setObjectName(QStringLiteral("studioModeAction"));
    studio->setCheckable(true);
    connect(studio, &QAction::toggled, this, &MainWindow::setStudioMode);
    connect(m_session->switcher(), &ProgramSwitcher::studioModeChanged, studio, &QAction::setChecked);
    m_actions->add(QStringLiteral("view.studioMode"), studio, QKeySequence(Qt::CTRL | Qt::Key_M));
    viewMenu->addSeparator();
    viewMenu->addAction(m_scenesDock->toggleViewAction());
    viewMenu->addAction(m_sourcesDock->toggleViewAction());
    viewMenu->addAction(m_productsDock->toggleViewAction());
    viewMenu->addAction(m_mixerDock->toggleViewAction());
    viewMenu->addAction(m_chatDock->toggleViewAction());
    QAction* settingsAction = editMenu->addAction(tr("&Settings…"));
    settingsAction->setObjectName(QStringLiteral("settingsAction"));
    settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(settingsAction, &QAction::triggered, this, &MainWindow::openSettings);

    QMenu* sceneMenu = menuBar()->addMenu(tr("S&cene"));
    QAction* transition = sceneMenu->addAction(tr("&Transition"));
    transition->setObjectName(QStringLiteral("transitionAction"));
    connect(transition, &QAction::triggered, this, [this] {
        QString error;
        if (!m_editor->requestTakeToProgram(m_session->switcher()->previewScene(), &error))
            statusBar()->showMessage(error, 5000);
    });
    m_actions->add(QStringLiteral("scene.transition"), transition, QKeySequence(Qt::CTRL | Qt::Key_Return));
}

bool MainWindow::studioMode() const
{
    return m_session->switcher() && m_session->switcher()->studioMode();
}

void MainWindow::setStudioMode(bool on)
{
    if (!m_session->switcher())
        return;
    QSettings().setValue(kStudioModeKey, on);
    m_session->switcher()->setStudioMode(on);
    m_previewColumn->setVisible(on);
    m_transitionColumn->setVisible(on);
    buildSceneBar();
}

void MainWindow::updatePreviewSource()
{
    ProgramSwitcher* switcher = m_session->switcher();
    if (!m_preview || !switcher)
        return;
    // The same scene as on air: draw libobs's finished frame rather than rendering the scene a second time.
    const QString preview = switcher->previewScene();
    m_preview->setSource(preview == switcher->programScene() ? nullptr
                                                             : m_session->scenes().sceneSource(preview));
}

void MainWindow::watchDevices()
{
    if (m_devices)
        return;
    m_devices = new SystemDeviceCatalog(this);
    m_cameraWatch = new CameraWatch(m_devices, this);
    connect(m_cameraWatch, &CameraWatch::cameraLost, this, [this](const QString& source) {
        statusBar()->showMessage(tr("Camera of “%1” unplugged: plug it back in or pick another one in its "
                                    "properties.")
                                     .arg(source));
    });
    connect(m_cameraWatch, &CameraWatch::cameraBack, this, [this](const QString& source) {
        statusBar()->showMessage(tr("Camera of “%1” is back.").arg(source), 5000);
    });
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
    auto* dialog = new PropertiesDialog(m_editor, &m_session->scenes(), source, m_devices, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::refreshStatus()
{
    if (!m_session->isOpen())
        return;
    const RenderStats stats = m_session->engine().renderStats();
    m_statusLabel->setText(tr("Render %1 ms · lagged %2 of %3 frames")
                               .arg(stats.averageRenderMs, 0, 'f', 1)
                               .arg(stats.framesLagged)
                               .arg(stats.framesRendered));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!confirmCloseDuringLive()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    m_store->closeCleanly();
    event->accept();
}

} // namespace vitrine

namespace vitrine {

void MainWindow::buildGoLive()
{
    m_keys = new KeyStore(QStringLiteral("vitrine"), this);
    m_broadcast = new Broadcast(m_session->encoders(), m_keys, m_log, this);
    m_broadcast->setDestinations(m_store->document().destinations);
    connect(m_store, &ShowStore::changed, m_broadcast,
            [this] { m_broadcast->setDestinations(m_store->document().destinations); });
    m_figures = new LiveFigures(m_session->engine(), *m_broadcast, this);
    m_figures->start(1000);
    m_goLiveBar = new GoLiveBar(m_broadcast, m_figures, this);
    connect(m_goLiveBar, &GoLiveBar::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 10000); });
    auto* bar = new QToolBar(tr("Go live"), this);
    bar->setObjectName(QStringLiteral("goLiveToolBar"));
    addToolBar(Qt::BottomToolBarArea, bar);
    bar->setMovable(false);
    bar->addWidget(m_goLiveBar);
    QAction* destinations = bar->addAction(tr("Destinations…"));
    destinations->setObjectName(QStringLiteral("destinationsAction"));
    destinations->setToolTip(tr("Where the live goes, and the stream keys (kept in the system keychain)"));
    connect(destinations, &QAction::triggered, this, [this] {
        if (m_broadcast->isActive()) {
            statusBar()->showMessage(tr("Destinations cannot change during a live."), 5000);
            return;
        }
        DestinationsDialog dialog(m_store, m_keys, this);
        dialog.exec();
    });
    m_mixerDock = new MixerDock(this);
    addDockWidget(Qt::LeftDockWidgetArea, m_mixerDock);
    // A source added or removed gets (or loses) its strip.
    connect(m_editor, &SceneEditor::collectionChanged, m_mixerDock, &MixerDock::rebuild);
}

void MainWindow::openSettings()
{
    SettingsDialog dialog([this] { return m_broadcast->isActive() || m_broadcast->isRecording(); }, {}, this);
    dialog.setActionRegistry(m_actions);
    dialog.exec();
}

bool MainWindow::confirmCloseDuringLive()
{
    if (!m_broadcast || (!m_broadcast->isActive() && !m_broadcast->isRecording()))
        return true;
    const auto answer =
        QMessageBox::question(this, tr("Stop the live and quit?"),
                              tr("A live or a recording is running. Stop it cleanly and quit?"),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;
    // Outputs stop on their threads; wait here (bounded) so the ingest and the file get a clean end.
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    auto done = [this, &loop] {
        if (!m_broadcast->isActive() && !m_broadcast->isRecording())
            loop.quit();
    };
    connect(m_broadcast, &Broadcast::stateChanged, &loop, done);
    connect(m_broadcast, &Broadcast::recordingChanged, &loop, done);
    m_broadcast->stopLive();
    m_broadcast->stopRecording();
    timeout.start(Broadcast::kStopTimeoutMs + 1000);
    if (m_broadcast->isActive() || m_broadcast->isRecording())
        loop.exec();
    return true;
}

void MainWindow::buildChat(const QString& showPath)
{
    m_chatHub = new ChatHub(this);
    m_chatHub->attachShow(m_store, m_live, m_log);
    QString error;
    // The show's whole chat, kept beside it as it arrives: the view trims, this record never does.
    if (!m_chatHub->openSpool(showPath + QStringLiteral(".chat.jsonl"), &error))
        statusBar()->showMessage(error, 10000);
    m_chatDock = new ChatDock(m_chatHub, this);
    m_productsDock->showBuyIntent(m_chatHub->buyIntent());
    // Products and chat share the right column as tabs: each gets its full height.
    setTabPosition(Qt::RightDockWidgetArea, QTabWidget::North);
    tabifyDockWidget(m_productsDock, m_chatDock);
    m_productsDock->raise();
    addAction(m_chatDock->nextQuestionAction());
    connect(m_chatDock, &ChatDock::chatSourcesRequested, this, [this] {
        ChatSourcesDialog dialog(ChatSources::load().specs, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        const ChatSources sources{dialog.specs()};
        sources.save();
        m_chatHub->removeAllConnectors();
        connectChats(sources);
    });
    connectChats(ChatSources::load());
}

void MainWindow::connectChats(const ChatSources& sources)
{
    const QStringList problems = sources.connect(*m_chatHub, ChatCredentials::fromEnvironment());
    if (!problems.isEmpty())
        statusBar()->showMessage(problems.join(QStringLiteral(" · ")), 15000);
}

} // namespace vitrine
