#include "scene/SceneGraph.h"

#include "engine/GstreamerSource.h"
#include "engine/MediaProbe.h"
#include "engine/ObsLog.h"

#include <QJsonDocument>

namespace vitrine {
namespace {

// libobs output channels 0 is the program; OBS keeps 1..6 for global audio devices, and so do we.
constexpr int kFirstGlobalAudioChannel = 1;
constexpr int kLastGlobalAudioChannel = 6;

} // namespace

SceneGraph::SceneGraph(const QDir& baseDir, QObject* parent) : QObject(parent), m_baseDir(baseDir) {}

SceneGraph::~SceneGraph()
{
    clear();
}

const char* SceneGraph::obsSourceId(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Color:
        return "color_source_v3";
    case SourceKind::Image:
        return "image_source";
    case SourceKind::Text:
        return "text_ft2_source_v2";
    case SourceKind::Media:
        return kGstreamerSourceId; // see mediaPipelines()
    case SourceKind::Camera:
        return "v4l2_input";
    case SourceKind::ScreenCapture:
        return "xshm_input";
    case SourceKind::GStreamer:
        return kGstreamerSourceId;
    case SourceKind::Microphone:
        return "pulse_input_capture";
    }
    return "";
}

OBSDataAutoRelease SceneGraph::settingsFor(const SourceSpec& spec) const
{
    QJsonObject settings = spec.settings;
    // Show files keep paths relative to themselves so a show folder can be moved or shared.
    auto resolve = [&](const QString& key) {
        const QString path = settings.value(key).toString();
        if (!path.isEmpty())
            settings.insert(key, QDir::cleanPath(m_baseDir.absoluteFilePath(path)));
    };
    if (spec.kind == SourceKind::Image)
        resolve(QStringLiteral("file"));
    if (spec.kind == SourceKind::Media) {
        resolve(QStringLiteral("local_file"));
        settings = mediaPipelines(spec.name, settings);
    }
    const QByteArray json = QJsonDocument(settings).toJson(QJsonDocument::Compact);
    return obs_data_create_from_json(json.constData());
}

// Media files play through GStreamer rather than OBS's ffmpeg_source so that, like cameras, their frames
// reach libobs in the format the renderer draws cheapest (BGRx on llvmpipe saves a full-frame shader pass per
// frame). The show file keeps OBS's vocabulary: local_file (or input, a URL, with is_local_file false) and
// looping.
QJsonObject SceneGraph::mediaPipelines(const QString& name, const QJsonObject& media)
{
    const bool local = media.value(QStringLiteral("is_local_file")).toBool(true);
    const QString location =
        media.value(local ? QStringLiteral("local_file") : QStringLiteral("input")).toString();
    // Both keys always present: an absent one would fall back to the source kind's test-pattern default.
    QJsonObject settings{{QStringLiteral("looping"), media.value(QStringLiteral("looping")).toBool(false)},
                         {QStringLiteral("pipeline"), QString()},
                         {QStringLiteral("audio_pipeline"), QString()}};
    if (location.isEmpty())
        return settings;
    bool hasVideo = true;
    bool hasAudio = true;
    if (local) {
        const MediaProbe probe = MediaProbe::probe(location);
        if (!probe.readable) {
            qCWarning(lcEngine).noquote() << tr("media source “%1”: cannot read %2 (%3); it shows nothing")
                                                 .arg(name, location, probe.error);
            return settings;
        }
        hasVideo = probe.hasVideo;
        hasAudio = probe.hasAudio;
    }
    QString quoted = location;
    quoted.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    const QString input = local ? QStringLiteral("filesrc location=\"%1\" ! decodebin").arg(quoted)
                                : QStringLiteral("uridecodebin uri=\"%1\"").arg(quoted);
    const QString decoder = input + QStringLiteral(" name=vitrine_media ");
    if (hasVideo) {
        settings.insert(QStringLiteral("pipeline"),
                        QString(decoder + QStringLiteral("vitrine_media. ! video/x-raw ! queue")));
        if (hasAudio)
            settings.insert(QStringLiteral("audio_pipeline"),
                            QStringLiteral("vitrine_media. ! audio/x-raw ! queue"));
    } else if (hasAudio) {
        settings.insert(QStringLiteral("audio_pipeline"),
                        QString(decoder + QStringLiteral("vitrine_media. ! audio/x-raw ! queue")));
    }
    return settings;
}

bool SceneGraph::createSource(const SourceSpec& spec, QString* error)
{
    const char* id = obsSourceId(spec.kind);
    if (!obs_source_get_display_name(id)) {
        *error = tr("source “%1”: its kind “%2” is not available here (libobs source %3 is not loaded)")
                     .arg(spec.name, sourceKindName(spec.kind), QString::fromLatin1(id));
        return false;
    }
    OBSDataAutoRelease settings = settingsFor(spec);
    OBSSourceAutoRelease source = obs_source_create(id, spec.name.toUtf8().constData(), settings, nullptr);
    if (!source) {
        *error = tr("source “%1” could not be created").arg(spec.name);
        return false;
    }
    obs_source_set_volume(source, static_cast<float>(spec.volume));
    obs_source_set_muted(source, spec.muted);
    m_sources.emplace(spec.name, std::move(source));
    return true;
}

void SceneGraph::placeItem(obs_sceneitem_t* item, const SceneItemSpec& spec)
{
    vec2 position;
    vec2_set(&position, static_cast<float>(spec.x), static_cast<float>(spec.y));
    vec2 scale;
    vec2_set(&scale, static_cast<float>(spec.scaleX), static_cast<float>(spec.scaleY));
    obs_sceneitem_defer_update_begin(item);
    obs_sceneitem_set_pos(item, &position);
    obs_sceneitem_set_scale(item, &scale);
    const obs_sceneitem_crop crop{spec.crop.left, spec.crop.top, spec.crop.right, spec.crop.bottom};
    obs_sceneitem_set_crop(item, &crop);
    obs_sceneitem_set_visible(item, spec.visible);
    obs_sceneitem_set_locked(item, spec.locked);
    obs_sceneitem_defer_update_end(item);
}

// Adds a scene's items (the scene is empty).
void SceneGraph::fillScene(const SceneSpec& spec)
{
    obs_scene_t* scene = this->scene(spec.name);
    QList<OBSSceneItem>& items = m_items[spec.name];
    items.clear();
    for (const SceneItemSpec& itemSpec : spec.items) {
        obs_source_t* itemSource = source(itemSpec.source);
        if (!itemSource)
            itemSource = sceneSource(itemSpec.source);
        obs_sceneitem_t* item = itemSource ? obs_scene_add(scene, itemSource) : nullptr; // owned by the scene
        if (item)
            placeItem(item, itemSpec);
        items << OBSSceneItem(item);
    }
}

bool SceneGraph::build(const SceneCollection& collection, QString* error)
{
    clear();
    for (const SourceSpec& spec : collection.sources) {
        if (!createSource(spec, error)) {
            clear();
            return false;
        }
    }
    // Scenes first, items second: a scene may show another scene (nested scenes).
    for (const SceneSpec& spec : collection.scenes)
        m_scenes.emplace(spec.name, obs_scene_create(spec.name.toUtf8().constData()));
    for (const SceneSpec& spec : collection.scenes)
        fillScene(spec);
    int channel = kFirstGlobalAudioChannel;
    for (const QString& name : collection.globalAudio) {
        if (channel > kLastGlobalAudioChannel) {
            qCWarning(lcEngine) << "too many global audio sources; ignoring" << name;
            continue;
        }
        obs_set_output_source(static_cast<uint32_t>(channel), source(name));
        m_audioChannels << channel++;
    }
    if (!collection.programScene.isEmpty())
        return setProgramScene(collection.programScene, error);
    return true;
}

bool SceneGraph::apply(const SceneCollection& from, const SceneCollection& to,
                       const QHash<QString, QString>& renamedScenes, QString* error)
{
    bool ok = true;
    // Renamed scenes keep their libobs scene (it may be on air).
    for (auto it = renamedScenes.begin(); it != renamedScenes.end(); ++it) {
        auto node = m_scenes.extract(it.key());
        if (node.empty())
            continue;
        obs_source_set_name(obs_scene_get_source(node.mapped()), it.value().toUtf8().constData());
        node.key() = it.value();
        m_scenes.insert(std::move(node));
        auto items = m_items.extract(it.key());
        if (!items.empty())
            m_items[it.value()] = std::move(items.mapped());
    }
    // New sources, and settings of the ones that changed.
    for (const SourceSpec& spec : to.sources) {
        const SourceSpec* before = from.source(spec.name);
        if (!before || !m_sources.count(spec.name)) {
            if (!createSource(spec, error))
                ok = false;
            continue;
        }
        if (before->settings != spec.settings || before->kind != spec.kind) {
            OBSDataAutoRelease settings = settingsFor(spec);
            obs_source_update(source(spec.name), settings);
        }
        if (before->volume != spec.volume)
            obs_source_set_volume(source(spec.name), static_cast<float>(spec.volume));
        if (before->muted != spec.muted)
            obs_source_set_muted(source(spec.name), spec.muted);
    }
    for (const SceneSpec& spec : to.scenes)
        if (!m_scenes.count(spec.name))
            m_scenes.emplace(spec.name, obs_scene_create(spec.name.toUtf8().constData()));
    // Items: the same sources in the same order are placed again; anything else is rebuilt.
    for (const SceneSpec& spec : to.scenes) {
        const QString oldName = renamedScenes.key(spec.name, spec.name);
        const SceneSpec* before = from.scene(oldName);
        QList<OBSSceneItem>& items = m_items[spec.name];
        bool sameSources =
            before && before->items.size() == spec.items.size() && items.size() == spec.items.size();
        for (qsizetype i = 0; sameSources && i < spec.items.size(); ++i)
            sameSources = before->items[i].source == spec.items[i].source;
        if (sameSources) {
            for (qsizetype i = 0; i < spec.items.size(); ++i)
                if (before->items[i] != spec.items[i] && items[i])
                    placeItem(items[i], spec.items[i]);
            continue;
        }
        for (const OBSSceneItem& item : std::as_const(items))
            if (item)
                obs_sceneitem_remove(item);
        fillScene(spec);
    }
    for (const SceneSpec& spec : from.scenes) {
        const QString name = renamedScenes.value(spec.name, spec.name);
        if (!to.scene(name))
            removeScene(name);
    }
    for (const SourceSpec& spec : from.sources) {
        if (to.source(spec.name))
            continue;
        const auto it = m_sources.find(spec.name);
        if (it == m_sources.end())
            continue;
        // Items showing it are gone already; obs_source_remove tells anything else holding it to let go.
        obs_source_remove(it->second);
        m_sources.erase(it);
    }
    return ok;
}

void SceneGraph::removeScene(const QString& name)
{
    const auto it = m_scenes.find(name);
    if (it == m_scenes.end())
        return;
    auto items = m_items.extract(name);
    if (!items.empty())
        for (const OBSSceneItem& item : std::as_const(items.mapped()))
            if (item)
                obs_sceneitem_remove(item);
    obs_source_remove(obs_scene_get_source(it->second));
    m_scenes.erase(it);
    if (m_programScene == name)
        m_programScene.clear();
}

bool SceneGraph::setProgramScene(const QString& name, QString* error)
{
    obs_scene_t* target = scene(name);
    if (!target) {
        *error = tr("there is no scene “%1”").arg(name);
        return false;
    }
    obs_set_output_source(0, obs_scene_get_source(target));
    m_programScene = name;
    return true;
}

obs_source_t* SceneGraph::source(const QString& name) const
{
    const auto it = m_sources.find(name);
    return it == m_sources.end() ? nullptr : it->second.Get();
}

obs_scene_t* SceneGraph::scene(const QString& name) const
{
    const auto it = m_scenes.find(name);
    return it == m_scenes.end() ? nullptr : it->second.Get();
}

obs_source_t* SceneGraph::sceneSource(const QString& name) const
{
    obs_scene_t* found = scene(name);
    return found ? obs_scene_get_source(found) : nullptr;
}

obs_sceneitem_t* SceneGraph::item(const QString& scene, int index) const
{
    const auto it = m_items.find(scene);
    if (it == m_items.end() || index < 0 || index >= it->second.size())
        return nullptr;
    return it->second[index];
}

void SceneGraph::clear()
{
    if (!m_programScene.isEmpty())
        obs_set_output_source(0, nullptr);
    for (int channel : std::as_const(m_audioChannels))
        obs_set_output_source(static_cast<uint32_t>(channel), nullptr);
    m_audioChannels.clear();
    m_programScene.clear();
    m_items.clear();
    m_scenes.clear();
    for (const auto& [name, source] : m_sources)
        obs_source_remove(source);
    m_sources.clear();
}

} // namespace vitrine
