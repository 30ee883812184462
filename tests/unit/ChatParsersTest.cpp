// The chat parsers, without any networking: IRC lines with IRCv3 tags and their Twitch meaning, YouTube
// liveChatMessages.list pages, Server-Sent Events framing, Facebook comment events, the custom feed's
// frames, Twitch EventSub frames, the connector spec and the back-off.
#include "TwitchEventSubFrames.h"

#include "base/ReconnectBackoff.h"
#include "chat/ChatConnectorFactory.h"
#include "chat/ChatUrl.h"
#include "chat/CustomChatFrame.h"
#include "chat/FacebookComment.h"
#include "chat/IrcMessage.h"
#include "chat/SseParser.h"
#include "chat/TwitchEventSubFrame.h"
#include "chat/YouTubeChatPage.h"
#include "chat/YouTubeLiveChatResolver.h"

#include <QTest>

using namespace vitrine;

namespace {

QDateTime utc(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toUTC();
}

TwitchChatEvent twitch(const QByteArray& line)
{
    IrcMessage message;
    QString error;
    if (!IrcMessage::parse(line, &message, &error))
        qFatal("unparsable test line: %s", qPrintable(error));
    return twitchChatEvent(message, utc("2024-05-01T18:00:00Z"));
}

// Feeds `bytes` to a fresh parser cut into pieces of `step` bytes.
QList<SseEvent> sseInPieces(const QByteArray& bytes, int step)
{
    SseParser parser;
    QList<SseEvent> events;
    for (qsizetype i = 0; i < bytes.size(); i += step)
        events += parser.feed(bytes.mid(i, step));
    return events;
}

} // namespace

class ChatParsersTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void ircLineParts()
    {
        IrcMessage m;
        QString error;
        QVERIFY(IrcMessage::parse(
            "@a=1;b=x\\sy\\:z\\\\w\\r\\n;c;d=\\ :nick!user@host privmsg #chan :hello :world\r\n", &m,
            &error));
        QCOMPARE(m.tags.value("a"), QStringLiteral("1"));
        QCOMPARE(m.tags.value("b"), QStringLiteral("x y;z\\w\r\n"));
        QVERIFY(m.tags.contains("c"));
        QCOMPARE(m.tags.value("c"), QString());
        QCOMPARE(m.tags.value("d"), QString()); // a lone trailing backslash is dropped
        QCOMPARE(m.prefix, QStringLiteral("nick!user@host"));
        QCOMPARE(m.nick(), QStringLiteral("nick"));
        QCOMPARE(m.command, QStringLiteral("PRIVMSG"));
        QCOMPARE(m.params, (QStringList{"#chan", "hello :world"}));

        QVERIFY(IrcMessage::parse("PING :tmi.twitch.tv", &m, &error));
        QCOMPARE(m.command, QStringLiteral("PING"));
        QCOMPARE(m.params, QStringList{"tmi.twitch.tv"});
        QVERIFY(IrcMessage::parse(":tmi.twitch.tv 001 justinfan12345 :Welcome, GLHF!", &m, &error));
        QCOMPARE(m.command, QStringLiteral("001"));
        QCOMPARE(m.params.size(), 2);

        for (const QByteArray& bad : {QByteArray(""), QByteArray("@a=b"), QByteArray(":prefix.only"),
                                      QByteArray("   "), QByteArray("PRIV\0MSG x", 10)}) {
            error.clear();
            QVERIFY2(!IrcMessage::parse(bad, &m, &error), bad.constData());
            QVERIFY(!error.isEmpty());
        }
    }

    void twitchPrivmsgWithTags()
    {
        const TwitchChatEvent e = twitch(
            "@badge-info=subscriber/14;badges=moderator/1,subscriber/12,glhf-pledge/1;color=#1e90ff;"
            "display-name=Léa_Moulin;emotes=25:0-4,12-16/1902:6-10;first-msg=0;id=b34ccfc7-4977-403a-8a94-"
            "33c6bac34fb8;mod=1;room-id=1337;subscriber=1;tmi-sent-ts=1714586592123;turbo=0;user-id=777;"
            "user-type=mod :lea_moulin!lea_moulin@lea_moulin.tmi.twitch.tv PRIVMSG #maisonmoulin :Kappa "
            "Keepo Kappa");
        QCOMPARE(e.type, TwitchChatEvent::Type::Message);
        const ChatMessage& m = e.message;
        QCOMPARE(m.id, QStringLiteral("b34ccfc7-4977-403a-8a94-33c6bac34fb8"));
        QCOMPARE(m.platform, ChatPlatform::Twitch);
        QCOMPARE(m.channel, QStringLiteral("maisonmoulin"));
        QCOMPARE(m.author.id, QStringLiteral("777"));
        QCOMPARE(m.author.name, QStringLiteral("Léa_Moulin"));
        QCOMPARE(m.author.color, QStringLiteral("#1E90FF"));
        QCOMPARE(m.author.badges, (QStringList{"moderator/1", "subscriber/12", "glhf-pledge/1"}));
        QVERIFY(m.author.moderator);
        QVERIFY(m.author.subscriber);
        QVERIFY(!m.author.broadcaster);
        QCOMPARE(m.text, QStringLiteral("Kappa Keepo Kappa"));
        QCOMPARE(m.emotes, (QList<ChatEmote>{{"25", 0, 4}, {"1902", 6, 10}, {"25", 12, 16}}));
        QCOMPARE(m.kind, ChatMessageKind::Message);
        QCOMPARE(m.platformTime, QDateTime::fromMSecsSinceEpoch(1714586592123, Qt::UTC));
        QCOMPARE(m.arrivalTime, utc("2024-05-01T18:00:00Z"));
    }

    void twitchActionBitsAndEmoteOffsets()
    {
        // "/me" is CTCP ACTION; emote positions count code points in the unwrapped text (😀 is two UTF-16
        // units, so Kappa at code points 2-6 is at units 3-7).
        const TwitchChatEvent e = twitch(QByteArray("@badges=broadcaster/1;display-name=;emotes=25:2-6;id=m2;"
                                                    "tmi-sent-ts=1714586592000;user-id=1 :maisonmoulin!m@m "
                                                    "PRIVMSG #maisonmoulin :\x01"
                                                    "ACTION ") +
                                         QString::fromUtf8("😀 Kappa waves\x01").toUtf8());
        QCOMPARE(e.type, TwitchChatEvent::Type::Message);
        QCOMPARE(e.message.text, QString::fromUtf8("😀 Kappa waves"));
        QCOMPARE(e.message.author.name, QStringLiteral("maisonmoulin")); // empty display-name: the nick
        QVERIFY(e.message.author.broadcaster);
        QCOMPARE(e.message.emotes, (QList<ChatEmote>{{"25", 3, 7}}));

        const TwitchChatEvent cheer = twitch(
            "@bits=100;id=m3;display-name=Bob;emotes=25:0-99 :bob!bob@bob PRIVMSG #maisonmoulin :cheer100 "
            "je prends");
        QCOMPARE(cheer.message.kind, ChatMessageKind::Paid);
        QCOMPARE(cheer.message.paidAmount, QStringLiteral("100 bits"));
        QVERIFY(cheer.message.emotes.isEmpty()); // out of range: dropped, message kept
    }

    void twitchUserNotices()
    {
        const TwitchChatEvent sub = twitch(
            "@display-name=Zoé;id=n1;login=zoe;msg-id=resub;system-msg=Zoé\\ssubscribed\\sfor\\s3\\smonths!;"
            "tmi-sent-ts=1714586592000;user-id=9;emotes=25:0-4 :tmi.twitch.tv USERNOTICE #maisonmoulin "
            ":Kappa merci");
        QCOMPARE(sub.type, TwitchChatEvent::Type::Message);
        QCOMPARE(sub.message.kind, ChatMessageKind::Membership);
        QCOMPARE(sub.message.text, QStringLiteral("Zoé subscribed for 3 months! Kappa merci"));
        QCOMPARE(sub.message.emotes, (QList<ChatEmote>{{"25", 29, 33}}));
        QCOMPARE(sub.message.author.name, QStringLiteral("Zoé"));

        const TwitchChatEvent gift = twitch("@display-name=Ana;id=n2;msg-id=subgift;system-msg="
                                            "Ana\\sgifted\\sa\\ssub\\sto\\sZoé! :tmi.twitch.tv "
                                            "USERNOTICE #maisonmoulin");
        QCOMPARE(gift.message.kind, ChatMessageKind::Membership);
        QCOMPARE(gift.message.text, QStringLiteral("Ana gifted a sub to Zoé!"));

        const TwitchChatEvent raid = twitch(
            "@display-name=Raider;id=n3;msg-id=raid;msg-param-viewerCount=42;system-msg=42\\sraiders\\sfrom"
            "\\sRaider\\shave\\sjoined! :tmi.twitch.tv USERNOTICE #maisonmoulin");
        QCOMPARE(raid.message.kind, ChatMessageKind::System);
        QCOMPARE(raid.message.text, QStringLiteral("42 raiders from Raider have joined!"));
    }

    void twitchModerationAndControl()
    {
        const TwitchChatEvent deleted = twitch(
            "@login=bob;target-msg-id=abc-123;tmi-sent-ts=1 :tmi.twitch.tv CLEARMSG #maisonmoulin :spam");
        QCOMPARE(deleted.type, TwitchChatEvent::Type::MessageDeleted);
        QCOMPARE(deleted.messageId, QStringLiteral("abc-123"));

        const TwitchChatEvent banned = twitch(
            "@ban-duration=600;room-id=1;target-user-id=555 :tmi.twitch.tv CLEARCHAT #maisonmoulin :bob");
        QCOMPARE(banned.type, TwitchChatEvent::Type::AuthorCleared);
        QCOMPARE(banned.authorId, QStringLiteral("555"));
        QCOMPARE(banned.authorName, QStringLiteral("bob"));

        QCOMPARE(twitch("@room-id=1 :tmi.twitch.tv CLEARCHAT #maisonmoulin").type,
                 TwitchChatEvent::Type::ChatCleared);
        const TwitchChatEvent ping = twitch("PING :tmi.twitch.tv");
        QCOMPARE(ping.type, TwitchChatEvent::Type::Ping);
        QCOMPARE(ping.pingToken, QStringLiteral("tmi.twitch.tv"));
        QCOMPARE(twitch(":tmi.twitch.tv RECONNECT").type, TwitchChatEvent::Type::Reconnect);
        const TwitchChatEvent notice = twitch(":tmi.twitch.tv NOTICE * :Login authentication failed");
        QCOMPARE(notice.type, TwitchChatEvent::Type::Notice);
        QCOMPARE(notice.notice, QStringLiteral("Login authentication failed"));
        QCOMPARE(twitch(":tmi.twitch.tv CAP * ACK :twitch.tv/tags twitch.tv/commands").type,
                 TwitchChatEvent::Type::None);
        // A PRIVMSG without an id cannot be deduplicated or deleted: not a chat message.
        QCOMPARE(twitch(":a!a@a PRIVMSG #maisonmoulin :hi").type, TwitchChatEvent::Type::None);
    }

    void youTubePage()
    {
        const QByteArray json =
            R"({)"
            R"("kind": "youtube#liveChatMessageListResponse",)"
            R"("pollingIntervalMillis": 3500, "nextPageToken": "GCw",)"
            R"("items": [)"
            R"({"id": "yt1", "snippet": {"type": "textMessageEvent", "liveChatId": "CHAT", "authorChannelId": "UC1",)"
            R"("publishedAt": "2024-05-01T18:03:12.345678+00:00", "displayMessage": "Tom &amp; Jerry &lt;3",)"
            R"("textMessageDetails": {"messageText": "Tom &amp; Jerry &lt;3"}},)"
            R"("authorDetails": {"channelId": "UC1", "displayName": "Ana &quot;A&quot;", "isChatModerator": true,)"
            R"("isChatSponsor": false, "isChatOwner": false, "isVerified": true}},)"
            R"({"id": "yt2", "snippet": {"type": "superChatEvent", "publishedAt": "2024-05-01T18:03:13Z",)"
            R"("displayMessage": "€5.00 from Bob: je prends !",)"
            R"("superChatDetails": {"amountDisplayString": "€5.00", "userComment": "je prends !", "tier": 2}},)"
            R"("authorDetails": {"channelId": "UC2", "displayName": "Bob", "isChatSponsor": true}},)"
            R"({"id": "yt3", "snippet": {"type": "newSponsorEvent", "publishedAt": "2024-05-01T18:03:14Z",)"
            R"("displayMessage": "Welcome to Les Moulins!"},)"
            R"("authorDetails": {"channelId": "UC3", "displayName": "Cy", "isChatOwner": true}},)"
            R"({"id": "yt4", "snippet": {"type": "memberMilestoneChatEvent", "publishedAt": "2024-05-01T18:03:15Z",)"
            R"("displayMessage": "Dee: 12 months", "memberMilestoneChatDetails": {"userComment": "Un an déjà", "memberMonth": 12}},)"
            R"("authorDetails": {"channelId": "UC4", "displayName": "Dee"}},)"
            R"({"id": "yt5", "snippet": {"type": "messageDeletedEvent", "messageDeletedDetails": {"deletedMessageId": "yt0"}}},)"
            R"({"id": "yt6", "snippet": {"type": "userBannedEvent", "userBannedDetails": {"banType": "temporary",)"
            R"("banDurationSeconds": 300, "bannedUserDetails": {"channelId": "UC9", "displayName": "Spammer"}}}},)"
            R"({"id": "yt7", "snippet": {"type": "tombstone"}},)"
            R"(42,)"
            R"({"snippet": {"type": "textMessageEvent"}})"
            R"(]})";
        YouTubeChatPage page;
        QString error;
        QVERIFY2(YouTubeChatPage::parse(json, "CHAT", utc("2024-05-01T18:04:00Z"), &page, &error),
                 qPrintable(error));
        QCOMPARE(page.pollingIntervalMillis, 3500);
        QCOMPARE(page.nextPageToken, QStringLiteral("GCw"));
        QVERIFY(!page.offlineAt.isValid());
        QCOMPARE(page.skippedItems, 2);
        QCOMPARE(page.messages.size(), 4);
        const ChatMessage& text = page.messages.at(0);
        QCOMPARE(text.id, QStringLiteral("yt1"));
        QCOMPARE(text.platform, ChatPlatform::YouTube);
        QCOMPARE(text.channel, QStringLiteral("CHAT"));
        QCOMPARE(text.text, QStringLiteral("Tom & Jerry <3"));
        QCOMPARE(text.author.id, QStringLiteral("UC1"));
        QCOMPARE(text.author.name, QStringLiteral("Ana \"A\""));
        QCOMPARE(text.author.badges, (QStringList{"moderator", "verified"}));
        QVERIFY(text.author.moderator && !text.author.subscriber && !text.author.broadcaster);
        QCOMPARE(text.kind, ChatMessageKind::Message);
        // Qt rounds microseconds to the nearest millisecond.
        QCOMPARE(text.platformTime, QDateTime::fromMSecsSinceEpoch(1714586592346, Qt::UTC));
        QCOMPARE(text.arrivalTime, utc("2024-05-01T18:04:00Z"));
        const ChatMessage& paid = page.messages.at(1);
        QCOMPARE(paid.kind, ChatMessageKind::Paid);
        QCOMPARE(paid.paidAmount, QStringLiteral("€5.00"));
        QCOMPARE(paid.text, QStringLiteral("je prends !"));
        QVERIFY(paid.author.subscriber);
        QCOMPARE(paid.author.badges, QStringList{"member"});
        QCOMPARE(page.messages.at(2).kind, ChatMessageKind::Membership);
        QCOMPARE(page.messages.at(2).text, QStringLiteral("Welcome to Les Moulins!"));
        QVERIFY(page.messages.at(2).author.broadcaster);
        QCOMPARE(page.messages.at(3).kind, ChatMessageKind::Membership);
        QCOMPARE(page.messages.at(3).text, QStringLiteral("Un an déjà"));
        QCOMPARE(page.deletedMessageIds, QStringList{"yt0"});
        QCOMPARE(page.bans.size(), 1);
        QCOMPARE(page.bans.at(0).authorId, QStringLiteral("UC9"));
        QCOMPARE(page.bans.at(0).authorName, QStringLiteral("Spammer"));

        QVERIFY(YouTubeChatPage::parse(
            R"({"items":[],"offlineAt":"2024-05-01T19:00:00Z","pollingIntervalMillis":0})", "CHAT", {}, &page,
            &error));
        QCOMPARE(page.offlineAt, utc("2024-05-01T19:00:00Z"));
        QCOMPARE(page.pollingIntervalMillis, 0);

        for (const QByteArray& bad : {QByteArray("<html>"), QByteArray("[]"), QByteArray("{\"items\":5}"),
                                      QByteArray("{\"kind\":\"x\"}"), QByteArray("{\"items\":[")}) {
            error.clear();
            QVERIFY2(!YouTubeChatPage::parse(bad, "CHAT", {}, &page, &error), bad.constData());
            QVERIFY(!error.isEmpty());
        }
    }

    void youTubeErrors()
    {
        YouTubeApiError error;
        QVERIFY(
            YouTubeApiError::parse(R"({"error":{"code":403,"message":"The live chat is no longer live.",)"
                                   R"("errors":[{"domain":"youtube.liveChat","reason":"liveChatEnded"}]}})",
                                   &error));
        QCOMPARE(error.code, 403);
        QCOMPARE(error.reason, QStringLiteral("liveChatEnded"));
        QVERIFY(error.isPermanent());
        QVERIFY(YouTubeApiError::parse(
            R"({"error":{"code":403,"message":"quota","errors":[{"reason":"quotaExceeded"}]}})", &error));
        QVERIFY(!error.isPermanent());
        QVERIFY(YouTubeApiError::parse(R"({"error":{"code":503,"message":"backend"}})", &error));
        QVERIFY(!error.isPermanent());
        QVERIFY(!YouTubeApiError::parse("<html>oops</html>", &error));
    }

    void sseFraming()
    {
        const QByteArray stream = "\xEF\xBB\xBF: keep-alive comment\r\n"
                                  "retry: 2500\n"
                                  "id: 7\n"
                                  "data: first\n"
                                  "data:  second line\r\n"
                                  "\r\n"
                                  "event: custom\r"
                                  "data\r"
                                  "\r"
                                  "data: third\n"
                                  "\n"
                                  "event: ignored-without-data\n"
                                  "id\n"
                                  "\n"
                                  "data: last\n"
                                  "\n"
                                  "data: unfinished";
        const QList<SseEvent> expected = {
            {QStringLiteral("message"), QStringLiteral("first\n second line"), QStringLiteral("7")},
            {QStringLiteral("custom"), QString(), QStringLiteral("7")},
            {QStringLiteral("message"), QStringLiteral("third"), QStringLiteral("7")},
            {QStringLiteral("message"), QStringLiteral("last"), QString()},
        };
        // "data" with no colon adds an empty line: data is "\n" → dispatched as "" (WHATWG).
        for (int step : {1, 2, 3, 5, 7, 1000}) {
            SseParser parser;
            QList<SseEvent> events;
            for (qsizetype i = 0; i < stream.size(); i += step)
                events += parser.feed(stream.mid(i, step));
            QCOMPARE(events, expected);
            QCOMPARE(parser.retryMillis(), 2500);
        }
        // CR at the end of one chunk and LF at the start of the next is one line end, not two.
        QCOMPARE(sseInPieces("data: a\r\ndata: b\r\n\r\n", 8).value(0).data, QStringLiteral("a\nb"));
        // A BOM only counts at the very start; a second one is part of the field name.
        QCOMPARE(sseInPieces("\xEF\xBB\xBF\xEF\xBB\xBF"
                             "data: x\n\n",
                             1)
                     .size(),
                 0);
        QCOMPARE(sseInPieces("retry: 12a\n", 3).size(), 0);
    }

    void facebookComments()
    {
        ChatMessage m;
        QString error;
        QVERIFY(parseFacebookComment(
            R"({"id":"444_555","message":"C&#039;est combien ? &eacute;","from":{"id":"10","name":"Jo &amp; Co"},"created_time":"2024-05-01T18:03:12+0000"})",
            "444", utc("2024-05-01T18:04:00Z"), &m, &error));
        QCOMPARE(m.id, QStringLiteral("444_555"));
        QCOMPARE(m.platform, ChatPlatform::Facebook);
        QCOMPARE(m.channel, QStringLiteral("444"));
        QCOMPARE(m.text, QStringLiteral("C'est combien ? é"));
        QCOMPARE(m.author.id, QStringLiteral("10"));
        QCOMPARE(m.author.name, QStringLiteral("Jo & Co"));
        QCOMPARE(m.platformTime, utc("2024-05-01T18:03:12Z"));
        QCOMPARE(m.arrivalTime, utc("2024-05-01T18:04:00Z"));
        // No "from" (privacy): the comment still counts.
        QVERIFY(parseFacebookComment(R"({"id":"1","message":"hi"})", "444", {}, &m, &error));
        QVERIFY(m.author.name.isEmpty());
        for (const QByteArray& bad :
             {QByteArray("garbage"), QByteArray("{}"), QByteArray(R"({"id":"1"})"),
              QByteArray(R"({"error":{"message":"Invalid OAuth access token.","code":190}})")}) {
            error.clear();
            QVERIFY2(!parseFacebookComment(bad, "444", {}, &m, &error), bad.constData());
            QVERIFY(!error.isEmpty());
        }
        FacebookApiError apiError;
        QVERIFY(FacebookApiError::parse(
            R"({"error":{"message":"Invalid OAuth access token.","type":"OAuthException","code":190}})",
            &apiError));
        QVERIFY(apiError.isPermanent());
    }

    void customFrames()
    {
        CustomChatFrame f;
        QString error;
        QVERIFY(CustomChatFrame::parse(
            R"({"id":42,"author":{"id":"u1","name":"Léa","color":"#ff8800","badges":["moderator"]},"text":"Bleu ?&nbsp;","kind":"paid","amount":"5 €","time":1714586592000})",
            "shop", utc("2024-05-01T18:04:00Z"), &f, &error));
        QCOMPARE(f.type, CustomChatFrame::Type::Message);
        QCOMPARE(f.message.id, QStringLiteral("42"));
        QCOMPARE(f.message.channel, QStringLiteral("shop"));
        QCOMPARE(f.message.author.color, QStringLiteral("#FF8800"));
        QVERIFY(f.message.author.moderator);
        QCOMPARE(f.message.text, QStringLiteral("Bleu ?\u00a0"));
        QCOMPARE(f.message.kind, ChatMessageKind::Paid);
        QCOMPARE(f.message.paidAmount, QStringLiteral("5 €"));
        QCOMPARE(f.message.platformTime, QDateTime::fromMSecsSinceEpoch(1714586592000, Qt::UTC));
        QVERIFY(CustomChatFrame::parse(R"({"type":"delete","id":"42"})", "shop", {}, &f, &error));
        QCOMPARE(f.type, CustomChatFrame::Type::Delete);
        QCOMPARE(f.messageId, QStringLiteral("42"));
        QVERIFY(CustomChatFrame::parse(R"({"id":"1","author":"Max","text":"hi"})", "shop", {}, &f, &error));
        QCOMPARE(f.message.author.name, QStringLiteral("Max"));
        for (const QByteArray& bad :
             {QByteArray("nope"), QByteArray(R"({"type":"dance"})"), QByteArray(R"({"id":"1"})"),
              QByteArray(R"({"id":"1","text":"x","kind":"??"})")}) {
            error.clear();
            QVERIFY2(!CustomChatFrame::parse(bad, "shop", {}, &f, &error), bad.constData());
            QVERIFY(!error.isEmpty());
        }
    }

    void chatSpecs()
    {
        ChatSpec spec;
        QString error;
        QVERIFY(ChatSpec::parse("twitch:#MaisonMoulin", &spec, &error));
        QCOMPARE(spec.platform, ChatPlatform::Twitch);
        QCOMPARE(spec.target, QStringLiteral("maisonmoulin"));
        QVERIFY(spec.endpoint.isEmpty());
        QVERIFY(ChatSpec::parse("youtube:Cg0KC2FiY2RlZmdoaWpr@http://127.0.0.1:8080", &spec, &error));
        QCOMPARE(spec.platform, ChatPlatform::YouTube);
        QCOMPARE(spec.target, QStringLiteral("Cg0KC2FiY2RlZmdoaWpr"));
        QCOMPARE(spec.endpoint, QUrl("http://127.0.0.1:8080"));
        QVERIFY(ChatSpec::parse("custom:shop@ws://127.0.0.1:9/chat", &spec, &error));
        QCOMPARE(spec.toString(), QStringLiteral("custom:shop"));

        const QList<std::pair<QString, QString>> bad = {
            {"nope:x", "unknown platform"},           {"twitch", "PLATFORM:TARGET"},
            {"twitch:", "not a Twitch channel"},      {"twitch:two words", "not a Twitch channel"},
            {"twitch:x@http://127.0.0.1:1", "ws://"}, {"youtube:abc@ws://127.0.0.1:1", "http://"},
            {"facebook:123@", "nothing after"},       {"custom:shop", "needs its endpoint"},
        };
        for (const auto& [text, expected] : bad) {
            error.clear();
            QVERIFY2(!ChatSpec::parse(text, &spec, &error), qPrintable(text));
            QVERIFY2(error.contains(expected), qPrintable(error));
        }

        ChatCredentials none;
        QVERIFY(ChatSpec::parse("youtube:abc", &spec, &error));
        QVERIFY(!createChatConnector(spec, none, nullptr, &error));
        QVERIFY(error.contains("VITRINE_YOUTUBE_API_KEY"));
        QVERIFY(ChatSpec::parse("facebook:123", &spec, &error));
        QVERIFY(!createChatConnector(spec, none, nullptr, &error));
        QVERIFY(error.contains("VITRINE_FACEBOOK_TOKEN"));
    }

    void chatUrlsReadPastedAddresses()
    {
        const QList<std::pair<QString, QString>> good = {
            {"https://www.twitch.tv/MaisonMoulin", "twitch:maisonmoulin"},
            {"twitch.tv/maisonmoulin/videos", "twitch:maisonmoulin"},
            {"m.twitch.tv/maison_moulin?ref=x", "twitch:maison_moulin"},
            {"https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s", "youtube:video=dQw4w9WgXcQ"},
            {"youtube.com/watch?feature=share&v=dQw4w9WgXcQ", "youtube:video=dQw4w9WgXcQ"},
            {"https://m.youtube.com/watch?v=dQw4w9WgXcQ", "youtube:video=dQw4w9WgXcQ"},
            {"https://youtu.be/dQw4w9WgXcQ?si=abc", "youtube:video=dQw4w9WgXcQ"},
            {"https://www.youtube.com/live/dQw4w9WgXcQ?feature=shared", "youtube:video=dQw4w9WgXcQ"},
            {"https://www.youtube.com/channel/UC1234567890abcdefghij_-",
             "youtube:channel=UC1234567890abcdefghij_-"},
            {"https://www.youtube.com/@MaisonMoulin", "youtube:handle=MaisonMoulin"},
            {"  youtube.com/@maison.moulin/live  ", "youtube:handle=maison.moulin"},
            {"https://www.facebook.com/maisonmoulin/videos/1234567890123456/", "facebook:1234567890123456"},
            {"https://www.facebook.com/maisonmoulin/videos/vente-du-soir/1234567890123456",
             "facebook:1234567890123456"},
            {"https://www.facebook.com/watch/live/?v=1234567890123456&ref=watch",
             "facebook:1234567890123456"},
            {"https://web.facebook.com/watch/?v=1234567890123456", "facebook:1234567890123456"},
            // Old-style specs still read as before.
            {"twitch:#MaisonMoulin", "twitch:maisonmoulin"},
            {"youtube:Cg0KC2FiY2RlZmdoaWpr", "youtube:Cg0KC2FiY2RlZmdoaWpr"},
            {"youtube:broadcast=dQw4w9WgXcQ", "youtube:broadcast=dQw4w9WgXcQ"},
            {"facebook:444", "facebook:444"},
        };
        for (const auto& [text, expected] : good) {
            ChatSpec spec;
            QString error;
            QVERIFY2(ChatUrl::parse(text, &spec, &error), qPrintable(text + u' ' + error));
            QCOMPARE(spec.toString(), expected);
            QVERIFY(spec.endpoint.isEmpty());
            // The stored spec reads back as the same chat, and ChatSpec itself accepts addresses.
            ChatSpec again;
            QVERIFY(ChatSpec::parse(spec.toString(), &again, &error));
            QCOMPARE(again.toString(), expected);
            QVERIFY(ChatSpec::parse(text, &again, &error));
            QCOMPARE(again.toString(), expected);
        }

        const QList<std::pair<QString, QString>> bad = {
            {"https://fb.watch/abcDEF123/", "fb.watch"},
            {"https://www.youtube.com/watch?v=short", "video id"},
            {"https://www.youtube.com/channel/not-a-channel", "channel id"},
            {"https://www.youtube.com/c/MaisonMoulin", "@handle"},
            {"https://www.youtube.com/feed/trending", "not a YouTube live"},
            {"https://www.twitch.tv/", "twitch.tv/CHANNEL"},
            {"https://www.twitch.tv/directory/game/x", "not a Twitch channel"},
            {"https://www.facebook.com/maisonmoulin", "not a Facebook live video"},
            {"https://vimeo.com/123", "not a YouTube, Twitch or Facebook address"},
            {"", "paste the address"},
            {"twitch", "PLATFORM:TARGET"},
        };
        for (const auto& [text, expected] : bad) {
            ChatSpec spec;
            QString error;
            QVERIFY2(!ChatUrl::parse(text, &spec, &error), qPrintable(text));
            QVERIFY2(error.contains(expected), qPrintable(error));
        }
        QVERIFY(!ChatUrl::looksLikeUrl("custom:shop@ws://127.0.0.1:9/chat"));
        QVERIFY(!ChatUrl::looksLikeUrl("youtube:abc"));
        QVERIFY(ChatUrl::looksLikeUrl("youtu.be/dQw4w9WgXcQ"));
    }

    void chatUrlsDescribeTheirChat()
    {
        ChatSpec spec;
        QVERIFY(ChatUrl::parse("https://www.youtube.com/@maisonmoulin/live", &spec, nullptr));
        QCOMPARE(ChatUrl::describe(spec), QStringLiteral("YouTube — current live of @maisonmoulin"));
        QVERIFY(ChatUrl::parse("twitch.tv/maisonmoulin", &spec, nullptr));
        QCOMPARE(ChatUrl::describe(spec), QStringLiteral("Twitch — channel maisonmoulin"));
        QVERIFY(ChatUrl::parse("https://youtu.be/dQw4w9WgXcQ", &spec, nullptr));
        QCOMPARE(ChatUrl::describe(spec), QStringLiteral("YouTube — live video dQw4w9WgXcQ"));
        QVERIFY(ChatUrl::parse("youtube:Cg0KC2FiY2RlZmdoaWpr@http://user:pw@127.0.0.1:8080", &spec, nullptr));
        const QString withEndpoint = ChatUrl::describe(spec);
        QVERIFY2(withEndpoint.startsWith(QStringLiteral("YouTube — live chat Cg0KC2FiY2RlZmdoaWpr at ")),
                 qPrintable(withEndpoint));
        QVERIFY(!withEndpoint.contains(QStringLiteral("pw")));
        QVERIFY(ChatUrl::parse("facebook:1234567890", &spec, nullptr));
        QCOMPARE(ChatUrl::describe(spec), QStringLiteral("Facebook — live video 1234567890"));
    }

    void youTubeLookupAnswersParse()
    {
        QString id;
        QString error;
        QVERIFY(YouTubeLiveChatResolver::parseChannelId(
            R"({"kind":"youtube#channelListResponse","etag":"x","pageInfo":{"totalResults":1,"resultsPerPage":5},)"
            R"("items":[{"kind":"youtube#channel","etag":"y","id":"UC1234567890abcdefghij_-"}]})",
            &id, &error));
        QCOMPARE(id, QStringLiteral("UC1234567890abcdefghij_-"));
        // An unknown handle: the list has no items at all.
        QVERIFY(YouTubeLiveChatResolver::parseChannelId(
            R"({"kind":"youtube#channelListResponse","etag":"x","pageInfo":{"totalResults":0,"resultsPerPage":5}})",
            &id, &error));
        QVERIFY(id.isEmpty());
        QVERIFY(!YouTubeLiveChatResolver::parseChannelId("<html>", &id, &error));
        QVERIFY(error.contains(QStringLiteral("channel list")));

        QVERIFY(YouTubeLiveChatResolver::parseLiveVideoId(
            R"({"kind":"youtube#searchListResponse","regionCode":"FR","pageInfo":{"totalResults":1},)"
            R"("items":[{"kind":"youtube#searchResult","id":{"kind":"youtube#video","videoId":"dQw4w9WgXcQ"}}]})",
            &id, &error));
        QCOMPARE(id, QStringLiteral("dQw4w9WgXcQ"));
        QVERIFY(YouTubeLiveChatResolver::parseLiveVideoId(
            R"({"kind":"youtube#searchListResponse","pageInfo":{"totalResults":0},"items":[]})", &id,
            &error));
        QVERIFY(id.isEmpty());
        QVERIFY(!YouTubeLiveChatResolver::parseLiveVideoId(R"({"items":"x"})", &id, &error));

        YouTubeLiveChatResolver::VideoChat chat;
        QVERIFY(YouTubeLiveChatResolver::parseVideoChat(
            R"({"kind":"youtube#videoListResponse","items":[{"kind":"youtube#video","id":"dQw4w9WgXcQ",)"
            R"("liveStreamingDetails":{"actualStartTime":"2026-12-04T20:00:00Z","concurrentViewers":"12",)"
            R"("activeLiveChatId":"Cg0KC2RRdzR3OVdnWGNR"}}]})",
            &chat, &error));
        QVERIFY(chat.found && chat.isLive && !chat.ended);
        QCOMPARE(chat.activeLiveChatId, QStringLiteral("Cg0KC2RRdzR3OVdnWGNR"));
        QVERIFY(YouTubeLiveChatResolver::parseVideoChat(
            R"({"items":[{"id":"dQw4w9WgXcQ","liveStreamingDetails":{"actualStartTime":"2026-12-04T20:00:00Z",)"
            R"("actualEndTime":"2026-12-04T21:00:00Z"}}]})",
            &chat, &error));
        QVERIFY(chat.found && chat.isLive && chat.ended && chat.activeLiveChatId.isEmpty());
        QVERIFY(
            YouTubeLiveChatResolver::parseVideoChat(R"({"items":[{"id":"dQw4w9WgXcQ"}]})", &chat, &error));
        QVERIFY(chat.found && !chat.isLive);
        QVERIFY(YouTubeLiveChatResolver::parseVideoChat(R"({"items":[]})", &chat, &error));
        QVERIFY(!chat.found);
        QVERIFY(!YouTubeLiveChatResolver::parseVideoChat("", &chat, &error));
        QVERIFY(error.contains(QStringLiteral("video list")));
    }

    void twitchEventSubFramesParse()
    {
        const QDateTime arrival = utc("2024-05-01T18:00:00Z");
        TwitchEventSubFrame frame;
        QString error;
        QVERIFY2(TwitchEventSubFrame::parse(eventsub::welcome(QStringLiteral("SESSION-1"), 30).toUtf8(),
                                            &frame, &error),
                 qPrintable(error));
        QCOMPARE(frame.type, TwitchEventSubFrame::Type::Welcome);
        QCOMPARE(frame.sessionId, QStringLiteral("SESSION-1"));
        QCOMPARE(frame.keepaliveSeconds, 30);
        QCOMPARE(frame.messageId, QStringLiteral("96a3f3b5-5dec-4eed-908e-e11ee657416c"));
        QCOMPARE(frame.timestamp, utc("2023-07-19T14:56:51.634Z")); // nanoseconds cut to milliseconds

        QVERIFY(TwitchEventSubFrame::parse(eventsub::keepalive().toUtf8(), &frame, &error));
        QCOMPARE(frame.type, TwitchEventSubFrame::Type::Keepalive);

        QVERIFY(TwitchEventSubFrame::parse(
            eventsub::reconnect(QStringLiteral("S2"), QStringLiteral("wss://eventsub.wss.twitch.tv?id=x"))
                .toUtf8(),
            &frame, &error));
        QCOMPARE(frame.type, TwitchEventSubFrame::Type::Reconnect);
        QCOMPARE(frame.reconnectUrl, QUrl(QStringLiteral("wss://eventsub.wss.twitch.tv?id=x")));
        QCOMPARE(frame.keepaliveSeconds, 0); // null

        QVERIFY(TwitchEventSubFrame::parse(eventsub::revocation().toUtf8(), &frame, &error));
        QCOMPARE(frame.type, TwitchEventSubFrame::Type::Revocation);
        QCOMPARE(frame.subscriptionType, QStringLiteral("channel.chat.message"));
        QCOMPARE(frame.revocationStatus, QStringLiteral("authorization_revoked"));

        // channel.chat.message: the same ChatMessage the IRC path fills.
        QVERIFY2(TwitchEventSubFrame::parse(
                     eventsub::chatMessage(QStringLiteral("f1"), QStringLiteral("m-1")).toUtf8(), &frame,
                     &error, arrival),
                 qPrintable(error));
        QCOMPARE(frame.type, TwitchEventSubFrame::Type::Notification);
        QCOMPARE(frame.subscriptionType, QStringLiteral("channel.chat.message"));
        QCOMPARE(frame.event.type, TwitchChatEvent::Type::Message);
        ChatMessage expected = eventsub::zoeMessage(QStringLiteral("m-1"), utc("2023-11-06T18:11:47.492Z"));
        expected.arrivalTime = arrival;
        QCOMPARE(frame.event.message, expected);

        // Badges as IRC reads them; a cheer is paid; "/me" unwrapped with its emote moved.
        const QString event = QStringLiteral(
            R"({"broadcaster_user_login":"maisonmoulin","chatter_user_id":"7","chatter_user_login":"lea",)"
            R"("chatter_user_name":"","message_id":"m-2","color":"","badges":[{"set_id":"broadcaster","id":"1","info":""},)"
            R"({"set_id":"moderator","id":"1","info":""},{"set_id":"founder","id":"0","info":"3"}],)"
            R"("cheer":{"bits":100},"message":{"text":"\u0001ACTION Cheer100 Kappa\u0001","fragments":[)"
            R"({"type":"text","text":"\u0001ACTION Cheer100 ","emote":null},)"
            R"({"type":"emote","text":"Kappa","emote":{"id":"25"}},{"type":"text","text":"\u0001"}]}})");
        QVERIFY2(
            TwitchEventSubFrame::parse(
                eventsub::notification(QStringLiteral("f2"), QStringLiteral("channel.chat.message"), event)
                    .toUtf8(),
                &frame, &error),
            qPrintable(error));
        const ChatMessage& cheer = frame.event.message;
        QCOMPARE(cheer.author.name, QStringLiteral("lea")); // no display name: the login
        QVERIFY(cheer.author.broadcaster && cheer.author.moderator && cheer.author.subscriber);
        QCOMPARE(cheer.author.color, QString());
        QCOMPARE(cheer.kind, ChatMessageKind::Paid);
        QCOMPARE(cheer.paidAmount, QStringLiteral("100 bits"));
        QCOMPARE(cheer.text, QStringLiteral("Cheer100 Kappa"));
        QCOMPARE(cheer.emotes, (QList<ChatEmote>{ChatEmote{QStringLiteral("25"), 9, 13}}));

        QVERIFY(TwitchEventSubFrame::parse(
            eventsub::messageDelete(QStringLiteral("f3"), QStringLiteral("m-1")).toUtf8(), &frame, &error));
        QCOMPARE(frame.event.type, TwitchChatEvent::Type::MessageDeleted);
        QCOMPARE(frame.event.messageId, QStringLiteral("m-1"));
        QVERIFY(TwitchEventSubFrame::parse(eventsub::clearUserMessages(QStringLiteral("f4")).toUtf8(), &frame,
                                           &error));
        QCOMPARE(frame.event.type, TwitchChatEvent::Type::AuthorCleared);
        QCOMPARE(frame.event.authorId, QStringLiteral("43"));
        QCOMPARE(frame.event.authorName, QStringLiteral("modo"));
        QVERIFY(TwitchEventSubFrame::parse(eventsub::clear(QStringLiteral("f5")).toUtf8(), &frame, &error));
        QCOMPARE(frame.event.type, TwitchChatEvent::Type::ChatCleared);
        // A subscription type the chat does not use, an unknown message type: read, nothing for the chat.
        QVERIFY(TwitchEventSubFrame::parse(eventsub::notification(QStringLiteral("f6"),
                                                                  QStringLiteral("channel.follow"),
                                                                  QStringLiteral("{}"))
                                               .toUtf8(),
                                           &frame, &error));
        QCOMPARE(frame.event.type, TwitchChatEvent::Type::None);
        QVERIFY(TwitchEventSubFrame::parse(R"({"metadata":{"message_type":"session_future"},"payload":{}})",
                                           &frame, &error));
        QCOMPARE(frame.type, TwitchEventSubFrame::Type::Other);

        // Malformed: refused with a reason, never a crash.
        const QList<QByteArray> malformed = {
            "",
            "not json",
            "[1,2]",
            R"({"metadata":{},"payload":{}})",
            R"({"metadata":{"message_type":"session_welcome"},"payload":{"session":{}}})",
            R"({"metadata":{"message_type":"session_reconnect"},"payload":{"session":{"reconnect_url":"http://x"}}})",
            R"({"metadata":{"message_type":"notification"},"payload":{"event":{}}})",
            R"({"metadata":{"message_type":"notification","subscription_type":"channel.chat.message"},"payload":{}})",
            QByteArray(
                R"({"metadata":{"message_type":"notification"},"payload":{"subscription":{"type":"channel.chat.message"},)"
                R"("event":{"message":{"text":"x"}}}})"),
            QByteArray(
                R"({"metadata":{"message_type":"notification"},"payload":{"subscription":{"type":"channel.chat.message"},)"
                R"("event":{"message_id":"m","message":{"text":7}}}})"),
            QByteArray(R"({"metadata":{"message_type":"notification"},"payload":{"subscription":{"type":)"
                       R"("channel.chat.message_delete"},"event":{}}})"),
            QByteArray(R"({"metadata":{"message_type":"notification"},"payload":{"subscription":{"type":)"
                       R"("channel.chat.clear_user_messages"},"event":{}}})"),
        };
        for (const QByteArray& bytes : malformed) {
            error.clear();
            QVERIFY2(!TwitchEventSubFrame::parse(bytes, &frame, &error), bytes.constData());
            QVERIFY2(!error.isEmpty(), bytes.constData());
        }
    }

    void backoffGrowsWithJitterAndCap()
    {
        ReconnectBackoff backoff(100, 1000, 0.2);
        const QList<int> centres = {100, 200, 400, 800, 1000, 1000, 1000};
        for (int centre : centres) {
            const int delay = backoff.nextDelayMs();
            QVERIFY2(delay >= centre * 0.8 - 1 && delay <= std::min(1000.0, centre * 1.2 + 1),
                     qPrintable(QString::number(delay)));
        }
        QCOMPARE(backoff.attempts(), centres.size());
        backoff.reset();
        QVERIFY(backoff.nextDelayMs() <= 121);
        // Jitter spreads clients out: 50 first delays are not all the same.
        QSet<int> delays;
        for (int i = 0; i < 50; ++i) {
            ReconnectBackoff fresh(1000, 60000, 0.2);
            delays.insert(fresh.nextDelayMs());
        }
        QVERIFY(delays.size() > 5);
    }
};

QTEST_GUILESS_MAIN(ChatParsersTest)
#include "ChatParsersTest.moc"
