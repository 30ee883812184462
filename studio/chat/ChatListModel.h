#pragma once

#include "chat/ChatEntryStore.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QTimer>

namespace vitrine {

class ChatHub;

// The merged chat (or its questions) as a list model. Rows follow the hub's store in batches: appends and
// trims arriving within kSyncIntervalMs become one rowsInserted and one rowsRemoved, so thousands of
// messages a second cost the view a few updates a second. Rows are never reordered.
class ChatListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum class Source { View, Questions };
    enum Role {
        KeyRole = Qt::UserRole + 1,
        IdRole,
        PlatformRole,    // int(ChatPlatform)
        PlatformKeyRole, // "twitch"…
        ChannelRole,
        AuthorIdRole,
        AuthorNameRole,
        AuthorColorRole, // QString "#RRGGBB" or empty
        BadgesRole,      // QStringList
        ModeratorRole,
        SubscriberRole,
        BroadcasterRole,
        TextRole,
        KindRole, // int(ChatMessageKind)
        PaidAmountRole,
        PlatformTimeRole,
        ArrivalTimeRole,
        DeletedRole,
        HiddenRole,  // hidden by the host or by the blocked words
        BlockedRole, // by the blocked words
        QuestionRole,
        AnsweredRole,
        HighlightedRole,
        CurrentQuestionRole,
        BuySkuRole,
    };

    static constexpr int kSyncIntervalMs = 50;

    explicit ChatListModel(ChatHub* hub, Source source = Source::View, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const ChatEntry* entry(int row) const;
    QString keyAt(int row) const;
    int rowOfKey(const QString& key) const;

    // Catches up with the store now (tests; otherwise it happens within kSyncIntervalMs).
    void syncNow();

private:
    void scheduleSync();
    void onEntryChanged(qint64 serial);
    void onKeyChanged(const QString& previous, const QString& current);

    QPointer<ChatHub> m_hub;
    ChatEntryStore* m_store;
    qint64 m_first = 0; // serial of row 0
    int m_count = 0;
    QTimer m_sync;
    QString m_highlighted;
    QString m_currentQuestion;
};

} // namespace vitrine
