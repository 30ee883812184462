#pragma once

#include <QObject>

class QMenu;
class QWidget;

namespace vitrine {

class ActionRegistry;

// Help: the user guide (the README, shown in the studio: no browser or network needed), the keyboard
// shortcuts as they are set now, and About with the versions of the libraries the studio runs on.
class HelpMenu : public QObject {
    Q_OBJECT
public:
    HelpMenu(QWidget* window, const ActionRegistry* actions, QObject* parent = nullptr);

    QMenu* menu() const { return m_menu; }
    // The README beside the installed program, or the source tree's in a build; empty when neither exists.
    static QString userGuidePath();

    void showUserGuide();
    void showShortcuts();
    void showAbout();

Q_SIGNALS:
    // "Change…" in the shortcuts list: the settings' shortcut editor.
    void changeShortcutsRequested();

private:
    QWidget* m_window;
    const ActionRegistry* m_actions;
    QMenu* m_menu;
};

} // namespace vitrine
