#pragma once

#include <QWidget>

class QComboBox;
class QSpinBox;

namespace vitrine {

class ProgramSwitcher;
class SceneEditor;

// Studio mode's middle column: the Transition button (preview to program), its kind and duration,
// remembered across runs.
class TransitionPanel : public QWidget {
    Q_OBJECT
public:
    TransitionPanel(SceneEditor* editor, ProgramSwitcher* switcher, QWidget* parent = nullptr);

    // Takes the preview to program; a message when it cannot.
    void takePreview();

Q_SIGNALS:
    void message(const QString& text);

private:
    SceneEditor* m_editor;
    ProgramSwitcher* m_switcher;
    QComboBox* m_kind = nullptr;
    QSpinBox* m_duration = nullptr;
};

} // namespace vitrine
