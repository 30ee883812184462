// The live dashboard's core: each platform's viewer count read from a local server speaking its API, the
// chats' lives and credentials picked for it, the figures over a replayed live, the weakest figure against
// the show's targets, and the targets in the show file (old shows still load).
#include "ApiHttpServer.h"
#include "audience/AudienceFigures.h"
#include "audience/ViewerPoller.h"
#include "chat/ChatConnectorFactory.h"
#include "chat/ChatHub.h"
#include "chat/FacebookConnector.h"
#include "chat/TwitchConnector.h"
#include "chat/YouTubeConnector.h"
#include "show/ShowDocument.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace vitrine;

class AudienceTest : public QObject {
    Q_OBJECT

private:
    // Polls one source once and waits for its answer (a sample, offline or a failure).
    static void pollOnce(ViewerPoller& poller, const ViewerSource& source)
    {
        poller.setSources({source});
        QSignalSpy sampled(&poller, &ViewerPoller::sampled);
        QSignalSpy offline(&poller, &ViewerPoller::offline);
        QSignalSpy failed(&poller, &ViewerPoller::failed);
        const qsizetype before = sampled.size() + offline.size() + failed.size();
        poller.pollNow();
        QTRY_VERIFY(sampled.size() + offline.size() + failed.size() > before);
    }

private Q_SLOTS:
    void parsesEachPlatformsAnswer()
    {
        auto youtube = ViewerPoller::parseYouTube(
            R"({"items":[{"id":"v1","liveStreamingDetails":{"concurrentViewers":"1234"}}]})");
        QVERIFY(youtube.ok);
        QCOMPARE(youtube.viewers, std::optional<int>(1234));
        youtube = ViewerPoller::parseYouTube(
            R"({"items":[{"liveStreamingDetails":{"actualEndTime":"2026-01-01T10:00:00Z"}}]})");
        QVERIFY(youtube.ok);
        QVERIFY(!youtube.viewers);
        youtube =
            ViewerPoller::parseYouTube(R"({"items":[{"liveStreamingDetails":{"concurrentViewers":"x"}}]})");
        QVERIFY(!youtube.ok);
        QVERIFY(!youtube.error.isEmpty());
        QVERIFY(!ViewerPoller::parseYouTube("<html>").ok);

        auto twitch = ViewerPoller::parseTwitch(R"({"data":[{"user_login":"maison","viewer_count":87}]})");
        QVERIFY(twitch.ok);
        QCOMPARE(twitch.viewers, std::optional<int>(87));
        twitch = ViewerPoller::parseTwitch(R"({"data":[],"pagination":{}})");
        QVERIFY(twitch.ok);
        QVERIFY(!twitch.viewers);
        QVERIFY(!ViewerPoller::parseTwitch(R"({"data":[{"viewer_count":"87"}]})").ok);
        QVERIFY(!ViewerPoller::parseTwitch(R"({"streams":[]})").ok);

        auto facebook = ViewerPoller::parseFacebook(R"({"live_views":42,"id":"444"})");
        QVERIFY(facebook.ok);
        QCOMPARE(facebook.viewers, std::optional<int>(42));
        facebook = ViewerPoller::parseFacebook(R"({"id":"444"})");
        QVERIFY(facebook.ok);
        QVERIFY(!facebook.viewers);
        QVERIFY(!ViewerPoller::parseFacebook("[1,2]").ok);
    }

    void readsYouTubeViewers()
    {
        ApiHttpServer server;
        server.serve(QStringLiteral("GET /youtube/v3/videos"), 200,
                     R"({"items":[{"id":"vid1","liveStreamingDetails":{"concurrentViewers":"321"}}]})");
        ViewerPoller poller;
        QSignalSpy sampled(&poller, &ViewerPoller::sampled);
        // An API key alone: in the query, no Authorization header.
        pollOnce(poller, {ChatPlatform::YouTube,
                          QStringLiteral("vid1"),
                          {},
                          QStringLiteral("KEY-1"),
                          {},
                          server.url(QStringLiteral("/youtube/v3"))});
        QCOMPARE(sampled.size(), 1);
        QCOMPARE(sampled.at(0).at(0).value<ChatPlatform>(), ChatPlatform::YouTube);
        QCOMPARE(sampled.at(0).at(1).toInt(), 321);
        ApiHttpServer::Request request = server.requests.last();
        QCOMPARE(request.method, QStringLiteral("GET"));
        QCOMPARE(request.path, QStringLiteral("/youtube/v3/videos"));
        QCOMPARE(request.query.queryItemValue(QStringLiteral("part")),
                 QStringLiteral("liveStreamingDetails"));
        QCOMPARE(request.query.queryItemValue(QStringLiteral("id")), QStringLiteral("vid1"));
        QCOMPARE(request.query.queryItemValue(QStringLiteral("key")), QStringLiteral("KEY-1"));
        QVERIFY(!request.headers.contains("authorization"));
        // A bearer token: in the header, no key.
        pollOnce(poller, {ChatPlatform::YouTube,
                          QStringLiteral("vid1"),
                          QStringLiteral("ya29.tok"),
                          QStringLiteral("KEY-1"),
                          {},
                          server.url(QStringLiteral("/youtube/v3"))});
        request = server.requests.last();
        QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer ya29.tok"));
        QVERIFY(!request.query.hasQueryItem(QStringLiteral("key")));
        // The live ended: offline, not a failure.
        server.serve(
            QStringLiteral("GET /youtube/v3/videos"), 200,
            R"({"items":[{"id":"vid1","liveStreamingDetails":{"actualEndTime":"2026-12-05T21:00:00Z"}}]})");
        QSignalSpy offline(&poller, &ViewerPoller::offline);
        pollOnce(poller, {ChatPlatform::YouTube,
                          QStringLiteral("vid1"),
                          {},
                          QStringLiteral("KEY-1"),
                          {},
                          server.url(QStringLiteral("/youtube/v3"))});
        QCOMPARE(offline.size(), 1);
        QCOMPARE(sampled.size(), 2);
    }

    void readsTwitchViewers()
    {
        ApiHttpServer server;
        server.serve(QStringLiteral("GET /helix/streams"), 200,
                     R"({"data":[{"user_login":"maison","type":"live","viewer_count":87}],"pagination":{}})");
        ViewerPoller poller;
        QSignalSpy sampled(&poller, &ViewerPoller::sampled);
        QSignalSpy offline(&poller, &ViewerPoller::offline);
        const ViewerSource source{ChatPlatform::Twitch,         QStringLiteral("maison"),
                                  QStringLiteral("tok-tw"),     {},
                                  QStringLiteral("client-abc"), server.url()};
        pollOnce(poller, source);
        QCOMPARE(sampled.size(), 1);
        QCOMPARE(sampled.at(0).at(1).toInt(), 87);
        const ApiHttpServer::Request request = server.requests.last();
        QCOMPARE(request.method, QStringLiteral("GET"));
        QCOMPARE(request.path, QStringLiteral("/helix/streams"));
        QCOMPARE(request.query.queryItemValue(QStringLiteral("user_login")), QStringLiteral("maison"));
        QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer tok-tw"));
        QCOMPARE(request.headers.value("client-id"), QByteArray("client-abc"));
        // Offline: Helix answers an empty list.
        server.serve(QStringLiteral("GET /helix/streams"), 200, R"({"data":[],"pagination":{}})");
        pollOnce(poller, source);
        QCOMPARE(offline.size(), 1);
        QCOMPARE(sampled.size(), 1);
    }

    void readsFacebookViewers()
    {
        ApiHttpServer server;
        server.serve(QStringLiteral("GET /444555"), 200, R"({"live_views":42,"id":"444555"})");
        ViewerPoller poller;
        QSignalSpy sampled(&poller, &ViewerPoller::sampled);
        pollOnce(poller, {ChatPlatform::Facebook,
                          QStringLiteral("444555"),
                          QStringLiteral("EAAB-page"),
                          {},
                          {},
                          server.url()});
        QCOMPARE(sampled.size(), 1);
        QCOMPARE(sampled.at(0).at(1).toInt(), 42);
        const ApiHttpServer::Request request = server.requests.last();
        QCOMPARE(request.method, QStringLiteral("GET"));
        QCOMPARE(request.path, QStringLiteral("/444555"));
        QCOMPARE(request.query.queryItemValue(QStringLiteral("fields")), QStringLiteral("live_views"));
        QCOMPARE(request.query.queryItemValue(QStringLiteral("access_token")), QStringLiteral("EAAB-page"));
    }

    void reportsMalformedAnswersAndRefusedTokens()
    {
        ApiHttpServer server;
        server.serve(QStringLiteral("GET /helix/streams"), 200, "<html>maintenance</html>");
        ViewerPoller poller;
        QSignalSpy failed(&poller, &ViewerPoller::failed);
        QSignalSpy sampled(&poller, &ViewerPoller::sampled);
        const ViewerSource twitch{ChatPlatform::Twitch,         QStringLiteral("maison"),
                                  QStringLiteral("secret-tw"),  {},
                                  QStringLiteral("client-abc"), server.url()};
        pollOnce(poller, twitch);
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.at(0).at(1).toString().contains(QStringLiteral("not a JSON object")),
                 qPrintable(failed.at(0).at(1).toString()));
        // A refused token: a clear message that never holds the token; polling goes on.
        server.serve(QStringLiteral("GET /helix/streams"), 401,
                     R"({"error":"Unauthorized","status":401,"message":"Invalid OAuth token"})");
        pollOnce(poller, twitch);
        QCOMPARE(failed.size(), 2);
        QString message = failed.at(1).at(1).toString();
        QVERIFY2(message.contains(QStringLiteral("refused the token")), qPrintable(message));
        QVERIFY(!message.contains(QStringLiteral("secret-tw")));
        server.serve(QStringLiteral("GET /444"), 401, R"({"error":{"code":190,"message":"expired"}})");
        pollOnce(poller, {ChatPlatform::Facebook,
                          QStringLiteral("444"),
                          QStringLiteral("secret-fb"),
                          {},
                          {},
                          server.url()});
        QCOMPARE(failed.size(), 3);
        message = failed.at(2).at(1).toString();
        QVERIFY2(message.contains(QStringLiteral("refused the token")), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("secret-fb")), qPrintable(message));
        QCOMPARE(sampled.size(), 0);
        // The token works again: the next round reads.
        server.serve(QStringLiteral("GET /helix/streams"), 200, R"({"data":[{"viewer_count":5}]})");
        pollOnce(poller, twitch);
        QCOMPARE(sampled.size(), 1);
    }

    void pollsWhileRunning()
    {
        ApiHttpServer server;
        server.serve(QStringLiteral("GET /helix/streams"), 200, R"({"data":[{"viewer_count":3}]})");
        ViewerPoller poller;
        QCOMPARE(poller.intervalMs(), 30000);
        poller.setIntervalMs(1000);
        poller.setSources({{ChatPlatform::Twitch,
                            QStringLiteral("maison"),
                            QStringLiteral("t"),
                            {},
                            QStringLiteral("c"),
                            server.url()}});
        QSignalSpy sampled(&poller, &ViewerPoller::sampled);
        poller.start();
        QTRY_COMPARE(sampled.size(), 1); // at once
        QTRY_COMPARE_WITH_TIMEOUT(sampled.size(), 2, 3000);
        poller.stop();
        QTest::qWait(1500);
        QCOMPARE(sampled.size(), 2);
    }

    void picksTheChatsLivesAndCredentials()
    {
        ChatHub hub;
        hub.addConnector(new YouTubeConnector(QStringLiteral("video=vid9"), QStringLiteral("KEY"), {}));
        hub.addConnector(new TwitchConnector(QStringLiteral("#maison"), QStringLiteral("oauth:tw"), {}));
        hub.addConnector(new FacebookConnector(QStringLiteral("444"), QStringLiteral("fb")));
        ChatCredentials credentials;
        credentials.youtubeApiKey = QStringLiteral("KEY");
        credentials.twitchToken = QStringLiteral("oauth:tw");
        credentials.twitchClientId = QStringLiteral("client");
        credentials.facebookToken = QStringLiteral("fb");
        QList<ViewerSource> sources = ViewerPoller::sourcesFromChats(hub, credentials);
        QCOMPARE(sources.size(), 3);
        QCOMPARE(sources.at(0).platform, ChatPlatform::YouTube);
        QCOMPARE(sources.at(0).id, QStringLiteral("vid9"));
        QCOMPARE(sources.at(0).apiKey, QStringLiteral("KEY"));
        QCOMPARE(sources.at(1).id, QStringLiteral("maison"));
        QCOMPARE(sources.at(1).token, QStringLiteral("tw"));
        QCOMPARE(sources.at(1).clientId, QStringLiteral("client"));
        QCOMPARE(sources.at(2).id, QStringLiteral("444"));
        QCOMPARE(sources.at(2).token, QStringLiteral("fb"));
        // Helix needs the client id; Facebook a token: without them those lives are left out.
        credentials.twitchClientId.clear();
        credentials.facebookToken.clear();
        sources = ViewerPoller::sourcesFromChats(hub, credentials);
        QCOMPARE(sources.size(), 1);
        QCOMPARE(sources.at(0).platform, ChatPlatform::YouTube);
    }

    void figuresOverTime()
    {
        const QDateTime start(QDate(2026, 12, 5), QTime(20, 0), Qt::UTC);
        AudienceFigures figures;
        QSignalSpy changed(&figures, &AudienceFigures::changed);
        figures.setStart(start);
        for (int i = 0; i < 3; ++i)
            figures.addMessage(ChatPlatform::Twitch, start.addSecs(10 + i));
        figures.addMessage(ChatPlatform::YouTube, start.addSecs(70));
        figures.addMessage(ChatPlatform::Twitch, start.addSecs(150));
        figures.addMessage(ChatPlatform::Twitch, start.addSecs(-30)); // before the live
        QCOMPARE(figures.chatPerMinute(ChatPlatform::Twitch), (QList<QPointF>{{0, 3}, {1, 0}, {2, 1}}));
        QCOMPARE(figures.chatPerMinute(ChatPlatform::YouTube), (QList<QPointF>{{0, 0}, {1, 1}, {2, 0}}));
        QVERIFY(figures.chatPerMinute(ChatPlatform::Facebook).isEmpty());
        QCOMPARE(figures.platforms(), (QList<ChatPlatform>{ChatPlatform::Twitch, ChatPlatform::YouTube}));

        figures.addViewers(ChatPlatform::Twitch, 100, start.addSecs(30));
        figures.addViewers(ChatPlatform::YouTube, 50, start.addSecs(60));
        figures.addViewers(ChatPlatform::Twitch, 20, start.addSecs(90));
        QCOMPARE(figures.viewers(ChatPlatform::Twitch), (QList<QPointF>{{0.5, 100}, {1.5, 20}}));
        QCOMPARE(figures.peakAudience(), 150);                       // 100, 150, 70
        QCOMPARE(figures.averageAudience(), (100.0 + 150 + 70) / 3); // over the samples
        QVERIFY(changed.size() > 0);

        figures.setBuyIntent({{QStringLiteral("MOU-1"), 4}});
        figures.setClaims({{QStringLiteral("MOU-1"), 2}, {QStringLiteral("TAS-2"), 1}});
        figures.setPinned(QStringLiteral("MOU-1"), start.addSecs(60));
        figures.setPinned(QStringLiteral("TAS-2"), start.addSecs(180));
        const QList<AudienceFigures::ProductFigures> rows = figures.products(start.addSecs(200));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).sku, QStringLiteral("MOU-1"));
        QCOMPARE(rows.at(0).buyIntent, 4);
        QCOMPARE(rows.at(0).claims, 2);
        QCOMPARE(rows.at(0).pinnedMs, 120000);
        QCOMPARE(rows.at(1).pinnedMs, 20000); // still pinned: runs to now
        QCOMPARE(figures.claimCount(), 3);

        QVERIFY(!figures.promo());
        figures.setPromo(QStringLiteral("LIVE10"), start.addSecs(120), start.addSecs(720));
        figures.setPromo({}, start.addSecs(600)); // stopped before its countdown ran out
        QCOMPARE(figures.promo()->code, QStringLiteral("LIVE10"));
        QCOMPARE(figures.promo()->start, start.addSecs(120));
        QCOMPARE(figures.promo()->end, start.addSecs(600));
    }

    void flagsTheWeakestFigure()
    {
        const QDateTime start(QDate(2026, 12, 5), QTime(20, 0), Qt::UTC);
        AudienceFigures figures;
        figures.setStart(start);
        QVERIFY(!figures.weakest(start.addSecs(600))); // no targets: nothing judged
        for (int i = 0; i < 20; ++i)                   // 4 a minute over the last five
            figures.addMessage(ChatPlatform::Twitch, start.addSecs(300 + i * 15));
        figures.addViewers(ChatPlatform::Twitch, 180, start.addSecs(400));
        figures.setClaims({{QStringLiteral("MOU-1"), 9}});
        ShowDocument::Targets targets;
        targets.chatPerMinute = 20;
        targets.peakViewers = 200;
        targets.claims = 10;
        figures.setTargets(targets);
        const QDateTime now = start.addSecs(600);
        QCOMPARE(figures.chatRate(now), 4.0);
        auto weakest = figures.weakest(now);
        QVERIFY(weakest);
        QCOMPARE(weakest->figure, AudienceFigures::Figure::ChatPerMinute);
        QCOMPARE(weakest->text, QStringLiteral("Chat is quiet: 4 msg/min against a target of 20"));
        // The chat meets its target: the claims (30 %) are now further behind than the audience (90 %).
        targets.chatPerMinute = 4;
        targets.claims = 30;
        figures.setTargets(targets);
        weakest = figures.weakest(now);
        QCOMPARE(weakest->figure, AudienceFigures::Figure::Claims);
        QCOMPARE(weakest->text, QStringLiteral("Claims are behind: 9 against a target of 30"));
        targets.claims = 5;
        figures.setTargets(targets);
        QCOMPARE(figures.weakest(now)->text,
                 QStringLiteral("Audience is low: a peak of 180 viewers against a target of 200"));
        targets.peakViewers = 100;
        figures.setTargets(targets);
        QVERIFY(!figures.weakest(now)); // every target met
    }

    void showFilesKeepTargets()
    {
        QString error;
        // An old show (no targets) loads as before, with none set, and saves without them.
        const auto demo =
            ShowDocument::load(QStringLiteral(VITRINE_SOURCE_DIR "/resources/demo/demo.vitrine"), &error);
        QVERIFY2(demo, qPrintable(error));
        QVERIFY(demo->targets.isEmpty());
        QVERIFY(!demo->toJson().contains("\"targets\""));
        ShowDocument show = *demo;
        show.targets.peakViewers = 500;
        show.targets.chatPerMinute = 12.5;
        show.targets.claims = 40;
        const auto again = ShowDocument::fromJson(show.toJson(), QStringLiteral("show.vitrine"), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->targets, show.targets);
        QCOMPARE(*again, show);
    }
};

QTEST_GUILESS_MAIN(AudienceTest)
#include "AudienceTest.moc"
