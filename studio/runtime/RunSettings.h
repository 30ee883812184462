#pragma once

#include "base/VideoSettings.h"
#include "show/ShowDocument.h"

#include <optional>

namespace vitrine {

// What the command line changes of a run, in the window or headless; it wins over the show and the user.
struct RunOverrides {
    CanvasOverride canvas;
    std::optional<int> videoBitrateKbps;

    bool operator==(const RunOverrides&) const = default;
};

// What a run composes and encodes with.
struct RunSettings {
    VideoSettings canvas;
    EncoderSettings encoders;

    bool operator==(const RunSettings&) const = default;
};

// The one rule for what a run applies: canvas and frame rate are the show's; encoder, preset and bitrate are
// the user's preferences (Settings → Output) unless the show sets them; the command line wins over both. A
// headless run passes no preferences, so it is reproducible from the show and its command line alone.
RunSettings resolveRunSettings(const ShowDocument& show,
                               const std::optional<EncoderSettings>& userPreferences,
                               const RunOverrides& overrides);

} // namespace vitrine
