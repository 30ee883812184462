#pragma once

#include "chat/ChatMessage.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace vitrine {

// One page of the YouTube Live Streaming API's liveChatMessages.list answer, parsed without networking
// (fuzzable). Text comes through HTML entity decoding.
struct YouTubeChatPage {
    struct Ban {
        QString authorId; // channel id
        QString authorName;
    };
    QList<ChatMessage> messages; // text, Super Chat/Sticker, membership, milestone, gift and system items
    QStringList deletedMessageIds;
    QList<Ban> bans;
    QString nextPageToken;
    int pollingIntervalMillis = -1; // -1 when the page gives none
    QDateTime offlineAt;            // set once the broadcast has ended
    int skippedItems = 0;           // items that were not objects or had no id

    // False with a translated reason when the body is not a liveChatMessages.list page.
    static bool parse(const QByteArray& json, const QString& liveChatId, const QDateTime& arrival,
                      YouTubeChatPage* page, QString* error);
};

// liveBroadcasts.list?part=snippet&id=…: the broadcast's snippet.liveChatId. False with a translated reason
// when the answer is not such a list; true with an empty *liveChatId when the list is empty (*found false) or
// the broadcast has no chat yet (*found true).
bool parseYouTubeBroadcastChatId(const QByteArray& json, QString* liveChatId, bool* found, QString* error);

// The Google API error body {"error":{"code":403,"message":"…","errors":[{"reason":"liveChatEnded"}]}}.
struct YouTubeApiError {
    int code = 0;
    QString message;
    QString reason; // first errors[].reason, e.g. liveChatEnded, quotaExceeded, forbidden
    // False when the body is not such an error.
    static bool parse(const QByteArray& json, YouTubeApiError* error);
    // Errors that will not go away by asking again (ended chat, bad key, no access).
    bool isPermanent() const;
};

} // namespace vitrine
