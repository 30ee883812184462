#include "auth/OAuthSignIn.h"
#include "auth/OAuthConfig.h"
#include "auth/Pkce.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace vitrine;

namespace {

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
                      {QStringLiteral("expires_in"), 3600}});
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

} // namespace

class OAuthSignInTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FakeAuthServer m_server;
    QNetworkAccessManager m_browser;

    OAuthConfig configFromSettings()
    {
        // Client id and endpoints come from the settings, as in the studio.
        QSettings settings(m_dir.filePath(QStringLiteral("vitrine.ini")), QSettings::IniFormat);
        OAuthConfig written;
        written.platform = QStringLiteral("twitch");
        written.clientId = QStringLiteral("client-123");
        written.authorizationUrl = QUrl(m_server.base() + QStringLiteral("/authorize"));
        written.tokenUrl = QUrl(m_server.base() + QStringLiteral("/token"));
        written.scope = QStringLiteral("chat:read chat:edit");
        written.save(settings);
        settings.sync();
        QSettings reread(m_dir.filePath(QStringLiteral("vitrine.ini")), QSettings::IniFormat);
        return OAuthConfig::fromSettings(reread, QStringLiteral("twitch"));
    }

    // The browser's part: open the authorization page and follow its redirect to the studio's loopback port.
    void actAsBrowser(OAuthSignIn& signIn)
    {
        QObject::connect(&signIn, &OAuthSignIn::authorizeUrlReady, this, [this](const QUrl& url) {
            QNetworkRequest request(url);
            request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                 QNetworkRequest::NoLessSafeRedirectPolicy);
            QNetworkReply* reply = m_browser.get(request);
            QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<OAuthTokens>();
        QVERIFY(m_server.listen());
    }

    void pkceVerifierAndChallengeAreBase64UrlSha256()
    {
        // base64url(SHA-256) without padding, as computed independently (Python's hashlib).
        QCOMPARE(Pkce::challengeS256("dBjftJeZ4CVP-mJ92IXsGLC9Pob7ZLIrR2f0YhQbNfI"),
                 QByteArray("gLFp-FYJyPd7mXm48EfVJGT6C8WVHJbpuPeTamdgJ10"));
        const QByteArray verifier = Pkce::makeVerifier();
        QCOMPARE(verifier.size(), 43);
        QVERIFY(verifier != Pkce::makeVerifier());
    }

    void signsInWithPkceOverLoopback()
    {
        OAuthSignIn signIn(configFromSettings());
        actAsBrowser(signIn);
        QSignalSpy signedIn(&signIn, &OAuthSignIn::signedIn);
        QSignalSpy failed(&signIn, &OAuthSignIn::failed);
        QString error;
        QVERIFY2(signIn.start(&error), qPrintable(error));
        QCOMPARE(signIn.redirectUrl().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(signIn.redirectUrl().port() > 0);
        QTRY_VERIFY_WITH_TIMEOUT(!signedIn.isEmpty() || !failed.isEmpty(), 10000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        const auto tokens = signedIn.first().first().value<OAuthTokens>();
        QCOMPARE(tokens.accessToken, QStringLiteral("at-1"));
        QCOMPARE(tokens.refreshToken, QStringLiteral("rt-1"));
        QVERIFY(tokens.expiresAt > QDateTime::currentDateTimeUtc().addSecs(3000));
        QCOMPARE(m_server.challengeMethod, QStringLiteral("S256"));
        QCOMPARE(m_server.receivedVerifier.size(), 43);
        QCOMPARE(QUrl(m_server.redirectUri).host(), QStringLiteral("127.0.0.1"));

        // Tokens round-trip through the JSON the keychain keeps.
        QCOMPARE(OAuthTokens::fromJson(tokens.toJson()).refreshToken, QStringLiteral("rt-1"));

        // Refresh: a new pair; the old refresh token is then refused with a clear message.
        QSignalSpy refreshed(&signIn, &OAuthSignIn::refreshed);
        signIn.refresh(tokens.refreshToken);
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 10000);
        const auto renewed = refreshed.first().first().value<OAuthTokens>();
        QCOMPARE(renewed.accessToken, QStringLiteral("at-2"));
        QCOMPARE(renewed.refreshToken, QStringLiteral("rt-2"));
        signIn.refresh(tokens.refreshToken);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(QStringLiteral("sign in again")) &&
                     message.contains(QStringLiteral("twitch")),
                 qPrintable(message));
    }

    void refusesACodeWhenTheChallengeDoesNotMatch()
    {
        m_server.tamperChallenge = true;
        OAuthSignIn signIn(configFromSettings());
        actAsBrowser(signIn);
        QSignalSpy signedIn(&signIn, &OAuthSignIn::signedIn);
        QSignalSpy failed(&signIn, &OAuthSignIn::failed);
        QString error;
        QVERIFY(signIn.start(&error));
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10000);
        m_server.tamperChallenge = false;
        QVERIFY(signedIn.isEmpty());
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("twitch")),
                 qPrintable(failed.first().first().toString()));
    }

    void saysWhichSettingIsMissing()
    {
        QSettings empty(m_dir.filePath(QStringLiteral("empty.ini")), QSettings::IniFormat);
        OAuthSignIn signIn(OAuthConfig::fromSettings(empty, QStringLiteral("youtube")));
        QString error;
        QVERIFY(!signIn.start(&error));
        QVERIFY2(error.contains(QStringLiteral("oauth/youtube/clientId")), qPrintable(error));
        QSignalSpy failed(&signIn, &OAuthSignIn::failed);
        signIn.refresh(QStringLiteral("x"));
        QCOMPARE(failed.size(), 1);
    }
};

QTEST_GUILESS_MAIN(OAuthSignInTest)
#include "OAuthSignInTest.moc"
