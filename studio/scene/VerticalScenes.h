#pragma once

#include "engine/ObsHandles.h"
#include "show/SceneCollection.h"

#include <QSize>
#include <QString>

#include <map>

namespace vitrine {

class SceneGraph;

// The vertical counterpart of every scene of the show: private libobs scenes (never listed, never saved)
// holding the landscape scenes' own sources, placed for the vertical canvas by verticalPlacement(). A scene
// showing another scene shows its vertical counterpart.
class VerticalScenes {
public:
    // `graph` holds the sources and outlives this.
    VerticalScenes(const SceneGraph& graph, QSize landscape, QSize vertical);
    ~VerticalScenes();
    VerticalScenes(const VerticalScenes&) = delete;
    VerticalScenes& operator=(const VerticalScenes&) = delete;

    // (Re)builds every vertical scene from the show's scenes; earlier ones are let go.
    void build(const SceneCollection& collection);
    // The vertical scene of a landscape scene, or null.
    obs_source_t* sceneSource(const QString& name) const;
    const SceneCollection& builtFrom() const { return m_built; }

private:
    void fill(const SceneSpec& spec, const SceneCollection& collection);

    const SceneGraph& m_graph;
    QSize m_landscape;
    QSize m_vertical;
    SceneCollection m_built;
    std::map<QString, OBSSceneAutoRelease> m_scenes;
};

} // namespace vitrine
