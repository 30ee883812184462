#pragma once

#include "show/SceneCollection.h"
#include "widgets/ObsDisplay.h"

namespace vitrine {

class ProgramSwitcher;
class SceneEditor;
class SceneGraph;

// The preview of the scene being edited, where items are edited with the mouse and keyboard: click selects,
// drag moves (snapping to the canvas's edges and centre), a corner handle resizes keeping the aspect ratio,
// Alt + corner handle crops, arrow keys nudge by 1 px (Shift: 10 px). The item moves live in libobs while
// dragging; releasing makes the move one undoable edit.
class PreviewDisplay : public ObsDisplay {
    Q_OBJECT
public:
    PreviewDisplay(SceneEditor* editor, SceneGraph* graph, ProgramSwitcher* switcher,
                   QWidget* parent = nullptr);

    int selectedIndex() const { return m_selected; }
    void setSelectedIndex(int index);
    // An item's box on the canvas, in canvas pixels (after crop and scale).
    QRectF itemBox(const SceneItemSpec& item) const;
    QString scene() const;

    static constexpr double kSnapDistancePx = 8.0; // widget pixels

Q_SIGNALS:
    void selectedIndexChanged(int index);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    enum class Drag { None, Move, Resize, Crop };
    const SceneItemSpec* selectedItem() const;
    QSizeF sourceSize(const QString& name) const;
    int itemAt(const QPointF& canvasPoint) const;
    int cornerAt(const QPointF& canvasPoint) const; // 0 top-left, 1 top-right, 2 bottom-left, 3 bottom-right
    SceneItemSpec dragged(const QPointF& canvasPoint) const;
    double snap(double edge, double size, double canvas) const;
    void showLive(const SceneItemSpec& item);
    void updateSelectionBox();
    void commit(const SceneItemSpec& item, int mergeKey);

    SceneEditor* m_editor;
    SceneGraph* m_graph;
    ProgramSwitcher* m_switcher;
    int m_selected = -1;
    Drag m_drag = Drag::None;
    int m_corner = -1;
    QPointF m_pressCanvas;
    SceneItemSpec m_start;
    SceneItemSpec m_current;
};

} // namespace vitrine
