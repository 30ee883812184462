#include "replay/Remuxer.h"

#include "replay/LibavHandles.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <memory>
#include <vector>

extern "C" {
#include <libavformat/avformat.h>
#include <libavutil/avutil.h>
#include <libavutil/mathematics.h>
}

namespace vitrine {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("vitrine::Remuxer", text);
}

using libav::DictionaryPtr;
using libav::InputPtr;
using libav::kMicroseconds;
using libav::OutputPtr;
using libav::PacketPtr;

InputPtr openInput(const QString& path, QString* error)
{
    AVFormatContext* raw = nullptr;
    const QByteArray name = QFile::encodeName(path);
    if (const int code = avformat_open_input(&raw, name.constData(), nullptr, nullptr); code < 0) {
        *error = tr("cannot open %1: %2").arg(QFileInfo(path).fileName(), libav::errorText(code));
        return nullptr;
    }
    InputPtr input(raw);
    if (const int code = avformat_find_stream_info(input.get(), nullptr); code < 0) {
        *error =
            tr("cannot read the streams of %1: %2").arg(QFileInfo(path).fileName(), libav::errorText(code));
        return nullptr;
    }
    return input;
}

// The keyframe before the wanted time (where a backward seek lands) or the next one, whichever is nearer:
// read forward from the first until the second, or until it could no longer be nearer.
qint64 nearestKeyframeMs(AVFormatContext* input, int videoStream, qint64 wantedMs)
{
    if (videoStream < 0)
        return wantedMs;
    const AVStream* stream = input->streams[videoStream];
    if (av_seek_frame(input, videoStream, av_rescale_q(wantedMs, {1, 1000}, stream->time_base),
                      AVSEEK_FLAG_BACKWARD) < 0)
        return wantedMs;
    PacketPtr packet(av_packet_alloc());
    qint64 before = -1;
    qint64 after = -1;
    while (av_read_frame(input, packet.get()) >= 0) {
        const bool video = packet->stream_index == videoStream;
        const int64_t ts = packet->pts != AV_NOPTS_VALUE ? packet->pts : packet->dts;
        const bool key = (packet->flags & AV_PKT_FLAG_KEY) != 0;
        av_packet_unref(packet.get());
        if (!video || ts == AV_NOPTS_VALUE)
            continue;
        const qint64 ms = av_rescale_q(ts, stream->time_base, {1, 1000});
        if (key && ms <= wantedMs) {
            before = ms;
        } else if (key) {
            after = ms;
            break;
        }
        if (before >= 0 && ms - wantedMs > wantedMs - before)
            break; // the next keyframe cannot be nearer any more
    }
    if (before < 0)
        return after < 0 ? wantedMs : after;
    if (after < 0)
        return before;
    return after - wantedMs < wantedMs - before ? after : before;
}

} // namespace

std::optional<qint64> Remuxer::durationMs(const QString& path, QString* error)
{
    QString ignored;
    InputPtr input = openInput(path, error ? error : &ignored);
    if (!input)
        return std::nullopt;
    if (input->duration != AV_NOPTS_VALUE && input->duration > 0)
        return av_rescale(input->duration, 1000, AV_TIME_BASE);
    // A recording cut short by a crash may carry no duration: the last packet tells.
    qint64 lastMs = -1;
    PacketPtr packet(av_packet_alloc());
    while (av_read_frame(input.get(), packet.get()) >= 0) {
        const AVStream* stream = input->streams[packet->stream_index];
        const int64_t ts = packet->pts != AV_NOPTS_VALUE ? packet->pts : packet->dts;
        if (ts != AV_NOPTS_VALUE)
            lastMs =
                std::max<qint64>(lastMs, av_rescale_q(ts + packet->duration, stream->time_base, {1, 1000}));
        av_packet_unref(packet.get());
    }
    if (lastMs < 0) {
        if (error)
            *error = tr("%1 holds no media").arg(QFileInfo(path).fileName());
        return std::nullopt;
    }
    return lastMs;
}

bool Remuxer::remux(const QString& inputPath, const QString& outputPath, const Options& options,
                    QString* error)
{
    if (av_log_get_level() > AV_LOG_WARNING)
        av_log_set_level(AV_LOG_WARNING); // not the muxer's running commentary
    QString ignored;
    if (!error)
        error = &ignored;
    InputPtr input = openInput(inputPath, error);
    if (!input)
        return false;
    const QString partPath = outputPath + QStringLiteral(".part");
    const QByteArray outputName = QFile::encodeName(outputPath);
    const QByteArray partName = QFile::encodeName(partPath);
    const AVOutputFormat* format = av_guess_format(nullptr, outputName.constData(), nullptr);
    if (!format) {
        *error = tr("no container is known for %1").arg(QFileInfo(outputPath).fileName());
        return false;
    }
    AVFormatContext* rawOutput = nullptr;
    if (const int code = avformat_alloc_output_context2(&rawOutput, format, nullptr, partName.constData());
        code < 0) {
        *error = tr("cannot prepare %1: %2").arg(QFileInfo(outputPath).fileName(), libav::errorText(code));
        return false;
    }
    OutputPtr output(rawOutput);

    // Audio and video are copied; data and attachment streams stay behind.
    std::vector<int> map(input->nb_streams, -1);
    int videoStream = -1;
    for (unsigned i = 0; i < input->nb_streams; ++i) {
        const AVCodecParameters* parameters = input->streams[i]->codecpar;
        if (parameters->codec_type != AVMEDIA_TYPE_VIDEO && parameters->codec_type != AVMEDIA_TYPE_AUDIO)
            continue;
        if (parameters->codec_type == AVMEDIA_TYPE_VIDEO &&
            (input->streams[i]->disposition & AV_DISPOSITION_ATTACHED_PIC))
            continue;
        AVStream* stream = avformat_new_stream(output.get(), nullptr);
        if (!stream || avcodec_parameters_copy(stream->codecpar, parameters) < 0) {
            *error = tr("cannot copy the streams of %1").arg(QFileInfo(inputPath).fileName());
            return false;
        }
        stream->codecpar->codec_tag = 0;
        stream->time_base = input->streams[i]->time_base;
        map[i] = stream->index;
        if (parameters->codec_type == AVMEDIA_TYPE_VIDEO && videoStream < 0)
            videoStream = static_cast<int>(i);
    }
    if (output->nb_streams == 0) {
        *error = tr("%1 holds no audio or video").arg(QFileInfo(inputPath).fileName());
        return false;
    }

    const qint64 totalMs = input->duration > 0 ? av_rescale(input->duration, 1000, AV_TIME_BASE)
                                               : std::max<qint64>(1, options.toMs);
    const bool clip = options.fromMs > 0 || options.toMs >= 0;
    if (options.fromMs > 0) {
        // Stream copy starts on a keyframe: the one nearest the wanted time (before or after it), so a clip
        // is off by at most half the keyframe interval.
        const int64_t target =
            av_rescale(nearestKeyframeMs(input.get(), videoStream, options.fromMs), AV_TIME_BASE, 1000);
        if (const int code = av_seek_frame(input.get(), -1, target, AVSEEK_FLAG_BACKWARD); code < 0) {
            *error = tr("cannot seek in %1: %2").arg(QFileInfo(inputPath).fileName(), libav::errorText(code));
            return false;
        }
    }

    if (const int code = avio_open(&output->pb, partName.constData(), AVIO_FLAG_WRITE); code < 0) {
        *error = tr("cannot write %1: %2").arg(QFileInfo(partPath).fileName(), libav::errorText(code));
        return false;
    }
    // Later streams and chapters are written relative to where the clip starts.
    PacketPtr packet(av_packet_alloc());
    int64_t offsetUs = 0;
    PacketPtr first(av_packet_alloc());
    bool haveFirst = false;
    if (clip) {
        // The clip starts at the keyframe the seek landed on: read up to it to learn its time.
        while (av_read_frame(input.get(), first.get()) >= 0) {
            if (static_cast<int>(first->stream_index) == videoStream || videoStream < 0) {
                const AVStream* stream = input->streams[first->stream_index];
                const int64_t ts = first->pts != AV_NOPTS_VALUE ? first->pts : first->dts;
                offsetUs = ts == AV_NOPTS_VALUE ? 0 : av_rescale_q(ts, stream->time_base, kMicroseconds);
                haveFirst = true;
                break;
            }
            av_packet_unref(first.get());
        }
    }
    const qint64 offsetMs = offsetUs / 1000;
    if (!libav::addChapters(output.get(), options.chapters, offsetMs)) {
        *error = tr("out of memory");
        return false;
    }
    DictionaryPtr muxerOptions;
    {
        AVDictionary* raw = nullptr;
        if (QByteArray(format->name).contains("mp4") || QByteArray(format->name).contains("mov"))
            av_dict_set(&raw, "movflags", "+faststart", 0);
        muxerOptions.reset(raw);
    }
    {
        AVDictionary* raw = muxerOptions.release();
        const int code = avformat_write_header(output.get(), &raw);
        muxerOptions.reset(raw);
        if (code < 0) {
            *error = tr("cannot start %1: %2").arg(QFileInfo(outputPath).fileName(), libav::errorText(code));
            QFile::remove(partPath);
            return false;
        }
    }

    const qint64 endMs = options.toMs >= 0 ? options.toMs : -1;
    std::vector<bool> ended(input->nb_streams, false);
    int lastPercent = -1;
    bool ok = true;
    for (;;) {
        if (options.cancel && options.cancel->load()) {
            *error = tr("cancelled");
            ok = false;
            break;
        }
        AVPacket* current = nullptr;
        if (haveFirst) {
            current = first.get();
            haveFirst = false;
        } else {
            const int code = av_read_frame(input.get(), packet.get());
            if (code == AVERROR_EOF)
                break;
            if (code < 0) {
                // A recording cut by a crash ends in a torn cluster: what came before is kept.
                break;
            }
            current = packet.get();
        }
        const int index = current->stream_index;
        if (index < 0 || index >= static_cast<int>(map.size()) || map[index] < 0) {
            av_packet_unref(current);
            continue;
        }
        const AVStream* inStream = input->streams[index];
        AVStream* outStream = output->streams[map[index]];
        const int64_t ts = current->pts != AV_NOPTS_VALUE ? current->pts : current->dts;
        const qint64 atMs = ts == AV_NOPTS_VALUE ? 0 : av_rescale_q(ts, inStream->time_base, {1, 1000});
        if (endMs >= 0 && atMs >= endMs) {
            ended[index] = true;
            av_packet_unref(current);
            bool all = true;
            for (unsigned i = 0; i < input->nb_streams; ++i)
                all = all && (map[i] < 0 || ended[i]);
            if (all)
                break;
            continue;
        }
        if (offsetUs > 0) {
            const int64_t shift = av_rescale_q(offsetUs, kMicroseconds, inStream->time_base);
            if (current->pts != AV_NOPTS_VALUE)
                current->pts -= shift;
            if (current->dts != AV_NOPTS_VALUE)
                current->dts -= shift;
            if ((current->dts != AV_NOPTS_VALUE && current->dts < 0) ||
                (current->pts != AV_NOPTS_VALUE && current->pts < 0)) {
                av_packet_unref(current); // audio from before the clip's first keyframe
                continue;
            }
        }
        if (current->pts == AV_NOPTS_VALUE)
            current->pts = current->dts; // Matroska stores no pts for some frames; MP4 wants one
        av_packet_rescale_ts(current, inStream->time_base, outStream->time_base);
        current->stream_index = map[index];
        current->pos = -1;
        if (const int code = av_interleaved_write_frame(output.get(), current); code < 0) {
            *error = tr("cannot write %1: %2").arg(QFileInfo(outputPath).fileName(), libav::errorText(code));
            ok = false;
            break;
        }
        const qint64 spanMs =
            endMs >= 0 ? std::max<qint64>(1, endMs - std::max<qint64>(0, options.fromMs)) : totalMs;
        const int percent = static_cast<int>(std::clamp<qint64>((atMs - offsetMs) * 100 / spanMs, 0, 100));
        if (percent > lastPercent) { // streams interleave: only forward
            lastPercent = percent;
            if (options.progress && !options.progress(percent / 100.0)) {
                *error = tr("cancelled");
                ok = false;
                break;
            }
        }
    }
    if (ok) {
        // With faststart, the trailer moves the index to the front: the longest step for a long recording.
        if (const int code = av_write_trailer(output.get()); code < 0) {
            *error = tr("cannot finish %1: %2").arg(QFileInfo(outputPath).fileName(), libav::errorText(code));
            ok = false;
        }
    }
    output.reset(); // closes the file
    if (!ok) {
        QFile::remove(partPath);
        return false;
    }
    QFile::remove(outputPath);
    if (!QFile::rename(partPath, outputPath)) {
        *error = tr("cannot rename %1 to %2").arg(partPath, QFileInfo(outputPath).fileName());
        QFile::remove(partPath);
        return false;
    }
    if (options.progress)
        options.progress(1.0);
    return true;
}

} // namespace vitrine
