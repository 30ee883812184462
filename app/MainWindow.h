#pragma once

#include <QMainWindow>

class QAction;
class QComboBox;
class QLabel;
class QSpinBox;
class QToolBar;

namespace vitrine {

struct ImportReport;
class EventLog;
class LiveState;
class ActionRegistry;
class ChatDock;
class ChatHub;
struct ChatSources;
class Broadcast;
class GoLiveBar;
class KeyStore;
class LiveFigures;
class MixerDock;
class CameraWatch;
class DeviceCatalog;
class ObsDisplay;
class ProgramView;
class PreviewDisplay;
class SceneEditor;
class ScenesDock;
class SourcesDock;
class ProductsDock;
class ShowFileMenu;
class ShowStore;
class StudioSession;

// The studio window: assembles the views, the scene bar, the go-live bar and the docks around a
// StudioSession.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a show; on failure shows why and returns false.
    bool openShow(const QString& path);
    static QString demoShowPath();

    // The window's actions with their shortcuts, for a shortcut editor (ids like "scene.transition").
    ActionRegistry* actions() const { return m_actions; }
    // Studio mode: preview and program side by side; off: the program alone (a presenter on their own).
    void setStudioMode(bool on);
    bool studioMode() const;
    StudioSession* session() const { return m_session; }
    SceneEditor* sceneEditor() const { return m_editor; }
    ShowFileMenu* fileMenu() const { return m_fileMenu; }
    // Milliseconds from process start to the first program frame drawn, or -1 before it.
    qint64 firstProgramFrameMs() const { return m_firstFrameMs; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildSceneBar();
    void buildStudioView();
    void buildMenus(const QString& showPath);
    void updatePreviewSource();
    void openProperties(const QString& source);
    void watchDevices();
    void watchCameras();
    void offerRecovery();
    void onImportCatalogue();
    // The merged chat: its hub (spooled beside the show), the dock, and the chats chosen in settings.
    void buildChat(const QString& showPath);
    void connectChats(const ChatSources& sources);
    void refreshStatus();
    // The go-live bar, its Broadcast and figures, the audio mixer and Settings (golive's parts).
    void buildGoLive();
    void openSettings();
    bool confirmCloseDuringLive();

    ShowStore* m_store = nullptr;
    EventLog* m_log = nullptr;
    LiveState* m_live = nullptr;
    ProductsDock* m_productsDock = nullptr;
    StudioSession* m_session = nullptr;
    ProgramView* m_program = nullptr;
    PreviewDisplay* m_preview = nullptr;
    QWidget* m_previewColumn = nullptr;
    QWidget* m_transitionColumn = nullptr;
    SceneEditor* m_editor = nullptr;
    ScenesDock* m_scenesDock = nullptr;
    SourcesDock* m_sourcesDock = nullptr;
    ActionRegistry* m_actions = nullptr;
    DeviceCatalog* m_devices = nullptr;
    CameraWatch* m_cameraWatch = nullptr;
    QComboBox* m_transitionKind = nullptr;
    QSpinBox* m_transitionDuration = nullptr;
    qint64 m_firstFrameMs = -1;
    QToolBar* m_sceneBar = nullptr;
    QLabel* m_statusLabel = nullptr;
    ChatHub* m_chatHub = nullptr;
    ChatDock* m_chatDock = nullptr;
    KeyStore* m_keys = nullptr;
    Broadcast* m_broadcast = nullptr;
    LiveFigures* m_figures = nullptr;
    GoLiveBar* m_goLiveBar = nullptr;
    MixerDock* m_mixerDock = nullptr;
    ShowFileMenu* m_fileMenu = nullptr;
};

} // namespace vitrine
