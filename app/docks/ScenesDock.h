#pragma once

#include <QDockWidget>

class QListWidget;
class QMenu;

namespace vitrine {

class ProgramSwitcher;
class SceneEditor;

// The show's scenes: pick one (preview in studio mode, program otherwise; double-click takes it to program),
// add, rename, duplicate, remove and reorder them — each an undoable edit.
class ScenesDock : public QDockWidget {
    Q_OBJECT
public:
    ScenesDock(SceneEditor* editor, ProgramSwitcher* switcher, QWidget* parent = nullptr);

    // Asks for a name (prefilled with a free one) and adds a scene.
    void addScene();
    void renameCurrent();
    void duplicateCurrent();
    void removeCurrent();
    void moveCurrent(int delta);
    QString currentScene() const;
    // Shows or hides one on-air overlay (by key) on a scene: an undoable edit of the scene.
    void setOverlayShown(const QString& scene, const QString& kind, bool shown);

private:
    void refresh();
    void report(bool ok, const QString& error);
    void fillOverlaysMenu(QMenu* menu);

    SceneEditor* m_editor;
    ProgramSwitcher* m_switcher;
    QListWidget* m_list;
};

} // namespace vitrine
