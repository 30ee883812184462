#include "chat/YouTubeLiveChatResolver.h"

#include "chat/YouTubeChatPage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

namespace vitrine {
namespace {

const QLatin1String kVideo{"video="};
const QLatin1String kChannel{"channel="};
const QLatin1String kHandle{"handle="};
const QLatin1String kMine{"mine"}; // the signed-in channel's current live

// The "items" array of a list answer; false when the body is not such a list.
bool items(const QByteArray& json, QJsonArray* result)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    const QJsonValue value = document.object().value(QLatin1String("items"));
    // An empty search answers without "items" at all on some API versions: a list of nothing.
    if (document.isObject() && value.isUndefined() &&
        document.object().value(QLatin1String("kind")).toString().startsWith(QLatin1String("youtube#"))) {
        *result = {};
        return true;
    }
    if (!document.isObject() || !value.isArray())
        return false;
    *result = value.toArray();
    return true;
}

bool notAList(QString* error, const QString& reason)
{
    if (error)
        *error = reason;
    return false;
}

} // namespace

QNetworkRequest youTubeApiRequest(const QUrl& endpoint, const QString& path, QUrlQuery query,
                                  const QString& apiKey, const QString& bearerToken)
{
    QUrl url = endpoint;
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) + path);
    if (bearerToken.isEmpty() && !apiKey.isEmpty())
        query.addQueryItem(QStringLiteral("key"), apiKey);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setTransferTimeout(20000);
    request.setRawHeader("Accept", "application/json");
    if (!bearerToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearerToken.toUtf8());
    return request;
}

QString youTubeReplyErrorWithoutSecrets(QNetworkReply* reply)
{
    QString text = reply->errorString();
    const QUrl bare = reply->url().adjusted(QUrl::RemoveQuery);
    text.replace(reply->url().toString(), bare.toString());
    text.replace(QString::fromUtf8(reply->url().toEncoded()), bare.toString());
    return text;
}

YouTubeLiveChatResolver::YouTubeLiveChatResolver(const QString& apiKey, const QString& bearerToken,
                                                 const QUrl& endpoint, QObject* parent)
    : QObject(parent), m_apiKey(apiKey), m_bearerToken(bearerToken), m_endpoint(endpoint)
{
}

YouTubeLiveChatResolver::~YouTubeLiveChatResolver()
{
    cancel();
}

bool YouTubeLiveChatResolver::isLookup(const QString& target)
{
    return target.startsWith(kVideo) || followsChannel(target);
}

bool YouTubeLiveChatResolver::followsChannel(const QString& target)
{
    return target.startsWith(kChannel) || target.startsWith(kHandle) || target == kMine;
}

void YouTubeLiveChatResolver::resolve(const QString& target)
{
    cancel();
    if (target == kMine) {
        if (m_bearerToken.isEmpty())
            Q_EMIT failed(tr("following your own channel’s live needs you to sign in to YouTube (Chats › "
                             "Accounts)"),
                          true);
        else
            ask(Step::Mine, {});
    } else if (target.startsWith(kHandle))
        ask(Step::Handle, target.mid(kHandle.size()));
    else if (target.startsWith(kChannel))
        ask(Step::Channel, target.mid(kChannel.size()));
    else if (target.startsWith(kVideo))
        ask(Step::Video, target.mid(kVideo.size()));
    else
        Q_EMIT failed(tr("“%1” is not a YouTube video, channel or handle").arg(target), true);
}

void YouTubeLiveChatResolver::cancel()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    m_reply = nullptr;
}

void YouTubeLiveChatResolver::ask(Step step, const QString& value)
{
    m_step = step;
    m_value = value;
    QUrlQuery query;
    QString path;
    switch (step) {
    case Step::Handle:
        path = QStringLiteral("/channels");
        query.addQueryItem(QStringLiteral("part"), QStringLiteral("id"));
        query.addQueryItem(QStringLiteral("forHandle"), u'@' + value);
        break;
    case Step::Channel:
        path = QStringLiteral("/search");
        query.addQueryItem(QStringLiteral("part"), QStringLiteral("id"));
        query.addQueryItem(QStringLiteral("channelId"), value);
        query.addQueryItem(QStringLiteral("eventType"), QStringLiteral("live"));
        query.addQueryItem(QStringLiteral("type"), QStringLiteral("video"));
        break;
    case Step::Mine:
        // Only the token's own broadcasts: liveBroadcasts.list needs OAuth and takes one filter.
        path = QStringLiteral("/liveBroadcasts");
        query.addQueryItem(QStringLiteral("part"), QStringLiteral("id,snippet"));
        query.addQueryItem(QStringLiteral("broadcastStatus"), QStringLiteral("active"));
        query.addQueryItem(QStringLiteral("broadcastType"), QStringLiteral("all"));
        break;
    case Step::Video:
        path = QStringLiteral("/videos");
        query.addQueryItem(QStringLiteral("part"), QStringLiteral("liveStreamingDetails"));
        query.addQueryItem(QStringLiteral("id"), value);
        break;
    }
    m_reply = m_network.get(youTubeApiRequest(m_endpoint, path, query, m_apiKey, m_bearerToken));
    QNetworkReply* reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReply(reply); });
}

void YouTubeLiveChatResolver::onReply(QNetworkReply* reply)
{
    reply->deleteLater();
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    const QByteArray body = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || status != 200) {
        YouTubeApiError apiError;
        if (YouTubeApiError::parse(body, &apiError)) {
            const int code = apiError.code ? apiError.code : status;
            Q_EMIT failed(tr("YouTube answered %1: %2")
                              .arg(code)
                              .arg(apiError.reason.isEmpty() ? apiError.message
                                                             : apiError.reason + u' ' + apiError.message),
                          apiError.isPermanent());
            return;
        }
        Q_EMIT failed(status ? tr("YouTube answered HTTP %1").arg(status)
                             : tr("cannot reach %1: %2")
                                   .arg(m_endpoint.toDisplayString(), youTubeReplyErrorWithoutSecrets(reply)),
                      false);
        return;
    }
    onAnswer(body);
}

void YouTubeLiveChatResolver::onAnswer(const QByteArray& body)
{
    QString error;
    switch (m_step) {
    case Step::Handle: {
        QString channelId;
        if (!parseChannelId(body, &channelId, &error))
            Q_EMIT failed(error, false);
        else if (channelId.isEmpty())
            Q_EMIT failed(tr("YouTube has no channel @%1; check the address").arg(m_value), true);
        else
            ask(Step::Channel, channelId);
        return;
    }
    case Step::Channel: {
        QString videoId;
        if (!parseLiveVideoId(body, &videoId, &error))
            Q_EMIT failed(error, false);
        else if (videoId.isEmpty())
            Q_EMIT failed(tr("the channel %1 has no live broadcast right now; the chat connects once it "
                             "goes live")
                              .arg(m_value),
                          false);
        else
            ask(Step::Video, videoId);
        return;
    }
    case Step::Mine: {
        QString videoId;
        QString liveChatId;
        if (!parseActiveBroadcast(body, &videoId, &liveChatId, &error))
            Q_EMIT failed(error, false);
        else if (videoId.isEmpty())
            Q_EMIT failed(
                tr("your channel has no live broadcast right now; the chat connects once it goes live"),
                false);
        else if (liveChatId.isEmpty())
            ask(Step::Video, videoId);
        else
            Q_EMIT resolved(liveChatId, videoId);
        return;
    }
    case Step::Video: {
        VideoChat chat;
        if (!parseVideoChat(body, &chat, &error))
            Q_EMIT failed(error, false);
        else if (!chat.found)
            Q_EMIT failed(tr("YouTube has no video %1; check the address").arg(m_value), true);
        else if (!chat.isLive)
            Q_EMIT failed(tr("the video %1 is not a live broadcast, so it has no live chat").arg(m_value),
                          true);
        else if (!chat.activeLiveChatId.isEmpty())
            Q_EMIT resolved(chat.activeLiveChatId, m_value);
        else if (chat.ended)
            Q_EMIT failed(tr("the live %1 has ended").arg(m_value), true);
        else
            Q_EMIT failed(
                tr("the live %1 has no chat yet (not started, or its chat is turned off)").arg(m_value),
                false);
        return;
    }
    }
}

bool YouTubeLiveChatResolver::parseChannelId(const QByteArray& json, QString* channelId, QString* error)
{
    channelId->clear();
    QJsonArray list;
    if (!items(json, &list))
        return notAList(error, tr("the answer is not a YouTube channel list"));
    *channelId = list.at(0).toObject().value(QLatin1String("id")).toString();
    return true;
}

bool YouTubeLiveChatResolver::parseLiveVideoId(const QByteArray& json, QString* videoId, QString* error)
{
    videoId->clear();
    QJsonArray list;
    if (!items(json, &list))
        return notAList(error, tr("the answer is not a YouTube search result"));
    for (const QJsonValue& item : std::as_const(list)) {
        const QJsonObject id = item.toObject().value(QLatin1String("id")).toObject();
        if (id.value(QLatin1String("kind")).toString(QStringLiteral("youtube#video")) ==
                QLatin1String("youtube#video") &&
            !id.value(QLatin1String("videoId")).toString().isEmpty()) {
            *videoId = id.value(QLatin1String("videoId")).toString();
            return true;
        }
    }
    return true;
}

bool YouTubeLiveChatResolver::parseVideoChat(const QByteArray& json, VideoChat* chat, QString* error)
{
    *chat = VideoChat();
    QJsonArray list;
    if (!items(json, &list))
        return notAList(error, tr("the answer is not a YouTube video list"));
    const QJsonObject video = list.at(0).toObject();
    if (video.isEmpty())
        return true;
    chat->found = true;
    const QJsonValue details = video.value(QLatin1String("liveStreamingDetails"));
    chat->isLive = details.isObject();
    chat->ended = !details.toObject().value(QLatin1String("actualEndTime")).toString().isEmpty();
    chat->activeLiveChatId = details.toObject().value(QLatin1String("activeLiveChatId")).toString();
    return true;
}

bool YouTubeLiveChatResolver::parseActiveBroadcast(const QByteArray& json, QString* videoId,
                                                   QString* liveChatId, QString* error)
{
    videoId->clear();
    liveChatId->clear();
    QJsonArray list;
    if (!items(json, &list))
        return notAList(error, tr("the answer is not a YouTube broadcast list"));
    const QJsonObject broadcast = list.at(0).toObject();
    *videoId = broadcast.value(QLatin1String("id")).toString();
    *liveChatId =
        broadcast.value(QLatin1String("snippet")).toObject().value(QLatin1String("liveChatId")).toString();
    return true;
}

} // namespace vitrine
