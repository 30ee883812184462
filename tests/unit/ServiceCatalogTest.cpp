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

    void keepsOnlyWhatThisStudioCanSend()
    {
        QString error;
        // A service with an HLS server besides its RTMPS one, an FTL-only service, a WHIP-only one.
        const ServiceCatalog catalog =
            ServiceCatalog::load(QStringLiteral(VITRINE_TEST_DATA_DIR "/services-sample.json"), &error);
        QCOMPARE(catalog.services().size(), 1);
        const StreamingService& shop = catalog.services().first();
        QCOMPARE(shop.servers.size(), 1);
        QCOMPARE(shop.maxVideoBitrateKbps, 4500);
        QCOMPARE(shop.keyframeIntervalSeconds, 2);
        QCOMPARE(shop.platform(), QStringLiteral("custom"));

        Destination shopLive{QStringLiteral("Boutique"), QStringLiteral("custom"),
                             QStringLiteral("rtmps://live.shop.example:443/app"), QStringLiteral("k")};
        EncoderSettings encoders; // 2500 kbps, a keyframe every 2 s
        QVERIFY(catalog.limitWarnings(shopLive, encoders).isEmpty());
        encoders.videoBitrateKbps = 6000;
        encoders.keyframeIntervalSeconds = 4;
        const QStringList warnings = catalog.limitWarnings(shopLive, encoders); // found by its server
        QCOMPARE(warnings.size(), 2);
        QVERIFY2(warnings.first().contains(QStringLiteral("4500")) &&
                     warnings.first().contains(QStringLiteral("6000")),
                 qPrintable(warnings.first()));
        shopLive.server = QStringLiteral("rtmp://127.0.0.1:1935/live");
        QVERIFY(catalog.limitWarnings(shopLive, encoders).isEmpty()); // a custom server: nothing to say
        shopLive.service = QStringLiteral("Shop Live");
        QCOMPARE(catalog.limitWarnings(shopLive, encoders).size(), 2);

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
