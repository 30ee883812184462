#include "chat/ChatHub.h"
#include "FakeChatConnector.h"
#include "chat/BuyIntent.h"
#include "chat/ChatListModel.h"
#include "chat/ChatSpool.h"
#include "chat/ChatTextMatch.h"
#include "chat/ChatTranscript.h"
#include "chat/QuestionFilter.h"
#include "show/EventLog.h"
#include "show/LiveState.h"
#include "show/ShowStore.h"
#include "show/TrackedLink.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vitrine;
using vitrine::test::FakeChatConnector;

namespace {

QList<QJsonObject> readLines(const QString& path)
{
    QList<QJsonObject> lines;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return lines;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (!line.isEmpty())
            lines.append(QJsonDocument::fromJson(line).object());
    }
    return lines;
}

QStringList texts(ChatEntryStore* store)
{
    QStringList out;
    for (qint64 s = store->firstSerial(); s < store->endSerial(); ++s)
        out.append(store->at(s)->message.text);
    return out;
}

Product product(const QString& sku, const QString& title)
{
    Product p;
    p.sku = sku;
    p.title = title;
    p.url = QStringLiteral("https://shop.example/p/") + sku;
    return p;
}

} // namespace

class ChatHubTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void foldsAndMatchesOnWordBoundaries()
    {
        QCOMPARE(foldChatText(QStringLiteral("  Très   BIEN’s ")), QStringLiteral("tres bien's"));
        QVERIFY(containsChatPhrase(QStringLiteral("sold!"), QStringLiteral("sold")));
        QVERIFY(!containsChatPhrase(QStringLiteral("soldier"), QStringLiteral("sold")));
        QVERIFY(containsChatPhrase(QStringLiteral("moi +1"), QStringLiteral("+1")));
        QVERIFY(!containsChatPhrase(QStringLiteral("+10"), QStringLiteral("+1")));
    }

    void mergesInArrivalOrderAndDropsDuplicates()
    {
        ChatHub hub;
        auto* twitch = new FakeChatConnector(ChatPlatform::Twitch, QStringLiteral("maison"));
        auto* youtube = new FakeChatConnector(ChatPlatform::YouTube, QStringLiteral("live1"));
        hub.addConnector(twitch);
        hub.addConnector(youtube);
        QCOMPARE(hub.connectors().size(), 2);
        hub.startAll();
        QCOMPARE(twitch->state(), ChatConnector::State::Connected);

        // Platform times out of order: arrival order wins.
        ChatMessage late = twitch->make(QStringLiteral("1"), QStringLiteral("ana"), QStringLiteral("first"));
        late.platformTime = late.platformTime.addSecs(30);
        twitch->emitMessage(late);
        youtube->say(QStringLiteral("1"), QStringLiteral("bob"),
                     QStringLiteral("second")); // same id, other platform
        twitch->say(QStringLiteral("1"), QStringLiteral("ana"), QStringLiteral("duplicate"));
        twitch->say(QStringLiteral("2"), QStringLiteral("ana"), QStringLiteral("third"));

        QCOMPARE(texts(hub.view()),
                 (QStringList{QStringLiteral("first"), QStringLiteral("second"), QStringLiteral("third")}));
        QCOMPARE(hub.receivedCount(), 3);
        QCOMPARE(hub.duplicateCount(), 1);
        hub.stopAll();
        QCOMPARE(twitch->state(), ChatConnector::State::Idle);
    }

    void trimsTheViewButSpoolsEverything()
    {
        const QString path = m_dir.filePath(QStringLiteral("trim.jsonl"));
        ChatHub hub;
        QString error;
        QVERIFY2(hub.openSpool(path, &error), qPrintable(error));
        hub.setViewLimit(10);
        auto* twitch = new FakeChatConnector(ChatPlatform::Twitch, QStringLiteral("maison"));
        hub.addConnector(twitch);
        for (int i = 0; i < 25; ++i)
            twitch->say(QString::number(i), QStringLiteral("ana"), QStringLiteral("m%1").arg(i));
        QCOMPARE(hub.view()->size(), 10);
        QCOMPARE(hub.view()->at(hub.view()->firstSerial())->message.text, QStringLiteral("m15"));
        // A duplicate of a message trimmed from the view still stays out.
        twitch->say(QStringLiteral("0"), QStringLiteral("ana"), QStringLiteral("again"));
        QCOMPARE(hub.receivedCount(), 25);
        hub.spool()->flush();
        QCOMPARE(readLines(path).size(), 25);
    }

    void spoolWritesTheRecordShapeAndIsPromptWithoutFlush()
    {
        const QString path = m_dir.filePath(QStringLiteral("shape.jsonl"));
        ChatHub hub;
        QString error;
        QVERIFY2(hub.openSpool(path, &error), qPrintable(error));
        auto* youtube = new FakeChatConnector(ChatPlatform::YouTube, QStringLiteral("live1"));
        hub.addConnector(youtube);
        ChatMessage paid =
            youtube->make(QStringLiteral("abc"), QStringLiteral("Zoé"), QStringLiteral("Merci, \"top\""));
        paid.kind = ChatMessageKind::Paid;
        paid.paidAmount = QStringLiteral("€5.00");
        paid.author.color = QStringLiteral("#FF0000");
        paid.author.badges = {QStringLiteral("member")};
        paid.platformTime = QDateTime(QDate(2026, 11, 24), QTime(20, 15, 3, 42), Qt::UTC);
        youtube->emitMessage(paid);
        youtube->platformDeletes(QStringLiteral("abc"));

        // No explicit flush: the writer gets it within about a second.
        QTRY_COMPARE_WITH_TIMEOUT(readLines(path).size(), 2, 1500);
        const QList<QJsonObject> lines = readLines(path);
        const QJsonObject m = lines.at(0);
        QCOMPARE(m.value(QStringLiteral("id")).toString(), QStringLiteral("abc"));
        QCOMPARE(m.value(QStringLiteral("platform")).toString(), QStringLiteral("youtube"));
        QCOMPARE(m.value(QStringLiteral("channel")).toString(), QStringLiteral("live1"));
        QCOMPARE(m.value(QStringLiteral("author")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Zoé"));
        QCOMPARE(
            m.value(QStringLiteral("author")).toObject().value(QStringLiteral("badges")).toArray().size(), 1);
        QCOMPARE(m.value(QStringLiteral("kind")).toString(), QStringLiteral("paid"));
        QCOMPARE(m.value(QStringLiteral("paid_amount")).toString(), QStringLiteral("€5.00"));
        QCOMPARE(m.value(QStringLiteral("platform_time")).toString(),
                 QStringLiteral("2026-11-24T20:15:03.042Z"));
        QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"))
                    .match(m.value(QStringLiteral("arrival_time")).toString())
                    .hasMatch());
        const QJsonObject d = lines.at(1);
        QCOMPARE(d.value(QStringLiteral("deleted")).toBool(), true);
        QCOMPARE(d.value(QStringLiteral("id")).toString(), QStringLiteral("abc"));
        QCOMPARE(d.value(QStringLiteral("platform")).toString(), QStringLiteral("youtube"));
        QVERIFY(hub.view()->at(0)->deleted);
    }

    void spoolRefusesAnUnwritablePath()
    {
        ChatHub hub;
        QString error;
        QVERIFY(!hub.openSpool(QStringLiteral("/nonexistent-dir/chat.jsonl"), &error));
        QVERIFY(error.contains(QStringLiteral("/nonexistent-dir/chat.jsonl")));
    }

    void authorClearsMarkOnlyThatAuthorOnThatPlatform()
    {
        ChatHub hub;
        auto* twitch = new FakeChatConnector(ChatPlatform::Twitch, QStringLiteral("maison"));
        auto* youtube = new FakeChatConnector(ChatPlatform::YouTube, QStringLiteral("live1"));
        hub.addConnector(twitch);
        hub.addConnector(youtube);
        twitch->say(QStringLiteral("1"), QStringLiteral("troll"), QStringLiteral("spam"));
        twitch->say(QStringLiteral("2"), QStringLiteral("ana"), QStringLiteral("hello"));
        youtube->say(QStringLiteral("3"), QStringLiteral("troll"), QStringLiteral("other platform"));
        twitch->platformClearsAuthor(QStringLiteral("u-troll"));
        QVERIFY(hub.view()->at(0)->deleted);
        QVERIFY(!hub.view()->at(1)->deleted);
        QVERIFY(!hub.view()->at(2)->deleted);
        // Name only (Twitch CLEARCHAT without user id).
        youtube->platformClearsAuthor({}, QStringLiteral("TROLL"));
        QVERIFY(hub.view()->at(2)->deleted);
    }

    void findsQuestionsAndWalksThemInOrder()
    {
        QuestionFilter filter;
        QVERIFY(filter.isQuestion(QStringLiteral("C'est combien")));
        QVERIFY(filter.isQuestion(QStringLiteral("how much for the grinder")));
        QVERIFY(filter.isQuestion(QStringLiteral("Livraison en Belgique")));
        QVERIFY(filter.isQuestion(QStringLiteral("ça marche?")));
        QVERIFY(!filter.isQuestion(QStringLiteral("Trop beau")));
        QVERIFY(!filter.isQuestion(QStringLiteral("whenever")));
        filter.setKeywords({QStringLiteral("Coloris")});
        QVERIFY(filter.isQuestion(QStringLiteral("les coloris dispo")));
        QVERIFY(!filter.isQuestion(QStringLiteral("combien")));

        ChatHub hub;
        auto* twitch = new FakeChatConnector(ChatPlatform::Twitch, QStringLiteral("maison"));
        hub.addConnector(twitch);
        QSignalSpy current(&hub, &ChatHub::currentQuestionChanged);
        twitch->say(QStringLiteral("1"), QStringLiteral("a"), QStringLiteral("combien ?"));
        twitch->say(QStringLiteral("2"), QStringLiteral("b"), QStringLiteral("super"));
        twitch->say(QStringLiteral("3"), QStringLiteral("c"), QStringLiteral("shipping to Spain"));
        twitch->say(QStringLiteral("4"), QStringLiteral("d"), QStringLiteral("quand ça part"));
        QCOMPARE(hub.questions()->size(), 3);
        QCOMPARE(hub.unansweredQuestionCount(), 3);
        QCOMPARE(hub.nextQuestion(), QStringLiteral("twitch:1"));
        QCOMPARE(hub.nextQuestion(), QStringLiteral("twitch:3")); // 1 now answered
        QVERIFY(hub.questions()->at(0)->answered);
        QVERIFY(hub.view()->at(0)->answered);
        QVERIFY(hub.setAnswered(QStringLiteral("twitch:4"), true));
        QCOMPARE(hub.nextQuestion(), QString()); // 3 answered, 4 answered: none left
        QCOMPARE(hub.unansweredQuestionCount(), 0);
        QCOMPARE(current.size(), 3);
        QCOMPARE(hub.answeredKeys().size(), 3);
    }

    void highlightsOneMessageAndLogsIt()
    {
        EventLog log;
        const QString logPath = m_dir.filePath(QStringLiteral("events.jsonl"));
        QString error;
        QVERIFY(log.open(logPath, &error));
        ChatHub hub;
        hub.setEventLog(&log);
        auto* twitch = new FakeChatConnector(ChatPlatform::Twitch, QStringLiteral("maison"));
        hub.addConnector(twitch);
        twitch->say(QStringLiteral("1"), QStringLiteral("ana"), QStringLiteral("bonjour"));
        twitch->say(QStringLiteral("2"), QStringLiteral("bob"), QStringLiteral("salut"));
        QSignalSpy spy(&hub, &ChatHub::highlightChanged);
        QVERIFY(hub.setHighlighted(QStringLiteral("twitch:2")));
        QCOMPARE(hub.highlightedKey(), QStringLiteral("twitch:2"));
        QCOMPARE(hub.highlighted()->text, QStringLiteral("salut"));
        QVERIFY(!hub.setHighlighted(QStringLiteral("twitch:nope")));
        QCOMPARE(hub.highlightedKey(), QStringLiteral("twitch:2"));
        // Hiding the highlighted message takes it off screen.
        QVERIFY(hub.setHidden(QStringLiteral("twitch:2"), true));
        QCOMPARE(hub.highlightedKey(), QString());
        QCOMPARE(spy.size(), 2);
        const QList<QJsonObject> events = EventLog::read(logPath);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).value(QStringLiteral("type")).toString(), QStringLiteral("chat.highlight"));
        QCOMPARE(events.at(0).value(QStringLiteral("text")).toString(), QStringLiteral("salut"));
        QCOMPARE(events.at(1).value(QStringLiteral("type")).toString(), QStringLiteral("chat.unhighlight"));
    }

    void countsBuyIntentPerProduct()
    {
        BuyIntent intent;
        intent.setCatalogue({product(QStringLiteral("GRD-C40"), QStringLiteral("Moulin Comandante C40")),
                             product(QStringLiteral("KTL-01"), QStringLiteral("Bouilloire col de cygne")),
                             product(QStringLiteral("GRD-1Z"), QStringLiteral("Moulin 1Zpresso"))});
        QCOMPARE(intent.productFor(QStringLiteral("je veux le grd-c40 svp")), QStringLiteral("GRD-C40"));
        QCOMPARE(intent.productFor(QStringLiteral("la bouilloire elle est top")), QStringLiteral("KTL-01"));
        QCOMPARE(intent.productFor(QStringLiteral("le moulin")), QString());   // two moulins: names neither
        QCOMPARE(intent.productFor(QStringLiteral("je prends !")), QString()); // nothing pinned
        intent.setPinnedSku(QStringLiteral("GRD-1Z"));
        QCOMPARE(intent.productFor(QStringLiteral("Je le prends !")), QStringLiteral("GRD-1Z"));
        QCOMPARE(intent.productFor(QStringLiteral("+1")), QStringLiteral("GRD-1Z"));
        QCOMPARE(intent.productFor(QStringLiteral("I’ll take two")), QStringLiteral("GRD-1Z"));
        QCOMPARE(intent.productFor(QStringLiteral("SOLD")), QStringLiteral("GRD-1Z"));
        QCOMPARE(intent.productFor(QStringLiteral("soldier")), QString());
        QCOMPARE(intent.productFor(QStringLiteral("vendu pour la bouilloire")), QStringLiteral("KTL-01"));

        QSignalSpy changed(&intent, &BuyIntent::countsChanged);
        ChatMessage m;
        m.platform = ChatPlatform::Twitch;
        m.arrivalTime = QDateTime::currentDateTimeUtc().addSecs(-120);
        m.text = QStringLiteral("je prends");
        QCOMPARE(intent.observe(m), QStringLiteral("GRD-1Z"));
        m.arrivalTime = QDateTime::currentDateTimeUtc();
        QCOMPARE(intent.observe(m), QStringLiteral("GRD-1Z"));
        m.text = QStringLiteral("hello");
        QCOMPARE(intent.observe(m), QString());
        QCOMPARE(changed.size(), 2);
        QCOMPARE(intent.count(QStringLiteral("GRD-1Z")), 2);
        QCOMPARE(intent.lastMinuteCount(QStringLiteral("GRD-1Z")), 1);
    }

    void buyIntentFollowsThePinnedProduct()
    {
        const QString path = m_dir.filePath(QStringLiteral("show.vitrine"));
        QFile::remove(path);
        QVERIFY(QFile::copy(QStringLiteral(VITRINE_SOURCE_DIR "/resources/demo/demo.vitrine"), path));
        ShowStore store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QVERIFY(!store.document().products.isEmpty());
        EventLog log;
        LiveState live(&store.document(), &log);
        ChatHub hub;
        hub.attachShow(&store, &live, &log);
        auto* twitch =
            new FakeChatConnector(ChatPlatform::Twitch, QStringLiteral("maison"), ChatConnector::CanSend);
        auto* youtube = new FakeChatConnector(ChatPlatform::YouTube, QStringLiteral("live1"));
        hub.addConnector(twitch);
        hub.addConnector(youtube);
        // This copy's first product has a page of its own, whatever the demo's says.
        const QString page = QStringLiteral("https://shop.example.com/products/first?ref=demo");
        store.update([&page](ShowDocument& show) { show.products.first().url = page; });
        const Product first = store.document().products.first();
        hub.setPostPinnedLinks(true);
        QCOMPARE(live.requestPin(first.sku, true), LiveState::PinResult::Pinned);
        twitch->say(QStringLiteral("1"), QStringLiteral("ana"), QStringLiteral("je prends"));
        QCOMPARE(hub.buyIntent()->count(first.sku), 1);
        QCOMPARE(hub.view()->at(0)->buySku, first.sku);
        // Pinning posted the product's link, tracked for the chat it went to.
        const QString link =
            trackedLink(page, QStringLiteral("twitch"), store.document().effectiveCampaign());
        QVERIFY2(link.contains(QStringLiteral("utm_source=twitch")) &&
                     link.contains(QStringLiteral("ref=demo")),
                 qPrintable(link));
        QCOMPARE(twitch->sent, QStringList{first.title + QStringLiteral(" → ") + link});
        QVERIFY(youtube->sent.isEmpty()); // cannot write there
    }

    void blockedWordsAndHidingStayLocal()
    {
        ChatHub hub;
        auto* twitch = new FakeChatConnector(ChatPlatform::Twitch, QStringLiteral("maison"));
        hub.addConnector(twitch);
        hub.setBlockedWords({QStringLiteral("arnaque")});
        twitch->say(QStringLiteral("1"), QStringLiteral("a"), QStringLiteral("c'est une ARNAQUE"));
        twitch->say(QStringLiteral("2"), QStringLiteral("b"), QStringLiteral("arnaques")); // other word
        QVERIFY(hub.view()->at(0)->blocked);
        QVERIFY(!hub.view()->at(1)->blocked);
        hub.setBlockedWords({});
        QVERIFY(!hub.view()->at(0)->blocked);
        QVERIFY(hub.setHidden(QStringLiteral("twitch:2"), true));
        QVERIFY(hub.view()->at(1)->hidden);
        QVERIFY(twitch->actions.isEmpty());
    }

    void repliesGoToTheMessagesOwnChatOnly()
    {
        ChatHub hub;
        auto* twitch =
            new FakeChatConnector(ChatPlatform::Twitch, QStringLiteral("maison"), ChatConnector::CanSend);
        auto* youtube =
            new FakeChatConnector(ChatPlatform::YouTube, QStringLiteral("live1"), ChatConnector::CanSend);
        auto* readOnly = new FakeChatConnector(ChatPlatform::Facebook, QStringLiteral("v1"));
        hub.addConnector(twitch);
        hub.addConnector(youtube);
        hub.addConnector(readOnly);
        youtube->say(QStringLiteral("q1"), QStringLiteral("ana"), QStringLiteral("Quelle taille ?"));
        readOnly->say(QStringLiteral("f1"), QStringLiteral("bob"), QStringLiteral("Livraison ?"));
        QString error;
        QVERIFY(hub.canReply(QStringLiteral("youtube:q1")));
        QVERIFY(hub.sendReply(QStringLiteral("youtube:q1"), QStringLiteral("  @ana Du 36 au 44  "), &error));
        QVERIFY(hub.answeredKeys().contains(QStringLiteral("youtube:q1")));
        QCOMPARE(youtube->sent, QStringList{QStringLiteral("@ana Du 36 au 44")});
        QVERIFY(twitch->sent.isEmpty());
        // A chat the account cannot write to: refused with the connector's reason, nothing sent anywhere.
        QVERIFY(!hub.canReply(QStringLiteral("facebook:f1")));
        QCOMPARE(hub.replyRefusal(QStringLiteral("facebook:f1")),
                 readOnly->capabilityReason(ChatConnector::CanSend));
        QVERIFY(!hub.sendReply(QStringLiteral("facebook:f1"), QStringLiteral("Demain"), &error));
        QCOMPARE(error, hub.replyRefusal(QStringLiteral("facebook:f1")));
        QVERIFY2(error.contains(QStringLiteral("Facebook")), qPrintable(error));
        QVERIFY(!hub.sendReply(QStringLiteral("youtube:nope"), QStringLiteral("x"), &error));
        QVERIFY(readOnly->sent.isEmpty());
        QCOMPARE(youtube->sent.size(), 1);
        QVERIFY(twitch->sent.isEmpty());
    }

    void routesModerationByCapability()
    {
        ChatHub hub;
        auto* twitch = new FakeChatConnector(ChatPlatform::Twitch, QStringLiteral("maison"),
                                             ChatConnector::CanDelete | ChatConnector::CanTimeout);
        auto* youtube = new FakeChatConnector(ChatPlatform::YouTube, QStringLiteral("live1"));
        hub.addConnector(twitch);
        hub.addConnector(youtube);
        twitch->say(QStringLiteral("1"), QStringLiteral("troll"), QStringLiteral("spam"));
        youtube->say(QStringLiteral("2"), QStringLiteral("troll"), QStringLiteral("spam"));
        QString error;
        QVERIFY(hub.canModerate(QStringLiteral("twitch:1"), ChatModeration::Action::Delete));
        QVERIFY(!hub.canModerate(QStringLiteral("twitch:1"), ChatModeration::Action::Ban));
        QVERIFY(hub.moderate(QStringLiteral("twitch:1"), ChatModeration::Action::Delete, &error));
        QVERIFY(hub.moderate(QStringLiteral("twitch:1"), ChatModeration::Action::Timeout, &error));
        QCOMPARE(twitch->actions,
                 (QStringList{QStringLiteral("delete:1"), QStringLiteral("timeout:u-troll:600")}));
        QSignalSpy errors(&hub, &ChatHub::errorOccurred);
        QVERIFY(!hub.moderate(QStringLiteral("twitch:1"), ChatModeration::Action::Ban, &error));
        QVERIFY2(error.contains(QStringLiteral("Twitch")), qPrintable(error));
        QCOMPARE(hub.moderationRefusal(QStringLiteral("twitch:1"), ChatModeration::Action::Ban), error);
        QVERIFY(!hub.moderate(QStringLiteral("youtube:2"), ChatModeration::Action::Delete, &error));
        QVERIFY(!hub.moderate(QStringLiteral("twitch:404"), ChatModeration::Action::Delete, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(errors.size(), 2);
    }

    void postsToEveryChatThatCanSend()
    {
        ChatHub hub;
        auto* twitch =
            new FakeChatConnector(ChatPlatform::Twitch, QStringLiteral("maison"), ChatConnector::CanSend);
        auto* youtube =
            new FakeChatConnector(ChatPlatform::YouTube, QStringLiteral("live1"), ChatConnector::CanSend);
        auto* facebook = new FakeChatConnector(ChatPlatform::Facebook, QStringLiteral("v1"));
        hub.addConnector(twitch);
        hub.addConnector(youtube);
        hub.addConnector(facebook);
        QStringList errors;
        QCOMPARE(hub.postToAll(QStringLiteral("  Code PROMO10 !  "), &errors), 2);
        QVERIFY(errors.isEmpty());
        QCOMPARE(twitch->sent, QStringList{QStringLiteral("Code PROMO10 !")});
        QCOMPARE(youtube->sent, QStringList{QStringLiteral("Code PROMO10 !")});
        QVERIFY(facebook->sent.isEmpty());
        QCOMPARE(hub.postToAll(QStringLiteral("   "), &errors), 0);

        ChatHub readOnly;
        readOnly.addConnector(new FakeChatConnector(ChatPlatform::Twitch, QStringLiteral("x")));
        QCOMPARE(readOnly.postToAll(QStringLiteral("hi"), &errors), 0);
        QCOMPARE(errors.size(), 1);
    }

    void exportsTranscriptAsJsonLinesAndCsv()
    {
        const QString spoolPath = m_dir.filePath(QStringLiteral("transcript-spool.jsonl"));
        ChatHub hub;
        QString error;
        QVERIFY(hub.openSpool(spoolPath, &error));
        hub.setViewLimit(2); // the transcript reads the spool, not the trimmed view
        auto* twitch = new FakeChatConnector(ChatPlatform::Twitch, QStringLiteral("maison"));
        hub.addConnector(twitch);
        twitch->say(QStringLiteral("1"), QStringLiteral("Ana, \"la\" pro"),
                    QStringLiteral("combien,\nvraiment ?"));
        twitch->say(QStringLiteral("2"), QStringLiteral("bob"), QStringLiteral("spam"));
        twitch->say(QStringLiteral("3"), QStringLiteral("cy"), QStringLiteral("merci"));
        twitch->platformDeletes(QStringLiteral("2"));
        hub.setAnswered(QStringLiteral("twitch:1"), true);
        hub.spool()->flush();
        {
            QFile torn(spoolPath); // a crash in the middle of a line
            QVERIFY(torn.open(QIODevice::Append));
            torn.write("{\"id\":\"4\",\"platf");
        }

        const auto transcript =
            ChatTranscript::fromSpool(spoolPath, &error, hub.questionFilter(), hub.answeredKeys());
        QVERIFY2(transcript, qPrintable(error));
        QCOMPARE(transcript->lines().size(), 3);
        QVERIFY(transcript->lines().at(0).question);
        QVERIFY(transcript->lines().at(0).answered);
        QVERIFY(transcript->lines().at(1).deleted);

        const QString jsonl = m_dir.filePath(QStringLiteral("out.jsonl"));
        QVERIFY(transcript->writeJsonLines(jsonl, &error));
        const QList<QJsonObject> lines = readLines(jsonl);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(1).value(QStringLiteral("deleted")).toBool(), true);
        QCOMPARE(lines.at(0).value(QStringLiteral("text")).toString(),
                 QStringLiteral("combien,\nvraiment ?"));

        const QString csv = m_dir.filePath(QStringLiteral("out.csv"));
        QVERIFY(transcript->writeCsv(csv, &error));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString content = QString::fromUtf8(file.readAll());
        QVERIFY(content.startsWith(QStringLiteral("arrival_time,platform_time,platform,")));
        QVERIFY2(content.contains(QStringLiteral(
                     ",\"Ana, \"\"la\"\" pro\",\"combien,\nvraiment ?\",message,,yes,yes,no\r\n")),
                 qPrintable(content));
        QCOMPARE(content.count(QStringLiteral("\r\n")), 4);

        QVERIFY(!ChatTranscript::fromSpool(m_dir.filePath(QStringLiteral("missing.jsonl")), &error));
        QVERIFY(error.contains(QStringLiteral("missing.jsonl")));
        QVERIFY(!transcript->writeCsv(QStringLiteral("/nonexistent-dir/x.csv"), &error));
    }

    void listModelFollowsTheStoreInBatches()
    {
        ChatHub hub;
        hub.setViewLimit(5);
        auto* twitch = new FakeChatConnector(ChatPlatform::Twitch, QStringLiteral("maison"));
        hub.addConnector(twitch);
        ChatListModel model(&hub);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        for (int i = 0; i < 3; ++i)
            twitch->say(QString::number(i), QStringLiteral("a"), QStringLiteral("m%1").arg(i));
        QCOMPARE(model.rowCount(), 0); // not yet: batched
        QTRY_COMPARE(model.rowCount(), 3);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.index(0).data(ChatListModel::TextRole).toString(), QStringLiteral("m0"));

        for (int i = 3; i < 9; ++i)
            twitch->say(QString::number(i), QStringLiteral("a"), QStringLiteral("m%1").arg(i));
        // Trimmed but not yet removed: the row answers nothing rather than the wrong message.
        QVERIFY(!model.index(0).data(ChatListModel::TextRole).isValid());
        model.syncNow();
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.index(0).data(ChatListModel::TextRole).toString(), QStringLiteral("m4"));
        QCOMPARE(model.index(4).data(ChatListModel::TextRole).toString(), QStringLiteral("m8"));

        // Many more than the limit between two syncs: the model shows the last ones only.
        for (int i = 9; i < 40; ++i)
            twitch->say(QString::number(i), QStringLiteral("a"), QStringLiteral("m%1").arg(i));
        model.syncNow();
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(0).data(ChatListModel::TextRole).toString(), QStringLiteral("m35"));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        twitch->platformDeletes(QStringLiteral("36"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(1).data(ChatListModel::DeletedRole).toBool(), true);
        QVERIFY(hub.setHighlighted(QStringLiteral("twitch:37")));
        QCOMPARE(model.index(2).data(ChatListModel::HighlightedRole).toBool(), true);
        QCOMPARE(model.rowOfKey(QStringLiteral("twitch:37")), 2);

        ChatListModel questions(&hub, ChatListModel::Source::Questions);
        twitch->say(QStringLiteral("q"), QStringLiteral("a"), QStringLiteral("how much?"));
        QTRY_COMPARE(questions.rowCount(), 1);
    }

    void listModelOutlivingItsHubIsEmpty()
    {
        auto hub = std::make_unique<ChatHub>();
        auto* twitch = new FakeChatConnector(ChatPlatform::Twitch, QStringLiteral("maison"));
        hub->addConnector(twitch);
        ChatListModel model(hub.get());
        twitch->say(QStringLiteral("1"), QStringLiteral("a"), QStringLiteral("hi"));
        model.syncNow();
        QCOMPARE(model.rowCount(), 1);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        hub.reset();
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 0);
        model.syncNow();
        QCOMPARE(model.rowOfKey(QStringLiteral("twitch:1")), -1);
    }
};

QTEST_GUILESS_MAIN(ChatHubTest)
#include "ChatHubTest.moc"
