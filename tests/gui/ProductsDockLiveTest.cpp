#include "../unit/LocalHttpServer.h"

#include "docks/ProductsDock.h"
#include "show/EventLog.h"
#include "show/LiveState.h"
#include "show/ProductImageCache.h"
#include "show/ShowStore.h"
#include "show/StockRefresher.h"

#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPixmap>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace vitrine;

// The producer panel during the live: thumbnails fetched as rows are drawn, stock refreshed from the shop's
// feed, a product sold out meanwhile asks before it is pinned.
class ProductsDockLiveTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    LocalHttpServer m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<ShowStore> m_store;
    std::unique_ptr<EventLog> m_log;
    std::unique_ptr<LiveState> m_live;
    std::unique_ptr<StockRefresher> m_stock;
    std::unique_ptr<ProductImageCache> m_images;
    std::unique_ptr<ProductsDock> m_dock;

    QAbstractItemModel* model() const { return m_dock->findChild<QListView*>()->model(); }
    int row(const QString& sku) const
    {
        for (int i = 0; i < model()->rowCount(); ++i)
            if (model()->index(i, 0).data(Qt::UserRole + 1).toString() == sku)
                return i;
        return -1;
    }
    // A pixel of the thumbnail in the upper middle: the image's, or the placeholder's background (its
    // picture glyph sits lower).
    QRgb thumbnailPixel(const QString& sku) const
    {
        const QPixmap pixmap = model()->index(row(sku), 0).data(Qt::DecorationRole).value<QPixmap>();
        const QImage image = pixmap.toImage();
        return image.isNull() ? 0 : image.pixel(image.width() / 2, image.height() / 6);
    }
    QString label(const char* name) const
    {
        return m_dock->findChild<QLabel*>(QString::fromLatin1(name))->text();
    }

    static QByteArray redPng()
    {
        QImage image(64, 64, QImage::Format_RGB32);
        image.fill(Qt::red);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return bytes;
    }

private Q_SLOTS:
    void init()
    {
        m_server.serve(QStringLiteral("/red.png"), {200, redPng(), "image/png"});
        QVERIFY(m_server.listen());
        ShowDocument show;
        show.title = QStringLiteral("Live");
        Product cup;
        cup.sku = QStringLiteral("CUP");
        cup.title = QStringLiteral("Cup");
        cup.price = Money{1200, QStringLiteral("EUR")};
        cup.stock = 10;
        cup.images = {m_server.url(QStringLiteral("/red.png"))};
        Product pot = cup;
        pot.sku = QStringLiteral("POT");
        pot.title = QStringLiteral("Pot");
        pot.images = {m_server.url(QStringLiteral("/missing.png"))};
        show.products = {cup, pot};
        const QString path = m_dir.filePath(QStringLiteral("live.vitrine"));
        QString error;
        QVERIFY2(show.save(path, &error), qPrintable(error));
        m_store = std::make_unique<ShowStore>();
        QVERIFY2(m_store->open(path, &error), qPrintable(error));
        m_log = std::make_unique<EventLog>();
        m_live = std::make_unique<LiveState>(&m_store->document(), m_log.get());
        m_stock = std::make_unique<StockRefresher>(m_store.get(), &m_network);
        m_images = std::make_unique<ProductImageCache>(ProductImageCache::cacheDirFor(m_store->path()),
                                                       QFileInfo(m_store->path()).absolutePath(), &m_network);
        m_dock = std::make_unique<ProductsDock>(m_store.get(), m_live.get(), m_stock.get(), m_images.get());
        m_dock->show();
    }

    void cleanup()
    {
        m_dock.reset();
        m_images.reset();
        m_stock.reset();
        m_live.reset();
        m_log.reset();
        m_store.reset();
        m_server.close();
    }

    void thumbnailsArriveAndFailuresKeepThePlaceholder()
    {
        const QRgb placeholder = qRgb(0xee, 0xee, 0xee);
        QCOMPARE(thumbnailPixel(QStringLiteral("POT")), placeholder);
        QTRY_COMPARE_WITH_TIMEOUT(thumbnailPixel(QStringLiteral("CUP")), qRgb(255, 0, 0), 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_dock->imageCache()->hasFailed(m_server.url(QStringLiteral("/missing.png"))), 10'000);
        QCOMPARE(thumbnailPixel(QStringLiteral("POT")), placeholder);
        QVERIFY(QFileInfo::exists(m_dir.filePath(QStringLiteral("live.images"))));

        // Prepare offline reports what could not be fetched.
        m_dock->findChild<QPushButton*>(QStringLiteral("prepareOfflineButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(label("stockStatus").contains(QStringLiteral("could not be fetched")),
                                 10'000);
        QVERIFY2(label("stockStatus").startsWith(QStringLiteral("1 image(s) ready offline, 1")),
                 qPrintable(label("stockStatus")));
    }

    void stockRefreshTurnsAProductSoldOut()
    {
        m_server.serve(QStringLiteral("/feed.csv"),
                       {200, "sku,title,price,stock\nCUP,Cup,12.00,0\nPOT,Pot,12.00,9\n", "text/csv"});
        auto* feed = m_dock->findChild<QLineEdit*>(QStringLiteral("feedUrlEdit"));
        auto* toggle = m_dock->findChild<QCheckBox*>(QStringLiteral("refreshStockToggle"));
        QVERIFY(!toggle->isEnabled()); // no feed yet
        feed->setText(m_server.url(QStringLiteral("/feed.csv")));
        Q_EMIT feed->editingFinished();
        QVERIFY(toggle->isEnabled());
        toggle->click();
        QVERIFY(m_dock->stockRefresher()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(model()
                                     ->index(row(QStringLiteral("CUP")), 0)
                                     .data()
                                     .toString()
                                     .contains(QStringLiteral("Sold out")),
                                 10'000);
        QVERIFY2(label("stockStatus").contains(QStringLiteral("“Cup” is now sold out")),
                 qPrintable(label("stockStatus")));
        QCOMPARE(m_store->document().catalogueFeed.url, m_server.url(QStringLiteral("/feed.csv")));
        QVERIFY(m_store->document().catalogueFeed.refreshStock);

        // Pinning it now asks first.
        auto* list = m_dock->findChild<QListView*>();
        list->setCurrentIndex(model()->index(row(QStringLiteral("CUP")), 0));
        // A refresh that changes stock keeps the producer's selection.
        m_server.serve(QStringLiteral("/feed.csv"),
                       {200, "sku,title,price,stock\nCUP,Cup,12.00,0\nPOT,Pot,12.00,2\n", "text/csv"});
        QSignalSpy refreshed(m_dock->stockRefresher(), &StockRefresher::refreshed);
        m_dock->stockRefresher()->refreshNow();
        QVERIFY(refreshed.wait(10'000));
        QCOMPARE(m_store->document().product(QStringLiteral("POT"))->stock, 2);
        QCOMPARE(list->currentIndex().data(Qt::UserRole + 1).toString(), QStringLiteral("CUP"));
        QTimer::singleShot(300, [] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
                box->button(QMessageBox::No)->click();
        });
        m_dock->pinSelected();
        QCOMPARE(m_live->pinnedSku(), QString());

        // The shop's server goes away: the last stock stays, and the panel says why it no longer moves.
        m_server.close();
        m_dock->stockRefresher()->refreshNow();
        QTRY_VERIFY_WITH_TIMEOUT(label("stockStatus").startsWith(QStringLiteral("Feed unreachable")), 10'000);
        QVERIFY(m_store->document().product(QStringLiteral("CUP"))->isSoldOut());
        toggle->click();
        QVERIFY(!m_dock->stockRefresher()->isEnabled());
    }
};

QTEST_MAIN(ProductsDockLiveTest)
#include "ProductsDockLiveTest.moc"
