#include "show/import/ImportSummary.h"
#include "show/CatalogueMerge.h"
#include "show/import/CsvProductImporter.h"

#include <QTest>

using namespace vitrine;

class ImportSummaryTest : public QObject {
    Q_OBJECT

    static Product product(const QString& sku, qint64 cents, std::optional<int> stock)
    {
        Product p;
        p.sku = sku;
        p.title = sku;
        p.price = Money{cents, QStringLiteral("EUR")};
        p.stock = stock;
        return p;
    }

private Q_SLOTS:
    void countsWhatTheMergeWouldDo()
    {
        const QList<Product> show{product(QStringLiteral("A"), 1000, 5),
                                  product(QStringLiteral("B"), 2000, 1),
                                  product(QStringLiteral("GONE"), 100, 1)};
        ImportReport report;
        report.products = {product(QStringLiteral("A"), 900, 5), product(QStringLiteral("B"), 2000, 1),
                           product(QStringLiteral("NEW"), 500, 3)};
        report.issues << ImportIssue{ImportIssue::Severity::Warning, QStringLiteral("/tmp/shop.csv"), 4,
                                     QStringLiteral("stock"), QStringLiteral("not a number")}
                      << ImportIssue{ImportIssue::Severity::Error, QStringLiteral("/tmp/shop.csv"), 7,
                                     QStringLiteral("price"), QStringLiteral("“abc” is not a price")};
        MergeReport merge;
        mergeCatalogue(show, report.products, &merge);
        const ImportSummary summary(QStringLiteral("/tmp/shop.csv"), report, merge);
        QVERIFY(summary.canImport());
        QCOMPARE(summary.headline(),
                 QStringLiteral(
                     "3 product(s) read from shop.csv: 1 new, 1 updated, 1 unchanged; 1 in the show but "
                     "not in the file (kept). 1 error(s), 1 warning(s)."));
        const QStringList changes = summary.changeLines();
        QCOMPARE(changes.first(), QStringLiteral("New: NEW"));
        QVERIFY(changes.contains(QStringLiteral("A: price 10.00 → 9.00")));
        QCOMPARE(changes.last(), QStringLiteral("Not in the file (kept): GONE"));
        // Errors before warnings, each with its file, row and field.
        QCOMPARE(summary.issueLines(),
                 QStringList({QStringLiteral("Error: /tmp/shop.csv:7: price: “abc” is not a price"),
                              QStringLiteral("Warning: /tmp/shop.csv:4: stock: not a number")}));
        QVERIFY(summary.details().endsWith(QStringLiteral("stock: not a number")));
    }

    void looksAlikeAreNamedWithTheirTitles()
    {
        QCOMPARE(skusLookAlike(QStringLiteral("CAF-ETH-250"), QStringLiteral("CAFE-ETH-250")), true);
        QCOMPARE(skusLookAlike(QStringLiteral("MOUL-01"), QStringLiteral("moul01")), true);
        QCOMPARE(skusLookAlike(QStringLiteral("MUG-BLUE-1"), QStringLiteral("MUG-BLUE-2")), false); // a range
        QCOMPARE(skusLookAlike(QStringLiteral("SKU-1"), QStringLiteral("SKU-10")), false);
        QCOMPARE(skusLookAlike(QStringLiteral("AB-1"), QStringLiteral("AC-1")), false); // too short to tell
        QCOMPARE(skusLookAlike(QStringLiteral("MOUL-01"), QStringLiteral("MOUL-01")), false);
        QCOMPARE(
            titlesLookAlike(QStringLiteral("Café d’Éthiopie 250 g"), QStringLiteral("cafe d'ethiopie 250g")),
            true);
        QCOMPARE(
            titlesLookAlike(QStringLiteral("Café d’Éthiopie 250 g"), QStringLiteral("Café d’Éthiopie 500 g")),
            false);

        Product ethiopia = product(QStringLiteral("CAFE-ETH-250"), 1250, 3);
        ethiopia.title = QStringLiteral("Café d’Éthiopie Yirgacheffe 250 g");
        Product typo = product(QStringLiteral("CAF-ETH-250"), 1250, 3);
        typo.title = QStringLiteral("Café Éthiopie 250 g");
        Product again = product(QStringLiteral("ETH-250-B"), 1250, 3);
        again.title = QStringLiteral("Cafe d'Ethiopie Yirgacheffe 250g");
        Product other = product(QStringLiteral("MUG-BLUE-2"), 900, 3);
        other.title = QStringLiteral("Mug bleu");
        ImportReport report;
        report.products = {ethiopia, typo, again, other};
        MergeReport merge;
        mergeCatalogue({ethiopia, product(QStringLiteral("MUG-BLUE-1"), 900, 3)}, report.products, &merge);
        QCOMPARE(merge.added, (QStringList{QStringLiteral("CAF-ETH-250"), QStringLiteral("ETH-250-B"),
                                           QStringLiteral("MUG-BLUE-2")})); // imported all the same
        const ImportSummary summary(QStringLiteral("shop.csv"), report, merge);
        QVERIFY2(summary.headline().contains(QStringLiteral("2 look(s) like a product already there")),
                 qPrintable(summary.headline()));
        const QStringList lines = summary.changeLines();
        QCOMPARE(lines.at(0),
                 QStringLiteral("Check: CAF-ETH-250 “Café Éthiopie 250 g” looks like CAFE-ETH-250 "
                                "“Café d’Éthiopie Yirgacheffe 250 g” (SKUs one letter apart)"));
        QCOMPARE(lines.at(1),
                 QStringLiteral("Check: ETH-250-B “Cafe d'Ethiopie Yirgacheffe 250g” has the same "
                                "title as CAFE-ETH-250 “Café d’Éthiopie Yirgacheffe 250 g”"));
        QVERIFY(lines.contains(QStringLiteral("New: MUG-BLUE-2 “Mug bleu”")));
    }

    void nothingReadSaysWhy()
    {
        const ImportReport report =
            CsvProductImporter(QStringLiteral(VITRINE_TEST_DATA_DIR "/import/missing_columns.csv")).import();
        QVERIFY(report.products.isEmpty());
        MergeReport merge;
        mergeCatalogue({}, report.products, &merge);
        const ImportSummary summary(QStringLiteral(VITRINE_TEST_DATA_DIR "/import/missing_columns.csv"),
                                    report, merge);
        QVERIFY(!summary.canImport());
        QVERIFY2(summary.headline().startsWith(
                     QStringLiteral("No product could be read from missing_columns.csv")),
                 qPrintable(summary.headline()));
        QVERIFY(!summary.issueLines().isEmpty());
        QVERIFY2(summary.issueLines().first().contains(QStringLiteral("missing_columns.csv")),
                 qPrintable(summary.issueLines().first()));
    }

    void aUrlKeepsItsHost()
    {
        ImportReport report;
        report.products << product(QStringLiteral("A"), 100, 1);
        report.fatal = true;
        MergeReport merge;
        mergeCatalogue({}, report.products, &merge);
        const ImportSummary summary(QStringLiteral("https://shop.example/feed.xml"), report, merge);
        QVERIFY(summary.headline().contains(QStringLiteral("from https://shop.example/feed.xml")));
        QVERIFY(summary.headline().contains(QStringLiteral("Reading stopped early")));
    }
};

QTEST_GUILESS_MAIN(ImportSummaryTest)
#include "ImportSummaryTest.moc"
