#pragma once

#include "chat/IrcMessage.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QSet>
#include <QTimer>
#include <QUrl>

class QWebSocket;

namespace vitrine {

class TwitchHelix;
struct TwitchEventSubFrame;

// Twitch chat through EventSub over WebSocket, for one channel, as the token's user. open() connects to
// the endpoint; after Twitch's session_welcome it subscribes the session (through TwitchHelix) to
// channel.chat.message, channel.chat.message_delete, channel.chat.clear_user_messages and
// channel.chat.clear, and says ready() once all four are accepted. Then:
//   notification       → chatEvent() (a resent frame, same metadata.message_id, is dropped)
//   session_keepalive  → nothing, but any frame restarts the silence timer (keepalive + a margin): silent()
//   session_reconnect  → the new URL is opened beside the old socket; at its welcome the old one is closed.
//                        Subscriptions carry over: none is made again.
//   revocation         → revoked()
// refused() says Twitch will not serve this session (a subscription answered 4xx but 429, no welcome in
// time, close codes 4000–4007); lost(), that the connection ended otherwise. After either, the caller
// close()s and decides: IRC, or open() again. Nothing is reported for what close() itself ends.
class TwitchEventSub : public QObject {
    Q_OBJECT
public:
    static QUrl defaultEndpoint() { return QUrl(QStringLiteral("wss://eventsub.wss.twitch.tv/ws")); }
    static QStringList chatSubscriptionTypes();

    TwitchEventSub(TwitchHelix* helix, const QUrl& endpoint, QObject* parent = nullptr);
    ~TwitchEventSub() override;

    QUrl endpoint() const { return m_endpoint; }
    void open();
    void close();

    // Twitch closes a session that has subscribed to nothing after 10 s: no welcome by then is a refusal.
    void setWelcomeTimeout(int ms) { m_welcomeTimer.setInterval(ms); }
    // Added to the session's keepalive_timeout_seconds before a silent connection is given up.
    void setKeepaliveMargin(int ms) { m_keepaliveMarginMs = ms; }

Q_SIGNALS:
    void ready();
    void chatEvent(const vitrine::TwitchChatEvent& event);
    void malformed(const QString& reason);
    void refused(const QString& reason);
    void lost(const QString& reason);
    void silent(int seconds);
    void revoked(const QString& reason);

private:
    QWebSocket* newSocket();
    void dropSocket(QWebSocket*& socket);
    void onFrame(QWebSocket* socket, const QString& text);
    void onWelcome(QWebSocket* socket, const TwitchEventSubFrame& frame);
    void onSocketEnded(QWebSocket* socket, const QString& reason, int closeCode);
    void subscribeAll(const QString& sessionId);
    void restartKeepalive();
    bool seenBefore(const QString& messageId);

    QPointer<TwitchHelix> m_helix;
    QUrl m_endpoint;
    QWebSocket* m_socket = nullptr; // the session in use
    QWebSocket* m_next = nullptr;   // the session Twitch moves us to, until its welcome
    QTimer m_welcomeTimer;
    QTimer m_keepaliveTimer;
    int m_keepaliveSeconds = 10;
    int m_keepaliveMarginMs = 5000;
    int m_generation = 0; // bumped by open() and close(): late answers of an older session are ignored
    int m_pendingSubscriptions = 0;
    bool m_subscribed = false;
    QSet<QString> m_seen;
    QQueue<QString> m_seenOrder;
};

} // namespace vitrine
