#pragma once

#include <QImage>
#include <QObject>
#include <QSize>

#include <atomic>
#include <memory>
#include <mutex>

class QThread;
struct video_data;
struct video_output;
typedef struct video_output video_t;

namespace vitrine {

// The program as images a Qt view can paint: the frames libobs already converts for the encoders (a raw
// video callback on the main output, NV12 or I420), at most one every `divisor` canvas frames, scaled to the
// view's size on a worker thread. Nothing is drawn on libobs's graphics thread, so watching the program costs
// the live no render pass and no present. A frame still being scaled when the next one comes is dropped.
class ProgramFrameTap : public QObject {
    Q_OBJECT
public:
    explicit ProgramFrameTap(QObject* parent = nullptr);
    ~ProgramFrameTap() override;

    // Starts receiving frames (libobs must be running); stop() disconnects from libobs.
    void start(int divisor);
    void stop();
    bool isRunning() const { return m_running; }
    // Another canvas's frames (a view's video output, e.g. the vertical canvas); null: the main canvas.
    // Takes effect at the next start().
    void setVideo(video_t* video) { m_video = video; }
    // The largest size images are scaled to (the canvas's aspect ratio is kept); empty: the canvas size.
    void setTargetSize(const QSize& pixels);

Q_SIGNALS:
    // A new frame, scaled (emitted on the thread that owns this object).
    void frameReady(const QImage& frame);

private:
    class Scaler;
    static void onRawFrame(void* param, video_data* frame); // libobs's video thread
    void receive(const video_data& frame);

    std::unique_ptr<QThread> m_thread;
    std::unique_ptr<Scaler> m_scaler; // lives on m_thread
    bool m_running = false;
    video_t* m_video = nullptr;  // null: the main canvas
    video_t* m_tapped = nullptr; // what start() connected to (null: the main canvas's raw callback)
    std::atomic<int> m_divisor{1};
    std::atomic<bool> m_busy{false}; // a frame is being scaled: the next ones are dropped until it is done
    std::uint64_t m_frames = 0;      // video thread only
    std::mutex m_sizeMutex;
    QSize m_targetSize;
};

} // namespace vitrine
