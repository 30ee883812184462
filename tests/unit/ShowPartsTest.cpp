#include "show/CatalogueJson.h"
#include "show/Platform.h"
#include "show/PromoCode.h"
#include "show/RunOfShow.h"
#include "show/TrackedLink.h"

#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace vitrine;

class ShowPartsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void decoratesLinksPerPlatform()
    {
        const QUrl url(
            trackedLink(QStringLiteral("https://shop.example/products/moulin?variant=42&utm_source=old"),
                        QStringLiteral("YouTube"), QStringLiteral("demo-moulin")));
        const QUrlQuery query(url);
        QCOMPARE(url.host(), QStringLiteral("shop.example"));
        QCOMPARE(query.queryItemValue(QStringLiteral("variant")), QStringLiteral("42"));
        QCOMPARE(query.allQueryItemValues(QStringLiteral("utm_source")),
                 QStringList{QStringLiteral("youtube")});
        QCOMPARE(query.queryItemValue(QStringLiteral("utm_medium")), QStringLiteral("live"));
        QCOMPARE(query.queryItemValue(QStringLiteral("utm_campaign")), QStringLiteral("demo-moulin"));
        // Not a URL: left alone rather than mangled.
        QCOMPARE(trackedLink(QStringLiteral("moulin"), QStringLiteral("twitch"), QStringLiteral("x")),
                 QStringLiteral("moulin"));
    }

    // One table says what a platform is; keys are what show files and chat specs hold.
    void platformTable()
    {
        QSet<QString> keys;
        for (const PlatformInfo& platform : Platform::all()) {
            const QString key = platform.key;
            QVERIFY2(!keys.contains(key), qPrintable(key));
            keys.insert(key);
            QCOMPARE(key, key.toLower());
            QVERIFY(!platform.name().isEmpty());
            QVERIFY(!QString(platform.utmSource).isEmpty());
            QVERIFY(platform.rgb <= 0xFFFFFFu);
            QCOMPARE(Platform::find(key), &platform);
        }
        for (const char* key : {"youtube", "facebook", "twitch", "tiktok", "instagram", "linkedin", "custom"})
            QVERIFY2(keys.contains(QLatin1String(key)), key);
        QCOMPARE(QString(Platform::custom().key), QStringLiteral("custom"));
        QCOMPARE(Platform::all().back().key, Platform::custom().key);

        QCOMPARE(Platform::find(u"YouTube"), Platform::find(u"youtube"));
        QCOMPARE(Platform::find(u"myspace"), nullptr);
        QCOMPARE(&Platform::info(u"myspace"), &Platform::custom());
        QCOMPARE(Platform::info(u"twitch").name(), QStringLiteral("Twitch"));
        QCOMPARE(Platform::info(u"youtube").rgb, 0xFF0000u);

        QCOMPARE(QString(Platform::forServiceName(u"YouTube - RTMPS").key), QStringLiteral("youtube"));
        QCOMPARE(QString(Platform::forServiceName(u"Facebook Live").key), QStringLiteral("facebook"));
        QCOMPARE(QString(Platform::forServiceName(u"Restream.io").key), QStringLiteral("custom"));

        QCOMPARE(
            Platform::suggestedLinkKeys(),
            (QStringList{QStringLiteral("youtube"), QStringLiteral("facebook"), QStringLiteral("instagram"),
                         QStringLiteral("tiktok"), QStringLiteral("twitch")}));

        // Tracked links take the table's utm_source; a key it does not know goes as it is, lower-cased.
        const auto source = [](const QString& platform) {
            return QUrlQuery(QUrl(trackedLink(QStringLiteral("https://shop.example/p"), platform,
                                              QStringLiteral("c"))))
                .queryItemValue(QStringLiteral("utm_source"));
        };
        QCOMPARE(source(QStringLiteral("TikTok")), QString(Platform::info(u"tiktok").utmSource));
        QCOMPARE(source(QStringLiteral("Newsletter")), QStringLiteral("newsletter"));
    }

    void slugsCampaigns()
    {
        QCOMPARE(campaignSlug(QStringLiteral("Le moulin à café — démo du 24/11 !")),
                 QStringLiteral("le-moulin-a-cafe-demo-du-24-11"));
        QCOMPARE(campaignSlug(QStringLiteral("  ")), QString());
    }

    void promoCodeValidityFollowsTheLive()
    {
        PromoCode promo{QStringLiteral("LIVE10"), QStringLiteral("-10 %"), 48, 0, {}};
        const QDateTime start(QDate(2026, 11, 24), QTime(18, 0), Qt::UTC);
        const QDateTime end = start.addSecs(3600);
        QVERIFY(!promo.isValidAt(start.addSecs(-1), start, std::nullopt)); // before the live
        QVERIFY(promo.isValidAt(start.addSecs(600), start, std::nullopt)); // during
        QVERIFY(promo.isValidAt(end.addSecs(47 * 3600), start, end));      // replay window
        QVERIFY(!promo.isValidAt(end.addSecs(49 * 3600), start, end));     // expired
        QVERIFY(!promo.isValidAt(start, QDateTime(), std::nullopt));       // no live yet
        QCOMPARE(PromoCode::fromJson(promo.toJson()), promo);
    }

    void runOfShowKnowsHowFarBehindItIs()
    {
        RunOfShow run;
        run.segments = {Segment{Segment::Kind::Intro, QStringLiteral("Intro"), {}, 120},
                        Segment{Segment::Kind::Product, QStringLiteral("Moulin"), QStringLiteral("M1"), 600},
                        Segment{Segment::Kind::Questions, QStringLiteral("Q&R"), {}, 300}};
        QCOMPARE(run.plannedStartSeconds(0), 0);
        QCOMPARE(run.plannedStartSeconds(2), 720);
        QCOMPARE(run.secondsBehindPlan(2, 780), 60);  // reached Q&A a minute late
        QCOMPARE(run.secondsBehindPlan(1, 100), -20); // reached the product early
        // Now: the lateness a segment started with, plus its overrun once past its planned length.
        QCOMPARE(run.secondsBehindPlanNow(1, 100, 300), -20); // early, still within its 10 min
        QCOMPARE(run.secondsBehindPlanNow(1, 100, 690), 70);  // early by 20 s, then 90 s over
        QCOMPARE(run.secondsBehindPlanNow(2, 780, 10), 60);
        QCOMPARE(RunOfShow::fromJson(run.toJson()), run);
    }

    void productFactsRoundTrip()
    {
        Product product;
        product.sku = QStringLiteral("M1");
        product.title = QStringLiteral("Moulin");
        product.price = Money{8990, QStringLiteral("EUR")};
        QVERIFY(!productToJson(product).contains(QStringLiteral("facts"))); // none: not written
        product.facts = {QStringLiteral("40 réglages"), QStringLiteral("Garantie 5 ans")};
        QStringList errors;
        QCOMPARE(productFromJson(productToJson(product), QStringLiteral("test"), &errors), product);
        QVERIFY(errors.isEmpty());
    }
};

QTEST_GUILESS_MAIN(ShowPartsTest)
#include "ShowPartsTest.moc"
