#pragma once

#include "engine/Engine.h"
#include "output/EncoderSet.h"
#include "scene/ProgramSwitcher.h"
#include "scene/SceneGraph.h"
#include "show/SceneCollection.h"

#include <QDir>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace vitrine {

// A show's scenes on a running libobs: the engine, the scenes built in libobs, and the shared encoders. The
// show itself is the ShowStore's (LiveShow owns both). Members are torn down encoders → switcher → scenes →
// engine.
class StudioSession : public QObject {
    Q_OBJECT
public:
    struct Options {
        void* nativeDisplay = nullptr; // X11 Display*, not owned
        VideoSettings video;           // the canvas, as resolved for the run (resolveRunSettings)
        EncoderSettings encoders;
        bool transitions = false; // the window's program goes through a transition (ProgramSwitcher)
    };

    explicit StudioSession(QObject* parent = nullptr);
    ~StudioSession() override;

    // Starts libobs, builds the scenes and the encoders; baseDir resolves the scenes' relative paths. Fails
    // with a message, changing nothing visible (libobs is left down).
    [[nodiscard]] bool open(const SceneCollection& scenes, const QDir& baseDir, const Options& options,
                            QString* error);
    // Loads a show file and opens its scenes on its own canvas (Options::video is ignored); for tools and
    // tests that need libobs with a show but none of the live show around it.
    [[nodiscard]] bool open(const QString& showPath, Options options, QString* error);
    // Changes the canvas (libobs's video is reset) and rebuilds the encoders; refused while an output is
    // active. Views reading libobs's frames must let go first (LiveShow::videoAboutToReset).
    [[nodiscard]] bool reconfigure(const VideoSettings& video, const EncoderSettings& encoders,
                                   QString* error);

    bool isOpen() const { return m_engine && m_engine->isStarted(); }
    Engine& engine() { return *m_engine; }
    SceneGraph& scenes() { return *m_scenes; }
    // With Options::transitions: what is on air and in preview; null otherwise.
    ProgramSwitcher* switcher() { return m_switcher.get(); }
    const EncoderSet& encoders() const { return *m_encoders; }

private:
    void close();

    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<SceneGraph> m_scenes;
    std::unique_ptr<ProgramSwitcher> m_switcher;
    std::unique_ptr<EncoderSet> m_encoders;
};

} // namespace vitrine
