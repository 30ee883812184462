#pragma once

#include <QString>

namespace vitrine {

// The picture size and frame rate a gst-launch video pipeline asks for through its video/x-raw caps, so the
// properties of a GStreamer source can offer "resolution" and "frame rate" instead of pipeline text. Pure
// text work, no GStreamer.
struct PipelineVideoFormat {
    int width = 0; // 0: the pipeline does not say
    int height = 0;
    int fpsNumerator = 0; // 0: the pipeline does not say
    int fpsDenominator = 1;

    // The last video/x-raw caps of the pipeline (quoted text is skipped).
    static PipelineVideoFormat read(const QString& pipeline);
    // The pipeline with its last video/x-raw caps set to this size and rate (other caps fields kept); caps
    // are appended when it has none. Fields left at 0 are not written.
    QString applyTo(const QString& pipeline) const;
    bool operator==(const PipelineVideoFormat&) const = default;
};

} // namespace vitrine
