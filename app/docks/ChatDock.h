#pragma once

#include "chat/ChatMessage.h"

#include <QDockWidget>
#include <QMap>

class QAction;
class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QPushButton;
class QTabWidget;
class QTimer;
class QToolButton;

namespace vitrine {

class ChatAccounts;

class ChatComposer;
class ChatFilterProxyModel;
class ChatHub;
class ChatListModel;

// The merged chat for the host: every platform in one virtualised list that follows new messages until the
// host scrolls up (then a "new messages" button brings them back), search and per-platform filters, the
// Questions tab with "next question", replies (to the platform a message came from), moderation and
// "highlight on screen" from the context menu (what a platform does not allow greyed out with its reason),
// a box that posts to every chat, the connectors' states and the buy intents counted so far. Everything it
// does goes through the ChatHub it is given; it owns no chat state.
class ChatDock : public QDockWidget {
    Q_OBJECT
public:
    explicit ChatDock(ChatHub* hub, QWidget* parent = nullptr);

    // Ctrl+Shift+Q: the current question is answered, the next one is selected.
    QAction* nextQuestionAction() const { return m_nextQuestion; }
    // The context menu for one message (by ChatMessage::key()); the caller owns it.
    QMenu* createMessageMenu(const QString& key, QWidget* parent);
    // Whether the list follows new messages (false once the host scrolled up).
    bool isFollowing() const { return m_following; }
    void followLatest();
    // The box answers this message next, on its platform only.
    void replyTo(const QString& key);
    // Writes the whole chat (from the spool, not the trimmed view) as CSV, or JSON Lines for a .jsonl path.
    bool exportTranscriptTo(const QString& path);

    // Connects the chats chosen last time (the user's settings), with the signed-in accounts' tokens over the
    // environment's, once the accounts are read from the keychain. Problems are shown in the dock.
    void connectSavedChats();
    ChatAccounts* accounts() const { return m_accounts; }
    // The Chats dialog: which chats are read; they reconnect on OK.
    void chooseChats();

Q_SIGNALS:
    // A platform's refusal or an action's failure, for the window's message area.
    void message(const QString& text);

private:
    QWidget* buildChatTab();
    QWidget* buildQuestionsTab();
    void onChatContextMenu(const QPoint& position);
    void onQuestionsContextMenu(const QPoint& position);
    void onChatRowsInserted(int first, int last);
    void onChatRowsAboutToBeRemoved(int first, int last);
    void onScrolled(int value);
    void onNextQuestion();
    void onMarkAnswered();
    void onMessageDoubleClicked(const QModelIndex& index);
    void moderate(const QString& key, int action);
    void editBlockedWords();
    void refreshConnectors();
    void refreshBuyIntent();
    void refreshQuestionsTitle();
    void showError(const QString& message);

    ChatHub* m_hub;
    ChatAccounts* m_accounts;
    bool m_accountsLoaded = false;
    bool m_connectWhenSettled = false;
    ChatListModel* m_chatModel;
    ChatListModel* m_questionsModel;
    ChatFilterProxyModel* m_chatFilter;
    ChatFilterProxyModel* m_questionsFilter;
    QTabWidget* m_tabs;
    QListView* m_chatView;
    QListView* m_questionsView;
    QLineEdit* m_search;
    QMap<ChatPlatform, QToolButton*> m_platformToggles;
    QPushButton* m_newMessages;
    QLabel* m_connectors;
    QLabel* m_buyIntent;
    QLabel* m_status;
    ChatComposer* m_composer;
    QAction* m_nextQuestion;
    QTimer* m_refreshSoon;
    bool m_following = true;
    int m_unseen = 0;
};

} // namespace vitrine
