#pragma once

#include "chat/ChatMessage.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;

namespace vitrine {

class ChatAccounts;

// The Chats dialog's accounts: one row per platform with its state ("Signed in as maisonmoulin", expired, no
// keychain, not set up), Sign in / Sign out, and "Add my chat" for the signed-in channel's own chat.
class ChatAccountsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ChatAccountsPanel(ChatAccounts* accounts, QWidget* parent = nullptr);

Q_SIGNALS:
    // "Add my chat": the spec of the signed-in account's own chat (twitch:login, youtube:mine).
    void addChatRequested(const QString& spec);

private:
    struct Row {
        QLabel* status = nullptr;
        QPushButton* signInOut = nullptr;
        QPushButton* ownChat = nullptr;
    };
    void refresh(ChatPlatform platform);
    void onSignInOut(ChatPlatform platform);

    ChatAccounts* m_accounts;
    QHash<ChatPlatform, Row> m_rows;
    QLabel* m_message;
};

} // namespace vitrine
