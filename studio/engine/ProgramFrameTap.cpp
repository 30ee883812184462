#include "engine/ProgramFrameTap.h"

#include <obs.h>

#include <QByteArray>
#include <QMetaObject>
#include <QThread>

extern "C" {
#include <libswscale/swscale.h>
}

#include <algorithm>
#include <cstring>

namespace vitrine {
namespace {

struct SwsContextDeleter {
    void operator()(SwsContext* context) const { sws_freeContext(context); }
};
using SwsContextPtr = std::unique_ptr<SwsContext, SwsContextDeleter>;

// A frame copied out of libobs: its planes packed one after the other, with their strides.
struct CopiedFrame {
    QByteArray bytes;
    int width = 0;
    int height = 0;
    AVPixelFormat format = AV_PIX_FMT_NONE;
    int planes = 0;
    int offsets[3] = {0, 0, 0};
    int strides[3] = {0, 0, 0};
};

QSize fitted(const QSize& frame, const QSize& target)
{
    if (target.isEmpty())
        return frame;
    QSize size = frame.scaled(target, Qt::KeepAspectRatio);
    size.setWidth(std::max(2, size.width() & ~1));
    size.setHeight(std::max(2, size.height() & ~1));
    return size;
}

} // namespace

// Scales copied frames to RGB images on its own thread.
class ProgramFrameTap::Scaler : public QObject {
public:
    explicit Scaler(ProgramFrameTap* tap) : m_tap(tap) {}

    void scale(const CopiedFrame& frame, const QSize& target)
    {
        const QSize size = fitted(QSize(frame.width, frame.height), target);
        m_context.reset(sws_getCachedContext(m_context.release(), frame.width, frame.height, frame.format,
                                             size.width(), size.height(), AV_PIX_FMT_BGRA, SWS_FAST_BILINEAR,
                                             nullptr, nullptr, nullptr));
        if (m_context) {
            // libobs converts to Rec. 709, limited range.
            const int* coefficients = sws_getCoefficients(SWS_CS_ITU709);
            sws_setColorspaceDetails(m_context.get(), coefficients, 0, sws_getCoefficients(SWS_CS_DEFAULT), 1,
                                     0, 1 << 16, 1 << 16);
            QImage image(size, QImage::Format_RGB32);
            const uint8_t* source[3] = {};
            for (int plane = 0; plane < frame.planes; ++plane)
                source[plane] =
                    reinterpret_cast<const uint8_t*>(frame.bytes.constData()) + frame.offsets[plane];
            uint8_t* destination[1] = {image.bits()};
            const int destinationStride[1] = {static_cast<int>(image.bytesPerLine())};
            sws_scale(m_context.get(), source, frame.strides, 0, frame.height, destination,
                      destinationStride);
            Q_EMIT m_tap->frameReady(image); // queued to the tap's thread
        }
        m_tap->m_busy.store(false);
    }

private:
    ProgramFrameTap* m_tap;
    SwsContextPtr m_context;
};

ProgramFrameTap::ProgramFrameTap(QObject* parent)
    : QObject(parent), m_thread(std::make_unique<QThread>()), m_scaler(std::make_unique<Scaler>(this))
{
    m_thread->setObjectName(QStringLiteral("vitrine-program-frames"));
    m_scaler->moveToThread(m_thread.get());
    m_thread->start();
}

ProgramFrameTap::~ProgramFrameTap()
{
    stop();
    m_thread->quit();
    m_thread->wait();
    m_scaler.reset();
}

void ProgramFrameTap::start(int divisor)
{
    m_divisor.store(std::max(1, divisor));
    if (m_running || !obs_initialized())
        return;
    m_tapped = m_video;
    if (m_tapped)
        video_output_connect(m_tapped, nullptr, onRawFrame, this);
    else
        obs_add_raw_video_callback(nullptr, onRawFrame, this);
    m_running = true;
}

void ProgramFrameTap::stop()
{
    if (!m_running)
        return;
    // Returns once a callback that may be running has returned.
    if (m_tapped)
        video_output_disconnect(m_tapped, onRawFrame, this);
    else
        obs_remove_raw_video_callback(onRawFrame, this);
    m_tapped = nullptr;
    m_running = false;
}

void ProgramFrameTap::setTargetSize(const QSize& pixels)
{
    const std::lock_guard lock(m_sizeMutex);
    m_targetSize = pixels;
}

void ProgramFrameTap::onRawFrame(void* param, video_data* frame)
{
    static_cast<ProgramFrameTap*>(param)->receive(*frame);
}

// libobs's video thread, which also feeds the encoders: copy and leave.
void ProgramFrameTap::receive(const video_data& frame)
{
    if (m_frames++ % static_cast<std::uint64_t>(m_divisor.load()) != 0 || m_busy.load())
        return;
    const video_output_info* info = video_output_get_info(m_tapped ? m_tapped : obs_get_video());
    if (!info)
        return;
    CopiedFrame copy;
    copy.width = static_cast<int>(info->width);
    copy.height = static_cast<int>(info->height);
    int heights[3] = {copy.height, 0, 0};
    switch (info->format) {
    case VIDEO_FORMAT_NV12:
        copy.format = AV_PIX_FMT_NV12;
        copy.planes = 2;
        heights[1] = copy.height / 2;
        break;
    case VIDEO_FORMAT_I420:
        copy.format = AV_PIX_FMT_YUV420P;
        copy.planes = 3;
        heights[1] = heights[2] = copy.height / 2;
        break;
    default:
        return; // other output formats: no frames for the view
    }
    qsizetype total = 0;
    for (int plane = 0; plane < copy.planes; ++plane) {
        copy.offsets[plane] = static_cast<int>(total);
        copy.strides[plane] = static_cast<int>(frame.linesize[plane]);
        total += qsizetype(frame.linesize[plane]) * heights[plane];
    }
    copy.bytes.resize(total);
    for (int plane = 0; plane < copy.planes; ++plane)
        std::memcpy(copy.bytes.data() + copy.offsets[plane], frame.data[plane],
                    size_t(frame.linesize[plane]) * size_t(heights[plane]));
    QSize target;
    {
        const std::lock_guard lock(m_sizeMutex);
        target = m_targetSize;
    }
    m_busy.store(true);
    QMetaObject::invokeMethod(
        m_scaler.get(), [scaler = m_scaler.get(), copy, target] { scaler->scale(copy, target); },
        Qt::QueuedConnection);
}

} // namespace vitrine
