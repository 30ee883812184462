#pragma once

#include "engine/ObsHandles.h"

#include <QSize>
#include <QString>

#include <cstdint>

namespace vitrine {

// A second canvas composed at the same time as libobs's main one: a libobs view with its own video output
// (9:16, e.g. 720×1280) at the main canvas's frame rate. What it shows is set per output channel, like the
// main canvas's; encoders read video(). Needs libobs started; lives shorter than it.
class VerticalCanvas {
public:
    VerticalCanvas() = default;
    ~VerticalCanvas();
    VerticalCanvas(const VerticalCanvas&) = delete;
    VerticalCanvas& operator=(const VerticalCanvas&) = delete;

    // The vertical size for a landscape canvas: 1080×1920 for a 1080-line canvas or taller, else 720×1280.
    static QSize sizeFor(QSize landscape);

    // Creates the view and its video output of `size` (even, at least 16 px a side); false with a message.
    [[nodiscard]] bool open(QSize size, QString* error);
    bool isOpen() const { return m_video != nullptr; }
    QSize size() const { return m_size; }
    video_t* video() const { return m_video; }
    // Shows `source` (null: nothing) on one of the view's output channels (0: the program).
    void setSource(std::uint32_t channel, obs_source_t* source);
    obs_view_t* view() const { return m_view.get(); }

private:
    void close();

    ObsViewPtr m_view;
    ObsViewVideoPtr m_output; // the same view: removed before m_view is destroyed
    video_t* m_video = nullptr;
    QSize m_size;
};

} // namespace vitrine
