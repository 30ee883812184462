#pragma once

#include "remote/ObsWsMessage.h"
#include "remote/RemoteApi.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

class QWebSocket;

namespace vitrine {

// What a session needs of its server: the API, the secrets, the limits.
struct RemoteSessionConfig {
    RemoteApi* api = nullptr;
    QString salt;
    QString producerSecret;  // empty: no producer password
    QString moderatorSecret; // empty: no moderator password
    QString obsStudioVersion;
    QString obsWebSocketVersion;
    qint64 maxMessageBytes = 256 * 1024;
    int requestsPerSecond = 100;
    int identifyTimeoutMs = 30000;
};

// One obs-websocket 5 client: Hello at once, nothing but Identify before identification, then requests,
// batches and the events it subscribed to. Owns its QWebSocket; deletes itself once it is disconnected.
class RemoteSession : public QObject {
    Q_OBJECT
public:
    RemoteSession(QWebSocket* socket, const RemoteSessionConfig& config, QObject* parent = nullptr);
    ~RemoteSession() override;

    bool isIdentified() const { return m_identified; }
    RemoteRole role() const { return m_role; }
    quint32 eventSubscriptions() const { return m_subscriptions; }
    QString peer() const;
    // Sends an event's text (built once for all sessions) if this session is identified and subscribed.
    void sendEvent(const QByteArray& text, quint32 intent);

Q_SIGNALS:
    void identified();
    void refused(const QString& message);
    void finished(); // disconnected; the session is deleted later

private:
    void onTextMessage(const QString& text);
    void onBinaryMessage();
    void handleIdentify(const QJsonObject& d);
    void handleReidentify(const QJsonObject& d);
    void handleRequest(const QJsonObject& d);
    void handleBatch(const QJsonObject& d);
    RemoteResponse run(const ObsWsRequest& request);
    bool takeTokens(int count);
    void noteRefusal();
    void closeWith(int code, const QString& reason);
    void send(const QByteArray& text);

    QWebSocket* m_socket;
    RemoteSessionConfig m_config;
    QString m_challenge;
    bool m_identified = false;
    bool m_closing = false;
    RemoteRole m_role = RemoteRole::Producer;
    quint32 m_subscriptions = EventSubscription::All;
    QTimer m_identifyTimer;
    // Token bucket: refilled at requestsPerSecond, holding at most one second's worth.
    double m_tokens = 0;
    QElapsedTimer m_refill;
    int m_refusedInRow = 0;
};

} // namespace vitrine
