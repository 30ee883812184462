#pragma once

#include "chat/BuyIntent.h"
#include "chat/ChatConnector.h"
#include "chat/ChatEntryStore.h"
#include "chat/ChatMessage.h"
#include "chat/ChatModeration.h"
#include "chat/ChatPoll.h"
#include "chat/ChatSpool.h"
#include "chat/ClaimBook.h"
#include "chat/Giveaway.h"
#include "chat/QuestionFilter.h"
#include "chat/ReplyBuilder.h"
#include "show/EventLog.h"
#include "show/LiveState.h"
#include "show/ShowStore.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace vitrine {

// The merged chat of every connected platform. Messages are appended in arrival order (never reordered),
// duplicates (same platform and id) dropped, platform deletions and author clears marked on what the view
// holds, and every message and deletion spooled to disk as it arrives. The view keeps the last viewLimit()
// messages; the spool keeps everything. Questions, buy intents, the on-screen highlight and moderation are
// decided here; widgets only observe the stores and call these methods.
class ChatHub : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultViewLimit = 5000;
    static constexpr int kDefaultQuestionLimit = 2000;

    explicit ChatHub(QObject* parent = nullptr);
    ~ChatHub() override;

    // Takes ownership; the connector is not started.
    void addConnector(ChatConnector* connector);
    QList<ChatConnector*> connectors() const { return m_connectors; }
    void startAll();
    void stopAll();
    // Stops and deletes every connector (the chats read change); what was merged stays.
    void removeAllConnectors();

    // Appends the merged chat to a JSON Lines file (see ChatSpool). False with a message when it cannot.
    bool openSpool(const QString& path, QString* error);
    ChatSpool* spool() { return &m_spool; }

    // The show this chat belongs to: its catalogue feeds buy intents, its pinned product the "+1"s and the
    // tracked links posted to the chats, its event log the highlights. Any may be null.
    void attachShow(const ShowStore* store, LiveState* live, EventLog* log);
    void setEventLog(EventLog* log) { m_eventLog = log; }

    // The merged view (trimmed past viewLimit()) and the questions (trimmed past their own, larger limit).
    ChatEntryStore* view() { return &m_view; }
    ChatEntryStore* questions() { return &m_questions; }
    void setViewLimit(int limit) { m_view.setLimit(limit); }
    int viewLimit() const { return m_view.limit(); }

    // A message as it arrives (connectors' messageReceived lands here).
    void ingest(const ChatMessage& incoming);
    qint64 receivedCount() const { return m_received; }
    qint64 duplicateCount() const { return m_duplicates; }
    // The connector a message came from (same platform and channel), or null.
    ChatConnector* connectorFor(const ChatMessage& message) const;
    std::optional<ChatMessage> message(const QString& key) const;

    QuestionFilter& questionFilter() { return m_questionFilter; }
    BuyIntent* buyIntent() { return &m_buyIntent; }
    // Comment-to-claim: each message (not the host's, not a blocked one) is read by the claim book against
    // the catalogue and the product pinned when it arrived. Not owned; null: no claims are taken.
    void setClaimBook(ClaimBook* book) { m_claimBook = book; }
    ClaimBook* claimBook() const { return m_claimBook; }
    void setBlockedWords(const QStringList& words);
    QStringList blockedWords() const { return m_moderation.blockedWords(); }

    // Questions: answered or not, and the host's "next question": marks the current one answered and makes
    // the oldest unanswered question current. Returns its key (empty when none is left).
    bool setAnswered(const QString& key, bool answered);
    QString nextQuestion();
    QString currentQuestion() const { return m_currentQuestion; }
    QSet<QString> answeredKeys() const { return m_answered; }
    int unansweredQuestionCount() const;

    // On screen: at most one message is highlighted. An empty key clears it.
    bool setHighlighted(const QString& key);
    // Puts a message on screen that need not be in the merged chat (a rehearsal script's pick); nullopt
    // clears it.
    void highlight(const std::optional<ChatMessage>& message);
    // The merged-chat key of the message a platform gave `id` (the first one, when two platforms reused
    // it); empty when none is held.
    QString keyOfMessageId(const QString& id) const;
    QString highlightedKey() const { return m_highlighted ? m_highlighted->key() : QString(); }
    std::optional<ChatMessage> highlighted() const { return m_highlighted; }

    // Moderation. Hiding is local to the studio; the others go to the message's platform when it allows them.
    bool setHidden(const QString& key, bool hidden);
    bool canModerate(const QString& key, ChatModeration::Action action) const;
    bool moderate(const QString& key, ChatModeration::Action action, QString* error);
    // Why that action cannot be done on the message's platform (translated), empty when it can.
    QString moderationRefusal(const QString& key, ChatModeration::Action action) const;

    // Sends text to every chat the studio may write to; returns how many took it. Failures are listed in
    // errors (translated).
    int postToAll(const QString& text, QStringList* errors = nullptr);
    // Opt-in: when a product is pinned, post its tracked link (utm_source = the platform) to every chat.
    void setPostPinnedLinks(bool enabled) { m_postPinnedLinks = enabled; }
    bool postPinnedLinks() const { return m_postPinnedLinks; }
    // The message posted for a product on one platform.
    QString pinnedLinkText(const QString& sku, ChatPlatform platform) const;
    // A reply to a viewer's question built from the catalogue (price, variants, stock, delivery of the
    // product it names or the one pinned); nothing when it asks none of these. Never sent from here.
    std::optional<ReplyBuilder::Proposal> proposeReply(const QString& key) const;
    // A giveaway and a poll across every chat, their start, draw and end in the event log (the draw with its
    // seed and entries, so it can be redone). A draw takes a fresh random seed unless given one.
    Giveaway* giveaway() { return &m_giveaway; }
    bool startGiveaway(const Giveaway::Rules& rules);
    void stopGiveaway();
    std::optional<Giveaway::Entry> drawGiveaway(std::optional<quint64> seed = std::nullopt);
    ChatPoll* poll() { return &m_poll; }
    bool startPoll(const QString& question, const QStringList& options);
    void stopPoll();

    // Whether the chat a message came from takes the studio's replies; when not, why (translated, naming
    // the platform: "YouTube: signed in with an API key only — sign in to post").
    bool canReply(const QString& key) const { return replyRefusal(key).isEmpty(); }
    QString replyRefusal(const QString& key) const;
    // Sends text to the chat the message came from (a reply goes where the question was asked, never to
    // the others) and marks the question answered. False with a translated message when that chat cannot
    // take it; the platform's own refusal (an expired token…) arrives later through errorOccurred().
    bool sendReply(const QString& key, const QString& text, QString* error);

Q_SIGNALS:
    void messageAdded(const vitrine::ChatEntry& entry);
    void highlightChanged(const QString& key);
    void currentQuestionChanged(const QString& key);
    void questionsChanged();
    // The catalogue or the pinned product changed: proposed replies may differ.
    void replyContextChanged();
    void connectorStateChanged(vitrine::ChatConnector* connector);
    // A connector's or a moderation action's translated error.
    void errorOccurred(const QString& message);

private:
    void onMessageDeleted(ChatPlatform platform, const QString& messageId);
    void onAuthorCleared(ChatPlatform platform, const QString& authorId, const QString& authorName);
    void onChatCleared(ChatPlatform platform);
    void onPinnedProductChanged(const QString& sku);
    void refreshCatalogue();
    // Applies an edit to the entry in both stores; false when neither holds it.
    bool updateEntry(const QString& key, const std::function<void(ChatEntry&)>& edit);
    // Marks deleted every entry `match` selects, spooling a deletion record for each.
    void markDeletedWhere(const std::function<bool(const ChatMessage&)>& match);

    QList<ChatConnector*> m_connectors;
    ChatEntryStore m_view;
    ChatEntryStore m_questions;
    ChatSpool m_spool;
    QSet<QString> m_seen; // every key ever merged, so a late duplicate of a trimmed message stays out
    qint64 m_received = 0;
    qint64 m_duplicates = 0;
    QuestionFilter m_questionFilter;
    BuyIntent m_buyIntent;
    ReplyBuilder m_replies;
    Giveaway m_giveaway;
    ChatPoll m_poll;
    ChatModeration m_moderation;
    std::optional<ChatMessage> m_highlighted;
    QString m_currentQuestion;
    QSet<QString> m_answered; // kept past the questions' trim, for the transcript
    bool m_postPinnedLinks = false;
    QPointer<const ShowStore> m_store;
    QPointer<LiveState> m_live;
    QPointer<EventLog> m_eventLog;
    QPointer<ClaimBook> m_claimBook;
};

} // namespace vitrine
