#pragma once

#include "show/SceneCollection.h"

#include <QDockWidget>
#include <QSize>

class QMenu;
class QTreeWidget;

namespace vitrine {

class DeviceCatalog;
class ProgramSwitcher;
class SceneEditor;

// The items of the scene being edited (the preview in studio mode, else the program), top of the stack first:
// add a source of any kind, remove, reorder, show/hide and lock — each an undoable edit. Right-click on a
// source offers the same (and rename) in a menu.
class SourcesDock : public QDockWidget {
    Q_OBJECT
public:
    SourcesDock(SceneEditor* editor, ProgramSwitcher* switcher, QWidget* parent = nullptr);

    QString scene() const;
    // The selected item's index in its scene (0 = bottom), or -1.
    int currentIndex() const;
    void setCurrentIndex(int index);

    // The cameras and microphones plugged in: adding one when there is none says so first.
    void setDeviceCatalog(DeviceCatalog* devices) { m_devices = devices; }

    // Asks for a name and adds a source of this kind on top of the scene.
    void addSource(SourceKind kind);
    void removeCurrent();
    // Asks first, then removes the selected item from the scene.
    void confirmRemoveCurrent();
    void renameCurrent();
    void toggleCurrentVisible();
    void moveCurrent(int delta);
    // The right-click menu for the selected item (caller owns it): properties, rename, hide or show,
    // remove, bring forward, send backward. nullptr when nothing is selected.
    QMenu* createItemMenu(QWidget* parent);
    // Settings a new source of a kind starts with.
    static QJsonObject defaultSettings(SourceKind kind, QSize canvas);
    static QString kindLabel(SourceKind kind);

Q_SIGNALS:
    void currentItemChanged(const QString& scene, int index);
    void propertiesRequested(const QString& source);

private:
    void refresh();
    void report(bool ok, const QString& error);
    int rowToIndex(int row) const;
    QString currentSource() const;
    bool confirmNoDevice(SourceKind kind);

    SceneEditor* m_editor;
    ProgramSwitcher* m_switcher;
    QTreeWidget* m_tree;
    QMenu* m_addMenu;
    DeviceCatalog* m_devices = nullptr;
};

} // namespace vitrine
