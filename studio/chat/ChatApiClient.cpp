#include "chat/ChatApiClient.h"

#include <QNetworkReply>
#include <QNetworkRequest>

namespace vitrine {

ChatApiClient::ChatApiClient(const QString& platformName, const QUrl& base, QObject* parent)
    : QObject(parent), m_platformName(platformName), m_base(base)
{
}

void ChatApiClient::setHeader(const QByteArray& name, const QByteArray& value)
{
    for (auto& header : m_headers) {
        if (header.first == name) {
            header.second = value;
            return;
        }
    }
    m_headers.append({name, value});
}

QString ChatApiClient::tokenRefusedMessage() const
{
    return tr("%1 refused the token: it expired or was revoked — sign in again").arg(m_platformName);
}

void ChatApiClient::get(const QString& path, const QUrlQuery& query, const QString& what, Handler done,
                        FailureHandler failure)
{
    send("GET", path, query, {}, {}, what, std::move(done), std::move(failure));
}

void ChatApiClient::postJson(const QString& path, const QUrlQuery& query, const QByteArray& json,
                             const QString& what, Handler done, FailureHandler failure, Report report)
{
    send("POST", path, query, json, "application/json", what, std::move(done), std::move(failure), report);
}

void ChatApiClient::postForm(const QString& path, const Form& form, const QString& what, Handler done)
{
    QByteArray body;
    for (const auto& [name, value] : form) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    send("POST", path, {}, body, "application/x-www-form-urlencoded", what, std::move(done));
}

void ChatApiClient::deleteResource(const QString& path, const QUrlQuery& query, const QString& what,
                                   Handler done)
{
    send("DELETE", path, query, {}, {}, what, std::move(done));
}

void ChatApiClient::send(const QByteArray& verb, const QString& path, const QUrlQuery& query,
                         const QByteArray& body, const QByteArray& contentType, const QString& what,
                         Handler done, FailureHandler failure, Report report)
{
    QUrl url = m_base;
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) + path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setTransferTimeout(20000);
    request.setRawHeader("Accept", "application/json");
    for (const auto& [name, value] : std::as_const(m_headers))
        request.setRawHeader(name, value);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QNetworkReply* reply = nullptr;
    if (verb == "POST")
        reply = m_network.post(request, body);
    else if (verb == "DELETE")
        reply = m_network.deleteResource(request);
    else
        reply = m_network.get(request);
    ++m_pending;
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, what, done = std::move(done), failure = std::move(failure), report] {
                onFinished(reply, what, done, failure, report);
            });
}

void ChatApiClient::onFinished(QNetworkReply* reply, const QString& what, const Handler& done,
                               const FailureHandler& failure, Report report)
{
    reply->deleteLater();
    --m_pending;
    const QByteArray body = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 200 && status < 300) {
        if (done)
            done(body);
        return;
    }
    QString reason;
    bool refused = status == 401;
    if (status != 0) {
        if (m_describeError)
            reason = m_describeError(status, body, &refused);
        if (reason.isEmpty())
            reason = tr("%1 answered HTTP %2").arg(m_platformName).arg(status);
    } else {
        reason =
            tr("cannot reach %1: %2")
                .arg(m_base.toDisplayString(QUrl::RemoveUserInfo), scrubbed(reply->errorString(), reply));
    }
    if (refused) {
        m_tokenRefused = true;
        reason = tokenRefusedMessage();
    }
    const QString message = tr("%1: %2").arg(what, scrubbed(reason, reply));
    if (refused)
        Q_EMIT tokenRefused(message);
    if (report == Report::Signal)
        Q_EMIT failed(message);
    if (failure)
        failure(status, message);
}

QString ChatApiClient::scrubbed(QString text, const QNetworkReply* reply) const
{
    const QUrl bare = reply->url().adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
    text.replace(reply->url().toString(), bare.toString());
    text.replace(QString::fromUtf8(reply->url().toEncoded()), bare.toString());
    for (const QString& secret : m_secrets)
        if (!secret.isEmpty())
            text.replace(secret, QStringLiteral("…"));
    return text;
}

} // namespace vitrine
