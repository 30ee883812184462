#pragma once

#include "chat/ChatConnector.h"
#include "chat/ReconnectBackoff.h"

#include <QTimer>
#include <QUrl>
#include <QWebSocket>

namespace vitrine {

// A generic chat feed over WebSocket: one JSON object per text frame (see CustomChatFrame and the
// README), for a shop's own player chat or a platform without a connector of its own. Read only.
class CustomConnector : public ChatConnector {
    Q_OBJECT
public:
    CustomConnector(const QString& feedName, const QUrl& endpoint, QObject* parent = nullptr);
    ~CustomConnector() override;

    ChatPlatform platform() const override { return ChatPlatform::Custom; }
    QString target() const override { return m_feedName; }
    void start() override;
    void stop() override;

    ReconnectBackoff& backoff() { return m_backoff; }

private:
    void connectNow();
    void onTextMessage(const QString& frame);
    void scheduleReconnect(const QString& reason);

    QString m_feedName;
    QUrl m_endpoint;
    QWebSocket m_socket;
    QTimer m_reconnectTimer;
    ReconnectBackoff m_backoff;
    bool m_running = false;
    bool m_aborting = false;
};

} // namespace vitrine
