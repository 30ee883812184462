#pragma once

#include "engine/ObsHandles.h"
#include "scene/SceneCollection.h"

#include <QDir>
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
    explicit SceneGraph(QDir baseDir, QObject* parent = nullptr);
    ~SceneGraph() override;

    // Builds everything; returns false (and builds nothing) if a source kind is missing from libobs.
    [[nodiscard]] bool build(const SceneCollection& collection, QString* error);
    [[nodiscard]] bool setProgramScene(const QString& name, QString* error);
    QString programScene() const { return m_programScene; }

    obs_source_t* source(const QString& name) const;
    obs_scene_t* scene(const QString& name) const;

    // The libobs source id a kind is created with on this platform.
    static const char* obsSourceId(SourceKind kind);

private:
    OBSDataAutoRelease settingsFor(const SourceSpec& spec) const;
    static QJsonObject mediaPipelines(const QString& name, const QJsonObject& media);
    void clear();

    QDir m_baseDir;
    std::map<QString, OBSSourceAutoRelease> m_sources;
    std::map<QString, OBSSceneAutoRelease> m_scenes;
    QList<int> m_audioChannels;
    QString m_programScene;
};

} // namespace vitrine
