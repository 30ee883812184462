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

SceneGraph::SceneGraph(QDir baseDir, QObject* parent) : QObject(parent), m_baseDir(std::move(baseDir)) {}

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

bool SceneGraph::build(const SceneCollection& collection, QString* error)
{
    clear();
    for (const SourceSpec& spec : collection.sources) {
        const char* id = obsSourceId(spec.kind);
        if (!obs_source_get_display_name(id)) {
            *error = tr("source “%1”: its kind “%2” is not available here (libobs source %3 is not loaded)")
                         .arg(spec.name, sourceKindName(spec.kind), QString::fromLatin1(id));
            clear();
            return false;
        }
        OBSDataAutoRelease settings = settingsFor(spec);
        OBSSourceAutoRelease source =
            obs_source_create(id, spec.name.toUtf8().constData(), settings, nullptr);
        if (!source) {
            *error = tr("source “%1” could not be created").arg(spec.name);
            clear();
            return false;
        }
        obs_source_set_volume(source, static_cast<float>(spec.volume));
        obs_source_set_muted(source, spec.muted);
        m_sources.emplace(spec.name, std::move(source));
    }
    // Scenes first, items second: a scene may show another scene (nested scenes).
    for (const SceneSpec& spec : collection.scenes)
        m_scenes.emplace(spec.name, obs_scene_create(spec.name.toUtf8().constData()));
    for (const SceneSpec& spec : collection.scenes) {
        obs_scene_t* scene = this->scene(spec.name);
        for (const SceneItemSpec& itemSpec : spec.items) {
            obs_source_t* itemSource = source(itemSpec.source);
            if (!itemSource)
                itemSource = obs_scene_get_source(this->scene(itemSpec.source));
            obs_sceneitem_t* item = obs_scene_add(scene, itemSource); // owned by the scene
            vec2 position;
            vec2_set(&position, static_cast<float>(itemSpec.x), static_cast<float>(itemSpec.y));
            vec2 scale;
            vec2_set(&scale, static_cast<float>(itemSpec.scaleX), static_cast<float>(itemSpec.scaleY));
            obs_sceneitem_set_pos(item, &position);
            obs_sceneitem_set_scale(item, &scale);
            const obs_sceneitem_crop crop{itemSpec.crop.left, itemSpec.crop.top, itemSpec.crop.right,
                                          itemSpec.crop.bottom};
            obs_sceneitem_set_crop(item, &crop);
            obs_sceneitem_set_visible(item, itemSpec.visible);
            obs_sceneitem_set_locked(item, itemSpec.locked);
        }
    }
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

void SceneGraph::clear()
{
    if (!m_programScene.isEmpty())
        obs_set_output_source(0, nullptr);
    for (int channel : std::as_const(m_audioChannels))
        obs_set_output_source(static_cast<uint32_t>(channel), nullptr);
    m_audioChannels.clear();
    m_programScene.clear();
    m_scenes.clear();
    for (const auto& [name, source] : m_sources)
        obs_source_remove(source);
    m_sources.clear();
}

} // namespace vitrine
