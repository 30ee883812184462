#pragma once

#include "runtime/RunSettings.h"

#include <QMainWindow>

#include <memory>

class QLabel;

namespace vitrine {

class ActionRegistry;
class CameraWatch;
class ChatDock;
class ClaimsDock;
class DeviceCatalog;
class GoLiveToolBar;
class LiveShow;
class DestinationsDock;
class MixerDock;
class OverlaysDock;
class ProductsDock;
class ProgramView;
class SceneBar;
class SceneEditor;
class ScenesDock;
class ShowFileMenu;
class WindowMenus;
class SourcesDock;
class StudioSession;
class StudioView;

// The studio window: builds the docks, bars and views and connects them to the LiveShow that runs the show.
// Nothing of the show lives here.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // What the command line asks of the window's run.
    struct OpenOptions {
        RunOverrides overrides;
        QString actionsPath;  // a rehearsal script played as soon as the show is open
        QString eventLogPath; // empty: SHOW.events.jsonl beside the show
    };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a show; on failure shows why and returns false.
    bool openShow(const QString& path, const OpenOptions& options = {});

    // The window's actions with their shortcuts, for a shortcut editor (ids like "scene.transition").
    ActionRegistry* actions() const { return m_actions; }
    // Studio mode: preview and program side by side; off: the program alone (a presenter on their own).
    void setStudioMode(bool on);
    bool studioMode() const;
    LiveShow* liveShow() const { return m_show.get(); }
    StudioSession* session() const;
    SceneEditor* sceneEditor() const { return m_editor; }
    ShowFileMenu* fileMenu() const { return m_fileMenu; }
    // Milliseconds from process start to the first program frame drawn, or -1 before it.
    qint64 firstProgramFrameMs() const { return m_firstFrameMs; }
    // Settings (video, output, language, theme, shortcuts); applied to the running show on OK.
    void openSettings();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildDocks();
    void buildMenus(const QString& showPath);
    void buildShortcuts();
    void buildGoLive();
    void buildChat();
    void playRehearsal(const QString& scriptPath);
    void openProperties(const QString& source);
    void watchDevices();
    void watchCameras();
    void onImportCatalogue();
    void refreshStatus();
    void showMessage(const QString& text, int timeoutMs = 10000);

    std::unique_ptr<LiveShow> m_show;
    ActionRegistry* m_actions = nullptr;
    ProgramView* m_program = nullptr;
    StudioView* m_studioView = nullptr;
    SceneBar* m_sceneBar = nullptr;
    SceneEditor* m_editor = nullptr;
    OverlaysDock* m_overlaysDock = nullptr;
    ProductsDock* m_productsDock = nullptr;
    ScenesDock* m_scenesDock = nullptr;
    SourcesDock* m_sourcesDock = nullptr;
    MixerDock* m_mixerDock = nullptr;
    DestinationsDock* m_destinationsDock = nullptr;
    ChatDock* m_chatDock = nullptr;
    ClaimsDock* m_claimsDock = nullptr;
    GoLiveToolBar* m_goLiveBar = nullptr;
    ShowFileMenu* m_fileMenu = nullptr;
    WindowMenus* m_menus = nullptr;
    DeviceCatalog* m_devices = nullptr;
    CameraWatch* m_cameraWatch = nullptr;
    QLabel* m_statusLabel = nullptr;
    qint64 m_firstFrameMs = -1;
};

} // namespace vitrine
