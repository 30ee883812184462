#pragma once

#include <QToolBar>

namespace vitrine {

class LiveShow;
class SceneEditor;

// The quick scene buttons above the views: one click takes a scene to program (studio mode: to preview, a
// double-click takes it); the button of the scene on air is checked, the one in preview framed green.
class SceneBar : public QToolBar {
    Q_OBJECT
public:
    SceneBar(LiveShow* show, SceneEditor* editor, QWidget* parent = nullptr);

    void rebuild();

Q_SIGNALS:
    void message(const QString& text);

private:
    void take(const QString& scene);

    LiveShow* m_show;
    SceneEditor* m_editor;
};

} // namespace vitrine
