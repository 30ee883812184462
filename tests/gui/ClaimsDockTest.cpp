// The claims panel driven as the producer would, over the demo show and a fake chat: claims per product, the
// claims list, the waitlist, ambiguous claims, completing a claim's variant, confirmations in chat (only
// where the chat can be written to, only when switched on) and the CSV export.
#include "docks/ClaimsDock.h"
#include "FakeChatConnector.h"
#include "chat/ChatHub.h"
#include "chat/ClaimBook.h"
#include "chat/ClaimConfirmer.h"
#include "show/EventLog.h"
#include "show/LiveState.h"
#include "show/ShowStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace vitrine;
using vitrine::test::FakeChatConnector;

class ClaimsDockTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ShowStore m_store;
    EventLog m_log;
    std::unique_ptr<LiveState> m_live;
    std::unique_ptr<ChatHub> m_hub;
    std::unique_ptr<ClaimBook> m_book;
    std::unique_ptr<ClaimConfirmer> m_confirmer;
    std::unique_ptr<ClaimsDock> m_dock;
    FakeChatConnector* m_twitch = nullptr;   // can write
    FakeChatConnector* m_facebook = nullptr; // read-only

    template <typename T> T* child(const QString& name) const
    {
        T* found = m_dock->findChild<T*>(name);
        if (!found)
            qFatal("no child %s", qPrintable(name));
        return found;
    }
    static QStringList column(QTreeWidget* list, int column)
    {
        QStringList texts;
        for (int row = 0; row < list->topLevelItemCount(); ++row)
            texts.append(list->topLevelItem(row)->text(column));
        return texts;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(QStringLiteral("claims"));
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
        m_book->setEventLog(&m_log);
        m_hub->setClaimBook(m_book.get());
        m_confirmer = std::make_unique<ClaimConfirmer>(m_hub.get(), m_book.get(), &m_store);
        m_twitch =
            new FakeChatConnector(ChatPlatform::Twitch, QStringLiteral("maison"), ChatConnector::CanSend);
        m_facebook = new FakeChatConnector(ChatPlatform::Facebook, QStringLiteral("444"));
        m_hub->addConnector(m_twitch);
        m_hub->addConnector(m_facebook);
        m_hub->startAll();
        m_dock = std::make_unique<ClaimsDock>(m_book.get(), m_confirmer.get(), &m_store);
        m_dock->resize(900, 600);
        m_dock->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dock.get()));
    }

    void cleanupTestCase()
    {
        m_dock.reset();
        m_confirmer.reset();
        m_hub.reset();
        m_book.reset();
    }

    void claimsFillThePanel()
    {
        // The demo's codes: A1 the mill (Noir 16, Chêne 8; 24 in all), A2 the coffee (3), A3 the scale (0).
        QCOMPARE(m_live->requestPin(QStringLiteral("CAFE-ETH-250")), LiveState::PinResult::Pinned);
        m_twitch->say(QStringLiteral("t1"), QStringLiteral("Zoé"), QStringLiteral("je prends 2"));
        m_facebook->say(QStringLiteral("f1"), QStringLiteral("Marc"), QStringLiteral("SOLD A2 2 🔥"));
        m_twitch->say(QStringLiteral("t2"), QStringLiteral("Lina"), QStringLiteral("sold a1"));
        m_twitch->say(QStringLiteral("t3"), QStringLiteral("Paul"), QStringLiteral("SOLD Q9"));
        m_twitch->say(QStringLiteral("t4"), QStringLiteral("Inès"), QStringLiteral("trop cher"));

        auto* claims = child<QTreeWidget>(QStringLiteral("claimsList"));
        auto* waitlist = child<QTreeWidget>(QStringLiteral("claimsWaitlist"));
        auto* ambiguous = child<QTreeWidget>(QStringLiteral("claimsAmbiguous"));
        QCOMPARE(column(claims, 0), QStringList({QStringLiteral("Zoé"), QStringLiteral("Lina")}));
        QCOMPARE(column(claims, 1).at(0), QStringLiteral("Café d’Éthiopie Yirgacheffe 250 g"));
        QCOMPARE(column(claims, 2), QStringList({QStringLiteral("2"), QStringLiteral("1")}));
        QCOMPARE(column(waitlist, 0), QStringList({QStringLiteral("Marc")}));
        QCOMPARE(column(waitlist, 4), QStringList({QStringLiteral("Facebook")}));
        QCOMPARE(column(ambiguous, 0), QStringList({QStringLiteral("Paul")}));
        QVERIFY(column(ambiguous, 1).at(0).contains(QStringLiteral("Q9")));

        auto* products = child<QTreeWidget>(QStringLiteral("claimsProducts"));
        QCOMPARE(products->topLevelItemCount(), 2);
        QTreeWidgetItem* coffee = products->topLevelItem(0);
        QCOMPARE(coffee->text(1), QStringLiteral("A2"));
        QCOMPARE(coffee->text(2), QStringLiteral("1"));
        QCOMPARE(coffee->text(3), QStringLiteral("2"));
        QCOMPARE(coffee->text(4), QStringLiteral("1"));
        QVERIFY(products->topLevelItem(1)->text(2).contains(QStringLiteral("variant")));
    }

    void producerChoosesTheVariant()
    {
        auto* chooser = child<QComboBox>(QStringLiteral("claimVariant3"));
        QCOMPARE(chooser->count(), 3);
        chooser->setCurrentIndex(2);
        Q_EMIT chooser->activated(2);
        QTRY_VERIFY(!m_book->claim(3)->needsVariant);
        QCOMPARE(m_book->claim(3)->variantSku, QStringLiteral("MOUL-ART-01-CHENE"));
        auto* claims = child<QTreeWidget>(QStringLiteral("claimsList"));
        QTRY_COMPARE(claims->topLevelItem(1)->text(3), QStringLiteral("Chêne"));
        QVERIFY(!claims->itemWidget(claims->topLevelItem(1), 3));
        QCOMPARE(child<QTreeWidget>(QStringLiteral("claimsProducts"))->topLevelItem(1)->text(2),
                 QStringLiteral("1"));
    }

    void confirmationsOnlyWhenSwitchedOnAndWritable()
    {
        auto* confirm = child<QCheckBox>(QStringLiteral("confirmClaimsInChat"));
        QVERIFY(!confirm->isChecked()); // off by default
        QVERIFY(m_twitch->sent.isEmpty());
        confirm->click();
        QVERIFY(QSettings().value(QStringLiteral("claims/confirmInChat")).toBool());
        m_twitch->say(QStringLiteral("t5"), QStringLiteral("Ana"), QStringLiteral("SOLD A1 noir"));
        m_facebook->say(QStringLiteral("f2"), QStringLiteral("Léo"), QStringLiteral("SOLD A1 chêne"));
        m_twitch->say(QStringLiteral("t6"), QStringLiteral("Max"), QStringLiteral("SOLD A3")); // sold out
        QCOMPARE(m_twitch->sent.size(), 1);
        QVERIFY2(m_twitch->sent.at(0).startsWith(QStringLiteral("@Ana ")), qPrintable(m_twitch->sent.at(0)));
        QVERIFY(m_twitch->sent.at(0).contains(QStringLiteral("utm_source=twitch")));
        QVERIFY(m_twitch->sent.at(0).contains(QStringLiteral("Noir")));
        confirm->click();
    }

    void exportWritesTheCsv()
    {
        const QString path = m_dir.filePath(QStringLiteral("claims.csv"));
        QVERIFY(m_dock->exportTo(path));
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 7);
        QVERIFY(lines.at(2).contains(QStringLiteral(",waitlisted,facebook,")));
        QVERIFY(!m_dock->exportTo(m_dir.filePath(QStringLiteral("nope/claims.csv"))));
        QVERIFY(!child<QLabel>(QStringLiteral("claimsStatus"))->text().isEmpty());
    }
};

QTEST_MAIN(ClaimsDockTest)
#include "ClaimsDockTest.moc"
