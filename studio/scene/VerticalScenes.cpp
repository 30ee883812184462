#include "scene/VerticalScenes.h"

#include "scene/SceneGraph.h"
#include "scene/VerticalLayout.h"

namespace vitrine {
namespace {

// Sources that are a moving picture: at the canvas's origin with no size known yet, they fill it.
bool isPicture(SourceKind kind)
{
    return kind == SourceKind::Camera || kind == SourceKind::Media || kind == SourceKind::GStreamer ||
           kind == SourceKind::ScreenCapture;
}

} // namespace

VerticalScenes::VerticalScenes(const SceneGraph& graph, QSize landscape, QSize vertical)
    : m_graph(graph), m_landscape(landscape), m_vertical(vertical)
{
}

VerticalScenes::~VerticalScenes() = default;

void VerticalScenes::build(const SceneCollection& collection)
{
    m_scenes.clear();
    m_built = collection;
    // Scenes first, items second: a scene may show another scene.
    for (const SceneSpec& spec : collection.scenes) {
        const QByteArray name = "vitrine vertical " + spec.name.toUtf8();
        m_scenes.emplace(spec.name, obs_scene_create_private(name.constData()));
    }
    for (const SceneSpec& spec : collection.scenes)
        fill(spec, collection);
}

void VerticalScenes::fill(const SceneSpec& spec, const SceneCollection& collection)
{
    obs_scene_t* scene = m_scenes.at(spec.name);
    for (const SceneItemSpec& itemSpec : spec.items) {
        obs_source_t* source = m_graph.source(itemSpec.source);
        bool picture = false;
        QSizeF size;
        if (source) {
            const SourceSpec* sourceSpec = collection.source(itemSpec.source);
            picture = sourceSpec && isPicture(sourceSpec->kind);
            size = QSizeF(obs_source_get_width(source), obs_source_get_height(source));
        } else {
            source = sceneSource(itemSpec.source); // a nested scene: its vertical counterpart
            size = QSizeF(m_landscape);
        }
        if (!source)
            continue;
        obs_sceneitem_t* item = obs_scene_add(scene, source); // owned by the scene
        if (!item)
            continue;
        const VerticalPlacement placement =
            verticalPlacement(itemSpec, size, picture, m_landscape, m_vertical);
        obs_sceneitem_defer_update_begin(item);
        const obs_sceneitem_crop crop{itemSpec.crop.left, itemSpec.crop.top, itemSpec.crop.right,
                                      itemSpec.crop.bottom};
        obs_sceneitem_set_crop(item, &crop);
        vec2 position;
        vec2 scale;
        if (placement.cover) {
            // Scaled to the outer rectangle and centred in it: what overflows the canvas is not drawn.
            vec2 bounds;
            vec2_set(&bounds, static_cast<float>(m_vertical.width()),
                     static_cast<float>(m_vertical.height()));
            obs_sceneitem_set_bounds_type(item, OBS_BOUNDS_SCALE_OUTER);
            obs_sceneitem_set_bounds_alignment(item, OBS_ALIGN_CENTER);
            obs_sceneitem_set_bounds(item, &bounds);
            vec2_set(&position, 0.0F, 0.0F);
            vec2_set(&scale, 1.0F, 1.0F);
        } else {
            vec2_set(&position, static_cast<float>(placement.position.x()),
                     static_cast<float>(placement.position.y()));
            vec2_set(&scale, static_cast<float>(placement.scaleX), static_cast<float>(placement.scaleY));
        }
        obs_sceneitem_set_pos(item, &position);
        obs_sceneitem_set_scale(item, &scale);
        obs_sceneitem_set_visible(item, itemSpec.visible);
        obs_sceneitem_defer_update_end(item);
    }
}

obs_source_t* VerticalScenes::sceneSource(const QString& name) const
{
    const auto it = m_scenes.find(name);
    return it == m_scenes.end() ? nullptr : obs_scene_get_source(it->second);
}

} // namespace vitrine
