#include "LocalHttpServer.h"

#include "show/ProductImageCache.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vitrine;

class ProductImageCacheTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    LocalHttpServer m_server;
    QNetworkAccessManager m_network;
    QByteArray m_png;

    QString cacheDir() const
    {
        return ProductImageCache::cacheDirFor(m_dir.filePath(QStringLiteral("show.vitrine")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QFile png(QStringLiteral(VITRINE_SOURCE_DIR "/resources/demo/grinder.png"));
        QVERIFY(png.open(QIODevice::ReadOnly));
        m_png = png.readAll();
        m_server.serve(QStringLiteral("/a.png"), {200, m_png, "image/png"});
        m_server.serve(QStringLiteral("/b.jpg?v=2"), {200, m_png, "image/png"});
        m_server.serve(QStringLiteral("/html.jpg"), {200, "<html>Soon</html>", "text/html"});
        QVERIFY(m_server.listen());
    }

    void cacheDirIsBesideTheShow() { QCOMPARE(cacheDir(), m_dir.filePath(QStringLiteral("show.images"))); }

    void fetchesOnceThenServesOffline()
    {
        const QString url = m_server.url(QStringLiteral("/a.png"));
        {
            ProductImageCache cache(cacheDir(), m_dir.path(), &m_network);
            QSignalSpy ready(&cache, &ProductImageCache::imageReady);
            QVERIFY(cache.request(url).isEmpty()); // not there yet: fetched in the background
            QVERIFY(cache.request(url).isEmpty()); // asked again while on its way: no second fetch
            QVERIFY(ready.wait(10'000));
            QCOMPARE(ready.first().at(0).toString(), url);
            const QString local = ready.first().at(1).toString();
            QVERIFY(local.startsWith(cacheDir()));
            QFile file(local);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), m_png);
            QCOMPARE(cache.request(url), local);
            QCOMPARE(m_server.hits(QStringLiteral("/a.png")), 1);
        }
        // Another run, the shop's server gone: the show still has its images.
        m_server.rememberPort();
        m_server.close();
        ProductImageCache offline(cacheDir(), m_dir.path(), &m_network);
        QVERIFY(!offline.localFile(url).isEmpty());
        QCOMPARE(offline.request(url), offline.localFile(url));
        QVERIFY(m_server.listen());
    }

    void failuresArePlaceholdersReportedOnce()
    {
        ProductImageCache cache(cacheDir(), m_dir.path(), &m_network);
        QSignalSpy failed(&cache, &ProductImageCache::imageFailed);
        const QString missing = m_server.url(QStringLiteral("/missing.png"));
        QVERIFY(cache.request(missing).isEmpty());
        QVERIFY(failed.wait(10'000));
        QVERIFY2(failed.first().at(1).toString().contains(QStringLiteral("404")),
                 qPrintable(failed.first().at(1).toString()));
        QVERIFY(cache.hasFailed(missing));
        QVERIFY(cache.request(missing).isEmpty()); // remembered: not fetched again this run
        QTest::qWait(300);
        QCOMPARE(m_server.hits(QStringLiteral("/missing.png")), 1);
        QCOMPARE(failed.size(), 1);

        // An error page served with 200 is not cached as an image.
        const QString html = m_server.url(QStringLiteral("/html.jpg"));
        cache.request(html);
        QVERIFY(failed.wait(10'000));
        QVERIFY(failed.last().at(1).toString().contains(QStringLiteral("not an image")));
        QVERIFY(cache.localFile(html).isEmpty());

        // A closed port, a local file that is not there.
        cache.request(QStringLiteral("http://127.0.0.1:1/x.png"));
        QVERIFY(failed.wait(10'000));
        QVERIFY(cache.request(QStringLiteral("nowhere.png")).isEmpty());
        QCOMPARE(failed.size(), 3); // not from inside request()
        QTRY_COMPARE(failed.size(), 4);
        QVERIFY(cache.hasFailed(QStringLiteral("nowhere.png")));
    }

    void localPathsAreServedAsTheyAre()
    {
        QVERIFY(QFile::copy(QStringLiteral(VITRINE_SOURCE_DIR "/resources/demo/grinder.png"),
                            m_dir.filePath(QStringLiteral("local.png"))));
        ProductImageCache cache(cacheDir(), m_dir.path(), &m_network);
        QCOMPARE(cache.request(QStringLiteral("local.png")), m_dir.filePath(QStringLiteral("local.png")));
        QCOMPARE(cache.localFile(m_dir.filePath(QStringLiteral("local.png"))),
                 m_dir.filePath(QStringLiteral("local.png")));
    }

    void prepareOfflineFetchesEverything()
    {
        QDir(cacheDir()).removeRecursively();
        ProductImageCache cache(cacheDir(), m_dir.path(), &m_network);
        QSignalSpy progress(&cache, &ProductImageCache::offlineProgress);
        QSignalSpy finished(&cache, &ProductImageCache::offlineFinished);
        QStringList images{m_server.url(QStringLiteral("/a.png")), m_server.url(QStringLiteral("/b.jpg?v=2")),
                           m_server.url(QStringLiteral("/missing.png"))};
        for (int i = 0; i < 6; ++i) // more than the concurrent fetches allowed
            images << m_server.url(QStringLiteral("/a.png?copy=%1").arg(i));
        for (int i = 0; i < 6; ++i)
            m_server.serve(QStringLiteral("/a.png?copy=%1").arg(i), {200, m_png, "image/png"});
        cache.prepareOffline(images);
        QVERIFY(cache.isPreparing());
        QVERIFY(finished.wait(20'000));
        QCOMPARE(finished.first().at(0).toInt(), 8);
        QCOMPARE(finished.first().at(1).toInt(), 1);
        QCOMPARE(progress.size(), 9);
        QCOMPARE(progress.last().at(0).toInt(), 9);
        QVERIFY(cache.localFile(images.at(1)).endsWith(QStringLiteral(".jpg")));
        QCOMPARE(QDir(cacheDir()).entryList(QDir::Files).size(), 8);
    }
};

QTEST_GUILESS_MAIN(ProductImageCacheTest)
#include "ProductImageCacheTest.moc"
