#include "chat/TwitchConnector.h"

#include "chat/IrcMessage.h"

#include <algorithm>

namespace vitrine {

TwitchConnector::TwitchConnector(const QString& channel, const QString& token, const QString& login,
                                 const QUrl& endpoint, QObject* parent)
    : StreamingChatConnector(endpoint, parent),
      m_channel(channel.startsWith(QLatin1Char('#')) ? channel.mid(1).toLower() : channel.toLower()),
      m_token(token.startsWith(QLatin1String("oauth:")) ? token.mid(6) : token),
      m_login(login.isEmpty() ? m_channel : login.toLower())
{
    m_silenceTimer.setSingleShot(true);
    m_silenceTimer.setInterval(6 * 60 * 1000);
    connect(&m_silenceTimer, &QTimer::timeout, this, [this] {
        reconnectNow(tr("no traffic from Twitch for %1 s").arg(m_silenceTimer.interval() / 1000));
    });
    connect(&m_socket, &QWebSocket::connected, this, &TwitchConnector::onSocketConnected);
    connect(&m_socket, &QWebSocket::disconnected, this, &TwitchConnector::onSocketDisconnected);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &TwitchConnector::onTextMessage);
    connect(&m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this](QAbstractSocket::SocketError) {
                // A refused or failed connection may not be followed by disconnected(): retry from here too.
                if (m_socket.state() == QAbstractSocket::UnconnectedState)
                    transportLost(m_socket.errorString());
            });
}

TwitchConnector::~TwitchConnector()
{
    m_socket.disconnect(this);
    m_socket.abort();
}

void TwitchConnector::setHelix(const QString& clientId, const QUrl& apiEndpoint)
{
    delete m_helix;
    if (!m_token.isEmpty() && !clientId.isEmpty()) {
        m_helix = new TwitchHelix(m_channel, m_token, clientId, apiEndpoint, this);
        connect(m_helix, &TwitchHelix::failed, this, &ChatConnector::errorOccurred);
    }
    makeEventSub();
}

void TwitchConnector::setEventSubEndpoint(const QUrl& endpoint)
{
    m_eventSubEndpoint = endpoint;
    makeEventSub();
}

void TwitchConnector::makeEventSub()
{
    delete m_eventSub;
    if (!m_helix || m_eventSubEndpoint.isEmpty())
        return;
    m_eventSub = new TwitchEventSub(m_helix, m_eventSubEndpoint, this);
    connect(m_eventSub, &TwitchEventSub::ready, this, [this] {
        m_eventSubWorked = true;
        transportOpened(tr("#%1 through EventSub").arg(m_channel));
    });
    connect(m_eventSub, &TwitchEventSub::chatEvent, this, &TwitchConnector::deliver);
    connect(m_eventSub, &TwitchEventSub::malformed, this, [this](const QString& reason) {
        Q_EMIT errorOccurred(tr("Twitch sent an EventSub frame that could not be read (%1)").arg(reason));
    });
    connect(m_eventSub, &TwitchEventSub::refused, this, [this](const QString& reason) {
        if (m_eventSubWorked)
            transportLost(reason);
        else
            fallBackToIrc(reason);
    });
    connect(m_eventSub, &TwitchEventSub::lost, this,
            [this](const QString& reason) { transportLost(reason); });
    connect(m_eventSub, &TwitchEventSub::silent, this, [this](int seconds) {
        reconnectNow(tr("no keepalive from Twitch EventSub for %1 s").arg(seconds));
    });
    connect(m_eventSub, &TwitchEventSub::revoked, this, &TwitchConnector::fallBackToIrc);
}

void TwitchConnector::fallBackToIrc(const QString& reason)
{
    if (m_fellBack)
        return;
    m_fellBack = true;
    Q_EMIT errorOccurred(
        tr("Twitch EventSub is not available (%1); reading the chat through IRC.").arg(reason));
    reconnectNow(tr("switching to IRC"));
}

ChatConnector::Capabilities TwitchConnector::capabilities() const
{
    if (m_token.isEmpty() || (m_helix && m_helix->isTokenRefused()))
        return {};
    if (!m_helix)
        return CanSend;
    return CanSend | CanDelete | CanTimeout | CanBan;
}

QString TwitchConnector::capabilityReason(Capability capability) const
{
    if (capabilities().testFlag(capability))
        return {};
    if (m_token.isEmpty())
        return capability == CanSend ? tr("Twitch: reading anonymously — sign in to post")
                                     : tr("Twitch: reading anonymously — sign in as a moderator to moderate");
    if (m_helix && m_helix->isTokenRefused())
        return m_helix->tokenRefusedMessage();
    return tr("Twitch: moderating needs the Helix API — give the application’s client id "
              "(VITRINE_TWITCH_CLIENT_ID)");
}

bool TwitchConnector::deleteMessage(const QString& messageId)
{
    if (!capabilities().testFlag(CanDelete))
        return ChatConnector::deleteMessage(messageId);
    m_helix->deleteMessage(messageId);
    return true;
}

bool TwitchConnector::timeoutAuthor(const QString& authorId, int seconds)
{
    if (!capabilities().testFlag(CanTimeout))
        return ChatConnector::timeoutAuthor(authorId, seconds);
    m_helix->ban(authorId, std::max(1, seconds));
    return true;
}

bool TwitchConnector::banAuthor(const QString& authorId)
{
    if (!capabilities().testFlag(CanBan))
        return ChatConnector::banAuthor(authorId);
    m_helix->ban(authorId, 0);
    return true;
}

void TwitchConnector::openTransport()
{
    m_joined = false;
    if (readsThroughEventSub())
        m_eventSub->open();
    else
        m_socket.open(endpoint());
}

void TwitchConnector::closeTransport()
{
    m_silenceTimer.stop();
    m_socket.abort();
    if (m_eventSub)
        m_eventSub->close();
}

QUrl TwitchConnector::connectingTo() const
{
    return readsThroughEventSub() ? m_eventSub->endpoint() : endpoint();
}

void TwitchConnector::onTransportLost()
{
    m_silenceTimer.stop();
    m_joined = false;
}

void TwitchConnector::onSocketConnected()
{
    m_silenceTimer.start();
    sendLine(QStringLiteral("CAP REQ :twitch.tv/tags twitch.tv/commands"));
    if (m_token.isEmpty()) {
        sendLine(QStringLiteral("NICK justinfan12345"));
    } else {
        sendLine(QStringLiteral("PASS oauth:") + m_token);
        sendLine(QStringLiteral("NICK ") + m_login);
    }
    sendLine(QStringLiteral("JOIN #") + m_channel);
}

void TwitchConnector::onSocketDisconnected()
{
    QString reason = m_socket.closeReason();
    if (reason.isEmpty())
        reason = m_socket.error() == QAbstractSocket::UnknownSocketError
                     ? tr("the server closed the connection")
                     : m_socket.errorString();
    transportLost(reason);
}

void TwitchConnector::onTextMessage(const QString& frame)
{
    m_silenceTimer.start();
    // One frame may carry several lines, each ended by CR LF.
    for (const QString& line : frame.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts))
        handleLine(line);
}

void TwitchConnector::handleLine(const QString& text)
{
    IrcMessage line;
    QString error;
    if (!IrcMessage::parse(text.toUtf8(), &line, &error)) {
        Q_EMIT errorOccurred(tr("Twitch sent a line that could not be read (%1)").arg(error));
        return;
    }
    if (!m_joined && (line.command == QLatin1String("001") ||
                      (line.command == QLatin1String("JOIN") && line.params.value(0) == u'#' + m_channel) ||
                      line.command == QLatin1String("ROOMSTATE"))) {
        m_joined = true;
        transportOpened(tr("#%1 through IRC").arg(m_channel));
    }
    const TwitchChatEvent event = twitchChatEvent(line, QDateTime::currentDateTimeUtc());
    switch (event.type) {
    case TwitchChatEvent::Type::Message:
    case TwitchChatEvent::Type::MessageDeleted:
    case TwitchChatEvent::Type::AuthorCleared:
    case TwitchChatEvent::Type::ChatCleared:
        deliver(event);
        break;
    case TwitchChatEvent::Type::Ping:
        sendLine(QStringLiteral("PONG :") + event.pingToken);
        break;
    case TwitchChatEvent::Type::Reconnect:
        // Twitch is restarting this server: go now, not after a back-off.
        reconnectNow(tr("Twitch asked to reconnect"));
        break;
    case TwitchChatEvent::Type::Notice:
        if (event.notice.contains(QLatin1String("Login authentication failed")) ||
            event.notice.contains(QLatin1String("Improperly formatted auth"))) {
            fail(tr("Twitch refused the token: %1").arg(event.notice),
                 tr("Twitch refused the token; sign in again."));
        } else if (!event.notice.isEmpty()) {
            Q_EMIT errorOccurred(tr("Twitch: %1").arg(event.notice));
        }
        break;
    case TwitchChatEvent::Type::None:
        break;
    }
}

void TwitchConnector::deliver(const TwitchChatEvent& event)
{
    switch (event.type) {
    case TwitchChatEvent::Type::Message:
        Q_EMIT messageReceived(event.message);
        break;
    case TwitchChatEvent::Type::MessageDeleted:
        Q_EMIT messageDeleted(ChatPlatform::Twitch, event.messageId);
        break;
    case TwitchChatEvent::Type::AuthorCleared:
        Q_EMIT authorCleared(ChatPlatform::Twitch, event.authorId, event.authorName);
        break;
    case TwitchChatEvent::Type::ChatCleared:
        Q_EMIT chatCleared(ChatPlatform::Twitch);
        break;
    case TwitchChatEvent::Type::None:
    case TwitchChatEvent::Type::Ping:
    case TwitchChatEvent::Type::Reconnect:
    case TwitchChatEvent::Type::Notice:
        break; // the transports' own business
    }
}

bool TwitchConnector::sendMessage(const QString& text)
{
    if (!capabilities().testFlag(CanSend))
        return ChatConnector::sendMessage(text);
    if (m_helix) {
        const QString line = text.simplified();
        if (line.isEmpty())
            return false;
        m_helix->sendMessage(line);
        return true;
    }
    if (state() != State::Connected) {
        Q_EMIT errorOccurred(tr("Not connected to Twitch chat; the message was not sent."));
        return false;
    }
    QString line = text;
    line.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    line = line.trimmed();
    if (line.isEmpty())
        return false;
    sendLine(QStringLiteral("PRIVMSG #%1 :%2").arg(m_channel, line));
    return true;
}

void TwitchConnector::sendLine(const QString& line)
{
    m_socket.sendTextMessage(line + QStringLiteral("\r\n"));
}

void TwitchConnector::setAccessToken(const QString& token)
{
    if (m_token.isEmpty() || token.isEmpty())
        return; // an anonymous chat stays anonymous
    m_token = token.startsWith(QLatin1String("oauth:")) ? token.mid(6) : token;
    if (m_helix)
        m_helix->setToken(m_token);
}

} // namespace vitrine
