#include "scene/ProgramSwitcher.h"

#include "scene/SceneGraph.h"

#include <QMetaObject>

namespace vitrine {
namespace {

const char* transitionId(TransitionKind kind)
{
    switch (kind) {
    case TransitionKind::Cut:
        return "cut_transition";
    case TransitionKind::Fade:
        return "fade_transition";
    case TransitionKind::Slide:
        return "slide_transition";
    case TransitionKind::Swipe:
        return "swipe_transition";
    case TransitionKind::Stinger:
        return "obs_stinger_transition";
    }
    return "";
}

std::size_t slot(TransitionKind kind)
{
    return static_cast<std::size_t>(kind);
}

} // namespace

ProgramSwitcher::ProgramSwitcher(SceneGraph* graph, QObject* parent) : QObject(parent), m_graph(graph)
{
    m_program = m_graph->programScene();
    m_preview = m_program;
    if (obs_source_t* transition = current()) {
        obs_transition_set(transition, m_graph->sceneSource(m_program));
        obs_set_output_source(0, transition);
    }
}

ProgramSwitcher::~ProgramSwitcher()
{
    // The scene goes back on channel 0 by itself; the transitions are released after.
    for (OBSSignal& signal : m_stopSignals)
        signal.Disconnect();
    obs_set_output_source(0, m_graph->sceneSource(m_program));
}

QString ProgramSwitcher::transitionName(TransitionKind kind)
{
    switch (kind) {
    case TransitionKind::Cut:
        return tr("Cut");
    case TransitionKind::Fade:
        return tr("Fade");
    case TransitionKind::Slide:
        return tr("Slide");
    case TransitionKind::Swipe:
        return tr("Swipe");
    case TransitionKind::Stinger:
        return tr("Stinger");
    }
    return {};
}

obs_source_t* ProgramSwitcher::transitionSource(TransitionKind kind)
{
    OBSSourceAutoRelease& transition = m_transitions[slot(kind)];
    if (!transition) {
        const QByteArray name = "vitrine-" + transitionName(kind).toUtf8();
        transition = obs_source_create_private(transitionId(kind), name.constData(), nullptr);
        if (transition)
            m_stopSignals[slot(kind)] =
                OBSSignal(obs_source_get_signal_handler(transition), "transition_stop",
                          &ProgramSwitcher::transitionStopTrampoline, this);
    }
    return transition.Get();
}

TransitionKind ProgramSwitcher::effectiveKind()
{
    if (m_kind == TransitionKind::Stinger && m_stingerFile.isEmpty())
        return TransitionKind::Fade;
    if (!transitionSource(m_kind))
        return TransitionKind::Cut;
    return m_kind;
}

void ProgramSwitcher::setStudioMode(bool on)
{
    if (on == m_studioMode)
        return;
    m_studioMode = on;
    m_preview = m_program;
    Q_EMIT studioModeChanged(on);
    Q_EMIT previewSceneChanged(previewScene());
}

void ProgramSwitcher::setPreviewScene(const QString& name)
{
    if (!m_graph->scene(name) || name == m_preview)
        return;
    m_preview = name;
    Q_EMIT previewSceneChanged(previewScene());
}

bool ProgramSwitcher::takeToProgram(const QString& name)
{
    obs_source_t* target = m_graph->sceneSource(name);
    if (!target)
        return false;
    if (name == m_program && !m_transitioning)
        return true;
    const TransitionKind kind = effectiveKind();
    obs_source_t* transition = transitionSource(kind);
    if (!transition)
        return cutToProgram(name);
    OBSSourceAutoRelease onAir = obs_get_output_source(0);
    if (onAir.Get() != transition) {
        // Another transition is on air: the new one takes over showing the current program first.
        obs_transition_set(transition, m_graph->sceneSource(m_program));
        obs_set_output_source(0, transition);
    }
    if (!obs_transition_start(transition, OBS_TRANSITION_MODE_AUTO, static_cast<uint32_t>(m_durationMs),
                              target))
        return cutToProgram(name);
    m_transitioning = kind != TransitionKind::Cut;
    m_program = name;
    Q_EMIT transitionStarted(kind);
    Q_EMIT programSceneChanged(name);
    if (kind == TransitionKind::Cut) {
        ++m_finished;
        Q_EMIT transitionFinished();
    }
    return true;
}

bool ProgramSwitcher::cutToProgram(const QString& name)
{
    obs_source_t* target = m_graph->sceneSource(name);
    if (!target)
        return false;
    OBSSourceAutoRelease onAir = obs_get_output_source(0);
    if (onAir && obs_source_get_type(onAir) == OBS_SOURCE_TYPE_TRANSITION)
        obs_transition_set(onAir, target);
    else
        obs_set_output_source(0, target);
    m_transitioning = false;
    const bool changed = name != m_program;
    m_program = name;
    if (changed)
        Q_EMIT programSceneChanged(name);
    return true;
}

void ProgramSwitcher::renameScene(const QString& from, const QString& to)
{
    if (m_program == from) {
        m_program = to;
        Q_EMIT programSceneChanged(to);
    }
    if (m_preview == from) {
        m_preview = to;
        Q_EMIT previewSceneChanged(previewScene());
    }
}

void ProgramSwitcher::setTransitionKind(TransitionKind kind)
{
    m_kind = kind;
}

void ProgramSwitcher::setDurationMs(int ms)
{
    m_durationMs = std::clamp(ms, 50, 20'000);
}

void ProgramSwitcher::setStingerFile(const QString& path)
{
    m_stingerFile = path;
    if (path.isEmpty() && !m_transitions[slot(TransitionKind::Stinger)])
        return;
    obs_source_t* stinger = transitionSource(TransitionKind::Stinger);
    if (!stinger)
        return;
    OBSDataAutoRelease settings = obs_data_create();
    obs_data_set_string(settings, "path", path.toUtf8().constData());
    obs_data_set_int(settings, "transition_point", m_durationMs / 2);
    obs_source_update(stinger, settings);
}

// Runs on a libobs thread.
void ProgramSwitcher::transitionStopTrampoline(void* data, calldata_t*)
{
    QMetaObject::invokeMethod(static_cast<ProgramSwitcher*>(data), &ProgramSwitcher::onTransitionStopped,
                              Qt::QueuedConnection);
}

void ProgramSwitcher::onTransitionStopped()
{
    if (!m_transitioning)
        return;
    m_transitioning = false;
    ++m_finished;
    Q_EMIT transitionFinished();
}

} // namespace vitrine
