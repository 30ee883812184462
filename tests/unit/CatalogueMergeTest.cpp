#include "show/CatalogueMerge.h"

#include <QTest>

using namespace vitrine;

class CatalogueMergeTest : public QObject {
    Q_OBJECT

private:
    static Product product(const QString& sku, qint64 cents, std::optional<int> stock)
    {
        Product p;
        p.sku = sku;
        p.title = sku + QStringLiteral(" title");
        p.price = Money{cents, QStringLiteral("EUR")};
        p.stock = stock;
        return p;
    }

private Q_SLOTS:
    void refreshesShopFactsAndKeepsTheProducersWork()
    {
        Product a = product(QStringLiteral("A"), 1000, 5);
        a.pitch = QStringLiteral("Producer's pitch");
        a.lowStockThreshold = 2;
        a.facts = {QStringLiteral("40 settings")}; // the presenter's key facts: no shop has them
        const Product b = product(QStringLiteral("B"), 2000, 3);
        const Product c = product(QStringLiteral("C"), 3000, 1);
        const QList<Product> current{c, a, b}; // the producer's order

        Product a2 = product(QStringLiteral("A"), 900, 4);
        a2.pitch = QStringLiteral("Shop description");
        Product b2 = b;
        b2.available = false;
        const Product d = product(QStringLiteral("D"), 4000, 9);
        const QList<Product> imported{d, a2, b2};

        MergeReport report;
        const QList<Product> merged = mergeCatalogue(current, imported, &report);
        QCOMPARE(merged.size(), 4);
        QCOMPARE(merged.at(0).sku, QStringLiteral("C")); // order kept, C kept though missing
        QCOMPARE(merged.at(1).sku, QStringLiteral("A"));
        QCOMPARE(merged.at(2).sku, QStringLiteral("B"));
        QCOMPARE(merged.at(3).sku, QStringLiteral("D")); // new ones appended
        QCOMPARE(merged.at(1).price.minor, 900);
        QCOMPARE(merged.at(1).stock, std::optional<int>(4));
        QCOMPARE(merged.at(1).pitch, QStringLiteral("Producer's pitch"));
        QCOMPARE(merged.at(1).lowStockThreshold, 2);
        QCOMPARE(merged.at(1).facts, QStringList{QStringLiteral("40 settings")});
        QVERIFY(!merged.at(2).available);
        QCOMPARE(report.added, QStringList{QStringLiteral("D")});
        QCOMPARE(report.updated, (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
        QCOMPARE(report.missing, QStringList{QStringLiteral("C")});
        QVERIFY(report.changes.contains(QStringLiteral("A: price 10.00 → 9.00")));
        QVERIFY(report.changes.contains(QStringLiteral("A: stock 5 → 4")));
        QVERIFY(report.changes.contains(QStringLiteral("B: no longer available")));
    }

    void emptyPitchTakesTheShopsDescription()
    {
        const QList<Product> current{product(QStringLiteral("A"), 1000, 5)};
        Product imported = current.first();
        imported.pitch = QStringLiteral("From the shop");
        MergeReport report;
        const QList<Product> merged = mergeCatalogue(current, {imported}, &report);
        QCOMPARE(merged.first().pitch, QStringLiteral("From the shop"));
        QCOMPARE(report.unchanged, QStringList{QStringLiteral("A")});
    }
};

QTEST_GUILESS_MAIN(CatalogueMergeTest)
#include "CatalogueMergeTest.moc"
