#pragma once

#include "chat/StreamingChatConnector.h"

#include <QUrl>
#include <QWebSocket>

namespace vitrine {

// A generic chat feed over WebSocket: one JSON object per text frame (see CustomChatFrame and the
// README), for a shop's own player chat or a platform without a connector of its own. Read only.
class CustomConnector : public StreamingChatConnector {
    Q_OBJECT
public:
    CustomConnector(const QString& feedName, const QUrl& endpoint, QObject* parent = nullptr);
    ~CustomConnector() override;

    ChatPlatform platform() const override { return ChatPlatform::Custom; }
    QString target() const override { return m_feedName; }

private:
    void openTransport() override;
    void closeTransport() override;
    void onTextMessage(const QString& text);

    QString m_feedName;
    QWebSocket m_socket;
};

} // namespace vitrine
