#include "show/import/HttpDownload.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace vitrine {

HttpDownload::HttpDownload(QObject* parent) : QObject(parent) {}

HttpDownload::~HttpDownload()
{
    abort();
}

void HttpDownload::start(QNetworkAccessManager* network, const QUrl& url)
{
    abort();
    m_url = url;
    m_httpFailed = false;
    m_failure = Failure::None;
    m_status = 0;
    m_reason.clear();
    m_errorString.clear();
    QNetworkRequest request(url);
    request.setTransferTimeout(static_cast<int>(m_timeout.count()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("VitrineStudio"));
    if (!m_accept.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Accept"), m_accept);
    m_reply = network->get(request);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpDownload::onReplyReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpDownload::onReplyFinished);
}

void HttpDownload::abort()
{
    if (QNetworkReply* reply = m_reply) {
        m_reply.clear();
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}

QString HttpDownload::hostLabel() const
{
    return m_url.port() < 0 ? m_url.host() : m_url.host() + u':' + QString::number(m_url.port());
}

void HttpDownload::onReplyReadyRead()
{
    if (!m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_httpFailed || status >= 300) {
        // An error page, not the content: finished() reports the status.
        m_httpFailed = true;
        m_reply->skip(m_reply->bytesAvailable());
        return;
    }
    Q_EMIT bodyReceived(m_reply->readAll());
}

void HttpDownload::onReplyFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply)
        return;
    m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    m_errorString = reply->errorString();
    if (m_httpFailed || m_status >= 300) {
        m_failure = Failure::HttpStatus;
    } else if (reply->error() == QNetworkReply::OperationCanceledError ||
               reply->error() == QNetworkReply::TimeoutError) {
        // A reply we still listen to is never aborted by us, so a cancel here is the transfer timeout.
        m_failure = Failure::Timeout;
    } else if (reply->error() != QNetworkReply::NoError) {
        m_failure = Failure::Network;
    } else if (reply->bytesAvailable() > 0) {
        // The last bytes; the handler may abort, and then nothing more is said.
        Q_EMIT bodyReceived(reply->readAll());
        if (m_reply != reply)
            return;
    }
    m_reply.clear();
    disconnect(reply, nullptr, this, nullptr);
    reply->deleteLater();
    Q_EMIT finished();
}

} // namespace vitrine
