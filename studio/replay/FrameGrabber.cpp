#include "replay/FrameGrabber.h"

#include "replay/LibavHandles.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <memory>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libswscale/swscale.h>
}

namespace vitrine {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("vitrine::FrameGrabber", text);
}

} // namespace

QImage FrameGrabber::grab(const QString& path, qint64 atMs, int width, QString* error)
{
    auto fail = [error](const QString& reason) {
        if (error)
            *error = reason;
        return QImage();
    };
    AVFormatContext* rawInput = nullptr;
    if (avformat_open_input(&rawInput, QFile::encodeName(path).constData(), nullptr, nullptr) < 0)
        return fail(tr("cannot open %1").arg(QFileInfo(path).fileName()));
    libav::InputPtr input(rawInput);
    if (avformat_find_stream_info(input.get(), nullptr) < 0)
        return fail(tr("cannot read the streams of %1").arg(QFileInfo(path).fileName()));
    const AVCodec* codec = nullptr;
    const int index = av_find_best_stream(input.get(), AVMEDIA_TYPE_VIDEO, -1, -1, &codec, 0);
    if (index < 0 || !codec)
        return fail(tr("%1 has no video to take a picture from").arg(QFileInfo(path).fileName()));
    AVStream* stream = input->streams[index];
    libav::CodecPtr decoder(avcodec_alloc_context3(codec));
    if (!decoder || avcodec_parameters_to_context(decoder.get(), stream->codecpar) < 0 ||
        avcodec_open2(decoder.get(), codec, nullptr) < 0)
        return fail(tr("cannot decode the video of %1").arg(QFileInfo(path).fileName()));
    const int64_t target = av_rescale_q(atMs, {1, 1000}, stream->time_base);
    av_seek_frame(input.get(), index, target, AVSEEK_FLAG_BACKWARD); // from the keyframe before, if any

    libav::PacketPtr packet(av_packet_alloc());
    libav::FramePtr frame(av_frame_alloc());
    bool decoded = false;
    // Decode forward to the wanted time (or the last frame before the end).
    while (av_read_frame(input.get(), packet.get()) >= 0) {
        if (packet->stream_index != index) {
            av_packet_unref(packet.get());
            continue;
        }
        const int sent = avcodec_send_packet(decoder.get(), packet.get());
        av_packet_unref(packet.get());
        if (sent < 0)
            continue;
        bool reached = false;
        while (avcodec_receive_frame(decoder.get(), frame.get()) == 0) {
            decoded = true;
            if (frame->best_effort_timestamp != AV_NOPTS_VALUE && frame->best_effort_timestamp >= target) {
                reached = true;
                break;
            }
        }
        if (reached)
            break;
    }
    if (!decoded)
        return fail(tr("no picture could be decoded from %1").arg(QFileInfo(path).fileName()));
    const int height = std::max(2, frame->height * width / std::max(1, frame->width));
    libav::ScalePtr scale(sws_getContext(frame->width, frame->height,
                                         static_cast<AVPixelFormat>(frame->format), width, height,
                                         AV_PIX_FMT_RGB32, SWS_BICUBIC, nullptr, nullptr, nullptr));
    if (!scale)
        return fail(tr("cannot scale the picture of %1").arg(QFileInfo(path).fileName()));
    QImage image(width, height, QImage::Format_RGB32);
    uint8_t* planes[4] = {image.bits(), nullptr, nullptr, nullptr};
    const int strides[4] = {static_cast<int>(image.bytesPerLine()), 0, 0, 0};
    sws_scale(scale.get(), frame->data, frame->linesize, 0, frame->height, planes, strides);
    return image;
}

} // namespace vitrine
