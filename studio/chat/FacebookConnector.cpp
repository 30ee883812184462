#include "chat/FacebookConnector.h"

#include "chat/FacebookComment.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

namespace vitrine {

FacebookConnector::FacebookConnector(const QString& liveVideoId, const QString& accessToken,
                                     const QUrl& endpoint, QObject* parent)
    : StreamingChatConnector(endpoint, parent), m_liveVideoId(liveVideoId), m_accessToken(accessToken),
      m_graph(QStringLiteral("Facebook"), defaultGraphEndpoint())
{
    m_graph.setSecrets({accessToken});
    m_graph.setErrorDescriber([](int status, const QByteArray& body, bool* tokenRefused) {
        FacebookApiError apiError;
        if (!FacebookApiError::parse(body, &apiError))
            return QString();
        if (apiError.code == 190) // OAuthException: the token expired, was revoked or is not valid
            *tokenRefused = true;
        return tr("Facebook answered %1: %2")
            .arg(apiError.code ? apiError.code : status)
            .arg(apiError.message);
    });
    connect(&m_graph, &ChatApiClient::failed, this, &ChatConnector::errorOccurred);
}

ChatConnector::Capabilities FacebookConnector::capabilities() const
{
    if (m_accessToken.isEmpty() || m_graph.isTokenRefused())
        return {};
    return CanSend | CanDelete;
}

QString FacebookConnector::capabilityReason(Capability capability) const
{
    if (capabilities().testFlag(capability))
        return {};
    if (capability == CanTimeout || capability == CanBan)
        return tr("Facebook does not let pages time out or ban live commenters");
    if (m_graph.isTokenRefused())
        return m_graph.tokenRefusedMessage();
    return tr("Facebook: no page token — sign in to post");
}

bool FacebookConnector::sendMessage(const QString& text)
{
    if (!capabilities().testFlag(CanSend))
        return ChatConnector::sendMessage(text);
    const QString line = text.trimmed();
    if (line.isEmpty())
        return false;
    const ChatApiClient::Form form{{QStringLiteral("message"), line},
                                   {QStringLiteral("access_token"), m_accessToken}};
    m_graph.postForm(u'/' + m_liveVideoId + QStringLiteral("/comments"), form,
                     tr("The comment was not posted to Facebook"));
    return true;
}

bool FacebookConnector::deleteMessage(const QString& messageId)
{
    if (!capabilities().testFlag(CanDelete))
        return ChatConnector::deleteMessage(messageId);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("access_token"), m_accessToken);
    m_graph.deleteResource(u'/' + messageId, query, tr("The comment was not deleted on Facebook"));
    return true;
}

FacebookConnector::~FacebookConnector()
{
    closeTransport();
}

void FacebookConnector::closeTransport()
{
    if (!m_reply)
        return;
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

void FacebookConnector::openTransport()
{
    QUrl url = endpoint();
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
        transportOpened(m_liveVideoId);
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
    if (!isRunning())
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    FacebookApiError apiError;
    if (status != 200 && FacebookApiError::parse(m_errorBody, &apiError)) {
        const QString reason = tr("Facebook answered %1: %2").arg(apiError.code).arg(apiError.message);
        if (apiError.isPermanent())
            fail(reason, reason);
        else
            transportLost(reason);
        return;
    }
    if (status != 0 && status != 200) {
        transportLost(tr("Facebook answered HTTP %1").arg(status));
        return;
    }
    if (reply->error() != QNetworkReply::NoError && !m_streaming) {
        // Qt's error text may quote the URL and with it the token: name the endpoint only.
        QString text = reply->errorString();
        text.replace(reply->url().toString(), endpoint().toDisplayString());
        text.replace(QString::fromUtf8(reply->url().toEncoded()), endpoint().toDisplayString());
        text.replace(m_accessToken, QStringLiteral("…"));
        transportLost(tr("cannot reach %1: %2").arg(endpoint().toDisplayString(), text));
        return;
    }
    transportLost(tr("the comment stream ended"));
}

void FacebookConnector::setAccessToken(const QString& token)
{
    if (token.isEmpty())
        return;
    m_accessToken = token; // the stream's next connection and every write use it
    m_graph.setSecrets({token});
    m_graph.clearTokenRefused();
}

} // namespace vitrine
