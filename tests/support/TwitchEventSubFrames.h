#pragma once

// Twitch EventSub WebSocket frames shaped as Twitch's reference shows them (dev.twitch.tv/docs/eventsub/
// websocket-reference and the channel.chat.* subscription types): metadata with nanosecond timestamps,
// the subscription echoed in each notification, null fields left in.

#include "chat/ChatMessage.h"

#include <QDateTime>
#include <QString>

namespace eventsub {

// The message Zoé's line reads as, through IRC or EventSub alike (the frames here and the IRC tests' line
// carry the same author, badges, colour, text and emote).
inline vitrine::ChatMessage zoeMessage(const QString& id, const QDateTime& platformTime)
{
    vitrine::ChatMessage message;
    message.id = id;
    message.platform = vitrine::ChatPlatform::Twitch;
    message.channel = QStringLiteral("maisonmoulin");
    message.author =
        vitrine::ChatAuthor{QStringLiteral("42"),
                            QStringLiteral("Zoé"),
                            QStringLiteral("#8A2BE2"),
                            QStringList{QStringLiteral("subscriber/6"), QStringLiteral("premium/1")},
                            false,
                            true,
                            false};
    message.text = QStringLiteral("je prends Kappa");
    message.emotes = {vitrine::ChatEmote{QStringLiteral("25"), 10, 14}};
    message.platformTime = platformTime;
    return message;
}

inline QString welcome(const QString& sessionId, int keepaliveSeconds = 10)
{
    return QStringLiteral(
               R"({"metadata":{"message_id":"96a3f3b5-5dec-4eed-908e-e11ee657416c","message_type":"session_welcome",)"
               R"("message_timestamp":"2023-07-19T14:56:51.634234626Z"},"payload":{"session":{"id":"%1",)"
               R"("status":"connected","connected_at":"2023-07-19T14:56:51.616329898Z",)"
               R"("keepalive_timeout_seconds":%2,"reconnect_url":null,"recovery_url":null}}})")
        .arg(sessionId)
        .arg(keepaliveSeconds);
}

inline QString keepalive(const QString& id = QStringLiteral("84c1e79a-2a4b-4c13-ba0b-4312293e9308"))
{
    return QStringLiteral(R"({"metadata":{"message_id":"%1","message_type":"session_keepalive",)"
                          R"("message_timestamp":"2023-07-19T10:11:12.634234626Z"},"payload":{}})")
        .arg(id);
}

inline QString reconnect(const QString& sessionId, const QString& url)
{
    return QStringLiteral(
               R"({"metadata":{"message_id":"84c1e79a-2a4b-4c13-ba0b-4312293e9308","message_type":"session_reconnect",)"
               R"("message_timestamp":"2022-11-18T09:10:11.634234626Z"},"payload":{"session":{"id":"%1",)"
               R"("status":"reconnecting","keepalive_timeout_seconds":null,"reconnect_url":"%2",)"
               R"("connected_at":"2022-11-16T10:11:12.634234626Z"}}})")
        .arg(sessionId, url);
}

// A notification of `type` carrying `event` (a JSON object), frame id `frameId`.
inline QString notification(const QString& frameId, const QString& type, const QString& event,
                            const QString& timestamp = QStringLiteral("2023-11-06T18:11:47.492253549Z"))
{
    return QStringLiteral(
               R"({"metadata":{"message_id":"%1","message_type":"notification","message_timestamp":"%4",)"
               R"("subscription_type":"%2","subscription_version":"1"},"payload":{"subscription":{)"
               R"("id":"0b7f3361-672b-4d39-b307-dd5b576c9b27","status":"enabled","type":"%2","version":"1",)"
               R"("condition":{"broadcaster_user_id":"1111","user_id":"2222"},"transport":{"method":"websocket",)"
               R"("session_id":"AQoQILE98gtqShGmLD7AM6yJThAB"},"created_at":"2023-11-06T18:11:47.492253549Z",)"
               R"("cost":0},"event":%3}})")
        .arg(frameId, type, event, timestamp);
}

inline QString broadcaster()
{
    return QStringLiteral(R"("broadcaster_user_id":"1111","broadcaster_user_login":"maisonmoulin",)"
                          R"("broadcaster_user_name":"MaisonMoulin")");
}

// channel.chat.message: Zoé (subscriber/6, premium/1) writes "je prends Kappa", Kappa an emote fragment.
inline QString chatMessage(const QString& frameId, const QString& messageId)
{
    return notification(
        frameId, QStringLiteral("channel.chat.message"),
        u'{' + broadcaster() +
            QStringLiteral(
                R"(,"chatter_user_id":"42","chatter_user_login":"zoe","chatter_user_name":"Zoé",)"
                R"("message_id":"%1","message":{"text":"je prends Kappa","fragments":[)"
                R"({"type":"text","text":"je prends ","cheermote":null,"emote":null,"mention":null},)"
                R"({"type":"emote","text":"Kappa","cheermote":null,"emote":{"id":"25","emote_set_id":"0",)"
                R"("owner_id":"0","format":["static"]},"mention":null}]},"color":"#8a2be2",)"
                R"("badges":[{"set_id":"subscriber","id":"6","info":"6"},{"set_id":"premium","id":"1","info":""}],)"
                R"("message_type":"text","cheer":null,"reply":null,"channel_points_custom_reward_id":null})")
                .arg(messageId));
}

inline QString messageDelete(const QString& frameId, const QString& messageId)
{
    return notification(frameId, QStringLiteral("channel.chat.message_delete"),
                        u'{' + broadcaster() +
                            QStringLiteral(R"(,"target_user_id":"42","target_user_login":"zoe",)"
                                           R"("target_user_name":"Zoé","message_id":"%1"})")
                                .arg(messageId));
}

inline QString clearUserMessages(const QString& frameId)
{
    return notification(frameId, QStringLiteral("channel.chat.clear_user_messages"),
                        u'{' + broadcaster() +
                            QStringLiteral(R"(,"target_user_id":"43","target_user_login":"modo",)"
                                           R"("target_user_name":"Modo"})"));
}

inline QString clear(const QString& frameId)
{
    return notification(frameId, QStringLiteral("channel.chat.clear"), u'{' + broadcaster() + u'}');
}

inline QString revocation(const QString& status = QStringLiteral("authorization_revoked"))
{
    return QStringLiteral(
               R"({"metadata":{"message_id":"84c1e79a-2a4b-4c13-ba0b-4312293e9308","message_type":"revocation",)"
               R"("message_timestamp":"2022-11-16T10:11:12.464757833Z","subscription_type":"channel.chat.message",)"
               R"("subscription_version":"1"},"payload":{"subscription":{"id":"f1c2a387-161a-49f9-a165-0f21d7a4e1c4",)"
               R"("status":"%1","type":"channel.chat.message","version":"1","cost":0,)"
               R"("condition":{"broadcaster_user_id":"1111","user_id":"2222"},"transport":{"method":"websocket",)"
               R"("session_id":"AQoQexAWVYKSTIu4ec_2VAxyuhAB"},"created_at":"2022-11-16T10:11:12.464757833Z"}}})")
        .arg(status);
}

} // namespace eventsub
