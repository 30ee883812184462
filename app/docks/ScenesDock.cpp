#include "docks/ScenesDock.h"

#include "OverlayKind.h"
#include "scene/ProgramSwitcher.h"
#include "scene/SceneEditor.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace vitrine {

ScenesDock::ScenesDock(SceneEditor* editor, ProgramSwitcher* switcher, QWidget* parent)
    : QDockWidget(tr("Scenes"), parent), m_editor(editor), m_switcher(switcher), m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("scenesDock"));
    m_list->setObjectName(QStringLiteral("sceneList"));
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_list);
    auto* buttons = new QHBoxLayout;
    auto addButton = [this, buttons](const QString& objectName, const QString& text, const QString& tip,
                                     auto slot) {
        auto* button = new QToolButton(this);
        button->setObjectName(objectName);
        button->setText(text);
        button->setToolTip(tip);
        connect(button, &QToolButton::clicked, this, slot);
        buttons->addWidget(button);
    };
    addButton(QStringLiteral("addScene"), QStringLiteral("+"), tr("Add a scene"), [this] { addScene(); });
    addButton(QStringLiteral("removeScene"), QStringLiteral("−"), tr("Remove the scene"),
              [this] { removeCurrent(); });
    addButton(QStringLiteral("renameScene"), tr("Rename"), tr("Rename the scene"),
              [this] { renameCurrent(); });
    addButton(QStringLiteral("duplicateScene"), tr("Duplicate"), tr("Duplicate the scene"),
              [this] { duplicateCurrent(); });
    addButton(QStringLiteral("sceneUp"), QStringLiteral("↑"), tr("Move up"), [this] { moveCurrent(-1); });
    addButton(QStringLiteral("sceneDown"), QStringLiteral("↓"), tr("Move down"), [this] { moveCurrent(1); });
    // Which on-air overlays the scene shows: a full-screen product shot hides the card, an interview the
    // banners.
    auto* overlays = new QToolButton(this);
    overlays->setObjectName(QStringLiteral("sceneOverlays"));
    overlays->setText(tr("Overlays"));
    overlays->setToolTip(tr("Choose the on-air overlays this scene shows"));
    overlays->setPopupMode(QToolButton::InstantPopup);
    auto* overlaysMenu = new QMenu(overlays);
    overlays->setMenu(overlaysMenu);
    connect(overlaysMenu, &QMenu::aboutToShow, this,
            [this, overlaysMenu] { fillOverlaysMenu(overlaysMenu); });
    buttons->addWidget(overlays);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QListWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        if (!m_list->itemAt(at))
            return;
        QMenu menu(this);
        fillOverlaysMenu(menu.addMenu(tr("Overlays on this scene")));
        menu.exec(m_list->viewport()->mapToGlobal(at));
    });
    setWidget(body);

    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        if (m_switcher->studioMode()) {
            m_switcher->setPreviewScene(item->text());
            return;
        }
        QString error;
        report(m_editor->requestTakeToProgram(item->text(), &error), error);
    });
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem* item) {
        QString error;
        report(m_editor->requestTakeToProgram(item->text(), &error), error);
    });
    connect(m_editor, &SceneEditor::collectionChanged, this, &ScenesDock::refresh);
    connect(m_switcher, &ProgramSwitcher::programSceneChanged, this, &ScenesDock::refresh);
    connect(m_switcher, &ProgramSwitcher::previewSceneChanged, this, &ScenesDock::refresh);
    connect(m_switcher, &ProgramSwitcher::studioModeChanged, this, &ScenesDock::refresh);
    refresh();
}

void ScenesDock::fillOverlaysMenu(QMenu* menu)
{
    menu->clear();
    const QString scene = currentScene();
    const SceneSpec* spec = m_editor->collection().scene(scene);
    if (!spec) {
        menu->addAction(tr("No scene selected"))->setEnabled(false);
        return;
    }
    for (OverlayKind kind : kAllOverlayKinds) {
        const QString key = overlayKindKey(kind);
        QAction* action = menu->addAction(overlayKindName(kind));
        action->setObjectName(QStringLiteral("sceneOverlay_") + key);
        action->setCheckable(true);
        action->setChecked(!spec->hiddenOverlays.contains(key));
        connect(action, &QAction::toggled, this,
                [this, scene, key](bool shown) { setOverlayShown(scene, key, shown); });
    }
}

void ScenesDock::setOverlayShown(const QString& scene, const QString& kind, bool shown)
{
    const SceneSpec* spec = m_editor->collection().scene(scene);
    if (!spec)
        return;
    QStringList hidden = spec->hiddenOverlays;
    hidden.removeAll(kind);
    if (!shown)
        hidden.append(kind);
    QString error;
    report(m_editor->requestSetSceneHiddenOverlays(scene, hidden, &error), error);
}

QString ScenesDock::currentScene() const
{
    return m_list->currentItem() ? m_list->currentItem()->text() : m_switcher->previewScene();
}

void ScenesDock::refresh()
{
    const QSignalBlocker blocker(m_list);
    const QList<SceneSpec>& scenes = m_editor->collection().scenes;
    // Rebuilt only when the scenes changed: a click in progress (double-click) keeps its item.
    bool same = m_list->count() == scenes.size();
    for (int row = 0; same && row < m_list->count(); ++row)
        same = m_list->item(row)->text() == scenes[row].name;
    if (!same) {
        m_list->clear();
        for (const SceneSpec& scene : scenes)
            new QListWidgetItem(scene.name, m_list);
    }
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        const bool onAir = item->text() == m_switcher->programScene();
        QFont font = item->font();
        font.setBold(onAir);
        item->setFont(font);
        item->setToolTip(onAir ? tr("On air") : QString());
        if (item->text() == m_switcher->previewScene() && m_list->currentItem() != item)
            m_list->setCurrentItem(item);
    }
}

void ScenesDock::report(bool ok, const QString& error)
{
    if (!ok)
        QMessageBox::warning(this, tr("Scenes"), error);
}

void ScenesDock::addScene()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add a scene"), tr("Name:"), QLineEdit::Normal,
                                               m_editor->uniqueName(tr("Scene")), &ok);
    if (!ok)
        return;
    QString error;
    report(m_editor->requestAddScene(name.trimmed(), &error), error);
}

void ScenesDock::renameCurrent()
{
    const QString current = currentScene();
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Rename the scene"), tr("Name:"), QLineEdit::Normal, current, &ok);
    if (!ok)
        return;
    QString error;
    report(m_editor->requestRenameScene(current, name.trimmed(), &error), error);
}

void ScenesDock::duplicateCurrent()
{
    const QString current = currentScene();
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Duplicate the scene"), tr("Name of the copy:"),
                                               QLineEdit::Normal, m_editor->uniqueName(current), &ok);
    if (!ok)
        return;
    QString error;
    report(m_editor->requestDuplicateScene(current, name.trimmed(), &error), error);
}

void ScenesDock::removeCurrent()
{
    const QString current = currentScene();
    if (current == m_switcher->programScene() &&
        QMessageBox::question(
            this, tr("Remove the scene on air?"),
            tr("“%1” is on air. Remove it? The first scene goes on air instead.").arg(current)) !=
            QMessageBox::Yes)
        return;
    QString error;
    report(m_editor->requestRemoveScene(current, &error), error);
}

void ScenesDock::moveCurrent(int delta)
{
    const QString current = currentScene();
    const int row = m_list->currentRow();
    QString error;
    report(m_editor->requestMoveScene(current, row + delta, &error), error);
}

} // namespace vitrine
