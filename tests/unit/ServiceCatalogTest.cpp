// OBS Studio's list of streaming services (rtmp-services' services.json, from the obs-studio package) read as
// the destinations dialog uses it: RTMP(S) ingests only, former names found, platforms for tracked links.
#include "output/ServiceCatalog.h"

#include <QTest>

using namespace vitrine;

class ServiceCatalogTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsTheInstalledList()
    {
        QString error;
        const ServiceCatalog catalog = ServiceCatalog::load(ServiceCatalog::defaultPath(), &error);
        QVERIFY2(!catalog.isEmpty(), qPrintable(error));
        QVERIFY(catalog.services().size() > 20);
        const StreamingService* youtube = catalog.find(QStringLiteral("YouTube - RTMPS"));
        QVERIFY(youtube);
        QVERIFY(youtube->common);
        QCOMPARE(youtube->platform(), QStringLiteral("youtube"));
        QVERIFY(youtube->servers.first().url.startsWith(QStringLiteral("rtmps://")));
        QVERIFY(youtube->streamKeyLink.startsWith(QStringLiteral("https://")));
        QCOMPARE(catalog.find(QStringLiteral("YouTube / YouTube Gaming")), youtube); // a former name
        QCOMPARE(catalog.forServer(youtube->servers.first().url), youtube);
        QVERIFY(!catalog.find(QStringLiteral("YouTube - HLS"))); // HTTPS ingest only: not for RTMP
        QCOMPARE(catalog.find(QStringLiteral("Twitch"))->platform(), QStringLiteral("twitch"));
        QCOMPARE(catalog.find(QStringLiteral("Facebook Live"))->platform(), QStringLiteral("facebook"));
        for (const StreamingService& service : catalog.services())
            for (const StreamingService::Server& server : service.servers)
                QVERIFY2(server.url.startsWith(QStringLiteral("rtmp")), qPrintable(server.url));
        const QList<StreamingService> sorted = catalog.sortedForPicking();
        QVERIFY(sorted.first().common);
        QVERIFY(!sorted.last().common);
        QCOMPARE(ServiceCatalog::installed().services().size(), catalog.services().size());
        // The service a platform of the destinations dialog goes through: OBS's common one.
        QCOMPARE(catalog.forPlatform(u"youtube"), youtube);
        QCOMPARE(catalog.forPlatform(u"facebook"), catalog.find(QStringLiteral("Facebook Live")));
        QVERIFY(catalog.forPlatform(u"tiktok") == nullptr); // server and key typed, from TikTok LIVE Producer
    }

    void capsBySizeAndFrameRateFromTheBitrateMatrix()
    {
        // Facebook Live's entry, as OBS lists it: a matrix below the overall cap.
        QString error;
        const ServiceCatalog catalog = ServiceCatalog::fromJson(R"({"services": [{"name": "Facebook Live",
            "recommended": {"keyint": 2, "max video bitrate": 9000, "max audio bitrate": 128,
              "bitrate matrix": [{"res": "1280x720", "fps": 30, "max bitrate": 4000},
                                 {"res": "1280x720", "fps": 60, "max bitrate": 6000},
                                 {"res": "oops", "fps": 30, "max bitrate": 1}]},
            "servers": [{"name": "Default", "url": "rtmps://rtmp-api.facebook.com:443/rtmp/"}]}]})",
                                                                &error);
        QVERIFY2(!catalog.isEmpty(), qPrintable(error));
        const StreamingService& facebook = catalog.services().first();
        QCOMPARE(facebook.bitrateMatrix.size(), 2); // the malformed size is left out
        QCOMPARE(facebook.maxVideoBitrateKbps(QSize(1280, 720), 30.0), 4000);
        QCOMPARE(facebook.maxVideoBitrateKbps(QSize(720, 1280), 29.97), 4000); // vertical, NTSC rate
        QCOMPARE(facebook.maxVideoBitrateKbps(QSize(1280, 720), 60.0), 6000);
        QCOMPARE(facebook.maxVideoBitrateKbps(QSize(1920, 1080), 30.0), 9000); // not listed: the overall cap

        Destination live{QStringLiteral("Facebook"), QStringLiteral("facebook"),
                         QStringLiteral("rtmp://127.0.0.1:1935/live"), QStringLiteral("k")};
        live.service = QStringLiteral("Facebook Live");
        EncoderSettings encoders;
        encoders.videoBitrateKbps = 6000;
        encoders.audioBitrateKbps = 160;
        const ServiceCatalog::EncoderFit fit = catalog.fit(live, encoders, QSize(720, 1280), 30.0);
        QCOMPARE(fit.settings.videoBitrateKbps, 4000);
        QCOMPARE(fit.settings.audioBitrateKbps, 128);
        QCOMPARE(fit.settings.keyframeIntervalSeconds, 2);
        QCOMPARE(fit.changes.size(), 2);
        QVERIFY2(fit.changes.first().contains(QStringLiteral("720×1280")), qPrintable(fit.changes.first()));
    }

    void keepsOnlyWhatThisStudioCanSend()
    {
        QString error;
        // A service with an HLS server besides its RTMPS one, an FTL-only service, a WHIP-only one.
        const ServiceCatalog catalog =
            ServiceCatalog::load(QStringLiteral(VITRINE_TEST_DATA_DIR "/services-sample.json"), &error);
        QCOMPARE(catalog.services().size(), 1);
        const StreamingService& shop = catalog.services().first();
        QCOMPARE(shop.servers.size(), 1);
        QCOMPARE(shop.maxVideoKbps, 4500);
        QCOMPARE(shop.keyframeIntervalSeconds, 2);
        QCOMPARE(shop.platform(), QStringLiteral("custom"));

        Destination shopLive{QStringLiteral("Boutique"), QStringLiteral("custom"),
                             QStringLiteral("rtmps://live.shop.example:443/app"), QStringLiteral("k")};
        const QSize hd(1280, 720);
        EncoderSettings encoders; // 2500 kbps, a keyframe every 2 s
        ServiceCatalog::EncoderFit fit = catalog.fit(shopLive, encoders, hd, 30.0);
        QCOMPARE(fit.settings, encoders);
        QVERIFY(fit.changes.isEmpty());
        encoders.videoBitrateKbps = 6000;
        encoders.keyframeIntervalSeconds = 4;
        fit = catalog.fit(shopLive, encoders, hd, 30.0); // found by its server
        QCOMPARE(fit.settings.videoBitrateKbps, 4500);
        QCOMPARE(fit.settings.keyframeIntervalSeconds, 2);
        QCOMPARE(fit.settings.audioBitrateKbps, encoders.audioBitrateKbps); // no audio cap
        QCOMPARE(fit.changes.size(), 2);
        QVERIFY2(fit.changes.first().contains(QStringLiteral("4500")) &&
                     fit.changes.first().contains(QStringLiteral("6000")),
                 qPrintable(fit.changes.first()));
        shopLive.server = QStringLiteral("rtmp://127.0.0.1:1935/live");
        QCOMPARE(catalog.fit(shopLive, encoders, hd, 30.0).settings, encoders); // a custom server: as is
        shopLive.service = QStringLiteral("Shop Live");
        QCOMPARE(catalog.fit(shopLive, encoders, hd, 30.0).changes.size(), 2);

        const ServiceCatalog broken = ServiceCatalog::fromJson("{\"services\": ", &error);
        QVERIFY(broken.isEmpty());
        QVERIFY(error.contains(QStringLiteral("not valid JSON")));
        const ServiceCatalog missing =
            ServiceCatalog::load(QStringLiteral("/nonexistent/services.json"), &error);
        QVERIFY(missing.isEmpty());
        QVERIFY(error.contains(QStringLiteral("/nonexistent/services.json")));
    }
};

QTEST_GUILESS_MAIN(ServiceCatalogTest)
#include "ServiceCatalogTest.moc"
