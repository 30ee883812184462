#pragma once

#include "show/SceneCollection.h"

#include <QDockWidget>
#include <QSize>

class QMenu;
class QTreeWidget;

namespace vitrine {

class ProgramSwitcher;
class SceneEditor;

// The items of the scene being edited (the preview in studio mode, else the program), top of the stack first:
// add a source of any kind, remove, reorder, show/hide and lock — each an undoable edit.
class SourcesDock : public QDockWidget {
    Q_OBJECT
public:
    SourcesDock(SceneEditor* editor, ProgramSwitcher* switcher, QWidget* parent = nullptr);

    QString scene() const;
    // The selected item's index in its scene (0 = bottom), or -1.
    int currentIndex() const;
    void setCurrentIndex(int index);

    // Asks for a name and adds a source of this kind on top of the scene.
    void addSource(SourceKind kind);
    void removeCurrent();
    void moveCurrent(int delta);
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

    SceneEditor* m_editor;
    ProgramSwitcher* m_switcher;
    QTreeWidget* m_tree;
    QMenu* m_addMenu;
};

} // namespace vitrine
