#pragma once

#include <QWidget>

namespace vitrine {

class LiveShow;
class PreviewDisplay;
class ProgramView;
class SceneEditor;
class TransitionPanel;

// The window's centre: the program alone (a presenter on their own) or, in studio mode, the preview, the
// transition column and the program side by side.
class StudioView : public QWidget {
    Q_OBJECT
public:
    // program is the view created at start-up (it draws the first frame early); it moves in here.
    StudioView(ProgramView* program, LiveShow* show, SceneEditor* editor, QWidget* parent = nullptr);

    PreviewDisplay* preview() const { return m_preview; }
    TransitionPanel* transitions() const { return m_transitions; }
    void setStudioMode(bool on);

private:
    void updatePreviewSource();
    // The program's ON AIR / REC frame, from the broadcast's state and its recording.
    void updateOnAir();

    LiveShow* m_show;
    ProgramView* m_program;
    PreviewDisplay* m_preview = nullptr;
    QWidget* m_previewColumn = nullptr;
    TransitionPanel* m_transitions = nullptr;
};

} // namespace vitrine
