#include "FakeChatConnector.h"
#include "chat/ChatHub.h"
#include "chat/ChatPoll.h"
#include "chat/Giveaway.h"
#include "show/EventLog.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace vitrine;
using vitrine::test::FakeChatConnector;

// Giveaways and polls across chats: who may enter or vote, once each per platform, a draw anyone can redo
// from the event log.
class GiveawayPollTest : public QObject {
    Q_OBJECT

private:
    static ChatMessage message(ChatPlatform platform, const QString& author, const QString& text)
    {
        ChatMessage m;
        m.platform = platform;
        m.id = author + text;
        m.author.id = author;
        m.author.name = author;
        m.text = text;
        return m;
    }

private Q_SLOTS:
    void entriesAreOnePerAuthorAndPlatform()
    {
        Giveaway giveaway;
        QVERIFY(
            !giveaway.observe(message(ChatPlatform::Twitch, QStringLiteral("ana"), QStringLiteral("#gagner")),
                              false)); // not open yet
        QVERIFY(!giveaway.start({QStringLiteral("  "), false}));
        QVERIFY(giveaway.start({QStringLiteral("#Gagner"), false}));
        QVERIFY(giveaway.observe(
            message(ChatPlatform::Twitch, QStringLiteral("ana"), QStringLiteral("#gagner !")), false));
        QVERIFY(
            !giveaway.observe(message(ChatPlatform::Twitch, QStringLiteral("ana"), QStringLiteral("#GAGNER")),
                              false)); // once
        QVERIFY(
            giveaway.observe(message(ChatPlatform::YouTube, QStringLiteral("ana"), QStringLiteral("#gagner")),
                             false)); // another platform: another viewer
        QVERIFY(
            !giveaway.observe(message(ChatPlatform::Twitch, QStringLiteral("bob"), QStringLiteral("gagner")),
                              false)); // without the #: not the keyword
        QVERIFY(
            !giveaway.observe(message(ChatPlatform::Twitch, QStringLiteral("cy"), QStringLiteral("#gagner")),
                              true)); // hidden by the blocked words
        ChatMessage host = message(ChatPlatform::Twitch, QStringLiteral("maison"), QStringLiteral("#gagner"));
        host.author.broadcaster = true;
        QVERIFY(!giveaway.observe(host, false));
        QCOMPARE(giveaway.entries().size(), 2);
        giveaway.stop();
        QVERIFY(!giveaway.observe(
            message(ChatPlatform::Facebook, QStringLiteral("dan"), QStringLiteral("#gagner")), false));
    }

    void onlyViewersWhoClaimedWhenAsked()
    {
        Giveaway giveaway;
        QVERIFY(giveaway.start({QStringLiteral("#gagner"), true}));
        QVERIFY(
            !giveaway.observe(message(ChatPlatform::Twitch, QStringLiteral("ana"), QStringLiteral("#gagner")),
                              false)); // no claim check: nobody claimed
        giveaway.setClaimCheck([](ChatPlatform platform, const QString& author) {
            return platform == ChatPlatform::Twitch && author == u"bob";
        });
        QVERIFY(giveaway.observe(
            message(ChatPlatform::Twitch, QStringLiteral("bob"), QStringLiteral("#gagner")), false));
        QVERIFY(!giveaway.observe(
            message(ChatPlatform::YouTube, QStringLiteral("bob"), QStringLiteral("#gagner")), false));
    }

    void theDrawIsReproducibleFromItsSeed()
    {
        // The same seed picks the same entry on every machine: the standard fixes mt19937_64's output.
        std::mt19937_64 reference(42);
        QCOMPARE(Giveaway::pick(42, 7), static_cast<int>(reference() % 7));
        QCOMPARE(Giveaway::pick(42, 0), -1);
        QSet<int> picked;
        for (quint64 seed = 0; seed < 200; ++seed)
            picked.insert(Giveaway::pick(seed, 5));
        QCOMPARE(picked.size(), 5); // every entry can win

        QTemporaryDir dir;
        EventLog log;
        QString error;
        const QString path = dir.filePath(QStringLiteral("events.jsonl"));
        QVERIFY2(log.open(path, &error), qPrintable(error));
        ChatHub hub;
        hub.setEventLog(&log);
        auto* twitch = new FakeChatConnector(ChatPlatform::Twitch, QStringLiteral("maison"));
        hub.addConnector(twitch);
        QVERIFY(hub.startGiveaway({QStringLiteral("#gagner"), false}));
        for (const char* author : {"ana", "bob", "cy", "dan", "eve"})
            twitch->say(QString::fromLatin1(author), QString::fromLatin1(author), QStringLiteral("#gagner"));
        QCOMPARE(hub.giveaway()->entries().size(), 5);
        const std::optional<Giveaway::Entry> winner = hub.drawGiveaway(1234);
        QVERIFY(winner);
        QCOMPARE(*winner, hub.giveaway()->entries().at(Giveaway::pick(1234, 5)));
        QVERIFY(!hub.giveaway()->isOpen()); // a draw closes the entries

        const QList<QJsonObject> events = EventLog::read(path);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).value(QStringLiteral("type")).toString(), QStringLiteral("giveaway.start"));
        const QJsonObject draw = events.at(1);
        QCOMPARE(draw.value(QStringLiteral("type")).toString(), QStringLiteral("giveaway.draw"));
        // Redone from the log alone: the seed and the entrants in order name the same winner.
        const quint64 seed = draw.value(QStringLiteral("seed")).toString().toULongLong();
        const QJsonArray entrants = draw.value(QStringLiteral("entrants")).toArray();
        QCOMPARE(entrants.size(), 5);
        QCOMPARE(entrants.at(Giveaway::pick(seed, static_cast<int>(entrants.size()))).toString(),
                 QStringLiteral("twitch:") + winner->authorId);
        QCOMPARE(draw.value(QStringLiteral("author")).toString(), winner->authorName);
    }

    void pollsCountOneVotePerViewerFromEveryChat()
    {
        ChatPoll poll;
        QVERIFY(!poll.start(QStringLiteral("Couleur ?"), {QStringLiteral("Noir")})); // one option
        QVERIFY(!poll.start(QStringLiteral("Couleur ?"), {QStringLiteral("Noir"), QStringLiteral("noir")}));
        QVERIFY(!poll.start(QString(), {QStringLiteral("Noir"), QStringLiteral("Chêne")}));
        QVERIFY(poll.start(QStringLiteral("Couleur ?"), {QStringLiteral("Noir"), QStringLiteral("Chêne")}));
        QCOMPARE(
            poll.observe(message(ChatPlatform::Twitch, QStringLiteral("ana"), QStringLiteral("1")), false),
            0);
        QCOMPARE(
            poll.observe(message(ChatPlatform::YouTube, QStringLiteral("ana"), QStringLiteral("#2")), false),
            1);
        QCOMPARE(
            poll.observe(message(ChatPlatform::Facebook, QStringLiteral("bob"), QStringLiteral("chene 🌳")),
                         false),
            1);
        QCOMPARE(
            poll.observe(message(ChatPlatform::Twitch, QStringLiteral("cy"), QStringLiteral("3")), false),
            -1); // no third option
        QCOMPARE(
            poll.observe(message(ChatPlatform::Twitch, QStringLiteral("cy"), QStringLiteral("le noir svp")),
                         false),
            -1); // a sentence is not a vote
        QCOMPARE(
            poll.observe(message(ChatPlatform::Twitch, QStringLiteral("dan"), QStringLiteral("2")), true),
            -1); // hidden by the blocked words
        QCOMPARE(poll.counts(), (QList<int>{1, 2}));
        // A viewer changes their mind: the later vote replaces the earlier one.
        QCOMPARE(poll.observe(message(ChatPlatform::Twitch, QStringLiteral("ana"), QStringLiteral("Chêne")),
                              false),
                 1);
        QCOMPARE(poll.counts(), (QList<int>{0, 3}));
        QCOMPARE(poll.total(), 3);
        poll.stop();
        QCOMPARE(
            poll.observe(message(ChatPlatform::Twitch, QStringLiteral("eve"), QStringLiteral("1")), false),
            -1);
        QCOMPARE(poll.counts(), (QList<int>{0, 3})); // the result stays after the end
    }
};

QTEST_GUILESS_MAIN(GiveawayPollTest)
#include "GiveawayPollTest.moc"
