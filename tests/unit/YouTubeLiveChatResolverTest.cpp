// The YouTube live chat lookup against a local server on 127.0.0.1 speaking the YouTube Data API v3 with
// recorded-style answers: a @handle to its channel, the channel to its current live, the live to its chat;
// then what a presenter sees when the channel is not live, the video does not exist, the live has ended or
// the key is refused. Finally the connector follows a channel's chat from one live to the next.

#include "LocalHttpServer.h"

#include "chat/YouTubeConnector.h"
#include "chat/YouTubeLiveChatResolver.h"

#include <QSignalSpy>
#include <QTest>

using namespace vitrine;

namespace {

constexpr int kTimeout = 10000;
const QString kKey = QStringLiteral("AIza-test-key");
const QString kChannel = QStringLiteral("UC1234567890abcdefghij_-");
const QString kVideo = QStringLiteral("dQw4w9WgXcQ");

QString channelsPath(const QString& handle)
{
    return QStringLiteral("/channels?part=id&forHandle=@%1&key=%2").arg(handle, kKey);
}

QString searchPath(const QString& channel)
{
    return QStringLiteral("/search?part=id&channelId=%1&eventType=live&type=video&key=%2").arg(channel, kKey);
}

QString videosPath(const QString& video)
{
    return QStringLiteral("/videos?part=liveStreamingDetails&id=%1&key=%2").arg(video, kKey);
}

LocalHttpServer::Response json(const QByteArray& body, int status = 200)
{
    return {status, body, "application/json; charset=UTF-8"};
}

const QByteArray kChannelFound =
    R"({"kind":"youtube#channelListResponse","etag":"e1","pageInfo":{"totalResults":1,"resultsPerPage":5},)"
    R"("items":[{"kind":"youtube#channel","etag":"e2","id":"UC1234567890abcdefghij_-"}]})";
const QByteArray kNoChannel =
    R"({"kind":"youtube#channelListResponse","etag":"e1","pageInfo":{"totalResults":0,"resultsPerPage":5}})";
const QByteArray kLiveFound =
    R"({"kind":"youtube#searchListResponse","etag":"e3","regionCode":"FR",)"
    R"("pageInfo":{"totalResults":1,"resultsPerPage":5},)"
    R"("items":[{"kind":"youtube#searchResult","etag":"e4","id":{"kind":"youtube#video","videoId":"dQw4w9WgXcQ"}}]})";
const QByteArray kNotLive = R"({"kind":"youtube#searchListResponse","etag":"e3","regionCode":"FR",)"
                            R"("pageInfo":{"totalResults":0,"resultsPerPage":5},"items":[]})";
const QByteArray kVideoLive =
    R"({"kind":"youtube#videoListResponse","etag":"e5","items":[{"kind":"youtube#video","etag":"e6",)"
    R"("id":"dQw4w9WgXcQ","liveStreamingDetails":{"actualStartTime":"2026-12-04T20:00:00Z",)"
    R"("concurrentViewers":"31","activeLiveChatId":"Cg0KC2RRdzR3OVdnWGNR"}}],)"
    R"("pageInfo":{"totalResults":1,"resultsPerPage":1}})";
const QByteArray kVideoEnded =
    R"({"kind":"youtube#videoListResponse","items":[{"kind":"youtube#video","id":"dQw4w9WgXcQ",)"
    R"("liveStreamingDetails":{"actualStartTime":"2026-12-04T20:00:00Z","actualEndTime":"2026-12-04T21:00:00Z"}}]})";
const QByteArray kVideoNotLive =
    R"({"kind":"youtube#videoListResponse","items":[{"kind":"youtube#video","id":"dQw4w9WgXcQ"}]})";
const QByteArray kVideoUpcoming =
    R"({"kind":"youtube#videoListResponse","items":[{"kind":"youtube#video","id":"dQw4w9WgXcQ",)"
    R"("liveStreamingDetails":{"scheduledStartTime":"2026-12-05T20:00:00Z"}}]})";
const QByteArray kNoVideo =
    R"({"kind":"youtube#videoListResponse","items":[],"pageInfo":{"totalResults":0,"resultsPerPage":0}})";
const QByteArray kKeyRefused =
    R"({"error":{"code":400,"message":"API key not valid. Please pass a valid API key.",)"
    R"("errors":[{"message":"API key not valid. Please pass a valid API key.","domain":"global",)"
    R"("reason":"badRequest"}],"status":"INVALID_ARGUMENT"}})";

struct Outcome {
    QString liveChatId;
    QString videoId;
    QString reason;
    bool permanent = false;
    bool done = false;
};

Outcome resolve(const QUrl& endpoint, const QString& target)
{
    YouTubeLiveChatResolver resolver(kKey, QString(), endpoint);
    Outcome outcome;
    QObject::connect(&resolver, &YouTubeLiveChatResolver::resolved,
                     [&outcome](const QString& chat, const QString& video) {
                         outcome.liveChatId = chat;
                         outcome.videoId = video;
                         outcome.done = true;
                     });
    QObject::connect(&resolver, &YouTubeLiveChatResolver::failed,
                     [&outcome](const QString& reason, bool permanent) {
                         outcome.reason = reason;
                         outcome.permanent = permanent;
                         outcome.done = true;
                     });
    resolver.resolve(target);
    if (!QTest::qWaitFor([&outcome] { return outcome.done; }, kTimeout))
        qWarning("the lookup of %s never finished", qPrintable(target));
    return outcome;
}

} // namespace

class YouTubeLiveChatResolverTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aHandleLeadsToItsCurrentLiveChat()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        server.serve(channelsPath(QStringLiteral("maisonmoulin")), json(kChannelFound));
        server.serve(searchPath(kChannel), json(kLiveFound));
        server.serve(videosPath(kVideo), json(kVideoLive));
        const Outcome outcome = resolve(QUrl(server.url(QString())), QStringLiteral("handle=maisonmoulin"));
        QVERIFY2(outcome.reason.isEmpty(), qPrintable(outcome.reason));
        QCOMPARE(outcome.liveChatId, QStringLiteral("Cg0KC2RRdzR3OVdnWGNR"));
        QCOMPARE(outcome.videoId, kVideo);
        QCOMPARE(server.hits(channelsPath(QStringLiteral("maisonmoulin"))), 1);
        QCOMPARE(server.hits(searchPath(kChannel)), 1);
        QCOMPARE(server.hits(videosPath(kVideo)), 1);

        // A channel id skips the handle; a video id goes straight to the video.
        QCOMPARE(resolve(QUrl(server.url(QString())), u"channel=" + kChannel).liveChatId,
                 QStringLiteral("Cg0KC2RRdzR3OVdnWGNR"));
        QCOMPARE(resolve(QUrl(server.url(QString())), u"video=" + kVideo).liveChatId,
                 QStringLiteral("Cg0KC2RRdzR3OVdnWGNR"));
        QCOMPARE(server.hits(channelsPath(QStringLiteral("maisonmoulin"))), 1);
        QCOMPARE(server.hits(searchPath(kChannel)), 2);
        QCOMPARE(server.hits(videosPath(kVideo)), 3);
    }

    void whatThePresenterIsToldWhenThereIsNoChat()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        const QUrl endpoint(server.url(QString()));

        server.serve(channelsPath(QStringLiteral("nobody")), json(kNoChannel));
        Outcome outcome = resolve(endpoint, QStringLiteral("handle=nobody"));
        QCOMPARE(outcome.reason, QStringLiteral("YouTube has no channel @nobody; check the address"));
        QVERIFY(outcome.permanent);

        // Not live now: asked again later, so the chat connects when the show starts.
        server.serve(searchPath(kChannel), json(kNotLive));
        outcome = resolve(endpoint, u"channel=" + kChannel);
        QCOMPARE(outcome.reason, QStringLiteral("the channel %1 has no live broadcast right now; the chat "
                                                "connects once it goes live")
                                     .arg(kChannel));
        QVERIFY(!outcome.permanent);

        server.serve(videosPath(QStringLiteral("AAAAAAAAAAA")), json(kNoVideo));
        outcome = resolve(endpoint, QStringLiteral("video=AAAAAAAAAAA"));
        QCOMPARE(outcome.reason, QStringLiteral("YouTube has no video AAAAAAAAAAA; check the address"));
        QVERIFY(outcome.permanent);

        server.serve(videosPath(kVideo), json(kVideoEnded));
        outcome = resolve(endpoint, u"video=" + kVideo);
        QCOMPARE(outcome.reason, QStringLiteral("the live %1 has ended").arg(kVideo));
        QVERIFY(outcome.permanent);

        server.serve(videosPath(kVideo), json(kVideoNotLive));
        outcome = resolve(endpoint, u"video=" + kVideo);
        QCOMPARE(outcome.reason,
                 QStringLiteral("the video %1 is not a live broadcast, so it has no live chat").arg(kVideo));
        QVERIFY(outcome.permanent);

        server.serve(videosPath(kVideo), json(kVideoUpcoming));
        outcome = resolve(endpoint, u"video=" + kVideo);
        QVERIFY2(outcome.reason.contains(QStringLiteral("has no chat yet")), qPrintable(outcome.reason));
        QVERIFY(!outcome.permanent);

        // A refused key is said plainly and never quoted back.
        server.serve(videosPath(kVideo), json(kKeyRefused, 400));
        outcome = resolve(endpoint, u"video=" + kVideo);
        QVERIFY2(
            outcome.reason.startsWith(QStringLiteral("YouTube answered 400: badRequest API key not valid")),
            qPrintable(outcome.reason));
        QVERIFY(outcome.permanent);

        // Garbage from a proxy: try again later.
        server.serve(videosPath(kVideo), {200, "<html>captive portal</html>", "text/html"});
        outcome = resolve(endpoint, u"video=" + kVideo);
        QCOMPARE(outcome.reason, QStringLiteral("the answer is not a YouTube video list"));
        QVERIFY(!outcome.permanent);

        // Nobody listening: a network reason without the key.
        server.close();
        outcome = resolve(endpoint, u"video=" + kVideo);
        QVERIFY2(outcome.reason.startsWith(QStringLiteral("cannot reach")), qPrintable(outcome.reason));
        QVERIFY(!outcome.reason.contains(kKey));
        QVERIFY(!outcome.permanent);
    }

    void theSignedInChannelsOwnLive()
    {
        // Needs the account's token: with an API key only, it says to sign in, for good.
        LocalHttpServer server;
        QVERIFY(server.listen());
        Outcome outcome = resolve(QUrl(server.url(QString())), QStringLiteral("mine"));
        QVERIFY2(outcome.reason.contains(QStringLiteral("sign in to YouTube")), qPrintable(outcome.reason));
        QVERIFY(outcome.permanent);
        QVERIFY(YouTubeLiveChatResolver::followsChannel(QStringLiteral("mine")));

        QString videoId;
        QString chatId;
        QString error;
        QVERIFY(YouTubeLiveChatResolver::parseActiveBroadcast(
            R"({"kind":"youtube#liveBroadcastListResponse","items":[{"id":"abc","snippet":{"liveChatId":"chat-1"}}]})",
            &videoId, &chatId, &error));
        QCOMPARE(videoId, QStringLiteral("abc"));
        QCOMPARE(chatId, QStringLiteral("chat-1"));
        QVERIFY(YouTubeLiveChatResolver::parseActiveBroadcast(
            R"({"kind":"youtube#liveBroadcastListResponse"})", &videoId, &chatId, &error));
        QVERIFY(videoId.isEmpty()); // not live now
        QVERIFY(!YouTubeLiveChatResolver::parseActiveBroadcast("<html>", &videoId, &chatId, &error));
        QCOMPARE(error, QStringLiteral("the answer is not a YouTube broadcast list"));
    }

    void theConnectorFollowsTheChannelFromOneLiveToTheNext()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        server.serve(channelsPath(QStringLiteral("maisonmoulin")), json(kChannelFound));
        server.serve(searchPath(kChannel), json(kLiveFound));
        server.serve(videosPath(kVideo), json(kVideoLive));
        const QString messages =
            QStringLiteral(
                "/liveChat/"
                "messages?liveChatId=Cg0KC2RRdzR3OVdnWGNR&part=snippet,authorDetails&maxResults=2000&key=%1")
                .arg(kKey);
        server.serve(messages,
                     json(R"({"kind":"youtube#liveChatMessageListResponse","pollingIntervalMillis":5000,)"
                          R"("nextPageToken":"p2","items":[{"id":"m1","snippet":{"type":"textMessageEvent",)"
                          R"("publishedAt":"2026-12-04T20:01:00Z","displayMessage":"Bonsoir !",)"
                          R"("textMessageDetails":{"messageText":"Bonsoir !"}},)"
                          R"("authorDetails":{"channelId":"UCAna","displayName":"Ana"}}]})"));
        YouTubeConnector youtube(QStringLiteral("handle=maisonmoulin"), kKey, QString(),
                                 QUrl(server.url(QString())));
        youtube.backoff().setLimits(50, 100);
        QSignalSpy received(&youtube, &ChatConnector::messageReceived);
        youtube.start();
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, kTimeout);
        QCOMPARE(youtube.state(), ChatConnector::State::Connected);
        QCOMPARE(youtube.target(), QStringLiteral("Cg0KC2RRdzR3OVdnWGNR"));
        youtube.stop();

        // The live ends and the channel is not live again yet: a channel's chat waits for the next live
        // instead of giving up.
        server.serve(messages, json(R"({"error":{"code":403,"message":"The live chat is no longer live.",)"
                                    R"("errors":[{"reason":"liveChatEnded"}]}})",
                                    403));
        YouTubeConnector ended(QStringLiteral("channel=") + kChannel, kKey, QString(),
                               QUrl(server.url(QString())));
        ended.backoff().setLimits(50, 100);
        // The lookup finds the live, whose chat has ended; then the channel is no longer live.
        ended.start();
        QTRY_VERIFY_WITH_TIMEOUT(server.hits(messages) >= 2, kTimeout);
        server.serve(searchPath(kChannel), json(kNotLive));
        QTRY_VERIFY_WITH_TIMEOUT(ended.stateDetail().contains(QStringLiteral("no live broadcast right now")),
                                 kTimeout);
        QCOMPARE(ended.state(), ChatConnector::State::Reconnecting);

        // A video id names one live: when it has ended, the chat stops for good.
        server.serve(videosPath(kVideo), json(kVideoEnded));
        YouTubeConnector past(u"video=" + kVideo, kKey, QString(), QUrl(server.url(QString())));
        past.start();
        QTRY_COMPARE_WITH_TIMEOUT(past.state(), ChatConnector::State::Failed, kTimeout);
        QCOMPARE(past.stateDetail(), QStringLiteral("the live %1 has ended").arg(kVideo));
    }
};

QTEST_GUILESS_MAIN(YouTubeLiveChatResolverTest)
#include "YouTubeLiveChatResolverTest.moc"
