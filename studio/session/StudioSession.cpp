#include "session/StudioSession.h"

#include <QFileInfo>

namespace vitrine {

StudioSession::StudioSession(QObject* parent) : QObject(parent) {}

StudioSession::~StudioSession()
{
    close();
}

bool StudioSession::open(const QString& showPath, const Options& options, QString* error)
{
    const std::optional<ShowDocument> show = ShowDocument::load(showPath, error);
    return show && open(*show, QFileInfo(showPath).absoluteDir(), options, error);
}

bool StudioSession::open(const ShowDocument& show, const QDir& baseDir, const Options& options,
                         QString* error)
{
    close();
    m_engine = std::make_unique<Engine>();
    Engine::Options engineOptions;
    engineOptions.nativeDisplay = options.nativeDisplay;
    engineOptions.video = options.canvas.applyTo(show.canvas);
    bool ok = m_engine->start(engineOptions, error);
    if (ok) {
        m_scenes = std::make_unique<SceneGraph>(baseDir);
        ok = m_scenes->build(show.scenes, error);
    }
    if (ok && options.transitions)
        m_switcher = std::make_unique<ProgramSwitcher>(m_scenes.get());
    if (ok) {
        m_encoders = std::make_unique<EncoderSet>();
        ok = m_encoders->create(options.encoders, error);
    }
    if (!ok) {
        close();
        return false;
    }
    m_show = show;
    return true;
}

void StudioSession::close()
{
    m_encoders.reset();
    m_switcher.reset();
    m_scenes.reset();
    m_engine.reset();
}

} // namespace vitrine
