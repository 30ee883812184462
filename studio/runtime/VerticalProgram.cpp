#include "runtime/VerticalProgram.h"

#include "OverlayLayer.h"

#include "engine/VerticalCanvas.h"
#include "output/EncoderSet.h"
#include "scene/SceneGraph.h"
#include "scene/VerticalScenes.h"
#include "show/ShowStore.h"

#include <QTimer>

namespace vitrine {

VerticalProgram::VerticalProgram(QObject* parent) : QObject(parent) {}

VerticalProgram::~VerticalProgram()
{
    m_encoders.reset();
    m_overlays.reset();
    if (m_canvas)
        m_canvas->setSource(0, nullptr);
    m_scenes.reset();
    m_canvas.reset();
}

bool VerticalProgram::open(const Parts& parts, QSize size, QString* error)
{
    m_parts = parts;
    auto canvas = std::make_unique<VerticalCanvas>();
    if (!canvas->open(size, error))
        return false;
    auto encoders = std::make_unique<EncoderSet>();
    if (!encoders->createOn(canvas->video(), parts.landscapeEncoders->audio(),
                            parts.landscapeEncoders->settings(), error))
        return false;
    obs_video_info ovi{};
    obs_get_video_info(&ovi);
    const QSize landscape(static_cast<int>(ovi.base_width), static_cast<int>(ovi.base_height));
    m_canvas = std::move(canvas);
    m_scenes = std::make_unique<VerticalScenes>(*parts.scenes, landscape, size);
    m_encoders = std::move(encoders);
    m_overlays =
        std::make_unique<OverlayLayer>(parts.store, parts.live, parts.images, size, m_canvas->view());
    m_program = parts.scenes->programScene();
    rebuildScenes();
    // The show's scenes change in the editor: the vertical ones follow once libobs's scenes have.
    connect(parts.store, &ShowStore::changed, this, [this] {
        QTimer::singleShot(0, this, [this] {
            if (m_parts.store->document().scenes != m_scenes->builtFrom())
                rebuildScenes();
        });
    });
    return true;
}

video_t* VerticalProgram::video() const
{
    return m_canvas ? m_canvas->video() : nullptr;
}

QSize VerticalProgram::size() const
{
    return m_canvas ? m_canvas->size() : QSize();
}

void VerticalProgram::rebuildScenes()
{
    // The view keeps the scene it shows until it is given the new one: no blank frame in between.
    m_scenes->build(m_parts.store->document().scenes);
    setProgramScene(m_program);
}

void VerticalProgram::setProgramScene(const QString& name)
{
    m_program = name;
    m_canvas->setSource(0, m_scenes->sceneSource(name));
    m_overlays->setProgramScene(name);
}

} // namespace vitrine
