#include "base/HtmlText.h"

#include <QTest>

using namespace vitrine;

class HtmlTextTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void convertsShopDescriptions_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QStringLiteral("Moulin à café") << QStringLiteral("Moulin à café");
        QTest::newRow("tags") << QStringLiteral("<strong>Acier</strong> <em>inox</em>")
                              << QStringLiteral("Acier inox");
        QTest::newRow("paragraphs") << QStringLiteral("<p>Un.</p><p>Deux.</p>")
                                    << QStringLiteral("Un.\nDeux.");
        QTest::newRow("br") << QStringLiteral("Ligne 1<br>Ligne 2<br/>Ligne 3<BR />")
                            << QStringLiteral("Ligne 1\nLigne 2\nLigne 3");
        QTest::newRow("breaks collapse")
            << QStringLiteral("<p>A</p>\n\n<p></p><br><br><div>B</div>") << QStringLiteral("A\nB");
        QTest::newRow("whitespace collapses")
            << QStringLiteral("  Un \t\n  deux  ") << QStringLiteral("Un deux");
        QTest::newRow("list") << QStringLiteral("<ul><li>Meules coniques</li><li>40 réglages</li></ul>")
                              << QStringLiteral("• Meules coniques\n• 40 réglages");
        QTest::newRow("markup entities") << QStringLiteral("&lt;b&gt; &amp; &quot;x&quot; &apos;y&apos;")
                                         << QStringLiteral("<b> & \"x\" 'y'");
        QTest::newRow("latin1 entities")
            << QStringLiteral("Caf&eacute; cr&egrave;me &agrave; l&rsquo;&eacute;t&eacute;")
            << QStringLiteral("Café crème à l’été");
        QTest::newRow("euro and nbsp")
            << QStringLiteral("89,99&nbsp;&euro;") << QStringLiteral("89,99\u00a0€");
        QTest::newRow("decimal") << QStringLiteral("&#233;t&#233;") << QStringLiteral("été");
        QTest::newRow("hex") << QStringLiteral("&#xE9;&#XC9;&#x1F600;") << QStringLiteral("éÉ\U0001F600");
        QTest::newRow("windows-1252 numeric")
            << QStringLiteral("l&#146;or &#128;") << QStringLiteral("l’or €");
        QTest::newRow("invalid numeric")
            << QStringLiteral("a&#0;b&#xD800;c&#99999999999;") << QStringLiteral("a\ufffdb\ufffdc\ufffd");
        QTest::newRow("unknown entity kept")
            << QStringLiteral("AT&T &bogus; &amp") << QStringLiteral("AT&T &bogus; &amp");
        QTest::newRow("lone angle") << QStringLiteral("prix < 50 € et 3<4")
                                    << QStringLiteral("prix < 50 € et 3<4");
        QTest::newRow("attribute with >")
            << QStringLiteral("<a href=\"x\" title=\"a>b\">lien</a>") << QStringLiteral("lien");
        QTest::newRow("script and style")
            << QStringLiteral("<style>p{color:red}</style>Texte<script>alert(1)</script>")
            << QStringLiteral("Texte");
        QTest::newRow("comment") << QStringLiteral("A<!-- <p>caché</p> -->B") << QStringLiteral("AB");
        QTest::newRow("unclosed comment") << QStringLiteral("A<!-- jamais fermé") << QStringLiteral("A");
        QTest::newRow("doctype") << QStringLiteral("<!DOCTYPE html><p>Salut</p>") << QStringLiteral("Salut");
        QTest::newRow("table") << QStringLiteral(
                                      "<table><tr><td>Poids</td><td>1 kg</td></tr><tr><td>Couleur</td>"
                                      "<td>noir</td></tr></table>")
                               << QStringLiteral("Poids 1 kg\nCouleur noir");
        QTest::newRow("headings") << QStringLiteral("<h2>Titre</h2>Texte") << QStringLiteral("Titre\nTexte");
        QTest::newRow("inline no space") << QStringLiteral("in<b>ox</b>") << QStringLiteral("inox");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("only tags") << QStringLiteral("<p><br></p>") << QString();
        QTest::newRow("unterminated tag") << QStringLiteral("Texte <b") << QStringLiteral("Texte <b");
    }

    void convertsShopDescriptions()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QCOMPARE(htmlToPlainText(html), text);
    }

    void decodesEntitiesOnly()
    {
        QCOMPARE(decodeHtmlEntities(QStringLiteral("<b>Caf&eacute;</b>  &amp; th&#xE9;")),
                 QStringLiteral("<b>Café</b>  & thé"));
        QCOMPARE(decodeHtmlEntities(QStringLiteral("rien")), QStringLiteral("rien"));
    }
};

QTEST_GUILESS_MAIN(HtmlTextTest)
#include "HtmlTextTest.moc"
