#include "widgets/PreviewDisplay.h"

#include "scene/ProgramSwitcher.h"
#include "scene/SceneEditor.h"
#include "scene/SceneGraph.h"

#include <QKeyEvent>
#include <QMouseEvent>

#include <algorithm>
#include <cmath>

namespace vitrine {
namespace {

// Arrow-key nudges of the same item in a row undo as one step.
constexpr int kNudgeMergeKey = 0x6e756467;

} // namespace

PreviewDisplay::PreviewDisplay(SceneEditor* editor, SceneGraph* graph, ProgramSwitcher* switcher,
                               QWidget* parent)
    : ObsDisplay(parent), m_editor(editor), m_graph(graph), m_switcher(switcher)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    connect(m_editor, &SceneEditor::collectionChanged, this, &PreviewDisplay::updateSelectionBox);
    connect(m_switcher, &ProgramSwitcher::previewSceneChanged, this, [this] { setSelectedIndex(-1); });
}

QString PreviewDisplay::scene() const
{
    return m_switcher->previewScene();
}

const SceneItemSpec* PreviewDisplay::selectedItem() const
{
    const SceneSpec* spec = m_editor->collection().scene(scene());
    if (!spec || m_selected < 0 || m_selected >= spec->items.size())
        return nullptr;
    return &spec->items[m_selected];
}

void PreviewDisplay::setSelectedIndex(int index)
{
    if (index == m_selected)
        return;
    m_selected = index;
    updateSelectionBox();
    Q_EMIT selectedIndexChanged(index);
}

QSizeF PreviewDisplay::sourceSize(const QString& name) const
{
    obs_source_t* source = m_graph->source(name);
    if (!source)
        source = m_graph->sceneSource(name);
    if (!source)
        return {};
    return QSizeF(obs_source_get_width(source), obs_source_get_height(source));
}

QRectF PreviewDisplay::itemBox(const SceneItemSpec& item) const
{
    const QSizeF size = sourceSize(item.source);
    const double width = std::max(0.0, size.width() - item.crop.left - item.crop.right) * item.scaleX;
    const double height = std::max(0.0, size.height() - item.crop.top - item.crop.bottom) * item.scaleY;
    return QRectF(item.x, item.y, width, height).normalized();
}

void PreviewDisplay::updateSelectionBox()
{
    const SceneItemSpec* item = selectedItem();
    if (!item) {
        m_selected = -1;
        setSelection({});
        return;
    }
    setSelection({itemBox(m_drag == Drag::None ? *item : m_current)});
}

int PreviewDisplay::itemAt(const QPointF& point) const
{
    const SceneSpec* spec = m_editor->collection().scene(scene());
    if (!spec)
        return -1;
    for (int index = static_cast<int>(spec->items.size()) - 1; index >= 0; --index) {
        const SceneItemSpec& item = spec->items[index];
        if (item.visible && itemBox(item).contains(point))
            return index;
    }
    return -1;
}

int PreviewDisplay::cornerAt(const QPointF& point) const
{
    const SceneItemSpec* item = selectedItem();
    if (!item)
        return -1;
    const QRectF box = itemBox(*item);
    const double reach = 8.0 * canvasPerWidgetPixel();
    const QPointF corners[] = {box.topLeft(), box.topRight(), box.bottomLeft(), box.bottomRight()};
    for (int corner = 0; corner < 4; ++corner)
        if (std::abs(point.x() - corners[corner].x()) <= reach &&
            std::abs(point.y() - corners[corner].y()) <= reach)
            return corner;
    return -1;
}

double PreviewDisplay::snap(double edge, double size, double canvas) const
{
    const double reach = kSnapDistancePx * canvasPerWidgetPixel();
    // The item's left, centre and right against the canvas's left, centre and right.
    for (const double offset : {0.0, size / 2, size})
        for (const double target : {0.0, canvas / 2, canvas})
            if (std::abs(edge + offset - target) <= reach)
                return target - offset;
    return edge;
}

SceneItemSpec PreviewDisplay::dragged(const QPointF& point) const
{
    SceneItemSpec item = m_start;
    const QPointF delta = point - m_pressCanvas;
    const QRectF box = itemBox(m_start);
    const QSizeF canvas = canvasSize();
    const QSizeF source = sourceSize(m_start.source);
    const bool left = m_corner == 0 || m_corner == 2;
    const bool top = m_corner == 0 || m_corner == 1;
    switch (m_drag) {
    case Drag::None:
        break;
    case Drag::Move:
        item.x = snap(m_start.x + delta.x(), box.width(), canvas.width());
        item.y = snap(m_start.y + delta.y(), box.height(), canvas.height());
        break;
    case Drag::Resize: {
        // The opposite corner stays; the aspect ratio is kept.
        const double width = std::max(8.0, left ? box.width() - delta.x() : box.width() + delta.x());
        const double factor = width / std::max(1.0, box.width());
        item.scaleX = m_start.scaleX * factor;
        item.scaleY = m_start.scaleY * factor;
        item.x = left ? box.right() - width : box.left();
        item.y = top ? box.bottom() - box.height() * factor : box.top();
        break;
    }
    case Drag::Crop: {
        // Crop in source pixels; the visible part stays where it was on the canvas.
        const int dx = static_cast<int>(std::lround(delta.x() / std::max(0.01, m_start.scaleX)));
        const int dy = static_cast<int>(std::lround(delta.y() / std::max(0.01, m_start.scaleY)));
        const int maxX = static_cast<int>(source.width()) - 8;
        const int maxY = static_cast<int>(source.height()) - 8;
        if (left)
            item.crop.left = std::clamp(m_start.crop.left + dx, 0, std::max(0, maxX - m_start.crop.right));
        else
            item.crop.right = std::clamp(m_start.crop.right - dx, 0, std::max(0, maxX - m_start.crop.left));
        if (top)
            item.crop.top = std::clamp(m_start.crop.top + dy, 0, std::max(0, maxY - m_start.crop.bottom));
        else
            item.crop.bottom = std::clamp(m_start.crop.bottom - dy, 0, std::max(0, maxY - m_start.crop.top));
        item.x = m_start.x + (item.crop.left - m_start.crop.left) * m_start.scaleX;
        item.y = m_start.y + (item.crop.top - m_start.crop.top) * m_start.scaleY;
        break;
    }
    }
    return item;
}

void PreviewDisplay::showLive(const SceneItemSpec& item)
{
    m_current = item;
    if (obs_sceneitem_t* obsItem = m_graph->item(scene(), m_selected))
        SceneGraph::placeItem(obsItem, item);
    updateSelectionBox();
}

void PreviewDisplay::commit(const SceneItemSpec& item, int mergeKey)
{
    QString error;
    if (!m_editor->requestSetItemTransform(scene(), m_selected, item, mergeKey, &error))
        setToolTip(error);
}

void PreviewDisplay::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return ObsDisplay::mousePressEvent(event);
    setFocus(Qt::MouseFocusReason);
    m_pressCanvas = toCanvas(event->position());
    m_corner = cornerAt(m_pressCanvas);
    if (m_corner < 0)
        setSelectedIndex(itemAt(m_pressCanvas));
    const SceneItemSpec* item = selectedItem();
    if (!item || item->locked) {
        m_drag = Drag::None;
        return;
    }
    m_start = *item;
    m_current = *item;
    if (m_corner >= 0)
        m_drag = event->modifiers() & Qt::AltModifier ? Drag::Crop : Drag::Resize;
    else
        m_drag = Drag::Move;
}

void PreviewDisplay::mouseMoveEvent(QMouseEvent* event)
{
    if (m_drag == Drag::None)
        return ObsDisplay::mouseMoveEvent(event);
    showLive(dragged(toCanvas(event->position())));
}

void PreviewDisplay::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_drag == Drag::None)
        return ObsDisplay::mouseReleaseEvent(event);
    const SceneItemSpec item = dragged(toCanvas(event->position()));
    m_drag = Drag::None;
    commit(item, 0);
    updateSelectionBox();
}

void PreviewDisplay::keyPressEvent(QKeyEvent* event)
{
    const SceneItemSpec* selected = selectedItem();
    const double step = event->modifiers() & Qt::ShiftModifier ? 10.0 : 1.0;
    QPointF delta;
    switch (event->key()) {
    case Qt::Key_Left:
        delta = {-step, 0};
        break;
    case Qt::Key_Right:
        delta = {step, 0};
        break;
    case Qt::Key_Up:
        delta = {0, -step};
        break;
    case Qt::Key_Down:
        delta = {0, step};
        break;
    default:
        return ObsDisplay::keyPressEvent(event);
    }
    if (!selected || selected->locked)
        return;
    SceneItemSpec item = *selected;
    item.x += delta.x();
    item.y += delta.y();
    commit(item, kNudgeMergeKey + m_selected);
}

} // namespace vitrine
