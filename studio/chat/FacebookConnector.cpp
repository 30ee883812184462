#include "chat/FacebookConnector.h"

#include "chat/FacebookComment.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

namespace vitrine {

FacebookConnector::FacebookConnector(const QString& liveVideoId, const QString& accessToken,
                                     const QUrl& endpoint, QObject* parent)
    : ChatConnector(parent), m_liveVideoId(liveVideoId), m_accessToken(accessToken), m_endpoint(endpoint)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &FacebookConnector::open);
}

FacebookConnector::~FacebookConnector()
{
    m_running = false;
    abortReply();
}

void FacebookConnector::abortReply()
{
    if (!m_reply)
        return;
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

void FacebookConnector::start()
{
    if (m_running)
        return;
    m_running = true;
    m_backoff.reset();
    open();
}

void FacebookConnector::stop()
{
    m_running = false;
    m_retryTimer.stop();
    abortReply();
    setState(State::Idle);
}

void FacebookConnector::open()
{
    if (!m_running)
        return;
    abortReply();
    setState(m_backoff.attempts() == 0 ? State::Connecting : State::Reconnecting,
             tr("connecting to %1").arg(m_endpoint.toDisplayString()));
    QUrl url = m_endpoint;
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) + u'/' + m_liveVideoId +
                QStringLiteral("/live_comments"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("access_token"), m_accessToken);
    query.addQueryItem(QStringLiteral("comment_rate"), QStringLiteral("one_hundred_per_second"));
    query.addQueryItem(QStringLiteral("fields"), QStringLiteral("from{name,id},message,created_time"));
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "text/event-stream");
    request.setRawHeader("Cache-Control", "no-cache");
    if (!m_parser.lastEventId().isEmpty())
        request.setRawHeader("Last-Event-ID", m_parser.lastEventId().toUtf8());
    m_parser.resetConnection();
    m_errorBody.clear();
    m_streaming = false;
    m_reply = m_network.get(request);
    QNetworkReply* reply = m_reply;
    connect(reply, &QNetworkReply::readyRead, this, &FacebookConnector::onReadyRead);
    // The stream counts as open once its 200 headers arrive, before any comment.
    connect(reply, &QNetworkReply::metaDataChanged, this, &FacebookConnector::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

void FacebookConnector::onReadyRead()
{
    QNetworkReply* reply = m_reply;
    if (!reply)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200) {
        if (m_errorBody.size() < 65536)
            m_errorBody += reply->read(65536 - m_errorBody.size());
        reply->readAll();
        return;
    }
    if (!m_streaming) {
        m_streaming = true;
        m_backoff.reset();
        setState(State::Connected, m_liveVideoId);
    }
    const QList<SseEvent> events = m_parser.feed(reply->readAll());
    const QDateTime arrival = QDateTime::currentDateTimeUtc();
    for (const SseEvent& event : events) {
        if (event.type != QLatin1String("message"))
            continue;
        ChatMessage message;
        QString error;
        if (parseFacebookComment(event.data.toUtf8(), m_liveVideoId, arrival, &message, &error))
            Q_EMIT messageReceived(message);
        else
            Q_EMIT errorOccurred(tr("Facebook sent a comment that could not be read: %1").arg(error));
    }
}

void FacebookConnector::onFinished(QNetworkReply* reply)
{
    if (reply != m_reply)
        return;
    onReadyRead();
    m_reply = nullptr;
    reply->deleteLater();
    if (!m_running)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    FacebookApiError apiError;
    if (status != 200 && FacebookApiError::parse(m_errorBody, &apiError)) {
        const QString reason = tr("Facebook answered %1: %2").arg(apiError.code).arg(apiError.message);
        if (apiError.isPermanent()) {
            m_running = false;
            setState(State::Failed, reason);
            Q_EMIT errorOccurred(reason);
        } else {
            retryLater(reason);
        }
        return;
    }
    if (status != 0 && status != 200) {
        retryLater(tr("Facebook answered HTTP %1").arg(status));
        return;
    }
    if (reply->error() != QNetworkReply::NoError && !m_streaming) {
        // Qt's error text may quote the URL and with it the token: name the endpoint only.
        QString text = reply->errorString();
        text.replace(reply->url().toString(), m_endpoint.toDisplayString());
        text.replace(QString::fromUtf8(reply->url().toEncoded()), m_endpoint.toDisplayString());
        text.replace(m_accessToken, QStringLiteral("…"));
        retryLater(tr("cannot reach %1: %2").arg(m_endpoint.toDisplayString(), text));
        return;
    }
    retryLater(tr("the comment stream ended"));
}

void FacebookConnector::retryLater(const QString& reason)
{
    int delay = m_backoff.nextDelayMs();
    if (m_parser.retryMillis() > delay)
        delay = std::min(m_parser.retryMillis(), m_backoff.maxMs()); // the server asked for more patience
    setState(State::Reconnecting,
             tr("%1; reconnecting in %2 s").arg(reason, QString::number(delay / 1000.0, 'f', 1)));
    m_retryTimer.start(delay);
}

} // namespace vitrine
