#include "auth/OAuthSignIn.h"
#include "FakeAuthServer.h"
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

using vitrine::test::FakeAuthServer;

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
