#pragma once

#include "base/VideoSettings.h"
#include "engine/ObsLog.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>

namespace vitrine {

enum class WindowSystem { X11, Wayland };

// Figures libobs keeps about rendering; outputs add their own (see OutputStats).
struct RenderStats {
    std::uint32_t framesRendered = 0;
    std::uint32_t framesLagged = 0;
    std::uint32_t framesSkipped = 0;
    double averageRenderMs = 0.0;
};

// Owns libobs's lifetime: platform set-up, start-up, module loading, video/audio reset and shut-down.
// Exactly one Engine may be started per process (libobs is a process-wide singleton).
class Engine : public QObject {
    Q_OBJECT
public:
    struct Options {
        WindowSystem windowSystem = WindowSystem::X11;
        void* nativeDisplay = nullptr; // Display* (X11) or wl_display* (Wayland); not owned
        VideoSettings video;
        QString configDir; // where modules may keep their config; a temp folder when empty
        QStringList modules = defaultModules();
        QString pluginDir; // empty: the folder libobs was built with
        QString pluginDataDir;
    };

    explicit Engine(QObject* parent = nullptr);
    ~Engine() override;
    Engine(const Engine&) = delete;
    Engine& operator=(const Engine&) = delete;

    // Starts libobs. On failure returns false, fills *error with a message for people, and leaves libobs
    // down.
    [[nodiscard]] bool start(const Options& options, QString* error);
    // Changes the canvas; fails while an output is active.
    [[nodiscard]] bool resetVideo(const VideoSettings& video, QString* error);

    bool isStarted() const { return m_started; }
    VideoSettings video() const { return m_video; }
    QStringList loadedModules() const { return m_loadedModules; }
    RenderStats renderStats() const;
    // The OpenGL renderer libobs draws with, e.g. "llvmpipe (LLVM 15.0.6, 256 bits)".
    QString renderer() const { return m_renderer; }
    bool isSoftwareRenderer() const { return m_softwareRenderer; }
    // How many canvas frames a view waits between two of its frames: 2 on a software renderer (each draw and
    // present costs the graphics thread CPU time the live needs), 1 with a GPU.
    int viewFrameDivisor() const { return m_softwareRenderer ? 2 : 1; }

    // The modules Vitrine uses. rtmp-services is left out on purpose: it downloads a service list on load.
    static QStringList defaultModules();

private:
    void loadModules(const Options& options);
    void detectRenderer();
    void shutdown();

    std::unique_ptr<ObsLogRouter> m_logRouter;
    QStringList m_loadedModules;
    VideoSettings m_video;
    QString m_renderer;
    bool m_softwareRenderer = false;
    bool m_started = false;
};

} // namespace vitrine
