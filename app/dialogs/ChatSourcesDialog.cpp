#include "dialogs/ChatSourcesDialog.h"

#include "chat/ChatConnectorFactory.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace vitrine {

ChatSourcesDialog::ChatSourcesDialog(const QStringList& specs, QWidget* parent)
    : QDialog(parent), m_list(new QListWidget(this)), m_entry(new QLineEdit(this)),
      m_add(new QPushButton(tr("&Add"), this)), m_remove(new QPushButton(tr("&Remove"), this)),
      m_message(new QLabel(this))
{
    setWindowTitle(tr("Chats"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The merged chat reads these chats. One per line, as platform:target — "
                                "twitch:CHANNEL, youtube:LIVE_CHAT_ID, youtube:broadcast=VIDEO_ID, "
                                "facebook:LIVE_VIDEO_ID or custom:NAME@ws://HOST:PORT/PATH. Tokens come from "
                                "the keychain or the environment, never from here."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list->addItems(specs);
    layout->addWidget(m_list);

    auto* row = new QHBoxLayout;
    m_entry->setPlaceholderText(tr("twitch:maisonmoulin"));
    row->addWidget(m_entry, 1);
    row->addWidget(m_add);
    row->addWidget(m_remove);
    layout->addLayout(row);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);

    connect(m_add, &QPushButton::clicked, this, &ChatSourcesDialog::onAdd);
    connect(m_entry, &QLineEdit::returnPressed, this, &ChatSourcesDialog::onAdd);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        delete m_list->currentItem();
        updateButtons();
    });
    connect(m_entry, &QLineEdit::textChanged, this, &ChatSourcesDialog::updateButtons);
    connect(m_list, &QListWidget::currentRowChanged, this, &ChatSourcesDialog::updateButtons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
}

QStringList ChatSourcesDialog::specs() const
{
    QStringList result;
    for (int i = 0; i < m_list->count(); ++i)
        result << m_list->item(i)->text();
    return result;
}

void ChatSourcesDialog::onAdd()
{
    const QString text = m_entry->text().trimmed();
    ChatSpec spec;
    QString error;
    if (!ChatSpec::parse(text, &spec, &error)) {
        m_message->setText(error);
        return;
    }
    if (specs().contains(text)) {
        m_message->setText(tr("This chat is already in the list."));
        return;
    }
    m_list->addItem(text);
    m_entry->clear();
    m_message->clear();
}

void ChatSourcesDialog::updateButtons()
{
    m_add->setEnabled(!m_entry->text().trimmed().isEmpty());
    m_remove->setEnabled(m_list->currentItem() != nullptr);
}

} // namespace vitrine
