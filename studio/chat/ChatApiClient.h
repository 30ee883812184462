#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <utility>

class QNetworkReply;

namespace vitrine {

// The write side of a platform's HTTP API for a chat connector: posts, deletions, bans. Requests go to
// base() + path with the headers set here (Authorization, Client-Id…), on the caller's event loop. A call
// whose answer is not 2xx becomes one translated message through failed(), prefixed by what was being
// done; an HTTP 401 (or what describeError() flags) also marks the token refused (tokenRefused()) with
// "PLATFORM refused the token: it expired or was revoked — sign in again". Messages never hold the token
// nor the request's query.
class ChatApiClient : public QObject {
    Q_OBJECT
public:
    // What the platform's error body says: a translated reason, and whether it refused the token.
    using ErrorDescriber = std::function<QString(int status, const QByteArray& body, bool* tokenRefused)>;
    using Handler = std::function<void(const QByteArray& body)>;
    // Handed the HTTP status (0 when there was no answer) and the translated message.
    using FailureHandler = std::function<void(int status, const QString& message)>;
    // Whether a failure is also reported through failed() (Quiet: only to the FailureHandler).
    enum class Report { Signal, Quiet };

    ChatApiClient(const QString& platformName, const QUrl& base, QObject* parent = nullptr);

    QUrl base() const { return m_base; }
    void setBase(const QUrl& base) { m_base = base; }
    void setHeader(const QByteArray& name, const QByteArray& value);
    // Strings scrubbed from any message (the token, when it travels in a body or query).
    void setSecrets(const QStringList& secrets) { m_secrets = secrets; }
    void setErrorDescriber(ErrorDescriber describer) { m_describeError = std::move(describer); }

    bool isTokenRefused() const { return m_tokenRefused; }
    // A renewed token: calls may succeed again.
    void clearTokenRefused() { m_tokenRefused = false; }
    QString tokenRefusedMessage() const;

    // `what` prefixes a failure ("The message was not posted to YouTube"); `done` runs on a 2xx answer.
    // `failure`, when given, runs after failed() was emitted (or instead of it, with Report::Quiet).
    void get(const QString& path, const QUrlQuery& query, const QString& what, Handler done,
             FailureHandler failure = {});
    void postJson(const QString& path, const QUrlQuery& query, const QByteArray& json, const QString& what,
                  Handler done = {}, FailureHandler failure = {}, Report report = Report::Signal);
    using Form = QList<std::pair<QString, QString>>;
    // application/x-www-form-urlencoded, every name and value percent-encoded.
    void postForm(const QString& path, const Form& form, const QString& what, Handler done = {});
    void deleteResource(const QString& path, const QUrlQuery& query, const QString& what, Handler done = {});

    // How many calls are waiting for their answer.
    int pendingCount() const { return m_pending; }

Q_SIGNALS:
    void failed(const QString& message);
    void tokenRefused(const QString& message);

private:
    void send(const QByteArray& verb, const QString& path, const QUrlQuery& query, const QByteArray& body,
              const QByteArray& contentType, const QString& what, Handler done, FailureHandler failure = {},
              Report report = Report::Signal);
    void onFinished(QNetworkReply* reply, const QString& what, const Handler& done,
                    const FailureHandler& failure, Report report);
    QString scrubbed(QString text, const QNetworkReply* reply) const;

    QString m_platformName;
    QUrl m_base;
    QList<std::pair<QByteArray, QByteArray>> m_headers;
    QStringList m_secrets;
    ErrorDescriber m_describeError;
    QNetworkAccessManager m_network;
    bool m_tokenRefused = false;
    int m_pending = 0;
};

} // namespace vitrine
