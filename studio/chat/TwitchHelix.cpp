#include "chat/TwitchHelix.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <utility>

namespace vitrine {

namespace {

constexpr int kMaxTimeoutSeconds = 1209600; // Helix's longest time-out: two weeks

QJsonObject firstData(const QByteArray& body)
{
    return QJsonDocument::fromJson(body).object().value(QLatin1String("data")).toArray().at(0).toObject();
}

} // namespace

TwitchHelix::TwitchHelix(const QString& channel, const QString& token, const QString& clientId,
                         const QUrl& endpoint, QObject* parent)
    : QObject(parent), m_channel(channel), m_api(QStringLiteral("Twitch"), endpoint)
{
    m_api.setHeader("Authorization", "Bearer " + token.toUtf8());
    m_api.setHeader("Client-Id", clientId.toUtf8());
    m_api.setErrorDescriber([](int status, const QByteArray& body, bool*) {
        const QJsonObject error = QJsonDocument::fromJson(body).object();
        const QString message = error.value(QLatin1String("message")).toString();
        if (message.isEmpty())
            return QString();
        return tr("Twitch answered %1: %2").arg(status).arg(message);
    });
    connect(&m_api, &ChatApiClient::failed, this, &TwitchHelix::failed);
}

void TwitchHelix::whenResolved(std::function<void()> action, SubscribeFailure failure)
{
    if (!m_broadcasterId.isEmpty() && !m_userId.isEmpty()) {
        action();
        return;
    }
    m_waiting.append(Waiting{std::move(action), std::move(failure)});
    resolve();
}

void TwitchHelix::resolve()
{
    if (m_resolving)
        return;
    m_resolving = true;
    lookUpUser(!m_broadcasterId.isEmpty());
}

void TwitchHelix::lookUpUser(bool self)
{
    QUrlQuery query;
    if (!self)
        query.addQueryItem(QStringLiteral("login"), m_channel);
    const QString what = self ? tr("Twitch did not say who the token belongs to")
                              : tr("Twitch did not find the channel %1").arg(m_channel);
    m_api.get(
        QStringLiteral("/helix/users"), query, what,
        [this, self, what](const QByteArray& body) {
            const QString id = firstData(body).value(QLatin1String("id")).toString();
            if (id.isEmpty()) {
                const QString reason = tr("%1: no such user").arg(what);
                Q_EMIT failed(reason);
                resolutionFailed(404, reason);
                return;
            }
            (self ? m_userId : m_broadcasterId) = id;
            if (m_userId.isEmpty()) {
                lookUpUser(true);
                return;
            }
            m_resolving = false;
            const QList<Waiting> waiting = std::exchange(m_waiting, {});
            for (const Waiting& next : waiting)
                next.action();
        },
        [this](int status, const QString& reason) { resolutionFailed(status, reason); });
}

void TwitchHelix::resolutionFailed(int status, const QString& reason)
{
    m_resolving = false;
    const QList<Waiting> waiting = std::exchange(m_waiting, {});
    for (const Waiting& next : waiting)
        if (next.failure)
            next.failure(status, reason);
}

QUrlQuery TwitchHelix::moderationQuery() const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("broadcaster_id"), m_broadcasterId);
    query.addQueryItem(QStringLiteral("moderator_id"), m_userId);
    return query;
}

void TwitchHelix::sendMessage(const QString& text)
{
    whenResolved([this, text] {
        const QJsonObject body{{QStringLiteral("broadcaster_id"), m_broadcasterId},
                               {QStringLiteral("sender_id"), m_userId},
                               {QStringLiteral("message"), text}};
        const QString what = tr("The message was not posted to Twitch");
        m_api.postJson(
            QStringLiteral("/helix/chat/messages"), {}, QJsonDocument(body).toJson(QJsonDocument::Compact),
            what, [this, what](const QByteArray& answer) {
                // 200 with is_sent false: Twitch's filters (AutoMod, followers-only…) dropped it.
                const QJsonObject sent = firstData(answer);
                if (sent.value(QLatin1String("is_sent")).toBool(true))
                    return;
                const QString reason = sent.value(QLatin1String("drop_reason"))
                                           .toObject()
                                           .value(QLatin1String("message"))
                                           .toString();
                Q_EMIT failed(tr("%1: %2").arg(what, reason.isEmpty() ? tr("Twitch dropped it") : reason));
            });
    });
}

void TwitchHelix::deleteMessage(const QString& messageId)
{
    whenResolved([this, messageId] {
        QUrlQuery query = moderationQuery();
        query.addQueryItem(QStringLiteral("message_id"), messageId);
        m_api.deleteResource(QStringLiteral("/helix/moderation/chat"), query,
                             tr("The message was not deleted on Twitch"));
    });
}

void TwitchHelix::ban(const QString& userId, int seconds)
{
    whenResolved([this, userId, seconds] {
        QJsonObject data{{QStringLiteral("user_id"), userId},
                         {QStringLiteral("reason"), QStringLiteral("Moderated from Vitrine Studio")}};
        if (seconds > 0)
            data.insert(QStringLiteral("duration"), std::clamp(seconds, 1, kMaxTimeoutSeconds));
        m_api.postJson(
            QStringLiteral("/helix/moderation/bans"), moderationQuery(),
            QJsonDocument(QJsonObject{{QStringLiteral("data"), data}}).toJson(QJsonDocument::Compact),
            seconds > 0 ? tr("The author was not timed out on Twitch")
                        : tr("The author was not banned on Twitch"));
    });
}

void TwitchHelix::subscribe(const QString& type, const QString& sessionId, std::function<void()> done,
                            const SubscribeFailure& failure)
{
    whenResolved(
        [this, type, sessionId, done = std::move(done), failure] {
            const QJsonObject condition{{QStringLiteral("broadcaster_user_id"), m_broadcasterId},
                                        {QStringLiteral("user_id"), m_userId}};
            const QJsonObject transport{{QStringLiteral("method"), QStringLiteral("websocket")},
                                        {QStringLiteral("session_id"), sessionId}};
            const QJsonObject body{{QStringLiteral("type"), type},
                                   {QStringLiteral("version"), QStringLiteral("1")},
                                   {QStringLiteral("condition"), condition},
                                   {QStringLiteral("transport"), transport}};
            m_api.postJson(
                QStringLiteral("/helix/eventsub/subscriptions"), {},
                QJsonDocument(body).toJson(QJsonDocument::Compact), tr("subscribing to %1").arg(type),
                [done](const QByteArray&) {
                    if (done)
                        done();
                },
                failure, ChatApiClient::Report::Quiet);
        },
        failure);
}

void TwitchHelix::setToken(const QString& token)
{
    m_api.setHeader("Authorization", "Bearer " + token.toUtf8());
    m_api.clearTokenRefused();
}

} // namespace vitrine
