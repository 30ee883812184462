#pragma once

#include <QWidget>

struct video_output;
typedef struct video_output video_t;

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
    // The vertical (9:16) program, beside Program in studio mode while the show has a vertical canvas.
    ProgramView* verticalProgram() const { return m_verticalProgram; }
    void setStudioMode(bool on);

private:
    void updatePreviewSource();
    // The program's ON AIR / REC frame, from the broadcast's state and its recording.
    void updateOnAir();
    void showVerticalProgram(bool canvasOn);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    LiveShow* m_show;
    ProgramView* m_program;
    PreviewDisplay* m_preview = nullptr;
    QWidget* m_previewColumn = nullptr;
    TransitionPanel* m_transitions = nullptr;
    ProgramView* m_verticalProgram = nullptr;
    QWidget* m_verticalColumn = nullptr;
    video_t* m_verticalVideo = nullptr; // what the vertical view shows
    bool m_studioMode = false;
};

} // namespace vitrine
