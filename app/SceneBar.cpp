#include "SceneBar.h"

#include "runtime/LiveShow.h"
#include "scene/ProgramSwitcher.h"
#include "scene/SceneEditor.h"
#include "session/StudioSession.h"

#include <QMouseEvent>
#include <QToolButton>

#include <functional>

namespace vitrine {
namespace {

class SceneButton : public QToolButton {
public:
    using QToolButton::QToolButton;
    std::function<void()> onDoubleClick;

protected:
    void mouseDoubleClickEvent(QMouseEvent* event) override
    {
        QToolButton::mouseDoubleClickEvent(event);
        if (onDoubleClick)
            onDoubleClick();
    }
};

} // namespace

SceneBar::SceneBar(LiveShow* show, SceneEditor* editor, QWidget* parent)
    : QToolBar(tr("Scenes"), parent), m_show(show), m_editor(editor)
{
    setObjectName(QStringLiteral("sceneBar"));
    ProgramSwitcher* switcher = m_show->studio().switcher();
    connect(m_editor, &SceneEditor::collectionChanged, this, &SceneBar::rebuild);
    connect(switcher, &ProgramSwitcher::programSceneChanged, this, &SceneBar::rebuild);
    connect(switcher, &ProgramSwitcher::previewSceneChanged, this, &SceneBar::rebuild);
    connect(switcher, &ProgramSwitcher::studioModeChanged, this, &SceneBar::rebuild);
    rebuild();
}

void SceneBar::take(const QString& scene)
{
    QString error;
    if (!m_editor->requestTakeToProgram(scene, &error))
        Q_EMIT message(error);
}

void SceneBar::rebuild()
{
    clear();
    ProgramSwitcher* switcher = m_show->studio().switcher();
    for (const SceneSpec& scene : m_editor->collection().scenes) {
        auto* button = new SceneButton(this);
        button->setText(scene.name);
        button->setCheckable(true);
        button->setChecked(scene.name == switcher->programScene());
        button->setToolTip(switcher->studioMode() ? tr("Click: preview · double-click: take to program")
                                                  : tr("Take to program"));
        if (switcher->studioMode() && scene.name == switcher->previewScene() &&
            scene.name != switcher->programScene())
            button->setStyleSheet(QStringLiteral("QToolButton { border: 2px solid #2e9e4f; }"));
        connect(button, &QToolButton::clicked, this, [this, name = scene.name] {
            ProgramSwitcher* current = m_show->studio().switcher();
            if (current->studioMode())
                current->setPreviewScene(name);
            else
                take(name);
        });
        button->onDoubleClick = [this, name = scene.name] { take(name); };
        addWidget(button);
    }
}

} // namespace vitrine
