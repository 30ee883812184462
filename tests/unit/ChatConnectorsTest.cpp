// Each connector against a local server on 127.0.0.1 speaking the platform's wire protocol: IRCv3 over
// WebSocket and EventSub over WebSocket with Helix (Twitch), liveChatMessages.list pages over HTTP (YouTube),
// Server-Sent Events (Facebook), and the custom JSON feed over WebSocket. Servers drop connections and send
// malformed frames; the connectors must report it, reconnect and carry on.
#include "ApiHttpServer.h"
#include "TwitchEventSubFrames.h"

#include "chat/CustomConnector.h"
#include "chat/FacebookConnector.h"
#include "chat/StreamingChatConnector.h"
#include "chat/TwitchConnector.h"
#include "chat/YouTubeConnector.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace vitrine;

namespace {

constexpr int kTimeout = 10000;

// A WebSocket server that records the text lines each client sends.
class FakeWebSocketServer : public QObject {
public:
    FakeWebSocketServer() : m_server(QStringLiteral("fake"), QWebSocketServer::NonSecureMode)
    {
        if (!m_server.listen(QHostAddress::LocalHost, 0))
            qFatal("cannot listen");
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket* client = m_server.nextPendingConnection()) {
                client->setParent(this);
                m_clients << client;
                connect(client, &QWebSocket::textMessageReceived, this, [this](const QString& frame) {
                    for (const QString& line : frame.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts))
                        m_lines << line;
                });
            }
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_server.serverPort())); }
    QWebSocket* last() const { return m_clients.isEmpty() ? nullptr : m_clients.last(); }
    int connections() const { return static_cast<int>(m_clients.size()); }
    void send(const QString& text) { last()->sendTextMessage(text); }
    QStringList takeLines()
    {
        QStringList lines = m_lines;
        m_lines.clear();
        return lines;
    }
    QStringList& lines() { return m_lines; }
    void close() { m_server.close(); }

private:
    QWebSocketServer m_server;
    QList<QWebSocket*> m_clients;
    QStringList m_lines;
};

// A minimal HTTP/1.1 server: records each request, answers from a script of canned responses, closes the
// connection after each answer (Connection: close), or keeps it open for a streamed answer.
class FakeHttpServer : public QObject {
public:
    struct Request {
        QString method;
        QUrl url;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QElapsedTimer received;
    };
    struct Response {
        int status = 200;
        QByteArray contentType = "application/json";
        QByteArray body;
        bool stream = false; // headers only; the test writes the body through socket()
    };

    FakeHttpServer()
    {
        if (!m_server.listen(QHostAddress::LocalHost, 0))
            qFatal("cannot listen");
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            }
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    quint16 port() const { return m_server.serverPort(); }
    QList<Response> script; // answered in order; when empty, `fallback`
    Response fallback;
    QList<Request> requests;
    QTcpSocket* socket() const { return m_streamSocket; }

private:
    void onReadyRead(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        buffer.clear();
        Request request;
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = QString::fromLatin1(first.value(0));
        request.url = QUrl(url().toString() + QString::fromLatin1(first.value(1)));
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                       lines.at(i).mid(colon + 1).trimmed());
        }
        request.received.start();
        requests << request;
        const Response response = script.isEmpty() ? fallback : script.takeFirst();
        QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) +
                          " X\r\nContent-Type: " + response.contentType + "\r\nConnection: close\r\n";
        if (response.stream) {
            socket->write(head + "Cache-Control: no-cache\r\n\r\n");
            socket->flush();
            m_streamSocket = socket;
            return;
        }
        socket->write(head + "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n\r\n" +
                      response.body);
        socket->flush();
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QTcpSocket* m_streamSocket = nullptr;
};

QByteArray youTubePage(const QByteArray& items, const QByteArray& next, int interval)
{
    return R"({"kind":"youtube#liveChatMessageListResponse","nextPageToken":")" + next +
           R"(","pollingIntervalMillis":)" + QByteArray::number(interval) + R"(,"items":[)" + items + "]}";
}

QByteArray youTubeText(const QByteArray& id, const QByteArray& text, const QByteArray& author)
{
    return R"({"id":")" + id +
           R"(","snippet":{"type":"textMessageEvent","liveChatId":"CHAT","publishedAt":"2024-05-01T18:03:12.5Z","textMessageDetails":{"messageText":")" +
           text + R"("}},"authorDetails":{"channelId":"UC)" + author + R"(","displayName":")" + author +
           R"(","isChatSponsor":true}})";
}

ChatMessage messageAt(const QSignalSpy& spy, int index)
{
    return spy.at(index).at(0).value<ChatMessage>();
}

// The streaming lifecycle alone, over a transport the test drives by hand. Like a real socket, the
// transport reports its own end when it is closed: the base must not take that for a lost connection.
class FakeStreamingConnector : public StreamingChatConnector {
public:
    FakeStreamingConnector() : StreamingChatConnector(QUrl(QStringLiteral("ws://feed.test/chat")), nullptr) {}

    ChatPlatform platform() const override { return ChatPlatform::Custom; }
    QString target() const override { return QStringLiteral("fake"); }

    void accept() { transportOpened(QStringLiteral("fake")); }
    void drop(const QString& reason) { transportLost(reason); }
    void replace() { reconnectNow(QStringLiteral("asked to move")); }
    void refuse() { fail(QStringLiteral("refused"), QStringLiteral("sign in again")); }

    int opens = 0;
    int closes = 0;
    int lost = 0;
    int serverRetryMs = 0;

private:
    void openTransport() override
    {
        ++opens;
        m_open = true;
    }
    void closeTransport() override
    {
        if (!m_open)
            return;
        m_open = false;
        ++closes;
        transportLost(QStringLiteral("closed on purpose"));
    }
    void onTransportLost() override { ++lost; }
    int serverRetryDelayMs() const override { return serverRetryMs; }

    bool m_open = false;
};

// A Twitch connector with a token and the client id: Helix on `helix`, EventSub on `eventSub`, IRC (the
// fall-back) on `irc`. Subscriptions are answered `status`.
struct TwitchEventSubSetup {
    FakeWebSocketServer eventSub;
    FakeWebSocketServer irc;
    ApiHttpServer helix;
    TwitchConnector twitch;

    explicit TwitchEventSubSetup(int status = 202, const QByteArray& answer = {})
        : twitch(QStringLiteral("maisonmoulin"), QStringLiteral("oauth:tok123"), QString(), irc.url())
    {
        helix.serve(QStringLiteral("GET /helix/users?login=maisonmoulin"), 200,
                    R"({"data":[{"id":"1111","login":"maisonmoulin"}]})");
        helix.serve(QStringLiteral("GET /helix/users"), 200,
                    R"({"data":[{"id":"2222","login":"moderatrice"}]})");
        helix.serve(QStringLiteral("POST /helix/eventsub/subscriptions"), status,
                    answer.isEmpty()
                        ? QByteArray(R"({"data":[{"id":"sub-1","status":"enabled","version":"1",)"
                                     R"("cost":0}],"total":1,"total_cost":0,"max_total_cost":10000})")
                        : answer);
        twitch.setHelix(QStringLiteral("client-abc"), helix.url());
        twitch.setEventSubEndpoint(eventSub.url());
        twitch.backoff().setLimits(50, 400);
    }
    QList<ApiHttpServer::Request> subscriptions() const
    {
        return helix.to(QStringLiteral("POST /helix/eventsub/subscriptions"));
    }
    // Welcomed and subscribed.
    bool connect(const QString& session = QStringLiteral("SESSION-1"), int keepalive = 10)
    {
        twitch.start();
        if (!QTest::qWaitFor([this] { return eventSub.connections() == 1; }, kTimeout))
            return false;
        eventSub.send(eventsub::welcome(session, keepalive));
        return QTest::qWaitFor([this] { return twitch.state() == ChatConnector::State::Connected; },
                               kTimeout);
    }
};

QJsonObject json(const QByteArray& body)
{
    return QJsonDocument::fromJson(body).object();
}

QString lastError(const QSignalSpy& errors)
{
    return errors.isEmpty() ? QString() : errors.last().at(0).toString();
}

} // namespace

class ChatConnectorsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<ChatMessage>(); }

    void streamingLifecycleConnectsReconnectsAndStops()
    {
        FakeStreamingConnector chat;
        chat.backoff().setLimits(50, 400);
        QSignalSpy states(&chat, &ChatConnector::stateChanged);
        chat.start();
        chat.start(); // already running: nothing more
        QCOMPARE(chat.opens, 1);
        QCOMPARE(chat.state(), ChatConnector::State::Connecting);
        QCOMPARE(chat.stateDetail(), QStringLiteral("connecting to ws://feed.test/chat"));
        chat.accept();
        QCOMPARE(chat.state(), ChatConnector::State::Connected);
        QCOMPARE(chat.stateDetail(), QStringLiteral("fake"));

        // A dropped connection: wait, then try again as Reconnecting; a second report of the same loss
        // while the attempt is due changes nothing.
        chat.drop(QStringLiteral("gone"));
        QCOMPARE(chat.state(), ChatConnector::State::Reconnecting);
        QVERIFY2(chat.stateDetail().startsWith(QStringLiteral("gone; reconnecting in 0.")),
                 qPrintable(chat.stateDetail()));
        const QString waiting = chat.stateDetail();
        chat.drop(QStringLiteral("gone again"));
        QCOMPARE(chat.stateDetail(), waiting);
        QCOMPARE(chat.backoff().attempts(), 1);
        QCOMPARE(chat.lost, 1);
        QTRY_COMPARE_WITH_TIMEOUT(chat.opens, 2, kTimeout);
        QCOMPARE(chat.closes, 1); // the old connection is closed first, and that is not a new loss
        QCOMPARE(chat.lost, 1);
        QCOMPARE(chat.state(), ChatConnector::State::Reconnecting);
        QCOMPARE(chat.stateDetail(), QStringLiteral("connecting to ws://feed.test/chat"));
        chat.drop(QStringLiteral("refused"));
        QTRY_COMPARE_WITH_TIMEOUT(chat.opens, 3, kTimeout);
        QCOMPARE(chat.backoff().attempts(), 2);
        chat.accept();
        QCOMPARE(chat.backoff().attempts(), 0); // a connection that worked starts the back-off over

        // Replaced at once, without a back-off.
        chat.replace();
        QCOMPARE(chat.state(), ChatConnector::State::Reconnecting);
        QCOMPARE(chat.stateDetail(), QStringLiteral("asked to move; reconnecting in 0.0 s"));
        QCOMPARE(chat.closes, 3);
        QTRY_COMPARE_WITH_TIMEOUT(chat.opens, 4, kTimeout);
        QCOMPARE(chat.backoff().attempts(), 0);
        QCOMPARE(chat.state(), ChatConnector::State::Connecting);

        // Stopped while an attempt is due: Idle, closed, and no attempt comes.
        chat.accept();
        chat.drop(QStringLiteral("gone"));
        chat.stop();
        QCOMPARE(chat.state(), ChatConnector::State::Idle);
        chat.drop(QStringLiteral("late news"));
        QCOMPARE(chat.state(), ChatConnector::State::Idle);
        QTest::qWait(600);
        QCOMPARE(chat.opens, 4);
        for (const QList<QVariant>& change : std::as_const(states))
            QVERIFY(change.at(0).value<ChatConnector::State>() != ChatConnector::State::Failed);
    }

    void streamingLifecycleFailsForGoodAndHonoursTheServersRetry()
    {
        FakeStreamingConnector chat;
        chat.backoff().setLimits(50, 300);
        QSignalSpy errors(&chat, &ChatConnector::errorOccurred);
        chat.start();
        chat.accept();
        chat.refuse();
        QCOMPARE(chat.state(), ChatConnector::State::Failed);
        QCOMPARE(chat.stateDetail(), QStringLiteral("refused"));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.at(0).at(0).toString(), QStringLiteral("sign in again"));
        QCOMPARE(chat.closes, 1);
        chat.drop(QStringLiteral("after the refusal"));
        QCOMPARE(chat.state(), ChatConnector::State::Failed);
        QTest::qWait(400);
        QCOMPARE(chat.opens, 1);

        // Started again after a failure: a fresh run. A server asking for a longer wait is heard, up to
        // the back-off's ceiling.
        chat.start();
        QCOMPARE(chat.opens, 2);
        QCOMPARE(chat.state(), ChatConnector::State::Connecting);
        chat.serverRetryMs = 200;
        chat.drop(QStringLiteral("ended"));
        QCOMPARE(chat.stateDetail(), QStringLiteral("ended; reconnecting in 0.2 s"));
        QTRY_COMPARE_WITH_TIMEOUT(chat.opens, 3, kTimeout);
        chat.serverRetryMs = 5000;
        chat.drop(QStringLiteral("ended"));
        QCOMPARE(chat.stateDetail(), QStringLiteral("ended; reconnecting in 0.3 s")); // the ceiling
        chat.stop();
    }

    void twitchAnonymousReadsReconnectsAndAnswersPing()
    {
        FakeWebSocketServer server;
        TwitchConnector twitch(QStringLiteral("#MaisonMoulin"), QString(), QString(), server.url());
        twitch.backoff().setLimits(50, 400);
        QSignalSpy messages(&twitch, &ChatConnector::messageReceived);
        QSignalSpy deleted(&twitch, &ChatConnector::messageDeleted);
        QSignalSpy cleared(&twitch, &ChatConnector::authorCleared);
        QSignalSpy chatCleared(&twitch, &ChatConnector::chatCleared);
        QSignalSpy errors(&twitch, &ChatConnector::errorOccurred);
        QCOMPARE(twitch.capabilities(), ChatConnector::Capabilities());
        twitch.start();
        QTRY_COMPARE_WITH_TIMEOUT(server.lines().size(), 3, kTimeout);
        QCOMPARE(server.takeLines(), (QStringList{"CAP REQ :twitch.tv/tags twitch.tv/commands",
                                                  "NICK justinfan12345", "JOIN #maisonmoulin"}));
        QVERIFY(twitch.state() != ChatConnector::State::Connected);
        server.send(":tmi.twitch.tv CAP * ACK :twitch.tv/tags twitch.tv/commands\r\n"
                    ":tmi.twitch.tv 001 justinfan12345 :Welcome, GLHF!\r\n"
                    ":justinfan12345!justinfan12345@justinfan12345.tmi.twitch.tv JOIN #maisonmoulin\r\n");
        QTRY_COMPARE_WITH_TIMEOUT(twitch.state(), ChatConnector::State::Connected, kTimeout);

        // Two tagged lines in one frame, then a line that cannot be parsed, then one more.
        server.send(QStringLiteral(
            "@badge-info=;badges=subscriber/6,premium/1;color=#8A2BE2;display-name=Zoé;emotes=25:10-14;"
            "id=tw-1;mod=0;subscriber=1;tmi-sent-ts=1714586592123;user-id=42 :zoe!zoe@zoe.tmi.twitch.tv "
            "PRIVMSG #maisonmoulin :je prends Kappa\r\n"
            "@badges=moderator/1;color=;display-name=Modo;emotes=;id=tw-2;tmi-sent-ts=1714586593000;"
            "user-id=43 :modo!modo@modo.tmi.twitch.tv PRIVMSG #maisonmoulin :\u0001ACTION montre le "
            "bleu\u0001\r\n"));
        server.send(QStringLiteral("@only=tags\r\n"));
        server.send(QStringLiteral("@id=tw-3;display-name=Ana;user-id=44;tmi-sent-ts=1714586594000 "
                                   ":ana!ana@ana PRIVMSG #maisonmoulin :&amp; encore\r\n"));
        QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 3, kTimeout);
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.at(0).at(0).toString().contains(QStringLiteral("Twitch")));

        ChatMessage expected = eventsub::zoeMessage(QStringLiteral("tw-1"),
                                                    QDateTime::fromMSecsSinceEpoch(1714586592123, Qt::UTC));
        ChatMessage first = messageAt(messages, 0);
        QVERIFY(first.arrivalTime.isValid());
        QVERIFY(qAbs(first.arrivalTime.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        expected.arrivalTime = first.arrivalTime;
        QCOMPARE(first, expected);
        const ChatMessage action = messageAt(messages, 1);
        QCOMPARE(action.text, QStringLiteral("montre le bleu"));
        QVERIFY(action.author.moderator);
        QCOMPARE(action.author.color, QString());
        QCOMPARE(messageAt(messages, 2).text, QStringLiteral("&amp; encore")); // IRC is plain text

        server.send(QStringLiteral("PING :tmi.twitch.tv\r\n"));
        QTRY_VERIFY_WITH_TIMEOUT(server.lines().contains(QStringLiteral("PONG :tmi.twitch.tv")), kTimeout);
        server.takeLines();

        server.send(QStringLiteral(
            "@login=zoe;target-msg-id=tw-1 :tmi.twitch.tv CLEARMSG #maisonmoulin :je prends\r\n"
            "@ban-duration=60;target-user-id=43 :tmi.twitch.tv CLEARCHAT #maisonmoulin :modo\r\n"
            ":tmi.twitch.tv CLEARCHAT #maisonmoulin\r\n"));
        QTRY_COMPARE_WITH_TIMEOUT(chatCleared.size(), 1, kTimeout);
        QCOMPARE(deleted.size(), 1);
        QCOMPARE(deleted.at(0).at(0).value<ChatPlatform>(), ChatPlatform::Twitch);
        QCOMPARE(deleted.at(0).at(1).toString(), QStringLiteral("tw-1"));
        QCOMPARE(cleared.size(), 1);
        QCOMPARE(cleared.at(0).at(1).toString(), QStringLiteral("43"));
        QCOMPARE(cleared.at(0).at(2).toString(), QStringLiteral("modo"));

        // The server drops the connection: the connector comes back, logs in again, and reads on.
        QSignalSpy states(&twitch, &ChatConnector::stateChanged);
        server.last()->abort();
        QTRY_COMPARE_WITH_TIMEOUT(server.connections(), 2, kTimeout);
        QVERIFY(!states.isEmpty());
        QCOMPARE(states.at(0).at(0).value<ChatConnector::State>(), ChatConnector::State::Reconnecting);
        QTRY_COMPARE_WITH_TIMEOUT(server.lines().size(), 3, kTimeout);
        QCOMPARE(server.takeLines().last(), QStringLiteral("JOIN #maisonmoulin"));
        server.send(QStringLiteral(
            ":tmi.twitch.tv 001 justinfan12345 :Welcome, GLHF!\r\n"
            "@id=tw-4;display-name=Ana;user-id=44 :ana!ana@ana PRIVMSG #maisonmoulin :de retour\r\n"));
        QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 4, kTimeout);
        QCOMPARE(messageAt(messages, 3).text, QStringLiteral("de retour"));
        QCOMPARE(twitch.state(), ChatConnector::State::Connected);

        // RECONNECT: Twitch restarts the server; the connector goes at once.
        server.send(QStringLiteral(":tmi.twitch.tv RECONNECT\r\n"));
        QTRY_COMPARE_WITH_TIMEOUT(server.connections(), 3, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(server.lines().size(), 3, kTimeout);

        QVERIFY(!twitch.sendMessage(QStringLiteral("anonymous cannot send")));
        twitch.stop();
        QCOMPARE(twitch.state(), ChatConnector::State::Idle);
    }

    void twitchWithTokenLogsInAndSends()
    {
        FakeWebSocketServer server;
        TwitchConnector twitch(QStringLiteral("maisonmoulin"), QStringLiteral("oauth:s3cret"),
                               QStringLiteral("HostAccount"), server.url());
        QCOMPARE(twitch.capabilities(), ChatConnector::Capabilities(ChatConnector::CanSend));
        twitch.start();
        QTRY_COMPARE_WITH_TIMEOUT(server.lines().size(), 4, kTimeout);
        QCOMPARE(server.takeLines(),
                 (QStringList{"CAP REQ :twitch.tv/tags twitch.tv/commands", "PASS oauth:s3cret",
                              "NICK hostaccount", "JOIN #maisonmoulin"}));
        server.send(QStringLiteral(":tmi.twitch.tv 001 hostaccount :Welcome, GLHF!\r\n"));
        QTRY_COMPARE_WITH_TIMEOUT(twitch.state(), ChatConnector::State::Connected, kTimeout);
        QVERIFY(twitch.sendMessage(QStringLiteral("Lien : https://shop.example/p/1\nmerci")));
        QTRY_COMPARE_WITH_TIMEOUT(server.lines().size(), 1, kTimeout);
        QCOMPARE(server.takeLines().at(0),
                 QStringLiteral("PRIVMSG #maisonmoulin :Lien : https://shop.example/p/1 merci"));

        // A refused token is final: Failed, a message, and no reconnect loop.
        QSignalSpy errors(&twitch, &ChatConnector::errorOccurred);
        server.send(QStringLiteral(":tmi.twitch.tv NOTICE * :Login authentication failed\r\n"));
        QTRY_COMPARE_WITH_TIMEOUT(twitch.state(), ChatConnector::State::Failed, kTimeout);
        QCOMPARE(errors.size(), 1);
        QVERIFY(!errors.at(0).at(0).toString().contains(QStringLiteral("s3cret")));
        QTest::qWait(300);
        QCOMPARE(server.connections(), 1);
    }

    void twitchEventSubSubscribesReadsAndKeepsAlive()
    {
        TwitchEventSubSetup setup;
        TwitchConnector& twitch = setup.twitch;
        QVERIFY(twitch.readsThroughEventSub());
        QSignalSpy messages(&twitch, &ChatConnector::messageReceived);
        QSignalSpy deleted(&twitch, &ChatConnector::messageDeleted);
        QSignalSpy cleared(&twitch, &ChatConnector::authorCleared);
        QSignalSpy chatCleared(&twitch, &ChatConnector::chatCleared);
        QSignalSpy errors(&twitch, &ChatConnector::errorOccurred);
        twitch.eventSub()->setKeepaliveMargin(300);
        twitch.start();
        QCOMPARE(twitch.stateDetail(), QStringLiteral("connecting to ") + setup.eventSub.url().toString());
        QTRY_COMPARE_WITH_TIMEOUT(setup.eventSub.connections(), 1, kTimeout);
        QTest::qWait(100);
        QVERIFY(setup.subscriptions().isEmpty()); // not before the welcome gives the session
        setup.eventSub.send(eventsub::welcome(QStringLiteral("SESSION-1"), 2));
        QTRY_COMPARE_WITH_TIMEOUT(setup.subscriptions().size(), 4, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(twitch.state(), ChatConnector::State::Connected, kTimeout);
        QCOMPARE(twitch.stateDetail(), QStringLiteral("#maisonmoulin through EventSub"));

        QStringList types;
        for (const ApiHttpServer::Request& request : setup.subscriptions()) {
            QCOMPARE(request.method, QStringLiteral("POST"));
            QCOMPARE(request.path, QStringLiteral("/helix/eventsub/subscriptions"));
            QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer tok123"));
            QCOMPARE(request.headers.value("client-id"), QByteArray("client-abc"));
            QVERIFY(request.headers.value("content-type").startsWith("application/json"));
            QJsonObject body = json(request.body);
            types << body.take(QLatin1String("type")).toString();
            QCOMPARE(body, json(R"({"version":"1","condition":{"broadcaster_user_id":"1111","user_id":"2222"},
                                    "transport":{"method":"websocket","session_id":"SESSION-1"}})"));
        }
        types.sort();
        QCOMPARE(types, (QStringList{"channel.chat.clear", "channel.chat.clear_user_messages",
                                     "channel.chat.message", "channel.chat.message_delete"}));

        // A message (Twitch resends it: once is enough), then a deletion, a ban and a clear.
        setup.eventSub.send(eventsub::chatMessage(QStringLiteral("frame-1"), QStringLiteral("m-1")));
        setup.eventSub.send(eventsub::chatMessage(QStringLiteral("frame-1"), QStringLiteral("m-1")));
        setup.eventSub.send(eventsub::messageDelete(QStringLiteral("frame-2"), QStringLiteral("m-1")));
        setup.eventSub.send(eventsub::clearUserMessages(QStringLiteral("frame-3")));
        setup.eventSub.send(eventsub::clear(QStringLiteral("frame-4")));
        QTRY_COMPARE_WITH_TIMEOUT(chatCleared.size(), 1, kTimeout);
        QCOMPARE(messages.size(), 1);
        ChatMessage expected = eventsub::zoeMessage(QStringLiteral("m-1"),
                                                    QDateTime::fromMSecsSinceEpoch(1699294307492, Qt::UTC));
        const ChatMessage first = messageAt(messages, 0);
        QVERIFY(qAbs(first.arrivalTime.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        expected.arrivalTime = first.arrivalTime;
        QCOMPARE(first, expected);
        QCOMPARE(deleted.size(), 1);
        QCOMPARE(deleted.at(0).at(0).value<ChatPlatform>(), ChatPlatform::Twitch);
        QCOMPARE(deleted.at(0).at(1).toString(), QStringLiteral("m-1"));
        QCOMPARE(cleared.size(), 1);
        QCOMPARE(cleared.at(0).at(1).toString(), QStringLiteral("43"));
        QCOMPARE(cleared.at(0).at(2).toString(), QStringLiteral("modo"));

        // Keepalives (2 s, plus the 0.3 s margin) keep the session.
        for (int i = 0; i < 5; ++i) {
            QTest::qWait(500);
            setup.eventSub.send(eventsub::keepalive(QStringLiteral("keepalive-%1").arg(i)));
        }
        QCOMPARE(setup.eventSub.connections(), 1);
        QCOMPARE(twitch.state(), ChatConnector::State::Connected);

        // Silence: the session is replaced by a new one, subscribed anew; still EventSub, not IRC.
        QTRY_COMPARE_WITH_TIMEOUT(setup.eventSub.connections(), 2, kTimeout);
        setup.eventSub.send(eventsub::welcome(QStringLiteral("SESSION-2")));
        QTRY_COMPARE_WITH_TIMEOUT(setup.subscriptions().size(), 8, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(twitch.state(), ChatConnector::State::Connected, kTimeout);
        QCOMPARE(json(setup.subscriptions().last().body)
                     .value(QLatin1String("transport"))
                     .toObject()
                     .value(QLatin1String("session_id"))
                     .toString(),
                 QStringLiteral("SESSION-2"));
        QCOMPARE(setup.irc.connections(), 0);
        QVERIFY2(errors.isEmpty(), qPrintable(lastError(errors)));
        twitch.stop();
        QCOMPARE(twitch.state(), ChatConnector::State::Idle);
    }

    void twitchEventSubMovesOnSessionReconnect()
    {
        TwitchEventSubSetup setup;
        FakeWebSocketServer moved;
        QSignalSpy messages(&setup.twitch, &ChatConnector::messageReceived);
        QSignalSpy errors(&setup.twitch, &ChatConnector::errorOccurred);
        QVERIFY(setup.connect());
        QSignalSpy states(&setup.twitch, &ChatConnector::stateChanged);
        setup.eventSub.send(eventsub::chatMessage(QStringLiteral("frame-1"), QStringLiteral("m-1")));
        setup.eventSub.send(eventsub::reconnect(QStringLiteral("SESSION-1"),
                                                moved.url().toString() + QStringLiteral("/ws?id=moved")));
        QTRY_COMPARE_WITH_TIMEOUT(moved.connections(), 1, kTimeout);
        // Until the new session's welcome, the old one still carries the chat.
        setup.eventSub.send(eventsub::chatMessage(QStringLiteral("frame-2"), QStringLiteral("m-2")));
        QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 2, kTimeout);
        QCOMPARE(setup.eventSub.last()->state(), QAbstractSocket::ConnectedState);
        moved.send(eventsub::welcome(QStringLiteral("SESSION-1")));
        QTRY_COMPARE_WITH_TIMEOUT(setup.eventSub.last()->state(), QAbstractSocket::UnconnectedState,
                                  kTimeout);
        // What Twitch resends on the new session is not shown twice; what is new arrives.
        moved.send(eventsub::chatMessage(QStringLiteral("frame-2"), QStringLiteral("m-2")));
        moved.send(eventsub::chatMessage(QStringLiteral("frame-3"), QStringLiteral("m-3")));
        QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 3, kTimeout);
        QTest::qWait(100);
        QCOMPARE(messages.size(), 3);
        QStringList ids;
        for (int i = 0; i < messages.size(); ++i)
            ids << messageAt(messages, i).id;
        QCOMPARE(ids, (QStringList{"m-1", "m-2", "m-3"}));
        // Subscriptions carry over: none made again; no reconnect as far as the chat can tell.
        QCOMPARE(setup.subscriptions().size(), 4);
        QCOMPARE(setup.eventSub.connections(), 1);
        QCOMPARE(setup.irc.connections(), 0);
        QVERIFY(states.isEmpty());
        QCOMPARE(setup.twitch.state(), ChatConnector::State::Connected);
        QVERIFY2(errors.isEmpty(), qPrintable(lastError(errors)));
        setup.twitch.stop();
    }

    void twitchEventSubRefusedFallsBackToIrc()
    {
        TwitchEventSubSetup setup(
            403,
            R"({"error":"Forbidden","status":403,"message":"subscription missing proper authorization"})");
        TwitchConnector& twitch = setup.twitch;
        QSignalSpy messages(&twitch, &ChatConnector::messageReceived);
        QSignalSpy errors(&twitch, &ChatConnector::errorOccurred);
        twitch.start();
        QTRY_COMPARE_WITH_TIMEOUT(setup.eventSub.connections(), 1, kTimeout);
        setup.eventSub.send(eventsub::welcome(QStringLiteral("SESSION-1")));
        QTRY_COMPARE_WITH_TIMEOUT(setup.irc.lines().size(), 4, kTimeout);
        QCOMPARE(setup.irc.takeLines(),
                 (QStringList{"CAP REQ :twitch.tv/tags twitch.tv/commands", "PASS oauth:tok123",
                              "NICK maisonmoulin", "JOIN #maisonmoulin"}));
        QCOMPARE(errors.size(), 1); // said once, though all four subscriptions were refused
        const QString error = lastError(errors);
        QVERIFY2(error.startsWith(QStringLiteral("Twitch EventSub is not available (")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("subscription missing proper authorization")),
                 qPrintable(error));
        QVERIFY2(error.endsWith(QStringLiteral("reading the chat through IRC.")), qPrintable(error));
        QVERIFY(!error.contains(QStringLiteral("tok123")));
        QVERIFY(!twitch.readsThroughEventSub());
        QTRY_COMPARE_WITH_TIMEOUT(setup.eventSub.last()->state(), QAbstractSocket::UnconnectedState,
                                  kTimeout);

        setup.irc.send(QStringLiteral(
            ":tmi.twitch.tv 001 maisonmoulin :Welcome, GLHF!\r\n"
            "@id=tw-1;display-name=Ana;user-id=44 :ana!ana@ana PRIVMSG #maisonmoulin :bonjour\r\n"));
        QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 1, kTimeout);
        QCOMPARE(messageAt(messages, 0).text, QStringLiteral("bonjour"));
        QCOMPARE(twitch.state(), ChatConnector::State::Connected);
        QCOMPARE(twitch.stateDetail(), QStringLiteral("#maisonmoulin through IRC"));
        // Posting and moderation stay on Helix.
        QCOMPARE(twitch.capabilities(),
                 ChatConnector::Capabilities(ChatConnector::CanSend | ChatConnector::CanDelete |
                                             ChatConnector::CanTimeout | ChatConnector::CanBan));

        // IRC for the rest of its life: a lost connection comes back on IRC, EventSub is not tried again.
        setup.irc.last()->abort();
        QTRY_COMPARE_WITH_TIMEOUT(setup.irc.connections(), 2, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(setup.irc.lines().size(), 4, kTimeout);
        QCOMPARE(setup.eventSub.connections(), 1);
        QCOMPARE(errors.size(), 1);
        twitch.stop();
    }

    void twitchEventSubMalformedFramesAndRevocation()
    {
        TwitchEventSubSetup setup;
        TwitchConnector& twitch = setup.twitch;
        QSignalSpy messages(&twitch, &ChatConnector::messageReceived);
        QSignalSpy errors(&twitch, &ChatConnector::errorOccurred);
        QVERIFY(setup.connect());
        setup.eventSub.send(QStringLiteral("not json {"));
        setup.eventSub.send(QStringLiteral(R"({"metadata":{"message_type":"notification","message_id":"x"},)"
                                           R"("payload":{"subscription":{"type":"channel.chat.message"}}})"));
        setup.eventSub.send(QStringLiteral(R"({"payload":{}})"));
        setup.eventSub.send(eventsub::chatMessage(QStringLiteral("frame-1"), QStringLiteral("m-1")));
        QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 1, kTimeout);
        QCOMPARE(errors.size(), 3);
        for (const QList<QVariant>& error : std::as_const(errors))
            QVERIFY2(error.at(0).toString().startsWith(QStringLiteral("Twitch sent an EventSub frame")),
                     qPrintable(error.at(0).toString()));
        QCOMPARE(twitch.state(), ChatConnector::State::Connected);
        QCOMPARE(setup.eventSub.connections(), 1);

        // Twitch revokes the subscription (the user took the authorisation back): IRC from now on.
        setup.eventSub.send(eventsub::revocation());
        QTRY_COMPARE_WITH_TIMEOUT(setup.irc.connections(), 1, kTimeout);
        QCOMPARE(errors.size(), 4);
        QVERIFY2(lastError(errors).contains(QStringLiteral("authorization_revoked")),
                 qPrintable(lastError(errors)));
        QVERIFY2(lastError(errors).contains(QStringLiteral("through IRC")), qPrintable(lastError(errors)));
        QVERIFY(!twitch.readsThroughEventSub());
        twitch.stop();
    }

    void twitchEventSubLostAfterItWorkedIsRetried()
    {
        TwitchEventSubSetup setup;
        QSignalSpy errors(&setup.twitch, &ChatConnector::errorOccurred);
        QVERIFY(setup.connect());
        // Twitch's own close code after the chat worked: back off and try EventSub again, not IRC.
        setup.eventSub.last()->close(QWebSocketProtocol::CloseCode(4000),
                                     QStringLiteral("internal server error"));
        QTRY_COMPARE_WITH_TIMEOUT(setup.twitch.state(), ChatConnector::State::Reconnecting, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(setup.eventSub.connections(), 2, kTimeout);
        setup.eventSub.send(eventsub::welcome(QStringLiteral("SESSION-2")));
        QTRY_COMPARE_WITH_TIMEOUT(setup.twitch.state(), ChatConnector::State::Connected, kTimeout);
        QCOMPARE(setup.subscriptions().size(), 8);
        QCOMPARE(setup.irc.connections(), 0);
        QVERIFY2(errors.isEmpty(), qPrintable(lastError(errors)));

        // Before it ever worked, the same close code is a refusal: IRC.
        TwitchEventSubSetup fresh;
        QSignalSpy freshErrors(&fresh.twitch, &ChatConnector::errorOccurred);
        fresh.twitch.start();
        QTRY_COMPARE_WITH_TIMEOUT(fresh.eventSub.connections(), 1, kTimeout);
        fresh.eventSub.last()->close(QWebSocketProtocol::CloseCode(4003),
                                     QStringLiteral("connection unused"));
        QTRY_COMPARE_WITH_TIMEOUT(fresh.irc.connections(), 1, kTimeout);
        QCOMPARE(freshErrors.size(), 1);
        QVERIFY2(lastError(freshErrors).contains(QStringLiteral("4003")), qPrintable(lastError(freshErrors)));
        setup.twitch.stop();
        fresh.twitch.stop();
    }

    void twitchUnreachableKeepsRetrying()
    {
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            closedPort = probe.serverPort();
        }
        TwitchConnector twitch(QStringLiteral("maisonmoulin"), QString(), QString(),
                               QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(closedPort)));
        twitch.backoff().setLimits(20, 100);
        QSignalSpy states(&twitch, &ChatConnector::stateChanged);
        twitch.start();
        QTRY_VERIFY_WITH_TIMEOUT(twitch.backoff().attempts() >= 3, kTimeout);
        QCOMPARE(twitch.state(), ChatConnector::State::Reconnecting);
        QVERIFY(twitch.stateDetail().contains(QStringLiteral("reconnecting in")));
        twitch.stop();
    }

    void youTubePollsPagesRecoversAndHonoursInterval()
    {
        FakeHttpServer server;
        server.script = {
            {200, "application/json",
             youTubePage(youTubeText("yt-1", "Bonjour &amp; merci", "Ana") + "," +
                             youTubeText("yt-2", "C\\u2019est combien ?", "Bob"),
                         "page2", 50)},
            {500, "application/json",
             R"({"error":{"code":500,"message":"Backend Error","errors":[{"reason":"backendError"}]}})"},
            {200, "application/json", "{\"items\": [ this is not json"},
            {200, "application/json",
             youTubePage(
                 R"({"id":"yt-d","snippet":{"type":"messageDeletedEvent","messageDeletedDetails":{"deletedMessageId":"yt-1"}}},)" +
                     youTubeText("yt-3", "Je prends le bleu", "Cy"),
                 "page3", 400)},
        };
        server.fallback = {200, "application/json", youTubePage("", "page3", 400)};
        YouTubeConnector youtube(QStringLiteral("CHAT"), QStringLiteral("KEY-123"), QString(), server.url());
        youtube.backoff().setLimits(50, 200);
        QSignalSpy messages(&youtube, &ChatConnector::messageReceived);
        QSignalSpy deleted(&youtube, &ChatConnector::messageDeleted);
        QSignalSpy errors(&youtube, &ChatConnector::errorOccurred);
        QSignalSpy states(&youtube, &ChatConnector::stateChanged);
        youtube.start();
        QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 3, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(server.requests.size() >= 5, kTimeout);

        const QUrlQuery first(server.requests.at(0).url);
        QCOMPARE(server.requests.at(0).method, QStringLiteral("GET"));
        QCOMPARE(server.requests.at(0).url.path(), QStringLiteral("/liveChat/messages"));
        QCOMPARE(first.queryItemValue("liveChatId"), QStringLiteral("CHAT"));
        QCOMPARE(first.queryItemValue("part"), QStringLiteral("snippet,authorDetails"));
        QCOMPARE(first.queryItemValue("key"), QStringLiteral("KEY-123"));
        QVERIFY(!first.hasQueryItem("pageToken"));
        // After the 500 and the malformed page, the same page is asked for again.
        for (int i = 1; i <= 3; ++i)
            QCOMPARE(QUrlQuery(server.requests.at(i).url).queryItemValue("pageToken"),
                     QStringLiteral("page2"));
        QCOMPARE(QUrlQuery(server.requests.at(4).url).queryItemValue("pageToken"), QStringLiteral("page3"));
        // pollingIntervalMillis 400 is honoured (generous lower bound).
        const qint64 gap = server.requests.at(3).received.msecsTo(server.requests.at(4).received);
        QVERIFY2(gap >= 350, qPrintable(QString::number(gap)));

        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.at(0).at(0).toString().contains(QStringLiteral("YouTube")));
        bool sawReconnecting = false;
        for (const QList<QVariant>& change : std::as_const(states))
            sawReconnecting |=
                change.at(0).value<ChatConnector::State>() == ChatConnector::State::Reconnecting;
        QVERIFY(sawReconnecting);
        QCOMPARE(youtube.state(), ChatConnector::State::Connected);

        ChatMessage expected;
        expected.id = QStringLiteral("yt-1");
        expected.platform = ChatPlatform::YouTube;
        expected.channel = QStringLiteral("CHAT");
        expected.author = ChatAuthor{QStringLiteral("UCAna"),
                                     QStringLiteral("Ana"),
                                     QString(),
                                     QStringList{"member"},
                                     false,
                                     true,
                                     false};
        expected.text = QStringLiteral("Bonjour & merci");
        expected.platformTime = QDateTime::fromMSecsSinceEpoch(1714586592500, Qt::UTC);
        expected.arrivalTime = messageAt(messages, 0).arrivalTime;
        QCOMPARE(messageAt(messages, 0), expected);
        QCOMPARE(messageAt(messages, 1).text, QStringLiteral("C’est combien ?"));
        QCOMPARE(messageAt(messages, 2).id, QStringLiteral("yt-3"));
        QCOMPARE(deleted.size(), 1);
        QCOMPARE(deleted.at(0).at(1).toString(), QStringLiteral("yt-1"));

        // The chat ends for good: Failed, and no more polling.
        server.script = {
            {403, "application/json",
             R"({"error":{"code":403,"message":"The live chat is no longer live.","errors":[{"reason":"liveChatEnded"}]}})"}};
        QTRY_COMPARE_WITH_TIMEOUT(youtube.state(), ChatConnector::State::Failed, kTimeout);
        QVERIFY(youtube.stateDetail().contains(QStringLiteral("liveChatEnded")));
        const qsizetype requests = server.requests.size();
        QTest::qWait(600);
        QCOMPARE(server.requests.size(), requests);
        for (const QList<QVariant>& change : std::as_const(states))
            QVERIFY(!change.at(1).toString().contains(QStringLiteral("KEY-123")));
    }

    void twitchReplacesASilentConnection()
    {
        FakeWebSocketServer server;
        TwitchConnector twitch(QStringLiteral("maisonmoulin"), QString(), QString(), server.url());
        twitch.setSilenceTimeout(300);
        twitch.start();
        QTRY_COMPARE_WITH_TIMEOUT(server.lines().size(), 3, kTimeout);
        server.send(QStringLiteral(":tmi.twitch.tv 001 justinfan12345 :Welcome, GLHF!\r\n"));
        QTRY_COMPARE_WITH_TIMEOUT(twitch.state(), ChatConnector::State::Connected, kTimeout);
        // Nothing more from the server, not even a PING: the connector gives up on this connection.
        QTRY_COMPARE_WITH_TIMEOUT(server.connections(), 2, kTimeout);
        twitch.stop();
    }

    void youTubeFindsTheBroadcastsChat()
    {
        FakeHttpServer server;
        server.script = {
            {200, "application/json",
             R"({"items":[{"id":"VID","snippet":{"title":"Live","liveChatId":"RESOLVED"}}]})"},
        };
        server.fallback = {200, "application/json",
                           youTubePage(youTubeText("yt-9", "hello", "Eve"), "n", 5000)};
        YouTubeConnector youtube(QStringLiteral("broadcast=VID"), QStringLiteral("KEY"), QString(),
                                 server.url());
        QSignalSpy messages(&youtube, &ChatConnector::messageReceived);
        youtube.start();
        QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 1, kTimeout);
        QCOMPARE(server.requests.at(0).url.path(), QStringLiteral("/liveBroadcasts"));
        const QUrlQuery lookup(server.requests.at(0).url);
        QCOMPARE(lookup.queryItemValue("id"), QStringLiteral("VID"));
        QCOMPARE(lookup.queryItemValue("part"), QStringLiteral("snippet"));
        QCOMPARE(lookup.queryItemValue("key"), QStringLiteral("KEY"));
        QCOMPARE(QUrlQuery(server.requests.at(1).url).queryItemValue("liveChatId"),
                 QStringLiteral("RESOLVED"));
        QCOMPARE(youtube.target(), QStringLiteral("RESOLVED"));

        FakeHttpServer empty;
        empty.fallback = {200, "application/json", R"({"items":[]})"};
        YouTubeConnector missing(QStringLiteral("broadcast=NOPE"), QStringLiteral("KEY"), QString(),
                                 empty.url());
        missing.start();
        QTRY_COMPARE_WITH_TIMEOUT(missing.state(), ChatConnector::State::Failed, kTimeout);
        QVERIFY(missing.stateDetail().contains(QStringLiteral("NOPE")));
    }

    void youTubeBearerToken()
    {
        FakeHttpServer server;
        server.fallback = {200, "application/json", youTubePage("", "p", 5000)};
        YouTubeConnector youtube(QStringLiteral("CHAT"), QString(), QStringLiteral("ya29.token"),
                                 server.url());
        youtube.start();
        QTRY_COMPARE_WITH_TIMEOUT(youtube.state(), ChatConnector::State::Connected, kTimeout);
        QCOMPARE(server.requests.at(0).headers.value("authorization"), QByteArray("Bearer ya29.token"));
        QVERIFY(!QUrlQuery(server.requests.at(0).url).hasQueryItem("key"));
    }

    void facebookStreamsSplitEventsAndReconnects()
    {
        FakeHttpServer server;
        server.fallback.stream = true;
        server.fallback.contentType = "text/event-stream";
        FacebookConnector facebook(QStringLiteral("444"), QStringLiteral("EAAB-secret"), server.url());
        facebook.backoff().setLimits(50, 200);
        QSignalSpy messages(&facebook, &ChatConnector::messageReceived);
        QSignalSpy errors(&facebook, &ChatConnector::errorOccurred);
        facebook.start();
        QTRY_VERIFY_WITH_TIMEOUT(server.socket() != nullptr, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(facebook.state(), ChatConnector::State::Connected, kTimeout);

        const FakeHttpServer::Request& request = server.requests.at(0);
        QCOMPARE(request.url.path(), QStringLiteral("/444/live_comments"));
        const QUrlQuery query(request.url);
        QCOMPARE(query.queryItemValue("access_token"), QStringLiteral("EAAB-secret"));
        QCOMPARE(query.queryItemValue("comment_rate"), QStringLiteral("one_hundred_per_second"));
        QCOMPARE(query.queryItemValue("fields", QUrl::FullyDecoded),
                 QStringLiteral("from{name,id},message,created_time"));
        QCOMPARE(request.headers.value("accept"), QByteArray("text/event-stream"));

        // One event split into odd pieces, a keep-alive comment, a garbage event, then a second event.
        const QByteArray stream =
            ": ping\n\n"
            "data: {\"id\":\"444_1\",\"message\":\"Il reste du L ? "
            "&eacute;t&eacute;\",\"from\":{\"id\":\"7\","
            "\"name\":\"Jo &amp; Co\"},\"created_time\":\"2024-05-01T18:03:12+0000\"}\r\n\r\n"
            "data: garbage{\n\n"
            "id: 2\ndata: {\"id\":\"444_2\",\"message\":\"je "
            "prends\",\"from\":{\"id\":\"8\",\"name\":\"Max\"},"
            "\"created_time\":\"2024-05-01T18:03:13+0000\"}\n\n";
        for (qsizetype i = 0; i < stream.size(); i += 37) {
            server.socket()->write(stream.mid(i, 37));
            server.socket()->flush();
            QTest::qWait(5);
        }
        QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 2, kTimeout);
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.at(0).at(0).toString().contains(QStringLiteral("Facebook")));

        ChatMessage expected;
        expected.id = QStringLiteral("444_1");
        expected.platform = ChatPlatform::Facebook;
        expected.channel = QStringLiteral("444");
        expected.author.id = QStringLiteral("7");
        expected.author.name = QStringLiteral("Jo & Co");
        expected.text = QStringLiteral("Il reste du L ? été");
        expected.platformTime = QDateTime(QDate(2024, 5, 1), QTime(18, 3, 12), Qt::UTC);
        expected.arrivalTime = messageAt(messages, 0).arrivalTime;
        QCOMPARE(messageAt(messages, 0), expected);
        QCOMPARE(messageAt(messages, 1).text, QStringLiteral("je prends"));

        // The server drops the stream: the connector reopens it, sending the last event id.
        QTcpSocket* firstSocket = server.socket();
        firstSocket->disconnectFromHost();
        QTRY_COMPARE_WITH_TIMEOUT(server.requests.size(), 2, kTimeout);
        QCOMPARE(server.requests.at(1).headers.value("last-event-id"), QByteArray("2"));
        QTRY_VERIFY_WITH_TIMEOUT(server.socket() != firstSocket, kTimeout);
        server.socket()->write(
            "data: "
            "{\"id\":\"444_3\",\"message\":\"encore\",\"created_time\":\"2024-05-01T18:04:00+0000\"}\n\n");
        server.socket()->flush();
        QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 3, kTimeout);
        QCOMPARE(messageAt(messages, 2).id, QStringLiteral("444_3"));
        QCOMPARE(facebook.state(), ChatConnector::State::Connected);
        facebook.stop();
    }

    void facebookRefusedTokenFails()
    {
        FakeHttpServer server;
        server.fallback = {
            400, "application/json",
            R"({"error":{"message":"Invalid OAuth access token - Cannot parse access token","type":"OAuthException","code":190}})"};
        FacebookConnector facebook(QStringLiteral("444"), QStringLiteral("EAAB-secret"), server.url());
        QSignalSpy errors(&facebook, &ChatConnector::errorOccurred);
        facebook.start();
        QTRY_COMPARE_WITH_TIMEOUT(facebook.state(), ChatConnector::State::Failed, kTimeout);
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.at(0).at(0).toString().contains(QStringLiteral("190")));
        QVERIFY(!facebook.stateDetail().contains(QStringLiteral("EAAB-secret")));
        QTest::qWait(300);
        QCOMPARE(server.requests.size(), 1);
    }

    void customFeedReadsFramesAndReconnects()
    {
        FakeWebSocketServer server;
        CustomConnector feed(QStringLiteral("shop"), server.url());
        feed.backoff().setLimits(50, 200);
        QSignalSpy messages(&feed, &ChatConnector::messageReceived);
        QSignalSpy deleted(&feed, &ChatConnector::messageDeleted);
        QSignalSpy errors(&feed, &ChatConnector::errorOccurred);
        feed.start();
        QTRY_COMPARE_WITH_TIMEOUT(feed.state(), ChatConnector::State::Connected, kTimeout);
        server.send(QStringLiteral(
            R"({"id":"c1","author":{"id":"u1","name":"Léa"},"text":"Bleu ?","time":"2024-05-01T18:03:12Z"})"));
        server.send(QStringLiteral("not json"));
        server.send(QStringLiteral(R"({"type":"delete","id":"c1"})"));
        QTRY_COMPARE_WITH_TIMEOUT(deleted.size(), 1, kTimeout);
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messageAt(messages, 0).author.name, QStringLiteral("Léa"));
        QCOMPARE(messageAt(messages, 0).channel, QStringLiteral("shop"));
        QCOMPARE(errors.size(), 1);
        server.last()->close();
        QTRY_COMPARE_WITH_TIMEOUT(server.connections(), 2, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(feed.state(), ChatConnector::State::Connected, kTimeout);
        server.send(QStringLiteral(R"({"id":"c2","author":"Max","text":"re"})"));
        QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 2, kTimeout);
    }
};

QTEST_GUILESS_MAIN(ChatConnectorsTest)
#include "ChatConnectorsTest.moc"
