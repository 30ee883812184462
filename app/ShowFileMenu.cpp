#include "ShowFileMenu.h"

#include "ActionRegistry.h"
#include "show/ShowDocument.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>

namespace vitrine {
namespace {

const QString kRecentKey = QStringLiteral("shows/recent");

bool launchStudio(const QString& showPath)
{
    return QProcess::startDetached(QCoreApplication::applicationFilePath(), {showPath});
}

} // namespace

ShowFileMenu::ShowFileMenu(QMainWindow* window, ActionRegistry* actions, const QString& currentShow)
    : QObject(window), m_window(window), m_currentShow(QFileInfo(currentShow).absoluteFilePath()),
      m_menu(new QMenu(tr("&File"), window)), m_launcher(launchStudio)
{
    m_menu->setObjectName(QStringLiteral("fileMenu"));
    QAction* create = m_menu->addAction(tr("&New show…"));
    create->setObjectName(QStringLiteral("newShowAction"));
    connect(create, &QAction::triggered, this, &ShowFileMenu::onNew);
    actions->add(QStringLiteral("file.new"), create, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction* open = m_menu->addAction(tr("&Open show…"));
    open->setObjectName(QStringLiteral("openShowAction"));
    connect(open, &QAction::triggered, this, &ShowFileMenu::onOpen);
    actions->add(QStringLiteral("file.open"), open, QKeySequence(Qt::CTRL | Qt::Key_O));
    m_recent = m_menu->addMenu(tr("Open &recent"));
    m_recent->setObjectName(QStringLiteral("recentShowsMenu"));
    connect(m_recent, &QMenu::aboutToShow, this, &ShowFileMenu::refreshRecent);
    m_menu->addSeparator();
    QAction* quit = m_menu->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, window, &QMainWindow::close); // asks first during a live
    actions->add(QStringLiteral("file.quit"), quit, QKeySequence(Qt::CTRL | Qt::Key_Q));

    rememberShow(m_currentShow);
    refreshRecent();
}

QStringList ShowFileMenu::recentShows()
{
    QStringList shows;
    for (const QString& path : QSettings().value(kRecentKey).toStringList())
        if (QFileInfo::exists(path) && !shows.contains(path))
            shows << path;
    return shows;
}

void ShowFileMenu::rememberShow(const QString& path)
{
    QStringList shows = recentShows();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    shows.removeAll(absolute);
    shows.prepend(absolute);
    QSettings().setValue(kRecentKey, shows.mid(0, kRecentLimit));
}

void ShowFileMenu::refreshRecent()
{
    m_recent->clear();
    const QStringList shows = recentShows();
    for (const QString& path : shows) {
        if (path == m_currentShow)
            continue;
        QAction* action = m_recent->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { requestOpen(path); });
    }
    // Never a greyed-out menu without a word: say how the list fills.
    if (m_recent->isEmpty()) {
        QAction* hint =
            m_recent->addAction(tr("No other show opened yet: shows you open or create appear here"));
        hint->setObjectName(QStringLiteral("noRecentShowsHint"));
        hint->setEnabled(false);
    }
}

QString ShowFileMenu::folderForDialogs() const
{
    const QString shows = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return m_currentShow.isEmpty() ? shows : QFileInfo(m_currentShow).absolutePath();
}

void ShowFileMenu::onOpen()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open a show"), folderForDialogs(),
                                                      tr("Vitrine shows (*.vitrine)"));
    if (!path.isEmpty())
        requestOpen(path);
}

void ShowFileMenu::onNew()
{
    QString path = QFileDialog::getSaveFileName(m_window, tr("New show"), folderForDialogs(),
                                                tr("Vitrine shows (*.vitrine)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".vitrine")))
        path += QStringLiteral(".vitrine");
    requestCreate(path);
}

bool ShowFileMenu::requestOpen(const QString& path)
{
    QString error;
    // Checked here, so a broken file is refused while the current show stays open.
    if (!ShowDocument::load(path, &error)) {
        Q_EMIT failed(error);
        return false;
    }
    return switchTo(path);
}

bool ShowFileMenu::requestCreate(const QString& path)
{
    QString error;
    if (QFileInfo::exists(path)) {
        Q_EMIT failed(tr("%1 already exists: open it instead").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    if (!ShowDocument::blank(QFileInfo(path).completeBaseName()).save(path, &error)) {
        Q_EMIT failed(error);
        return false;
    }
    return switchTo(path);
}

bool ShowFileMenu::switchTo(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute == m_currentShow)
        return true;
    // The window closes first: it asks during a live, and its show is saved before the next one opens.
    if (!m_window->close())
        return false;
    rememberShow(absolute);
    if (!m_launcher(absolute)) {
        Q_EMIT failed(tr("Could not start the studio on %1").arg(QDir::toNativeSeparators(absolute)));
        return false;
    }
    return true;
}

} // namespace vitrine
