#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

class QMainWindow;
class QMenu;

namespace vitrine {

class ActionRegistry;

// The window's File menu: New show…, Open show…, Open recent, Quit. The window is assembled around one show
// (libobs, the docks, the outputs), so another show opens in a fresh studio process once this window closed
// (it asks first during a live), as OBS Studio restarts itself to change what it was started with.
class ShowFileMenu : public QObject {
    Q_OBJECT
public:
    static constexpr int kRecentLimit = 10;
    // Starts the studio on a show; false when it could not be started.
    using Launcher = std::function<bool(const QString& showPath)>;

    ShowFileMenu(QMainWindow* window, ActionRegistry* actions, const QString& currentShow);

    QMenu* menu() const { return m_menu; }
    // Tests replace the launcher so nothing is started.
    void setLauncher(Launcher launcher) { m_launcher = std::move(launcher); }

    // Opens a show (after checking it loads); false with the reason shown when it does not.
    bool requestOpen(const QString& path);
    // Writes a new, blank show at `path` (replacing none) and opens it; false with the reason shown.
    bool requestCreate(const QString& path);

    // The shows opened lately, newest first; those that no longer exist are left out.
    static QStringList recentShows();
    static void rememberShow(const QString& path);

Q_SIGNALS:
    void failed(const QString& message);

private:
    void onNew();
    void onOpen();
    void refreshRecent();
    bool switchTo(const QString& path);
    QString folderForDialogs() const;

    QMainWindow* m_window;
    QString m_currentShow;
    QMenu* m_menu;
    QMenu* m_recent;
    Launcher m_launcher;
};

} // namespace vitrine
