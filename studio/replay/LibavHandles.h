#pragma once

// What the replay's libav* code shares (Remuxer, ClipEncoder, FrameGrabber): owning handles for libav's
// structures, its error text and the MP4 chapters written from the replay's timeline.

#include "replay/ReplayTimeline.h"

#include <QList>
#include <QString>

#include <memory>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libswscale/swscale.h>
}

namespace vitrine::libav {

// AV_TIME_BASE_Q and a millisecond base, without C compound literals.
inline constexpr AVRational kMicroseconds{1, AV_TIME_BASE};
inline constexpr AVRational kMilliseconds{1, 1000};

struct InputDeleter {
    void operator()(AVFormatContext* context) const { avformat_close_input(&context); }
};
struct OutputDeleter {
    void operator()(AVFormatContext* context) const
    {
        if (context->pb && !(context->oformat->flags & AVFMT_NOFILE))
            avio_closep(&context->pb);
        avformat_free_context(context); // frees the chapters too
    }
};
struct CodecDeleter {
    void operator()(AVCodecContext* context) const { avcodec_free_context(&context); }
};
struct FrameDeleter {
    void operator()(AVFrame* frame) const { av_frame_free(&frame); }
};
struct PacketDeleter {
    void operator()(AVPacket* packet) const { av_packet_free(&packet); }
};
struct ScaleDeleter {
    void operator()(SwsContext* context) const { sws_freeContext(context); }
};
struct DictionaryDeleter {
    void operator()(AVDictionary* dictionary) const { av_dict_free(&dictionary); }
};

using InputPtr = std::unique_ptr<AVFormatContext, InputDeleter>;
using OutputPtr = std::unique_ptr<AVFormatContext, OutputDeleter>;
using CodecPtr = std::unique_ptr<AVCodecContext, CodecDeleter>;
using FramePtr = std::unique_ptr<AVFrame, FrameDeleter>;
using PacketPtr = std::unique_ptr<AVPacket, PacketDeleter>;
using ScalePtr = std::unique_ptr<SwsContext, ScaleDeleter>;
using DictionaryPtr = std::unique_ptr<AVDictionary, DictionaryDeleter>;

// libav's text for an AVERROR code.
QString errorText(int code);

// Adds `chapters` (times in the recording, shifted back by offsetMs and clamped at 0) with their titles to an
// output not yet started; false when out of memory.
bool addChapters(AVFormatContext* output, const QList<ReplayChapter>& chapters, qint64 offsetMs);

} // namespace vitrine::libav
