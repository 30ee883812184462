#include "HelpMenu.h"

#include "ActionRegistry.h"
#include "engine/LibraryVersions.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace vitrine {

HelpMenu::HelpMenu(QWidget* window, const ActionRegistry* actions, QObject* parent)
    : QObject(parent), m_window(window), m_actions(actions), m_menu(new QMenu(tr("&Help"), window))
{
    m_menu->setObjectName(QStringLiteral("helpMenu"));
    QAction* guide = m_menu->addAction(tr("&User guide"));
    guide->setObjectName(QStringLiteral("userGuideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    connect(guide, &QAction::triggered, this, &HelpMenu::showUserGuide);
    QAction* shortcuts = m_menu->addAction(tr("&Keyboard shortcuts"));
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    connect(shortcuts, &QAction::triggered, this, &HelpMenu::showShortcuts);
    m_menu->addSeparator();
    QAction* about = m_menu->addAction(tr("&About Vitrine Studio"));
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &HelpMenu::showAbout);
}

QString HelpMenu::userGuidePath()
{
    const QStringList candidates{
        QCoreApplication::applicationDirPath() + QStringLiteral("/../share/doc/vitrine/README.md"),
        QStringLiteral(VITRINE_SOURCE_README),
    };
    for (const QString& path : candidates)
        if (QFileInfo::exists(path))
            return QFileInfo(path).canonicalFilePath();
    return {};
}

void HelpMenu::showUserGuide()
{
    const QString path = userGuidePath();
    if (path.isEmpty()) {
        QMessageBox::warning(m_window, tr("User guide"),
                             tr("The user guide (README.md) is not installed with this copy of the studio."));
        return;
    }
    auto* dialog = new QDialog(m_window);
    dialog->setObjectName(QStringLiteral("userGuideDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Vitrine Studio — User guide"));
    auto* layout = new QVBoxLayout(dialog);
    auto* text = new QTextBrowser(dialog);
    text->setObjectName(QStringLiteral("userGuideText"));
    text->setOpenExternalLinks(true);
    // The README's pictures are next to it: relative links resolve against its folder.
    text->setSearchPaths({QFileInfo(path).absolutePath()});
    text->setSource(QUrl::fromLocalFile(path), QTextDocument::MarkdownResource);
    layout->addWidget(text);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(900, 700);
    dialog->open();
}

void HelpMenu::showShortcuts()
{
    QDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("shortcutsDialog"));
    dialog.setWindowTitle(tr("Keyboard shortcuts"));
    auto* layout = new QVBoxLayout(&dialog);
    const QStringList ids = m_actions->ids();
    auto* table = new QTableWidget(static_cast<int>(ids.size()), 2, &dialog);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (int row = 0; row < ids.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(m_actions->label(ids.at(row))));
        const QKeySequence keys = m_actions->shortcut(ids.at(row));
        table->setItem(
            row, 1,
            new QTableWidgetItem(keys.isEmpty() ? tr("none") : keys.toString(QKeySequence::NativeText)));
    }
    layout->addWidget(table);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QPushButton* change = buttons->addButton(tr("Change…"), QDialogButtonBox::ActionRole);
    connect(change, &QPushButton::clicked, &dialog, [this, &dialog] {
        dialog.accept();
        Q_EMIT changeShortcutsRequested();
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(520, 480);
    dialog.exec();
}

void HelpMenu::showAbout()
{
    QString versions;
    for (const auto& [library, version] : libraryVersions())
        versions += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                        .arg(library.toHtmlEscaped(), version.toHtmlEscaped());
    QMessageBox box(m_window);
    box.setObjectName(QStringLiteral("aboutBox"));
    box.setWindowTitle(tr("About Vitrine Studio"));
    box.setTextFormat(Qt::RichText);
    box.setText(tr("<h3>Vitrine Studio %1</h3><p>A studio for live shopping shows: camera scenes, product "
                   "cards, promo codes, one merged chat and streams to every platform.</p>")
                    .arg(QCoreApplication::applicationVersion().toHtmlEscaped()) +
                tr("<p>Running on:</p>") + QStringLiteral("<table>") + versions + QStringLiteral("</table>"));
    box.exec();
}

} // namespace vitrine
