#include "engine/Engine.h"

#include "engine/GstreamerSource.h"

#include <obsconfig.h> // defines ENABLE_WAYLAND, which obs-nix-platform.h needs

#include <obs-nix-platform.h>
#include <obs.h>

extern "C" {
#include <libavutil/log.h>
}

#include <GL/gl.h>

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace vitrine {
namespace {

QString describeVideoResetError(int code)
{
    switch (code) {
    case OBS_VIDEO_NOT_SUPPORTED:
        return Engine::tr("the graphics adapter does not support the video settings");
    case OBS_VIDEO_INVALID_PARAM:
        return Engine::tr("invalid video settings");
    case OBS_VIDEO_CURRENTLY_ACTIVE:
        return Engine::tr("video is in use by an active output");
    case OBS_VIDEO_MODULE_NOT_FOUND:
        return Engine::tr("the graphics module libobs-opengl was not found");
    default:
        return Engine::tr("graphics initialisation failed (is Mesa's OpenGL installed?)");
    }
}

} // namespace

Engine::Engine(QObject* parent) : QObject(parent) {}

Engine::~Engine()
{
    shutdown();
}

QStringList Engine::defaultModules()
{
    return {QStringLiteral("image-source"),  QStringLiteral("text-freetype2"),
            QStringLiteral("obs-ffmpeg"),    QStringLiteral("obs-x264"),
            QStringLiteral("obs-outputs"),   QStringLiteral("obs-transitions"),
            QStringLiteral("obs-filters"),   QStringLiteral("linux-v4l2"),
            QStringLiteral("linux-capture"), QStringLiteral("linux-pulseaudio")};
}

bool Engine::start(const Options& options, QString* error)
{
    Q_ASSERT(!m_started);
    if (!options.video.isValid()) {
        *error = tr("invalid canvas %1×%2 at %3 fps (sizes must be even, at least 16)")
                     .arg(options.video.width)
                     .arg(options.video.height)
                     .arg(options.video.fps);
        return false;
    }
    if (options.nativeDisplay == nullptr) {
        *error =
            tr("no X11 or Wayland display: libobs needs one even without a window (on a server, run under "
               "xvfb-run)");
        return false;
    }

    m_logRouter = std::make_unique<ObsLogRouter>();
    // FFmpeg's encoders and demuxers inside libobs print their chatter straight to stderr otherwise.
    av_log_set_level(AV_LOG_ERROR);
    obs_set_nix_platform(options.windowSystem == WindowSystem::Wayland ? OBS_NIX_PLATFORM_WAYLAND
                                                                       : OBS_NIX_PLATFORM_X11_EGL);
    obs_set_nix_platform_display(options.nativeDisplay);

    QString configDir = options.configDir;
    if (configDir.isEmpty())
        configDir = QDir::tempPath() + QStringLiteral("/vitrine-obs-config");
    QDir().mkpath(configDir);
    if (!obs_startup("en-US", QDir(configDir).absolutePath().toUtf8().constData(), nullptr)) {
        *error = tr("libobs failed to start");
        m_logRouter.reset();
        return false;
    }
    m_started = true;

    if (!resetVideo(options.video, error)) {
        shutdown();
        return false;
    }
    obs_audio_info audio{};
    audio.samples_per_sec = 48000;
    audio.speakers = SPEAKERS_STEREO;
    if (!obs_reset_audio(&audio)) {
        *error = tr("audio initialisation failed");
        shutdown();
        return false;
    }

    detectRenderer();
    registerGstreamerSourceKind();
    loadModules(options);
    obs_post_load_modules();
    qCInfo(lcEngine) << "libobs" << obs_get_version_string() << "started, modules:" << m_loadedModules;
    return true;
}

bool Engine::resetVideo(const VideoSettings& video, QString* error)
{
    obs_video_info ovi{};
    ovi.graphics_module = "libobs-opengl";
    ovi.fps_num = static_cast<uint32_t>(video.fps);
    ovi.fps_den = 1;
    ovi.base_width = ovi.output_width = static_cast<uint32_t>(video.width);
    ovi.base_height = ovi.output_height = static_cast<uint32_t>(video.height);
    ovi.output_format = VIDEO_FORMAT_NV12;
    ovi.adapter = 0;
    // CPU conversion sends blank frames in libobs 29 on Mesa (LIBOBS-NOTES): keep the GPU path.
    ovi.gpu_conversion = true;
    ovi.colorspace = VIDEO_CS_709;
    ovi.range = VIDEO_RANGE_PARTIAL;
    // Base equals output, so no rescale pass; bilinear is the cheapest filter for sources scaled in scenes.
    ovi.scale_type = OBS_SCALE_BILINEAR;
    const int result = obs_reset_video(&ovi);
    if (result != OBS_VIDEO_SUCCESS) {
        *error = tr("could not set up video %1×%2 at %3 fps: %4")
                     .arg(video.width)
                     .arg(video.height)
                     .arg(video.fps)
                     .arg(describeVideoResetError(result));
        return false;
    }
    m_video = video;
    return true;
}

void Engine::loadModules(const Options& options)
{
    const QString binDir =
        options.pluginDir.isEmpty() ? QStringLiteral(VITRINE_OBS_PLUGIN_DIR) : options.pluginDir;
    const QString dataRoot = options.pluginDataDir.isEmpty()
                                 ? QStringLiteral(VITRINE_OBS_DATA_DIR "/obs-plugins")
                                 : options.pluginDataDir;
    for (const QString& name : options.modules) {
        const QString binary = binDir + u'/' + name + QStringLiteral(".so");
        const QString data = dataRoot + u'/' + name;
        if (!QFileInfo::exists(binary)) {
            qCWarning(lcEngine) << "libobs module not installed:" << binary;
            continue;
        }
        obs_module_t* module = nullptr;
        const int opened = obs_open_module(&module, binary.toUtf8().constData(), data.toUtf8().constData());
        if (opened != MODULE_SUCCESS) {
            qCWarning(lcEngine) << "could not open libobs module" << name << "code" << opened;
            continue;
        }
        if (!obs_init_module(module)) {
            qCWarning(lcEngine) << "libobs module" << name << "failed to initialise";
            continue;
        }
        m_loadedModules << name;
    }
}

void Engine::detectRenderer()
{
    obs_enter_graphics();
    const auto* renderer = reinterpret_cast<const char*>(glGetString(GL_RENDERER));
    m_renderer = renderer ? QString::fromLatin1(renderer) : QString();
    obs_leave_graphics();
    m_softwareRenderer = m_renderer.contains(QLatin1String("llvmpipe"), Qt::CaseInsensitive) ||
                         m_renderer.contains(QLatin1String("softpipe"), Qt::CaseInsensitive) ||
                         m_renderer.contains(QLatin1String("SwiftShader"), Qt::CaseInsensitive);
    // On a CPU renderer every shader pass costs real CPU time: have cameras and media deliver RGB frames.
    setGstreamerPreferRgbFrames(m_softwareRenderer);
    qCInfo(lcEngine).noquote() << "renderer:" << m_renderer << (m_softwareRenderer ? "(software)" : "");
}

RenderStats Engine::renderStats() const
{
    RenderStats stats;
    if (!m_started)
        return stats;
    stats.framesRendered = obs_get_total_frames();
    stats.framesLagged = obs_get_lagged_frames();
    if (video_t* video = obs_get_video())
        stats.framesSkipped = video_output_get_skipped_frames(video);
    stats.averageRenderMs = static_cast<double>(obs_get_average_frame_time_ns()) / 1e6;
    return stats;
}

void Engine::shutdown()
{
    if (m_started) {
        obs_shutdown();
        m_started = false;
        qCInfo(lcEngine) << "libobs shut down; objects still alive:" << bnum_allocs();
    }
    m_logRouter.reset();
}

} // namespace vitrine
