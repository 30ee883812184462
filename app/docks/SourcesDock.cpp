#include "docks/SourcesDock.h"

#include "engine/DeviceCatalog.h"
#include "scene/ProgramSwitcher.h"
#include "scene/SceneEditor.h"
#include "scene/SceneGraph.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <array>
#include <memory>

namespace vitrine {
namespace {

enum Column { NameColumn, VisibleColumn, LockedColumn };
constexpr std::array kAllKinds{SourceKind::Camera,        SourceKind::Image,     SourceKind::Text,
                               SourceKind::Media,         SourceKind::Color,     SourceKind::GStreamer,
                               SourceKind::ScreenCapture, SourceKind::Microphone};

} // namespace

SourcesDock::SourcesDock(SceneEditor* editor, ProgramSwitcher* switcher, QWidget* parent)
    : QDockWidget(tr("Sources"), parent), m_editor(editor), m_switcher(switcher),
      m_tree(new QTreeWidget(this)), m_addMenu(new QMenu(this))
{
    setObjectName(QStringLiteral("sourcesDock"));
    m_tree->setObjectName(QStringLiteral("sourceList"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Source"), tr("Visible"), tr("Locked")});
    m_tree->setRootIsDecorated(false);
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(VisibleColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(LockedColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);

    m_addMenu->setObjectName(QStringLiteral("addSourceMenu"));
    for (SourceKind kind : kAllKinds) {
        QAction* action = m_addMenu->addAction(kindLabel(kind), this, [this, kind] { addSource(kind); });
        action->setObjectName(QStringLiteral("add-") + sourceKindName(kind));
        // A kind whose libobs module is missing on this machine is shown, but cannot be added.
        action->setEnabled(obs_source_get_display_name(SceneGraph::obsSourceId(kind)) != nullptr);
    }

    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_tree);
    auto* buttons = new QHBoxLayout;
    auto* add = new QToolButton(this);
    add->setObjectName(QStringLiteral("addSource"));
    add->setText(QStringLiteral("+"));
    add->setToolTip(tr("Add a source"));
    add->setMenu(m_addMenu);
    add->setPopupMode(QToolButton::InstantPopup);
    buttons->addWidget(add);
    auto addButton = [this, buttons](const QString& objectName, const QString& text, const QString& tip,
                                     auto slot) {
        auto* button = new QToolButton(this);
        button->setObjectName(objectName);
        button->setText(text);
        button->setToolTip(tip);
        connect(button, &QToolButton::clicked, this, slot);
        buttons->addWidget(button);
    };
    // Asks as the menu does (and as OBS Studio does): on air, a slip of the mouse removes the camera.
    addButton(QStringLiteral("removeSource"), QStringLiteral("−"), tr("Remove from the scene"),
              [this] { confirmRemoveCurrent(); });
    addButton(QStringLiteral("sourceProperties"), tr("Properties"), tr("Edit the source's properties"),
              [this] {
                  if (currentIndex() >= 0)
                      Q_EMIT propertiesRequested(m_tree->currentItem()->text(NameColumn));
              });
    addButton(QStringLiteral("sourceUp"), QStringLiteral("↑"), tr("Bring forward"),
              [this] { moveCurrent(1); });
    addButton(QStringLiteral("sourceDown"), QStringLiteral("↓"), tr("Send backward"),
              [this] { moveCurrent(-1); });
    buttons->addStretch();
    layout->addLayout(buttons);
    setWidget(body);

    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this] { Q_EMIT currentItemChanged(scene(), currentIndex()); });
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QTreeWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        QTreeWidgetItem* item = m_tree->itemAt(at);
        if (!item)
            return;
        m_tree->setCurrentItem(item);
        std::unique_ptr<QMenu> menu(createItemMenu(this));
        if (menu)
            menu->exec(m_tree->viewport()->mapToGlobal(at));
    });
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this,
            [this](QTreeWidgetItem* item) { Q_EMIT propertiesRequested(item->text(NameColumn)); });
    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* item, int column) {
        const int index = rowToIndex(m_tree->indexOfTopLevelItem(item));
        const bool checked = item->checkState(column) == Qt::Checked;
        QString error;
        bool ok = true;
        if (column == VisibleColumn)
            ok = m_editor->requestSetItemVisible(scene(), index, checked, &error);
        else if (column == LockedColumn)
            ok = m_editor->requestSetItemLocked(scene(), index, checked, &error);
        report(ok, error);
    });
    connect(m_editor, &SceneEditor::collectionChanged, this, &SourcesDock::refresh);
    connect(m_switcher, &ProgramSwitcher::previewSceneChanged, this, &SourcesDock::refresh);
    connect(m_switcher, &ProgramSwitcher::programSceneChanged, this, &SourcesDock::refresh);
    refresh();
}

QString SourcesDock::kindLabel(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Color:
        return tr("Colour");
    case SourceKind::Image:
        return tr("Image");
    case SourceKind::Text:
        return tr("Text");
    case SourceKind::Media:
        return tr("Media file");
    case SourceKind::Camera:
        return tr("Camera");
    case SourceKind::ScreenCapture:
        return tr("Screen capture");
    case SourceKind::GStreamer:
        return tr("GStreamer pipeline");
    case SourceKind::Microphone:
        return tr("Microphone");
    }
    return {};
}

QJsonObject SourcesDock::defaultSettings(SourceKind kind, QSize canvas)
{
    switch (kind) {
    case SourceKind::Color:
        return {{QStringLiteral("color"), static_cast<qint64>(0xFF8A5A2Eu)},
                {QStringLiteral("width"), canvas.width() / 3},
                {QStringLiteral("height"), canvas.height() / 3}};
    case SourceKind::Text:
        return {{QStringLiteral("text"), tr("Text")},
                {QStringLiteral("font"), QJsonObject{{QStringLiteral("face"), QStringLiteral("DejaVu Sans")},
                                                     {QStringLiteral("style"), QStringLiteral("Bold")},
                                                     {QStringLiteral("size"), 48},
                                                     {QStringLiteral("flags"), 1}}}};
    case SourceKind::Media:
        return {{QStringLiteral("local_file"), QString()}, {QStringLiteral("looping"), true}};
    case SourceKind::GStreamer:
        return {{QStringLiteral("pipeline"),
                 QStringLiteral("videotestsrc is-live=true pattern=ball ! video/x-raw,width=640,height=360,"
                                "framerate=30/1")}};
    case SourceKind::Image:
    case SourceKind::Camera:
    case SourceKind::ScreenCapture:
    case SourceKind::Microphone:
        break;
    }
    return {};
}

QString SourcesDock::scene() const
{
    return m_switcher->previewScene();
}

int SourcesDock::rowToIndex(int row) const
{
    // The list shows the top of the stack first.
    return row < 0 ? -1 : m_tree->topLevelItemCount() - 1 - row;
}

int SourcesDock::currentIndex() const
{
    return m_tree->currentItem() ? rowToIndex(m_tree->indexOfTopLevelItem(m_tree->currentItem())) : -1;
}

void SourcesDock::setCurrentIndex(int index)
{
    const int row = index < 0 ? -1 : m_tree->topLevelItemCount() - 1 - index;
    const QSignalBlocker blocker(m_tree);
    m_tree->setCurrentItem(row >= 0 ? m_tree->topLevelItem(row) : nullptr);
}

void SourcesDock::refresh()
{
    const int current = currentIndex();
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    const SceneSpec* spec = m_editor->collection().scene(scene());
    if (!spec)
        return;
    for (auto it = spec->items.crbegin(); it != spec->items.crend(); ++it) {
        auto* row = new QTreeWidgetItem(m_tree);
        row->setText(NameColumn, it->source);
        row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        row->setCheckState(VisibleColumn, it->visible ? Qt::Checked : Qt::Unchecked);
        row->setCheckState(LockedColumn, it->locked ? Qt::Checked : Qt::Unchecked);
        if (const SourceSpec* source = m_editor->collection().source(it->source))
            row->setToolTip(NameColumn, kindLabel(source->kind));
    }
    if (current >= 0 && current < spec->items.size())
        m_tree->setCurrentItem(m_tree->topLevelItem(static_cast<int>(spec->items.size()) - 1 - current));
    // The rows were rebuilt with the list's signals blocked, and the view then repainted only the current
    // row: the rows below a removed one stayed on screen twice until something else repainted the dock.
    m_tree->viewport()->update();
}

void SourcesDock::report(bool ok, const QString& error)
{
    if (!ok)
        QMessageBox::warning(this, tr("Sources"), error);
}

QString SourcesDock::currentSource() const
{
    return m_tree->currentItem() ? m_tree->currentItem()->text(NameColumn) : QString();
}

QMenu* SourcesDock::createItemMenu(QWidget* parent)
{
    const int index = currentIndex();
    const SceneSpec* spec = m_editor->collection().scene(scene());
    if (index < 0 || !spec || index >= spec->items.size())
        return nullptr;
    const SceneItemSpec& item = spec->items[index];
    auto* menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("sourceItemMenu"));
    auto add = [menu](const QString& objectName, const QString& text, auto slot) {
        QAction* action = menu->addAction(text, slot);
        action->setObjectName(objectName);
        return action;
    };
    const QString name = item.source;
    add(QStringLiteral("sourceMenuProperties"), tr("&Properties…"),
        [this, name] { Q_EMIT propertiesRequested(name); });
    add(QStringLiteral("sourceMenuRename"), tr("Re&name…"), [this] { renameCurrent(); });
    add(QStringLiteral("sourceMenuVisible"), item.visible ? tr("&Hide") : tr("&Show"),
        [this] { toggleCurrentVisible(); });
    menu->addSeparator();
    add(QStringLiteral("sourceMenuUp"), tr("Bring &forward"), [this] {
        moveCurrent(1);
    })->setEnabled(index + 1 < spec->items.size());
    add(QStringLiteral("sourceMenuDown"), tr("Send &backward"), [this] {
        moveCurrent(-1);
    })->setEnabled(index > 0);
    menu->addSeparator();
    add(QStringLiteral("sourceMenuRemove"), tr("&Remove from the scene…"),
        [this] { confirmRemoveCurrent(); });
    return menu;
}

void SourcesDock::renameCurrent()
{
    const QString from = currentSource();
    if (from.isEmpty())
        return;
    const int index = currentIndex();
    bool ok = false;
    const QString to =
        QInputDialog::getText(this, tr("Rename a source"), tr("New name:"), QLineEdit::Normal, from, &ok);
    if (!ok || to.trimmed() == from)
        return;
    QString error;
    const bool renamed = m_editor->requestRenameSource(from, to, &error);
    report(renamed, error);
    if (renamed)
        setCurrentIndex(index);
}

void SourcesDock::toggleCurrentVisible()
{
    const int index = currentIndex();
    const SceneSpec* spec = m_editor->collection().scene(scene());
    if (index < 0 || !spec || index >= spec->items.size())
        return;
    QString error;
    report(m_editor->requestSetItemVisible(scene(), index, !spec->items[index].visible, &error), error);
    setCurrentIndex(index);
}

void SourcesDock::confirmRemoveCurrent()
{
    const QString name = currentSource();
    if (name.isEmpty())
        return;
    const auto answer =
        QMessageBox::question(this, tr("Remove a source"),
                              tr("Remove “%1” from the scene “%2”? Undo brings it back.").arg(name, scene()),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        removeCurrent();
}

bool SourcesDock::confirmNoDevice(SourceKind kind)
{
    const bool camera = kind == SourceKind::Camera;
    if (!m_devices || (kind != SourceKind::Camera && kind != SourceKind::Microphone))
        return true;
    if (!(camera ? m_devices->cameras() : m_devices->microphones()).isEmpty())
        return true;
    QMessageBox box(
        QMessageBox::Information, camera ? tr("No camera connected") : tr("No microphone connected"),
        camera ? tr("No camera is connected to this computer, so this source would show nothing. "
                    "Plug one in and it appears in the source’s properties by itself.")
               : tr("No microphone is connected to this computer, so this source would be silent. "
                    "Plug one in and it appears in the source’s properties by itself."),
        QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("noDeviceMessage"));
    QPushButton* anyway = box.addButton(tr("Add it anyway"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == anyway;
}

void SourcesDock::addSource(SourceKind kind)
{
    if (!confirmNoDevice(kind))
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add a source"), tr("Name:"), QLineEdit::Normal,
                                               m_editor->uniqueName(kindLabel(kind)), &ok);
    if (!ok)
        return;
    obs_video_info ovi{};
    const QSize canvas = obs_get_video_info(&ovi)
                             ? QSize(static_cast<int>(ovi.base_width), static_cast<int>(ovi.base_height))
                             : QSize(1280, 720);
    SourceSpec spec;
    spec.name = name.trimmed();
    spec.kind = kind;
    spec.settings = defaultSettings(kind, canvas);
    QString error;
    const bool added = m_editor->requestAddSource(spec, scene(), &error);
    report(added, error);
    if (added)
        setCurrentIndex(static_cast<int>(m_editor->collection().scene(scene())->items.size()) - 1);
}

void SourcesDock::removeCurrent()
{
    const int index = currentIndex();
    if (index < 0)
        return;
    QString error;
    report(m_editor->requestRemoveItem(scene(), index, &error), error);
}

void SourcesDock::moveCurrent(int delta)
{
    const int index = currentIndex();
    const int count = m_tree->topLevelItemCount();
    if (index < 0 || index + delta < 0 || index + delta >= count)
        return; // already at the top or the bottom
    QString error;
    const bool ok = m_editor->requestMoveItem(scene(), index, index + delta, &error);
    report(ok, error);
    if (ok)
        setCurrentIndex(index + delta);
}

} // namespace vitrine
