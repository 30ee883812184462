// The chat dock as the host answers and moderates: the message menu's Reply… and moderation actions
// follow each connector's capabilities and carry its reason when greyed out, a reply goes to the message's
// own platform only, a double-click on a message or question replies to it, and a token the platform
// refuses (HTTP 401 from a local server speaking the YouTube Data API) is said plainly.
#include "ApiHttpServer.h"
#include "FakeChatConnector.h"
#include "docks/ChatDock.h"

#include "chat/ChatHub.h"
#include "chat/FacebookConnector.h"
#include "chat/YouTubeConnector.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace vitrine;
using vitrine::test::FakeChatConnector;

namespace {

ChatMessage messageFrom(ChatPlatform platform, const QString& channel, const QString& id,
                        const QString& author, const QString& text)
{
    ChatMessage message;
    message.platform = platform;
    message.channel = channel;
    message.id = id;
    message.author.id = QStringLiteral("id-") + author;
    message.author.name = author;
    message.text = text;
    message.platformTime = QDateTime::currentDateTimeUtc();
    message.arrivalTime = message.platformTime;
    return message;
}

} // namespace

class ChatReplyTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ChatHub> m_hub;
    std::unique_ptr<ChatDock> m_dock;

    template <typename T> T* child(const QString& name) const
    {
        T* found = m_dock->findChild<T*>(name);
        if (!found)
            qFatal("no child %s", qPrintable(name));
        return found;
    }
    QAction* menuAction(QMenu* menu, const QString& name) const
    {
        auto* action = menu->findChild<QAction*>(name);
        if (!action)
            qFatal("no action %s", qPrintable(name));
        return action;
    }
    void openDock()
    {
        m_dock = std::make_unique<ChatDock>(m_hub.get());
        m_dock->resize(460, 520);
        m_dock->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dock.get()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(QStringLiteral("chat/postPinnedLinks"));
    }

    void init() { m_hub = std::make_unique<ChatHub>(); }

    void cleanup()
    {
        m_dock.reset();
        m_hub.reset();
    }

    void greysOutWhatThePlatformCannotDoWithTheReason()
    {
        // Real connectors, never started: an API key alone on YouTube, a page token on Facebook.
        m_hub->addConnector(new YouTubeConnector(QStringLiteral("CHATYT"), QStringLiteral("AIzaKEY"), {},
                                                 QUrl(QStringLiteral("http://127.0.0.1:9/youtube/v3"))));
        m_hub->addConnector(new FacebookConnector(QStringLiteral("VID9"), QStringLiteral("EAAPAGE"),
                                                  QUrl(QStringLiteral("http://127.0.0.1:9"))));
        openDock();
        m_hub->ingest(messageFrom(ChatPlatform::YouTube, QStringLiteral("CHATYT"), QStringLiteral("y1"),
                                  QStringLiteral("ana"), QStringLiteral("Quel prix ?")));
        m_hub->ingest(messageFrom(ChatPlatform::Facebook, QStringLiteral("VID9"), QStringLiteral("VID9_1"),
                                  QStringLiteral("bob"), QStringLiteral("Spam spam")));

        std::unique_ptr<QMenu> youtube(m_dock->createMessageMenu(QStringLiteral("youtube:y1"), nullptr));
        QVERIFY(youtube->toolTipsVisible());
        const QString keyOnly = QStringLiteral("YouTube: signed in with an API key only — sign in to post");
        QVERIFY(!menuAction(youtube.get(), QStringLiteral("chatReply"))->isEnabled());
        QCOMPARE(menuAction(youtube.get(), QStringLiteral("chatReply"))->toolTip(), keyOnly);
        for (const QString& name :
             {QStringLiteral("chatDelete"), QStringLiteral("chatTimeout"), QStringLiteral("chatBan")}) {
            QAction* action = menuAction(youtube.get(), name);
            QVERIFY2(!action->isEnabled(), qPrintable(name));
            QVERIFY2(action->toolTip().contains(QStringLiteral("API key only")),
                     qPrintable(action->toolTip()));
        }

        std::unique_ptr<QMenu> facebook(
            m_dock->createMessageMenu(QStringLiteral("facebook:VID9_1"), nullptr));
        QVERIFY(menuAction(facebook.get(), QStringLiteral("chatReply"))->isEnabled());
        QVERIFY(menuAction(facebook.get(), QStringLiteral("chatReply"))
                    ->text()
                    .contains(QStringLiteral("Facebook")));
        QVERIFY(menuAction(facebook.get(), QStringLiteral("chatDelete"))->isEnabled());
        QVERIFY(!menuAction(facebook.get(), QStringLiteral("chatDelete"))
                     ->toolTip()
                     .contains(QStringLiteral("not")));
        for (const QString& name : {QStringLiteral("chatTimeout"), QStringLiteral("chatBan")}) {
            QAction* action = menuAction(facebook.get(), name);
            QVERIFY2(!action->isEnabled(), qPrintable(name));
            QCOMPARE(action->toolTip(),
                     QStringLiteral("Facebook does not let pages time out or ban live commenters"));
        }

        // The send-to-all button says which chats will not get a message, and why.
        QVERIFY2(child<QPushButton>(QStringLiteral("chatSendButton"))->toolTip().contains(keyOnly),
                 qPrintable(child<QPushButton>(QStringLiteral("chatSendButton"))->toolTip()));
    }

    void replyGoesToTheMessagesPlatformOnly()
    {
        auto* twitch =
            new FakeChatConnector(ChatPlatform::Twitch, QStringLiteral("maison"), ChatConnector::CanSend);
        auto* youtube =
            new FakeChatConnector(ChatPlatform::YouTube, QStringLiteral("live1"), ChatConnector::CanSend);
        auto* readOnly = new FakeChatConnector(ChatPlatform::Facebook, QStringLiteral("v1"));
        m_hub->addConnector(twitch);
        m_hub->addConnector(youtube);
        m_hub->addConnector(readOnly);
        openDock();
        m_hub->startAll();
        youtube->say(QStringLiteral("q1"), QStringLiteral("bob"),
                     QStringLiteral("C’est combien la taille M ?"));
        readOnly->say(QStringLiteral("f1"), QStringLiteral("eve"),
                      QStringLiteral("Livrez-vous en Belgique ?"));

        // A double-click on a question answers it; on a chat that cannot take it, the reason is said instead.
        m_dock->findChild<QTabWidget*>()->setCurrentIndex(1);
        auto* questions = child<QListView>(QStringLiteral("questionsView"));
        QTRY_COMPARE(questions->model()->rowCount(), 2);
        QTRY_VERIFY(questions->isVisible());
        auto doubleClick = [questions](int row) {
            const QRect rect = questions->visualRect(questions->model()->index(row, 0));
            // As a user does it: a press and release, then the double-click on the same row.
            QTest::mouseClick(questions->viewport(), Qt::LeftButton, {}, rect.center());
            QTest::mouseDClick(questions->viewport(), Qt::LeftButton, {}, rect.center());
        };
        auto* target = child<QLabel>(QStringLiteral("chatReplyTarget"));
        doubleClick(1);
        QVERIFY(!target->isVisible());
        QCOMPARE(child<QLabel>(QStringLiteral("chatStatus"))->text(),
                 readOnly->capabilityReason(ChatConnector::CanSend));
        doubleClick(0);
        QVERIFY(target->isVisible());
        QVERIFY2(target->text().contains(QStringLiteral("bob")) &&
                     target->text().contains(QStringLiteral("YouTube")),
                 qPrintable(target->text()));
        auto* box = child<QLineEdit>(QStringLiteral("chatSendBox"));
        auto* send = child<QPushButton>(QStringLiteral("chatSendButton"));
        QCOMPARE(box->text(), QStringLiteral("@bob "));
        QVERIFY(send->text().contains(QStringLiteral("YouTube")));
        QTest::keyClicks(box, QStringLiteral("39,90 EUR, du S au XL"));
        send->click();
        QCOMPARE(youtube->sent, QStringList{QStringLiteral("@bob 39,90 EUR, du S au XL")});
        QVERIFY(twitch->sent.isEmpty());
        QVERIFY(readOnly->sent.isEmpty());
        QVERIFY(box->text().isEmpty());
        QVERIFY(!target->isVisible());
        QVERIFY(m_hub->answeredKeys().contains(QStringLiteral("youtube:q1")));
        QVERIFY(child<QLabel>(QStringLiteral("chatStatus"))->text().contains(QStringLiteral("YouTube")));

        // Back to every chat: the next message goes to all that can write.
        QTest::keyClicks(box, QStringLiteral("Merci !"));
        send->click();
        QCOMPARE(twitch->sent, QStringList{QStringLiteral("Merci !")});
        QCOMPARE(youtube->sent.size(), 2);

        // From the chat's menu too, and the reply can be called off.
        std::unique_ptr<QMenu> menu(m_dock->createMessageMenu(QStringLiteral("youtube:q1"), nullptr));
        menuAction(menu.get(), QStringLiteral("chatReply"))->trigger();
        QVERIFY(target->isVisible());
        child<QAbstractButton>(QStringLiteral("chatReplyCancel"))->click();
        QVERIFY(!target->isVisible());
        QVERIFY(send->text().contains(QStringLiteral("all")));
    }

    void refusedTokenIsSaidPlainly()
    {
        ApiHttpServer server;
        server.serve(QStringLiteral("POST /youtube/v3/liveChat/messages"), 401,
                     R"({"error":{"code":401,"message":"Request had invalid authentication credentials."}})");
        auto* youtube = new YouTubeConnector(QStringLiteral("CHATYT"), {}, QStringLiteral("ya29.OLD"),
                                             server.url(QStringLiteral("/youtube/v3")));
        m_hub->addConnector(youtube);
        openDock();
        QSignalSpy messages(m_dock.get(), &ChatDock::message);
        m_hub->ingest(messageFrom(ChatPlatform::YouTube, QStringLiteral("CHATYT"), QStringLiteral("y1"),
                                  QStringLiteral("ana"), QStringLiteral("Livraison ?")));
        m_dock->replyTo(QStringLiteral("youtube:y1"));
        QTest::keyClicks(child<QLineEdit>(QStringLiteral("chatSendBox")), QStringLiteral("Sous 48 h"));
        child<QPushButton>(QStringLiteral("chatSendButton"))->click();
        QTRY_COMPARE(server.requests.size(), 1);
        QCOMPARE(server.requests.at(0).headers.value("authorization"), QByteArray("Bearer ya29.OLD"));
        const QString refused =
            QStringLiteral("YouTube refused the token: it expired or was revoked — sign in again");
        QTRY_VERIFY(child<QLabel>(QStringLiteral("chatStatus"))->text().contains(refused));
        QVERIFY(!messages.isEmpty());
        QVERIFY(messages.last().at(0).toString().contains(refused));
        QVERIFY(!messages.last().at(0).toString().contains(QStringLiteral("ya29")));
        std::unique_ptr<QMenu> menu(m_dock->createMessageMenu(QStringLiteral("youtube:y1"), nullptr));
        QVERIFY(!menuAction(menu.get(), QStringLiteral("chatReply"))->isEnabled());
        QCOMPARE(menuAction(menu.get(), QStringLiteral("chatReply"))->toolTip(), refused);
    }
};

QTEST_MAIN(ChatReplyTest)
#include "ChatReplyTest.moc"
