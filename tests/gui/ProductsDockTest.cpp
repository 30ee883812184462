#include "docks/ProductsDock.h"
#include "chat/BuyIntent.h"
#include "show/EventLog.h"
#include "show/LiveState.h"
#include "show/ProductImageCache.h"
#include "show/ProductListModel.h"
#include "show/ShowStore.h"
#include "show/StockRefresher.h"
#include <QFileInfo>
#include <QNetworkAccessManager>

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFile>
#include <QImage>
#include <QInputDialog>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

using namespace vitrine;

class ProductsDockTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ShowStore> m_store;
    std::unique_ptr<EventLog> m_log;
    std::unique_ptr<LiveState> m_live;
    QNetworkAccessManager m_network;
    std::unique_ptr<StockRefresher> m_stock;
    std::unique_ptr<ProductImageCache> m_images;
    std::unique_ptr<ProductsDock> m_dock;

    QListView* productList() const { return m_dock->findChild<QListView*>(); }

    void select(const QString& sku)
    {
        QAbstractItemModel* model = productList()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(Qt::UserRole + 1).toString() == sku) {
                productList()->setCurrentIndex(index);
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("no row for ") + sku));
    }

    QModelIndex rowOf(const QString& sku) const
    {
        QAbstractItemModel* model = productList()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, 0).data(ProductListModel::SkuRole).toString() == sku)
                return model->index(row, 0);
        return {};
    }

    QString line(const char* name) const
    {
        auto* label = m_dock->findChild<QLabel*>(QString::fromLatin1(name));
        return label ? label->text() : QStringLiteral("<no %1>").arg(QString::fromLatin1(name));
    }

    // Seconds left in the segment line's "… — 1:45 left"; -1 when it has none.
    int secondsLeft() const
    {
        static const QRegularExpression left(QStringLiteral("(\\d+):(\\d\\d) left$"));
        const QRegularExpressionMatch match = left.match(line("segmentLine"));
        return match.hasMatch() ? match.captured(1).toInt() * 60 + match.captured(2).toInt() : -1;
    }

    // Pixels of the "ON AIR" pill's red painted in the row of `sku`.
    int redPixelsIn(const QString& sku) const
    {
        const QImage image = productList()->viewport()->grab().toImage();
        const QRect row = productList()->visualRect(rowOf(sku));
        int red = 0;
        for (int y = row.top(); y <= row.bottom(); ++y)
            for (int x = row.left(); x <= row.right(); ++x) {
                const QColor pixel = image.pixelColor(x, y);
                if (pixel.red() > 190 && pixel.green() < 80 && pixel.blue() < 80)
                    ++red;
            }
        return red;
    }

    // Answers the next message box the dock opens.
    static void answerNextMessageBox(QMessageBox::StandardButton button)
    {
        QTimer::singleShot(200, [button] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (box)
                box->button(button)->click();
        });
    }

    // Types `text` in the next input dialog the dock opens and accepts it; then answers the message box that
    // may follow (a refused code) with OK, telling whether there was one.
    static void answerNextInputDialog(const QString& text, bool* refused)
    {
        *refused = false;
        QTimer::singleShot(200, [text, refused] {
            auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->setTextValue(text);
            dialog->accept();
            QTimer::singleShot(200, [refused] {
                if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                    *refused = true;
                    box->button(QMessageBox::Ok)->click();
                }
            });
        });
    }

private Q_SLOTS:
    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("demo.vitrine"));
        QFile::remove(path);
        QVERIFY(QFile::copy(QStringLiteral(VITRINE_SOURCE_DIR "/resources/demo/demo.vitrine"), path));
        m_store = std::make_unique<ShowStore>();
        QString error;
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
    }

    void showsTheChatsBuyIntentOnEachProduct()
    {
        BuyIntent intent;
        intent.setCatalogue(m_store->document().products);
        m_dock->showBuyIntent(&intent);
        QAbstractItemModel* model = productList()->model();
        QVERIFY(!model->index(0, 0).data().toString().contains(QStringLiteral("want it")));

        QCOMPARE(m_live->requestPin(QStringLiteral("MOUL-ART-01")), LiveState::PinResult::Pinned);
        intent.setPinnedSku(m_live->pinnedSku());
        auto say = [&intent](const QString& id, const QString& text) {
            ChatMessage message;
            message.id = id;
            message.text = text;
            message.arrivalTime = QDateTime::currentDateTimeUtc();
            intent.observe(message);
        };
        say(QStringLiteral("1"), QStringLiteral("je prends !"));      // the pinned product
        say(QStringLiteral("2"), QStringLiteral("+1"));               // the pinned product
        say(QStringLiteral("3"), QStringLiteral("CAFE-ETH-250 svp")); // named by its SKU
        say(QStringLiteral("4"), QStringLiteral("bonjour"));          // no intent
        QTRY_VERIFY2(
            model->index(0, 0).data().toString().contains(QStringLiteral("2 want it (2 in the last minute)")),
            qPrintable(model->index(0, 0).data().toString()));
        QCOMPARE(model->index(0, 0).data(ProductListModel::BuyIntentRole).toInt(), 2);
        QCOMPARE(model->index(1, 0).data(ProductListModel::BuyIntentRole).toInt(), 1);
        QCOMPARE(model->index(2, 0).data(ProductListModel::BuyIntentRole).toInt(), 0);
        QVERIFY(!model->index(2, 0).data().toString().contains(QStringLiteral("want it")));

        m_dock->showBuyIntent(nullptr); // the chat closed: no stale counts
        QCOMPARE(model->index(0, 0).data(ProductListModel::BuyIntentRole).toInt(), 0);
    }

    void copiesTheProductsLinkTrackedPerPlatform()
    {
        std::unique_ptr<QMenu> menu(m_dock->createProductMenu(QStringLiteral("MOUL-ART-01"), nullptr));
        // No destination yet: the common platforms.
        QCOMPARE(m_dock->linkPlatforms().first(), QStringLiteral("youtube"));
        auto* youtube = menu->findChild<QAction*>(QStringLiteral("copyLink:youtube"));
        QVERIFY(youtube);
        youtube->trigger();
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY2(copied.startsWith(
                     QStringLiteral("https://boutique.maison-moulin.example/products/moulin-artisan?")),
                 qPrintable(copied));
        const QUrlQuery query(QUrl(copied).query());
        QCOMPARE(query.queryItemValue(QStringLiteral("utm_source")), QStringLiteral("youtube"));
        QCOMPARE(query.queryItemValue(QStringLiteral("utm_medium")), QStringLiteral("live"));
        QCOMPARE(query.queryItemValue(QStringLiteral("utm_campaign")), QStringLiteral("demo-moulin-artisan"));
        menu->findChild<QAction*>(QStringLiteral("copyLink:plain"))->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 QStringLiteral("https://boutique.maison-moulin.example/products/moulin-artisan"));

        // With destinations, their platforms.
        m_store->update([](ShowDocument& show) {
            show.destinations = {Destination{QStringLiteral("Boutique TikTok"), QStringLiteral("tiktok"),
                                             QStringLiteral("rtmp://127.0.0.1:1/live"), QStringLiteral("k")}};
        });
        QCOMPARE(m_dock->linkPlatforms(), QStringList{QStringLiteral("tiktok")});
        menu.reset(m_dock->createProductMenu(QStringLiteral("MOUL-ART-01"), nullptr));
        QVERIFY(menu->findChild<QAction*>(QStringLiteral("copyLink:tiktok")));
        QVERIFY(!menu->findChild<QAction*>(QStringLiteral("copyLink:youtube")));
    }

    void listsTheCatalogueWithStockBadges()
    {
        QAbstractItemModel* model = productList()->model();
        QCOMPARE(model->rowCount(), 3);
        QVERIFY(model->index(0, 0).data().toString().contains(QStringLiteral("In stock (24)")));
        QVERIFY(model->index(1, 0).data().toString().contains(QStringLiteral("3 left")));
        QVERIFY(model->index(2, 0).data().toString().contains(QStringLiteral("Sold out")));
        QCOMPARE(model->index(2, 0).data(Qt::ForegroundRole).value<QColor>(), QColor(Qt::gray));
    }

    void showsAndEditsTheClaimCode()
    {
        QAbstractItemModel* model = productList()->model();
        // The demo show's products get A1, A2, A3 when it opens; the list tags each title with its code.
        QCOMPARE(model->index(0, 0).data(ProductListModel::ClaimCodeRole).toString(), QStringLiteral("A1"));
        QVERIFY2(model->index(0, 0).data().toString().startsWith(QStringLiteral("[A1] Moulin")),
                 qPrintable(model->index(0, 0).data().toString()));
        QVERIFY(model->index(2, 0).data().toString().startsWith(QStringLiteral("[A3] ")));

        std::unique_ptr<QMenu> menu(m_dock->createProductMenu(QStringLiteral("MOUL-ART-01"), nullptr));
        auto* action = menu->findChild<QAction*>(QStringLiteral("claimCodeAction"));
        QVERIFY(action);
        QSignalSpy changed(m_store.get(), &ShowStore::changed);
        QSignalSpy saved(m_store.get(), &ShowStore::saved);
        bool refused = false;

        // A bare number is a quantity in chat; another product's code is taken: both refused, nothing
        // changes.
        for (const QString& bad :
             {QStringLiteral("12"), QStringLiteral("a2"), QStringLiteral("A-1"), QStringLiteral("LONGER")}) {
            answerNextInputDialog(bad, &refused);
            action->trigger();
            QTRY_VERIFY2(refused, qPrintable(bad));
            QCOMPARE(m_store->document().product(QStringLiteral("MOUL-ART-01"))->claimCode,
                     QStringLiteral("A1"));
        }
        QCOMPARE(changed.count(), 0);

        // A valid free code, in lower case: saved upper-case through the store, shown in the list.
        answerNextInputDialog(QStringLiteral("mo1"), &refused);
        action->trigger();
        QCOMPARE(m_store->document().product(QStringLiteral("MOUL-ART-01"))->claimCode,
                 QStringLiteral("MO1"));
        QTest::qWait(400); // past the check for a refusal
        QVERIFY(!refused);
        QCOMPARE(changed.count(), 1);
        QVERIFY(model->index(0, 0).data().toString().startsWith(QStringLiteral("[MO1] ")));
        QTRY_COMPARE(saved.count(), 1); // autosaved like any edit
        QString error;
        const auto onDisk = ShowDocument::load(m_store->path(), &error);
        QVERIFY2(onDisk, qPrintable(error));
        QCOMPARE(onDisk->product(QStringLiteral("MOUL-ART-01"))->claimCode, QStringLiteral("MO1"));
    }

    void pinsTheSelectedProduct()
    {
        select(QStringLiteral("MOUL-ART-01"));
        m_dock->pinSelected();
        QCOMPARE(m_live->pinnedSku(), QStringLiteral("MOUL-ART-01"));
        QVERIFY(productList()->model()->index(0, 0).data().toString().startsWith(QStringLiteral("● ")));
    }

    void soldOutAsksFirst()
    {
        select(QStringLiteral("BAL-PREC-01"));
        answerNextMessageBox(QMessageBox::No);
        m_dock->pinSelected();
        QCOMPARE(m_live->pinnedSku(), QString());
        answerNextMessageBox(QMessageBox::Yes);
        m_dock->pinSelected();
        QCOMPARE(m_live->pinnedSku(), QStringLiteral("BAL-PREC-01"));
    }

    void searchFilters()
    {
        auto* search = m_dock->findChild<QLineEdit*>();
        QTest::keyClicks(search, QStringLiteral("yirga"));
        QCOMPARE(productList()->model()->rowCount(), 1);
    }

    void nextSegmentPinsItsProduct()
    {
        m_dock->nextSegment(); // intro: nothing pinned
        QCOMPARE(m_live->pinnedSku(), QString());
        m_dock->nextSegment();
        QCOMPARE(m_live->pinnedSku(), QStringLiteral("MOUL-ART-01"));
    }

    // Issue 12 item 1: what is on air is told apart from what is selected, and the run-of-show says where the
    // show is and how long the segment has left.
    void onAirLineAndBadgeFollowWhatNextPins()
    {
        QCOMPARE(line("onAirLine"), QStringLiteral("Nothing pinned"));
        QVERIFY2(line("segmentLine").contains(QStringLiteral("Bienvenue")), qPrintable(line("segmentLine")));

        m_dock->nextSegment(); // the first Next says which segment started
        QVERIFY2(line("segmentLine").startsWith(QStringLiteral("Segment 1/5: Bienvenue — ")),
                 qPrintable(line("segmentLine")));
        const int left = secondsLeft();
        QVERIFY2(left > 110 && left <= 120, qPrintable(line("segmentLine")));
        QTRY_VERIFY_WITH_TIMEOUT(secondsLeft() >= 0 && secondsLeft() < left, 3000);

        select(QStringLiteral("MOUL-ART-01"));
        m_dock->pinSelected();
        QVERIFY2(line("onAirLine").startsWith(QStringLiteral("On air: Moulin à café Artisan · Noir")),
                 qPrintable(line("onAirLine")));
        QVERIFY2(line("onAirLine").endsWith(QStringLiteral(" — just now")), qPrintable(line("onAirLine")));

        m_dock->nextSegment(); // the grinder's segment: pins it again
        m_dock->nextSegment(); // the coffee's segment: Next pins the coffee, the grinder stays selected
        QVERIFY2(line("segmentLine").startsWith(QStringLiteral("Segment 3/5: Quel café choisir ? — ")),
                 qPrintable(line("segmentLine")));
        QVERIFY2(line("onAirLine").startsWith(QStringLiteral("On air: Café d’Éthiopie Yirgacheffe 250 g")),
                 qPrintable(line("onAirLine")));
        QCOMPARE(productList()->currentIndex().data(ProductListModel::SkuRole).toString(),
                 QStringLiteral("MOUL-ART-01"));
        QVERIFY(rowOf(QStringLiteral("CAFE-ETH-250")).data(ProductListModel::PinnedRole).toBool());
        QVERIFY(!rowOf(QStringLiteral("MOUL-ART-01")).data(ProductListModel::PinnedRole).toBool());
        // The badge is painted on the pinned row, not on the selected one.
        QTRY_VERIFY(redPixelsIn(QStringLiteral("CAFE-ETH-250")) > 100);
        QCOMPARE(redPixelsIn(QStringLiteral("MOUL-ART-01")), 0);

        // Since when, in minutes (a state restored after a crash keeps the pin's time).
        m_live->restore(
            QJsonObject{{QStringLiteral("pinnedSku"), QStringLiteral("CAFE-ETH-250")},
                        {QStringLiteral("segmentIndex"), 2},
                        {QStringLiteral("pinnedSince"),
                         QDateTime::currentDateTimeUtc().addSecs(-185).toString(Qt::ISODateWithMs)}});
        QVERIFY2(line("onAirLine").endsWith(QStringLiteral(" — since 3 min")), qPrintable(line("onAirLine")));

        m_live->unpin();
        QCOMPARE(line("onAirLine"), QStringLiteral("Nothing pinned"));
        QTRY_COMPARE(redPixelsIn(QStringLiteral("CAFE-ETH-250")), 0);
    }
};

QTEST_MAIN(ProductsDockTest)
#include "ProductsDockTest.moc"
