#pragma once

#include "chat/ChatApiClient.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace vitrine {

// Twitch's Helix API for one channel, acting as the token's user (bearer token and the application's
// Client-Id on every request). The broadcaster's and the acting user's ids are looked up once, before the
// first action (GET {base}/helix/users?login=CHANNEL, then GET {base}/helix/users for the token's own
// user); actions asked for meanwhile wait for them. Then:
//   send     POST   {base}/helix/chat/messages {broadcaster_id, sender_id, message}
//   delete   DELETE {base}/helix/moderation/chat?broadcaster_id&moderator_id&message_id
//   time out POST   {base}/helix/moderation/bans?broadcaster_id&moderator_id {"data":{user_id, duration,
//   reason}} ban      the same without duration.
//   subscribe POST  {base}/helix/eventsub/subscriptions {type, version "1", condition {broadcaster_user_id,
//                   user_id}, transport {method "websocket", session_id}} (EventSub chat, see TwitchEventSub)
// Failures come as translated messages through failed(), a subscription's only to its caller.
class TwitchHelix : public QObject {
    Q_OBJECT
public:
    static QUrl defaultEndpoint() { return QUrl(QStringLiteral("https://api.twitch.tv")); }

    TwitchHelix(const QString& channel, const QString& token, const QString& clientId,
                const QUrl& endpoint = defaultEndpoint(), QObject* parent = nullptr);

    bool isTokenRefused() const { return m_api.isTokenRefused(); }
    // The same user's renewed token, from the next request on.
    void setToken(const QString& token);
    QString tokenRefusedMessage() const { return m_api.tokenRefusedMessage(); }
    QString broadcasterId() const { return m_broadcasterId; }
    QString userId() const { return m_userId; }

    void sendMessage(const QString& text);
    void deleteMessage(const QString& messageId);
    // seconds 0 bans for good.
    void ban(const QString& userId, int seconds);
    // Subscribes the EventSub WebSocket session to `type` for this channel, read as the token's user.
    // `done` runs on Twitch's 202; `failure` gets the HTTP status (0: no answer; 404 when the channel or
    // the token's user was not found) and a translated reason.
    using SubscribeFailure = std::function<void(int status, const QString& reason)>;
    void subscribe(const QString& type, const QString& sessionId, std::function<void()> done,
                   const SubscribeFailure& failure);

Q_SIGNALS:
    void failed(const QString& message);

private:
    // Runs `action` once both ids are known (now, or after the look-up); when the look-up fails it is
    // dropped, and `failure` (if any) is told why.
    void whenResolved(std::function<void()> action, SubscribeFailure failure = {});
    void resolve();
    void lookUpUser(bool self);
    void resolutionFailed(int status, const QString& reason);
    QUrlQuery moderationQuery() const;

    QString m_channel;
    ChatApiClient m_api;
    QString m_broadcasterId;
    QString m_userId;
    struct Waiting {
        std::function<void()> action;
        SubscribeFailure failure;
    };
    QList<Waiting> m_waiting;
    bool m_resolving = false;
};

} // namespace vitrine
