#pragma once

#include "OverlaySource.h"

#include <QImage>
#include <QPoint>

#include <obs.hpp>

#include <array>
#include <memory>

namespace vitrine {

// One on-air overlay in the layer's scene: two overlay sources, so a new content (another product pinned)
// cross-fades over the old one while an update of the same content (its stock) replaces it in place. Shows
// and hides fade and slide (OverlaySource::kAnimationNs); a hidden element draws nothing.
class OverlayElement {
public:
    enum class Change { InPlace, CrossFade };

    OverlayElement(obs_scene_t* scene, const char* name);
    OverlayElement(const OverlayElement&) = delete;
    OverlayElement& operator=(const OverlayElement&) = delete;

    // Puts `image` on air at `position` on the canvas: fades in when it was off air, else as `change` says.
    void present(const QImage& image, QPoint position, Change change);
    void dismiss();
    bool isOnAir() const { return m_onAir; }
    // The source drawing the current content (tests read its counters).
    const OverlaySource& front() const { return *m_sources[m_front]; }
    QPoint position() const { return m_position; }
    // Images posted to and uploaded by both sources, for tests and benchmarks.
    quint64 postedCount() const { return m_sources[0]->postedCount() + m_sources[1]->postedCount(); }
    quint64 uploadedCount() const { return m_sources[0]->uploadedCount() + m_sources[1]->uploadedCount(); }

private:
    std::array<std::unique_ptr<OverlaySource>, 2> m_sources;
    std::array<obs_sceneitem_t*, 2> m_items{}; // owned by the scene
    int m_front = 0;
    bool m_onAir = false;
    QPoint m_position;
};

} // namespace vitrine
