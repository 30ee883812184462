#include "chat/CustomConnector.h"

#include "chat/CustomChatFrame.h"

namespace vitrine {

CustomConnector::CustomConnector(const QString& feedName, const QUrl& endpoint, QObject* parent)
    : ChatConnector(parent), m_feedName(feedName), m_endpoint(endpoint)
{
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &CustomConnector::connectNow);
    connect(&m_socket, &QWebSocket::connected, this, [this] {
        m_backoff.reset();
        setState(State::Connected, m_feedName);
    });
    connect(&m_socket, &QWebSocket::disconnected, this, [this] {
        if (!m_aborting)
            scheduleReconnect(m_socket.closeReason().isEmpty() ? tr("the feed closed the connection")
                                                               : m_socket.closeReason());
    });
    connect(&m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this](QAbstractSocket::SocketError) {
                if (!m_aborting && m_socket.state() == QAbstractSocket::UnconnectedState)
                    scheduleReconnect(m_socket.errorString());
            });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &CustomConnector::onTextMessage);
}

CustomConnector::~CustomConnector()
{
    m_running = false;
    m_socket.disconnect(this);
    m_socket.abort();
}

void CustomConnector::start()
{
    if (m_running)
        return;
    m_running = true;
    m_backoff.reset();
    connectNow();
}

void CustomConnector::stop()
{
    m_running = false;
    m_reconnectTimer.stop();
    m_socket.abort();
    setState(State::Idle);
}

void CustomConnector::connectNow()
{
    if (!m_running)
        return;
    setState(m_backoff.attempts() == 0 ? State::Connecting : State::Reconnecting,
             tr("connecting to %1").arg(m_endpoint.toDisplayString()));
    m_aborting = true;
    m_socket.abort();
    m_aborting = false;
    m_socket.open(m_endpoint);
}

void CustomConnector::scheduleReconnect(const QString& reason)
{
    if (!m_running || m_reconnectTimer.isActive())
        return;
    const int delay = m_backoff.nextDelayMs();
    setState(State::Reconnecting,
             tr("%1; reconnecting in %2 s").arg(reason, QString::number(delay / 1000.0, 'f', 1)));
    m_reconnectTimer.start(delay);
}

void CustomConnector::onTextMessage(const QString& text)
{
    CustomChatFrame frame;
    QString error;
    if (!CustomChatFrame::parse(text.toUtf8(), m_feedName, QDateTime::currentDateTimeUtc(), &frame, &error)) {
        Q_EMIT errorOccurred(tr("The chat feed sent a frame that could not be read: %1").arg(error));
        return;
    }
    switch (frame.type) {
    case CustomChatFrame::Type::Message:
        Q_EMIT messageReceived(frame.message);
        break;
    case CustomChatFrame::Type::Delete:
        Q_EMIT messageDeleted(ChatPlatform::Custom, frame.messageId);
        break;
    case CustomChatFrame::Type::Clear:
        Q_EMIT chatCleared(ChatPlatform::Custom);
        break;
    case CustomChatFrame::Type::ClearAuthor:
        Q_EMIT authorCleared(ChatPlatform::Custom, frame.authorId, frame.authorName);
        break;
    }
}

} // namespace vitrine
