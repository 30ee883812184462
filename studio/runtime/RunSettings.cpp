#include "runtime/RunSettings.h"

namespace vitrine {

RunSettings resolveRunSettings(const ShowDocument& show,
                               const std::optional<EncoderSettings>& userPreferences,
                               const RunOverrides& overrides)
{
    RunSettings run;
    run.canvas = overrides.canvas.applyTo(show.canvas);
    run.encoders = userPreferences.value_or(EncoderSettings{});
    const ShowDocument::OutputOverrides& fixed = show.output;
    run.encoders.videoEncoder = fixed.videoEncoder.value_or(run.encoders.videoEncoder);
    run.encoders.videoBitrateKbps = fixed.videoBitrateKbps.value_or(run.encoders.videoBitrateKbps);
    run.encoders.x264Preset = fixed.x264Preset.value_or(run.encoders.x264Preset);
    run.encoders.videoBitrateKbps = overrides.videoBitrateKbps.value_or(run.encoders.videoBitrateKbps);
    return run;
}

} // namespace vitrine
