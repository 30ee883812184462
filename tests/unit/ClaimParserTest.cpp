// Comment-to-claim parsing: French and English claims with codes, quantities, variants, typos and emoji, and
// the comments that only talk about buying.
#include "chat/ClaimParser.h"

#include <QTest>

using namespace vitrine;

namespace {

ProductVariant variant(const QString& sku, const QString& title, const QMap<QString, QString>& options)
{
    ProductVariant v;
    v.sku = sku;
    v.title = title;
    v.options = options;
    return v;
}

QList<Product> catalogue()
{
    Product mill;
    mill.sku = QStringLiteral("MILL");
    mill.title = QStringLiteral("Moulin");
    mill.claimCode = QStringLiteral("A1");
    mill.variants = {variant(QStringLiteral("MILL-NOIR"), QStringLiteral("Noir"),
                             {{QStringLiteral("Couleur"), QStringLiteral("Noir")}}),
                     variant(QStringLiteral("MILL-CHENE"), QStringLiteral("Chêne"),
                             {{QStringLiteral("Couleur"), QStringLiteral("Chêne")}})};
    Product shirt;
    shirt.sku = QStringLiteral("SHIRT");
    shirt.title = QStringLiteral("Chemise");
    shirt.claimCode = QStringLiteral("B2");
    const QString size = QStringLiteral("Taille");
    const QString colour = QStringLiteral("Couleur");
    shirt.variants = {variant(QStringLiteral("SH-M-BLEU"), QStringLiteral("M / Bleu"),
                              {{size, QStringLiteral("M")}, {colour, QStringLiteral("Bleu")}}),
                      variant(QStringLiteral("SH-M-NOIR"), QStringLiteral("M / Noir"),
                              {{size, QStringLiteral("M")}, {colour, QStringLiteral("Noir")}}),
                      variant(QStringLiteral("SH-L-BLEU"), QStringLiteral("L / Bleu"),
                              {{size, QStringLiteral("L")}, {colour, QStringLiteral("Bleu")}}),
                      variant(QStringLiteral("SH-2XL-BLEU"), QStringLiteral("2XL / Bleu"),
                              {{size, QStringLiteral("2XL")}, {colour, QStringLiteral("Bleu")}})};
    Product coffee;
    coffee.sku = QStringLiteral("COFFEE");
    coffee.title = QStringLiteral("Café");
    coffee.claimCode = QStringLiteral("CAFE");
    return {mill, shirt, coffee};
}

} // namespace

class ClaimParserTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void claims_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("pinned");
        QTest::addColumn<QString>("sku");
        QTest::addColumn<QString>("variant");
        QTest::addColumn<int>("quantity");
        const QString none;
        const QString mill = QStringLiteral("MILL");
        const QString shirt = QStringLiteral("SHIRT");
        const QString coffee = QStringLiteral("COFFEE");
        QTest::newRow("english code qty variant") << "SOLD A1 2 noir" << none << mill << "MILL-NOIR" << 2;
        QTest::newRow("french qty only, pinned") << "je prends 2" << mill << mill << none << 2;
        QTest::newRow("bare sold, pinned") << "SOLD" << coffee << coffee << none << 1;
        QTest::newRow("lower-case code") << "sold a1" << coffee << mill << none << 1;
        QTest::newRow("taille M") << "Je prends B2 taille M bleu" << none << shirt << "SH-M-BLEU" << 1;
        QTest::newRow("accents and case") << "JE PRENDS A1 CHÊNE" << none << mill << "MILL-CHENE" << 1;
        QTest::newRow("accent dropped") << "je prends a1 chene" << none << mill << "MILL-CHENE" << 1;
        QTest::newRow("emoji") << "SOLD A1 🔥🔥" << none << mill << none << 1;
        QTest::newRow("spaces and x2") << "sold  a1  x2" << none << mill << none << 2;
        QTest::newRow("2x glued") << "sold a1 2x noir" << none << mill << "MILL-NOIR" << 2;
        QTest::newRow("times sign") << "SOLD A1 ×3" << none << mill << none << 3;
        QTest::newRow("typo je prend") << "je prend A1" << none << mill << none << 1;
        QTest::newRow("glued jprends") << "jprends 2 noir" << mill << mill << "MILL-NOIR" << 2;
        QTest::newRow("je le prends") << "je le prends !" << coffee << coffee << none << 1;
        QTest::newRow("apostrophe j'prends") << "j’prends A1" << none << mill << none << 1;
        QTest::newRow("number word") << "je prends deux A1" << none << mill << none << 2;
        QTest::newRow("capped quantity") << "SOLD A1 5000" << none << mill << none << kMaxClaimQuantity;
        QTest::newRow("mention first") << "@maisonmoulin sold A1" << none << mill << none << 1;
        QTest::newRow("variant without code, pinned") << "sold noir" << mill << mill << "MILL-NOIR" << 1;
        QTest::newRow("size word on pinned") << "je prends taille L" << shirt << shirt << "SH-L-BLEU" << 1;
        QTest::newRow("2XL is a size, not a code") << "sold 2xl" << shirt << shirt << "SH-2XL-BLEU" << 1;
        QTest::newRow("ambiguous variant left") << "sold B2 M" << none << shirt << none << 1;
        QTest::newRow("filler svp") << "sold A1 svp merci" << none << mill << none << 1;
        QTest::newRow("four-letter code") << "je prends cafe 3" << mill << coffee << none << 3;
        QTest::newRow("punctuation") << "SOLD!!! A1, 2." << none << mill << none << 2;
        QTest::newRow("first number wins") << "SOLD A1 2 3" << none << mill << none << 2;
    }
    void claims()
    {
        QFETCH(QString, text);
        QFETCH(QString, pinned);
        QFETCH(QString, sku);
        QFETCH(QString, variant);
        QFETCH(int, quantity);
        const std::optional<ParsedClaim> claim = parseClaim(text, catalogue(), pinned);
        QVERIFY2(claim, qPrintable(text));
        QCOMPARE(claim->target, ParsedClaim::Target::Product);
        QCOMPARE(claim->sku, sku);
        QCOMPARE(claim->variantSku, variant);
        QCOMPARE(claim->quantity, quantity);
    }

    void notClaims_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("future tense") << QStringLiteral("je prendrai peut-être");
        QTest::newRow("negation") << QStringLiteral("je prends pas");
        QTest::newRow("negation later") << QStringLiteral("je prends plus A1");
        QTest::newRow("price comment") << QStringLiteral("trop cher");
        QTest::newRow("sold out question") << QStringLiteral("sold out?");
        QTest::newRow("sold out") << QStringLiteral("sold out");
        QTest::newRow("question") << QStringLiteral("is it sold?");
        QTest::newRow("not at the start") << QStringLiteral("il est sold A1");
        QTest::newRow("a question with a code") << QStringLiteral("sold A1 ?");
        QTest::newRow("soldier") << QStringLiteral("soldier A1");
        QTest::newRow("zero") << QStringLiteral("SOLD A1 0");
        QTest::newRow("sentence") << QStringLiteral(
            "je prends le train demain matin pour aller voir ma tante à Lyon");
        QTest::newRow("empty") << QString();
        QTest::newRow("emoji only") << QStringLiteral("🔥🔥🔥");
        QTest::newRow("je veux") << QStringLiteral("je veux le noir");
    }
    void notClaims()
    {
        QFETCH(QString, text);
        QVERIFY2(!parseClaim(text, catalogue(), QStringLiteral("MILL")), qPrintable(text));
    }

    void unknownCodeIsListedNotGuessed()
    {
        const std::optional<ParsedClaim> claim =
            parseClaim(QStringLiteral("SOLD Z9 2"), catalogue(), QStringLiteral("MILL"));
        QVERIFY(claim);
        QCOMPARE(claim->target, ParsedClaim::Target::UnknownCode);
        QCOMPARE(claim->code, QStringLiteral("Z9"));
        QVERIFY(claim->sku.isEmpty());
        QCOMPARE(claim->quantity, 2);
    }

    void nothingPinned()
    {
        const std::optional<ParsedClaim> claim = parseClaim(QStringLiteral("je prends 2"), catalogue(), {});
        QVERIFY(claim);
        QCOMPARE(claim->target, ParsedClaim::Target::NothingPinned);
    }

    void wordsKnowNothingOfTheCatalogue()
    {
        const std::optional<ClaimWords> words = parseClaimWords(QStringLiteral("Je prends A1 taille M x2 🔥"));
        QVERIFY(words);
        QCOMPARE(words->quantity, 2);
        QCOMPARE(words->words, QStringList({QStringLiteral("a1"), QStringLiteral("m")}));
    }

    void variantMatchPrefersMostWords()
    {
        const Product shirt = catalogue().at(1);
        const ProductVariant* both = matchClaimVariant(shirt, {QStringLiteral("m"), QStringLiteral("noir")});
        QVERIFY(both);
        QCOMPARE(both->sku, QStringLiteral("SH-M-NOIR"));
        QVERIFY(!matchClaimVariant(shirt, {QStringLiteral("bleu")})); // three variants tie
        QVERIFY(!matchClaimVariant(shirt, {QStringLiteral("rouge")}));
        const ProductVariant* bySku = matchClaimVariant(shirt, {QStringLiteral("sh-l-bleu")});
        QVERIFY(bySku);
        QCOMPARE(bySku->sku, QStringLiteral("SH-L-BLEU"));
    }
};

QTEST_GUILESS_MAIN(ClaimParserTest)
#include "ClaimParserTest.moc"
