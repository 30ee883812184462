#include "MainWindow.h"

#include "dialogs/CatalogueImportDialog.h"
#include "docks/ProductsDock.h"
#include "output/OutputController.h"
#include "session/StudioSession.h"
#include "show/CatalogueMerge.h"
#include "show/EventLog.h"
#include "show/LiveState.h"
#include "show/ShowStore.h"
#include "show/import/CatalogueFileImporter.h"
#include "widgets/ObsDisplay.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonObject>
#include <QKeySequence>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QToolBar>

namespace vitrine {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_store(new ShowStore(this)), m_log(new EventLog(this)),
      m_session(new StudioSession(this))
{
    setWindowTitle(tr("Vitrine Studio"));
    resize(1280, 800);
    m_program = new ObsDisplay(this);
    setCentralWidget(m_program);

    m_sceneBar = addToolBar(tr("Scenes"));
    m_sceneBar->setObjectName(QStringLiteral("sceneBar"));
    auto* controls = addToolBar(tr("Controls"));
    controls->setObjectName(QStringLiteral("controlsBar"));
    m_recordAction = controls->addAction(tr("Record"));
    m_recordAction->setCheckable(true);
    connect(m_recordAction, &QAction::toggled, this, &MainWindow::onRecordToggled);
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
    // Outputs and the program view go before libobs does.
    delete m_recording;
    delete m_program;
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
    auto addShortcut = [this](const QKeySequence& keys, auto slot) {
        auto* action = new QAction(this);
        action->setShortcut(keys);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_P), [this] { m_productsDock->pinSelected(); });
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_U), [this] { m_live->unpin(); });
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_N), [this] { m_productsDock->nextSegment(); });

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
    auto* group = new QActionGroup(m_sceneBar);
    for (const SceneSpec& scene : m_session->show().scenes.scenes) {
        QAction* action = m_sceneBar->addAction(scene.name);
        action->setCheckable(true);
        action->setChecked(scene.name == m_session->scenes().programScene());
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, name = scene.name] {
            QString error;
            if (!m_session->scenes().setProgramScene(name, &error))
                statusBar()->showMessage(error, 5000);
        });
    }
}

void MainWindow::onRecordToggled(bool checked)
{
    if (!checked) {
        if (m_recording)
            m_recording->stop();
        return;
    }
    QString folder = QStandardPaths::writableLocation(QStandardPaths::MoviesLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    QDir().mkpath(folder);
    // MKV keeps everything written so far readable if the studio stops unexpectedly.
    const QString path = QDir(folder).filePath(
        QStringLiteral("vitrine-%1.mkv")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    m_recording = OutputController::createRecording(path, m_session->encoders(), this);
    connect(m_recording, &OutputController::stopped, this, &MainWindow::onRecordingStopped);
    QString error;
    if (!m_recording->start(&error)) {
        QMessageBox::warning(this, tr("Recording"), error);
        const QSignalBlocker blocker(m_recordAction);
        m_recordAction->setChecked(false);
        delete m_recording;
        return;
    }
    m_log->markRecordingStarted();
    statusBar()->showMessage(tr("Recording to %1").arg(path), 5000);
}

void MainWindow::onRecordingStopped(int code, const QString& message)
{
    m_log->markRecordingStopped();
    if (code != 0)
        QMessageBox::warning(this, tr("Recording stopped"), message);
    const QSignalBlocker blocker(m_recordAction);
    m_recordAction->setChecked(false);
    if (m_recording)
        m_recording->deleteLater();
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
    if (m_recording && m_recording->state() != OutputController::State::Idle) {
        const auto answer = QMessageBox::question(this, tr("Stop recording?"),
                                                  tr("A recording is running. Stop it and quit?"));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_recording->stop();
    }
    m_store->closeCleanly();
    event->accept();
}

} // namespace vitrine
