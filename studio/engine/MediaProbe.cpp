#include "engine/MediaProbe.h"

extern "C" {
#include <libavformat/avformat.h>
#include <libavutil/error.h>
}

#include <array>
#include <memory>

namespace vitrine {
namespace {

struct FormatContextCloser {
    void operator()(AVFormatContext* context) const { avformat_close_input(&context); }
};
using FormatContextPtr = std::unique_ptr<AVFormatContext, FormatContextCloser>;

QString describeAvError(int code)
{
    std::array<char, AV_ERROR_MAX_STRING_SIZE> text{};
    av_strerror(code, text.data(), text.size());
    return QString::fromUtf8(text.data());
}

} // namespace

MediaProbe MediaProbe::probe(const QString& path)
{
    MediaProbe result;
    AVFormatContext* raw = nullptr;
    const int opened = avformat_open_input(&raw, path.toUtf8().constData(), nullptr, nullptr);
    if (opened < 0) {
        result.error = describeAvError(opened);
        return result;
    }
    const FormatContextPtr context(raw);
    const int found = avformat_find_stream_info(context.get(), nullptr);
    if (found < 0) {
        result.error = describeAvError(found);
        return result;
    }
    for (unsigned i = 0; i < context->nb_streams; ++i) {
        const AVMediaType type = context->streams[i]->codecpar->codec_type;
        result.hasVideo = result.hasVideo || type == AVMEDIA_TYPE_VIDEO;
        result.hasAudio = result.hasAudio || type == AVMEDIA_TYPE_AUDIO;
    }
    if (context->duration > 0)
        result.durationSeconds = static_cast<double>(context->duration) / AV_TIME_BASE;
    result.readable = result.hasVideo || result.hasAudio;
    if (!result.readable)
        result.error = QStringLiteral("no audio or video stream");
    return result;
}

} // namespace vitrine
