#pragma once

#include <QImage>
#include <QSize>

#include <obs.hpp>

namespace vitrine {

// The id of Vitrine's own libobs source kind for overlays: it draws the last image posted to it, at its own
// size (the card's, not the canvas's), and uploads it to the GPU only when a new one was posted.
inline constexpr const char* kOverlaySourceId = "vitrine_overlay";

// Registers the kind with libobs unless it already is (it lives as long as libobs: registered again after a
// restart). The overlay layer calls it before creating a source, so the engine knows nothing of overlays.
void ensureOverlaySourceKind();

// One private source of that kind (not listed among the show's sources, never saved). Painting happens on the
// owner's thread (QPainter into a QImage); post() hands a copy of the pixels to the source, which the
// graphics thread turns into a texture on its next frame.
class OverlaySource {
public:
    explicit OverlaySource(const char* name);
    OverlaySource(const OverlaySource&) = delete;
    OverlaySource& operator=(const OverlaySource&) = delete;

    obs_source_t* source() const { return m_source; }
    bool isValid() const { return m_source != nullptr; }

    // How long a fade (with its slide) in or out lasts.
    static constexpr uint64_t kAnimationNs = 300'000'000;

    // The next frames draw `image` (any format; converted once here). A null image draws nothing.
    void post(const QImage& image);
    // Shows or hides what was posted: fading and sliding in or out over kAnimationNs from the next frame, or
    // at once. The graphics thread works the animation out from the frame's time: nothing is repainted or
    // uploaded while it runs. A new source is shown, without animation.
    void setShown(bool shown, bool animated);
    bool isShown() const;
    QSize size() const;
    // How many images were posted, and how many the graphics thread uploaded (tests, benchmarks).
    quint64 postedCount() const;
    quint64 uploadedCount() const;

private:
    OBSSourceAutoRelease m_source;
};

} // namespace vitrine
