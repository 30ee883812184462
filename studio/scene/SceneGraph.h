#pragma once

#include "engine/ObsHandles.h"
#include "show/SceneCollection.h"

#include <QDir>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <map>

namespace vitrine {

// The libobs side of a SceneCollection: creates its sources and scenes, places items, and puts a scene on
// air.
class SceneGraph : public QObject {
    Q_OBJECT
public:
    // baseDir resolves the relative file paths a show file holds.
    explicit SceneGraph(const QDir& baseDir, QObject* parent = nullptr);
    ~SceneGraph() override;

    // Builds everything; returns false (and builds nothing) if a source kind is missing from libobs.
    [[nodiscard]] bool build(const SceneCollection& collection, QString* error);
    [[nodiscard]] bool setProgramScene(const QString& name, QString* error);
    QString programScene() const { return m_programScene; }

    QDir baseDir() const { return m_baseDir; }
    obs_source_t* source(const QString& name) const;
    obs_scene_t* scene(const QString& name) const;
    obs_source_t* sceneSource(const QString& name) const;
    // The libobs item of a scene's index-th item (bottom to top), or null.
    obs_sceneitem_t* item(const QString& scene, int index) const;

    // Brings libobs from `from` to `to` (scene and source names identify them; `renamedScenes` maps old to
    // new names so a renamed scene keeps its libobs scene). Returns false with a message if a new source
    // cannot be created; what could be applied is applied.
    [[nodiscard]] bool apply(const SceneCollection& from, const SceneCollection& to,
                             const QHash<QString, QString>& renamedScenes, QString* error);
    // Places one item as its spec says (position, scale, crop, visibility, lock).
    static void placeItem(obs_sceneitem_t* item, const SceneItemSpec& spec);

    // The libobs source id a kind is created with on this platform.
    static const char* obsSourceId(SourceKind kind);

private:
    OBSDataAutoRelease settingsFor(const SourceSpec& spec) const;
    [[nodiscard]] bool createSource(const SourceSpec& spec, QString* error);
    void fillScene(const SceneSpec& spec);
    void removeScene(const QString& name);
    static QJsonObject mediaPipelines(const QString& name, const QJsonObject& media);
    void clear();

    QDir m_baseDir;
    std::map<QString, OBSSourceAutoRelease> m_sources;
    std::map<QString, OBSSceneAutoRelease> m_scenes;
    std::map<QString, QList<OBSSceneItem>> m_items; // per scene, bottom to top
    QList<int> m_audioChannels;
    QString m_programScene;
};

} // namespace vitrine
