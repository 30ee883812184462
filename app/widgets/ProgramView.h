#pragma once

#include <QElapsedTimer>
#include <QImage>
#include <QWidget>

class QPainter;
struct video_output;
typedef struct video_output video_t;

namespace vitrine {

class ProgramFrameTap;

// The program (what is on air) as Qt paints it, letter-boxed: the frames libobs converts for the encoders,
// scaled off the GUI thread (ProgramFrameTap). Costs libobs's graphics thread nothing, which on machines
// without a GPU is the difference between a view and lagged frames on air. Receives frames only while shown.
class ProgramView : public QWidget {
    Q_OBJECT
public:
    // What goes out of the studio now: drawn as a red frame with "ON AIR" (a live, recorded or not) or "REC"
    // (a recording only).
    enum class OnAir { Off, Live, Recording };
    Q_ENUM(OnAir)

    explicit ProgramView(QWidget* parent = nullptr);
    ~ProgramView() override;

    // Shows another canvas (the vertical one's video output); null: the main canvas; also null to let go of
    // a canvas about to close.
    void setVideo(video_t* video);
    // Drawn while there is no frame yet.
    void setPlaceholder(const QString& text);
    // One frame every `divisor` canvas frames (2: 15 fps of a 30 fps show).
    void setFrameDivisor(int divisor);
    bool hasDrawnFrame() const { return m_drawn; }
    // Lets go of libobs's frames while its video is reset (the canvas changes), then takes them again.
    void suspendFrames();
    void resumeFrames();
    // Where the frame is drawn in the widget.
    QRect frameRect() const;
    void setOnAir(OnAir state);
    OnAir onAir() const { return m_onAir; }
    // "ON AIR", "REC", or empty.
    QString onAirText() const;

Q_SIGNALS:
    // The first frame with the program's pixels was painted (after msSinceCreated ms).
    void firstFrameDrawn(qint64 msSinceCreated);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void onFrame(const QImage& frame);
    void paintOnAir(QPainter& painter);
    void updateTargetSize();

    ProgramFrameTap* m_tap;
    QImage m_frame;
    QString m_placeholder;
    OnAir m_onAir = OnAir::Off;
    int m_divisor = 1;
    bool m_drawn = false;
    bool m_suspended = false;
    QElapsedTimer m_sinceCreated;
};

} // namespace vitrine
