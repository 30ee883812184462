#include "LocalHttpServer.h"

#include "show/ShowStore.h"
#include "show/StockRefresher.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vitrine;

class StockRefresherTest : public QObject {
    Q_OBJECT

    static Product product(const QString& sku, std::optional<int> stock)
    {
        Product p;
        p.sku = sku;
        p.title = QStringLiteral("Producer's title ") + sku;
        p.pitch = QStringLiteral("Producer's pitch");
        p.price = Money{1000, QStringLiteral("EUR")};
        p.stock = stock;
        return p;
    }

    // A CSV feed as the shop serves it: its own titles and prices, which must not leak into the live show.
    static QByteArray feed(int a, int b, int c)
    {
        return QStringLiteral("sku,title,price,stock\n"
                              "A,Shop title A,99.00,%1\n"
                              "B,Shop title B,99.00,%2\n"
                              "C,Shop title C,99.00,%3\n"
                              "NEW,Not in the show,1.00,5\n")
            .arg(a)
            .arg(b)
            .arg(c)
            .toUtf8();
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<ShowStore> m_store;
    LocalHttpServer m_server;
    QNetworkAccessManager m_network;

    const Product& inShow(const QString& sku) const { return *m_store->document().product(sku); }

private Q_SLOTS:
    void init()
    {
        ShowDocument show;
        show.title = QStringLiteral("Stock");
        show.products = {product(QStringLiteral("A"), 10), product(QStringLiteral("B"), 8),
                         product(QStringLiteral("C"), 2)};
        m_path = m_dir.filePath(QStringLiteral("stock.vitrine"));
        QString error;
        QVERIFY2(show.save(m_path, &error), qPrintable(error));
        m_store = std::make_unique<ShowStore>();
        QVERIFY2(m_store->open(m_path, &error), qPrintable(error));
        m_server.serve(QStringLiteral("/feed.csv"), {200, feed(10, 8, 2), "text/csv"});
        QVERIFY(m_server.listen());
    }

    void cleanup()
    {
        m_server.close();
        m_store.reset();
    }

    void stockMergeTouchesOnlyStock()
    {
        QList<Product> catalogue{product(QStringLiteral("A"), 10), product(QStringLiteral("B"), 1)};
        catalogue[0].variants = {
            ProductVariant{QStringLiteral("A-M"), QStringLiteral("M"), {}, {}, {}, 4, true}};
        QList<Product> fresh{product(QStringLiteral("A"), 3), product(QStringLiteral("B"), 0)};
        fresh[0].title = QStringLiteral("other");
        fresh[0].price = Money{1, QStringLiteral("USD")};
        fresh[0].variants = {
            ProductVariant{QStringLiteral("A-M"), QStringLiteral("x"), {}, {}, {}, 0, false}};
        const QList<StockChange> changes = mergeStockOnly(&catalogue, fresh);
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes[0], (StockChange{QStringLiteral("A"), 10, 3, StockLevel::InStock, StockLevel::Low}));
        QCOMPARE(changes[1], (StockChange{QStringLiteral("B"), 1, 0, StockLevel::Low, StockLevel::SoldOut}));
        QCOMPARE(catalogue[0].title, QStringLiteral("Producer's title A"));
        QCOMPARE(catalogue[0].price, (Money{1000, QStringLiteral("EUR")}));
        QCOMPARE(catalogue[0].variants[0].title, QStringLiteral("M"));
        QCOMPARE(catalogue[0].variants[0].stock, 0);
        QVERIFY(!catalogue[0].variants[0].available);
    }

    void refreshesStockFromTheFeed()
    {
        StockRefresher refresher(m_store.get(), &m_network);
        QSignalSpy refreshed(&refresher, &StockRefresher::refreshed);
        QSignalSpy levels(&refresher, &StockRefresher::stockLevelChanged);
        refresher.setFeedUrl(m_server.url(QStringLiteral("/feed.csv")));
        refresher.setEnabled(true);
        QVERIFY(refresher.isEnabled());
        QVERIFY(refreshed.wait(10'000));
        QVERIFY(refreshed.first().first().value<QList<StockChange>>().isEmpty()); // same stock as the show

        // Sold during the live: B sells out, C goes low then the next read sees it sold out.
        m_server.serve(QStringLiteral("/feed.csv"), {200, feed(9, 0, 1), "text/csv"});
        refresher.refreshNow();
        QVERIFY(refreshed.wait(10'000));
        QCOMPARE(inShow(QStringLiteral("A")).stock, 9);
        QCOMPARE(inShow(QStringLiteral("B")).stock, 0);
        QVERIFY(inShow(QStringLiteral("B")).isSoldOut());
        QCOMPARE(levels.size(), 1); // C was already low at 2 (threshold 5): only B crossed a level
        QCOMPARE(levels.first().at(0).toString(), QStringLiteral("B"));
        QCOMPARE(levels.first().at(1).value<StockLevel>(), StockLevel::SoldOut);
        // The producer's show is not the shop's: titles, prices, pitch and the catalogue's extent are kept.
        QCOMPARE(inShow(QStringLiteral("A")).title, QStringLiteral("Producer's title A"));
        QCOMPARE(inShow(QStringLiteral("A")).price, (Money{1000, QStringLiteral("EUR")}));
        QCOMPARE(inShow(QStringLiteral("A")).pitch, QStringLiteral("Producer's pitch"));
        QCOMPARE(m_store->document().products.size(), 3);

        // Saved in the show, with the feed's settings.
        QVERIFY(m_store->flush());
        QString error;
        const std::optional<ShowDocument> saved = ShowDocument::load(m_path, &error);
        QVERIFY2(saved, qPrintable(error));
        QCOMPARE(saved->product(QStringLiteral("B"))->stock, 0);
        QCOMPARE(saved->catalogueFeed.url, m_server.url(QStringLiteral("/feed.csv")));
        QVERIFY(saved->catalogueFeed.refreshStock);
    }

    void refreshesOnTheInterval()
    {
        StockRefresher refresher(m_store.get(), &m_network);
        m_server.serve(QStringLiteral("/interval.csv"), {200, feed(10, 8, 2), "text/csv"});
        refresher.setFeedUrl(m_server.url(QStringLiteral("/interval.csv")));
        refresher.setIntervalSeconds(1); // clamped to the 5 s minimum
        QCOMPARE(refresher.intervalSeconds(), 5);
        refresher.setEnabled(true);
        QTRY_COMPARE_WITH_TIMEOUT(m_server.hits(QStringLiteral("/interval.csv")), 1, 5'000); // at once
        QTest::qWait(2'000);
        QCOMPARE(m_server.hits(QStringLiteral("/interval.csv")), 1); // not before the interval
        QTRY_COMPARE_WITH_TIMEOUT(m_server.hits(QStringLiteral("/interval.csv")), 2, 15'000);
        m_server.serve(QStringLiteral("/interval.csv"), {200, feed(10, 8, 0), "text/csv"});
        QTRY_VERIFY_WITH_TIMEOUT(inShow(QStringLiteral("C")).isSoldOut(), 15'000);
        refresher.setEnabled(false);
        QVERIFY(!refresher.isEnabled());
        const int hits = m_server.hits(QStringLiteral("/interval.csv"));
        QTest::qWait(6'000);
        QCOMPARE(m_server.hits(QStringLiteral("/interval.csv")), hits);
    }

    void unreachableFeedKeepsStockAndSaysSoOnce()
    {
        StockRefresher refresher(m_store.get(), &m_network);
        QSignalSpy refreshed(&refresher, &StockRefresher::refreshed);
        QSignalSpy unreachable(&refresher, &StockRefresher::feedUnreachable);
        QSignalSpy reachable(&refresher, &StockRefresher::feedReachable);
        refresher.setFeedUrl(m_server.url(QStringLiteral("/feed.csv")));
        m_server.serve(QStringLiteral("/feed.csv"), {200, feed(7, 8, 2), "text/csv"});
        refresher.refreshNow();
        QVERIFY(refreshed.wait(10'000));
        QCOMPARE(inShow(QStringLiteral("A")).stock, 7);

        m_server.rememberPort();
        m_server.close(); // the port is now closed: connection refused
        refresher.refreshNow();
        QVERIFY(unreachable.wait(10'000));
        QVERIFY2(unreachable.first().first().toString().contains(QStringLiteral("127.0.0.1")),
                 qPrintable(unreachable.first().first().toString()));
        QVERIFY(!refresher.isFeedReachable());
        for (int i = 0; i < 3; ++i) {
            QTRY_VERIFY_WITH_TIMEOUT(!refresher.isRefreshing(), 10'000);
            refresher.refreshNow();
        }
        QTRY_VERIFY_WITH_TIMEOUT(!refresher.isRefreshing(), 10'000);
        QCOMPARE(unreachable.size(), 1);
        QCOMPARE(inShow(QStringLiteral("A")).stock, 7);

        // An HTTP error is the same outage, not a new report; a feed that is back says so.
        QVERIFY(m_server.listen());
        m_server.serve(QStringLiteral("/feed.csv"), {500, "oops", "text/plain"});
        refresher.refreshNow();
        QTRY_VERIFY_WITH_TIMEOUT(!refresher.isRefreshing(), 10'000);
        QCOMPARE(unreachable.size(), 1);
        m_server.serve(QStringLiteral("/feed.csv"), {200, feed(6, 8, 2), "text/csv"});
        refresher.refreshNow();
        QVERIFY(reachable.wait(10'000));
        QTRY_COMPARE_WITH_TIMEOUT(inShow(QStringLiteral("A")).stock, 6, 10'000);
    }

    void aFeedThatIsNotACatalogueIsReported()
    {
        StockRefresher refresher(m_store.get(), &m_network);
        QSignalSpy unreachable(&refresher, &StockRefresher::feedUnreachable);
        m_server.serve(QStringLiteral("/feed.csv"),
                       {200, "<html><body>Maintenance</body></html>", "text/html"});
        refresher.setFeedUrl(m_server.url(QStringLiteral("/feed.csv")));
        refresher.refreshNow();
        QVERIFY(unreachable.wait(10'000));
        QVERIFY2(unreachable.first().first().toString().contains(QStringLiteral("/feed.csv")),
                 qPrintable(unreachable.first().first().toString()));
        QCOMPARE(inShow(QStringLiteral("B")).stock, 8);
    }

    void merchantFeedRefreshesProductsAndVariants()
    {
        // The show was imported from this feed earlier; the shop's stock moved since.
        QFile file(QStringLiteral(VITRINE_TEST_DATA_DIR "/import/merchant_feed.xml"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray xml = file.readAll();
        Product grinder = product(QStringLiteral("MC-GRINDER-01"), 2);
        Product kettle = product(QStringLiteral("MC-KETTLE-02"), {});
        Product tee = product(QStringLiteral("MC-TEE"), 20);
        tee.variants = {
            ProductVariant{QStringLiteral("MC-TEE-M-NOIR"), QStringLiteral("M / Noir"), {}, {}, {}, 10, true},
            ProductVariant{
                QStringLiteral("MC-TEE-L-NOIR"), QStringLiteral("L / Noir"), {}, {}, {}, 10, true}};
        m_store->update([&](ShowDocument& show) { show.products = {grinder, kettle, tee}; });
        m_server.serve(QStringLiteral("/feed.xml"), {200, xml, "application/rss+xml"});
        StockRefresher refresher(m_store.get(), &m_network);
        QSignalSpy refreshed(&refresher, &StockRefresher::refreshed);
        refresher.setFeedUrl(m_server.url(QStringLiteral("/feed.xml")));
        refresher.refreshNow();
        QVERIFY(refreshed.wait(10'000));
        QCOMPARE(inShow(QStringLiteral("MC-GRINDER-01")).stock, 12);
        QVERIFY(inShow(QStringLiteral("MC-KETTLE-02")).isSoldOut()); // "out of stock"
        QCOMPARE(inShow(QStringLiteral("MC-TEE")).variants.at(0).stock, 7);
        QCOMPARE(inShow(QStringLiteral("MC-TEE")).variants.at(1).stock, 0);
        QVERIFY(!inShow(QStringLiteral("MC-TEE")).variants.at(1).available);
        QCOMPARE(inShow(QStringLiteral("MC-TEE")).variants.at(0).title, QStringLiteral("M / Noir"));
        QCOMPARE(inShow(QStringLiteral("MC-GRINDER-01")).title,
                 QStringLiteral("Producer's title MC-GRINDER-01"));
    }

    void feedSettingsRoundTripAndOldFilesLoad()
    {
        ShowDocument show;
        show.title = QStringLiteral("Round trip");
        QString error;
        std::optional<ShowDocument> loaded =
            ShowDocument::fromJson(show.toJson(), QStringLiteral("t"), &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->catalogueFeed, ShowDocument::CatalogueFeed{}); // absent: the defaults
        QVERIFY(!show.toJson().contains("catalogueFeed"));
        show.catalogueFeed = {QStringLiteral("https://shop.example/feed.xml"), 120, true};
        loaded = ShowDocument::fromJson(show.toJson(), QStringLiteral("t"), &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->catalogueFeed, show.catalogueFeed);
        QCOMPARE(*loaded, show);
    }
};

QTEST_GUILESS_MAIN(StockRefresherTest)
#include "StockRefresherTest.moc"
