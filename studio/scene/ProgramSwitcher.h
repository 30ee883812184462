#pragma once

#include "engine/ObsHandles.h"

#include <QObject>
#include <QString>

#include <array>

namespace vitrine {

class SceneGraph;

enum class TransitionKind { Cut, Fade, Slide, Swipe, Stinger };

// What is on air and what is being prepared: the program scene (output channel 0, shown through a libobs
// transition), the preview scene in studio mode, and the transition that takes one to the other.
// Lives on the GUI thread; libobs reports the end of a transition from its own thread, posted back here.
class ProgramSwitcher : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultDurationMs = 300;

    // Puts a transition on output channel 0, showing the graph's current program scene.
    explicit ProgramSwitcher(SceneGraph* graph, QObject* parent = nullptr);
    ~ProgramSwitcher() override;

    static QString transitionName(TransitionKind kind);
    static constexpr std::array<TransitionKind, 5> kTransitions{TransitionKind::Cut, TransitionKind::Fade,
                                                                TransitionKind::Slide, TransitionKind::Swipe,
                                                                TransitionKind::Stinger};

    bool studioMode() const { return m_studioMode; }
    void setStudioMode(bool on);

    QString programScene() const { return m_program; }
    // In studio mode, the scene being edited; otherwise the program scene.
    QString previewScene() const { return m_studioMode ? m_preview : m_program; }
    void setPreviewScene(const QString& name);

    // Takes a scene to program with the current transition. False if there is no such scene.
    bool takeToProgram(const QString& name);
    // Studio mode: takes the preview to program (the "Transition" button).
    bool transition() { return takeToProgram(previewScene()); }
    // Puts a scene on air at once, without a transition (e.g. when the program scene is removed).
    bool cutToProgram(const QString& name);
    // A scene was renamed: follow it.
    void renameScene(const QString& from, const QString& to);

    TransitionKind transitionKind() const { return m_kind; }
    void setTransitionKind(TransitionKind kind);
    int durationMs() const { return m_durationMs; }
    void setDurationMs(int ms);
    // The stinger plays a video file; without one it falls back to a fade.
    void setStingerFile(const QString& path);
    QString stingerFile() const { return m_stingerFile; }
    // The libobs transition of a kind, created the first time it is asked for (a stinger costs start-up
    // time for nothing if never used).
    obs_source_t* transitionSource(TransitionKind kind);

    bool isTransitioning() const { return m_transitioning; }
    int transitionsFinished() const { return m_finished; }

Q_SIGNALS:
    void studioModeChanged(bool on);
    void previewSceneChanged(const QString& name);
    void programSceneChanged(const QString& name);
    void transitionStarted(vitrine::TransitionKind kind);
    void transitionFinished();

private:
    void onTransitionStopped();
    static void transitionStopTrampoline(void* data, calldata_t* params);
    obs_source_t* current() { return transitionSource(m_kind); }
    TransitionKind effectiveKind();

    SceneGraph* m_graph;
    std::array<OBSSourceAutoRelease, 5> m_transitions;
    std::array<OBSSignal, 5> m_stopSignals;
    TransitionKind m_kind = TransitionKind::Fade;
    int m_durationMs = kDefaultDurationMs;
    QString m_stingerFile;
    QString m_program;
    QString m_preview;
    bool m_studioMode = false;
    bool m_transitioning = false;
    int m_finished = 0;
};

} // namespace vitrine
