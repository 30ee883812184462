#pragma once

// A fake OAuth 2 authorization server for the sign-in tests (loopback only).
#include "auth/Pkce.h"

#include <QHostAddress>
#include <QJsonArray>
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
// that challenge, and rotates refresh tokens (a used one is refused). It also answers "who is this token for"
// as each platform does: Twitch's /validate (Authorization: OAuth), YouTube's /youtube/v3/channels?mine=true
// and Facebook's /me with the pages managed (Authorization: Bearer); a token other than the last one issued,
// or any after revokeAll, gets 401.
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
    QString currentAccess; // the last access token issued
    bool revokeAll = false;
    int userInfoRequests = 0;
    QByteArray lastAuthorization;
    QList<std::pair<QUrl, QByteArray>> apiRequests; // other GETs (YouTube's API): address and Authorization
    int issued = 0;

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
            QByteArray authorization;
            for (const QByteArray& line : headerLines)
                if (line.toLower().startsWith("authorization:"))
                    authorization = line.mid(14).trimmed();
            if (requestLine.value(0) == "GET" && answerWhoAmI(socket, requestLine.value(1), authorization))
                return;
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
        reply(socket,
              code == 200   ? QByteArray("200 OK")
              : code == 401 ? QByteArray("401 Unauthorized")
                            : QByteArray("400 Bad Request"),
              "Content-Type: application/json\r\n", QJsonDocument(object).toJson(QJsonDocument::Compact));
    }

    bool answerWhoAmI(QTcpSocket* socket, const QByteArray& target, const QByteArray& authorization)
    {
        const QUrl url(QString::fromLatin1(target));
        const QString path = url.path();
        const bool twitch = path == QLatin1String("/validate");
        const bool youtube = path == QLatin1String("/youtube/v3/channels");
        const bool facebook = path == QLatin1String("/me");
        if (!twitch && !youtube && !facebook) {
            apiRequests.append({url, authorization});
            if (path == QLatin1String("/youtube/v3/liveBroadcasts") &&
                authorization == "Bearer " + currentAccess.toUtf8()) {
                json(socket, 200,
                     {{QStringLiteral("kind"), QStringLiteral("youtube#liveBroadcastListResponse")},
                      {QStringLiteral("items"),
                       QJsonArray{QJsonObject{
                           {QStringLiteral("id"), QStringLiteral("vid-mine-1")},
                           {QStringLiteral("snippet"),
                            QJsonObject{{QStringLiteral("liveChatId"), QStringLiteral("chat-mine-1")}}}}}}});
                return true;
            }
            return false;
        }
        ++userInfoRequests;
        lastAuthorization = authorization;
        const QByteArray expected = (twitch ? "OAuth " : "Bearer ") + currentAccess.toUtf8();
        if (revokeAll || currentAccess.isEmpty() || authorization != expected) {
            json(socket, 401,
                 {{QStringLiteral("status"), 401},
                  {QStringLiteral("message"), QStringLiteral("invalid access token")}});
            return true;
        }
        if (twitch) {
            json(socket, 200,
                 {{QStringLiteral("client_id"), QStringLiteral("client-123")},
                  {QStringLiteral("login"), QStringLiteral("maisonmoulin")},
                  {QStringLiteral("scopes"),
                   QJsonArray{QStringLiteral("user:read:chat"), QStringLiteral("user:write:chat")}},
                  {QStringLiteral("user_id"), QStringLiteral("141981764")},
                  {QStringLiteral("expires_in"), expiresIn}});
        } else if (youtube) {
            if (QUrlQuery(url).queryItemValue(QStringLiteral("mine")) != QLatin1String("true"))
                return false;
            json(socket, 200,
                 {{QStringLiteral("kind"), QStringLiteral("youtube#channelListResponse")},
                  {QStringLiteral("items"),
                   QJsonArray{QJsonObject{
                       {QStringLiteral("kind"), QStringLiteral("youtube#channel")},
                       {QStringLiteral("id"), QStringLiteral("UCmaisonmoulin")},
                       {QStringLiteral("snippet"),
                        QJsonObject{{QStringLiteral("title"), QStringLiteral("Maison Moulin")}}}}}}});
        } else {
            json(socket, 200,
                 {{QStringLiteral("id"), QStringLiteral("1001")},
                  {QStringLiteral("name"), QStringLiteral("Camille Moulin")},
                  {QStringLiteral("accounts"),
                   QJsonObject{{QStringLiteral("data"),
                                QJsonArray{QJsonObject{
                                    {QStringLiteral("id"), QStringLiteral("2002")},
                                    {QStringLiteral("name"), QStringLiteral("Maison Moulin")},
                                    {QStringLiteral("access_token"), QStringLiteral("page-token-1")}}}}}}});
        }
        return true;
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
                currentAccess = QStringLiteral("at-%1").arg(++issued);
                json(socket, 200,
                     {{QStringLiteral("access_token"), currentAccess},
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
                validRefresh = QStringLiteral("rt-%1").arg(issued + 1);
                currentAccess = QStringLiteral("at-%1").arg(++issued);
                json(socket, 200,
                     {{QStringLiteral("access_token"), currentAccess},
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
