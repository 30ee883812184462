#pragma once

// A fake OAuth 2 authorization server for the sign-in tests (loopback only).
#include "auth/Pkce.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

namespace vitrine::test {

// A small OAuth 2 authorization server on loopback: /authorize remembers the PKCE challenge and redirects to
// the app's loopback address with a code; /token redeems the code only with the verifier whose S256 hash is
// that challenge, and rotates refresh tokens (a used one is refused).
class FakeAuthServer : public QObject {
public:
    FakeAuthServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QString base() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }

    QString challenge;
    QString challengeMethod;
    QString redirectUri;
    QString receivedVerifier;
    QString validRefresh;
    bool tamperChallenge = false; // a server that remembered another challenge: the exchange must fail
    int tokenRequests = 0;
    int expiresIn = 3600;

private:
    void serve(QTcpSocket* socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            *buffer += socket->readAll();
            const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            const QList<QByteArray> headerLines = buffer->left(headerEnd).split('\n');
            qsizetype length = 0;
            for (const QByteArray& line : headerLines) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer->size() < headerEnd + 4 + length)
                return;
            const QList<QByteArray> requestLine = headerLines.first().trimmed().split(' ');
            const QByteArray body = buffer->mid(headerEnd + 4, length);
            buffer->clear();
            respond(socket, requestLine.value(0), QUrl(QString::fromLatin1(requestLine.value(1))), body);
        });
    }

    static void reply(QTcpSocket* socket, const QByteArray& status, const QByteArray& headers,
                      const QByteArray& body)
    {
        socket->write("HTTP/1.1 " + status + "\r\n" + headers + "Content-Length: " +
                      QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    static void json(QTcpSocket* socket, int code, const QJsonObject& object)
    {
        reply(socket, code == 200 ? QByteArray("200 OK") : QByteArray("400 Bad Request"),
              "Content-Type: application/json\r\n", QJsonDocument(object).toJson(QJsonDocument::Compact));
    }

    void respond(QTcpSocket* socket, const QByteArray& method, const QUrl& url, const QByteArray& body)
    {
        if (method == "GET" && url.path() == QLatin1String("/authorize")) {
            const QUrlQuery query(url);
            challenge = query.queryItemValue(QStringLiteral("code_challenge"));
            challengeMethod = query.queryItemValue(QStringLiteral("code_challenge_method"));
            redirectUri = query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded);
            QUrl back(redirectUri);
            QUrlQuery backQuery;
            backQuery.addQueryItem(QStringLiteral("code"), QStringLiteral("code-1"));
            backQuery.addQueryItem(QStringLiteral("state"), query.queryItemValue(QStringLiteral("state")));
            back.setQuery(backQuery);
            reply(socket, "302 Found", "Location: " + back.toEncoded() + "\r\n", {});
            return;
        }
        if (method == "POST" && url.path() == QLatin1String("/token")) {
            ++tokenRequests;
            const QUrlQuery form(QString::fromUtf8(body));
            const QString grant = form.queryItemValue(QStringLiteral("grant_type"));
            if (grant == QLatin1String("authorization_code")) {
                receivedVerifier = form.queryItemValue(QStringLiteral("code_verifier"), QUrl::FullyDecoded);
                const QString expected = tamperChallenge ? QStringLiteral("not-the-challenge") : challenge;
                const bool pkceOk =
                    challengeMethod == QLatin1String("S256") &&
                    QString::fromLatin1(Pkce::challengeS256(receivedVerifier.toLatin1())) == expected;
                if (form.queryItemValue(QStringLiteral("code")) != QLatin1String("code-1") || !pkceOk) {
                    json(socket, 400, {{QStringLiteral("error"), QStringLiteral("invalid_grant")}});
                    return;
                }
                validRefresh = QStringLiteral("rt-1");
                json(socket, 200,
                     {{QStringLiteral("access_token"), QStringLiteral("at-1")},
                      {QStringLiteral("refresh_token"), validRefresh},
                      {QStringLiteral("token_type"), QStringLiteral("bearer")},
                      {QStringLiteral("expires_in"), expiresIn}});
                return;
            }
            if (grant == QLatin1String("refresh_token")) {
                if (validRefresh.isEmpty() ||
                    form.queryItemValue(QStringLiteral("refresh_token")) != validRefresh) {
                    json(socket, 400, {{QStringLiteral("error"), QStringLiteral("invalid_grant")}});
                    return;
                }
                validRefresh = QStringLiteral("rt-2");
                json(socket, 200,
                     {{QStringLiteral("access_token"), QStringLiteral("at-2")},
                      {QStringLiteral("refresh_token"), validRefresh},
                      {QStringLiteral("expires_in"), 120}});
                return;
            }
        }
        reply(socket, "404 Not Found", {}, {});
    }

    QTcpServer m_server;
};

} // namespace vitrine::test
