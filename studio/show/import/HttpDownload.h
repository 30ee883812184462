#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;

namespace vitrine {

// One HTTP(S) GET as the catalogue readers make it: bounded by a transfer timeout (a server that accepts the
// connection and then says nothing does not hang an import), redirects followed only when no less safe, the
// studio's user agent. The body is handed over as it arrives (bodyReceived), never the error page of an
// HTTP error status; finished() follows once, with the outcome classified, unless abort() came first. The
// callers word the messages: each says what it was fetching.
class HttpDownload : public QObject {
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds kDefaultTimeout{30'000};

    enum class Failure {
        None,       // the whole body arrived
        HttpStatus, // the server answered an error status: httpStatus(), httpReason()
        Timeout,    // no data for timeout()
        Network,    // refused, unknown host, cut short…: errorString()
    };

    explicit HttpDownload(QObject* parent = nullptr);
    ~HttpDownload() override;

    // How long the server may stay silent before the download is abandoned (applies to the next start()).
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    // The Accept header of the next start(); none when empty.
    void setAccept(const QByteArray& accept) { m_accept = accept; }

    // Starts the GET (aborting a running one, which then emits nothing).
    void start(QNetworkAccessManager* network, const QUrl& url);
    // Abandons the running download without emitting finished(). Safe from a bodyReceived() handler.
    void abort();
    bool isRunning() const { return !m_reply.isNull(); }

    // After finished():
    Failure failure() const { return m_failure; }
    int httpStatus() const { return m_status; }
    QString httpReason() const { return m_reason; }
    QString errorString() const { return m_errorString; }
    // "host" or "host:port", for messages.
    QString hostLabel() const;

Q_SIGNALS:
    void bodyReceived(const QByteArray& bytes);
    void finished();

private:
    void onReplyReadyRead();
    void onReplyFinished();

    std::chrono::milliseconds m_timeout = kDefaultTimeout;
    QByteArray m_accept;
    QUrl m_url;
    QPointer<QNetworkReply> m_reply;
    bool m_httpFailed = false; // an HTTP error status: the body is an error page, not the content
    Failure m_failure = Failure::None;
    int m_status = 0;
    QString m_reason;
    QString m_errorString;
};

} // namespace vitrine
