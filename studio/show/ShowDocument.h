#pragma once

#include "engine/VideoSettings.h"
#include "scene/SceneCollection.h"

#include <QString>

#include <optional>

namespace vitrine {

// The .vitrine show file: one versioned JSON document, the single source of truth for a show.
struct ShowDocument {
    static constexpr int kFormatVersion = 1;

    QString title;
    VideoSettings canvas;
    SceneCollection scenes;

    // Loads and validates a show file. On failure returns nullopt and a message naming the file and the
    // problem.
    static std::optional<ShowDocument> load(const QString& path, QString* error);
    static std::optional<ShowDocument> fromJson(const QByteArray& json, const QString& fileLabel,
                                                QString* error);

    QByteArray toJson() const;
    // Atomic save: a temporary file beside the target, flushed to disk, then renamed over it.
    [[nodiscard]] bool save(const QString& path, QString* error) const;

    bool operator==(const ShowDocument&) const = default;
};

} // namespace vitrine
