#include "docks/ChatDock.h"
#include "FakeChatConnector.h"
#include "chat/ChatHub.h"
#include "chat/ChatListModel.h"
#include "show/EventLog.h"
#include "show/LiveState.h"
#include "show/ShowStore.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace vitrine;
using vitrine::test::FakeChatConnector;

// The demo show copied to a temporary folder, with its live state, attached to a hub while it lives.
struct DemoShow {
    QTemporaryDir dir;
    ShowStore store;
    EventLog log;
    std::unique_ptr<LiveState> live;
    ChatHub* hub = nullptr;

    bool attachTo(ChatHub* chat, QString* error)
    {
        const QString path = dir.filePath(QStringLiteral("demo.vitrine"));
        if (!QFile::copy(QStringLiteral(VITRINE_SOURCE_DIR "/resources/demo/demo.vitrine"), path) ||
            !store.open(path, error))
            return false;
        live = std::make_unique<LiveState>(&store.document(), &log);
        hub = chat;
        hub->attachShow(&store, live.get(), &log);
        return true;
    }
    ~DemoShow()
    {
        if (hub)
            hub->attachShow(nullptr, nullptr, nullptr);
    }
};

class ChatDockTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ChatHub> m_hub;
    std::unique_ptr<ChatDock> m_dock;
    FakeChatConnector* m_twitch = nullptr;
    FakeChatConnector* m_youtube = nullptr;

    template <typename T> T* child(const QString& name) const
    {
        T* found = m_dock->findChild<T*>(name);
        if (!found)
            qFatal("no child %s", qPrintable(name));
        return found;
    }
    QListView* chatView() const { return child<QListView>(QStringLiteral("chatView")); }
    QListView* questionsView() const { return child<QListView>(QStringLiteral("questionsView")); }

    QStringList shownTexts(QListView* view) const
    {
        QStringList texts;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            texts.append(view->model()->index(row, 0).data(ChatListModel::TextRole).toString());
        return texts;
    }

    void triggerMenuAction(const QString& key, const QString& actionName)
    {
        std::unique_ptr<QMenu> menu(m_dock->createMessageMenu(key, nullptr));
        auto* action = menu->findChild<QAction*>(actionName);
        QVERIFY2(action, qPrintable(actionName));
        QVERIFY(action->isEnabled());
        action->trigger();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QSettings().remove(QStringLiteral("chat/postPinnedLinks"));
        m_hub = std::make_unique<ChatHub>();
        m_twitch = new FakeChatConnector(ChatPlatform::Twitch, QStringLiteral("maison"),
                                         ChatConnector::CanSend | ChatConnector::CanDelete);
        m_youtube = new FakeChatConnector(ChatPlatform::YouTube, QStringLiteral("live1"));
        m_hub->addConnector(m_twitch);
        m_hub->addConnector(m_youtube);
        m_dock = std::make_unique<ChatDock>(m_hub.get());
        m_dock->resize(420, 500);
        m_dock->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dock.get()));
        m_hub->startAll();
    }

    void cleanup()
    {
        m_dock.reset();
        m_hub.reset();
    }

    void showsConnectorStatesAndMessages()
    {
        const QString states = child<QLabel>(QStringLiteral("chatConnectors"))->text();
        QVERIFY2(states.contains(QStringLiteral("maison")) && states.contains(QStringLiteral("connected")),
                 qPrintable(states));
        m_twitch->say(QStringLiteral("1"), QStringLiteral("ana"), QStringLiteral("bonjour"));
        m_youtube->say(QStringLiteral("2"), QStringLiteral("bob"), QStringLiteral("hello"));
        QTRY_COMPARE(shownTexts(chatView()),
                     (QStringList{QStringLiteral("bonjour"), QStringLiteral("hello")}));
        m_youtube->moveTo(ChatConnector::State::Reconnecting, QStringLiteral("server closed"));
        QTRY_VERIFY(child<QLabel>(QStringLiteral("chatConnectors"))
                        ->text()
                        .contains(QStringLiteral("server closed")));
    }

    void followsNewMessagesUntilScrolledUp()
    {
        for (int i = 0; i < 200; ++i)
            m_twitch->say(QString::number(i), QStringLiteral("ana"), QStringLiteral("line %1").arg(i));
        QScrollBar* bar = chatView()->verticalScrollBar();
        QTRY_COMPARE(chatView()->model()->rowCount(), 200);
        QTRY_VERIFY(bar->maximum() > 0);
        QTRY_COMPARE(bar->value(), bar->maximum());
        QVERIFY(m_dock->isFollowing());
        auto* newMessages = child<QPushButton>(QStringLiteral("chatNewMessages"));
        QVERIFY(!newMessages->isVisible());

        // The host scrolls up to read: new messages no longer move the list.
        bar->setValue(10);
        QVERIFY(!m_dock->isFollowing());
        for (int i = 200; i < 230; ++i)
            m_twitch->say(QString::number(i), QStringLiteral("ana"), QStringLiteral("line %1").arg(i));
        QTRY_COMPARE(chatView()->model()->rowCount(), 230);
        QTest::qWait(100);
        QCOMPARE(bar->value(), 10);
        QTRY_VERIFY(newMessages->isVisible());
        QVERIFY2(newMessages->text().contains(QStringLiteral("30")), qPrintable(newMessages->text()));

        // The button brings the list back to the latest and following resumes.
        QTest::mouseClick(newMessages, Qt::LeftButton);
        QTRY_COMPARE(bar->value(), bar->maximum());
        QVERIFY(m_dock->isFollowing());
        QVERIFY(!newMessages->isVisible());
        m_twitch->say(QStringLiteral("last"), QStringLiteral("ana"), QStringLiteral("the last one"));
        QTRY_COMPARE(chatView()->model()->rowCount(), 231);
        QTRY_COMPARE(bar->value(), bar->maximum());
    }

    void filtersByPlatformAndSearch()
    {
        m_twitch->say(QStringLiteral("1"), QStringLiteral("ana"), QStringLiteral("le moulin est top"));
        m_youtube->say(QStringLiteral("2"), QStringLiteral("bob"), QStringLiteral("hello"));
        m_twitch->say(QStringLiteral("3"), QStringLiteral("Moulinette"), QStringLiteral("salut"));
        QTRY_COMPARE(chatView()->model()->rowCount(), 3);
        child<QToolButton>(QStringLiteral("chatFilter-twitch"))->click();
        QCOMPARE(shownTexts(chatView()), QStringList{QStringLiteral("hello")});
        child<QToolButton>(QStringLiteral("chatFilter-twitch"))->click();
        QTest::keyClicks(child<QLineEdit>(QStringLiteral("chatSearch")), QStringLiteral("MOULIN"));
        QCOMPARE(shownTexts(chatView()),
                 (QStringList{QStringLiteral("le moulin est top"), QStringLiteral("salut")}));
        child<QLineEdit>(QStringLiteral("chatSearch"))->clear();
        QCOMPARE(chatView()->model()->rowCount(), 3);
    }

    void questionsTabAnswersInOrder()
    {
        m_twitch->say(QStringLiteral("1"), QStringLiteral("ana"), QStringLiteral("c'est combien ?"));
        m_twitch->say(QStringLiteral("2"), QStringLiteral("bob"), QStringLiteral("trop beau"));
        m_youtube->say(QStringLiteral("3"), QStringLiteral("cy"), QStringLiteral("shipping to Spain"));
        QTRY_COMPARE(shownTexts(questionsView()),
                     (QStringList{QStringLiteral("c'est combien ?"), QStringLiteral("shipping to Spain")}));
        auto* tabs = m_dock->findChild<QTabWidget*>();
        QTRY_COMPARE(tabs->tabText(1), QStringLiteral("Questions (2)"));

        // The hotkey: the first question becomes current and is selected.
        m_dock->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_dock.get()));
        QTest::keyClick(m_dock.get(), Qt::Key_Q, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_hub->currentQuestion(), QStringLiteral("twitch:1"));
        QCOMPARE(tabs->currentIndex(), 1);
        QCOMPARE(questionsView()->currentIndex().data(ChatListModel::KeyRole).toString(),
                 QStringLiteral("twitch:1"));
        m_dock->nextQuestionAction()->trigger();
        QCOMPARE(m_hub->currentQuestion(), QStringLiteral("youtube:3"));
        QVERIFY(questionsView()->model()->index(0, 0).data(ChatListModel::AnsweredRole).toBool());
        // Mark answered with the button, then hide answered ones.
        child<QPushButton>(QStringLiteral("chatMarkAnswered"))->click();
        QVERIFY(questionsView()->model()->index(1, 0).data(ChatListModel::AnsweredRole).toBool());
        QTRY_COMPARE(tabs->tabText(1), QStringLiteral("Questions"));
        child<QAbstractButton>(QStringLiteral("chatShowAnswered"))->click();
        QCOMPARE(questionsView()->model()->rowCount(), 0);
    }

    void highlightsHidesAndModeratesFromTheMenu()
    {
        m_twitch->say(QStringLiteral("1"), QStringLiteral("ana"), QStringLiteral("bonjour"));
        m_youtube->say(QStringLiteral("2"), QStringLiteral("troll"), QStringLiteral("spam"));
        QTRY_COMPARE(chatView()->model()->rowCount(), 2);

        QSignalSpy highlight(m_hub.get(), &ChatHub::highlightChanged);
        triggerMenuAction(QStringLiteral("twitch:1"), QStringLiteral("chatHighlight"));
        QCOMPARE(highlight.size(), 1);
        QCOMPARE(highlight.first().first().toString(), QStringLiteral("twitch:1"));
        QVERIFY(chatView()->model()->index(0, 0).data(ChatListModel::HighlightedRole).toBool());
        triggerMenuAction(QStringLiteral("twitch:1"), QStringLiteral("chatHighlight")); // again: off screen
        QCOMPARE(m_hub->highlightedKey(), QString());

        triggerMenuAction(QStringLiteral("youtube:2"), QStringLiteral("chatHide"));
        QCOMPARE(shownTexts(chatView()), QStringList{QStringLiteral("bonjour")});

        // Moderation follows the connector's capabilities.
        std::unique_ptr<QMenu> youtubeMenu(m_dock->createMessageMenu(QStringLiteral("youtube:2"), nullptr));
        QVERIFY(!youtubeMenu->findChild<QAction*>(QStringLiteral("chatDelete"))->isEnabled());
        QVERIFY(!youtubeMenu->findChild<QAction*>(QStringLiteral("chatBan"))->isEnabled());
        triggerMenuAction(QStringLiteral("twitch:1"), QStringLiteral("chatDelete"));
        QCOMPARE(m_twitch->actions, QStringList{QStringLiteral("delete:1")});
        m_twitch->platformDeletes(QStringLiteral("1"));
        QVERIFY(chatView()->model()->index(0, 0).data(ChatListModel::DeletedRole).toBool());
    }

    void sendsToEveryChatThatCanWrite()
    {
        QTest::keyClicks(child<QLineEdit>(QStringLiteral("chatSendBox")), QStringLiteral("Code PROMO10"));
        child<QPushButton>(QStringLiteral("chatSendButton"))->click();
        QCOMPARE(m_twitch->sent, QStringList{QStringLiteral("Code PROMO10")});
        QVERIFY(m_youtube->sent.isEmpty());
        QVERIFY(child<QLineEdit>(QStringLiteral("chatSendBox"))->text().isEmpty());
    }

    void exportsTheTranscriptFromTheSpool()
    {
        QTemporaryDir dir;
        QVERIFY(!m_dock->exportTranscriptTo(dir.filePath(QStringLiteral("none.csv")))); // nothing recorded
        QString error;
        QVERIFY(m_hub->openSpool(dir.filePath(QStringLiteral("spool.jsonl")), &error));
        m_twitch->say(QStringLiteral("1"), QStringLiteral("ana"), QStringLiteral("combien ?"));
        QVERIFY(m_dock->exportTranscriptTo(dir.filePath(QStringLiteral("t.csv"))));
        QFile csv(dir.filePath(QStringLiteral("t.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readAll().contains("combien ?,message,,yes,no,no"));
    }

    void postsThePinnedProductsTrackedLinkWhenAsked()
    {
        DemoShow demo;
        QString error;
        QVERIFY2(demo.attachTo(m_hub.get(), &error), qPrintable(error));
        LiveState& live = *demo.live;

        auto* toggle = child<QCheckBox>(QStringLiteral("chatPostPinnedLinks"));
        QVERIFY(!toggle->isChecked()); // opt-in
        QCOMPARE(live.requestPin(QStringLiteral("CAFE-ETH-250")), LiveState::PinResult::Pinned);
        QVERIFY(m_twitch->sent.isEmpty());

        toggle->click();
        QVERIFY(m_hub->postPinnedLinks());
        QCOMPARE(live.requestPin(QStringLiteral("MOUL-ART-01")), LiveState::PinResult::Pinned);
        QCOMPARE(m_twitch->sent.size(), 1);
        const QString text = m_twitch->sent.first();
        QVERIFY2(
            text.startsWith(QStringLiteral("Moulin à café Artisan → https://boutique.maison-moulin.example/"
                                           "products/moulin-artisan?")),
            qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("utm_source=twitch")) &&
                     text.contains(QStringLiteral("utm_medium=live")),
                 qPrintable(text));
        QVERIFY(m_youtube->sent.isEmpty()); // that connector cannot write

        // Remembered for the next show.
        QCOMPARE(QSettings().value(QStringLiteral("chat/postPinnedLinks")).toBool(), true);
        toggle->click();
    }

    void proposesACatalogueReplySentWithOneClickWhereTheQuestionWasAsked()
    {
        DemoShow demo;
        QString error;
        QVERIFY2(demo.attachTo(m_hub.get(), &error), qPrintable(error));
        LiveState& live = *demo.live;
        QCOMPARE(live.requestPin(QStringLiteral("MOUL-ART-01")), LiveState::PinResult::Pinned);

        m_dock->findChild<QTabWidget*>()->setCurrentIndex(1); // the questions
        m_twitch->say(QStringLiteral("1"), QStringLiteral("ana"), QStringLiteral("il coûte combien ?"));
        m_youtube->say(QStringLiteral("2"), QStringLiteral("bob"), QStringLiteral("how many are left?"));
        QTRY_COMPARE(questionsView()->model()->rowCount(), 2);
        auto* bar = child<QWidget>(QStringLiteral("suggestedReply"));
        auto* send = child<QPushButton>(QStringLiteral("sendSuggestedReply"));

        questionsView()->setCurrentIndex(questionsView()->model()->index(0, 0));
        QTRY_VERIFY(bar->isVisible());
        auto* proposed = child<QLabel>(QStringLiteral("suggestedReplyText"));
        // The long tracked link shows as its host; the tooltip has the reply as it will be sent.
        QVERIFY2(proposed->text().contains(QStringLiteral("89,90")) &&
                     proposed->text().contains(QStringLiteral("boutique.maison-moulin.example/…")),
                 qPrintable(proposed->text()));
        QVERIFY2(proposed->toolTip().contains(QStringLiteral("utm_source=twitch")),
                 qPrintable(proposed->toolTip()));
        QVERIFY(m_twitch->sent.isEmpty()); // never sent without a click
        QVERIFY(send->isEnabled());
        send->click();
        QCOMPARE(m_twitch->sent.size(), 1);
        QVERIFY2(m_twitch->sent.first().startsWith(QStringLiteral("« Moulin à café Artisan » est à 89,90")),
                 qPrintable(m_twitch->sent.first()));
        QVERIFY(m_youtube->sent.isEmpty()); // a reply goes where the question was asked
        QVERIFY(m_hub->answeredKeys().contains(QStringLiteral("twitch:1")));

        // The YouTube question, in English; that chat cannot take the studio's messages: said, not sent.
        questionsView()->setCurrentIndex(questionsView()->model()->index(1, 0));
        QTRY_VERIFY(
            child<QLabel>(QStringLiteral("suggestedReplyText"))->text().contains(QStringLiteral("in stock")));
        QVERIFY(!send->isEnabled());
        // Greyed out with that chat's own reason.
        QCOMPARE(send->toolTip(), m_youtube->capabilityReason(ChatConnector::CanSend));
        QVERIFY2(send->toolTip().contains(QStringLiteral("YouTube")), qPrintable(send->toolTip()));

        // A question the catalogue cannot answer: nothing proposed.
        m_twitch->say(QStringLiteral("3"), QStringLiteral("cleo"), QStringLiteral("vous êtes où ?"));
        QTRY_COMPARE(questionsView()->model()->rowCount(), 3);
        questionsView()->setCurrentIndex(questionsView()->model()->index(2, 0));
        QTRY_VERIFY(!bar->isVisible());
    }

    void runsAGiveawayAndAPollFromItsTab()
    {
        m_dock->findChild<QTabWidget*>()->setCurrentIndex(2);
        auto* start = child<QPushButton>(QStringLiteral("giveawayStart"));
        auto* draw = child<QPushButton>(QStringLiteral("giveawayDraw"));
        QVERIFY(!draw->isEnabled()); // nobody entered
        start->click();
        QVERIFY(m_hub->giveaway()->isOpen());
        QVERIFY(!child<QLineEdit>(QStringLiteral("giveawayKeyword"))->isEnabled());
        m_twitch->say(QStringLiteral("1"), QStringLiteral("ana"), QStringLiteral("#gagner"));
        m_youtube->say(QStringLiteral("2"), QStringLiteral("bob"), QStringLiteral("#gagner 🎁"));
        m_youtube->say(QStringLiteral("3"), QStringLiteral("bob"), QStringLiteral("#gagner"));
        QTRY_VERIFY(
            child<QLabel>(QStringLiteral("giveawayEntries"))->text().contains(QStringLiteral("2 entries")));
        QVERIFY(draw->isEnabled());
        draw->click();
        QVERIFY(!m_hub->giveaway()->isOpen());
        auto* winner = child<QLabel>(QStringLiteral("giveawayWinner"));
        QVERIFY(winner->isVisible());
        QVERIFY2(winner->text().contains(QStringLiteral("ana")) ||
                     winner->text().contains(QStringLiteral("bob")),
                 qPrintable(winner->text()));

        child<QLineEdit>(QStringLiteral("pollQuestion"))->setText(QStringLiteral("Quelle couleur ?"));
        child<QLineEdit>(QStringLiteral("pollOption1"))->setText(QStringLiteral("Noir"));
        auto* pollStart = child<QPushButton>(QStringLiteral("pollStart"));
        pollStart->click(); // one option only: refused, said
        QVERIFY(!m_hub->poll()->isOpen());
        QVERIFY(child<QLabel>(QStringLiteral("chatStatus"))->text().contains(QStringLiteral("2 to 4")));
        child<QLineEdit>(QStringLiteral("pollOption2"))->setText(QStringLiteral("Chêne"));
        pollStart->click();
        QVERIFY(m_hub->poll()->isOpen());
        m_twitch->say(QStringLiteral("4"), QStringLiteral("ana"), QStringLiteral("2"));
        m_youtube->say(QStringLiteral("5"), QStringLiteral("bob"), QStringLiteral("chêne"));
        m_youtube->say(QStringLiteral("6"), QStringLiteral("cy"), QStringLiteral("1"));
        QTRY_COMPARE(child<QProgressBar>(QStringLiteral("pollBar2"))->value(), 67);
        QCOMPARE(child<QProgressBar>(QStringLiteral("pollBar1"))->value(), 33);
        pollStart->click();
        QVERIFY(!m_hub->poll()->isOpen());
        QCOMPARE(child<QProgressBar>(QStringLiteral("pollBar2"))->value(), 67); // the result stays
    }

    void showsBuyIntentCounts()
    {
        Product grinder;
        grinder.sku = QStringLiteral("GRD-C40");
        grinder.title = QStringLiteral("Moulin Comandante");
        m_hub->buyIntent()->setCatalogue({grinder});
        m_twitch->say(QStringLiteral("1"), QStringLiteral("ana"), QStringLiteral("je veux le comandante"));
        QTRY_VERIFY(
            child<QLabel>(QStringLiteral("chatBuyIntent"))->text().contains(QStringLiteral("GRD-C40 ×1")));
    }
};

QTEST_MAIN(ChatDockTest)
#include "ChatDockTest.moc"
