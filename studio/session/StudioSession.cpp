#include "session/StudioSession.h"

#include "show/ShowDocument.h"

#include <QFileInfo>

namespace vitrine {

StudioSession::StudioSession(QObject* parent) : QObject(parent) {}

StudioSession::~StudioSession()
{
    close();
}

bool StudioSession::open(const QString& showPath, Options options, QString* error)
{
    const std::optional<ShowDocument> show = ShowDocument::load(showPath, error);
    if (!show)
        return false;
    options.video = show->canvas;
    return open(show->scenes, QFileInfo(showPath).absoluteDir(), options, error);
}

bool StudioSession::open(const SceneCollection& scenes, const QDir& baseDir, const Options& options,
                         QString* error)
{
    close();
    m_engine = std::make_unique<Engine>();
    Engine::Options engineOptions;
    engineOptions.nativeDisplay = options.nativeDisplay;
    engineOptions.video = options.video;
    bool ok = m_engine->start(engineOptions, error);
    if (ok) {
        m_scenes = std::make_unique<SceneGraph>(baseDir);
        ok = m_scenes->build(scenes, error);
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
    return true;
}

bool StudioSession::reconfigure(const VideoSettings& video, const EncoderSettings& encoders, QString* error)
{
    if (!isOpen())
        return false;
    if (video != m_engine->video()) {
        // The encoders point at libobs's video output, which the reset replaces.
        m_encoders->release();
        if (!m_engine->resetVideo(video, error)) {
            QString ignored;
            [[maybe_unused]] const bool restored = m_encoders->create(m_encoders->settings(), &ignored);
            return false;
        }
    }
    return m_encoders->create(encoders, error);
}

void StudioSession::close()
{
    m_encoders.reset();
    m_switcher.reset();
    m_scenes.reset();
    m_engine.reset();
}

} // namespace vitrine
