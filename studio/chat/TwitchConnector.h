#pragma once

#include "chat/StreamingChatConnector.h"
#include "chat/TwitchEventSub.h"
#include "chat/TwitchHelix.h"

#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

namespace vitrine {

// Twitch chat. With a user token and the application's client id (setHelix()) it reads through EventSub
// over WebSocket (TwitchEventSub, Twitch's preferred way) and sends, deletes, times out and bans through
// the Helix API (TwitchHelix). Otherwise, or when EventSub is refused before it ever worked (a missing
// user:read:chat scope, no welcome, a revoked subscription), it reads through IRC over WebSocket
// (wss://irc-ws.chat.twitch.tv) with the tags and commands capabilities, for the rest of its life: without
// a token anonymously (justinfan…, read only), with one it can also send (IRC PRIVMSG). Once EventSub has
// worked, a lost connection is retried with the back-off like any other.
class TwitchConnector : public StreamingChatConnector {
    Q_OBJECT
public:
    static QUrl defaultEndpoint() { return QUrl(QStringLiteral("wss://irc-ws.chat.twitch.tv:443")); }

    // `channel` is the login ("#" optional); `token` an OAuth user token ("oauth:" optional), empty for
    // read-only; `login` the token's account (defaults to the channel).
    TwitchConnector(const QString& channel, const QString& token, const QString& login = {},
                    const QUrl& endpoint = defaultEndpoint(), QObject* parent = nullptr);
    ~TwitchConnector() override;

    ChatPlatform platform() const override { return ChatPlatform::Twitch; }
    QString target() const override { return m_channel; }
    Capabilities capabilities() const override;
    QString capabilityReason(Capability capability) const override;
    bool sendMessage(const QString& text) override;
    // IRC keeps its session (the token is only sent at login) and EventSub its subscriptions; Helix and the
    // next login use the new one.
    void setAccessToken(const QString& token) override;
    bool deleteMessage(const QString& messageId) override;
    bool timeoutAuthor(const QString& authorId, int seconds) override;
    bool banAuthor(const QString& authorId) override;

    // Turns the Helix API on for the token (no effect without one); `clientId` is the application's.
    // Then the chat is read through EventSub.
    void setHelix(const QString& clientId, const QUrl& apiEndpoint = TwitchHelix::defaultEndpoint());
    TwitchHelix* helix() const { return m_helix; }
    // Where EventSub connects (a local server in tests); an empty URL keeps this connector on IRC.
    void setEventSubEndpoint(const QUrl& endpoint);
    // Null without Helix, without an EventSub endpoint, or after the fall-back to IRC.
    TwitchEventSub* eventSub() const { return m_fellBack ? nullptr : m_eventSub.data(); }
    bool readsThroughEventSub() const { return eventSub() != nullptr; }

    // Twitch PINGs about every 5 minutes; a connection silent for longer than this is presumed dead
    // (a half-open TCP connection never reports itself) and replaced.
    void setSilenceTimeout(int ms) { m_silenceTimer.setInterval(ms); }

private:
    void openTransport() override;
    void closeTransport() override;
    void onTransportLost() override;
    QUrl connectingTo() const override;
    void makeEventSub();
    void fallBackToIrc(const QString& reason);
    void deliver(const TwitchChatEvent& event);
    void onSocketConnected();
    void onSocketDisconnected();
    void onTextMessage(const QString& frame);
    void handleLine(const QString& text);
    void sendLine(const QString& line);

    QString m_channel;
    QString m_token;
    QString m_login;
    QWebSocket m_socket;
    QTimer m_silenceTimer;
    QPointer<TwitchHelix> m_helix;
    QUrl m_eventSubEndpoint = TwitchEventSub::defaultEndpoint();
    QPointer<TwitchEventSub> m_eventSub;
    bool m_eventSubWorked = false; // subscribed at least once: losses are retried, not a reason for IRC
    bool m_fellBack = false;       // EventSub was refused: IRC for good
    bool m_joined = false;
};

} // namespace vitrine
