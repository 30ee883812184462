#pragma once

#include "base/ReconnectBackoff.h"
#include "chat/ChatConnector.h"

#include <QTimer>
#include <QUrl>

namespace vitrine {

// The lifecycle shared by the chats that hold one long-lived connection (a WebSocket, a Server-Sent Events
// stream): start() and stop(), Connecting → Connected → Reconnecting in … s → Connected again with
// exponential back-off, and Failed for good when the platform refuses. A derived connector only opens and
// closes its transport and speaks its protocol; it reports back through transportOpened(), transportLost(),
// reconnectNow() and fail().
class StreamingChatConnector : public ChatConnector {
    Q_OBJECT
public:
    void start() final;
    void stop() final;

    ReconnectBackoff& backoff() { return m_backoff; }

protected:
    StreamingChatConnector(const QUrl& endpoint, QObject* parent);

    QUrl endpoint() const { return m_endpoint; }
    // Between start() and stop() or fail().
    bool isRunning() const { return m_running; }

    // What the next attempt connects to, for the state's detail (endpoint() unless the transport differs).
    virtual QUrl connectingTo() const { return m_endpoint; }
    // Open a new connection to endpoint(); the previous one is already closed.
    virtual void openTransport() = 0;
    // Drop the current connection, if any, at once. What the transport reports while it closes is not a
    // failure: transportLost() ignores it.
    virtual void closeTransport() = 0;
    // The connection was lost or is being replaced (before the wait for the next attempt starts).
    virtual void onTransportLost() {}
    // The least wait before the next attempt that the server asked for (SSE's `retry:`), 0 for none.
    virtual int serverRetryDelayMs() const { return 0; }

    // The platform accepted the connection (the socket opened, the stream's headers came, the channel was
    // joined): back-off starts over.
    void transportOpened(const QString& detail);
    // The connection failed or ended: try again after the back-off's delay (or delayMs when given). Ignored
    // when stopped, while the transport is being closed on purpose, or when an attempt is already due.
    void transportLost(const QString& reason, int delayMs = -1);
    // Replace the connection now (a silent connection, the server asked to): no back-off.
    void reconnectNow(const QString& reason);
    // The platform refused for good (a bad token): no more attempts. `message`, when given, is also
    // reported through errorOccurred().
    void fail(const QString& detail, const QString& message = {});

private:
    void connectNow();
    void closeQuietly();

    QUrl m_endpoint;
    QTimer m_reconnectTimer;
    ReconnectBackoff m_backoff;
    bool m_running = false;
    bool m_closing = false; // inside closeTransport()
};

} // namespace vitrine
