#include "show/ClaimCode.h"
#include "show/CatalogueJson.h"
#include "show/CatalogueMerge.h"
#include "show/ShowDocument.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace vitrine;

class ClaimCodeTest : public QObject {
    Q_OBJECT

private:
    static Product product(const QString& sku, const QString& claimCode = {})
    {
        Product p;
        p.sku = sku;
        p.title = QStringLiteral("Product ") + sku;
        p.price = Money{1000, QStringLiteral("EUR")};
        p.claimCode = claimCode;
        return p;
    }

    static QStringList codes(const QList<Product>& products)
    {
        QStringList list;
        for (const Product& p : products)
            list << p.claimCode;
        return list;
    }

    // A show file with these products (claim codes as written, good or bad).
    static QByteArray showJson(const QList<Product>& products)
    {
        ShowDocument show = ShowDocument::blank(QStringLiteral("Claims"));
        QJsonObject root = QJsonDocument::fromJson(show.toJson()).object();
        root.insert(QStringLiteral("products"), productsToJson(products));
        return QJsonDocument(root).toJson();
    }

private Q_SLOTS:
    void validity_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("valid");
        QTest::newRow("A1") << QStringLiteral("A1") << true;
        QTest::newRow("one letter") << QStringLiteral("B") << true;
        QTest::newRow("four") << QStringLiteral("AB12") << true;
        QTest::newRow("lower-case") << QStringLiteral("a1") << true;
        QTest::newRow("letters only") << QStringLiteral("TEE") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("five") << QStringLiteral("ABC12") << false;
        QTest::newRow("bare number") << QStringLiteral("12") << false;
        QTest::newRow("zero") << QStringLiteral("0") << false;
        QTest::newRow("space") << QStringLiteral("A 1") << false;
        QTest::newRow("surrounding space") << QStringLiteral(" A1") << false;
        QTest::newRow("dash") << QStringLiteral("A-1") << false;
        QTest::newRow("accent") << QStringLiteral("É1") << false;
        QTest::newRow("full-width digit") << QStringLiteral("A１") << false;
    }

    void validity()
    {
        QFETCH(QString, code);
        QFETCH(bool, valid);
        QCOMPARE(isValidClaimCode(code), valid);
    }

    void normalisation()
    {
        QCOMPARE(normalizedClaimCode(QStringLiteral(" a1 ")), QStringLiteral("A1"));
        QCOMPARE(normalizedClaimCode(QStringLiteral("tee")), QStringLiteral("TEE"));
        QCOMPARE(normalizedClaimCode(QStringLiteral("B2")), QStringLiteral("B2"));
        QCOMPARE(normalizedClaimCode(QString()), QString());
    }

    void assignsInCatalogueOrder()
    {
        QList<Product> products;
        for (int i = 0; i < 11; ++i)
            products << product(QString::number(i));
        assignClaimCodes(products);
        QCOMPARE(codes(products),
                 (QStringList{QStringLiteral("A1"), QStringLiteral("A2"), QStringLiteral("A3"),
                              QStringLiteral("A4"), QStringLiteral("A5"), QStringLiteral("A6"),
                              QStringLiteral("A7"), QStringLiteral("A8"), QStringLiteral("A9"),
                              QStringLiteral("B1"), QStringLiteral("B2")}));
    }

    void goesOnWithTwoLettersAfterZ9()
    {
        QList<Product> products;
        for (int i = 0; i < 26 * 9 + 2; ++i)
            products << product(QString::number(i));
        assignClaimCodes(products);
        QCOMPARE(products.at(26 * 9 - 1).claimCode, QStringLiteral("Z9"));
        QCOMPARE(products.at(26 * 9).claimCode, QStringLiteral("AA1"));
        QCOMPARE(products.at(26 * 9 + 1).claimCode, QStringLiteral("AA2"));
    }

    void keepsExistingCodesAndSkipsThem()
    {
        QList<Product> products{
            product(QStringLiteral("a")), product(QStringLiteral("b"), QStringLiteral("A1")),
            product(QStringLiteral("c"), QStringLiteral("tee")), product(QStringLiteral("d"))};
        assignClaimCodes(products);
        QCOMPARE(codes(products), (QStringList{QStringLiteral("A2"), QStringLiteral("A1"),
                                               QStringLiteral("TEE"), QStringLiteral("A3")}));
        // A second pass changes nothing.
        const QList<Product> before = products;
        assignClaimCodes(products);
        QCOMPARE(products, before);
    }

    void fixesDuplicatesAndBareNumbers()
    {
        QList<Product> products{product(QStringLiteral("a"), QStringLiteral("B1")),
                                product(QStringLiteral("b"), QStringLiteral("b1")), // later duplicate loses
                                product(QStringLiteral("c"), QStringLiteral("12")), // a quantity in chat
                                product(QStringLiteral("d"), QStringLiteral("TOOLONG")),
                                product(QStringLiteral("e"), QStringLiteral("A-1")),
                                product(QStringLiteral("f"), QStringLiteral("a1"))};
        assignClaimCodes(products);
        QCOMPARE(codes(products),
                 (QStringList{QStringLiteral("B1"), QStringLiteral("A2"), QStringLiteral("A3"),
                              QStringLiteral("A4"), QStringLiteral("A5"), QStringLiteral("A1")}));
    }

    void findsTheProductWhateverTheCase()
    {
        ShowDocument show = ShowDocument::blank(QStringLiteral("Claims"));
        show.products = {product(QStringLiteral("a")), product(QStringLiteral("b"), QStringLiteral("TEE"))};
        assignClaimCodes(show.products);
        QCOMPARE(productByClaimCode(show, QStringLiteral("a1"))->sku, QStringLiteral("a"));
        QCOMPARE(productByClaimCode(show, QStringLiteral("A1"))->sku, QStringLiteral("a"));
        QCOMPARE(productByClaimCode(show, QStringLiteral("Tee"))->sku, QStringLiteral("b"));
        QCOMPARE(productByClaimCode(show, QStringLiteral(" tee "))->sku, QStringLiteral("b"));
        QVERIFY(!productByClaimCode(show, QStringLiteral("A2")));
        QVERIFY(!productByClaimCode(show, QString()));
        QVERIFY(!productByClaimCode(show, QStringLiteral("1")));
    }

    void namesWhyACodeIsRefused()
    {
        const QList<Product> products{product(QStringLiteral("a"), QStringLiteral("A1")),
                                      product(QStringLiteral("b"), QStringLiteral("A2"))};
        const QString b = QStringLiteral("b");
        QCOMPARE(claimCodeProblem(products, b, QStringLiteral("c3")), ClaimCodeProblem::None);
        QCOMPARE(claimCodeProblem(products, b, QStringLiteral("a2")), ClaimCodeProblem::None); // its own
        QCOMPARE(claimCodeProblem(products, b, QStringLiteral("a1")), ClaimCodeProblem::Taken);
        QCOMPARE(claimCodeProblem(products, b, QStringLiteral("  ")), ClaimCodeProblem::Empty);
        QCOMPARE(claimCodeProblem(products, b, QStringLiteral("ABCDE")), ClaimCodeProblem::TooLong);
        QCOMPARE(claimCodeProblem(products, b, QStringLiteral("A-1")), ClaimCodeProblem::InvalidCharacter);
        QCOMPARE(claimCodeProblem(products, b, QStringLiteral("42")), ClaimCodeProblem::NoLetter);
    }

    void roundTripsThroughJson()
    {
        const Product withCode = product(QStringLiteral("a"), QStringLiteral("K9"));
        const QJsonObject json = productToJson(withCode);
        QCOMPARE(json.value(QStringLiteral("claimCode")).toString(), QStringLiteral("K9"));
        QStringList errors;
        QCOMPARE(productFromJson(json, QStringLiteral("t"), &errors), withCode);
        QVERIFY(errors.isEmpty());
        // Omitted when empty.
        QVERIFY(!productToJson(product(QStringLiteral("b"))).contains(QStringLiteral("claimCode")));

        ShowDocument show = ShowDocument::blank(QStringLiteral("Claims"));
        show.products = {withCode, product(QStringLiteral("b"), QStringLiteral("TEE"))};
        QString error;
        const auto loaded = ShowDocument::fromJson(show.toJson(), QStringLiteral("r"), &error);
        QVERIFY2(loaded.has_value(), qPrintable(error));
        QCOMPARE(loaded->products, show.products);
        QCOMPARE(loaded->toJson(), show.toJson());
    }

    void loadingAShowGivesEveryProductACode()
    {
        // Written by hand: one without code, one with a bare number, a duplicate in another case, a good one.
        const QByteArray data =
            showJson({product(QStringLiteral("a")), product(QStringLiteral("b"), QStringLiteral("7")),
                      product(QStringLiteral("c"), QStringLiteral("X1")),
                      product(QStringLiteral("d"), QStringLiteral("x1")),
                      product(QStringLiteral("e"), QStringLiteral("a1"))});
        QString error;
        const auto show = ShowDocument::fromJson(data, QStringLiteral("bad-codes.vitrine"), &error);
        QVERIFY2(show.has_value(), qPrintable(error)); // a bad code is never a load failure
        QCOMPARE(codes(show->products),
                 (QStringList{QStringLiteral("A2"), QStringLiteral("A3"), QStringLiteral("X1"),
                              QStringLiteral("A4"), QStringLiteral("A1")}));
    }

    void mergeKeepsCodesAndGivesNewProductsOne()
    {
        QList<Product> current{product(QStringLiteral("a"), QStringLiteral("TEE")),
                               product(QStringLiteral("b"), QStringLiteral("A1"))};
        // The shop's copy knows no claim code; a new product brings one already taken.
        QList<Product> imported{product(QStringLiteral("b")), product(QStringLiteral("a")),
                                product(QStringLiteral("c"), QStringLiteral("TEE")),
                                product(QStringLiteral("d"))};
        MergeReport report;
        const QList<Product> merged = mergeCatalogue(current, imported, &report);
        QCOMPARE(codes(merged), (QStringList{QStringLiteral("TEE"), QStringLiteral("A1"),
                                             QStringLiteral("A2"), QStringLiteral("A3")}));
    }

    void demoShowProductsHaveDistinctCodes()
    {
        QString error;
        const auto demo =
            ShowDocument::load(QStringLiteral(VITRINE_SOURCE_DIR "/resources/demo/demo.vitrine"), &error);
        QVERIFY2(demo.has_value(), qPrintable(error));
        QVERIFY(!demo->products.isEmpty());
        QSet<QString> seen;
        for (const Product& p : demo->products) {
            QVERIFY2(isValidClaimCode(p.claimCode), qPrintable(p.sku));
            QCOMPARE(p.claimCode, normalizedClaimCode(p.claimCode));
            QVERIFY2(!seen.contains(p.claimCode), qPrintable(p.claimCode));
            seen.insert(p.claimCode);
            QCOMPARE(productByClaimCode(*demo, p.claimCode.toLower())->sku, p.sku);
        }
    }

    void assignsAHundredThousandProductsQuickly()
    {
        QList<Product> products(100'000);
        for (qsizetype i = 0; i < products.size(); ++i)
            products[i].sku = QString::number(i);
        QElapsedTimer timer;
        timer.start();
        assignClaimCodes(products);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QSet<QString> seen;
        for (const Product& p : products)
            seen.insert(p.claimCode);
        QCOMPARE(seen.size(), products.size());
        QCOMPARE(products.last().claimCode.size(), 4); // three letters and a digit
    }
};

QTEST_GUILESS_MAIN(ClaimCodeTest)
#include "ClaimCodeTest.moc"
