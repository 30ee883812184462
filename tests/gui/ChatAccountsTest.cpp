// The producer's chat accounts against a local server speaking each platform's OAuth token endpoint and its
// "who is this token for" API, with the tokens in a real Secret Service keychain (run-with-keyring.sh):
// sign-in stored and reused at the next start, renewed before it expires, refused and expired, signed out;
// the Chats dialog's accounts panel as the producer uses it. saysWhenThereIsNoKeychain runs without D-Bus.
#include "chat/ChatAccounts.h"
#include "FakeAuthServer.h"
#include "auth/TokenStore.h"
#include "chat/ChatHub.h"
#include "chat/ChatMessage.h"
#include "chat/ChatSources.h"
#include "dialogs/ChatSourcesDialog.h"
#include "docks/ChatDock.h"
#include "widgets/ChatAccountsPanel.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace vitrine;
using vitrine::test::FakeAuthServer;

class ChatAccountsTest : public QObject {
    Q_OBJECT

private:
    QNetworkAccessManager m_browser;

    static QHash<ChatPlatform, OAuthConfig> configs(const FakeAuthServer& server)
    {
        QHash<ChatPlatform, OAuthConfig> result;
        const QString base = server.base();
        for (ChatPlatform platform : ChatAccounts::platforms()) {
            OAuthConfig config = OAuthConfig::builtIn(chatPlatformKey(platform));
            config.clientId = QStringLiteral("client-123");
            config.authorizationUrl = QUrl(base + QStringLiteral("/authorize"));
            config.tokenUrl = QUrl(base + QStringLiteral("/token"));
            switch (platform) {
            case ChatPlatform::Twitch:
                config.userInfoUrl = QUrl(base + QStringLiteral("/validate"));
                break;
            case ChatPlatform::YouTube:
                config.userInfoUrl =
                    QUrl(base + QStringLiteral("/youtube/v3/channels?part=snippet&mine=true"));
                break;
            default:
                config.userInfoUrl =
                    QUrl(base + QStringLiteral("/me?fields=id,name,accounts{id,name,access_token}"));
                break;
            }
            result.insert(platform, config);
        }
        return result;
    }

    // The browser's part: follow the authorization page's redirect back to the studio's loopback port.
    void actAsBrowser(ChatAccounts& accounts)
    {
        connect(&accounts, &ChatAccounts::authorizeUrlReady, this, [this](const QUrl& url) {
            QNetworkReply* reply = m_browser.get(QNetworkRequest(url));
            connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        });
    }

    static bool waitForState(const ChatAccounts& accounts, ChatPlatform platform, ChatAccounts::State state)
    {
        return QTest::qWaitFor([&] { return accounts.status(platform).state == state; }, 15000);
    }

    static std::optional<QString> keychainEntry(TokenStore& store, ChatPlatform platform)
    {
        bool done = false;
        std::optional<QString> secret;
        store.read(chatPlatformKey(platform), QString::fromLatin1(ChatAccounts::kKeychainAccount),
                   [&](std::optional<QString> value, const QString&) {
                       secret = std::move(value);
                       done = true;
                   });
        if (!QTest::qWaitFor([&] { return done; }, 15000))
            return std::nullopt;
        return secret;
    }

    static QString service() { return QStringLiteral("vitrine-studio-test-accounts"); }

    static bool inKeyring() { return !qEnvironmentVariable("VITRINE_TEST_HOME").isEmpty(); }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<OAuthTokens>(); }

    void readsWhoEachTokenIsFor()
    {
        ChatAccountIdentity identity;
        QString error;
        QVERIFY(ChatAccountIdentity::parse(
            ChatPlatform::Twitch,
            R"({"client_id":"c","login":"maisonmoulin","scopes":["user:read:chat"],"user_id":"141981764","expires_in":5520838})",
            &identity, &error));
        QCOMPARE(identity.name, QStringLiteral("maisonmoulin"));
        QCOMPARE(identity.id, QStringLiteral("141981764"));
        QCOMPARE(identity.scopes, QStringList{QStringLiteral("user:read:chat")});
        QVERIFY(!ChatAccountIdentity::parse(ChatPlatform::Twitch, R"({"status":401})", &identity, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!ChatAccountIdentity::parse(ChatPlatform::YouTube,
                                            R"({"kind":"youtube#channelListResponse","items":[]})", &identity,
                                            &error));
        QVERIFY2(error.contains(QStringLiteral("no YouTube channel")), qPrintable(error));
        QVERIFY(ChatAccountIdentity::parse(
            ChatPlatform::Facebook,
            R"({"id":"1","name":"Camille","accounts":{"data":[{"id":"2","name":"Maison","access_token":"pt"}]}})",
            &identity, &error));
        QCOMPARE(identity.pageToken, QStringLiteral("pt"));
        QCOMPARE(identity.pageName, QStringLiteral("Maison"));
        QVERIFY(!ChatAccountIdentity::parse(ChatPlatform::Facebook, "not json", &identity, &error));
    }

    void aPlatformWithoutClientIdIsNotSetUp()
    {
        QHash<ChatPlatform, OAuthConfig> none;
        for (ChatPlatform platform : ChatAccounts::platforms())
            none.insert(platform,
                        OAuthConfig::builtIn(chatPlatformKey(platform))); // no client id compiled in
        TokenStore store(service());
        ChatAccounts accounts(none, &store);
        QSignalSpy settled(&accounts, &ChatAccounts::settled);
        accounts.load();
        QCOMPARE(settled.size(), 1); // nothing to read: settled at once
        QCOMPARE(accounts.status(ChatPlatform::Twitch).state, ChatAccounts::State::NotSetUp);
        QVERIFY2(accounts.describe(ChatPlatform::Twitch).contains(QStringLiteral("oauth/twitch/clientId")),
                 qPrintable(accounts.describe(ChatPlatform::Twitch)));
        QString error;
        QVERIFY(!accounts.signIn(ChatPlatform::YouTube, &error));
        QVERIFY2(error.contains(QStringLiteral("oauth/youtube/clientId")), qPrintable(error));
        // The real endpoints are built in: only the application's client id is missing.
        QCOMPARE(OAuthConfig::builtIn(QStringLiteral("twitch")).tokenUrl,
                 QUrl(QStringLiteral("https://id.twitch.tv/oauth2/token")));
        QVERIFY(
            OAuthConfig::builtIn(QStringLiteral("twitch")).scope.contains(QStringLiteral("user:read:chat")));
    }

    void signInIsStoredCheckedAndReusedAtTheNextStart()
    {
        if (!inKeyring())
            QSKIP("run through run-with-keyring.sh");
        FakeAuthServer server;
        QVERIFY(server.listen());
        TokenStore store(service());
        {
            ChatAccounts accounts(configs(server), &store);
            actAsBrowser(accounts);
            QSignalSpy changed(&accounts, &ChatAccounts::accountChanged);
            QString error;
            QVERIFY2(accounts.signIn(ChatPlatform::Twitch, &error), qPrintable(error));
            QCOMPARE(accounts.status(ChatPlatform::Twitch).state, ChatAccounts::State::SigningIn);
            QVERIFY(waitForState(accounts, ChatPlatform::Twitch, ChatAccounts::State::SignedIn));
            QCOMPARE(accounts.describe(ChatPlatform::Twitch), QStringLiteral("Signed in as maisonmoulin."));
            QCOMPARE(server.lastAuthorization, QByteArray("OAuth at-1")); // Twitch's validate scheme
            QCOMPARE(changed.size(), 1);
            const ChatCredentials credentials = accounts.applyTo({});
            QCOMPARE(credentials.twitchToken, QStringLiteral("at-1"));
            QCOMPARE(credentials.twitchLogin, QStringLiteral("maisonmoulin"));
            QCOMPARE(credentials.twitchClientId, QStringLiteral("client-123"));
            QCOMPARE(accounts.ownChat(ChatPlatform::Twitch), QStringLiteral("twitch:maisonmoulin"));
            const std::optional<QString> stored = keychainEntry(store, ChatPlatform::Twitch);
            QVERIFY(stored);
            QCOMPARE(OAuthTokens::fromJson(stored->toUtf8()).refreshToken, QStringLiteral("rt-1"));
        }
        // The next start: read from the keychain and checked with Twitch, no browser, no new token.
        const int tokenRequests = server.tokenRequests;
        ChatAccounts later(configs(server), &store);
        QSignalSpy settled(&later, &ChatAccounts::settled);
        QSignalSpy opened(&later, &ChatAccounts::authorizeUrlReady);
        later.load();
        QCOMPARE(later.status(ChatPlatform::Twitch).state, ChatAccounts::State::Loading);
        QVERIFY(!later.isSettled());
        QTRY_COMPARE_WITH_TIMEOUT(settled.size(), 1, 15000);
        QCOMPARE(later.status(ChatPlatform::Twitch).state, ChatAccounts::State::SignedIn);
        QCOMPARE(later.applyTo({}).twitchToken, QStringLiteral("at-1"));
        QCOMPARE(server.tokenRequests, tokenRequests);
        QVERIFY(opened.isEmpty());
        // Not signed in elsewhere: a state, not an error.
        QCOMPARE(later.status(ChatPlatform::YouTube).state, ChatAccounts::State::SignedOut);
        QCOMPARE(later.describe(ChatPlatform::YouTube), QStringLiteral("Not signed in."));

        // Signed out: the keychain entry is gone and the chats are told.
        QSignalSpy changed(&later, &ChatAccounts::accountChanged);
        later.signOut(ChatPlatform::Twitch);
        QVERIFY(waitForState(later, ChatPlatform::Twitch, ChatAccounts::State::SignedOut));
        QCOMPARE(changed.size(), 1);
        QVERIFY(!keychainEntry(store, ChatPlatform::Twitch));
        QVERIFY(later.applyTo({}).twitchToken.isEmpty());
    }

    void anExpiredTokenIsRenewedAndARevokedOneSaysSignInAgain()
    {
        if (!inKeyring())
            QSKIP("run through run-with-keyring.sh");
        FakeAuthServer server;
        QVERIFY(server.listen());
        server.expiresIn = 30; // inside the one-minute margin: expired at the next start
        TokenStore store(service());
        {
            ChatAccounts accounts(configs(server), &store);
            actAsBrowser(accounts);
            QString error;
            QVERIFY2(accounts.signIn(ChatPlatform::YouTube, &error), qPrintable(error));
            QVERIFY(waitForState(accounts, ChatPlatform::YouTube, ChatAccounts::State::SignedIn));
            QCOMPARE(accounts.describe(ChatPlatform::YouTube), QStringLiteral("Signed in as Maison Moulin."));
            QCOMPARE(server.lastAuthorization, QByteArray("Bearer at-1"));
            QCOMPARE(accounts.ownChat(ChatPlatform::YouTube), QStringLiteral("youtube:mine"));
        }
        ChatAccounts later(configs(server), &store);
        later.load();
        QVERIFY(waitForState(later, ChatPlatform::YouTube, ChatAccounts::State::SignedIn));
        QCOMPARE(later.applyTo({}).youtubeToken, QStringLiteral("at-2")); // renewed at load
        QCOMPARE(OAuthTokens::fromJson(keychainEntry(store, ChatPlatform::YouTube)->toUtf8()).refreshToken,
                 QStringLiteral("rt-2"));

        // Revoked on the platform, and the refresh token with it: expired, with what to do.
        server.revokeAll = true;
        server.validRefresh.clear();
        ChatAccounts revoked(configs(server), &store);
        revoked.load();
        QVERIFY(waitForState(revoked, ChatPlatform::YouTube, ChatAccounts::State::Expired));
        QVERIFY2(revoked.describe(ChatPlatform::YouTube).contains(QStringLiteral("sign in again")),
                 qPrintable(revoked.describe(ChatPlatform::YouTube)));
        QVERIFY(!revoked.hasToken(ChatPlatform::YouTube));
        QVERIFY(revoked.applyTo({}).youtubeToken.isEmpty());
    }

    void aTokenIsRenewedBeforeItExpiresDuringTheShow()
    {
        if (!inKeyring())
            QSKIP("run through run-with-keyring.sh");
        FakeAuthServer server;
        QVERIFY(server.listen());
        server.expiresIn = 5; // due for renewal two seconds from now (renewed three seconds early)
        TokenStore store(service());
        ChatAccounts accounts(configs(server), &store);
        accounts.setRenewalMargin(3);
        actAsBrowser(accounts);
        QSignalSpy renewed(&accounts, &ChatAccounts::tokenRenewed);
        QSignalSpy changed(&accounts, &ChatAccounts::accountChanged);
        QString error;
        QVERIFY2(accounts.signIn(ChatPlatform::Facebook, &error), qPrintable(error));
        QVERIFY(waitForState(accounts, ChatPlatform::Facebook, ChatAccounts::State::SignedIn));
        QCOMPARE(accounts.describe(ChatPlatform::Facebook),
                 QStringLiteral("Signed in as Camille Moulin, reading the page Maison Moulin."));
        // A page's live comments are read with the page's token.
        QCOMPARE(accounts.applyTo({}).facebookToken, QStringLiteral("page-token-1"));
        QTRY_COMPARE_WITH_TIMEOUT(renewed.size(), 1, 15000);
        QCOMPARE(renewed.first().at(0).value<ChatPlatform>(), ChatPlatform::Facebook);
        QCOMPARE(changed.size(), 1); // the sign-in; the renewal keeps the same account
        QCOMPARE(server.currentAccess, QStringLiteral("at-2"));
        QCOMPARE(server.lastAuthorization, QByteArray("Bearer at-2"));
    }

    void theChatsDialogSignsInAndAddsTheOwnChat()
    {
        if (!inKeyring())
            QSKIP("run through run-with-keyring.sh");
        FakeAuthServer server;
        QVERIFY(server.listen());
        TokenStore store(service());
        ChatAccounts accounts(configs(server), &store);
        actAsBrowser(accounts);
        accounts.load();
        QTRY_VERIFY_WITH_TIMEOUT(accounts.isSettled(), 15000);
        ChatSourcesDialog dialog({}, &accounts);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* status = dialog.findChild<QLabel*>(QStringLiteral("accountStatus_twitch"));
        auto* signIn = dialog.findChild<QPushButton*>(QStringLiteral("accountSignIn_twitch"));
        auto* ownChat = dialog.findChild<QPushButton*>(QStringLiteral("accountOwnChat_twitch"));
        QVERIFY(status && signIn && ownChat);
        QCOMPARE(signIn->text(), QStringLiteral("Sign in…"));
        QVERIFY(!ownChat->isEnabled());
        QTest::mouseClick(signIn, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("Signed in as maisonmoulin."), 15000);
        QCOMPARE(signIn->text(), QStringLiteral("Sign out"));
        QVERIFY(ownChat->isEnabled());
        QTest::mouseClick(ownChat, Qt::LeftButton);
        QCOMPARE(dialog.specs(), QStringList{QStringLiteral("twitch:maisonmoulin")});
        auto* list = dialog.findChild<QListWidget*>(QStringLiteral("chatSourceList"));
        QCOMPARE(list->item(0)->text(), QStringLiteral("Twitch — channel maisonmoulin"));
        QTest::mouseClick(signIn, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("Not signed in."), 15000);
        QVERIFY(!ownChat->isEnabled());
    }

    void theWindowsChatsUseTheSignedInAccount()
    {
        if (!inKeyring())
            QSKIP("run through run-with-keyring.sh");
        FakeAuthServer server;
        QVERIFY(server.listen());
        {
            // Signed in once (the window's keychain entry), and the platform's addresses in the settings.
            TokenStore store;
            ChatAccounts accounts(configs(server), &store);
            actAsBrowser(accounts);
            QString error;
            QVERIFY2(accounts.signIn(ChatPlatform::YouTube, &error), qPrintable(error));
            QVERIFY(waitForState(accounts, ChatPlatform::YouTube, ChatAccounts::State::SignedIn));
        }
        QSettings settings;
        for (const OAuthConfig& config : configs(server))
            config.save(settings);
        settings.sync();
        // "Add my chat" on YouTube, with the API on the local server.
        ChatSources{{QStringLiteral("youtube:mine@") + server.base() + QStringLiteral("/youtube/v3")}}.save();

        ChatHub hub;
        ChatDock dock(&hub);
        dock.connectSavedChats();
        // Nothing connects before the accounts are read: the chat starts once, with the token.
        QVERIFY(hub.connectors().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(hub.connectors().size(), 1, 15000);
        QCOMPARE(dock.accounts()->status(ChatPlatform::YouTube).state, ChatAccounts::State::SignedIn);
        auto requestTo = [&server](const QString& path) -> std::optional<std::pair<QUrl, QByteArray>> {
            for (const auto& request : std::as_const(server.apiRequests))
                if (request.first.path() == path)
                    return request;
            return std::nullopt;
        };
        // The signed-in channel's active broadcast, then its chat, both with the account's token.
        QTRY_VERIFY_WITH_TIMEOUT(requestTo(QStringLiteral("/youtube/v3/liveChat/messages")), 15000);
        const auto broadcasts = requestTo(QStringLiteral("/youtube/v3/liveBroadcasts"));
        QVERIFY(broadcasts);
        QCOMPARE(QUrlQuery(broadcasts->first).queryItemValue(QStringLiteral("broadcastStatus")),
                 QStringLiteral("active"));
        QCOMPARE(broadcasts->second, QByteArray("Bearer at-1"));
        const auto messages = requestTo(QStringLiteral("/youtube/v3/liveChat/messages"));
        QCOMPARE(QUrlQuery(messages->first).queryItemValue(QStringLiteral("liveChatId")),
                 QStringLiteral("chat-mine-1"));
        QCOMPARE(messages->second, QByteArray("Bearer at-1"));
        QVERIFY(hub.connectors().first()->capabilities().testFlag(ChatConnector::CanSend));
    }

    void saysWhenThereIsNoKeychain()
    {
        if (inKeyring())
            QSKIP("run without a keychain");
        FakeAuthServer server;
        QVERIFY(server.listen());
        TokenStore store(service());
        ChatAccounts accounts(configs(server), &store);
        QSignalSpy settled(&accounts, &ChatAccounts::settled);
        accounts.load();
        QTRY_COMPARE_WITH_TIMEOUT(settled.size(), 1, 30000);
        QCOMPARE(accounts.status(ChatPlatform::Twitch).state, ChatAccounts::State::NoKeychain);
        QVERIFY2(accounts.describe(ChatPlatform::Twitch).contains(QStringLiteral("keychain")),
                 qPrintable(accounts.describe(ChatPlatform::Twitch)));
        ChatAccountsPanel panel(&accounts);
        auto* signIn = panel.findChild<QPushButton*>(QStringLiteral("accountSignIn_youtube"));
        QVERIFY(signIn && !signIn->isEnabled()); // nowhere to keep a sign-in safely
    }
};

QTEST_MAIN(ChatAccountsTest)
#include "ChatAccountsTest.moc"
