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
