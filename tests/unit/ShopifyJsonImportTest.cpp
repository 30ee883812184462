#include "show/import/ShopifyJsonImporter.h"

#include <QTest>

using namespace vitrine;

namespace {

QString dataPath(const char* name)
{
    return QStringLiteral(VITRINE_TEST_DATA_DIR "/import/") + QLatin1String(name);
}

Money eur(qint64 minor)
{
    return Money{minor, QStringLiteral("EUR")};
}

QString issuesText(const ImportReport& report)
{
    QStringList lines;
    for (const ImportIssue& issue : report.issues)
        lines.append(issue.toString());
    return lines.join(u'\n');
}

ProductVariant variant(const char* sku, const char* title, QMap<QString, QString> options, Money price,
                       std::optional<Money> compareAt, bool available)
{
    ProductVariant result;
    result.sku = QString::fromUtf8(sku);
    result.title = QString::fromUtf8(title);
    result.options = std::move(options);
    result.price = price;
    result.compareAtPrice = compareAt;
    result.available = available;
    return result; // stock stays unknown: the storefront does not say
}

} // namespace

class ShopifyJsonImportTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void importsStorefrontProductsJson()
    {
        const ShopifyJsonImporter importer(QStringLiteral("https://boutique.example/"),
                                           QStringLiteral("EUR"));
        const ImportReport report = importer.importFile(dataPath("shopify_products.json"));
        QVERIFY2(report.issues.isEmpty(), qPrintable(issuesText(report)));
        QVERIFY(!report.fatal);
        QCOMPARE(report.products.size(), 3);
        const QString cdn = QStringLiteral("https://cdn.shopify.com/s/files/1/0000/0001/files/");

        Product grinder;
        grinder.sku = QStringLiteral("MC-M2-NOIR");
        grinder.title = QStringLiteral("Moulin à café M2");
        grinder.pitch = QStringLiteral(
            "Le moulin M2, 40 réglages.\n• Meules coniques en acier\n• Moteur silencieux & lent");
        grinder.price = eur(8999);
        grinder.compareAtPrice = eur(9900);
        grinder.images = {cdn + "m2-noir.jpg?v=1700000000", cdn + "m2-blanc.jpg?v=1700000000"};
        grinder.url = QStringLiteral("https://boutique.example/products/moulin-cafe-m2");
        grinder.vendor = QStringLiteral("Barista & Co");
        grinder.variants = {
            variant("MC-M2-NOIR", "Noir", {{"Couleur", "Noir"}}, eur(8999), eur(9900), true),
            variant("MC-M2-BLANC", "Blanc", {{"Couleur", "Blanc"}}, eur(8999), {}, false),
        };
        grinder.available = true; // one variant is
        QCOMPARE(report.products[0], grinder);
        QVERIFY(!report.products[0].stock.has_value());

        Product cup;
        cup.sku = QStringLiteral("tasse-espresso"); // no SKU: the handle
        cup.title = QStringLiteral("Tasse espresso");
        cup.pitch = QStringLiteral("Porcelaine, 8\u00a0cl – lot de 2");
        cup.price = eur(1250);
        cup.images = {cdn + "tasse.jpg?v=1700000000"}; // protocol-relative made https
        cup.url = QStringLiteral("https://boutique.example/products/tasse-espresso");
        cup.vendor = QStringLiteral("Barista & Co");
        QCOMPARE(report.products[1], cup);

        Product shirt;
        shirt.sku = QStringLiteral("t-shirt-barista");
        shirt.title = QStringLiteral("T-shirt Barista");
        shirt.price = eur(2500);
        shirt.url = QStringLiteral("https://boutique.example/products/t-shirt-barista");
        shirt.vendor = QStringLiteral("Vitrine");
        shirt.variants = {
            variant("t-shirt-barista-44001122334601", "S / Noir", {{"Taille", "S"}, {"Couleur", "Noir"}},
                    eur(2500), {}, true),
            variant("TSHIRT-M-NOIR", "M / Noir", {{"Taille", "M"}, {"Couleur", "Noir"}}, eur(2700), eur(3000),
                    false),
        };
        QCOMPARE(report.products[2], shirt);
    }

    void withoutBaseUrlOrCurrency()
    {
        const ImportReport report = ShopifyJsonImporter().importFile(dataPath("shopify_products.json"));
        QCOMPARE(report.products.size(), 3);
        QVERIFY(report.products[0].url.isEmpty());
        QCOMPARE(report.products[0].price, (Money{8999, {}}));
    }

    void readsSingleProductAndAdminFields()
    {
        const QByteArray json = R"({"product": {"id": 1, "title": "Seul", "handle": "seul",
            "variants": [{"id": 2, "sku": "S-1", "price": 19.9, "inventory_quantity": 4}]}})";
        const ImportReport report = ShopifyJsonImporter().importData(json, QStringLiteral("seul.json"));
        QVERIFY2(report.issues.isEmpty(), qPrintable(issuesText(report)));
        QCOMPARE(report.products.size(), 1);
        QCOMPARE(report.products[0].sku, QStringLiteral("S-1"));
        QCOMPARE(report.products[0].price, (Money{1990, {}}));
        QCOMPARE(report.products[0].stock, 4);
    }

    void malformedJsonIsFatalWithLineAndColumn()
    {
        const QByteArray json = "{\"products\": [\n  {\"title\": \"x\",\n   \"handle\": }\n]}";
        const ImportReport report = ShopifyJsonImporter().importData(json, QStringLiteral("bad.json"));
        QVERIFY(report.fatal);
        QVERIFY(report.products.isEmpty());
        QCOMPARE(report.issues.size(), 1);
        QCOMPARE(report.issues[0].file, QStringLiteral("bad.json"));
        QCOMPARE(report.issues[0].line, 3);
        QVERIFY2(report.issues[0].message.contains(QStringLiteral("line 3, column 14")),
                 qPrintable(report.issues[0].message));

        for (const QByteArray& truncated :
             {QByteArray(""), QByteArray("{\"products\": [{\"title\""), QByteArray("\xff")})
            QVERIFY(ShopifyJsonImporter().importData(truncated, QStringLiteral("t.json")).fatal);
    }

    void wrongShapesAreIssues()
    {
        const ImportReport notArray =
            ShopifyJsonImporter().importData(R"({"products": {"title": "x"}})", QStringLiteral("a.json"));
        QVERIFY(notArray.fatal);
        QCOMPARE(notArray.issues.size(), 1);
        QCOMPARE(notArray.issues[0].field, QStringLiteral("products"));
        QCOMPARE(notArray.issues[0].line, 1);
        QVERIFY(ShopifyJsonImporter().importData("[1, 2]", QStringLiteral("b.json")).fatal);
        QVERIFY(ShopifyJsonImporter().importData(R"({"items": []})", QStringLiteral("c.json")).fatal);

        const QByteArray json = R"({"products": [
  42,
  {"handle": "sans-titre", "variants": []},
  {"title": "Mixte", "handle": "mixte", "images": "nope",
   "variants": [
     {"id": 1, "sku": "M-1", "price": {"amount": "5"}},
     {"id": 2, "sku": "M-2", "price": "-5.00"},
     {"id": 3, "sku": "M-3", "price": "abc"},
     {"id": 4, "sku": "M-4"},
     "variant",
     {"id": 5, "sku": "OK", "price": "10.50", "compare_at_price": "beaucoup", "available": "yes"}
   ]},
  {"title": "Doublon", "handle": "doublon", "variants": [{"sku": "OK", "price": "1.00"}]},
  {"title": "Sans variantes", "handle": "vide", "variants": "aucune"}
]})";
        const ImportReport report = ShopifyJsonImporter().importData(json, QStringLiteral("shapes.json"));
        QVERIFY(!report.fatal);
        QCOMPARE(report.products.size(), 1);
        QCOMPARE(report.products[0].sku, QStringLiteral("OK"));
        QCOMPARE(report.products[0].price, (Money{1050, {}}));
        QVERIFY(!report.products[0].compareAtPrice);
        QVERIFY(report.products[0].available);

        struct Expected {
            int line;
            ImportIssue::Severity severity;
            const char* field;
            const char* words;
        };
        using S = ImportIssue::Severity;
        const QList<Expected> expected = {
            {2, S::Error, "products[0]", "not an object"},
            {3, S::Error, "products[1].title", "no title"},
            {4, S::Warning, "products[2].images", "not an array"},
            {6, S::Error, "products[2].variants[0].price", "neither a string nor a number"},
            {7, S::Error, "products[2].variants[1].price", "negative"},
            {8, S::Error, "products[2].variants[2].price", "not a price"},
            {9, S::Error, "products[2].variants[3].price", "no price"},
            {10, S::Error, "products[2].variants[4]", "not an object"},
            {11, S::Warning, "products[2].variants[5].compare_at_price", "not a price"},
            {11, S::Warning, "products[2].variants[5].available", "not true or false"},
            {13, S::Warning, "products[3].variants[0].sku", "duplicate"},
            {14, S::Error, "products[4].variants", "not an array"},
        };
        QCOMPARE(report.issues.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const ImportIssue& issue = report.issues[i];
            QVERIFY2(issue.field == QString::fromUtf8(expected[i].field), qPrintable(issue.toString()));
            QVERIFY2(issue.line == expected[i].line, qPrintable(issue.toString()));
            QCOMPARE(issue.severity, expected[i].severity);
            QCOMPARE(issue.file, QStringLiteral("shapes.json"));
            QVERIFY2(issue.message.contains(QString::fromUtf8(expected[i].words)),
                     qPrintable(issue.toString()));
        }
    }
};

QTEST_GUILESS_MAIN(ShopifyJsonImportTest)
#include "ShopifyJsonImportTest.moc"
