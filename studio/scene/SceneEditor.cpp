#include "scene/SceneEditor.h"

#include "scene/ProgramSwitcher.h"
#include "scene/SceneGraph.h"
#include "show/ShowStore.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <algorithm>

namespace vitrine {
namespace {

// One edit: the collection before and after. Snapshots keep undo exact whatever the edit was.
class SceneEditCommand : public QUndoCommand {
public:
    SceneEditCommand(SceneEditor* editor, const QString& text, SceneCollection before, SceneCollection after,
                     QHash<QString, QString> renamed, int mergeKey)
        : QUndoCommand(text), m_editor(editor), m_before(std::move(before)), m_after(std::move(after)),
          m_renamed(std::move(renamed)), m_mergeKey(mergeKey)
    {
    }

    void redo() override { m_editor->apply(m_after, m_renamed); }
    void undo() override
    {
        QHash<QString, QString> back;
        for (auto it = m_renamed.begin(); it != m_renamed.end(); ++it)
            back.insert(it.value(), it.key());
        m_editor->apply(m_before, back);
    }
    int id() const override { return m_mergeKey == 0 ? -1 : m_mergeKey; }
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* next = static_cast<const SceneEditCommand*>(other);
        if (next->m_mergeKey != m_mergeKey || !next->m_renamed.isEmpty() || !m_renamed.isEmpty())
            return false;
        m_after = next->m_after;
        return true;
    }

private:
    SceneEditor* m_editor;
    SceneCollection m_before;
    SceneCollection m_after;
    QHash<QString, QString> m_renamed;
    int m_mergeKey;
};

// A switch of the program scene, undone by switching back (with the transition, as a producer would).
class TakeToProgramCommand : public QUndoCommand {
public:
    TakeToProgramCommand(ProgramSwitcher* switcher, QString from, QString to)
        : QUndoCommand(QCoreApplication::translate("vitrine::SceneEditor", "Switch to “%1”").arg(to)),
          m_switcher(switcher), m_from(std::move(from)), m_to(std::move(to))
    {
    }
    void redo() override { m_switcher->takeToProgram(m_to); }
    void undo() override { m_switcher->takeToProgram(m_from); }

private:
    ProgramSwitcher* m_switcher;
    QString m_from;
    QString m_to;
};

} // namespace

SceneEditor::SceneEditor(ShowStore* store, SceneGraph* graph, ProgramSwitcher* switcher, QObject* parent)
    : QObject(parent), m_store(store), m_graph(graph), m_switcher(switcher)
{
    m_undo.setUndoLimit(200);
    if (m_switcher)
        connect(m_switcher, &ProgramSwitcher::programSceneChanged, this, [this](const QString& name) {
            if (m_store->document().scenes.programScene != name)
                m_store->update([&name](ShowDocument& show) { show.scenes.programScene = name; });
        });
}

const SceneCollection& SceneEditor::collection() const
{
    return m_store->document().scenes;
}

bool SceneEditor::nameTaken(const QString& name) const
{
    return collection().scene(name) || collection().source(name);
}

QString SceneEditor::uniqueName(const QString& base) const
{
    if (!nameTaken(base))
        return base;
    for (int n = 2;; ++n) {
        const QString name = QStringLiteral("%1 %2").arg(base).arg(n);
        if (!nameTaken(name))
            return name;
    }
}

SceneItemSpec* SceneEditor::itemAt(SceneCollection& collection, const QString& scene, int index,
                                   QString* error) const
{
    for (SceneSpec& spec : collection.scenes) {
        if (spec.name != scene)
            continue;
        if (index < 0 || index >= spec.items.size()) {
            *error = tr("scene “%1” has no item %2").arg(scene).arg(index);
            return nullptr;
        }
        return &spec.items[index];
    }
    *error = tr("there is no scene “%1”").arg(scene);
    return nullptr;
}

bool SceneEditor::push(const QString& text, const SceneCollection& after, QString* error,
                       const QHash<QString, QString>& renamedScenes, int mergeKey)
{
    const QStringList problems = after.validate();
    if (!problems.isEmpty()) {
        *error = problems.join(u'\n');
        return false;
    }
    m_undo.push(new SceneEditCommand(this, text, collection(), after, renamedScenes, mergeKey));
    return true;
}

void SceneEditor::apply(const SceneCollection& to, const QHash<QString, QString>& renamedScenes)
{
    const SceneCollection before = collection();
    QString error;
    if (!m_graph->apply(before, to, renamedScenes, &error))
        Q_EMIT failed(error);
    SceneCollection target = to;
    target.programScene = before.programScene;
    if (m_switcher) {
        for (auto it = renamedScenes.begin(); it != renamedScenes.end(); ++it)
            m_switcher->renameScene(it.key(), it.value());
        // The scene on air was removed: the first scene goes on air at once, never nothing.
        if (!target.scene(m_switcher->programScene()) && !target.scenes.isEmpty())
            m_switcher->cutToProgram(target.scenes.first().name);
        if (!target.scene(m_switcher->previewScene()))
            m_switcher->setPreviewScene(m_switcher->programScene());
        target.programScene = m_switcher->programScene();
    }
    m_store->update([&target](ShowDocument& show) { show.scenes = target; });
    Q_EMIT collectionChanged();
}

bool SceneEditor::requestAddScene(const QString& name, QString* error)
{
    if (name.trimmed().isEmpty() || nameTaken(name)) {
        *error = tr("the name “%1” is empty or already used").arg(name);
        return false;
    }
    SceneCollection after = collection();
    after.scenes.append(SceneSpec{name, {}});
    return push(tr("Add scene “%1”").arg(name), after, error);
}

bool SceneEditor::requestRenameScene(const QString& from, const QString& to, QString* error)
{
    if (!collection().scene(from)) {
        *error = tr("there is no scene “%1”").arg(from);
        return false;
    }
    if (from == to)
        return true;
    if (to.trimmed().isEmpty() || nameTaken(to)) {
        *error = tr("the name “%1” is empty or already used").arg(to);
        return false;
    }
    SceneCollection after = collection();
    for (SceneSpec& scene : after.scenes) {
        if (scene.name == from)
            scene.name = to;
        for (SceneItemSpec& item : scene.items) // nested scenes follow
            if (item.source == from)
                item.source = to;
    }
    if (after.programScene == from)
        after.programScene = to;
    return push(tr("Rename scene “%1” to “%2”").arg(from, to), after, error, {{from, to}});
}

bool SceneEditor::requestDuplicateScene(const QString& name, const QString& copyName, QString* error)
{
    const SceneSpec* original = collection().scene(name);
    if (!original) {
        *error = tr("there is no scene “%1”").arg(name);
        return false;
    }
    if (copyName.trimmed().isEmpty() || nameTaken(copyName)) {
        *error = tr("the name “%1” is empty or already used").arg(copyName);
        return false;
    }
    SceneCollection after = collection();
    SceneSpec copy = *original;
    copy.name = copyName;
    const auto at = std::find_if(after.scenes.begin(), after.scenes.end(),
                                 [&name](const SceneSpec& scene) { return scene.name == name; });
    after.scenes.insert(at - after.scenes.begin() + 1, copy);
    return push(tr("Duplicate scene “%1”").arg(name), after, error);
}

bool SceneEditor::requestRemoveScene(const QString& name, QString* error)
{
    if (!collection().scene(name)) {
        *error = tr("there is no scene “%1”").arg(name);
        return false;
    }
    if (collection().scenes.size() == 1) {
        *error = tr("a show keeps at least one scene");
        return false;
    }
    SceneCollection after = collection();
    after.scenes.removeIf([&name](const SceneSpec& scene) { return scene.name == name; });
    for (SceneSpec& scene : after.scenes)
        scene.items.removeIf([&name](const SceneItemSpec& item) { return item.source == name; });
    if (after.programScene == name)
        after.programScene = after.scenes.first().name;
    return push(tr("Remove scene “%1”").arg(name), after, error);
}

bool SceneEditor::requestMoveScene(const QString& name, int newIndex, QString* error)
{
    SceneCollection after = collection();
    const auto at = std::find_if(after.scenes.begin(), after.scenes.end(),
                                 [&name](const SceneSpec& scene) { return scene.name == name; });
    if (at == after.scenes.end()) {
        *error = tr("there is no scene “%1”").arg(name);
        return false;
    }
    newIndex = std::clamp(newIndex, 0, static_cast<int>(after.scenes.size()) - 1);
    const int from = static_cast<int>(at - after.scenes.begin());
    if (from == newIndex)
        return true;
    after.scenes.move(from, newIndex);
    return push(tr("Move scene “%1”").arg(name), after, error);
}

bool SceneEditor::requestAddSource(const SourceSpec& source, const QString& scene, QString* error)
{
    if (source.name.trimmed().isEmpty() || nameTaken(source.name)) {
        *error = tr("the name “%1” is empty or already used").arg(source.name);
        return false;
    }
    if (!collection().scene(scene)) {
        *error = tr("there is no scene “%1”").arg(scene);
        return false;
    }
    const char* id = SceneGraph::obsSourceId(source.kind);
    if (!obs_source_get_display_name(id)) {
        *error = tr("sources of kind “%1” are not available here").arg(sourceKindName(source.kind));
        return false;
    }
    SceneCollection after = collection();
    after.sources.append(source);
    for (SceneSpec& spec : after.scenes)
        if (spec.name == scene)
            spec.items.append(SceneItemSpec{source.name});
    return push(tr("Add source “%1”").arg(source.name), after, error);
}

bool SceneEditor::requestRenameSource(const QString& from, const QString& to, QString* error)
{
    if (!collection().source(from)) {
        *error = tr("there is no source “%1”").arg(from);
        return false;
    }
    const QString name = to.trimmed();
    if (name == from)
        return true;
    if (name.isEmpty() || nameTaken(name)) {
        *error = tr("the name “%1” is empty or already used").arg(name);
        return false;
    }
    SceneCollection after = collection();
    for (SourceSpec& source : after.sources)
        if (source.name == from)
            source.name = name;
    for (SceneSpec& scene : after.scenes)
        for (SceneItemSpec& item : scene.items)
            if (item.source == from)
                item.source = name;
    for (QString& audio : after.globalAudio)
        if (audio == from)
            audio = name;
    return push(tr("Rename source “%1” to “%2”").arg(from, name), after, error);
}

bool SceneEditor::requestRemoveItem(const QString& scene, int index, QString* error)
{
    SceneCollection after = collection();
    const SceneItemSpec* item = itemAt(after, scene, index, error);
    if (!item)
        return false;
    const QString source = item->source;
    for (SceneSpec& spec : after.scenes)
        if (spec.name == scene)
            spec.items.removeAt(index);
    bool stillShown = after.globalAudio.contains(source);
    for (const SceneSpec& spec : std::as_const(after.scenes))
        for (const SceneItemSpec& other : spec.items)
            stillShown = stillShown || other.source == source;
    if (!stillShown)
        after.sources.removeIf([&source](const SourceSpec& spec) { return spec.name == source; });
    return push(tr("Remove “%1” from “%2”").arg(source, scene), after, error);
}

bool SceneEditor::requestMoveItem(const QString& scene, int from, int to, QString* error)
{
    SceneCollection after = collection();
    if (!itemAt(after, scene, from, error) || !itemAt(after, scene, to, error))
        return false;
    if (from == to)
        return true;
    for (SceneSpec& spec : after.scenes)
        if (spec.name == scene)
            spec.items.move(from, to);
    return push(tr("Reorder “%1”").arg(scene), after, error);
}

bool SceneEditor::requestSetItemVisible(const QString& scene, int index, bool visible, QString* error)
{
    SceneCollection after = collection();
    SceneItemSpec* item = itemAt(after, scene, index, error);
    if (!item)
        return false;
    item->visible = visible;
    return push(visible ? tr("Show “%1”").arg(item->source) : tr("Hide “%1”").arg(item->source), after,
                error);
}

bool SceneEditor::requestSetSceneHiddenOverlays(const QString& name, const QStringList& kinds, QString* error)
{
    SceneCollection after = collection();
    const auto scene = std::find_if(after.scenes.begin(), after.scenes.end(),
                                    [&name](const SceneSpec& spec) { return spec.name == name; });
    if (scene == after.scenes.end()) {
        *error = tr("no scene “%1”").arg(name);
        return false;
    }
    if (scene->hiddenOverlays == kinds)
        return true;
    scene->hiddenOverlays = kinds;
    return push(tr("Overlays of “%1”").arg(name), after, error);
}

bool SceneEditor::requestSetItemLocked(const QString& scene, int index, bool locked, QString* error)
{
    SceneCollection after = collection();
    SceneItemSpec* item = itemAt(after, scene, index, error);
    if (!item)
        return false;
    item->locked = locked;
    return push(locked ? tr("Lock “%1”").arg(item->source) : tr("Unlock “%1”").arg(item->source), after,
                error);
}

bool SceneEditor::requestSetItemTransform(const QString& scene, int index, const SceneItemSpec& spec,
                                          int mergeKey, QString* error)
{
    SceneCollection after = collection();
    SceneItemSpec* item = itemAt(after, scene, index, error);
    if (!item)
        return false;
    if (item->source != spec.source) {
        *error = tr("item %1 of “%2” is not “%3”").arg(index).arg(scene, spec.source);
        return false;
    }
    if (*item == spec)
        return true;
    *item = spec;
    return push(tr("Move “%1”").arg(spec.source), after, error, {}, mergeKey);
}

bool SceneEditor::requestSetSourceSettings(const QString& source, const QJsonObject& settings, QString* error)
{
    SceneCollection after = collection();
    for (SourceSpec& spec : after.sources) {
        if (spec.name != source)
            continue;
        if (spec.settings == settings)
            return true;
        spec.settings = settings;
        return push(tr("Change properties of “%1”").arg(source), after, error);
    }
    *error = tr("there is no source “%1”").arg(source);
    return false;
}

bool SceneEditor::requestTakeToProgram(const QString& scene, QString* error)
{
    if (!m_switcher || !collection().scene(scene)) {
        *error = tr("there is no scene “%1”").arg(scene);
        return false;
    }
    if (scene == m_switcher->programScene())
        return true;
    m_undo.push(new TakeToProgramCommand(m_switcher, m_switcher->programScene(), scene));
    return true;
}

} // namespace vitrine
