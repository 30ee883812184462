#include "dialogs/ChatSourcesDialog.h"

#include "chat/ChatUrl.h"
#include "widgets/ChatAccountsPanel.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace vitrine {

ChatSourcesDialog::ChatSourcesDialog(const QStringList& specs, ChatAccounts* accounts, QWidget* parent)
    : QDialog(parent), m_list(new QListWidget(this)), m_entry(new QLineEdit(this)),
      m_add(new QPushButton(tr("&Add"), this)), m_remove(new QPushButton(tr("&Remove"), this)),
      m_message(new QLabel(this))
{
    setWindowTitle(tr("Chats"));
    m_list->setObjectName(QStringLiteral("chatSourceList"));
    m_entry->setObjectName(QStringLiteral("chatSourceEntry"));
    m_add->setObjectName(QStringLiteral("chatSourceAdd"));
    m_remove->setObjectName(QStringLiteral("chatSourceRemove"));
    m_message->setObjectName(QStringLiteral("chatSourceMessage"));
    auto* layout = new QVBoxLayout(this);
    if (accounts) {
        auto* group = new QGroupBox(tr("Accounts"), this);
        auto* groupLayout = new QVBoxLayout(group);
        auto* why = new QLabel(tr("Sign in to post answers and moderate from the studio. Without an account, "
                                  "Twitch chats are read anonymously and YouTube needs an API key."),
                               group);
        why->setWordWrap(true);
        groupLayout->addWidget(why);
        auto* panel = new ChatAccountsPanel(accounts, group);
        groupLayout->addWidget(panel);
        layout->addWidget(group);
        connect(panel, &ChatAccountsPanel::addChatRequested, this,
                [this](const QString& spec) { add(spec); });
    }
    auto* intro = new QLabel(tr("The merged chat reads these chats. Paste the address of a channel or a live "
                                "as your browser shows it: a YouTube live, video, @handle or channel page, a "
                                "Twitch channel, or a Facebook live video. A YouTube channel’s chat follows "
                                "its current live."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    for (const QString& text : specs)
        addRow(text);
    layout->addWidget(m_list);

    auto* row = new QHBoxLayout;
    m_entry->setPlaceholderText(tr("https://www.youtube.com/@maisonmoulin/live"));
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
        result << m_list->item(i)->data(Qt::UserRole).toString();
    return result;
}

void ChatSourcesDialog::onAdd()
{
    if (add(m_entry->text().trimmed()))
        m_entry->clear();
}

bool ChatSourcesDialog::add(const QString& text)
{
    ChatSpec spec;
    QString error;
    if (!ChatUrl::parse(text, &spec, &error)) {
        m_message->setText(tr("Not added: %1.").arg(error));
        return false;
    }
    // An address is stored as the spec it stands for; a typed spec keeps its endpoint.
    const QString stored = ChatUrl::looksLikeUrl(text) ? spec.toString() : text;
    for (const QString& existing : specs()) {
        ChatSpec other;
        if (existing == stored || (ChatSpec::parse(existing, &other, nullptr) &&
                                   other.toString() == spec.toString() && other.endpoint == spec.endpoint)) {
            m_message->setText(tr("This chat is already in the list."));
            return false;
        }
    }
    m_list->setCurrentItem(addRow(stored));
    m_message->clear();
    return true;
}

QListWidgetItem* ChatSourcesDialog::addRow(const QString& stored)
{
    ChatSpec spec;
    auto* item = new QListWidgetItem(m_list);
    item->setData(Qt::UserRole, stored);
    item->setToolTip(stored);
    if (ChatSpec::parse(stored, &spec, nullptr))
        item->setText(ChatUrl::describe(spec));
    else
        item->setText(tr("%1 (not understood)").arg(stored));
    return item;
}

void ChatSourcesDialog::updateButtons()
{
    m_add->setEnabled(!m_entry->text().trimmed().isEmpty());
    m_remove->setEnabled(m_list->currentItem() != nullptr);
}

} // namespace vitrine
