#pragma once

#include "remote/RemoteApi.h"

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QTcpServer;
class QTcpSocket;
class QWebSocketServer;

namespace vitrine {

class RemoteSession;
struct HttpRequestHead;

struct RemoteServerOptions {
    quint16 port = 4455;    // obs-websocket's; 0 = any free port (serverPort() tells)
    bool lanAccess = false; // false: 127.0.0.1 only
    // Authentication is required whenever a password is set; the moderator's gives RemoteRole::Moderator.
    QString producerPassword;
    QString moderatorPassword;
    // Optional TLS (wss:// and https://): PEM files.
    QString tlsCertificateFile;
    QString tlsKeyFile;
    qint64 maxMessageBytes = 256 * 1024;
    int requestsPerSecond = 100; // per connection, token bucket; a batch costs one per request
    qint64 maxHeadBytes = 16 * 1024;
    int headTimeoutMs = 10000;
    int identifyTimeoutMs = 30000; // a connection that never identifies is closed
    int feedKeepAliveMs = 15000;
    // What the Hello announces: clients gate features on these.
    QString obsStudioVersion = QStringLiteral("30.0.0");
    QString obsWebSocketVersion = QStringLiteral("5.0.0");
};

// The producer remote's server: one port for obs-websocket 5 (subprotocol obswebsocket.json) and plain HTTP.
// A QTcpServer (QSslServer with TLS) reads each connection's request head itself: upgrades go to a
// QWebSocketServer (Qt 6.4's HTTP server cannot answer a WebSocket subprotocol), other GETs are the pages
// under :/web/, the public feed (/feed as Server-Sent Events, /feed.json) and product images
// (/images/<name>). Every request and event goes through the RemoteApi it is given. GUI thread only.
class RemoteServer : public QObject {
    Q_OBJECT
public:
    // Returns the bytes of a product image and sets its content type, or nothing when there is none.
    using ImageProvider =
        std::function<std::optional<QByteArray>(const QString& name, QByteArray* contentType)>;

    explicit RemoteServer(RemoteApi* api, QObject* parent = nullptr);
    ~RemoteServer() override;

    void setOptions(const RemoteServerOptions& options) { m_options = options; }
    const RemoteServerOptions& options() const { return m_options; }
    // Listens with the options set; false with a message for people in `error`.
    bool start(QString* error);
    void stop();
    bool isRunning() const;
    quint16 serverPort() const;
    // Identified WebSocket clients.
    int clientCount() const;
    int feedClientCount() const { return static_cast<int>(m_feedClients.size()); }

    // The public feed's state (only public show data): served at /feed.json and pushed to /feed's clients.
    void publishFeed(const QJsonObject& state);
    QJsonObject feed() const { return m_feed; }
    void setImageProvider(ImageProvider provider) { m_imageProvider = std::move(provider); }

Q_SIGNALS:
    void clientConnected(int count);
    void clientDisconnected(int count);
    // A refused connection or message (wrong password, flood, malformed…) for the owner's log; never a
    // secret.
    void refused(const QString& message);

private:
    void onPendingConnection();
    void onSocketReadyRead(QTcpSocket* socket);
    void serveHttp(QTcpSocket* socket, const HttpRequestHead& head);
    void startFeedStream(QTcpSocket* socket);
    void onWebSocketConnection();
    void onApiEvent(const QString& eventType, quint32 intent, const QJsonObject& eventData);
    void sendFeedToAll(const QByteArray& chunk);

    RemoteApi* m_api;
    RemoteServerOptions m_options;
    std::unique_ptr<QTcpServer> m_tcp;
    std::unique_ptr<QWebSocketServer> m_webSockets;
    QString m_salt;
    QString m_producerSecret;
    QString m_moderatorSecret;
    QList<QPointer<RemoteSession>> m_sessions;
    QList<QPointer<QTcpSocket>> m_feedClients;
    QJsonObject m_feed;
    QTimer m_keepAlive;
    ImageProvider m_imageProvider;
    int m_identified = 0;

    friend class RemoteSession;
};

} // namespace vitrine
