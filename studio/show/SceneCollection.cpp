#include "show/SceneCollection.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <array>
#include <utility>

namespace vitrine {
namespace {

constexpr std::array<std::pair<SourceKind, const char*>, 8> kKindNames{{
    {SourceKind::Color, "color"},
    {SourceKind::Image, "image"},
    {SourceKind::Text, "text"},
    {SourceKind::Media, "media"},
    {SourceKind::Camera, "camera"},
    {SourceKind::ScreenCapture, "screen"},
    {SourceKind::GStreamer, "gstreamer"},
    {SourceKind::Microphone, "microphone"},
}};

QJsonObject cropToJson(const Crop& crop)
{
    return {{QStringLiteral("left"), crop.left},
            {QStringLiteral("top"), crop.top},
            {QStringLiteral("right"), crop.right},
            {QStringLiteral("bottom"), crop.bottom}};
}

Crop cropFromJson(const QJsonObject& json)
{
    return {json.value(QStringLiteral("left")).toInt(), json.value(QStringLiteral("top")).toInt(),
            json.value(QStringLiteral("right")).toInt(), json.value(QStringLiteral("bottom")).toInt()};
}

} // namespace

QString sourceKindName(SourceKind kind)
{
    for (const auto& [k, name] : kKindNames)
        if (k == kind)
            return QString::fromLatin1(name);
    return {};
}

std::optional<SourceKind> sourceKindFromName(const QString& name)
{
    for (const auto& [kind, kindName] : kKindNames)
        if (name == QLatin1String(kindName))
            return kind;
    return std::nullopt;
}

const SourceSpec* SceneCollection::source(const QString& name) const
{
    for (const SourceSpec& spec : sources)
        if (spec.name == name)
            return &spec;
    return nullptr;
}

const SceneSpec* SceneCollection::scene(const QString& name) const
{
    for (const SceneSpec& spec : scenes)
        if (spec.name == name)
            return &spec;
    return nullptr;
}

QStringList SceneCollection::validate() const
{
    QStringList problems;
    QSet<QString> names;
    for (const SourceSpec& spec : sources) {
        if (spec.name.isEmpty())
            problems << QCoreApplication::translate("vitrine::SceneCollection", "a source has no name");
        else if (names.contains(spec.name))
            problems << QCoreApplication::translate("vitrine::SceneCollection",
                                                    "two sources or scenes are named “%1”")
                            .arg(spec.name);
        names.insert(spec.name);
    }
    for (const SceneSpec& spec : scenes) {
        if (spec.name.isEmpty())
            problems << QCoreApplication::translate("vitrine::SceneCollection", "a scene has no name");
        else if (names.contains(spec.name))
            problems << QCoreApplication::translate("vitrine::SceneCollection",
                                                    "two sources or scenes are named “%1”")
                            .arg(spec.name);
        names.insert(spec.name);
        for (const SceneItemSpec& item : spec.items)
            if (!source(item.source) && !scene(item.source))
                problems << QCoreApplication::translate(
                                "vitrine::SceneCollection",
                                "scene “%1” shows “%2”, which is not a source of the show")
                                .arg(spec.name, item.source);
    }
    for (const QString& name : globalAudio)
        if (!source(name))
            problems << QCoreApplication::translate("vitrine::SceneCollection",
                                                    "global audio “%1” is not a source of the show")
                            .arg(name);
    if (!programScene.isEmpty() && !scene(programScene))
        problems << QCoreApplication::translate("vitrine::SceneCollection",
                                                "the program scene “%1” does not exist")
                        .arg(programScene);
    return problems;
}

QJsonObject SceneCollection::toJson() const
{
    QJsonArray sourceArray;
    for (const SourceSpec& spec : sources) {
        QJsonObject json{{QStringLiteral("name"), spec.name},
                         {QStringLiteral("kind"), sourceKindName(spec.kind)},
                         {QStringLiteral("settings"), spec.settings}};
        if (spec.volume != 1.0)
            json.insert(QStringLiteral("volume"), spec.volume);
        if (spec.muted)
            json.insert(QStringLiteral("muted"), true);
        sourceArray.append(json);
    }
    QJsonArray sceneArray;
    for (const SceneSpec& spec : scenes) {
        QJsonArray items;
        for (const SceneItemSpec& item : spec.items) {
            QJsonObject json{
                {QStringLiteral("source"), item.source}, {QStringLiteral("x"), item.x},
                {QStringLiteral("y"), item.y},           {QStringLiteral("scaleX"), item.scaleX},
                {QStringLiteral("scaleY"), item.scaleY}, {QStringLiteral("visible"), item.visible},
                {QStringLiteral("locked"), item.locked}};
            if (item.crop != Crop{})
                json.insert(QStringLiteral("crop"), cropToJson(item.crop));
            items.append(json);
        }
        QJsonObject sceneJson{{QStringLiteral("name"), spec.name}, {QStringLiteral("items"), items}};
        if (!spec.hiddenOverlays.isEmpty())
            sceneJson.insert(QStringLiteral("hiddenOverlays"),
                             QJsonArray::fromStringList(spec.hiddenOverlays));
        sceneArray.append(sceneJson);
    }
    QJsonObject json{{QStringLiteral("sources"), sourceArray},
                     {QStringLiteral("scenes"), sceneArray},
                     {QStringLiteral("programScene"), programScene}};
    if (!globalAudio.isEmpty())
        json.insert(QStringLiteral("globalAudio"), QJsonArray::fromStringList(globalAudio));
    return json;
}

SceneCollection SceneCollection::fromJson(const QJsonObject& json, QStringList* errors)
{
    SceneCollection collection;
    const QJsonArray sourceArray = json.value(QStringLiteral("sources")).toArray();
    for (qsizetype i = 0; i < sourceArray.size(); ++i) {
        const QJsonObject object = sourceArray.at(i).toObject();
        SourceSpec spec;
        spec.name = object.value(QStringLiteral("name")).toString();
        const QString kindName = object.value(QStringLiteral("kind")).toString();
        const std::optional<SourceKind> kind = sourceKindFromName(kindName);
        if (!kind) {
            *errors
                << QCoreApplication::translate(
                       "vitrine::SceneCollection",
                       "source “%1” (sources[%2]) has an unknown kind “%3”; known kinds: color, image, text, "
                       "media, camera, screen, gstreamer, microphone")
                       .arg(spec.name)
                       .arg(i)
                       .arg(kindName);
            continue;
        }
        spec.kind = *kind;
        spec.settings = object.value(QStringLiteral("settings")).toObject();
        spec.volume = object.value(QStringLiteral("volume")).toDouble(1.0);
        spec.muted = object.value(QStringLiteral("muted")).toBool(false);
        collection.sources.append(spec);
    }
    const QJsonArray sceneArray = json.value(QStringLiteral("scenes")).toArray();
    for (const QJsonValue& sceneValue : sceneArray) {
        const QJsonObject object = sceneValue.toObject();
        SceneSpec scene;
        scene.name = object.value(QStringLiteral("name")).toString();
        for (const QJsonValue& itemValue : object.value(QStringLiteral("items")).toArray()) {
            const QJsonObject itemJson = itemValue.toObject();
            SceneItemSpec item;
            item.source = itemJson.value(QStringLiteral("source")).toString();
            item.x = itemJson.value(QStringLiteral("x")).toDouble();
            item.y = itemJson.value(QStringLiteral("y")).toDouble();
            item.scaleX = itemJson.value(QStringLiteral("scaleX")).toDouble(1.0);
            item.scaleY = itemJson.value(QStringLiteral("scaleY")).toDouble(1.0);
            item.crop = cropFromJson(itemJson.value(QStringLiteral("crop")).toObject());
            item.visible = itemJson.value(QStringLiteral("visible")).toBool(true);
            item.locked = itemJson.value(QStringLiteral("locked")).toBool(false);
            scene.items.append(item);
        }
        for (const QJsonValue& kind : object.value(QStringLiteral("hiddenOverlays")).toArray())
            if (kind.isString() && !scene.hiddenOverlays.contains(kind.toString()))
                scene.hiddenOverlays.append(kind.toString());
        collection.scenes.append(scene);
    }
    collection.programScene = json.value(QStringLiteral("programScene")).toString();
    if (collection.programScene.isEmpty() && !collection.scenes.isEmpty())
        collection.programScene = collection.scenes.first().name;
    for (const QJsonValue& value : json.value(QStringLiteral("globalAudio")).toArray())
        collection.globalAudio.append(value.toString());
    if (errors->isEmpty())
        *errors << collection.validate();
    return collection;
}

} // namespace vitrine
