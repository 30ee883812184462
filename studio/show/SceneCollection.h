#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vitrine {

enum class SourceKind { Color, Image, Text, Media, Camera, ScreenCapture, GStreamer, Microphone };

QString sourceKindName(SourceKind kind);
std::optional<SourceKind> sourceKindFromName(const QString& name);

// A source of the show: what it is and its libobs settings (file paths relative to the show file).
struct SourceSpec {
    QString name;
    SourceKind kind = SourceKind::Color;
    QJsonObject settings;
    double volume = 1.0;
    bool muted = false;
    bool operator==(const SourceSpec&) const = default;
};

struct Crop {
    int left = 0;
    int top = 0;
    int right = 0;
    int bottom = 0;
    bool operator==(const Crop&) const = default;
};

// A source placed in a scene, in canvas pixels.
struct SceneItemSpec {
    QString source;
    double x = 0.0;
    double y = 0.0;
    double scaleX = 1.0;
    double scaleY = 1.0;
    Crop crop;
    bool visible = true;
    bool locked = false;
    bool operator==(const SceneItemSpec&) const = default;
};

struct SceneSpec {
    QString name;
    QList<SceneItemSpec> items; // bottom to top
    // On-air overlays this scene hides, by key ("card": a full-screen product shot needs no card).
    QStringList hiddenOverlays;
    bool operator==(const SceneSpec&) const = default;
};

// The show's scenes and sources, independent of libobs and of any widget.
struct SceneCollection {
    QList<SourceSpec> sources;
    QList<SceneSpec> scenes;
    QString programScene;
    QList<QString> globalAudio; // audio-only sources heard in every scene (microphones)

    const SourceSpec* source(const QString& name) const;
    const SceneSpec* scene(const QString& name) const;

    // Checks names and references; returns a message per problem.
    QStringList validate() const;

    QJsonObject toJson() const;
    // Reads what toJson writes; unknown kinds and bad references are reported in *errors.
    static SceneCollection fromJson(const QJsonObject& json, QStringList* errors);

    bool operator==(const SceneCollection&) const = default;
};

} // namespace vitrine
