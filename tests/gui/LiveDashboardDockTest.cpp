// The live dashboard over the demo show and fake chats: messages and viewer samples go in, the charts'
// series, the audience labels, the products table, the promo window and the flagged weakest figure come out.
#include "docks/LiveDashboardDock.h"
#include "FakeChatConnector.h"
#include "chat/ChatHub.h"
#include "chat/ClaimBook.h"
#include "show/EventLog.h"
#include "show/LiveState.h"
#include "show/ShowStore.h"

#include <QChartView>
#include <QFile>
#include <QLabel>
#include <QLineSeries>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace vitrine;
using vitrine::test::FakeChatConnector;

class LiveDashboardDockTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ShowStore m_store;
    EventLog m_log;
    std::unique_ptr<LiveState> m_live;
    std::unique_ptr<ChatHub> m_hub;
    std::unique_ptr<ClaimBook> m_book;
    std::unique_ptr<AudienceFeed> m_feed;
    std::unique_ptr<LiveDashboardDock> m_dock;
    FakeChatConnector* m_twitch = nullptr;
    FakeChatConnector* m_facebook = nullptr;

    template <typename T> T* child(const QString& name) const
    {
        T* found = m_dock->findChild<T*>(name);
        if (!found)
            qFatal("no child %s", qPrintable(name));
        return found;
    }
    QLineSeries* series(const QString& chart, const QString& name) const
    {
        for (QAbstractSeries* each : child<QChartView>(chart)->chart()->series())
            if (each->objectName() == name)
                return qobject_cast<QLineSeries*>(each);
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
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
        m_facebook = new FakeChatConnector(ChatPlatform::Facebook, QStringLiteral("444"));
        m_hub->addConnector(m_twitch);
        m_hub->addConnector(m_facebook);
        m_hub->startAll();
        m_feed = std::make_unique<AudienceFeed>(m_hub.get(), m_book.get(), m_live.get(), &m_store);
        // No credentials: no platform is asked for viewers; the test feeds the samples itself.
        m_feed->setCredentialsProvider([] { return ChatCredentials(); });
        m_dock = std::make_unique<LiveDashboardDock>(m_feed.get());
        m_dock->resize(700, 900);
        m_dock->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dock.get()));
    }

    void cleanupTestCase()
    {
        m_dock.reset();
        m_feed.reset();
        m_hub.reset();
        m_book.reset();
    }

    void showsTheFigures()
    {
        // The show's targets, as a producer writes them in the show file.
        m_store.update([](ShowDocument& show) {
            show.targets.chatPerMinute = 20;
            show.targets.peakViewers = 100;
        });
        m_feed->setLive(true);
        const QDateTime start = m_feed->figures()->start();
        QVERIFY(start.isValid());
        QCOMPARE(m_live->requestPin(QStringLiteral("CAFE-ETH-250")), LiveState::PinResult::Pinned);
        m_twitch->say(QStringLiteral("t1"), QStringLiteral("Zoé"), QStringLiteral("bonjour"));
        m_twitch->say(QStringLiteral("t2"), QStringLiteral("Lina"), QStringLiteral("je prends 2"));
        m_twitch->say(QStringLiteral("t3"), QStringLiteral("Paul"), QStringLiteral("joli"));
        m_facebook->say(QStringLiteral("f1"), QStringLiteral("Marc"), QStringLiteral("SOLD A2"));
        m_feed->figures()->addViewers(ChatPlatform::Twitch, 40, start.addSecs(30));
        m_feed->figures()->addViewers(ChatPlatform::Facebook, 20, start.addSecs(60));
        m_feed->figures()->addViewers(ChatPlatform::Twitch, 10, start.addSecs(90));
        m_dock->refresh();

        QLineSeries* twitchChat = series(QStringLiteral("chatChart"), QStringLiteral("chat-twitch"));
        QLineSeries* facebookChat = series(QStringLiteral("chatChart"), QStringLiteral("chat-facebook"));
        QVERIFY(twitchChat && facebookChat);
        QCOMPARE(twitchChat->points(), (QList<QPointF>{{0, 3}}));
        QCOMPARE(facebookChat->points(), (QList<QPointF>{{0, 1}}));
        QLineSeries* twitchViewers = series(QStringLiteral("viewersChart"), QStringLiteral("viewers-twitch"));
        QLineSeries* facebookViewers =
            series(QStringLiteral("viewersChart"), QStringLiteral("viewers-facebook"));
        QVERIFY(twitchViewers && facebookViewers);
        QCOMPARE(twitchViewers->points(), (QList<QPointF>{{0.5, 40}, {1.5, 10}}));
        QCOMPARE(facebookViewers->points(), (QList<QPointF>{{1, 20}}));
        QCOMPARE(twitchViewers->name(), QStringLiteral("Twitch"));

        QCOMPARE(child<QLabel>(QStringLiteral("peakLabel"))->text(), QStringLiteral("60 viewers"));
        QCOMPARE(child<QLabel>(QStringLiteral("averageLabel"))->text(),
                 QStringLiteral("43 viewers")); // 40,60,30
        // The pinned coffee: two buy intents and two claims ("je prends 2" for the pinned one, "SOLD A2").
        auto* table = child<QTableWidget>(QStringLiteral("productsTable"));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Café d’Éthiopie Yirgacheffe 250 g"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("2"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("2"));
        QCOMPARE(child<QLabel>(QStringLiteral("promoLabel"))->text(), QStringLiteral("none"));

        // 4 messages in the first minute against 20 a minute; a peak of 60 against 100: the chat is weaker.
        auto* weakest = child<QLabel>(QStringLiteral("weakestLabel"));
        QVERIFY(weakest->isVisible());
        QCOMPARE(weakest->text(), QStringLiteral("Chat is quiet: 4 msg/min against a target of 20"));

        QVERIFY(m_live->requestStartPromo(m_store.document().promoCodes.value(0).code));
        m_dock->refresh();
        QVERIFY(child<QLabel>(QStringLiteral("promoLabel"))
                    ->text()
                    .startsWith(m_store.document().promoCodes.value(0).code + u','));

        // After the live the figures stay, the flag goes.
        m_feed->setLive(false);
        QVERIFY(!weakest->isVisible());
        QCOMPARE(series(QStringLiteral("chatChart"), QStringLiteral("chat-twitch"))->points(),
                 (QList<QPointF>{{0, 3}}));
    }
};

QTEST_MAIN(LiveDashboardDockTest)
#include "LiveDashboardDockTest.moc"
