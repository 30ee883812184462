#include "chat/CustomConnector.h"

#include "chat/CustomChatFrame.h"

namespace vitrine {

CustomConnector::CustomConnector(const QString& feedName, const QUrl& endpoint, QObject* parent)
    : StreamingChatConnector(endpoint, parent), m_feedName(feedName)
{
    connect(&m_socket, &QWebSocket::connected, this, [this] { transportOpened(m_feedName); });
    connect(&m_socket, &QWebSocket::disconnected, this, [this] {
        transportLost(m_socket.closeReason().isEmpty() ? tr("the feed closed the connection")
                                                       : m_socket.closeReason());
    });
    connect(&m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this](QAbstractSocket::SocketError) {
                if (m_socket.state() == QAbstractSocket::UnconnectedState)
                    transportLost(m_socket.errorString());
            });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &CustomConnector::onTextMessage);
}

CustomConnector::~CustomConnector()
{
    m_socket.disconnect(this);
    m_socket.abort();
}

void CustomConnector::openTransport()
{
    m_socket.open(endpoint());
}

void CustomConnector::closeTransport()
{
    m_socket.abort();
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
