#include "widgets/ChatAccountsPanel.h"

#include "chat/ChatAccounts.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

namespace vitrine {

ChatAccountsPanel::ChatAccountsPanel(ChatAccounts* accounts, QWidget* parent)
    : QWidget(parent), m_accounts(accounts), m_message(new QLabel(this))
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(1, 1);
    int line = 0;
    for (ChatPlatform platform : ChatAccounts::platforms()) {
        const QString key = chatPlatformKey(platform);
        auto* name = new QLabel(QStringLiteral("<b>%1</b>").arg(chatPlatformInfo(platform).name()), this);
        Row row;
        row.status = new QLabel(this);
        row.status->setObjectName(QStringLiteral("accountStatus_") + key);
        row.status->setWordWrap(true);
        row.status->setTextInteractionFlags(Qt::TextSelectableByMouse);
        row.signInOut = new QPushButton(this);
        row.signInOut->setObjectName(QStringLiteral("accountSignIn_") + key);
        grid->addWidget(name, line, 0, Qt::AlignTop);
        grid->addWidget(row.status, line, 1);
        grid->addWidget(row.signInOut, line, 2, Qt::AlignTop);
        if (platform != ChatPlatform::Facebook) { // a Facebook live has its own address, pasted below
            row.ownChat = new QPushButton(tr("Add my chat"), this);
            row.ownChat->setObjectName(QStringLiteral("accountOwnChat_") + key);
            row.ownChat->setToolTip(platform == ChatPlatform::Twitch
                                        ? tr("Read the signed-in account’s own Twitch channel")
                                        : tr("Read the current live of the signed-in YouTube channel"));
            grid->addWidget(row.ownChat, line, 3, Qt::AlignTop);
            connect(row.ownChat, &QPushButton::clicked, this, [this, platform] {
                const QString spec = m_accounts->ownChat(platform);
                if (!spec.isEmpty())
                    Q_EMIT addChatRequested(spec);
            });
        }
        connect(row.signInOut, &QPushButton::clicked, this, [this, platform] { onSignInOut(platform); });
        m_rows.insert(platform, row);
        refresh(platform);
        ++line;
    }
    m_message->setObjectName(QStringLiteral("accountMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    grid->addWidget(m_message, line, 0, 1, 4);
    connect(m_accounts, &ChatAccounts::statusChanged, this, &ChatAccountsPanel::refresh);
}

void ChatAccountsPanel::refresh(ChatPlatform platform)
{
    const auto it = m_rows.constFind(platform);
    if (it == m_rows.cend())
        return;
    const ChatAccounts::State state = m_accounts->status(platform).state;
    it->status->setText(m_accounts->describe(platform));
    const bool signedIn = m_accounts->hasToken(platform) || state == ChatAccounts::State::Loading;
    it->signInOut->setText(signedIn ? tr("Sign out") : tr("Sign in…"));
    it->signInOut->setEnabled(state != ChatAccounts::State::NotSetUp &&
                              state != ChatAccounts::State::NoKeychain &&
                              state != ChatAccounts::State::Loading);
    if (it->ownChat)
        it->ownChat->setEnabled(!m_accounts->ownChat(platform).isEmpty());
}

void ChatAccountsPanel::onSignInOut(ChatPlatform platform)
{
    m_message->hide();
    if (m_accounts->hasToken(platform)) {
        m_accounts->signOut(platform);
        return;
    }
    QString error;
    if (!m_accounts->signIn(platform, &error)) {
        m_message->setText(error);
        m_message->show();
        return;
    }
    m_message->setText(
        tr("Your browser opens the %1 sign-in page; come back here when it says you are signed "
           "in.")
            .arg(chatPlatformInfo(platform).name()));
    m_message->show();
}

} // namespace vitrine
