// Posting and moderation against local servers speaking each platform's real API: YouTube Data API v3
// (liveChatMessages.insert/delete, liveChatBans.insert), Twitch Helix (users, chat/messages, moderation/chat,
// moderation/bans) and the Facebook Graph API (comments). Each request is checked for its method, path,
// query, headers and body; capabilities follow the credentials, and a refused token says so plainly.
#include "ApiHttpServer.h"

#include "chat/ChatConnectorFactory.h"
#include "chat/FacebookConnector.h"
#include "chat/TwitchConnector.h"
#include "chat/YouTubeConnector.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace vitrine;

namespace {

constexpr int kTimeout = 10000;
using Caps = ChatConnector::Capabilities;
const Caps kAll =
    ChatConnector::CanSend | ChatConnector::CanDelete | ChatConnector::CanTimeout | ChatConnector::CanBan;

QJsonObject json(const QByteArray& body)
{
    return QJsonDocument::fromJson(body).object();
}

QString lastError(const QSignalSpy& spy)
{
    return spy.isEmpty() ? QString() : spy.last().at(0).toString();
}

} // namespace

class ChatActionsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void youTubeWritesThroughTheDataApi()
    {
        ApiHttpServer server;
        server.serve(QStringLiteral("POST /youtube/v3/liveChat/messages"), 200, R"({"id":"NEW"})");
        server.serve(QStringLiteral("DELETE /youtube/v3/liveChat/messages"), 204);
        server.serve(QStringLiteral("POST /youtube/v3/liveChat/bans"), 200, R"({"id":"BAN"})");
        YouTubeConnector youtube(QStringLiteral("CHAT1"), {}, QStringLiteral("ya29.TOKEN"),
                                 server.url(QStringLiteral("/youtube/v3")));
        QSignalSpy errors(&youtube, &ChatConnector::errorOccurred);
        QCOMPARE(youtube.capabilities(), kAll);
        QVERIFY(youtube.capabilityReason(ChatConnector::CanBan).isEmpty());

        QVERIFY(youtube.sendMessage(QStringLiteral("Le moulin est à 89,90 € !")));
        QTRY_COMPARE_WITH_TIMEOUT(server.requests.size(), 1, kTimeout);
        const ApiHttpServer::Request post = server.requests.at(0);
        QCOMPARE(post.method, QStringLiteral("POST"));
        QCOMPARE(post.path, QStringLiteral("/youtube/v3/liveChat/messages"));
        QCOMPARE(post.query.queryItemValue(QStringLiteral("part")), QStringLiteral("snippet"));
        QVERIFY(!post.query.hasQueryItem(QStringLiteral("key")));
        QCOMPARE(post.headers.value("authorization"), QByteArray("Bearer ya29.TOKEN"));
        QVERIFY(post.headers.value("content-type").startsWith("application/json"));
        QCOMPARE(json(post.body), json(R"({"snippet":{"liveChatId":"CHAT1","type":"textMessageEvent",
                          "textMessageDetails":{"messageText":"Le moulin est à 89,90 € !"}}})"));

        QVERIFY(youtube.deleteMessage(QStringLiteral("MSG.42")));
        QTRY_COMPARE_WITH_TIMEOUT(server.requests.size(), 2, kTimeout);
        const ApiHttpServer::Request deletion = server.requests.at(1);
        QCOMPARE(deletion.method, QStringLiteral("DELETE"));
        QCOMPARE(deletion.path, QStringLiteral("/youtube/v3/liveChat/messages"));
        QCOMPARE(deletion.query.queryItemValue(QStringLiteral("id")), QStringLiteral("MSG.42"));
        QCOMPARE(deletion.headers.value("authorization"), QByteArray("Bearer ya29.TOKEN"));

        QVERIFY(youtube.timeoutAuthor(QStringLiteral("UCtroll"), 300));
        QTRY_COMPARE_WITH_TIMEOUT(server.requests.size(), 3, kTimeout);
        const ApiHttpServer::Request timeout = server.requests.at(2);
        QCOMPARE(timeout.method + u' ' + timeout.path, QStringLiteral("POST /youtube/v3/liveChat/bans"));
        QCOMPARE(timeout.query.queryItemValue(QStringLiteral("part")), QStringLiteral("snippet"));
        QCOMPARE(json(timeout.body), json(R"({"snippet":{"liveChatId":"CHAT1","type":"temporary",
                                              "banDurationSeconds":300,
                                              "bannedUserDetails":{"channelId":"UCtroll"}}})"));

        QVERIFY(youtube.banAuthor(QStringLiteral("UCspam")));
        QTRY_COMPARE_WITH_TIMEOUT(server.requests.size(), 4, kTimeout);
        QCOMPARE(json(server.requests.at(3).body),
                 json(R"({"snippet":{"liveChatId":"CHAT1","type":"permanent",
                          "bannedUserDetails":{"channelId":"UCspam"}}})"));
        QTest::qWait(50);
        QVERIFY2(errors.isEmpty(), qPrintable(lastError(errors)));
    }

    void youTubeApiKeyAloneWritesNothing()
    {
        ApiHttpServer server;
        YouTubeConnector youtube(QStringLiteral("CHAT1"), QStringLiteral("AIzaKEY"), {},
                                 server.url(QStringLiteral("/youtube/v3")));
        QSignalSpy errors(&youtube, &ChatConnector::errorOccurred);
        QCOMPARE(youtube.capabilities(), Caps());
        const QString reason = youtube.capabilityReason(ChatConnector::CanSend);
        QCOMPARE(reason, QStringLiteral("YouTube: signed in with an API key only — sign in to post"));
        QVERIFY(youtube.capabilityReason(ChatConnector::CanBan).contains(QStringLiteral("API key only")));
        QVERIFY(!youtube.sendMessage(QStringLiteral("hello")));
        QVERIFY(!youtube.deleteMessage(QStringLiteral("M")));
        QVERIFY(!youtube.timeoutAuthor(QStringLiteral("UC"), 60));
        QVERIFY(!youtube.banAuthor(QStringLiteral("UC")));
        QCOMPARE(errors.size(), 4);
        QCOMPARE(errors.first().at(0).toString(), reason);
        QTest::qWait(50);
        QVERIFY(server.requests.isEmpty());
    }

    void youTubeExpiredTokenSaysSignInAgain()
    {
        ApiHttpServer server;
        server.serve(QStringLiteral("POST /youtube/v3/liveChat/messages"), 401,
                     R"({"error":{"code":401,"message":"Request had invalid authentication credentials.",
                         "errors":[{"reason":"authError","message":"Invalid Credentials"}]}})");
        YouTubeConnector youtube(QStringLiteral("CHAT1"), {}, QStringLiteral("ya29.EXPIRED"),
                                 server.url(QStringLiteral("/youtube/v3")));
        QSignalSpy errors(&youtube, &ChatConnector::errorOccurred);
        QVERIFY(youtube.sendMessage(QStringLiteral("hello")));
        QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, kTimeout);
        const QString message = lastError(errors);
        QVERIFY2(message.contains(
                     QStringLiteral("YouTube refused the token: it expired or was revoked — sign in again")),
                 qPrintable(message));
        QVERIFY(!message.contains(QStringLiteral("EXPIRED")));
        // From now on the actions are greyed out with that reason, and nothing more is sent.
        QCOMPARE(youtube.capabilities(), Caps());
        QCOMPARE(youtube.capabilityReason(ChatConnector::CanDelete),
                 QStringLiteral("YouTube refused the token: it expired or was revoked — sign in again"));
        QVERIFY(!youtube.deleteMessage(QStringLiteral("M")));
        QTest::qWait(50);
        QCOMPARE(server.requests.size(), 1);
    }

    void youTubeForbiddenSaysWhy()
    {
        ApiHttpServer server;
        server.serve(QStringLiteral("POST /youtube/v3/liveChat/bans"), 403,
                     R"({"error":{"code":403,"message":"The user is not a moderator.",
                         "errors":[{"reason":"forbidden"}]}})");
        YouTubeConnector youtube(QStringLiteral("CHAT1"), {}, QStringLiteral("ya29.T"),
                                 server.url(QStringLiteral("/youtube/v3")));
        QSignalSpy errors(&youtube, &ChatConnector::errorOccurred);
        QVERIFY(youtube.banAuthor(QStringLiteral("UCx")));
        QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, kTimeout);
        QVERIFY2(lastError(errors).contains(QStringLiteral("not banned")) &&
                     lastError(errors).contains(QStringLiteral("The user is not a moderator.")),
                 qPrintable(lastError(errors)));
        QCOMPARE(youtube.capabilities(), kAll); // a refusal of one action is not a refused token
    }

    void twitchHelixLooksUpIdsOnceThenActs()
    {
        ApiHttpServer server;
        server.serve(QStringLiteral("GET /helix/users?login=maisonmoulin"), 200,
                     R"({"data":[{"id":"1111","login":"maisonmoulin"}]})");
        server.serve(QStringLiteral("GET /helix/users"), 200,
                     R"({"data":[{"id":"2222","login":"moderatrice"}]})");
        server.serve(QStringLiteral("POST /helix/chat/messages"), 200,
                     R"({"data":[{"message_id":"abc","is_sent":true}]})");
        server.serve(QStringLiteral("DELETE /helix/moderation/chat"), 204);
        server.serve(QStringLiteral("POST /helix/moderation/bans"), 200, R"({"data":[{"user_id":"9"}]})");
        TwitchConnector twitch(QStringLiteral("maisonmoulin"), QStringLiteral("oauth:tok123"));
        twitch.setHelix(QStringLiteral("client-abc"), server.url());
        QSignalSpy errors(&twitch, &ChatConnector::errorOccurred);
        QCOMPARE(twitch.capabilities(), kAll);

        // Not connected to IRC: Helix posts anyway. All four wait for the ids, looked up once.
        QVERIFY(twitch.sendMessage(QStringLiteral("Code PROMO10\nvalable ce soir")));
        QVERIFY(twitch.deleteMessage(QStringLiteral("msg-uuid")));
        QVERIFY(twitch.timeoutAuthor(QStringLiteral("777"), 600));
        QVERIFY(twitch.banAuthor(QStringLiteral("888")));
        QTRY_COMPARE_WITH_TIMEOUT(server.requests.size(), 6, kTimeout);
        const QList<ApiHttpServer::Request> users = server.to(QStringLiteral("GET /helix/users"));
        QCOMPARE(users.size(), 2);
        QCOMPARE(users.at(0).query.queryItemValue(QStringLiteral("login")), QStringLiteral("maisonmoulin"));
        QVERIFY(users.at(1).query.isEmpty()); // the token's own user
        for (const ApiHttpServer::Request& request : std::as_const(server.requests)) {
            QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer tok123"));
            QCOMPARE(request.headers.value("client-id"), QByteArray("client-abc"));
        }
        const QString ids = twitch.helix()->broadcasterId() + u'/' + twitch.helix()->userId();
        QCOMPARE(ids, QStringLiteral("1111/2222"));

        const QList<ApiHttpServer::Request> sent = server.to(QStringLiteral("POST /helix/chat/messages"));
        QCOMPARE(sent.size(), 1);
        QVERIFY(sent.at(0).headers.value("content-type").startsWith("application/json"));
        QCOMPARE(json(sent.at(0).body), json(R"({"broadcaster_id":"1111","sender_id":"2222",
                                                 "message":"Code PROMO10 valable ce soir"})"));

        const QList<ApiHttpServer::Request> deleted =
            server.to(QStringLiteral("DELETE /helix/moderation/chat"));
        QCOMPARE(deleted.size(), 1);
        QCOMPARE(deleted.at(0).query.queryItemValue(QStringLiteral("broadcaster_id")),
                 QStringLiteral("1111"));
        QCOMPARE(deleted.at(0).query.queryItemValue(QStringLiteral("moderator_id")), QStringLiteral("2222"));
        QCOMPARE(deleted.at(0).query.queryItemValue(QStringLiteral("message_id")),
                 QStringLiteral("msg-uuid"));

        const QList<ApiHttpServer::Request> bans = server.to(QStringLiteral("POST /helix/moderation/bans"));
        QCOMPARE(bans.size(), 2);
        for (const ApiHttpServer::Request& ban : bans) {
            QCOMPARE(ban.query.queryItemValue(QStringLiteral("broadcaster_id")), QStringLiteral("1111"));
            QCOMPARE(ban.query.queryItemValue(QStringLiteral("moderator_id")), QStringLiteral("2222"));
            QVERIFY(!json(ban.body)
                         .value(QLatin1String("data"))
                         .toObject()
                         .value(QLatin1String("reason"))
                         .toString()
                         .isEmpty());
        }
        QJsonObject timeout = json(bans.at(0).body).value(QLatin1String("data")).toObject();
        QJsonObject ban = json(bans.at(1).body).value(QLatin1String("data")).toObject();
        if (timeout.value(QLatin1String("user_id")) != QLatin1String("777"))
            std::swap(timeout, ban);
        QCOMPARE(timeout.value(QLatin1String("user_id")).toString(), QStringLiteral("777"));
        QCOMPARE(timeout.value(QLatin1String("duration")).toInt(), 600);
        QCOMPARE(ban.value(QLatin1String("user_id")).toString(), QStringLiteral("888"));
        QVERIFY(!ban.contains(QLatin1String("duration")));

        // Ids are kept: the next action asks for no user again.
        QVERIFY(twitch.deleteMessage(QStringLiteral("other")));
        QTRY_COMPARE_WITH_TIMEOUT(server.requests.size(), 7, kTimeout);
        QCOMPARE(server.to(QStringLiteral("GET /helix/users")).size(), 2);
        QTest::qWait(50);
        QVERIFY2(errors.isEmpty(), qPrintable(lastError(errors)));
    }

    void twitchCapabilitiesFollowTheCredentials()
    {
        TwitchConnector anonymous(QStringLiteral("maison"), {});
        anonymous.setHelix(QStringLiteral("client-abc"));
        QCOMPARE(anonymous.capabilities(), Caps());
        QVERIFY(anonymous.capabilityReason(ChatConnector::CanSend).contains(QStringLiteral("anonymously")));
        QSignalSpy anonymousErrors(&anonymous, &ChatConnector::errorOccurred);
        QVERIFY(!anonymous.sendMessage(QStringLiteral("hi")));
        QVERIFY(!anonymous.banAuthor(QStringLiteral("1")));
        QCOMPARE(anonymousErrors.size(), 2);

        // A token without the application's client id: IRC can post, Helix (moderation) is off.
        TwitchConnector ircOnly(QStringLiteral("maison"), QStringLiteral("tok"));
        QCOMPARE(ircOnly.capabilities(), Caps(ChatConnector::CanSend));
        QVERIFY(ircOnly.capabilityReason(ChatConnector::CanSend).isEmpty());
        QVERIFY(ircOnly.capabilityReason(ChatConnector::CanDelete).contains(QStringLiteral("client id")));
        QVERIFY(ircOnly.helix() == nullptr);

        // Through the factory: the client id from the credentials turns Helix on.
        ChatSpec spec;
        QVERIFY(ChatSpec::parse(QStringLiteral("twitch:maison"), &spec, nullptr));
        ChatCredentials credentials;
        credentials.twitchToken = QStringLiteral("tok");
        credentials.twitchClientId = QStringLiteral("client-abc");
        std::unique_ptr<ChatConnector> made(createChatConnector(spec, credentials, nullptr, nullptr));
        QCOMPARE(made->capabilities(), kAll);
        credentials.twitchClientId.clear();
        made.reset(createChatConnector(spec, credentials, nullptr, nullptr));
        QCOMPARE(made->capabilities(), Caps(ChatConnector::CanSend));
        qputenv("VITRINE_TWITCH_CLIENT_ID", " client-env ");
        QCOMPARE(ChatCredentials::fromEnvironment().twitchClientId, QStringLiteral("client-env"));
        qunsetenv("VITRINE_TWITCH_CLIENT_ID");
    }

    void twitchDroppedMessageAndRefusedToken()
    {
        ApiHttpServer server;
        server.serve(QStringLiteral("GET /helix/users"), 200, R"({"data":[{"id":"42"}]})");
        server.serve(QStringLiteral("POST /helix/chat/messages"), 200,
                     R"({"data":[{"message_id":"","is_sent":false,
                         "drop_reason":{"code":"msg_duplicate","message":"Your message is identical"}}]})");
        server.serve(QStringLiteral("DELETE /helix/moderation/chat"), 401,
                     R"({"error":"Unauthorized","status":401,"message":"Invalid OAuth token"})");
        TwitchConnector twitch(QStringLiteral("maison"), QStringLiteral("tok-secret"));
        twitch.setHelix(QStringLiteral("cid"), server.url());
        QSignalSpy errors(&twitch, &ChatConnector::errorOccurred);
        QVERIFY(twitch.sendMessage(QStringLiteral("again")));
        QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, kTimeout);
        QVERIFY2(lastError(errors).contains(QStringLiteral("Your message is identical")),
                 qPrintable(lastError(errors)));
        QVERIFY(twitch.deleteMessage(QStringLiteral("m1")));
        QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 2, kTimeout);
        QVERIFY2(lastError(errors).contains(
                     QStringLiteral("Twitch refused the token: it expired or was revoked — sign in again")),
                 qPrintable(lastError(errors)));
        QVERIFY(!lastError(errors).contains(QStringLiteral("tok-secret")));
        QCOMPARE(twitch.capabilities(), Caps());
        QVERIFY(
            twitch.capabilityReason(ChatConnector::CanSend).contains(QStringLiteral("refused the token")));
    }

    void twitchUnknownChannelDropsWhatWaited()
    {
        ApiHttpServer server;
        server.serve(QStringLiteral("GET /helix/users"), 200, R"({"data":[]})");
        TwitchConnector twitch(QStringLiteral("nobody"), QStringLiteral("tok"));
        twitch.setHelix(QStringLiteral("cid"), server.url());
        QSignalSpy errors(&twitch, &ChatConnector::errorOccurred);
        QVERIFY(twitch.sendMessage(QStringLiteral("hello")));
        QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, kTimeout);
        QVERIFY2(lastError(errors).contains(QStringLiteral("nobody")), qPrintable(lastError(errors)));
        QTest::qWait(50);
        QCOMPARE(server.requests.size(), 1);
        QVERIFY(server.to(QStringLiteral("POST /helix/chat/messages")).isEmpty());
    }

    void facebookCommentsAndDeletesThroughTheGraphApi()
    {
        ApiHttpServer server;
        server.serve(QStringLiteral("POST /VID9/comments"), 200, R"({"id":"VID9_555"})");
        server.serve(QStringLiteral("DELETE /VID9_123"), 200, R"({"success":true})");
        FacebookConnector facebook(QStringLiteral("VID9"), QStringLiteral("EAAPAGE"), server.url());
        facebook.setGraphEndpoint(server.url());
        QSignalSpy errors(&facebook, &ChatConnector::errorOccurred);
        QCOMPARE(facebook.capabilities(), Caps(ChatConnector::CanSend | ChatConnector::CanDelete));

        QVERIFY(facebook.sendMessage(QStringLiteral("Merci & à bientôt +1 = 100 %")));
        QTRY_COMPARE_WITH_TIMEOUT(server.requests.size(), 1, kTimeout);
        const ApiHttpServer::Request post = server.requests.at(0);
        QCOMPARE(post.method + u' ' + post.path, QStringLiteral("POST /VID9/comments"));
        QVERIFY(post.query.isEmpty()); // the token travels in the body, not in the URL
        QVERIFY(post.headers.value("content-type").startsWith("application/x-www-form-urlencoded"));
        const QUrlQuery form(QString::fromUtf8(post.body));
        QCOMPARE(form.queryItemValue(QStringLiteral("message"), QUrl::FullyDecoded),
                 QStringLiteral("Merci & à bientôt +1 = 100 %"));
        QCOMPARE(form.queryItemValue(QStringLiteral("access_token")), QStringLiteral("EAAPAGE"));

        QVERIFY(facebook.deleteMessage(QStringLiteral("VID9_123")));
        QTRY_COMPARE_WITH_TIMEOUT(server.requests.size(), 2, kTimeout);
        QCOMPARE(server.requests.at(1).method + u' ' + server.requests.at(1).path,
                 QStringLiteral("DELETE /VID9_123"));
        QCOMPARE(server.requests.at(1).query.queryItemValue(QStringLiteral("access_token")),
                 QStringLiteral("EAAPAGE"));
        QTest::qWait(50);
        QVERIFY2(errors.isEmpty(), qPrintable(lastError(errors)));

        // No time-out or ban for live commenters in the Graph API: refused with that reason, nothing sent.
        const QString reason = QStringLiteral("Facebook does not let pages time out or ban live commenters");
        QCOMPARE(facebook.capabilityReason(ChatConnector::CanTimeout), reason);
        QCOMPARE(facebook.capabilityReason(ChatConnector::CanBan), reason);
        QVERIFY(!facebook.timeoutAuthor(QStringLiteral("u1"), 60));
        QVERIFY(!facebook.banAuthor(QStringLiteral("u1")));
        QCOMPARE(lastError(errors), reason);
        QTest::qWait(50);
        QCOMPARE(server.requests.size(), 2);
    }

    void factoryPointsFacebooksGraphWritesAtTheGivenEndpoint()
    {
        ApiHttpServer server;
        server.serve(QStringLiteral("POST /VID9/comments"), 200, R"({"id":"VID9_1"})");
        ChatSpec spec;
        QString error;
        QVERIFY2(ChatSpec::parse(QStringLiteral("facebook:VID9@") + server.url().toString(), &spec, &error),
                 qPrintable(error));
        ChatCredentials credentials;
        credentials.facebookToken = QStringLiteral("EAAPAGE");
        std::unique_ptr<ChatConnector> facebook(createChatConnector(spec, credentials, nullptr, &error));
        QVERIFY2(facebook, qPrintable(error));
        QVERIFY(facebook->sendMessage(QStringLiteral("Bonsoir")));
        QTRY_COMPARE_WITH_TIMEOUT(server.to(QStringLiteral("POST /VID9/comments")).size(), 1, kTimeout);
    }

    void facebookExpiredTokenSaysSignInAgain()
    {
        ApiHttpServer server;
        server.serve(QStringLiteral("POST /VID9/comments"), 400,
                     R"({"error":{"message":"Error validating access token: Session has expired",
                         "type":"OAuthException","code":190,"error_subcode":463}})");
        FacebookConnector facebook(QStringLiteral("VID9"), QStringLiteral("EAAOLD"), server.url());
        facebook.setGraphEndpoint(server.url());
        QSignalSpy errors(&facebook, &ChatConnector::errorOccurred);
        QVERIFY(facebook.sendMessage(QStringLiteral("hello")));
        QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, kTimeout);
        QVERIFY2(lastError(errors).contains(
                     QStringLiteral("Facebook refused the token: it expired or was revoked — sign in again")),
                 qPrintable(lastError(errors)));
        QVERIFY(!lastError(errors).contains(QStringLiteral("EAAOLD")));
        QCOMPARE(facebook.capabilities(), Caps());
    }

    void unreachableApiNamesTheEndpointNotTheToken()
    {
        // A closed loopback port.
        QUrl closed;
        {
            ApiHttpServer server;
            closed = server.url();
        }
        FacebookConnector facebook(QStringLiteral("VID9"), QStringLiteral("EAASECRET"), closed);
        facebook.setGraphEndpoint(closed);
        QSignalSpy errors(&facebook, &ChatConnector::errorOccurred);
        QVERIFY(facebook.deleteMessage(QStringLiteral("VID9_1")));
        QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, kTimeout);
        QVERIFY2(lastError(errors).contains(QStringLiteral("cannot reach")), qPrintable(lastError(errors)));
        QVERIFY(!lastError(errors).contains(QStringLiteral("EAASECRET")));
        QCOMPARE(facebook.capabilities(), Caps(ChatConnector::CanSend | ChatConnector::CanDelete));
    }
};

QTEST_GUILESS_MAIN(ChatActionsTest)
#include "ChatActionsTest.moc"
