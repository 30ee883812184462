#include "audience/ViewerPoller.h"

#include "chat/ChatApiClient.h"
#include "chat/ChatConnectorFactory.h"
#include "chat/ChatHub.h"
#include "chat/YouTubeConnector.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <algorithm>
#include <limits>

namespace vitrine {

namespace {

bool readObject(const QByteArray& json, QJsonObject* object, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = ViewerPoller::tr("the answer is not a JSON object");
        return false;
    }
    *object = document.object();
    return true;
}

} // namespace

ViewerPoller::Reading ViewerPoller::parseYouTube(const QByteArray& json)
{
    Reading reading;
    QJsonObject root;
    if (!readObject(json, &root, &reading.error))
        return reading;
    if (!root.value(QStringLiteral("items")).isArray()) {
        reading.error = tr("the answer has no video list");
        return reading;
    }
    const QJsonArray items = root.value(QStringLiteral("items")).toArray();
    reading.ok = true;
    if (items.isEmpty())
        return reading; // no such video (or a private one): nothing to count
    const QJsonObject details =
        items.first().toObject().value(QStringLiteral("liveStreamingDetails")).toObject();
    const QJsonValue viewers = details.value(QStringLiteral("concurrentViewers"));
    if (viewers.isUndefined() || details.contains(QStringLiteral("actualEndTime")))
        return reading; // not started, ended, or the count is hidden
    // YouTube writes the count as a string (uint64 in its JSON); accept a number too.
    bool number = viewers.isDouble();
    qint64 count = viewers.toInteger(-1);
    if (viewers.isString())
        count = viewers.toString().toLongLong(&number);
    if (!number || count < 0) {
        reading.ok = false;
        reading.error = tr("concurrentViewers is not a number");
        return reading;
    }
    reading.viewers = static_cast<int>(std::min<qint64>(count, std::numeric_limits<int>::max()));
    return reading;
}

ViewerPoller::Reading ViewerPoller::parseTwitch(const QByteArray& json)
{
    Reading reading;
    QJsonObject root;
    if (!readObject(json, &root, &reading.error))
        return reading;
    if (!root.value(QStringLiteral("data")).isArray()) {
        reading.error = tr("the answer has no stream list");
        return reading;
    }
    const QJsonArray data = root.value(QStringLiteral("data")).toArray();
    reading.ok = true;
    if (data.isEmpty())
        return reading; // offline
    const QJsonValue viewers = data.first().toObject().value(QStringLiteral("viewer_count"));
    if (!viewers.isDouble() || viewers.toInteger(-1) < 0) {
        reading.ok = false;
        reading.error = tr("viewer_count is not a number");
        return reading;
    }
    reading.viewers = viewers.toInt();
    return reading;
}

ViewerPoller::Reading ViewerPoller::parseFacebook(const QByteArray& json)
{
    Reading reading;
    QJsonObject root;
    if (!readObject(json, &root, &reading.error))
        return reading;
    const QJsonValue viewers = root.value(QStringLiteral("live_views"));
    reading.ok = true;
    if (viewers.isUndefined() || viewers.isNull())
        return reading; // the live is not running (Graph leaves the field out)
    if (!viewers.isDouble() || viewers.toInteger(-1) < 0) {
        reading.ok = false;
        reading.error = tr("live_views is not a number");
        return reading;
    }
    reading.viewers = viewers.toInt();
    return reading;
}

QUrl ViewerPoller::defaultEndpoint(ChatPlatform platform)
{
    switch (platform) {
    case ChatPlatform::YouTube:
        return YouTubeConnector::defaultEndpoint();
    case ChatPlatform::Twitch:
        return QUrl(QStringLiteral("https://api.twitch.tv"));
    case ChatPlatform::Facebook:
        return QUrl(QStringLiteral("https://graph.facebook.com"));
    case ChatPlatform::Custom:
        break;
    }
    return {};
}

QList<ViewerSource> ViewerPoller::sourcesFromChats(const ChatHub& hub, const ChatCredentials& credentials)
{
    QList<ViewerSource> sources;
    auto has = [&sources](ChatPlatform platform) {
        return std::any_of(sources.cbegin(), sources.cend(),
                           [platform](const ViewerSource& source) { return source.platform == platform; });
    };
    for (ChatConnector* connector : hub.connectors()) {
        ViewerSource source;
        source.platform = connector->platform();
        if (has(source.platform))
            continue; // one live per platform: the first chat read of it
        switch (source.platform) {
        case ChatPlatform::YouTube:
            if (const auto* youtube = qobject_cast<const YouTubeConnector*>(connector))
                source.id = youtube->videoId();
            source.token = credentials.youtubeToken;
            source.apiKey = credentials.youtubeApiKey;
            if (source.token.isEmpty() && source.apiKey.isEmpty())
                continue;
            break;
        case ChatPlatform::Twitch:
            source.id = connector->target();
            if (source.id.startsWith(u'#'))
                source.id.remove(0, 1);
            source.token = credentials.twitchToken;
            if (source.token.startsWith(QLatin1String("oauth:")))
                source.token.remove(0, 6);
            source.clientId = credentials.twitchClientId;
            if (source.token.isEmpty() || source.clientId.isEmpty())
                continue;
            break;
        case ChatPlatform::Facebook:
            source.id = connector->target();
            source.token = credentials.facebookToken;
            if (source.token.isEmpty())
                continue;
            break;
        case ChatPlatform::Custom:
            continue;
        }
        if (!source.id.isEmpty())
            sources << source;
    }
    return sources;
}

ViewerPoller::ViewerPoller(QObject* parent) : QObject(parent)
{
    m_timer.setInterval(kDefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ViewerPoller::pollNow);
}

ViewerPoller::~ViewerPoller() = default;

void ViewerPoller::setSources(const QList<ViewerSource>& sources)
{
    m_provider = [sources] { return sources; };
}

void ViewerPoller::setIntervalMs(int ms)
{
    m_timer.setInterval(std::max(1000, ms));
}

void ViewerPoller::start()
{
    m_timer.start();
    pollNow();
}

void ViewerPoller::stop()
{
    m_timer.stop();
}

void ViewerPoller::pollNow()
{
    if (!m_provider)
        return;
    for (const ViewerSource& source : m_provider())
        if (!m_waiting.value(source.platform))
            poll(source);
}

ChatApiClient* ViewerPoller::client(const ViewerSource& source)
{
    // A client per platform, made again when the live, token or endpoint changed (its headers hold them).
    ChatApiClient* existing = m_clients.value(source.platform);
    if (existing && m_clientSources.value(source.platform) == source)
        return existing;
    if (existing)
        existing->deleteLater();
    const QUrl base = source.endpoint.isEmpty() ? defaultEndpoint(source.platform) : source.endpoint;
    auto* api = new ChatApiClient(chatPlatformInfo(source.platform).name(), base, this);
    if (!source.token.isEmpty() && source.platform != ChatPlatform::Facebook)
        api->setHeader("Authorization", "Bearer " + source.token.toUtf8());
    if (source.platform == ChatPlatform::Twitch)
        api->setHeader("Client-Id", source.clientId.toUtf8());
    api->setSecrets({source.token, source.apiKey});
    m_clients.insert(source.platform, api);
    m_clientSources.insert(source.platform, source);
    return api;
}

void ViewerPoller::poll(const ViewerSource& source)
{
    ChatApiClient* api = client(source);
    QString path;
    QUrlQuery query;
    switch (source.platform) {
    case ChatPlatform::YouTube:
        path = QStringLiteral("/videos");
        query.addQueryItem(QStringLiteral("part"), QStringLiteral("liveStreamingDetails"));
        query.addQueryItem(QStringLiteral("id"), source.id);
        if (source.token.isEmpty())
            query.addQueryItem(QStringLiteral("key"), source.apiKey);
        break;
    case ChatPlatform::Twitch:
        path = QStringLiteral("/helix/streams");
        query.addQueryItem(QStringLiteral("user_login"), source.id);
        break;
    case ChatPlatform::Facebook:
        path = u'/' + QString::fromUtf8(QUrl::toPercentEncoding(source.id));
        query.addQueryItem(QStringLiteral("fields"), QStringLiteral("live_views"));
        query.addQueryItem(QStringLiteral("access_token"), source.token);
        break;
    case ChatPlatform::Custom:
        return;
    }
    const ChatPlatform platform = source.platform;
    m_waiting.insert(platform, true);
    const QString what = tr("The viewers of %1 were not read").arg(chatPlatformInfo(platform).name());
    api->get(
        path, query, what,
        [this, platform](const QByteArray& body) {
            m_waiting.remove(platform);
            onAnswer(platform, body);
        },
        [this, platform](int, const QString& message) {
            m_waiting.remove(platform);
            Q_EMIT failed(platform, message);
        });
}

void ViewerPoller::onAnswer(ChatPlatform platform, const QByteArray& body)
{
    Reading reading;
    if (platform == ChatPlatform::YouTube)
        reading = parseYouTube(body);
    else if (platform == ChatPlatform::Twitch)
        reading = parseTwitch(body);
    else
        reading = parseFacebook(body);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!reading.ok)
        Q_EMIT failed(
            platform,
            tr("The viewers of %1 were not read: %2").arg(chatPlatformInfo(platform).name(), reading.error));
    else if (reading.viewers)
        Q_EMIT sampled(platform, *reading.viewers, now);
    else
        Q_EMIT offline(platform, now);
}

} // namespace vitrine
