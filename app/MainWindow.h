#pragma once

#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QToolBar;

namespace vitrine {

struct ImportReport;
class EventLog;
class LiveState;
class ObsDisplay;
class OutputController;
class ProductsDock;
class ShowStore;
class StudioSession;

// The studio window: assembles the program view, the scene bar and the record control around a StudioSession.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a show; on failure shows why and returns false.
    bool openShow(const QString& path);
    static QString demoShowPath();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildSceneBar();
    void offerRecovery();
    void onImportCatalogue();
    void onRecordToggled(bool checked);
    void onRecordingStopped(int code, const QString& message);
    void refreshStatus();

    ShowStore* m_store = nullptr;
    EventLog* m_log = nullptr;
    LiveState* m_live = nullptr;
    ProductsDock* m_productsDock = nullptr;
    StudioSession* m_session = nullptr;
    ObsDisplay* m_program = nullptr;
    QToolBar* m_sceneBar = nullptr;
    QAction* m_recordAction = nullptr;
    QLabel* m_statusLabel = nullptr;
    QPointer<OutputController> m_recording;
};

} // namespace vitrine
