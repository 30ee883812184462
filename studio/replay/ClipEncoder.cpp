#include "replay/ClipEncoder.h"

#include "replay/LibavHandles.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <memory>
#include <vector>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/avutil.h>
#include <libavutil/mathematics.h>
#include <libswscale/swscale.h>
}

namespace vitrine {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("vitrine::ClipEncoder", text);
}

using libav::CodecPtr;
using libav::FramePtr;
using libav::kMicroseconds;
using libav::kMilliseconds;
using libav::PacketPtr;

// One clip being cut: the input, the video decoder and encoder, the output. Fails with `error` set.
class ExactCut {
public:
    ExactCut(const ClipEncoder::Options& options, QString* error) : m_options(options), m_error(error) {}

    bool run(const QString& inputPath, const QString& outputPath);

private:
    bool open(const QString& inputPath, const QString& partPath, const QString& outputPath);
    bool decoded(AVFrame* frame);
    bool drainEncoder();
    bool writeVideo(AVPacket* packet);
    bool finishVideo();
    bool writeAudio(AVPacket* packet);
    bool fail(const QString& reason)
    {
        *m_error = reason;
        return false;
    }

    const ClipEncoder::Options& m_options;
    QString* m_error;
    libav::InputPtr m_input;
    libav::OutputPtr m_output;
    CodecPtr m_decoder;
    CodecPtr m_encoder;
    libav::ScalePtr m_scale;
    FramePtr m_converted;
    PacketPtr m_encoded;
    PacketPtr m_held; // the last encoded packet, not written yet
    int m_video = -1;
    int m_audio = -1;
    int m_outVideo = -1;
    int m_outAudio = -1;
    int64_t m_lastPts = -1;
    int64_t m_originTs = AV_NOPTS_VALUE; // the first picture kept, in the input's video time base
    int64_t m_originUs = 0;
    std::vector<PacketPtr> m_heldAudio;
    int m_frames = 0;
    bool m_videoDone = false;
    bool m_audioDone = false;
    int m_lastPercent = -1;
};

bool ExactCut::open(const QString& inputPath, const QString& partPath, const QString& outputPath)
{
    const QString name = QFileInfo(inputPath).fileName();
    AVFormatContext* rawInput = nullptr;
    if (const int code =
            avformat_open_input(&rawInput, QFile::encodeName(inputPath).constData(), nullptr, nullptr);
        code < 0)
        return fail(tr("cannot open %1: %2").arg(name, libav::errorText(code)));
    m_input.reset(rawInput);
    if (const int code = avformat_find_stream_info(m_input.get(), nullptr); code < 0)
        return fail(tr("cannot read the streams of %1: %2").arg(name, libav::errorText(code)));
    const AVCodec* decoder = nullptr;
    m_video = av_find_best_stream(m_input.get(), AVMEDIA_TYPE_VIDEO, -1, -1, &decoder, 0);
    if (m_video < 0 || !decoder)
        return fail(tr("%1 has no video to cut").arg(name));
    m_audio = av_find_best_stream(m_input.get(), AVMEDIA_TYPE_AUDIO, -1, m_video, nullptr, 0);
    AVStream* video = m_input->streams[m_video];
    m_decoder.reset(avcodec_alloc_context3(decoder));
    if (!m_decoder || avcodec_parameters_to_context(m_decoder.get(), video->codecpar) < 0)
        return fail(tr("cannot decode the video of %1").arg(name));
    m_decoder->pkt_timebase = video->time_base;
    if (const int code = avcodec_open2(m_decoder.get(), decoder, nullptr); code < 0)
        return fail(tr("cannot decode the video of %1: %2").arg(name, libav::errorText(code)));

    // H.264 for social networks: libx264 when this FFmpeg has it, else its H.264 encoder, if any.
    const AVCodec* encoder = avcodec_find_encoder_by_name("libx264");
    if (!encoder)
        encoder = avcodec_find_encoder(AV_CODEC_ID_H264);
    if (!encoder)
        return fail(tr("this FFmpeg has no H.264 encoder"));
    AVRational rate = av_guess_frame_rate(m_input.get(), video, nullptr);
    if (rate.num <= 0 || rate.den <= 0)
        rate = AVRational{30, 1};

    const QByteArray outputName = QFile::encodeName(outputPath);
    const AVOutputFormat* format = av_guess_format(nullptr, outputName.constData(), nullptr);
    if (!format)
        return fail(tr("no container is known for %1").arg(QFileInfo(outputPath).fileName()));
    AVFormatContext* rawOutput = nullptr;
    if (const int code = avformat_alloc_output_context2(&rawOutput, format, nullptr,
                                                        QFile::encodeName(partPath).constData());
        code < 0)
        return fail(
            tr("cannot prepare %1: %2").arg(QFileInfo(outputPath).fileName(), libav::errorText(code)));
    m_output.reset(rawOutput);

    m_encoder.reset(avcodec_alloc_context3(encoder));
    if (!m_encoder)
        return fail(tr("out of memory"));
    m_encoder->width = video->codecpar->width;
    m_encoder->height = video->codecpar->height;
    m_encoder->sample_aspect_ratio = video->codecpar->sample_aspect_ratio;
    m_encoder->pix_fmt = AV_PIX_FMT_YUV420P; // what every player takes
    m_encoder->time_base = av_inv_q(rate);
    m_encoder->framerate = rate;
    m_encoder->gop_size = std::max(1, 2 * rate.num / rate.den);
    // No B-frames: decoding order is showing order, so the clip's first picture is at 0, not a frame later.
    m_encoder->max_b_frames = 0;
    m_encoder->color_range = video->codecpar->color_range;
    m_encoder->color_primaries = video->codecpar->color_primaries;
    m_encoder->color_trc = video->codecpar->color_trc;
    m_encoder->colorspace = video->codecpar->color_space;
    if (format->flags & AVFMT_GLOBALHEADER)
        m_encoder->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    libav::DictionaryPtr encoderOptions;
    {
        AVDictionary* raw = nullptr;
        if (QByteArray(encoder->name) == "libx264") {
            av_dict_set(&raw, "preset", "veryfast", 0);
            av_dict_set(&raw, "crf", "20", 0); // close to the recording's quality, for a re-post
        } else {
            m_encoder->bit_rate = video->codecpar->bit_rate > 0 ? video->codecpar->bit_rate : 6'000'000;
        }
        const int code = avcodec_open2(m_encoder.get(), encoder, &raw);
        encoderOptions.reset(raw);
        if (code < 0)
            return fail(tr("cannot start the H.264 encoder: %1").arg(libav::errorText(code)));
    }

    AVStream* outVideo = avformat_new_stream(m_output.get(), nullptr);
    if (!outVideo || avcodec_parameters_from_context(outVideo->codecpar, m_encoder.get()) < 0)
        return fail(tr("out of memory"));
    outVideo->time_base = m_encoder->time_base;
    outVideo->avg_frame_rate = rate;
    m_outVideo = outVideo->index;
    if (m_audio >= 0) {
        // The audio is copied: cut to its packets (about 21 ms each), it stays within a frame of the video.
        AVStream* outAudio = avformat_new_stream(m_output.get(), nullptr);
        if (!outAudio || avcodec_parameters_copy(outAudio->codecpar, m_input->streams[m_audio]->codecpar) < 0)
            return fail(tr("out of memory"));
        outAudio->codecpar->codec_tag = 0;
        outAudio->time_base = m_input->streams[m_audio]->time_base;
        m_outAudio = outAudio->index;
    }
    if (!libav::addChapters(m_output.get(), m_options.chapters, m_options.fromMs))
        return fail(tr("out of memory"));
    if (const int code = avio_open(&m_output->pb, QFile::encodeName(partPath).constData(), AVIO_FLAG_WRITE);
        code < 0)
        return fail(tr("cannot write %1: %2").arg(QFileInfo(partPath).fileName(), libav::errorText(code)));
    AVDictionary* muxerOptions = nullptr;
    if (QByteArray(format->name).contains("mp4") || QByteArray(format->name).contains("mov"))
        av_dict_set(&muxerOptions, "movflags", "+faststart", 0);
    const int code = avformat_write_header(m_output.get(), &muxerOptions);
    av_dict_free(&muxerOptions);
    if (code < 0)
        return fail(tr("cannot start %1: %2").arg(QFileInfo(outputPath).fileName(), libav::errorText(code)));
    m_encoded.reset(av_packet_alloc());
    if (!m_encoded)
        return fail(tr("out of memory"));
    return true;
}

bool ExactCut::drainEncoder()
{
    for (;;) {
        const int code = avcodec_receive_packet(m_encoder.get(), m_encoded.get());
        if (code == AVERROR(EAGAIN) || code == AVERROR_EOF)
            return true;
        if (code < 0)
            return fail(tr("cannot encode the clip: %1").arg(libav::errorText(code)));
        if (m_encoded->duration <= 0)
            m_encoded->duration = 1; // one frame, in the encoder's 1/fps
        // One packet is held back: the last one is stretched to the clip's end (see finishVideo).
        if (m_held && !writeVideo(m_held.get()))
            return false;
        if (!m_held) {
            m_held.reset(av_packet_alloc());
            if (!m_held)
                return fail(tr("out of memory"));
        }
        std::swap(m_held, m_encoded);
    }
}

bool ExactCut::writeVideo(AVPacket* packet)
{
    av_packet_rescale_ts(packet, m_encoder->time_base, m_output->streams[m_outVideo]->time_base);
    packet->stream_index = m_outVideo;
    if (const int written = av_interleaved_write_frame(m_output.get(), packet); written < 0)
        return fail(tr("cannot write the clip: %1").arg(libav::errorText(written)));
    return true;
}

// The last picture lasts to the clip's end: a source that skipped frames there (a lagging canvas) still gives
// a clip as long as its chapter.
bool ExactCut::finishVideo()
{
    if (!m_held)
        return true;
    // Rounded up: the clip lasts its chapter from its first picture, less than a frame more.
    const int64_t endPts =
        av_rescale_q_rnd(av_rescale_q(m_options.toMs, kMilliseconds, kMicroseconds) - m_originUs,
                         kMicroseconds, m_encoder->time_base, AV_ROUND_UP);
    if (m_held->pts != AV_NOPTS_VALUE)
        m_held->duration = std::max<int64_t>(m_held->duration, endPts - m_held->pts);
    const bool ok = writeVideo(m_held.get());
    m_held.reset();
    return ok;
}

// A decoded picture: before the cut it is dropped, past its end the video is done, else it is encoded at its
// time from the cut's start.
bool ExactCut::decoded(AVFrame* frame)
{
    const AVRational base = m_input->streams[m_video]->time_base;
    const int64_t ts =
        frame->best_effort_timestamp != AV_NOPTS_VALUE ? frame->best_effort_timestamp : frame->pts;
    if (ts == AV_NOPTS_VALUE || av_compare_ts(ts, base, m_options.fromMs, kMilliseconds) < 0)
        return true;
    if (av_compare_ts(ts, base, m_options.toMs, kMilliseconds) >= 0) {
        m_videoDone = true;
        return true;
    }
    if (m_originTs == AV_NOPTS_VALUE) {
        // The clip's time 0 is its first picture; the audio held back until now follows it.
        m_originTs = ts;
        m_originUs = av_rescale_q(ts, base, kMicroseconds);
        std::vector<PacketPtr> held = std::move(m_heldAudio);
        for (const PacketPtr& packet : held) {
            if (!writeAudio(packet.get()))
                return false;
        }
    }
    const int64_t fromTs = m_originTs;
    int64_t pts = av_rescale_q_rnd(ts - fromTs, base, m_encoder->time_base,
                                   static_cast<AVRounding>(AV_ROUND_NEAR_INF | AV_ROUND_PASS_MINMAX));
    pts = std::max(pts, m_lastPts + 1); // the encoder wants them increasing
    m_lastPts = pts;

    AVFrame* source = frame;
    if (frame->format != m_encoder->pix_fmt || frame->width != m_encoder->width ||
        frame->height != m_encoder->height) {
        if (!m_converted) {
            m_converted.reset(av_frame_alloc());
            if (!m_converted)
                return fail(tr("out of memory"));
            m_converted->format = m_encoder->pix_fmt;
            m_converted->width = m_encoder->width;
            m_converted->height = m_encoder->height;
            if (av_frame_get_buffer(m_converted.get(), 0) < 0)
                return fail(tr("out of memory"));
        }
        m_scale.reset(sws_getCachedContext(
            m_scale.release(), frame->width, frame->height, static_cast<AVPixelFormat>(frame->format),
            m_encoder->width, m_encoder->height, m_encoder->pix_fmt, SWS_BICUBIC, nullptr, nullptr, nullptr));
        if (!m_scale || av_frame_make_writable(m_converted.get()) < 0)
            return fail(tr("cannot convert the pictures of the clip"));
        sws_scale(m_scale.get(), frame->data, frame->linesize, 0, frame->height, m_converted->data,
                  m_converted->linesize);
        source = m_converted.get();
    }
    source->pts = pts;
    source->pict_type = AV_PICTURE_TYPE_NONE; // the encoder places its own keyframes
    if (const int code = avcodec_send_frame(m_encoder.get(), source); code < 0)
        return fail(tr("cannot encode the clip: %1").arg(libav::errorText(code)));
    ++m_frames;
    if (!drainEncoder())
        return false;
    const qint64 span = std::max<qint64>(1, m_options.toMs - m_options.fromMs);
    const int percent = static_cast<int>(
        std::clamp<qint64>(av_rescale_q(ts - fromTs, base, kMilliseconds) * 100 / span, 0, 99));
    if (percent > m_lastPercent) {
        m_lastPercent = percent;
        if (m_options.progress && !m_options.progress(percent / 100.0))
            return fail(tr("cancelled"));
    }
    return true;
}

bool ExactCut::writeAudio(AVPacket* packet)
{
    if (m_originTs == AV_NOPTS_VALUE) { // before the first picture is known: held (a GOP's worth at most)
        PacketPtr held(av_packet_clone(packet));
        if (!held)
            return fail(tr("out of memory"));
        m_heldAudio.push_back(std::move(held));
        return true;
    }
    const AVRational base = m_input->streams[m_audio]->time_base;
    const int64_t ts = packet->pts != AV_NOPTS_VALUE ? packet->pts : packet->dts;
    if (ts == AV_NOPTS_VALUE || av_compare_ts(ts, base, m_originUs, kMicroseconds) < 0)
        return true;
    // Only whole packets within the span, so the audio never outlasts the video's last frame.
    if (av_compare_ts(ts + std::max<int64_t>(0, packet->duration), base, m_options.toMs, kMilliseconds) > 0) {
        m_audioDone = true;
        return true;
    }
    const int64_t shift = av_rescale_q(m_originUs, kMicroseconds, base);
    if (packet->pts != AV_NOPTS_VALUE)
        packet->pts -= shift;
    if (packet->dts != AV_NOPTS_VALUE)
        packet->dts -= shift;
    if (packet->pts == AV_NOPTS_VALUE)
        packet->pts = packet->dts;
    av_packet_rescale_ts(packet, base, m_output->streams[m_outAudio]->time_base);
    packet->stream_index = m_outAudio;
    packet->pos = -1;
    if (const int code = av_interleaved_write_frame(m_output.get(), packet); code < 0)
        return fail(tr("cannot write the clip: %1").arg(libav::errorText(code)));
    return true;
}

bool ExactCut::run(const QString& inputPath, const QString& outputPath)
{
    const QString partPath = outputPath + QStringLiteral(".part");
    if (m_options.toMs <= m_options.fromMs)
        return fail(tr("the clip would be empty"));
    const bool opened = open(inputPath, partPath, outputPath);
    if (!opened)
        return false;
    // From the keyframe before the cut: the pictures up to it are decoded, not kept.
    const AVStream* video = m_input->streams[m_video];
    av_seek_frame(m_input.get(), m_video, av_rescale_q(m_options.fromMs, kMilliseconds, video->time_base),
                  AVSEEK_FLAG_BACKWARD);
    PacketPtr packet(av_packet_alloc());
    FramePtr frame(av_frame_alloc());
    if (!packet || !frame)
        return fail(tr("out of memory"));
    auto receiveFrames = [&]() {
        for (;;) {
            const int code = avcodec_receive_frame(m_decoder.get(), frame.get());
            if (code == AVERROR(EAGAIN) || code == AVERROR_EOF)
                return true;
            if (code < 0)
                return true; // a damaged picture (a crash's torn end): the others still make the clip
            const bool ok = m_videoDone || decoded(frame.get());
            av_frame_unref(frame.get());
            if (!ok)
                return false;
        }
    };
    while (!m_videoDone || (m_audio >= 0 && !m_audioDone)) {
        if (m_options.cancel && m_options.cancel->load())
            return fail(tr("cancelled"));
        if (av_read_frame(m_input.get(), packet.get()) < 0)
            break; // the end, or a crash's torn end: what came before is kept
        bool ok = true;
        if (packet->stream_index == m_video && !m_videoDone) {
            if (avcodec_send_packet(m_decoder.get(), packet.get()) >= 0)
                ok = receiveFrames();
        } else if (packet->stream_index == m_audio && !m_audioDone) {
            ok = writeAudio(packet.get());
        }
        av_packet_unref(packet.get());
        if (!ok)
            return false;
    }
    if (!m_videoDone) { // the file ended first: the decoder's last pictures
        avcodec_send_packet(m_decoder.get(), nullptr);
        if (!receiveFrames())
            return false;
    }
    if (m_frames == 0)
        return fail(tr("no picture in %1 between %2 s and %3 s")
                        .arg(QFileInfo(inputPath).fileName())
                        .arg(m_options.fromMs / 1000.0)
                        .arg(m_options.toMs / 1000.0));
    avcodec_send_frame(m_encoder.get(), nullptr);
    if (!drainEncoder() || !finishVideo())
        return false;
    // With faststart, the trailer moves the index to the front.
    if (const int code = av_write_trailer(m_output.get()); code < 0)
        return fail(tr("cannot finish %1: %2").arg(QFileInfo(outputPath).fileName(), libav::errorText(code)));
    m_output.reset(); // closes the file
    QFile::remove(outputPath);
    if (!QFile::rename(partPath, outputPath))
        return fail(tr("cannot rename %1 to %2").arg(partPath, QFileInfo(outputPath).fileName()));
    return true;
}

} // namespace

bool ClipEncoder::encode(const QString& input, const QString& output, const Options& options, QString* error)
{
    if (av_log_get_level() > AV_LOG_WARNING)
        av_log_set_level(AV_LOG_WARNING);
    QString ignored;
    if (!error)
        error = &ignored;
    bool ok = false;
    {
        ExactCut cut(options, error);
        ok = cut.run(input, output);
    } // the output is closed here, before its part is removed
    if (!ok) {
        QFile::remove(output + QStringLiteral(".part"));
        return false;
    }
    if (options.progress)
        options.progress(1.0);
    return true;
}

} // namespace vitrine
