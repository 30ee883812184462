#include "chat/TwitchEventSub.h"

#include "chat/TwitchEventSubFrame.h"
#include "chat/TwitchHelix.h"

#include <QWebSocket>

#include <utility>

namespace vitrine {
namespace {

constexpr int kSeenLimit = 1000; // resent frames come soon after the first; older ids are forgotten

} // namespace

QStringList TwitchEventSub::chatSubscriptionTypes()
{
    return {QStringLiteral("channel.chat.message"), QStringLiteral("channel.chat.message_delete"),
            QStringLiteral("channel.chat.clear_user_messages"), QStringLiteral("channel.chat.clear")};
}

TwitchEventSub::TwitchEventSub(TwitchHelix* helix, const QUrl& endpoint, QObject* parent)
    : QObject(parent), m_helix(helix), m_endpoint(endpoint)
{
    m_welcomeTimer.setSingleShot(true);
    m_welcomeTimer.setInterval(10000);
    connect(&m_welcomeTimer, &QTimer::timeout, this, [this] {
        const QString reason =
            tr("no welcome from Twitch EventSub within %1 s").arg(m_welcomeTimer.interval() / 1000.0);
        if (m_next) {
            dropSocket(m_next);
            Q_EMIT lost(reason);
        } else {
            Q_EMIT refused(reason);
        }
    });
    m_keepaliveTimer.setSingleShot(true);
    connect(&m_keepaliveTimer, &QTimer::timeout, this, [this] { Q_EMIT silent(m_keepaliveSeconds); });
}

TwitchEventSub::~TwitchEventSub()
{
    close();
}

void TwitchEventSub::open()
{
    close();
    m_socket = newSocket();
    m_welcomeTimer.start();
    m_socket->open(m_endpoint);
}

void TwitchEventSub::close()
{
    ++m_generation;
    m_welcomeTimer.stop();
    m_keepaliveTimer.stop();
    m_pendingSubscriptions = 0;
    m_subscribed = false;
    dropSocket(m_socket);
    dropSocket(m_next);
}

QWebSocket* TwitchEventSub::newSocket()
{
    auto* socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    connect(socket, &QWebSocket::textMessageReceived, this,
            [this, socket](const QString& text) { onFrame(socket, text); });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        QString reason = socket->closeReason();
        if (reason.isEmpty())
            reason = socket->error() == QAbstractSocket::UnknownSocketError
                         ? tr("Twitch EventSub closed the connection")
                         : socket->errorString();
        onSocketEnded(socket, reason, socket->closeCode());
    });
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this, socket](QAbstractSocket::SocketError) {
                // A refused connection may not be followed by disconnected().
                if (socket->state() == QAbstractSocket::UnconnectedState)
                    onSocketEnded(socket, socket->errorString(), 0);
            });
    return socket;
}

void TwitchEventSub::dropSocket(QWebSocket*& socket)
{
    if (!socket)
        return;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
    socket = nullptr;
}

void TwitchEventSub::onSocketEnded(QWebSocket* socket, const QString& reason, int closeCode)
{
    if (socket == m_next) {
        // The session Twitch sent us to failed: start over from the endpoint.
        dropSocket(m_next);
        Q_EMIT lost(reason);
        return;
    }
    if (socket != m_socket)
        return;
    dropSocket(m_socket);
    if (m_next)
        return; // Twitch drops the old session once the new one is there
    m_welcomeTimer.stop();
    m_keepaliveTimer.stop();
    // 4000–4007: Twitch's own reasons (unused session, failed ping, bad reconnect URL…).
    if (closeCode >= 4000 && closeCode <= 4007)
        Q_EMIT refused(tr("Twitch closed the EventSub connection: %1 (%2)").arg(reason).arg(closeCode));
    else
        Q_EMIT lost(reason);
}

void TwitchEventSub::onFrame(QWebSocket* socket, const QString& text)
{
    if (socket != m_socket && socket != m_next)
        return;
    restartKeepalive();
    TwitchEventSubFrame frame;
    QString error;
    if (!TwitchEventSubFrame::parse(text.toUtf8(), &frame, &error, QDateTime::currentDateTimeUtc())) {
        Q_EMIT malformed(error);
        return;
    }
    switch (frame.type) {
    case TwitchEventSubFrame::Type::Welcome:
        onWelcome(socket, frame);
        break;
    case TwitchEventSubFrame::Type::Notification:
        if (seenBefore(frame.messageId))
            break;
        if (frame.event.type != TwitchChatEvent::Type::None)
            Q_EMIT chatEvent(frame.event);
        break;
    case TwitchEventSubFrame::Type::Reconnect:
        if (socket != m_socket || m_next)
            break;
        m_next = newSocket();
        m_welcomeTimer.start();
        m_next->open(frame.reconnectUrl);
        break;
    case TwitchEventSubFrame::Type::Revocation:
        Q_EMIT revoked(tr("Twitch revoked the %1 subscription (%2)")
                           .arg(frame.subscriptionType, frame.revocationStatus.isEmpty()
                                                            ? tr("no reason given")
                                                            : frame.revocationStatus));
        break;
    case TwitchEventSubFrame::Type::Keepalive:
    case TwitchEventSubFrame::Type::Other:
        break;
    }
}

void TwitchEventSub::onWelcome(QWebSocket* socket, const TwitchEventSubFrame& frame)
{
    m_welcomeTimer.stop();
    if (frame.keepaliveSeconds > 0)
        m_keepaliveSeconds = frame.keepaliveSeconds;
    restartKeepalive();
    if (socket == m_next) {
        // The move is done: the subscriptions came along, the old session can go.
        QWebSocket* old = m_socket;
        m_socket = std::exchange(m_next, nullptr);
        dropSocket(old);
        return;
    }
    if (m_subscribed || m_pendingSubscriptions > 0)
        return; // a second welcome on the same session: nothing new to do
    subscribeAll(frame.sessionId);
}

void TwitchEventSub::subscribeAll(const QString& sessionId)
{
    if (!m_helix) {
        Q_EMIT refused(tr("no Helix API to subscribe with"));
        return;
    }
    const QStringList types = chatSubscriptionTypes();
    m_pendingSubscriptions = static_cast<int>(types.size());
    const int generation = m_generation;
    QPointer<TwitchEventSub> self(this);
    for (const QString& type : types) {
        m_helix->subscribe(
            type, sessionId,
            [self, generation] {
                if (!self || self->m_generation != generation || self->m_pendingSubscriptions <= 0)
                    return;
                if (--self->m_pendingSubscriptions == 0) {
                    self->m_subscribed = true;
                    Q_EMIT self->ready();
                }
            },
            [self, generation](int status, const QString& reason) {
                if (!self || self->m_generation != generation || self->m_pendingSubscriptions <= 0)
                    return;
                self->m_pendingSubscriptions = 0; // the first failure speaks for all
                // 429 and 5xx (or no answer) may pass; another 4xx (a missing scope…) will not.
                if (status >= 400 && status < 500 && status != 429)
                    Q_EMIT self->refused(reason);
                else
                    Q_EMIT self->lost(reason);
            });
    }
}

void TwitchEventSub::restartKeepalive()
{
    if (m_welcomeTimer.isActive() && !m_next)
        return; // not welcomed yet: the welcome timer watches
    m_keepaliveTimer.start(m_keepaliveSeconds * 1000 + m_keepaliveMarginMs);
}

bool TwitchEventSub::seenBefore(const QString& messageId)
{
    if (messageId.isEmpty())
        return false;
    if (m_seen.contains(messageId))
        return true;
    m_seen.insert(messageId);
    m_seenOrder.enqueue(messageId);
    if (m_seenOrder.size() > kSeenLimit)
        m_seen.remove(m_seenOrder.dequeue());
    return false;
}

} // namespace vitrine
