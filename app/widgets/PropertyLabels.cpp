#include "widgets/PropertyLabels.h"

#include <QCoreApplication>

#include <array>

namespace vitrine {
namespace {

struct Entry {
    const char* sourceId; // nullptr: any kind
    const char* key;
    const char* text;
};

// QT_TRANSLATE_NOOP marks the texts for lupdate; label() translates them when shown.
constexpr const char* kContext = "vitrine::PropertyLabels";
constexpr std::array kEntries{
    // text_ft2_source_v2
    Entry{"text_ft2_source_v2", "font", QT_TRANSLATE_NOOP("vitrine::PropertyLabels", "Font")},
    Entry{"text_ft2_source_v2", "text", QT_TRANSLATE_NOOP("vitrine::PropertyLabels", "Text")},
    Entry{"text_ft2_source_v2", "from_file",
          QT_TRANSLATE_NOOP("vitrine::PropertyLabels", "Read from a file")},
    Entry{"text_ft2_source_v2", "text_file",
          QT_TRANSLATE_NOOP("vitrine::PropertyLabels", "Text file (UTF-8 or UTF-16)")},
    Entry{"text_ft2_source_v2", "log_mode", QT_TRANSLATE_NOOP("vitrine::PropertyLabels", "Chat log mode")},
    Entry{"text_ft2_source_v2", "log_lines", QT_TRANSLATE_NOOP("vitrine::PropertyLabels", "Chat log lines")},
    Entry{"text_ft2_source_v2", "color1", QT_TRANSLATE_NOOP("vitrine::PropertyLabels", "Colour (top)")},
    Entry{"text_ft2_source_v2", "color2", QT_TRANSLATE_NOOP("vitrine::PropertyLabels", "Colour (bottom)")},
    Entry{"text_ft2_source_v2", "outline", QT_TRANSLATE_NOOP("vitrine::PropertyLabels", "Outline")},
    Entry{"text_ft2_source_v2", "drop_shadow", QT_TRANSLATE_NOOP("vitrine::PropertyLabels", "Drop shadow")},
    Entry{"text_ft2_source_v2", "custom_width",
          QT_TRANSLATE_NOOP("vitrine::PropertyLabels", "Text width (0: as wide as the text)")},
    Entry{"text_ft2_source_v2", "word_wrap", QT_TRANSLATE_NOOP("vitrine::PropertyLabels", "Wrap words")},
    Entry{"text_ft2_source_v2", "antialiasing", QT_TRANSLATE_NOOP("vitrine::PropertyLabels", "Smooth edges")},
    // image_source
    Entry{"image_source", "file", QT_TRANSLATE_NOOP("vitrine::PropertyLabels", "Image file")},
    Entry{"image_source", "unload",
          QT_TRANSLATE_NOOP("vitrine::PropertyLabels", "Unload the image when it is not shown")},
    Entry{"image_source", "linear_alpha",
          QT_TRANSLATE_NOOP("vitrine::PropertyLabels", "Apply transparency in linear space")},
    // color_source_v3
    Entry{"color_source_v3", "color", QT_TRANSLATE_NOOP("vitrine::PropertyLabels", "Colour")},
    Entry{"color_source_v3", "width", QT_TRANSLATE_NOOP("vitrine::PropertyLabels", "Width")},
    Entry{"color_source_v3", "height", QT_TRANSLATE_NOOP("vitrine::PropertyLabels", "Height")},
    // v4l2_input (cameras)
    Entry{"v4l2_input", "device_id", QT_TRANSLATE_NOOP("vitrine::PropertyLabels", "Camera")},
    Entry{"v4l2_input", "input", QT_TRANSLATE_NOOP("vitrine::PropertyLabels", "Input")},
    Entry{"v4l2_input", "pixelformat", QT_TRANSLATE_NOOP("vitrine::PropertyLabels", "Video format")},
    Entry{"v4l2_input", "standard", QT_TRANSLATE_NOOP("vitrine::PropertyLabels", "Video standard")},
    Entry{"v4l2_input", "dv_timing", QT_TRANSLATE_NOOP("vitrine::PropertyLabels", "DV timing")},
    Entry{"v4l2_input", "resolution", QT_TRANSLATE_NOOP("vitrine::PropertyLabels", "Resolution")},
    Entry{"v4l2_input", "framerate", QT_TRANSLATE_NOOP("vitrine::PropertyLabels", "Frame rate")},
    Entry{"v4l2_input", "color_range", QT_TRANSLATE_NOOP("vitrine::PropertyLabels", "Colour range")},
    Entry{"v4l2_input", "buffering", QT_TRANSLATE_NOOP("vitrine::PropertyLabels", "Use buffering")},
    Entry{"v4l2_input", "auto_reset",
          QT_TRANSLATE_NOOP("vitrine::PropertyLabels", "Restart the camera when it stops sending")},
    Entry{"v4l2_input", "timeout_frames",
          QT_TRANSLATE_NOOP("vitrine::PropertyLabels", "Frames without picture before a restart")},
    // pulse_input_capture (microphones)
    Entry{"pulse_input_capture", "device_id", QT_TRANSLATE_NOOP("vitrine::PropertyLabels", "Microphone")},
    // xshm_input (screen capture)
    Entry{"xshm_input", "screen", QT_TRANSLATE_NOOP("vitrine::PropertyLabels", "Screen")},
    Entry{"xshm_input", "show_cursor",
          QT_TRANSLATE_NOOP("vitrine::PropertyLabels", "Show the mouse pointer")},
    Entry{"xshm_input", "advanced", QT_TRANSLATE_NOOP("vitrine::PropertyLabels", "Advanced settings")},
    Entry{"xshm_input", "server", QT_TRANSLATE_NOOP("vitrine::PropertyLabels", "X server")},
    // vitrine_gstreamer_source (test pattern, GStreamer pipelines, media files)
    Entry{"vitrine_gstreamer_source", "pipeline",
          QT_TRANSLATE_NOOP("vitrine::PropertyLabels", "Video pipeline (gst-launch syntax)")},
    Entry{"vitrine_gstreamer_source", "audio_pipeline",
          QT_TRANSLATE_NOOP("vitrine::PropertyLabels", "Audio pipeline (optional, gst-launch syntax)")},
    Entry{"vitrine_gstreamer_source", "looping",
          QT_TRANSLATE_NOOP("vitrine::PropertyLabels", "Start again at the end")},
};

} // namespace

QString PropertyLabels::label(const QString& sourceId, const QString& key, const QString& fallback)
{
    for (const Entry& entry : kEntries)
        if (sourceId == QLatin1String(entry.sourceId) && key == QLatin1String(entry.key))
            return QCoreApplication::translate(kContext, entry.text);
    return fallback;
}

} // namespace vitrine
