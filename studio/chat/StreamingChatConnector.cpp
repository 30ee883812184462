#include "chat/StreamingChatConnector.h"

#include <QLocale>

#include <algorithm>

namespace vitrine {

StreamingChatConnector::StreamingChatConnector(const QUrl& endpoint, QObject* parent)
    : ChatConnector(parent), m_endpoint(endpoint)
{
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &StreamingChatConnector::connectNow);
}

void StreamingChatConnector::start()
{
    if (m_running)
        return;
    m_running = true;
    m_backoff.reset();
    connectNow();
}

void StreamingChatConnector::stop()
{
    m_running = false;
    m_reconnectTimer.stop();
    closeQuietly();
    setState(State::Idle);
}

void StreamingChatConnector::connectNow()
{
    if (!m_running)
        return;
    setState(m_backoff.attempts() == 0 ? State::Connecting : State::Reconnecting,
             tr("connecting to %1").arg(connectingTo().toDisplayString()));
    closeQuietly(); // the old connection's end is not a new failure
    openTransport();
}

void StreamingChatConnector::closeQuietly()
{
    m_closing = true;
    closeTransport();
    m_closing = false;
}

void StreamingChatConnector::transportOpened(const QString& detail)
{
    m_backoff.reset();
    setState(State::Connected, detail);
}

void StreamingChatConnector::transportLost(const QString& reason, int delayMs)
{
    if (!m_running || m_closing || m_reconnectTimer.isActive())
        return;
    onTransportLost();
    int delay = delayMs;
    if (delay < 0) {
        delay = m_backoff.nextDelayMs();
        if (const int asked = serverRetryDelayMs(); asked > delay)
            delay = std::min(asked, m_backoff.maxMs()); // the server asked for more patience
    }
    setState(State::Reconnecting,
             tr("%1; reconnecting in %2 s").arg(reason, QLocale().toString(delay / 1000.0, 'f', 1)));
    m_reconnectTimer.start(delay);
}

void StreamingChatConnector::reconnectNow(const QString& reason)
{
    m_reconnectTimer.stop();
    transportLost(reason, 0);
    closeQuietly();
}

void StreamingChatConnector::fail(const QString& detail, const QString& message)
{
    m_running = false;
    m_reconnectTimer.stop();
    closeQuietly();
    setState(State::Failed, detail);
    if (!message.isEmpty())
        Q_EMIT errorOccurred(message);
}

} // namespace vitrine
