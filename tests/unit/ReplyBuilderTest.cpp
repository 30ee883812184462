#include "chat/ReplyBuilder.h"
#include "show/ShowDocument.h"

#include <QTest>

using namespace vitrine;

// Replies proposed from the demo show's catalogue (Moulin à café Artisan: 89,90 €, 24 in stock, Noir and
// Chêne; the Ethiopian coffee: 3 left; the scale: sold out).
class ReplyBuilderTest : public QObject {
    Q_OBJECT

private:
    ReplyBuilder m_builder;

    static ChatMessage question(const QString& text, ChatPlatform platform = ChatPlatform::YouTube)
    {
        ChatMessage message;
        message.platform = platform;
        message.id = QStringLiteral("m1");
        message.author.name = QStringLiteral("Léa");
        message.text = text;
        return message;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        const std::optional<ShowDocument> show =
            ShowDocument::load(QStringLiteral(VITRINE_SOURCE_DIR "/resources/demo/demo.vitrine"), &error);
        QVERIFY2(show, qPrintable(error));
        m_builder.setShow(*show);
    }

    void answersThePriceOfThePinnedProductWithItsStockAndATrackedLink()
    {
        const auto reply =
            m_builder.propose(question(QStringLiteral("il coûte combien ?")), QStringLiteral("MOUL-ART-01"));
        QVERIFY(reply);
        QCOMPARE(reply->topic, ReplyBuilder::Topic::Price);
        QCOMPARE(reply->sku, QStringLiteral("MOUL-ART-01"));
        QVERIFY(reply->french);
        QVERIFY2(reply->text.startsWith(QStringLiteral("« Moulin à café Artisan » est à 89,90")),
                 qPrintable(reply->text));
        QVERIFY2(reply->text.contains(QStringLiteral("24 en stock")), qPrintable(reply->text));
        QVERIFY2(reply->text.contains(QStringLiteral("utm_source=youtube")) &&
                     reply->text.contains(QStringLiteral("utm_medium=live")),
                 qPrintable(reply->text));
    }

    void aNamedProductWinsOverThePinnedOneAndLowStockIsSaid()
    {
        const auto reply = m_builder.propose(question(QStringLiteral("how much is the Yirgacheffe?")),
                                             QStringLiteral("MOUL-ART-01"));
        QVERIFY(reply);
        QCOMPARE(reply->sku, QStringLiteral("CAFE-ETH-250"));
        QVERIFY(!reply->french);
        QVERIFY2(reply->text.contains(QStringLiteral("only 3 left")), qPrintable(reply->text));
        QVERIFY2(reply->text.contains(QStringLiteral("€12.50")), qPrintable(reply->text));
    }

    void stockQuestionsAreNotPriceQuestions()
    {
        QCOMPARE(ReplyBuilder::topicOf(QStringLiteral("combien il en reste ?")), ReplyBuilder::Topic::Stock);
        QCOMPARE(ReplyBuilder::topicOf(QStringLiteral("Vous livrez en Belgique ?")),
                 ReplyBuilder::Topic::Delivery);
        QCOMPARE(ReplyBuilder::topicOf(QStringLiteral("quelles couleurs ?")), ReplyBuilder::Topic::Variants);
        QCOMPARE(ReplyBuilder::topicOf(QStringLiteral("What sizes do you have")),
                 ReplyBuilder::Topic::Variants);
        QCOMPARE(ReplyBuilder::topicOf(QStringLiteral("trop beau 😍")), std::nullopt);
    }

    void variantsAreListedWithTheirStock()
    {
        const auto reply = m_builder.propose(question(QStringLiteral("il existe en quelles couleurs ?")),
                                             QStringLiteral("MOUL-ART-01"));
        QVERIFY(reply);
        QVERIFY2(reply->text.contains(QStringLiteral("existe en Noir")) &&
                     reply->text.contains(QStringLiteral("Chêne")),
                 qPrintable(reply->text));
    }

    void deliveryUsesTheShowsOwnWords()
    {
        const auto reply = m_builder.propose(question(QStringLiteral("la livraison est offerte ?")),
                                             QStringLiteral("MOUL-ART-01"));
        QVERIFY(reply);
        QVERIFY2(reply->text.startsWith(QStringLiteral("Livraison offerte dès 49")), qPrintable(reply->text));
    }

    void aSoldOutProductIsNeverPromoted()
    {
        const auto reply =
            m_builder.propose(question(QStringLiteral("combien coûte la balance de précision ?")), QString());
        QVERIFY(reply);
        QCOMPARE(reply->sku, QStringLiteral("BAL-PREC-01"));
        QVERIFY2(reply->text.contains(QStringLiteral("épuisé")), qPrintable(reply->text));
        QVERIFY2(!reply->text.contains(QStringLiteral("http")), qPrintable(reply->text));
    }

    void nothingWithoutAProductAQuestionOrFromTheHost()
    {
        QVERIFY(!m_builder.propose(question(QStringLiteral("c'est combien ?")), QString()));
        QVERIFY(!m_builder.propose(question(QStringLiteral("bravo !")), QStringLiteral("MOUL-ART-01")));
        ChatMessage host = question(QStringLiteral("combien ?"));
        host.author.broadcaster = true;
        QVERIFY(!m_builder.propose(host, QStringLiteral("MOUL-ART-01")));
    }

    void theLanguageFollowsTheViewer()
    {
        QVERIFY(ReplyBuilder::looksFrench(QStringLiteral("c'est quoi le prix svp"), false));
        QVERIFY(!ReplyBuilder::looksFrench(QStringLiteral("what is the price please"), true));
        QVERIFY(ReplyBuilder::looksFrench(QStringLiteral("???"), true)); // no clue: the show's
        QVERIFY(!ReplyBuilder::looksFrench(QStringLiteral("???"), false));
    }
};

QTEST_GUILESS_MAIN(ReplyBuilderTest)
#include "ReplyBuilderTest.moc"
