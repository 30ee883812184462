#pragma once

#include <QString>

namespace vitrine {

// The names of the libobs properties the studio shows, in the user's language: libobs modules describe them
// in English (the engine starts in en-US), so the kinds the studio offers — text, image, colour, media,
// camera, microphone, screen capture and our GStreamer source — get their labels from this table instead.
// Properties not in it keep libobs's description.
struct PropertyLabels {
    static QString label(const QString& sourceId, const QString& key, const QString& fallback);
};

} // namespace vitrine
