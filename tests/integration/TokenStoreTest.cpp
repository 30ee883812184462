#include "auth/TokenStore.h"
#include "FakeAuthServer.h"
#include "auth/OAuthAccount.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace vitrine;

namespace {

struct Result {
    bool done = false;
    bool ok = false;
    std::optional<QString> secret;
    QString error;
};

bool waitFor(const Result& result)
{
    return QTest::qWaitFor([&] { return result.done; }, 15000);
}

// Every file under dir that holds needle, in plain bytes.
QStringList filesContaining(const QString& dir, const QByteArray& needle)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found.append(file.fileName());
    }
    return found;
}

} // namespace

class TokenStoreTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void storesInTheKeychainOnly()
    {
        const QString home = qEnvironmentVariable("VITRINE_TEST_HOME");
        if (home.isEmpty())
            QSKIP("run through run-with-keyring.sh");
        const QString service = QStringLiteral("vitrine-studio-test");
        const QString secret =
            QStringLiteral("{\"access_token\":\"at-%1\"}").arg(QCoreApplication::applicationPid());
        TokenStore store(service);

        Result written;
        store.write(QStringLiteral("twitch"), QStringLiteral("maison"), secret,
                    [&](bool ok, const QString& error) {
                        written = {true, ok, std::nullopt, error};
                    });
        QVERIFY(waitFor(written));
        QVERIFY2(written.ok, qPrintable(written.error));

        Result read;
        store.read(QStringLiteral("twitch"), QStringLiteral("maison"),
                   [&](std::optional<QString> value, const QString& error) {
                       read = {true, true, value, error};
                   });
        QVERIFY(waitFor(read));
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
        QCOMPARE(read.secret.value_or(QString()), secret);

        // The Secret Service holds it: secret-tool finds it by the service name.
        QProcess lookup;
        lookup.start(QStringLiteral("secret-tool"),
                     {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("--unlock"),
                      QStringLiteral("server"), service});
        QVERIFY(lookup.waitForFinished(15000));
        const QByteArray listing = lookup.readAllStandardOutput() + lookup.readAllStandardError();
        QVERIFY2(listing.contains(secret.toUtf8()), listing.constData());
        QVERIFY2(listing.contains("twitch/maison"), listing.constData());
        // And no file has it in clear (the keyring file is encrypted).
        const QStringList leaks = filesContaining(home, secret.toUtf8());
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char(' '))));

        // Another account is another entry; a missing one is no error.
        Result missing;
        store.read(QStringLiteral("twitch"), QStringLiteral("other"),
                   [&](std::optional<QString> value, const QString& error) {
                       missing = {true, true, value, error};
                   });
        QVERIFY(waitFor(missing));
        QVERIFY(!missing.secret);
        QVERIFY2(missing.error.isEmpty(), qPrintable(missing.error));

        Result removed;
        store.remove(QStringLiteral("twitch"), QStringLiteral("maison"), [&](bool ok, const QString& error) {
            removed = {true, ok, std::nullopt, error};
        });
        QVERIFY(waitFor(removed));
        QVERIFY2(removed.ok, qPrintable(removed.error));
        Result gone;
        store.read(QStringLiteral("twitch"), QStringLiteral("maison"),
                   [&](std::optional<QString> value, const QString& error) {
                       gone = {true, true, value, error};
                   });
        QVERIFY(waitFor(gone));
        QVERIFY(!gone.secret);
    }

    void accountKeepsItsSignInInTheKeychain()
    {
        if (qEnvironmentVariable("VITRINE_TEST_HOME").isEmpty())
            QSKIP("run through run-with-keyring.sh");
        qRegisterMetaType<OAuthTokens>();
        vitrine::test::FakeAuthServer server;
        QVERIFY(server.listen());
        server.expiresIn = 30; // already "expired" by the one-minute margin: the next load refreshes
        OAuthConfig config;
        config.platform = QStringLiteral("youtube");
        config.clientId = QStringLiteral("client-1");
        config.authorizationUrl = QUrl(server.base() + QStringLiteral("/authorize"));
        config.tokenUrl = QUrl(server.base() + QStringLiteral("/token"));
        TokenStore store(QStringLiteral("vitrine-studio-test"));
        QNetworkAccessManager browser;

        OAuthAccount first(config, QStringLiteral("host@example.com"), &store);
        connect(first.signInFlow(), &OAuthSignIn::authorizeUrlReady, this,
                [&browser](const QUrl& url) { browser.get(QNetworkRequest(url)); });
        QSignalSpy ready(&first, &OAuthAccount::tokensReady);
        QSignalSpy failed(&first, &OAuthAccount::failed);
        QString error;
        QVERIFY2(first.signIn(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !failed.isEmpty(), 15000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QCOMPARE(ready.first().first().value<OAuthTokens>().accessToken, QStringLiteral("at-1"));

        // The next start: from the keychain, refreshed because it expired, and the new pair saved.
        OAuthAccount later(config, QStringLiteral("host@example.com"), &store);
        QSignalSpy laterReady(&later, &OAuthAccount::tokensReady);
        later.load();
        QTRY_COMPARE_WITH_TIMEOUT(laterReady.size(), 1, 15000);
        QCOMPARE(laterReady.first().first().value<OAuthTokens>().accessToken, QStringLiteral("at-2"));
        Result saved;
        store.read(QStringLiteral("youtube"), QStringLiteral("host@example.com"),
                   [&](std::optional<QString> value, const QString& e) {
                       saved = {true, true, value, e};
                   });
        QVERIFY(waitFor(saved));
        QCOMPARE(OAuthTokens::fromJson(saved.secret.value_or(QString()).toUtf8()).refreshToken,
                 QStringLiteral("rt-2"));

        // Signed out: the entry is gone and loading says so.
        QSignalSpy out(&later, &OAuthAccount::signedOut);
        later.signOut();
        QTRY_COMPARE_WITH_TIMEOUT(out.size(), 1, 15000);
        QSignalSpy laterFailed(&later, &OAuthAccount::failed);
        QSignalSpy notSignedIn(&later, &OAuthAccount::notSignedIn);
        later.load();
        QTRY_COMPARE_WITH_TIMEOUT(notSignedIn.size(), 1, 15000);
        QVERIFY(laterFailed.isEmpty()); // not signed in is a state, not an error
    }

    void saysWhenThereIsNoKeychain()
    {
        TokenStore store(QStringLiteral("vitrine-studio-test"));
        Result written;
        store.write(QStringLiteral("twitch"), QStringLiteral("maison"), QStringLiteral("secret"),
                    [&](bool ok, const QString& error) {
                        written = {true, ok, std::nullopt, error};
                    });
        QVERIFY(waitFor(written));
        QVERIFY(!written.ok);
        QVERIFY2(written.error.contains(QStringLiteral("keychain")), qPrintable(written.error));
        QVERIFY(store.lastFailure() != TokenStore::Failure::None); // not "no entry"
        Result read;
        store.read(QStringLiteral("twitch"), QStringLiteral("maison"),
                   [&](std::optional<QString> value, const QString& error) {
                       read = {true, true, value, error};
                   });
        QVERIFY(waitFor(read));
        QVERIFY(!read.secret);
        QVERIFY2(!read.error.isEmpty(), "a missing keychain must not look like a missing entry");
    }
};

QTEST_GUILESS_MAIN(TokenStoreTest)
#include "TokenStoreTest.moc"
