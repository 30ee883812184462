#include "../unit/LocalHttpServer.h"

#include "dialogs/CatalogueImportDialog.h"
#include "docks/ProductsDock.h"
#include "show/EventLog.h"
#include "show/LiveState.h"
#include "show/ProductImageCache.h"
#include "show/ShowStore.h"
#include "show/StockRefresher.h"
#include <QFileInfo>

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace vitrine;
using Step = CatalogueImportDialog::Step;

class CatalogueImportDialogTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ShowStore> m_store;
    std::unique_ptr<EventLog> m_log;
    std::unique_ptr<LiveState> m_live;
    std::unique_ptr<StockRefresher> m_stock;
    std::unique_ptr<ProductImageCache> m_images;
    std::unique_ptr<ProductsDock> m_dock;
    QNetworkAccessManager m_network;

    static QString fixture(const char* name)
    {
        return QStringLiteral(VITRINE_TEST_DATA_DIR "/import/") + QString::fromLatin1(name);
    }

    template <typename T> static T* child(QObject* parent, const char* name)
    {
        T* found = parent->findChild<T*>(QString::fromLatin1(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }

    static QString cell(CatalogueImportDialog& dialog, int row, int column)
    {
        QTableWidgetItem* item = child<QTableWidget>(&dialog, "previewTable")->item(row, column);
        return item ? item->text() : QString();
    }

    static void readUntil(CatalogueImportDialog& dialog, const QString& source, Step step)
    {
        dialog.setSource(source);
        dialog.readSource();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.step(), step, 15'000);
    }

    QStringList skusInDock() const
    {
        QStringList skus;
        QAbstractItemModel* model = m_dock->findChild<QListView*>()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            skus << model->index(row, 0).data(Qt::UserRole + 1).toString();
        return skus;
    }

private Q_SLOTS:
    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("demo.vitrine"));
        QFile::remove(path);
        QVERIFY(QFile::copy(QStringLiteral(VITRINE_SOURCE_DIR "/resources/demo/demo.vitrine"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
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

    void mapsColumnsPreviewsAndImports()
    {
        QCOMPARE(skusInDock().size(), 3);
        CatalogueImportDialog dialog(m_store.get(), &m_network);
        dialog.show();
        readUntil(dialog, fixture("catalogue_dialog.csv"), Step::Mapping);
        QVERIFY(!child<QLabel>(&dialog, "formatLabel")->text().contains(QStringLiteral("Shopify")));
        auto* table = child<QTableWidget>(&dialog, "previewTable");
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(cell(dialog, 0, 0), QStringLiteral("DLG-1"));
        QCOMPARE(cell(dialog, 1, 1), QStringLiteral("Théière"));
        QVERIFY2(cell(dialog, 0, 2).contains(QStringLiteral("12")), qPrintable(cell(dialog, 0, 2)));

        // The live price is the sale price: the producer maps that column instead, and the preview follows.
        auto* price = child<QComboBox>(
            &dialog,
            qPrintable(QStringLiteral("mapping_%1").arg(static_cast<int>(ColumnMapping::Field::Price))));
        QCOMPARE(price->currentText(), QStringLiteral("price"));
        const int sale = price->findText(QStringLiteral("sale price"));
        QVERIFY(sale > 0);
        price->setCurrentIndex(sale);
        Q_EMIT price->activated(sale);
        QVERIFY2(cell(dialog, 0, 2).contains(QStringLiteral("9")) &&
                     !cell(dialog, 0, 2).contains(QStringLiteral("12")),
                 qPrintable(cell(dialog, 0, 2)));
        QVERIFY2(cell(dialog, 2, 2).contains(QStringLiteral("6")), qPrintable(cell(dialog, 2, 2)));

        child<QPushButton>(&dialog, "nextButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.step(), Step::Review, 15'000);
        const QString headline = child<QLabel>(&dialog, "reviewHeadline")->text();
        QVERIFY2(headline.contains(QStringLiteral("3 product(s) read from catalogue_dialog.csv: 3 new")),
                 qPrintable(headline));
        QVERIFY(child<QPlainTextEdit>(&dialog, "reviewDetails")
                    ->toPlainText()
                    .contains(QStringLiteral("New: DLG-2 “Théière”"))); // named, not only its SKU
        QCOMPARE(skusInDock().size(), 3);                               // reviewing changes nothing

        auto* import = child<QPushButton>(&dialog, "importButton");
        QVERIFY(import->isEnabled());
        import->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.importedCount(), 6);
        QCOMPARE(skusInDock().mid(3),
                 QStringList({QStringLiteral("DLG-1"), QStringLiteral("DLG-2"), QStringLiteral("DLG-3")}));
        QCOMPARE(m_store->document().product(QStringLiteral("DLG-1"))->price.minor, 900);
        QVERIFY(m_store->document().product(QStringLiteral("DLG-2"))->isSoldOut());
        QVERIFY(m_store->document().catalogueFeed.url.isEmpty()); // a file is no feed to refresh
    }

    void cancelLeavesTheShowUntouched()
    {
        const QList<Product> before = m_store->document().products;
        CatalogueImportDialog dialog(m_store.get(), &m_network);
        dialog.show();
        readUntil(dialog, fixture("shopify_classic.csv"), Step::Mapping);
        QVERIFY2(
            child<QLabel>(&dialog, "formatLabel")->text().contains(QStringLiteral("Shopify product export")),
            qPrintable(child<QLabel>(&dialog, "formatLabel")->text()));
        child<QPushButton>(&dialog, "nextButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.step(), Step::Review, 15'000);
        child<QPushButton>(&dialog, "cancelButton")->click();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(m_store->document().products, before);
        QCOMPARE(skusInDock().size(), 3);
    }

    void brokenCsvShowsThePreciseError()
    {
        CatalogueImportDialog dialog(m_store.get(), &m_network);
        dialog.show();
        readUntil(dialog, fixture("broken_quoting.csv"), Step::Mapping);
        const QString issues = child<QLabel>(&dialog, "previewIssues")->text();
        const QRegularExpression where(QStringLiteral("broken_quoting\\.csv:\\d+: .*quot"));
        QVERIFY2(where.match(issues).hasMatch(), qPrintable(issues));
        child<QPushButton>(&dialog, "nextButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.step(), Step::Review, 15'000);
        const QString details = child<QPlainTextEdit>(&dialog, "reviewDetails")->toPlainText();
        QVERIFY2(details.startsWith(QStringLiteral("Error: ")) && where.match(details).hasMatch(),
                 qPrintable(details));
        QVERIFY(child<QLabel>(&dialog, "reviewHeadline")->text().contains(QStringLiteral("error")));

        // Missing required columns: the mapping says which, and the import cannot go on.
        CatalogueImportDialog missing(m_store.get(), &m_network);
        missing.show();
        readUntil(missing, fixture("missing_columns.csv"), Step::Mapping);
        QVERIFY2(child<QLabel>(&missing, "previewIssues")
                     ->text()
                     .startsWith(QStringLiteral("Choose a column for: ")),
                 qPrintable(child<QLabel>(&missing, "previewIssues")->text()));
        QVERIFY(!child<QPushButton>(&missing, "nextButton")->isEnabled());

        // A file that is not there.
        CatalogueImportDialog absent(m_store.get(), &m_network);
        absent.show();
        absent.setSource(m_dir.filePath(QStringLiteral("nope.csv")));
        absent.readSource();
        QTRY_VERIFY_WITH_TIMEOUT(!child<QLabel>(&absent, "sourceError")->text().isEmpty(), 5'000);
        QCOMPARE(absent.step(), Step::Source);
        QVERIFY(
            child<QLabel>(&absent, "sourceError")->text().contains(QStringLiteral("nope.csv: no such file")));
    }

    void cancellingALongReadDoesNotWaitForIt()
    {
        const QString path = m_dir.filePath(QStringLiteral("big.xml"));
        {
            QFile feed(path);
            QVERIFY(feed.open(QIODevice::WriteOnly));
            feed.write(
                "<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:g=\"http://base.google.com/ns/1.0\">"
                "<channel>\n");
            for (int i = 0; i < 60'000; ++i)
                feed.write(
                    QStringLiteral("<item><g:id>BIG-%1</g:id><g:title>Product %1</g:title>"
                                   "<g:price>9.90 EUR</g:price><g:availability>in stock</g:availability>"
                                   "</item>\n")
                        .arg(i)
                        .toUtf8());
            feed.write("</channel></rss>\n");
        }
        const QList<Product> before = m_store->document().products;
        auto dialog = std::make_unique<CatalogueImportDialog>(m_store.get(), &m_network);
        dialog->show();
        dialog->setSource(path);
        dialog->readSource();
        QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), Step::Reading, 5'000);
        QTest::qWait(100);
        QElapsedTimer closing;
        closing.start();
        child<QPushButton>(dialog.get(), "cancelButton")->click();
        dialog.reset();
        QVERIFY2(closing.elapsed() < 300, qPrintable(QString::number(closing.elapsed())));
        QTest::qWait(6'000); // the abandoned read ends and reports to no one
        QCOMPARE(m_store->document().products, before);
    }

    void merchantFeedFromAUrlBecomesTheStockFeed()
    {
        QFile feed(fixture("merchant_feed.xml"));
        QVERIFY(feed.open(QIODevice::ReadOnly));
        LocalHttpServer server;
        server.serve(QStringLiteral("/feed.xml"), {200, feed.readAll(), "application/rss+xml"});
        QVERIFY(server.listen());
        CatalogueImportDialog dialog(m_store.get(), &m_network);
        dialog.show();
        readUntil(dialog, server.url(QStringLiteral("/feed.xml")), Step::Review); // no mapping for a feed
        const QString headline = child<QLabel>(&dialog, "reviewHeadline")->text();
        QVERIFY2(headline.startsWith(QStringLiteral("Google Merchant Center feed.")) &&
                     headline.contains(server.url(QStringLiteral("/feed.xml"))),
                 qPrintable(headline));
        child<QPushButton>(&dialog, "importButton")->click();
        QVERIFY(m_store->document().product(QStringLiteral("MC-GRINDER-01")));
        QCOMPARE(m_store->document().catalogueFeed.url, server.url(QStringLiteral("/feed.xml")));
        QCOMPARE(m_dock->findChild<QLineEdit*>(QStringLiteral("feedUrlEdit"))->text(),
                 server.url(QStringLiteral("/feed.xml"))); // the panel's live stock box offers it

        // An unreachable address says so on the first step.
        server.close();
        CatalogueImportDialog unreachable(m_store.get(), &m_network);
        unreachable.show();
        unreachable.setSource(QStringLiteral("http://127.0.0.1:1/feed.xml"));
        unreachable.readSource();
        QTRY_VERIFY_WITH_TIMEOUT(!child<QLabel>(&unreachable, "sourceError")->text().isEmpty(), 15'000);
        QVERIFY(child<QLabel>(&unreachable, "sourceError")->text().contains(QStringLiteral("127.0.0.1:1")));
    }
};

QTEST_MAIN(CatalogueImportDialogTest)
#include "CatalogueImportDialogTest.moc"
