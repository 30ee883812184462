#pragma once

namespace vitrine {

// The id of Vitrine's GStreamer source kind: a libobs async source fed by a GStreamer pipeline through
// appsink. Settings:
//   "pipeline"       (string) a gst-launch description of the video branch, e.g. "videotestsrc is-live=true";
//                    Vitrine appends its own appsink; any caps the pipeline negotiates are taken as they are
//                    when libobs can draw them (I420, NV12, YUY2, UYVY, BGRx, BGRA, RGBA...), converted
//                    otherwise.
//   "audio_pipeline" (string, optional) a gst-launch description of an audio branch, e.g.
//                    "audiotestsrc is-live=true wave=sine freq=440"; its samples are the source's audio.
//   "looping"        (bool) a pipeline that ends (a file) starts over instead of keeping its last frame.
inline constexpr const char* kGstreamerSourceId = "vitrine_gstreamer_source";

// With a software renderer, ask pipelines for BGRx/BGRA frames (converted by GStreamer) rather than YUV that
// libobs would convert in a shader. Applies to pipelines started afterwards.
void setGstreamerPreferRgbFrames(bool prefer);

// Registers the source kind with libobs (call after obs_startup) and initialises GStreamer once.
void registerGstreamerSourceKind();

} // namespace vitrine
