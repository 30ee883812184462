#pragma once

#include "chat/StreamingChatConnector.h"
#include "chat/TwitchHelix.h"

#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

namespace vitrine {

// Twitch chat: IRC over WebSocket (wss://irc-ws.chat.twitch.tv) with the tags and commands capabilities.
// Without a token it logs in anonymously (justinfan…, read only); with a user token it can also send
// (IRC PRIVMSG). With the application's client id too (setHelix()), it sends, deletes, times out and bans
// through the Helix API (see TwitchHelix).
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
    bool deleteMessage(const QString& messageId) override;
    bool timeoutAuthor(const QString& authorId, int seconds) override;
    bool banAuthor(const QString& authorId) override;

    // Turns the Helix API on for the token (no effect without one); `clientId` is the application's.
    void setHelix(const QString& clientId, const QUrl& apiEndpoint = TwitchHelix::defaultEndpoint());
    TwitchHelix* helix() const { return m_helix; }

    // Twitch PINGs about every 5 minutes; a connection silent for longer than this is presumed dead
    // (a half-open TCP connection never reports itself) and replaced.
    void setSilenceTimeout(int ms) { m_silenceTimer.setInterval(ms); }

private:
    void openTransport() override;
    void closeTransport() override;
    void onTransportLost() override;
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
    bool m_joined = false;
};

} // namespace vitrine
