#pragma once

#include "chat/IrcMessage.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

namespace vitrine {

// One frame from Twitch's EventSub WebSocket (wss://eventsub.wss.twitch.tv/ws), parsed without any
// networking so it can be fuzzed: {"metadata":{message_id, message_type, message_timestamp,
// subscription_type…}, "payload":{…}}. The chat subscriptions' events become the same TwitchChatEvent the
// IRC path gives (channel.chat.message → Message, channel.chat.message_delete → MessageDeleted,
// channel.chat.clear_user_messages → AuthorCleared, channel.chat.clear → ChatCleared).
struct TwitchEventSubFrame {
    enum class Type {
        Welcome,      // session_welcome: sessionId, keepaliveSeconds
        Keepalive,    // session_keepalive
        Notification, // notification: subscriptionType, event (None for a type the chat does not use)
        Reconnect,    // session_reconnect: sessionId, reconnectUrl
        Revocation,   // revocation: subscriptionType, revocationStatus
        Other,        // a message type this parser does not know; ignored
    };
    Type type = Type::Other;
    QString messageId;        // metadata.message_id: the same when Twitch resends a frame
    QDateTime timestamp;      // metadata.message_timestamp (UTC, to the millisecond)
    QString sessionId;        // payload.session.id
    int keepaliveSeconds = 0; // payload.session.keepalive_timeout_seconds, 0 when absent
    QUrl reconnectUrl;        // payload.session.reconnect_url
    QString subscriptionType; // "channel.chat.message"…
    QString revocationStatus; // "authorization_revoked", "user_removed", "version_removed"…
    TwitchChatEvent event;

    // Parses one frame; `arrival` becomes a chat message's arrivalTime. False with a translated reason
    // when the frame is not JSON, lacks its message type, or a field the type needs is missing or wrong.
    static bool parse(const QByteArray& json, TwitchEventSubFrame* frame, QString* error,
                      const QDateTime& arrival = {});
};

} // namespace vitrine
