#include "WindowMenus.h"

#include "ActionRegistry.h"
#include "HelpMenu.h"
#include "PresenterView.h"
#include "RemoteAccess.h"
#include "analytics/ShowReportMaker.h"
#include "dialogs/RemoteDialog.h"
#include "dialogs/ReplayReviewWindow.h"
#include "dialogs/ShowDetailsDialog.h"
#include "replay/ReplayFinisher.h"
#include "runtime/LiveShow.h"
#include "scene/ProgramSwitcher.h"
#include "scene/SceneEditor.h"
#include "session/StudioSession.h"
#include "show/EventLog.h"
#include "show/LiveState.h"
#include "show/ShowStore.h"
#include "widgets/TransitionPanel.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>
#include <QUrl>

namespace vitrine {

WindowMenus::WindowMenus(QMainWindow* window, ActionRegistry* actions, LiveShow* show, SceneEditor* editor,
                         TransitionPanel* transitions, Calls calls)
    : QObject(window), m_window(window), m_actions(actions), m_show(show), m_editor(editor),
      m_calls(std::move(calls))
{
    buildEdit();
    buildView();
    buildScene(transitions);
    buildShow();
    m_help = new HelpMenu(window, actions, this);
    connect(m_help, &HelpMenu::changeShortcutsRequested, this, [this] { m_calls.openSettings(); });
    window->menuBar()->addMenu(m_help->menu());
}

void WindowMenus::buildEdit()
{
    QMenu* menu = m_window->menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_editor->undoStack()->createUndoAction(this, tr("&Undo"));
    QAction* redo = m_editor->undoStack()->createRedoAction(this, tr("&Redo"));
    menu->addAction(undo);
    menu->addAction(redo);
    // Fixed names: the actions' own texts follow the stack ("Undo Switch to Interview").
    m_actions->add(QStringLiteral("edit.undo"), undo, QKeySequence(Qt::CTRL | Qt::Key_Z), tr("Undo"));
    m_actions->add(QStringLiteral("edit.redo"), redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z),
                   tr("Redo"));
    menu->addSeparator();
    QAction* settings = menu->addAction(tr("&Settings…"));
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setMenuRole(QAction::PreferencesRole);
    connect(settings, &QAction::triggered, this, [this] { m_calls.openSettings(); });
}

void WindowMenus::buildView()
{
    QMenu* menu = m_window->menuBar()->addMenu(tr("&View"));
    QAction* studio = menu->addAction(tr("&Studio mode"));
    studio->setObjectName(QStringLiteral("studioModeAction"));
    studio->setCheckable(true);
    connect(studio, &QAction::toggled, this, [this](bool on) { m_calls.setStudioMode(on); });
    connect(m_show->studio().switcher(), &ProgramSwitcher::studioModeChanged, studio, &QAction::setChecked);
    m_actions->add(QStringLiteral("view.studioMode"), studio, QKeySequence(Qt::CTRL | Qt::Key_M));
    QAction* presenter = menu->addAction(tr("&Presenter view"));
    presenter->setObjectName(QStringLiteral("presenterViewAction"));
    connect(presenter, &QAction::triggered, this, [this] { openPresenterView(); });
    m_actions->add(QStringLiteral("view.presenter"), presenter,
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), tr("Presenter view"));
    menu->addSeparator();
    for (QDockWidget* dock : m_window->findChildren<QDockWidget*>(QString(), Qt::FindDirectChildrenOnly))
        menu->addAction(dock->toggleViewAction());
}

void WindowMenus::buildScene(TransitionPanel* transitions)
{
    QMenu* menu = m_window->menuBar()->addMenu(tr("S&cene"));
    QAction* transition = menu->addAction(tr("&Transition"));
    transition->setObjectName(QStringLiteral("transitionAction"));
    connect(transition, &QAction::triggered, transitions, &TransitionPanel::takePreview);
    m_actions->add(QStringLiteral("scene.transition"), transition, QKeySequence(Qt::CTRL | Qt::Key_Return));
}

void WindowMenus::buildShow()
{
    QMenu* menu = m_window->menuBar()->addMenu(tr("S&how"));
    menu->setObjectName(QStringLiteral("showMenu"));
    const auto add = [this, menu](const QString& name, const QString& text,
                                  const std::function<void()>& call) {
        QAction* action = menu->addAction(text);
        action->setObjectName(name);
        connect(action, &QAction::triggered, this, [call] { call(); });
        return action;
    };
    add(QStringLiteral("showDetailsAction"), tr("Show d&etails…"), [this] {
        auto* dialog = new ShowDetailsDialog(&m_show->store(), m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    add(QStringLiteral("showDestinationsAction"), tr("&Destinations…"), m_calls.openDestinations);
    add(QStringLiteral("showChatsAction"), tr("&Chats…"), m_calls.chooseChats);
    add(QStringLiteral("showImportAction"), tr("&Import catalogue…"), m_calls.importCatalogue);
    add(QStringLiteral("showReviewReplayAction"), tr("&Review a replay…"), [this] { reviewReplay(); });
    m_remote = new RemoteAccess(*m_show, this);
    m_remote->restore();
    add(QStringLiteral("showRemoteAction"), tr("Producer re&mote…"), [this] {
        auto* dialog = new RemoteDialog(m_remote, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    add(QStringLiteral("showReportAction"), tr("Show &report…"), [this] {
        const QString orders = QFileDialog::getOpenFileName(
            m_window, tr("The shop's orders export"), QFileInfo(m_show->store().path()).absolutePath(),
            tr("Shopify orders export (*.csv);;All files (*)"));
        if (!orders.isEmpty())
            makeReport(orders);
    });
    menu->addSeparator();
    QAction* end = add(QStringLiteral("endShowAction"), tr("&End the show…"), [this] { confirmEndShow(); });
    end->setToolTip(tr("Unpin, stop the promo and the flash sale, and start the run-of-show over"));
    const auto refresh = [this, end] { end->setEnabled(m_show->live().isShowInProgress()); };
    connect(&m_show->live(), &LiveState::changed, end, refresh);
    refresh();
}

PresenterView* WindowMenus::openPresenterView()
{
    if (m_presenter) {
        m_presenter->raise();
        m_presenter->activateWindow();
        return m_presenter;
    }
    m_presenter = new PresenterView(PresenterView::partsOf(*m_show), m_window);
    m_presenter->setAttribute(Qt::WA_DeleteOnClose);
    m_presenter->showOn(m_window);
    return m_presenter;
}

void WindowMenus::makeReport(const QString& orders)
{
    const QString showPath = m_show->store().path();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const ShowReportMaker::Outcome made =
        ShowReportMaker::make({showPath, orders, std::nullopt, ShowReportMaker::defaultFolder(showPath)});
    QApplication::restoreOverrideCursor();
    if (!made.ok) {
        QMessageBox::warning(m_window, tr("No report"), made.error);
        return;
    }
    QString text = tr("The report of %n order(s) is in %1.", nullptr, made.orders)
                       .arg(QDir::toNativeSeparators(QFileInfo(made.pdfPath).absolutePath()));
    if (made.skippedRows > 0)
        text += u'\n' + tr("%n row(s) of the export were skipped:", nullptr, made.skippedRows) + u'\n' +
                made.problems.mid(0, 10).join(u'\n');
    QMessageBox box(QMessageBox::Information, tr("Show report"), text, QMessageBox::Close, m_window);
    QPushButton* open = box.addButton(tr("Open the PDF"), QMessageBox::AcceptRole);
    box.exec();
    if (box.clickedButton() == open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(made.pdfPath));
}

void WindowMenus::reviewReplay()
{
    const QString folder = QFileInfo(m_show->events().path()).absolutePath();
    const QString mp4 = QFileDialog::getOpenFileName(m_window, tr("Review a replay"), folder,
                                                     tr("Replays (*.mp4);;All files (*)"));
    if (mp4.isEmpty())
        return;
    // A headless run keeps its log beside the recording (OUT.events.jsonl); the window's recordings, the
    // show's.
    const QString beside = ReplayFiles::besides(mp4).events;
    ReplayReviewWindow::open(mp4, QFileInfo::exists(beside) ? beside : m_show->events().path(),
                             &m_show->store().document(), m_window);
}

bool WindowMenus::confirmEndShow()
{
    const auto answer = QMessageBox::question(m_window, tr("End the show?"),
                                              tr("The pinned product, the running promo code and flash sale "
                                                 "come off air and the run-of-show starts "
                                                 "over. The show's products, scenes and figures stay."),
                                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;
    m_show->live().endShow();
    return true;
}

} // namespace vitrine
