// The presenter view over the demo show, in the language VITRINE_TEST_LANGUAGE names ("en" or "fr"): a pin,
// the promo, the run-of-show, a question and a claim from chat and the producer's notes reach its labels; Esc
// never closes it; its screenshot goes to build/screenshots/<language>/presenter-view.png.
#include "PresenterView.h"
#include "FakeChatConnector.h"
#include "chat/ChatHub.h"
#include "chat/ClaimBook.h"
#include "show/EventLog.h"
#include "show/LiveState.h"
#include "show/ShowStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

using namespace vitrine;
using vitrine::test::FakeChatConnector;

namespace {

bool french()
{
    return qEnvironmentVariable("VITRINE_TEST_LANGUAGE") == u"fr";
}

// The view's own text in the test's language (the French file may not have it yet: then the English).
QString viewText(const char* source)
{
    return QCoreApplication::translate("vitrine::PresenterView", source);
}

} // namespace

class PresenterViewTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ShowStore m_store;
    EventLog m_log;
    std::unique_ptr<LiveState> m_live;
    std::unique_ptr<ChatHub> m_hub;
    std::unique_ptr<ClaimBook> m_book;
    std::unique_ptr<PresenterView> m_view;
    FakeChatConnector* m_twitch = nullptr;

    QString text(const QString& name) const
    {
        auto* label = m_view->findChild<QLabel*>(name);
        if (!label)
            qFatal("no label %s", qPrintable(name));
        return label->text();
    }
    bool shown(const QString& name) const { return m_view->findChild<QLabel*>(name)->isVisible(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (french()) {
            auto* translator = new QTranslator(qApp);
            QVERIFY(translator->load(QStringLiteral(VITRINE_QM_DIR "/vitrine_fr.qm")));
            QCoreApplication::installTranslator(translator);
            QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        } else {
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        }
        const QString path = m_dir.filePath(QStringLiteral("demo.vitrine"));
        QVERIFY(QFile::copy(QStringLiteral(VITRINE_SOURCE_DIR "/resources/demo/demo.vitrine"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QString error;
        QVERIFY2(m_store.open(path, &error, false), qPrintable(error));
        QVERIFY(m_log.open(m_dir.filePath(QStringLiteral("events.jsonl")), &error));
        m_live = std::make_unique<LiveState>(&m_store.document(), &m_log);
        m_hub = std::make_unique<ChatHub>();
        m_hub->attachShow(&m_store, m_live.get(), &m_log);
        m_book = std::make_unique<ClaimBook>();
        m_hub->setClaimBook(m_book.get());
        m_twitch = new FakeChatConnector(ChatPlatform::Twitch, QStringLiteral("maison"));
        m_hub->addConnector(m_twitch);
        m_hub->startAll();
        m_view = std::make_unique<PresenterView>(
            PresenterView::Parts{&m_store, m_live.get(), m_hub.get(), m_book.get(), &m_log});
        m_view->resize(1600, 900);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void cleanupTestCase()
    {
        m_view.reset();
        m_hub.reset();
        m_book.reset();
    }

    void showsNothingBeforeTheShow()
    {
        QCOMPARE(text(QStringLiteral("titleLabel")), viewText("Nothing pinned"));
        QVERIFY(!shown(QStringLiteral("priceLabel")));
        QCOMPARE(text(QStringLiteral("promoLabel")), viewText("No promo running"));
        QCOMPARE(text(QStringLiteral("questionLabel")), viewText("No question waiting"));
        QVERIFY(text(QStringLiteral("segmentLabel"))
                    .startsWith(viewText("Run-of-show not started — first: %1").section(u'%', 0, 0)));
    }

    void showsThePinnedProduct()
    {
        QCOMPARE(m_live->requestPin(QStringLiteral("MOUL-ART-01")), LiveState::PinResult::Pinned);
        const Product* grinder = m_store.document().product(QStringLiteral("MOUL-ART-01"));
        QVERIFY(grinder);
        const QLocale fr(QStringLiteral("fr_FR")); // the show's audience locale
        QCOMPARE(text(QStringLiteral("titleLabel")), QStringLiteral("Moulin à café Artisan"));
        QCOMPARE(text(QStringLiteral("priceLabel")), grinder->price.toDisplayString(fr));
        QCOMPARE(text(QStringLiteral("compareAtLabel")), grinder->compareAtPrice->toDisplayString(fr));
        QCOMPARE(text(QStringLiteral("stockLabel")), viewText("%1 in stock").arg(24));
        QVERIFY(text(QStringLiteral("factsLabel")).contains(QStringLiteral("Garantie 5 ans")));
        QVERIFY(text(QStringLiteral("claimCodeLabel")).contains(grinder->claimCode));
        QVERIFY(text(QStringLiteral("variantsLabel")).contains(QStringLiteral("Chêne")));

        // Low and sold out, in words as well as colour.
        QCOMPARE(m_live->requestPin(QStringLiteral("CAFE-ETH-250")), LiveState::PinResult::Pinned);
        QCOMPARE(text(QStringLiteral("titleLabel")), QStringLiteral("Café d’Éthiopie Yirgacheffe 250 g"));
        QCOMPARE(text(QStringLiteral("stockLabel")), viewText("Only %1 left").arg(3));
        QCOMPARE(m_live->requestPin(QStringLiteral("BAL-PREC-01"), true), LiveState::PinResult::Pinned);
        QCOMPARE(text(QStringLiteral("stockLabel")), viewText("SOLD OUT"));
        QVERIFY(!shown(QStringLiteral("factsLabel"))); // the scale has none
    }

    void countsThePromoDown()
    {
        QVERIFY(m_live->requestStartPromo(QStringLiteral("LIVE10")));
        QCOMPARE(text(QStringLiteral("promoLabel")), viewText("Code %1").arg(QStringLiteral("LIVE10")));
        QCOMPARE(text(QStringLiteral("promoTextLabel")),
                 QStringLiteral("-10 % sur le moulin pendant le live"));
        // 15 minutes from now, counting down with the timer.
        const QRegularExpression countdown(QStringLiteral("^1[45]:\\d\\d$"));
        QVERIFY2(countdown.match(text(QStringLiteral("countdownLabel"))).hasMatch(),
                 qPrintable(text(QStringLiteral("countdownLabel"))));
        const QString before = text(QStringLiteral("countdownLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(text(QStringLiteral("countdownLabel")) != before, 2500);
    }

    void followsTheRunOfShow()
    {
        QVERIFY(m_live->requestNextSegment()); // Bienvenue, 2 min, before the live
        QCOMPARE(text(QStringLiteral("planLabel")), viewText("not live"));
        m_log.markLiveStarted();
        QVERIFY(m_live->requestNextSegment()); // the grinder, 10 min, reached 2 min early
        QCOMPARE(
            text(QStringLiteral("segmentLabel")),
            viewText("Segment %1/%2: %3").arg(2).arg(5).arg(QStringLiteral("Le moulin Artisan en démo")));
        const QString left = text(QStringLiteral("segmentLeftLabel"));
        QVERIFY2(left == viewText("%1 left").arg(QStringLiteral("10:00")) ||
                     left == viewText("%1 left").arg(QStringLiteral("9:59")),
                 qPrintable(left));
        const QString plan = text(QStringLiteral("planLabel"));
        QVERIFY2(plan == viewText("%1 ahead of plan").arg(QStringLiteral("2:00")) ||
                     plan == viewText("%1 ahead of plan").arg(QStringLiteral("1:59")),
                 qPrintable(plan));
        // The segment pinned its product.
        QCOMPARE(text(QStringLiteral("titleLabel")), QStringLiteral("Moulin à café Artisan"));
    }

    void showsTheNextQuestionAndTheClaims()
    {
        m_twitch->say(QStringLiteral("t1"), QStringLiteral("Zoé"), QStringLiteral("bonjour à tous"));
        QCOMPARE(text(QStringLiteral("questionLabel")), viewText("No question waiting"));
        m_twitch->say(QStringLiteral("t2"), QStringLiteral("Zoé"),
                      QStringLiteral("Il est livré avec une brosse ?"));
        m_twitch->say(QStringLiteral("t3"), QStringLiteral("Paul"), QStringLiteral("Et en 220 V ?"));
        QCOMPARE(text(QStringLiteral("questionLabel")), QStringLiteral("Il est livré avec une brosse ?"));
        QVERIFY(text(QStringLiteral("questionAuthorLabel")).contains(QStringLiteral("Zoé")));
        QCOMPARE(text(QStringLiteral("questionHeaderLabel")), viewText("Next question (%1 waiting)").arg(2));
        // The host takes it, then the next one.
        m_hub->nextQuestion();
        QCOMPARE(text(QStringLiteral("questionHeaderLabel")),
                 viewText("Question on air (%1 more waiting)").arg(1));
        m_hub->nextQuestion();
        QCOMPARE(text(QStringLiteral("questionLabel")), QStringLiteral("Et en 220 V ?"));
        QCOMPARE(text(QStringLiteral("questionHeaderLabel")), viewText("Question on air")); // the last one
        QVERIFY(text(QStringLiteral("questionAuthorLabel")).contains(QStringLiteral("Paul")));

        const QString code = m_store.document().product(QStringLiteral("MOUL-ART-01"))->claimCode;
        QCOMPARE(text(QStringLiteral("claimsLabel")), viewText("Claims: %1").arg(0));
        m_twitch->say(QStringLiteral("t4"), QStringLiteral("Ana"),
                      QStringLiteral("SOLD ") + code + QStringLiteral(" noir"));
        m_twitch->say(QStringLiteral("t5"), QStringLiteral("Léo"),
                      QStringLiteral("SOLD ") + code + QStringLiteral(" 2 chêne"));
        QCOMPARE(text(QStringLiteral("claimsLabel")), viewText("Claims: %1").arg(2));
        QVERIFY(text(QStringLiteral("claimsDetailLabel")).startsWith(viewText("%1 units").arg(3)));
    }

    void showsTheProducerNotes()
    {
        QCOMPARE(text(QStringLiteral("notesLabel")), viewText("No notes"));
        const QString notes =
            QStringLiteral("Montre la brosse, puis annonce le code LIVE10.\nOn a 2 min d’avance.");
        m_live->setProducerNotes(notes);
        QCOMPARE(text(QStringLiteral("notesLabel")), notes);
    }

    void announcesTheFlashSale()
    {
        const Product* coffee = m_store.document().product(QStringLiteral("CAFE-ETH-250"));
        QString error;
        QVERIFY2(
            m_live->requestStartFlashSale(coffee->sku, Money{990, QStringLiteral("EUR")}, 2, 30, 5, &error),
            qPrintable(error));
        const QString flash = text(QStringLiteral("flashLabel"));
        QVERIFY2(flash.contains(coffee->title) &&
                     flash.contains(QRegularExpression(QStringLiteral("0:[23]\\d"))),
                 qPrintable(flash));
    }

    void fullScreenWithF11AndEscapeNeverClosesIt()
    {
        QTest::keyClick(m_view.get(), Qt::Key_F11);
        QTRY_VERIFY(m_view->isFullScreen());
        auto* button = m_view->findChild<QToolButton*>(QStringLiteral("fullScreenButton"));
        QVERIFY(button);
        QCOMPARE(button->text(), viewText("Leave full screen"));
        QTest::keyClick(m_view.get(), Qt::Key_Escape);
        QTRY_VERIFY(!m_view->isFullScreen());
        QCOMPARE(button->text(), viewText("Full screen"));
        QTest::keyClick(m_view.get(), Qt::Key_Escape); // not full screen: nothing at all
        QVERIFY(m_view->isVisible());
    }

    void savesAScreenshot()
    {
        const QString folder = QStringLiteral(VITRINE_SCREENSHOT_DIR "/") +
                               (french() ? QStringLiteral("fr") : QStringLiteral("en"));
        QVERIFY(QDir().mkpath(folder));
        QTest::qWait(300);
        const QPixmap shot = m_view->grab();
        QVERIFY(!shot.isNull());
        QVERIFY(shot.save(folder + QStringLiteral("/presenter-view.png")));
        // A laptop's small window too: the type shrinks with it.
        m_view->resize(1024, 640);
        QTest::qWait(300);
        QVERIFY(m_view->grab().save(folder + QStringLiteral("/presenter-view-small.png")));
    }
};

QTEST_MAIN(PresenterViewTest)
#include "PresenterViewTest.moc"
