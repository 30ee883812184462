#include "show/import/CatalogueFileImporter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace vitrine;

class CatalogueFileImportTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void picksTheImporterByContent()
    {
        const QString data = QStringLiteral(VITRINE_TEST_DATA_DIR "/import/");
        QCOMPARE(detectCatalogueFormat(data + QStringLiteral("merchant_feed.xml")),
                 CatalogueFormat::MerchantFeed);
        QCOMPARE(detectCatalogueFormat(data + QStringLiteral("shopify_products.json")),
                 CatalogueFormat::ShopifyJson);
        QCOMPARE(detectCatalogueFormat(data + QStringLiteral("shopify_classic.csv")), CatalogueFormat::Csv);

        // A feed saved with the wrong extension is still read as a feed.
        QTemporaryDir dir;
        const QString renamed = dir.filePath(QStringLiteral("export.txt"));
        QVERIFY(QFile::copy(data + QStringLiteral("merchant_feed.xml"), renamed));
        QCOMPARE(detectCatalogueFormat(renamed), CatalogueFormat::MerchantFeed);
    }

    void importsEachFormat()
    {
        const QString data = QStringLiteral(VITRINE_TEST_DATA_DIR "/import/");
        for (const char* name : {"merchant_feed.xml", "shopify_products.json", "shopify_classic.csv"}) {
            const ImportReport report = importCatalogueFile(data + QLatin1String(name));
            QVERIFY2(!report.fatal, name);
            QVERIFY2(!report.products.isEmpty(), name);
        }
        const ImportReport missing = importCatalogueFile(data + QStringLiteral("missing_columns.csv"));
        QVERIFY(missing.fatal);
        QVERIFY(missing.products.isEmpty());
    }
};

QTEST_GUILESS_MAIN(CatalogueFileImportTest)
#include "CatalogueFileImportTest.moc"
