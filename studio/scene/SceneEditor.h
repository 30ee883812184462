#pragma once

#include "show/SceneCollection.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QUndoStack>

namespace vitrine {

class ProgramSwitcher;
class SceneGraph;
class ShowStore;

// Every edit of the show's scenes and sources, as undoable commands: each request checks the edit, and a
// request that fails changes nothing. A command applies its scene collection to the show (so autosave keeps
// it) and to libobs. Merge ids let a run of nudges of one item undo as one step.
class SceneEditor : public QObject {
    Q_OBJECT
public:
    SceneEditor(ShowStore* store, SceneGraph* graph, ProgramSwitcher* switcher, QObject* parent = nullptr);

    QUndoStack* undoStack() { return &m_undo; }
    const SceneCollection& collection() const;

    bool requestAddScene(const QString& name, QString* error);
    bool requestRenameScene(const QString& from, const QString& to, QString* error);
    bool requestDuplicateScene(const QString& name, const QString& copyName, QString* error);
    bool requestRemoveScene(const QString& name, QString* error);
    bool requestMoveScene(const QString& name, int newIndex, QString* error);
    // The on-air overlays a scene hides, by key ("card"); undoable like the other edits.
    bool requestSetSceneHiddenOverlays(const QString& name, const QStringList& kinds, QString* error);

    // Adds a new source and shows it on top of a scene.
    bool requestAddSource(const SourceSpec& source, const QString& scene, QString* error);
    // Renames a source everywhere it is shown (every scene, the global audio).
    bool requestRenameSource(const QString& from, const QString& to, QString* error);
    // Removes an item from a scene; a source no scene shows any more is removed from the show too.
    bool requestRemoveItem(const QString& scene, int index, QString* error);
    // Moves an item in the stacking order (0 = bottom).
    bool requestMoveItem(const QString& scene, int from, int to, QString* error);
    bool requestSetItemVisible(const QString& scene, int index, bool visible, QString* error);
    bool requestSetItemLocked(const QString& scene, int index, bool locked, QString* error);
    // Position, scale and crop from a mouse drag or arrow keys. Edits with the same non-zero mergeKey in a
    // row undo as one.
    bool requestSetItemTransform(const QString& scene, int index, const SceneItemSpec& spec, int mergeKey,
                                 QString* error);
    bool requestSetSourceSettings(const QString& source, const QJsonObject& settings, QString* error);

    // Takes a scene to program with the current transition, as an undoable step.
    bool requestTakeToProgram(const QString& scene, QString* error);

    // A name not used by any scene or source, from a base ("Scene", "Scene 2", …).
    QString uniqueName(const QString& base) const;

    // Applies a collection (used by the commands). The program scene is not part of undo.
    void apply(const SceneCollection& to, const QHash<QString, QString>& renamedScenes);

Q_SIGNALS:
    void collectionChanged();
    void failed(const QString& message);

private:
    bool push(const QString& text, const SceneCollection& after, QString* error,
              const QHash<QString, QString>& renamedScenes = {}, int mergeKey = 0);
    bool nameTaken(const QString& name) const;
    SceneItemSpec* itemAt(SceneCollection& collection, const QString& scene, int index, QString* error) const;

    ShowStore* m_store;
    SceneGraph* m_graph;
    ProgramSwitcher* m_switcher;
    QUndoStack m_undo;
};

} // namespace vitrine
