#include "show/import/CsvProductImporter.h"
#include "show/import/CsvReader.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QTest>

using namespace vitrine;

namespace {

using Field = ColumnMapping::Field;

QString dataPath(const char* name)
{
    return QStringLiteral(VITRINE_TEST_DATA_DIR "/import/") + QLatin1String(name);
}

Money eur(qint64 minor)
{
    return Money{minor, QStringLiteral("EUR")};
}

QList<CsvRecord> readAll(const QByteArray& data, QChar delimiter = {})
{
    CsvReader reader(data, delimiter);
    QList<CsvRecord> records;
    CsvRecord record;
    while (reader.readRecord(&record))
        records.append(record);
    return records;
}

ProductVariant variant(const char* sku, const QString& title, QMap<QString, QString> options, Money price,
                       std::optional<Money> compareAt, std::optional<int> stock)
{
    ProductVariant result;
    result.sku = QString::fromUtf8(sku);
    result.title = title;
    result.options = std::move(options);
    result.price = price;
    result.compareAtPrice = compareAt;
    result.stock = stock;
    result.available = !stock || *stock > 0;
    return result;
}

QString issuesText(const ImportReport& report)
{
    QStringList lines;
    for (const ImportIssue& issue : report.issues)
        lines.append(issue.toString());
    return lines.join(u'\n');
}

const ImportIssue* issueOnRow(const ImportReport& report, int row)
{
    for (const ImportIssue& issue : report.issues) {
        if (issue.line == row)
            return &issue;
    }
    return nullptr;
}

} // namespace

class CsvImportTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // --- The reader ---

    void readsQuotedFields()
    {
        const QList<CsvRecord> records =
            readAll("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"multi\r\nline\nfield\",,end\n\nlast,\"\",x");
        QCOMPARE(records.size(), 3);
        QCOMPARE(records[0].fields, (QStringList{"a", "b,c", "say \"hi\""}));
        QCOMPARE(records[0].line, 1);
        QCOMPARE(records[0].row, 1);
        QCOMPARE(records[1].fields, (QStringList{"multi\nline\nfield", "", "end"}));
        QCOMPARE(records[1].line, 2);
        QCOMPARE(records[1].lastLine, 4);
        QCOMPARE(records[2].fields, (QStringList{"last", "", "x"}));
        QCOMPARE(records[2].line, 6); // line 5 is blank: skipped, counted
        QCOMPARE(records[2].row, 3);
        for (const CsvRecord& record : records)
            QVERIFY2(record.error.isEmpty(), qPrintable(record.error));
    }

    void readsLineEndingsAndBom()
    {
        const QList<CsvRecord> records = readAll("\xEF\xBB\xBFh1,h2\rv1,v2\r\nv3,v4\nv5,");
        QCOMPARE(records.size(), 4);
        QCOMPARE(records[0].fields, (QStringList{"h1", "h2"}));
        QCOMPARE(records[1].fields, (QStringList{"v1", "v2"}));
        QCOMPARE(records[3].fields, (QStringList{"v5", ""}));
        QCOMPARE(records[3].line, 4);
        QVERIFY(readAll({}).isEmpty());
        QVERIFY(readAll("\xEF\xBB\xBF").isEmpty());
    }

    void detectsDelimiter()
    {
        QCOMPARE(CsvReader(QByteArray("a;b;\"c,d,e,f\"\n1;2;3")).delimiter(), QChar(u';'));
        QCOMPARE(CsvReader(QByteArray("a,b;c,d\n")).delimiter(), QChar(u','));
        QCOMPARE(CsvReader(QByteArray("a\tb\tc\n")).delimiter(), QChar(u'\t'));
        QCOMPARE(CsvReader(QByteArray("single\n")).delimiter(), QChar(u','));
        QCOMPARE(CsvReader(QByteArray("a;b,c;d"), QChar(u',')).delimiter(), QChar(u','));
        // Excel's hint line names the delimiter and is not a record.
        const QList<CsvRecord> records = readAll("sep=;\r\na,b;c\r\n");
        QCOMPARE(records.size(), 1);
        QCOMPARE(records[0].fields, (QStringList{"a,b", "c"}));
        QCOMPARE(records[0].line, 2);
    }

    void reportsBrokenQuoting()
    {
        const QList<CsvRecord> records =
            readAll("h1,h2\nok,12\" pizza\n\"closed\" late,x\n\"open,never\nnext,row\n");
        QCOMPARE(records.size(), 5);
        QCOMPARE(records[1].fields, (QStringList{"ok", "12\" pizza"}));
        QVERIFY(!records[1].error.isEmpty());
        QCOMPARE(records[1].errorLine, 2);
        QCOMPARE(records[2].fields, (QStringList{"closed late", "x"}));
        QVERIFY(!records[2].error.isEmpty());
        QCOMPARE(records[2].errorLine, 3);
        // The unterminated quote is reported on its line; reading resumes on the next line.
        QVERIFY(!records[3].error.isEmpty());
        QCOMPARE(records[3].errorLine, 4);
        QCOMPARE(records[3].line, 4);
        QCOMPARE(records[4].fields, (QStringList{"next", "row"}));
        QCOMPARE(records[4].line, 5);
        QVERIFY(records[4].error.isEmpty());
        // At the very end, with nothing after it.
        const QList<CsvRecord> last = readAll("a,\"b");
        QCOMPARE(last.size(), 1);
        QVERIFY(!last[0].error.isEmpty());
    }

    void readsWindows1252Fields()
    {
        CsvReader reader(QByteArray("caf\xE9,l\x92or,\xE2\x82\xAC"));
        CsvRecord record;
        QVERIFY(reader.readRecord(&record));
        QCOMPARE(record.fields,
                 (QStringList{QStringLiteral("café"), QStringLiteral("l’or"), QStringLiteral("€")}));
        QVERIFY(reader.usedWindows1252());
    }

    void streamsLargeInputQuickly()
    {
        // 100,000 rows through a QIODevice, with quoted fields crossing the reader's chunk boundaries.
        QByteArray data = "sku,title,description,price,stock\n";
        for (int i = 0; i < 100000; ++i)
            data += "SKU-" + QByteArray::number(i) + ",Produit " + QByteArray::number(i) +
                    ",\"Texte, avec \"\"guillemets\"\"\nsur deux lignes\",19.90," +
                    QByteArray::number(i % 50) + "\n";
        QBuffer buffer(&data);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        QElapsedTimer timer;
        timer.start();
        CsvReader reader(&buffer);
        CsvRecord record;
        int count = 0;
        while (reader.readRecord(&record)) {
            if (count > 0 && record.fields.size() != 5)
                QFAIL(qPrintable(
                    QStringLiteral("record %1 has %2 fields").arg(count).arg(record.fields.size())));
            ++count;
        }
        const qint64 readMs = timer.elapsed();
        QCOMPARE(count, 100001);
        QCOMPARE(record.fields.at(2), QStringLiteral("Texte, avec \"guillemets\"\nsur deux lignes"));
        QCOMPARE(record.line, 1 + 2 * 99999 + 1);

        timer.restart();
        const ImportReport report = CsvProductImporter(data, QStringLiteral("big.csv")).import();
        const qint64 importMs = timer.elapsed();
        qInfo("100,000 rows: read in %lld ms, imported in %lld ms", readMs, importMs);
        QCOMPARE(report.products.size(), 100000);
        QVERIFY2(report.issues.isEmpty(), qPrintable(issuesText(report)));
        // Measured on an idle machine: about 75 ms and 600 ms. The bounds only catch a quadratic slide: a
        // shared CI runner or a sanitizer build is several times slower.
        QVERIFY2(readMs < 5000, "reading 100,000 rows should take well under a second");
        QVERIFY2(importMs < 20000, "importing 100,000 rows should take about a second");
    }

    // --- Column mapping ---

    void guessesShopifyClassicHeaders()
    {
        const QStringList headers =
            QString::fromLatin1("Handle,Title,Body (HTML),Vendor,Option1 Name,Option1 Value,Option2 Name,"
                                "Option2 Value,Option3 Name,Option3 Value,Variant SKU,Variant Inventory Qty,"
                                "Variant Price,Variant Compare At Price,Image Src,Variant Image,"
                                "Price / France,Compare At Price / France,Cost per item")
                .split(u',');
        const ColumnMapping mapping = ColumnMapping::guess(headers);
        QVERIFY(mapping.shopify);
        QCOMPARE(mapping.column(Field::Handle), 0);
        QCOMPARE(mapping.column(Field::Title), 1);
        QCOMPARE(mapping.column(Field::Pitch), 2);
        QCOMPARE(mapping.column(Field::Vendor), 3);
        QCOMPARE(mapping.column(Field::Option1Name), 4);
        QCOMPARE(mapping.column(Field::Option1Value), 5);
        QCOMPARE(mapping.column(Field::Option2Name), 6);
        QCOMPARE(mapping.column(Field::Option2Value), 7);
        QCOMPARE(mapping.column(Field::Option3Name), 8);
        QCOMPARE(mapping.column(Field::Option3Value), 9);
        QCOMPARE(mapping.column(Field::Sku), 10);
        QCOMPARE(mapping.column(Field::Stock), 11);
        QCOMPARE(mapping.column(Field::Price), 12);
        QCOMPARE(mapping.column(Field::CompareAtPrice), 13);
        QCOMPARE(mapping.column(Field::Image), 14);
        QCOMPARE(mapping.column(Field::VariantImage), 15);
        QCOMPARE(mapping.column(Field::Url), -1);
        QVERIFY(mapping.missingRequired().isEmpty());
    }

    void guessesShopifyNewHeaders()
    {
        const QStringList headers = {"Title",
                                     "URL handle",
                                     "Description",
                                     "Vendor",
                                     "SKU",
                                     "Option1 name",
                                     "Option1 value",
                                     "Price",
                                     "Compare-at price",
                                     "Inventory quantity",
                                     "Product image URL",
                                     "Variant image URL",
                                     "Weight value (grams)"};
        const ColumnMapping mapping = ColumnMapping::guess(headers);
        QVERIFY(mapping.shopify);
        QCOMPARE(mapping.column(Field::Title), 0);
        QCOMPARE(mapping.column(Field::Handle), 1);
        QCOMPARE(mapping.column(Field::Pitch), 2);
        QCOMPARE(mapping.column(Field::Vendor), 3);
        QCOMPARE(mapping.column(Field::Sku), 4);
        QCOMPARE(mapping.column(Field::Option1Name), 5);
        QCOMPARE(mapping.column(Field::Option1Value), 6);
        QCOMPARE(mapping.column(Field::Price), 7);
        QCOMPARE(mapping.column(Field::CompareAtPrice), 8);
        QCOMPARE(mapping.column(Field::Stock), 9);
        QCOMPARE(mapping.column(Field::Image), 10);
        QCOMPARE(mapping.column(Field::VariantImage), 11);
    }

    void guessesGenericHeaders()
    {
        const ColumnMapping french = ColumnMapping::guess({"Référence", " NOM ", "Prix (EUR)", "prix_barre",
                                                           "Quantité", "Image", "Lien", "Marque", "Groupe"});
        QVERIFY(!french.shopify);
        QCOMPARE(french.column(Field::Sku), 0);
        QCOMPARE(french.column(Field::Title), 1);
        QCOMPARE(french.column(Field::Price), 2);
        QCOMPARE(french.column(Field::CompareAtPrice), 3);
        QCOMPARE(french.column(Field::Stock), 4);
        QCOMPARE(french.column(Field::Image), 5);
        QCOMPARE(french.column(Field::Url), 6);
        QCOMPARE(french.column(Field::Vendor), 7);
        QCOMPARE(french.column(Field::Handle), 8);

        const ColumnMapping english =
            ColumnMapping::guess({"id", "SKU", "Name", "price", "qty", "link", "brand"});
        QCOMPARE(english.column(Field::Sku), 1); // "sku" beats "id"
        QCOMPARE(english.column(Field::Title), 2);
        QCOMPARE(english.column(Field::Price), 3);
        QCOMPARE(english.column(Field::Stock), 4);
        QCOMPARE(english.column(Field::Url), 5);
        QCOMPARE(english.column(Field::Vendor), 6);
        QVERIFY(english.missingRequired().isEmpty());

        const ColumnMapping none = ColumnMapping::guess({"Nom", "Stock"});
        QCOMPARE(none.missingRequired(), (QList<Field>{Field::Sku, Field::Price}));
    }

    // --- Imports ---

    void importsShopifyClassicExport()
    {
        CsvProductImporter importer(dataPath("shopify_classic.csv"));
        importer.setDefaultCurrency(QStringLiteral("EUR"));
        importer.setShopBaseUrl(QStringLiteral("https://boutique.example/"));
        const ImportReport report = importer.import();
        QVERIFY2(report.issues.isEmpty(), qPrintable(issuesText(report)));
        QVERIFY(!report.fatal);
        QCOMPARE(report.products.size(), 3);
        const QString cdn = QStringLiteral("https://cdn.shopify.com/s/files/1/0000/0001/products/");

        Product grinder;
        grinder.sku = QStringLiteral("MC-M2-NOIR");
        grinder.title = QStringLiteral("Moulin à café M2, édition \"Barista\"");
        grinder.pitch =
            QStringLiteral("Le moulin M2, 40 réglages de mouture.\nMeules coniques en acier \"inox\" & "
                           "moteur silencieux – le goût\u00a0!");
        grinder.price = eur(8999);
        grinder.compareAtPrice = eur(9900);
        grinder.images = {cdn + "m2-noir.jpg?v=1700000000", cdn + "m2-blanc.jpg?v=1700000000",
                          cdn + "m2-detail.jpg?v=1700000000"};
        grinder.url = QStringLiteral("https://boutique.example/products/moulin-cafe-m2");
        grinder.vendor = QStringLiteral("Barista & Co");
        grinder.variants = {
            variant("MC-M2-NOIR", "Noir", {{"Couleur", "Noir"}}, eur(8999), eur(9900), 12),
            variant("MC-M2-BLANC", "Blanc", {{"Couleur", "Blanc"}}, eur(8999), eur(9900), 3),
        };
        grinder.stock = 15;
        QCOMPARE(report.products[0], grinder);

        Product cup;
        cup.sku = QStringLiteral("TASSE-ESP-01");
        cup.title = QStringLiteral("Tasse espresso");
        cup.pitch = QStringLiteral("Porcelaine, 8\u00a0cl.\n• Lave-vaisselle\n• Micro-ondes");
        cup.price = eur(1250);
        cup.images = {cdn + "tasse.jpg?v=1700000000"};
        cup.url = QStringLiteral("https://boutique.example/products/tasse-espresso");
        cup.vendor = QStringLiteral("Barista & Co");
        cup.stock = 0;
        cup.available = false; // its only variant has none left
        QCOMPARE(report.products[1], cup);
        QVERIFY(report.products[1].isSoldOut());

        Product shirt;
        shirt.sku = QStringLiteral("TSHIRT-S-NOIR");
        shirt.title = QStringLiteral("T-shirt Barista");
        shirt.pitch = QStringLiteral("Coton bio. Coupe droite."); // HTML: a source newline is a space
        shirt.price = eur(2500);
        shirt.images = {cdn + "tshirt.jpg?v=1700000000"};
        shirt.url = QStringLiteral("https://boutique.example/products/t-shirt-barista");
        shirt.vendor = QStringLiteral("Vitrine");
        shirt.variants = {
            variant("TSHIRT-S-NOIR", "S / Noir", {{"Taille", "S"}, {"Couleur", "Noir"}}, eur(2500), {}, 5),
            // No SKU in the export: named after the handle and its rank.
            variant("t-shirt-barista-2", "M / Noir", {{"Taille", "M"}, {"Couleur", "Noir"}}, eur(2500), {},
                    7),
            variant("TSHIRT-L-NOIR", "L / Noir", {{"Taille", "L"}, {"Couleur", "Noir"}}, eur(2700), eur(3000),
                    2),
        };
        shirt.stock = 14;
        QCOMPARE(report.products[2], shirt);
    }

    void importsShopifyNewHeaderExport()
    {
        CsvProductImporter importer(dataPath("shopify_new_headers.csv"));
        importer.setDefaultCurrency(QStringLiteral("EUR"));
        const ImportReport report = importer.import();
        QVERIFY2(report.issues.isEmpty(), qPrintable(issuesText(report)));
        QCOMPARE(report.products.size(), 2);
        const QString cdn = QStringLiteral("https://cdn.shopify.com/s/files/1/0000/0001/products/");

        Product kettle;
        kettle.sku = QStringLiteral("BOUIL-INOX");
        kettle.title = QStringLiteral("Bouilloire col de cygne");
        kettle.pitch = QStringLiteral("Versez avec précision.\nThermostat 40–100\u00a0°C");
        kettle.price = eur(5900);
        kettle.compareAtPrice = eur(6900);
        kettle.images = {cdn + "bouilloire-inox.jpg", cdn + "bouilloire-noir.jpg"};
        kettle.vendor = QStringLiteral("Barista & Co");
        kettle.variants = {
            variant("BOUIL-INOX", "Inox", {{"Finition", "Inox"}}, eur(5900), eur(6900), 8),
            variant("BOUIL-NOIR", "Noir mat", {{"Finition", "Noir mat"}}, eur(6400), {}, 0),
        };
        kettle.stock = 8;
        QCOMPARE(report.products[0], kettle);
        QVERIFY(!report.products[0].variants[1].available);

        Product filters;
        filters.sku = QStringLiteral("FILTRE-100");
        filters.title = QStringLiteral("Filtres papier (x100)");
        filters.pitch = QStringLiteral("Filtres n°4, non blanchis.");
        filters.price = eur(490);
        filters.images = {cdn + "filtres.jpg"};
        filters.vendor = QStringLiteral("Vitrine");
        filters.stock = 250;
        QCOMPARE(report.products[1], filters);
    }

    void importsFrenchExcelExport()
    {
        // ';' delimited, CRLF, Windows-1252 (Excel's plain "CSV" on a French Windows), "12,90 €" prices.
        CsvProductImporter importer(dataPath("produits_fr.csv"));
        const CsvPreview preview = importer.preview(2);
        QCOMPARE(preview.delimiter, QChar(u';'));
        QCOMPARE(preview.headers.first(), QStringLiteral("Référence"));
        QCOMPARE(preview.rows.size(), 2);
        QCOMPARE(preview.rows[0].at(2), QStringLiteral("Notes de jasmin; agrumes"));
        QCOMPARE(preview.mapping.column(Field::Sku), 0);
        QCOMPARE(preview.mapping.column(Field::CompareAtPrice), 4);
        QVERIFY(!preview.fatal);

        const ImportReport report = importer.import();
        QCOMPARE(report.issues.size(), 1); // only the note that the file is not UTF-8
        QCOMPARE(report.issues[0].severity, ImportIssue::Severity::Warning);
        QCOMPARE(report.issues[0].line, 0);
        QCOMPARE(report.products.size(), 3);

        Product ethiopia;
        ethiopia.sku = QStringLiteral("CAF-ETH-250");
        ethiopia.title = QStringLiteral("Café Éthiopie Yirgacheffe 250 g");
        ethiopia.pitch = QStringLiteral("Notes de jasmin; agrumes");
        ethiopia.price = eur(1290);
        ethiopia.compareAtPrice = eur(1450);
        ethiopia.images = {QStringLiteral("https://boutique.example/img/ethiopie.jpg")};
        ethiopia.url = QStringLiteral("https://boutique.example/produits/cafe-ethiopie");
        ethiopia.vendor = QStringLiteral("Torréfaction Dupont");
        ethiopia.stock = 40;
        QCOMPARE(report.products[0], ethiopia);

        Product brazil;
        brazil.sku = QStringLiteral("CAF-BRE-1KG");
        brazil.title = QStringLiteral("Café Brésil 1 kg");
        brazil.pitch = QStringLiteral("Chocolat, noisette");
        brazil.price = Money{129900, {}}; // no currency in the file, none given
        brazil.images = {QStringLiteral("https://boutique.example/img/bresil.jpg")};
        brazil.url = QStringLiteral("https://boutique.example/produits/cafe-bresil");
        brazil.vendor = QStringLiteral("Torréfaction Dupont");
        brazil.stock = 3;
        QCOMPARE(report.products[1], brazil);

        Product scoop;
        scoop.sku = QStringLiteral("DOS-BOIS");
        scoop.title = QStringLiteral("Doseur en bois d'olivier");
        scoop.price = Money{750, {}};
        scoop.vendor = QStringLiteral("Atelier Lucas");
        scoop.stock = 0;
        scoop.available = false;
        QCOMPARE(report.products[2], scoop);
    }

    void refusesMissingRequiredColumns()
    {
        const ImportReport generic = CsvProductImporter(dataPath("missing_columns.csv")).import();
        QVERIFY(generic.fatal);
        QVERIFY(generic.products.isEmpty());
        QCOMPARE(generic.issues.size(), 1);
        QCOMPARE(generic.issues[0].file, dataPath("missing_columns.csv"));
        QCOMPARE(generic.issues[0].line, 1);
        QCOMPARE(generic.issues[0].field, QStringLiteral("SKU, Price"));
        QVERIFY2(generic.issues[0].message.contains(QStringLiteral("SKU, Price")),
                 qPrintable(generic.issues[0].message));

        const ImportReport shopify = CsvProductImporter(dataPath("shopify_missing_price.csv")).import();
        QVERIFY(shopify.fatal);
        QCOMPARE(shopify.issues.size(), 1);
        QCOMPARE(shopify.issues[0].field, QStringLiteral("Price"));
        QVERIFY(shopify.issues[0].message.contains(QStringLiteral("Shopify")));

        const ImportReport missingFile = CsvProductImporter(dataPath("no_such_file.csv")).import();
        QVERIFY(missingFile.fatal);
        QCOMPARE(missingFile.issues.size(), 1);
        QVERIFY(CsvProductImporter(QByteArray(), QStringLiteral("empty.csv")).import().fatal);
    }

    void reportsBrokenQuotingAndImportsTheRest()
    {
        const ImportReport report = CsvProductImporter(dataPath("broken_quoting.csv")).import();
        QVERIFY(!report.fatal);
        QStringList skus;
        for (const Product& product : report.products)
            skus.append(product.sku);
        QCOMPARE(skus, (QStringList{"A-1", "A-2", "A-5", "A-7"}));
        QCOMPARE(report.products[1].title, QStringLiteral("Mug 12\" tall, blue"));
        QCOMPARE(report.products[2].title, QStringLiteral("Two\nlines"));
        QCOMPARE(report.products[3].price, (Money{1600, {}}));
        QCOMPARE(report.products[3].stock, 7);
        QCOMPARE(report.issues.size(), 3);
        for (const ImportIssue& issue : report.issues)
            QCOMPARE(issue.severity, ImportIssue::Severity::Error);
        QCOMPARE(report.issues[0].line, 4); // a quote inside an unquoted field
        QCOMPARE(report.issues[1].line, 5); // text after the closing quote
        QCOMPARE(report.issues[2].line, 7); // never closed (row 7 is on line 8: A-5 spans two)
        QVERIFY2(report.issues[2].message.contains(QStringLiteral("line 8")),
                 qPrintable(report.issues[2].message));
    }

    void reportsBadRowsAndImportsTheRest()
    {
        const ImportReport report = CsvProductImporter(dataPath("products_with_errors.csv")).import();
        QVERIFY(!report.fatal);
        QCOMPARE(report.products.size(), 3);

        Product valid;
        valid.sku = QStringLiteral("OK-1");
        valid.title = QStringLiteral("Valid");
        valid.price = Money{1990, {}};
        valid.images = {QStringLiteral("https://shop.example/ok1.jpg")};
        valid.url = QStringLiteral("https://shop.example/p/ok1");
        valid.vendor = QStringLiteral("Acme");
        valid.stock = 10;
        QCOMPARE(report.products[0], valid);

        Product comma;
        comma.sku = QStringLiteral("OK-2");
        comma.title = QStringLiteral("Has, comma");
        comma.price = Money{500, {}};
        QCOMPARE(report.products[1], comma); // bad compare-at and stock ignored, with warnings

        Product last;
        last.sku = QStringLiteral("OK-3");
        last.title = QStringLiteral("Last");
        last.price = Money{700, {}};
        last.stock = 0;
        last.available = false;
        QCOMPARE(report.products[2], last);

        struct Expected {
            int row;
            ImportIssue::Severity severity;
            const char* field;
            const char* words;
        };
        using S = ImportIssue::Severity;
        const QList<Expected> expected = {
            {3, S::Error, "price", "negative"},
            {4, S::Error, "price", "not a price"},
            {5, S::Warning, "sku", "duplicate"},
            {6, S::Error, "price", "2 fields where the header has 8"},
            {7, S::Error, "price", "empty"},
            {8, S::Error, "sku", "SKU is empty"},
            {9, S::Warning, "compare_at_price", "not a price"},
            {9, S::Warning, "stock", "not a stock"},
            {11, S::Warning, "stock", "negative"},
            {12, S::Error, "", "9 fields where the header has 8"},
        };
        QCOMPARE(report.issues.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const ImportIssue& issue = report.issues[i];
            QCOMPARE(issue.line, expected[i].row);
            QCOMPARE(issue.severity, expected[i].severity);
            QCOMPARE(issue.field, QString::fromUtf8(expected[i].field));
            QCOMPARE(issue.file, dataPath("products_with_errors.csv"));
            QVERIFY2(issue.message.contains(QString::fromUtf8(expected[i].words)),
                     qPrintable(issue.toString()));
        }
        QVERIFY(issueOnRow(report, 5)->message.contains(QStringLiteral("row 2")));
        QCOMPARE(report.errorCount(), 6);
        QCOMPARE(report.warningCount(), 4);
    }

    void importsWithAChosenMapping()
    {
        // Headers nothing recognises: the user maps them in the dialog.
        const QByteArray data = "colA|colB|colC|colD\nX-1|Chose|3,50|9\n";
        CsvProductImporter importer(data, QStringLiteral("odd.csv"));
        importer.setDelimiter(QChar(u'|'));
        const CsvPreview preview = importer.preview(10);
        QCOMPARE(preview.headers, (QStringList{"colA", "colB", "colC", "colD"}));
        QCOMPARE(preview.rows, (QList<QStringList>{{"X-1", "Chose", "3,50", "9"}}));
        QVERIFY(importer.import().fatal);

        ColumnMapping mapping = preview.mapping;
        mapping.setColumn(Field::Sku, 0);
        mapping.setColumn(Field::Title, 1);
        mapping.setColumn(Field::Price, 2);
        mapping.setColumn(Field::Stock, 3);
        const ImportReport report = importer.import(mapping);
        QVERIFY2(report.issues.isEmpty(), qPrintable(issuesText(report)));
        QCOMPARE(report.products.size(), 1);
        QCOMPARE(report.products[0].sku, QStringLiteral("X-1"));
        QCOMPARE(report.products[0].price, (Money{350, {}}));
        QCOMPARE(report.products[0].stock, 9);

        mapping.setColumn(Field::Url, 7); // beyond the header: refused, not a crash
        QVERIFY(importer.import(mapping).fatal);
    }

    void groupsGenericRowsByGroupColumn()
    {
        const QByteArray data = "groupe;référence;nom;prix;stock;taille\n"
                                "polo;POLO-S;Polo;30;2;\n"
                                "polo;POLO-M;Polo;32;0;\n"
                                ";SEUL;Seul;5;1;\n";
        const ImportReport report = CsvProductImporter(data, QStringLiteral("groupes.csv")).import();
        QVERIFY2(report.issues.isEmpty(), qPrintable(issuesText(report)));
        QCOMPARE(report.products.size(), 2);
        const Product& polo = report.products[0];
        QCOMPARE(polo.sku, QStringLiteral("POLO-S"));
        QCOMPARE(polo.price, (Money{3000, {}}));
        QCOMPARE(polo.stock, 2);
        QCOMPARE(polo.variants.size(), 2);
        QCOMPARE(polo.variants[1].sku, QStringLiteral("POLO-M"));
        QCOMPARE(polo.variants[1].price, (Money{3200, {}}));
        QVERIFY(!polo.variants[1].available);
        QCOMPARE(report.products[1].sku, QStringLiteral("SEUL"));
        QVERIFY(report.products[1].variants.isEmpty());
    }
};

QTEST_GUILESS_MAIN(CsvImportTest)
#include "CsvImportTest.moc"
