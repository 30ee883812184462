#include "chat/YouTubeConnector.h"

#include "chat/YouTubeChatPage.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

#include <algorithm>

namespace vitrine {

YouTubeConnector::YouTubeConnector(const QString& liveChatId, const QString& apiKey,
                                   const QString& bearerToken, const QUrl& endpoint, QObject* parent)
    : ChatConnector(parent), m_target(liveChatId), m_apiKey(apiKey), m_bearerToken(bearerToken),
      m_endpoint(endpoint), m_api(QStringLiteral("YouTube"), endpoint),
      m_resolver(apiKey, bearerToken, endpoint)
{
    if (!bearerToken.isEmpty())
        m_api.setHeader("Authorization", "Bearer " + bearerToken.toUtf8());
    m_api.setErrorDescriber([](int status, const QByteArray& body, bool*) {
        YouTubeApiError apiError;
        if (!YouTubeApiError::parse(body, &apiError))
            return QString();
        return tr("YouTube answered %1: %2")
            .arg(apiError.code ? apiError.code : status)
            .arg(apiError.reason.isEmpty() ? apiError.message : apiError.reason + u' ' + apiError.message);
    });
    connect(&m_api, &ChatApiClient::failed, this, &ChatConnector::errorOccurred);
    connect(&m_resolver, &YouTubeLiveChatResolver::resolved, this, &YouTubeConnector::onResolved);
    connect(&m_resolver, &YouTubeLiveChatResolver::failed, this, &YouTubeConnector::onResolveFailed);
    if (liveChatId.startsWith(BroadcastPrefix))
        m_broadcastId = m_videoId = liveChatId.mid(BroadcastPrefix.size());
    else if (liveChatId.startsWith(QLatin1String("video=")))
        m_videoId = liveChatId.mid(6);
    else if (!YouTubeLiveChatResolver::isLookup(liveChatId))
        m_liveChatId = liveChatId;
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &YouTubeConnector::poll);
}

YouTubeConnector::~YouTubeConnector()
{
    m_running = false;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void YouTubeConnector::setPollingLimits(int minimumMs, int defaultMs)
{
    m_minimumPollMs = std::max(0, minimumMs);
    m_defaultPollMs = std::max(m_minimumPollMs, defaultMs);
}

void YouTubeConnector::start()
{
    if (m_running)
        return;
    m_running = true;
    m_backoff.reset();
    setState(State::Connecting, tr("polling %1").arg(m_endpoint.toDisplayString()));
    poll();
}

void YouTubeConnector::stop()
{
    m_running = false;
    m_pollTimer.stop();
    m_resolver.cancel();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    setState(State::Idle);
}

QNetworkRequest YouTubeConnector::request(const QString& path, const QUrlQuery& query) const
{
    return youTubeApiRequest(m_endpoint, path, query, m_apiKey, m_bearerToken);
}

void YouTubeConnector::poll()
{
    if (!m_running || m_reply || m_resolver.isBusy())
        return;
    if (m_liveChatId.isEmpty()) {
        if (m_broadcastId.isEmpty())
            m_resolver.resolve(m_target);
        else
            resolveBroadcast();
        return;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("liveChatId"), m_liveChatId);
    query.addQueryItem(QStringLiteral("part"), QStringLiteral("snippet,authorDetails"));
    query.addQueryItem(QStringLiteral("maxResults"), QStringLiteral("2000"));
    if (!m_pageToken.isEmpty())
        query.addQueryItem(QStringLiteral("pageToken"), m_pageToken);
    m_reply = m_network.get(request(QStringLiteral("/liveChat/messages"), query));
    QNetworkReply* reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReply(reply); });
}

void YouTubeConnector::resolveBroadcast()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("part"), QStringLiteral("snippet"));
    query.addQueryItem(QStringLiteral("id"), m_broadcastId);
    m_reply = m_network.get(request(QStringLiteral("/liveBroadcasts"), query));
    QNetworkReply* reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onBroadcastReply(reply); });
}

void YouTubeConnector::onBroadcastReply(QNetworkReply* reply)
{
    reply->deleteLater();
    if (reply == m_reply)
        m_reply = nullptr;
    if (!m_running)
        return;
    const QByteArray body = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    YouTubeApiError apiError;
    if (status != 200 && YouTubeApiError::parse(body, &apiError)) {
        const QString reason = tr("YouTube answered %1: %2").arg(apiError.code).arg(apiError.message);
        if (apiError.isPermanent())
            failPermanently(reason);
        else
            retryLater(reason);
        return;
    }
    if (reply->error() != QNetworkReply::NoError || status != 200) {
        retryLater(status ? tr("YouTube answered HTTP %1").arg(status)
                          : tr("cannot reach %1: %2")
                                .arg(m_endpoint.toDisplayString(), youTubeReplyErrorWithoutSecrets(reply)));
        return;
    }
    QString liveChatId;
    bool found = false;
    QString error;
    if (!parseYouTubeBroadcastChatId(body, &liveChatId, &found, &error)) {
        retryLater(error);
        return;
    }
    if (!found) {
        failPermanently(tr("YouTube has no live broadcast with id %1").arg(m_broadcastId));
        return;
    }
    if (liveChatId.isEmpty()) {
        // Not live yet, or chat turned off: the chat id appears once the broadcast starts.
        retryLater(tr("the broadcast %1 has no live chat yet").arg(m_broadcastId));
        return;
    }
    m_liveChatId = liveChatId;
    poll();
}

void YouTubeConnector::onResolved(const QString& liveChatId, const QString& videoId)
{
    if (!m_running)
        return;
    if (!videoId.isEmpty())
        m_videoId = videoId;
    m_liveChatId = liveChatId;
    m_pageToken.clear();
    poll();
}

void YouTubeConnector::onResolveFailed(const QString& reason, bool permanent)
{
    if (!m_running)
        return;
    if (permanent)
        failPermanently(reason);
    else
        retryLater(reason);
}

bool YouTubeConnector::awaitNextLive()
{
    if (!YouTubeLiveChatResolver::followsChannel(m_target))
        return false;
    m_liveChatId.clear();
    m_pageToken.clear();
    m_backoff.reset();
    retryLater(tr("the live ended; waiting for the channel’s next live"));
    return true;
}

void YouTubeConnector::onReply(QNetworkReply* reply)
{
    reply->deleteLater();
    if (reply == m_reply)
        m_reply = nullptr;
    if (!m_running)
        return;
    const QByteArray body = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || status != 200) {
        YouTubeApiError apiError;
        if (YouTubeApiError::parse(body, &apiError)) {
            const QString reason =
                tr("YouTube answered %1: %2")
                    .arg(apiError.code ? apiError.code : status)
                    .arg(apiError.reason.isEmpty() ? apiError.message
                                                   : apiError.reason + u' ' + apiError.message);
            if (apiError.reason == QLatin1String("liveChatEnded") && awaitNextLive())
                return;
            if (apiError.isPermanent())
                failPermanently(reason);
            else
                retryLater(reason);
            return;
        }
        // The error string can hold the URL, and with it the API key: say what happened without it.
        retryLater(status ? tr("YouTube answered HTTP %1").arg(status)
                          : tr("cannot reach %1: %2")
                                .arg(m_endpoint.toDisplayString(), youTubeReplyErrorWithoutSecrets(reply)));
        return;
    }
    YouTubeChatPage page;
    QString error;
    if (!YouTubeChatPage::parse(body, m_liveChatId, QDateTime::currentDateTimeUtc(), &page, &error)) {
        Q_EMIT errorOccurred(tr("YouTube sent a chat page that could not be read: %1").arg(error));
        retryLater(error);
        return;
    }
    m_backoff.reset();
    setState(State::Connected, m_liveChatId);
    for (const ChatMessage& message : std::as_const(page.messages))
        Q_EMIT messageReceived(message);
    for (const QString& id : std::as_const(page.deletedMessageIds))
        Q_EMIT messageDeleted(ChatPlatform::YouTube, id);
    for (const YouTubeChatPage::Ban& ban : std::as_const(page.bans))
        Q_EMIT authorCleared(ChatPlatform::YouTube, ban.authorId, ban.authorName);
    if (page.offlineAt.isValid()) {
        if (awaitNextLive())
            return;
        m_running = false;
        setState(State::Failed, tr("the live chat ended at %1").arg(page.offlineAt.toString(Qt::ISODate)));
        return;
    }
    if (!page.nextPageToken.isEmpty())
        m_pageToken = page.nextPageToken;
    const int interval = page.pollingIntervalMillis >= 0 ? page.pollingIntervalMillis : m_defaultPollMs;
    m_pollTimer.start(std::max(m_minimumPollMs, interval));
}

ChatConnector::Capabilities YouTubeConnector::capabilities() const
{
    if (m_bearerToken.isEmpty() || m_api.isTokenRefused())
        return {};
    return CanSend | CanDelete | CanTimeout | CanBan;
}

QString YouTubeConnector::capabilityReason(Capability capability) const
{
    if (capabilities().testFlag(capability))
        return {};
    if (m_api.isTokenRefused())
        return m_api.tokenRefusedMessage();
    return capability == CanSend ? tr("YouTube: signed in with an API key only — sign in to post")
                                 : tr("YouTube: signed in with an API key only — sign in to moderate");
}

bool YouTubeConnector::hasLiveChat(const QString& what)
{
    if (!m_liveChatId.isEmpty())
        return true;
    Q_EMIT errorOccurred(tr("%1: the live chat has not been found yet").arg(what));
    return false;
}

bool YouTubeConnector::sendMessage(const QString& text)
{
    if (!capabilities().testFlag(CanSend))
        return ChatConnector::sendMessage(text);
    const QString what = tr("The message was not posted to YouTube");
    const QString line = text.simplified();
    if (line.isEmpty() || !hasLiveChat(what))
        return false;
    const QJsonObject snippet{
        {QStringLiteral("liveChatId"), m_liveChatId},
        {QStringLiteral("type"), QStringLiteral("textMessageEvent")},
        {QStringLiteral("textMessageDetails"), QJsonObject{{QStringLiteral("messageText"), line}}}};
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("part"), QStringLiteral("snippet"));
    m_api.postJson(
        QStringLiteral("/liveChat/messages"), query,
        QJsonDocument(QJsonObject{{QStringLiteral("snippet"), snippet}}).toJson(QJsonDocument::Compact),
        what);
    return true;
}

bool YouTubeConnector::deleteMessage(const QString& messageId)
{
    if (!capabilities().testFlag(CanDelete))
        return ChatConnector::deleteMessage(messageId);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("id"), messageId);
    m_api.deleteResource(QStringLiteral("/liveChat/messages"), query,
                         tr("The message was not deleted on YouTube"));
    return true;
}

bool YouTubeConnector::timeoutAuthor(const QString& authorId, int seconds)
{
    if (!capabilities().testFlag(CanTimeout))
        return ChatConnector::timeoutAuthor(authorId, seconds);
    return ban(authorId, std::max(1, seconds));
}

bool YouTubeConnector::banAuthor(const QString& authorId)
{
    if (!capabilities().testFlag(CanBan))
        return ChatConnector::banAuthor(authorId);
    return ban(authorId, 0);
}

bool YouTubeConnector::ban(const QString& authorId, int seconds)
{
    const QString what = seconds > 0 ? tr("The author was not timed out on YouTube")
                                     : tr("The author was not banned on YouTube");
    if (!hasLiveChat(what))
        return false;
    QJsonObject snippet{
        {QStringLiteral("liveChatId"), m_liveChatId},
        {QStringLiteral("type"), seconds > 0 ? QStringLiteral("temporary") : QStringLiteral("permanent")},
        {QStringLiteral("bannedUserDetails"), QJsonObject{{QStringLiteral("channelId"), authorId}}}};
    if (seconds > 0)
        snippet.insert(QStringLiteral("banDurationSeconds"), seconds);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("part"), QStringLiteral("snippet"));
    m_api.postJson(
        QStringLiteral("/liveChat/bans"), query,
        QJsonDocument(QJsonObject{{QStringLiteral("snippet"), snippet}}).toJson(QJsonDocument::Compact),
        what);
    return true;
}

void YouTubeConnector::retryLater(const QString& reason)
{
    const int delay = m_backoff.nextDelayMs();
    setState(State::Reconnecting,
             tr("%1; retrying in %2 s").arg(reason, QLocale().toString(delay / 1000.0, 'f', 1)));
    m_pollTimer.start(delay);
}

void YouTubeConnector::failPermanently(const QString& reason)
{
    m_running = false;
    m_pollTimer.stop();
    setState(State::Failed, reason);
    Q_EMIT errorOccurred(reason);
}

void YouTubeConnector::setAccessToken(const QString& token)
{
    if (m_bearerToken.isEmpty() || token.isEmpty())
        return; // an API-key chat stays one
    m_bearerToken = token;
    m_api.setHeader("Authorization", "Bearer " + token.toUtf8());
    m_api.clearTokenRefused();
    m_resolver.setBearerToken(token);
}

} // namespace vitrine
