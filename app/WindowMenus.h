#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QMainWindow;

namespace vitrine {

class ActionRegistry;
class HelpMenu;
class LiveShow;
class PresenterView;
class RemoteAccess;
class SceneEditor;
class TransitionPanel;

// The window's menus after File: Edit, View, Scene, Show (destinations, chats, catalogue import, replay
// review, end of the show) and Help. What the menus open lives in its own dock, bar or dialog; the window
// hands the calls in.
class WindowMenus : public QObject {
    Q_OBJECT
public:
    struct Calls {
        std::function<void(bool)> setStudioMode;
        std::function<void()> openSettings;
        std::function<void()> openDestinations;
        std::function<void()> chooseChats;
        std::function<void()> importCatalogue;
    };

    WindowMenus(QMainWindow* window, ActionRegistry* actions, LiveShow* show, SceneEditor* editor,
                TransitionPanel* transitions, Calls calls);

    HelpMenu* help() const { return m_help; }
    // The producer remote (Show ▸ Producer remote…); torn down before the show.
    RemoteAccess* remote() const { return m_remote; }
    // Asks, then ends the show (LiveState::endShow); false when the producer kept it.
    bool confirmEndShow();
    // Show ▸ Show report…: the shop's orders export → figures, HTML and PDF beside the show, then where
    // they are (and the export's skipped rows) in a message with Open the PDF.
    void makeReport(const QString& ordersPath);
    // View ▸ Presenter view: opens it (full screen on another screen when there is one), or raises it.
    PresenterView* openPresenterView();

private:
    void buildEdit();
    void buildView();
    void buildScene(TransitionPanel* transitions);
    void buildShow();
    void reviewReplay();

    QMainWindow* m_window;
    ActionRegistry* m_actions;
    LiveShow* m_show;
    SceneEditor* m_editor;
    Calls m_calls;
    HelpMenu* m_help = nullptr;
    QPointer<PresenterView> m_presenter;
    RemoteAccess* m_remote = nullptr;
};

} // namespace vitrine
