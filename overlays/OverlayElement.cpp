#include "OverlayElement.h"

namespace vitrine {

OverlayElement::OverlayElement(obs_scene_t* scene, const char* name)
{
    for (size_t i = 0; i < m_sources.size(); ++i) {
        m_sources[i] = std::make_unique<OverlaySource>(name);
        m_sources[i]->setShown(false, false);
        if (scene && m_sources[i]->isValid())
            m_items[i] = obs_scene_add(scene, m_sources[i]->source());
    }
}

void OverlayElement::present(const QImage& image, QPoint position, Change change)
{
    int target = m_front;
    if (m_onAir && change == Change::CrossFade) {
        m_sources[m_front]->setShown(false, true);
        target = 1 - m_front;
    }
    m_sources[target]->post(image);
    if (m_items[target]) {
        vec2 pos;
        vec2_set(&pos, static_cast<float>(position.x()), static_cast<float>(position.y()));
        obs_sceneitem_set_pos(m_items[target], &pos);
        // The incoming content draws above the outgoing one.
        obs_sceneitem_set_order(m_items[target], OBS_ORDER_MOVE_TOP);
    }
    if (!m_onAir || target != m_front)
        m_sources[target]->setShown(true, true);
    m_front = target;
    m_onAir = true;
    m_position = position;
}

void OverlayElement::dismiss()
{
    if (!m_onAir)
        return;
    m_sources[m_front]->setShown(false, true);
    m_onAir = false;
}

} // namespace vitrine
