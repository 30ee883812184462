#pragma once

#include "engine/Engine.h"
#include "output/EncoderSet.h"
#include "scene/ProgramSwitcher.h"
#include "scene/SceneGraph.h"
#include "show/ShowDocument.h"

#include <QDir>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace vitrine {

// A show opened on a running libobs: the engine, the show's scenes built in libobs, and the shared encoders.
// The window and the headless runner both stand on it. Members are torn down encoders → switcher → scenes →
// engine.
class StudioSession : public QObject {
    Q_OBJECT
public:
    struct Options {
        void* nativeDisplay = nullptr; // X11 Display*, not owned
        CanvasOverride canvas;         // changes to the show's canvas
        EncoderSettings encoders;
        bool transitions = false; // the window's program goes through a transition (ProgramSwitcher)
    };

    explicit StudioSession(QObject* parent = nullptr);
    ~StudioSession() override;

    // Loads the show, starts libobs, builds the scenes and the encoders. Fails with a message, changing
    // nothing visible (libobs is left down).
    [[nodiscard]] bool open(const QString& showPath, const Options& options, QString* error);
    // The same for a show already loaded (by a ShowStore); baseDir resolves its relative paths.
    [[nodiscard]] bool open(const ShowDocument& show, const QDir& baseDir, const Options& options,
                            QString* error);

    bool isOpen() const { return m_engine && m_engine->isStarted(); }
    const ShowDocument& show() const { return m_show; }
    Engine& engine() { return *m_engine; }
    SceneGraph& scenes() { return *m_scenes; }
    // With Options::transitions: what is on air and in preview; null otherwise.
    ProgramSwitcher* switcher() { return m_switcher.get(); }
    const EncoderSet& encoders() const { return *m_encoders; }

private:
    void close();

    ShowDocument m_show;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<SceneGraph> m_scenes;
    std::unique_ptr<ProgramSwitcher> m_switcher;
    std::unique_ptr<EncoderSet> m_encoders;
};

} // namespace vitrine
