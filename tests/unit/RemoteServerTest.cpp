// The producer remote's server (issue 16) with real WebSocket clients on 127.0.0.1: obs-websocket 5's
// handshake, authentication and close codes, requests, batches, event subscriptions, the moderator's role,
// limits, the HTTP routes and the public feed, TLS, and the reference client obs-websocket-js (Node).
#include "remote/RemoteServer.h"
#include "remote/ObsWsAuth.h"
#include "remote/ObsWsMessage.h"
#include "remote/RemoteApi.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QProcess>
#include <QSignalSpy>
#include <QSslError>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

#include <memory>

using namespace vitrine;

namespace {

const QString Password = QStringLiteral("correct horse battery");
const QString ModeratorPassword = QStringLiteral("chat only please");

// A small API of the test's own: it answers a few requests, echoes, fails on demand and emits events.
class TestApi : public RemoteApi {
public:
    QList<std::pair<QString, RemoteRole>> calls;

    RemoteResponse handle(const QString& requestType, const QJsonObject& data, RemoteRole role) override
    {
        calls.append({requestType, role});
        if (requestType == QLatin1String("GetVersion"))
            return RemoteResponse::success(
                {{QStringLiteral("obsVersion"), QStringLiteral("30.0.0")},
                 {QStringLiteral("obsWebSocketVersion"), QStringLiteral("5.0.0")},
                 {QStringLiteral("rpcVersion"), 1},
                 {QStringLiteral("availableRequests"),
                  QJsonArray{QStringLiteral("GetVersion"), QStringLiteral("Echo")}}});
        if (requestType == QLatin1String("Echo"))
            return RemoteResponse::success(data);
        if (requestType == QLatin1String("Fail"))
            return RemoteResponse::failure(RequestStatus::ResourceNotFound, QStringLiteral("No such thing."));
        if (requestType == QLatin1String("WhoAmI"))
            return RemoteResponse::success(
                {{QStringLiteral("role"),
                  role == RemoteRole::Producer ? QStringLiteral("producer") : QStringLiteral("moderator")}});
        if (requestType == QLatin1String("Emit")) {
            Q_EMIT eventOccurred(data.value(QStringLiteral("eventType")).toString(),
                                 static_cast<quint32>(data.value(QStringLiteral("intent")).toInteger()),
                                 data.value(QStringLiteral("eventData")).toObject());
            return RemoteResponse::success();
        }
        if (requestType == QLatin1String("CallVendorRequest")) {
            if (data.value(QStringLiteral("vendorName")).toString() != QLatin1String("vitrine"))
                return RemoteResponse::failure(RequestStatus::ResourceNotFound,
                                               QStringLiteral("No such vendor."));
            const QString sku =
                data.value(QStringLiteral("requestData")).toObject().value(QStringLiteral("sku")).toString();
            Q_EMIT eventOccurred(QStringLiteral("VendorEvent"), EventSubscription::Vendors,
                                 {{QStringLiteral("vendorName"), QStringLiteral("vitrine")},
                                  {QStringLiteral("eventType"), QStringLiteral("ProductPinned")},
                                  {QStringLiteral("eventData"), QJsonObject{{QStringLiteral("sku"), sku}}}});
            return RemoteResponse::success(
                {{QStringLiteral("vendorName"), QStringLiteral("vitrine")},
                 {QStringLiteral("requestType"), data.value(QStringLiteral("requestType"))},
                 {QStringLiteral("responseData"), QJsonObject{{QStringLiteral("pinned"), sku}}}});
        }
        return RemoteResponse::failure(RequestStatus::UnknownRequestType,
                                       QStringLiteral("Your request type is not valid."));
    }
};

// A WebSocket client that keeps what it receives and how it was closed.
class WsClient : public QObject {
public:
    QWebSocket socket;
    QList<QJsonObject> messages;
    bool closed = false;
    int closeCode = 0;
    QString closeReason;

    WsClient()
    {
        connect(&socket, &QWebSocket::textMessageReceived, this, [this](const QString& text) {
            messages.append(QJsonDocument::fromJson(text.toUtf8()).object());
        });
        connect(&socket, &QWebSocket::disconnected, this, [this] {
            closed = true;
            closeCode = socket.closeCode();
            closeReason = socket.closeReason();
        });
        connect(&socket, &QWebSocket::sslErrors, this,
                [this](const QList<QSslError>&) { socket.ignoreSslErrors(); });
    }

    bool open(const QString& url, const QStringList& subprotocols = {QStringLiteral("obswebsocket.json")})
    {
        QWebSocketHandshakeOptions options;
        options.setSubprotocols(subprotocols);
        socket.open(QNetworkRequest(QUrl(url)), options);
        return QTest::qWaitFor([this] { return socket.state() == QAbstractSocket::ConnectedState || closed; },
                               5000) &&
               socket.state() == QAbstractSocket::ConnectedState;
    }

    QJsonObject next(int timeoutMs = 5000)
    {
        (void)QTest::qWaitFor([this] { return !messages.isEmpty() || closed; }, timeoutMs);
        return messages.isEmpty() ? QJsonObject() : messages.takeFirst();
    }

    bool waitClosed(int timeoutMs = 5000)
    {
        return QTest::qWaitFor([this] { return closed; }, timeoutMs);
    }

    void send(int op, const QJsonObject& d)
    {
        sendRaw(QJsonDocument(QJsonObject{{QStringLiteral("op"), op}, {QStringLiteral("d"), d}})
                    .toJson(QJsonDocument::Compact));
    }
    void sendRaw(const QByteArray& text) { socket.sendTextMessage(QString::fromUtf8(text)); }

    // Reads the Hello and answers it; returns the server's next message (Identified, or nothing if closed).
    QJsonObject identify(const QString& password, qint64 subscriptions = -1, int rpcVersion = 1)
    {
        const QJsonObject hello = next().value(QStringLiteral("d")).toObject();
        const QJsonObject auth = hello.value(QStringLiteral("authentication")).toObject();
        QJsonObject d{{QStringLiteral("rpcVersion"), rpcVersion}};
        if (!auth.isEmpty())
            d.insert(
                QStringLiteral("authentication"),
                ObsWsAuth::answer(ObsWsAuth::secret(password, auth.value(QStringLiteral("salt")).toString()),
                                  auth.value(QStringLiteral("challenge")).toString()));
        if (subscriptions >= 0)
            d.insert(QStringLiteral("eventSubscriptions"), subscriptions);
        send(ObsWsOpCode::Identify, d);
        return next();
    }

    QJsonObject request(const QString& type, const QJsonObject& data = {},
                        const QString& id = QStringLiteral("r1"))
    {
        QJsonObject d{{QStringLiteral("requestType"), type}, {QStringLiteral("requestId"), id}};
        if (!data.isEmpty())
            d.insert(QStringLiteral("requestData"), data);
        send(ObsWsOpCode::Request, d);
        return next().value(QStringLiteral("d")).toObject();
    }
};

int statusCode(const QJsonObject& response)
{
    return response.value(QStringLiteral("requestStatus")).toObject().value(QStringLiteral("code")).toInt();
}

// Sends raw bytes and reads the whole response until the server closes.
QByteArray httpExchange(quint16 port, const QByteArray& request, int timeoutMs = 5000)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(request);
    QByteArray response;
    QObject::connect(&socket, &QTcpSocket::readyRead, [&] { response += socket.readAll(); });
    (void)QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState; }, timeoutMs);
    response += socket.readAll();
    return response;
}

QByteArray get(quint16 port, const QByteArray& path)
{
    return httpExchange(port, "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
}

} // namespace

class RemoteServerTest : public QObject {
    Q_OBJECT
private:
    TestApi m_api;
    std::unique_ptr<RemoteServer> m_server;

    QString url() const { return QStringLiteral("ws://127.0.0.1:%1").arg(m_server->serverPort()); }

    void startServer(RemoteServerOptions options = {})
    {
        options.port = 0;
        if (options.producerPassword.isEmpty())
            options.producerPassword = Password;
        m_server = std::make_unique<RemoteServer>(&m_api);
        m_server->setOptions(options);
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        QVERIFY(m_server->serverPort() != 0);
    }

    static RemoteServerOptions withModerator()
    {
        RemoteServerOptions options;
        options.moderatorPassword = ModeratorPassword;
        return options;
    }

private Q_SLOTS:
    void init() { m_api.calls.clear(); }
    void cleanup() { m_server.reset(); }

    void authenticationMatchesTheProtocolExample()
    {
        // protocol.md's steps, checked against an independent computation of them.
        const QString secret =
            ObsWsAuth::secret(QStringLiteral("supersecretpassword"), QStringLiteral("salt"));
        QCOMPARE(
            secret,
            QString::fromLatin1(
                QCryptographicHash::hash("supersecretpasswordsalt", QCryptographicHash::Sha256).toBase64()));
        const QString answer = ObsWsAuth::answer(secret, QStringLiteral("challenge"));
        QVERIFY(ObsWsAuth::verify(secret, QStringLiteral("challenge"), answer));
        QVERIFY(!ObsWsAuth::verify(secret, QStringLiteral("challenge"), answer.left(answer.size() - 1)));
        QVERIFY(!ObsWsAuth::verify(secret, QStringLiteral("other"), answer));
        QVERIFY(ObsWsAuth::makeRandom() != ObsWsAuth::makeRandom());
    }

    void helloHasTheProtocolShape()
    {
        startServer();
        WsClient client;
        QVERIFY(client.open(url()));
        QCOMPARE(client.socket.subprotocol(), QStringLiteral("obswebsocket.json"));
        const QJsonObject hello = client.next();
        QCOMPARE(hello.value(QStringLiteral("op")).toInt(-1), 0);
        const QJsonObject d = hello.value(QStringLiteral("d")).toObject();
        QCOMPARE(d.value(QStringLiteral("rpcVersion")).toInt(), 1);
        QVERIFY(!d.value(QStringLiteral("obsWebSocketVersion")).toString().isEmpty());
        const QJsonObject auth = d.value(QStringLiteral("authentication")).toObject();
        QCOMPARE(QByteArray::fromBase64(auth.value(QStringLiteral("challenge")).toString().toLatin1()).size(),
                 32);
        QCOMPARE(QByteArray::fromBase64(auth.value(QStringLiteral("salt")).toString().toLatin1()).size(), 32);
        // Each connection has its own challenge; the salt is the server's.
        WsClient second;
        QVERIFY(second.open(url()));
        const QJsonObject auth2 = second.next()["d"].toObject()["authentication"].toObject();
        QVERIFY(auth2["challenge"] != auth["challenge"]);
        QCOMPARE(auth2["salt"], auth["salt"]);
    }

    void rightPasswordIdentifiesAndRequestsAreAnswered()
    {
        startServer();
        QSignalSpy connected(m_server.get(), &RemoteServer::clientConnected);
        WsClient client;
        QVERIFY(client.open(url()));
        const QJsonObject identified = client.identify(Password);
        QCOMPARE(identified["op"].toInt(), 2);
        QCOMPARE(identified["d"].toObject()["negotiatedRpcVersion"].toInt(), 1);
        QCOMPARE(connected.size(), 1);
        QCOMPARE(m_server->clientCount(), 1);

        const QJsonObject response =
            client.request(QStringLiteral("GetVersion"), {}, QStringLiteral("abc-1"));
        QCOMPARE(response["requestType"].toString(), QStringLiteral("GetVersion"));
        QCOMPARE(response["requestId"].toString(), QStringLiteral("abc-1"));
        QCOMPARE(response["requestStatus"].toObject()["result"].toBool(), true);
        QCOMPARE(statusCode(response), 100);
        QCOMPARE(response["responseData"].toObject()["rpcVersion"].toInt(), 1);

        const QJsonObject failed = client.request(QStringLiteral("Fail"));
        QCOMPARE(failed["requestStatus"].toObject()["result"].toBool(), false);
        QCOMPARE(statusCode(failed), int(RequestStatus::ResourceNotFound));
        QCOMPARE(failed["requestStatus"].toObject()["comment"].toString(), QStringLiteral("No such thing."));
        QVERIFY(!failed.contains(QStringLiteral("responseData")));

        // An empty requestType is answered 203; requestData that is not an object, 401, without asking the
        // API.
        QCOMPARE(statusCode(client.request(QString())), int(RequestStatus::MissingRequestType));
        client.send(ObsWsOpCode::Request, {{QStringLiteral("requestType"), QStringLiteral("Echo")},
                                           {QStringLiteral("requestId"), QStringLiteral("x")},
                                           {QStringLiteral("requestData"), 5}});
        QCOMPARE(statusCode(client.next()["d"].toObject()), int(RequestStatus::InvalidRequestFieldType));
        QCOMPARE(m_api.calls.size(), 2);
        QCOMPARE(m_api.calls.first().second, RemoteRole::Producer);

        QSignalSpy disconnected(m_server.get(), &RemoteServer::clientDisconnected);
        client.socket.close();
        QVERIFY(disconnected.wait(5000));
        QCOMPARE(disconnected.first().first().toInt(), 0);
    }

    void wrongPasswordIsRefusedWith4009()
    {
        startServer();
        QSignalSpy refused(m_server.get(), &RemoteServer::refused);
        WsClient client;
        QVERIFY(client.open(url()));
        QVERIFY(client.identify(QStringLiteral("guess")).isEmpty());
        QVERIFY(client.waitClosed());
        QCOMPARE(client.closeCode, 4009);
        QVERIFY(!refused.isEmpty());
        for (const QList<QVariant>& message : std::as_const(refused)) {
            QVERIFY(!message.first().toString().contains(QStringLiteral("guess")));
            QVERIFY(!message.first().toString().contains(Password));
        }
        // No answer at all is refused the same way.
        WsClient silent;
        QVERIFY(silent.open(url()));
        silent.next();
        silent.send(ObsWsOpCode::Identify, {{QStringLiteral("rpcVersion"), 1}});
        QVERIFY(silent.waitClosed());
        QCOMPARE(silent.closeCode, 4009);
        QCOMPARE(m_api.calls.size(), 0);
    }

    void nothingIsServedBeforeIdentify()
    {
        startServer();
        WsClient client;
        QVERIFY(client.open(url()));
        client.next();
        client.send(ObsWsOpCode::Request, {{QStringLiteral("requestType"), QStringLiteral("GetVersion")},
                                           {QStringLiteral("requestId"), QStringLiteral("1")}});
        QVERIFY(client.waitClosed());
        QCOMPARE(client.closeCode, 4007);
        QCOMPARE(m_api.calls.size(), 0);
    }

    void protocolErrorsCloseWithTheirCodes_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<bool>("identifyFirst");
        QTest::addColumn<int>("closeCode");
        QTest::newRow("malformed JSON") << QByteArray("{\"op\": 1, \"d\": {") << false << 4002;
        QTest::newRow("not an object") << QByteArray("[1, 2]") << false << 4002;
        QTest::newRow("no op") << QByteArray("{\"d\": {}}") << false << 4003;
        QTest::newRow("op not a number") << QByteArray("{\"op\": \"1\", \"d\": {}}") << false << 4004;
        QTest::newRow("d not an object") << QByteArray("{\"op\": 1, \"d\": 3}") << false << 4004;
        QTest::newRow("obs-websocket 4")
            << QByteArray("{\"request-type\": \"GetVersion\", \"message-id\": \"1\"}") << false << 4010;
        QTest::newRow("identify twice")
            << QByteArray("{\"op\": 1, \"d\": {\"rpcVersion\": 1}}") << true << 4008;
        QTest::newRow("unknown op") << QByteArray("{\"op\": 4, \"d\": {}}") << true << 4006;
        QTest::newRow("request without requestType")
            << QByteArray("{\"op\": 6, \"d\": {\"requestId\": \"1\"}}") << true << 4003;
        QTest::newRow("request without requestId")
            << QByteArray("{\"op\": 6, \"d\": {\"requestType\": \"GetVersion\"}}") << true << 4003;
        QTest::newRow("bad executionType")
            << QByteArray(
                   "{\"op\": 8, \"d\": {\"requestId\": \"1\", \"executionType\": 7, \"requests\": []}}")
            << true << 4005;
        QTest::newRow("reidentify with text subscriptions")
            << QByteArray("{\"op\": 3, \"d\": {\"eventSubscriptions\": \"all\"}}") << true << 4004;
    }

    void protocolErrorsCloseWithTheirCodes()
    {
        QFETCH(QByteArray, message);
        QFETCH(bool, identifyFirst);
        QFETCH(int, closeCode);
        startServer();
        WsClient client;
        QVERIFY(client.open(url()));
        if (identifyFirst)
            QCOMPARE(client.identify(Password)["op"].toInt(), 2);
        else
            client.next();
        client.sendRaw(message);
        QVERIFY(client.waitClosed());
        QCOMPARE(client.closeCode, closeCode);
        QVERIFY(!client.closeReason.isEmpty());
        // The server still serves the next client.
        WsClient next;
        QVERIFY(next.open(url()));
        QCOMPARE(next.identify(Password)["op"].toInt(), 2);
    }

    void unsupportedRpcVersionIsRefused()
    {
        startServer();
        WsClient client;
        QVERIFY(client.open(url()));
        client.identify(Password, -1, 2);
        QVERIFY(client.waitClosed());
        QCOMPARE(client.closeCode, 4010);
    }

    void binaryAndOversizeMessagesAreRefused()
    {
        RemoteServerOptions options;
        options.maxMessageBytes = 1024;
        startServer(options);
        WsClient binary;
        QVERIFY(binary.open(url()));
        QCOMPARE(binary.identify(Password)["op"].toInt(), 2);
        binary.socket.sendBinaryMessage("{\"op\": 6}");
        QVERIFY(binary.waitClosed());
        QCOMPARE(binary.closeCode, 4002);

        WsClient big;
        QVERIFY(big.open(url()));
        QCOMPARE(big.identify(Password)["op"].toInt(), 2);
        const QByteArray padding(4096, 'x');
        big.send(ObsWsOpCode::Request,
                 {{QStringLiteral("requestType"), QStringLiteral("Echo")},
                  {QStringLiteral("requestId"), QStringLiteral("1")},
                  {QStringLiteral("requestData"),
                   QJsonObject{{QStringLiteral("pad"), QString::fromLatin1(padding)}}}});
        QVERIFY(big.waitClosed());
        QCOMPARE(big.closeCode, int(QWebSocketProtocol::CloseCodeTooMuchData));
        QCOMPARE(m_api.calls.size(), 0);

        WsClient next;
        QVERIFY(next.open(url()));
        QCOMPARE(next.identify(Password)["op"].toInt(), 2);
        QCOMPARE(statusCode(next.request(QStringLiteral("Echo"), {{QStringLiteral("small"), 1}})), 100);
    }

    void batchesRunInOrderAndHaltOnFailure()
    {
        startServer();
        WsClient client;
        QVERIFY(client.open(url()));
        QCOMPARE(client.identify(Password)["op"].toInt(), 2);
        const QJsonArray requests{
            QJsonObject{{QStringLiteral("requestType"), QStringLiteral("Echo")},
                        {QStringLiteral("requestId"), QStringLiteral("a")},
                        {QStringLiteral("requestData"), QJsonObject{{QStringLiteral("n"), 1}}}},
            QJsonObject{{QStringLiteral("requestType"), QStringLiteral("Fail")}},
            QJsonObject{{QStringLiteral("requestType"), QStringLiteral("GetVersion")}},
            QJsonObject{{QStringLiteral("requestId"), QStringLiteral("no type")}},
        };
        client.send(ObsWsOpCode::RequestBatch, {{QStringLiteral("requestId"), QStringLiteral("b1")},
                                                {QStringLiteral("requests"), requests}});
        QJsonObject response = client.next();
        QCOMPARE(response["op"].toInt(), 9);
        QJsonObject d = response["d"].toObject();
        QCOMPARE(d["requestId"].toString(), QStringLiteral("b1"));
        QJsonArray results = d["results"].toArray();
        QCOMPARE(results.size(), 4);
        QCOMPARE(results[0].toObject()["requestId"].toString(), QStringLiteral("a"));
        QCOMPARE(results[0].toObject()["responseData"].toObject()["n"].toInt(), 1);
        QCOMPARE(statusCode(results[1].toObject()), int(RequestStatus::ResourceNotFound));
        QCOMPARE(statusCode(results[2].toObject()), 100);
        QCOMPARE(statusCode(results[3].toObject()), int(RequestStatus::MissingRequestType));

        client.send(ObsWsOpCode::RequestBatch, {{QStringLiteral("requestId"), QStringLiteral("b2")},
                                                {QStringLiteral("haltOnFailure"), true},
                                                {QStringLiteral("executionType"), 1},
                                                {QStringLiteral("requests"), requests}});
        results = client.next()["d"].toObject()["results"].toArray();
        QCOMPARE(results.size(), 2);

        // Parallel runs here too (serially), with every result.
        client.send(ObsWsOpCode::RequestBatch, {{QStringLiteral("requestId"), QStringLiteral("b3")},
                                                {QStringLiteral("haltOnFailure"), true},
                                                {QStringLiteral("executionType"), 2},
                                                {QStringLiteral("requests"), requests}});
        results = client.next()["d"].toObject()["results"].toArray();
        QCOMPARE(results.size(), 4);
    }

    void eventsFollowSubscriptions()
    {
        startServer();
        WsClient vendors;
        WsClient scenes;
        WsClient producer;
        QVERIFY(vendors.open(url()) && scenes.open(url()) && producer.open(url()));
        QCOMPARE(vendors.identify(Password, EventSubscription::Vendors)["op"].toInt(), 2);
        QCOMPARE(scenes.identify(Password, EventSubscription::Scenes)["op"].toInt(), 2);
        QCOMPARE(producer.identify(Password, EventSubscription::None)["op"].toInt(), 2);
        // An unidentified client hears nothing either.
        WsClient stranger;
        QVERIFY(stranger.open(url()));
        stranger.next();

        const auto emitEvent = [&](const QString& type, quint32 intent) {
            QCOMPARE(statusCode(producer.request(
                         QStringLiteral("Emit"),
                         {{QStringLiteral("eventType"), type},
                          {QStringLiteral("intent"), static_cast<qint64>(intent)},
                          {QStringLiteral("eventData"), QJsonObject{{QStringLiteral("who"), type}}}})),
                     100);
        };
        emitEvent(QStringLiteral("VendorEvent"), EventSubscription::Vendors);
        emitEvent(QStringLiteral("CurrentProgramSceneChanged"), EventSubscription::Scenes);

        QJsonObject event = vendors.next();
        QCOMPARE(event["op"].toInt(), 5);
        QCOMPARE(event["d"].toObject()["eventType"].toString(), QStringLiteral("VendorEvent"));
        QCOMPARE(event["d"].toObject()["eventIntent"].toInt(), int(EventSubscription::Vendors));
        QCOMPARE(event["d"].toObject()["eventData"].toObject()["who"].toString(),
                 QStringLiteral("VendorEvent"));
        // The scenes client's first event is the scene change: the vendor event was not sent to it.
        event = scenes.next();
        QCOMPARE(event["d"].toObject()["eventType"].toString(), QStringLiteral("CurrentProgramSceneChanged"));
        QVERIFY(producer.messages.isEmpty());
        QVERIFY(vendors.messages.isEmpty());
        QVERIFY(stranger.messages.isEmpty());

        // Reidentify changes the subscriptions and is answered with Identified.
        scenes.send(ObsWsOpCode::Reidentify, {{QStringLiteral("eventSubscriptions"),
                                               static_cast<qint64>(EventSubscription::Vendors)}});
        QCOMPARE(scenes.next()["op"].toInt(), 2);
        emitEvent(QStringLiteral("VendorEvent"), EventSubscription::Vendors);
        QCOMPARE(scenes.next()["d"].toObject()["eventType"].toString(), QStringLiteral("VendorEvent"));
        QCOMPARE(vendors.next()["d"].toObject()["eventType"].toString(), QStringLiteral("VendorEvent"));
        QVERIFY(stranger.messages.isEmpty());
    }

    void moderatorPasswordGivesTheModeratorRole()
    {
        startServer(withModerator());
        WsClient moderator;
        QVERIFY(moderator.open(url()));
        QCOMPARE(moderator.identify(ModeratorPassword)["op"].toInt(), 2);
        QCOMPARE(moderator.request(QStringLiteral("WhoAmI"))["responseData"].toObject()["role"].toString(),
                 QStringLiteral("moderator"));
        WsClient producer;
        QVERIFY(producer.open(url()));
        QCOMPARE(producer.identify(Password)["op"].toInt(), 2);
        QCOMPARE(producer.request(QStringLiteral("WhoAmI"))["responseData"].toObject()["role"].toString(),
                 QStringLiteral("producer"));
        QCOMPARE(m_api.calls.size(), 2);
        QCOMPARE(m_api.calls.at(0).second, RemoteRole::Moderator);
        QCOMPARE(m_api.calls.at(1).second, RemoteRole::Producer);
    }

    void noPasswordMeansNoAuthentication()
    {
        // Not how the studio runs it (it always sets one), but obs-websocket's behaviour with auth disabled.
        m_server = std::make_unique<RemoteServer>(&m_api);
        RemoteServerOptions options;
        options.port = 0;
        m_server->setOptions(options);
        QString error;
        QVERIFY(m_server->start(&error));
        WsClient client;
        QVERIFY(client.open(url()));
        const QJsonObject hello = client.next();
        QCOMPARE(hello["op"].toInt(-1), 0);
        QVERIFY(!hello["d"].toObject().contains(QStringLiteral("authentication")));
        client.send(ObsWsOpCode::Identify, {{QStringLiteral("rpcVersion"), 1}});
        QCOMPARE(client.next()["op"].toInt(), 2);
    }

    void floodingIsLimited()
    {
        RemoteServerOptions options;
        options.requestsPerSecond = 5;
        startServer(options);
        QSignalSpy refused(m_server.get(), &RemoteServer::refused);
        WsClient client;
        QVERIFY(client.open(url()));
        QCOMPARE(client.identify(Password)["op"].toInt(), 2);
        for (int i = 0; i < 8; ++i)
            client.send(ObsWsOpCode::Request, {{QStringLiteral("requestType"), QStringLiteral("Echo")},
                                               {QStringLiteral("requestId"), QString::number(i)}});
        int answered = 0;
        int limited = 0;
        for (int i = 0; i < 8; ++i) {
            const QJsonObject response = client.next()["d"].toObject();
            if (statusCode(response) == 100)
                ++answered;
            if (statusCode(response) == RequestStatus::NotReady) {
                ++limited;
                QVERIFY(
                    response["requestStatus"].toObject()["comment"].toString().contains(QLatin1String("5")));
            }
        }
        QVERIFY2(answered >= 5 && answered < 8, qPrintable(QString::number(answered)));
        QCOMPARE(answered + limited, 8);
        QVERIFY(!refused.isEmpty());
        // Keeping on while refused closes the connection.
        for (int i = 0; i < 40 && !client.closed; ++i)
            client.send(ObsWsOpCode::Request, {{QStringLiteral("requestType"), QStringLiteral("Echo")},
                                               {QStringLiteral("requestId"), QString::number(i)}});
        QVERIFY(client.waitClosed());
        QCOMPARE(client.closeCode, int(QWebSocketProtocol::CloseCodePolicyViolated));
        QVERIFY(m_api.calls.size() <= 7);
    }

    void pagesAndErrorsOverHttp()
    {
        startServer();
        QByteArray response = get(m_server->serverPort(), "/remote");
        QVERIFY2(response.startsWith("HTTP/1.1 200 OK\r\n"), response.constData());
        QVERIFY(response.contains("Content-Type: text/html; charset=utf-8\r\n"));
        QFile page(QStringLiteral(":/web/remote.html"));
        QVERIFY(page.open(QIODevice::ReadOnly));
        const QByteArray pageBytes = "\r\n\r\n" + page.readAll();
        QVERIFY(response.endsWith(pageBytes));
        response = get(m_server->serverPort(), "/widget?brand=maison");
        QVERIFY(response.startsWith("HTTP/1.1 200 OK\r\n"));
        response = get(m_server->serverPort(), "/widget.html");
        QVERIFY(response.startsWith("HTTP/1.1 200 OK\r\n"));
        QVERIFY(get(m_server->serverPort(), "/nothing-here").startsWith("HTTP/1.1 404 "));
        QVERIFY(get(m_server->serverPort(), "/../etc/passwd").startsWith("HTTP/1.1 404 "));
        QVERIFY(httpExchange(m_server->serverPort(), "POST /remote HTTP/1.1\r\nContent-Length: 0\r\n\r\n")
                    .startsWith("HTTP/1.1 405 "));
        QVERIFY(httpExchange(m_server->serverPort(), "GARBAGE\r\n\r\n").startsWith("HTTP/1.1 400 "));
        QVERIFY(httpExchange(m_server->serverPort(), "GET /remote HTTP/1.1\r\nno colon here\r\n\r\n")
                    .startsWith("HTTP/1.1 400 "));
    }

    void slowAndHugeHeadsAreCutOff()
    {
        RemoteServerOptions options;
        options.headTimeoutMs = 300;
        options.maxHeadBytes = 2048;
        startServer(options);
        QVERIFY(httpExchange(m_server->serverPort(), "GET /remote HT").startsWith("HTTP/1.1 408 "));
        const QByteArray huge = "GET /remote HTTP/1.1\r\nX-Filler: " + QByteArray(4096, 'a');
        QVERIFY(httpExchange(m_server->serverPort(), huge).startsWith("HTTP/1.1 431 "));
        QVERIFY(get(m_server->serverPort(), "/remote").startsWith("HTTP/1.1 200 "));
    }

    void feedJsonAndImages()
    {
        startServer();
        m_server->publishFeed({{QStringLiteral("pinned"), QStringLiteral("MUG-42")}});
        const QByteArray response = get(m_server->serverPort(), "/feed.json");
        QVERIFY(response.startsWith("HTTP/1.1 200 OK\r\n"));
        QVERIFY(response.contains("Access-Control-Allow-Origin: *\r\n"));
        QVERIFY(response.contains("Content-Type: application/json\r\n"));
        QVERIFY(response.endsWith("\r\n\r\n{\"pinned\":\"MUG-42\"}"));

        QVERIFY(get(m_server->serverPort(), "/images/mug.png").startsWith("HTTP/1.1 404 "));
        m_server->setImageProvider(
            [](const QString& name, QByteArray* contentType) -> std::optional<QByteArray> {
                if (name != QLatin1String("mug 42.png"))
                    return std::nullopt;
                *contentType = "image/png";
                return QByteArray("\x89PNG fake");
            });
        const QByteArray image = get(m_server->serverPort(), "/images/mug%2042.png");
        QVERIFY2(image.startsWith("HTTP/1.1 200 OK\r\n"), image.constData());
        QVERIFY(image.contains("Content-Type: image/png\r\n"));
        QVERIFY(image.endsWith("\r\n\r\n\x89PNG fake"));
        QVERIFY(get(m_server->serverPort(), "/images/other.png").startsWith("HTTP/1.1 404 "));
    }

    void feedStreamsStateThenUpdates()
    {
        RemoteServerOptions options;
        options.feedKeepAliveMs = 200;
        startServer(options);
        m_server->publishFeed({{QStringLiteral("pinned"), QStringLiteral("MUG-42")}});
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->serverPort());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /feed HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n");
        QByteArray received;
        connect(&socket, &QTcpSocket::readyRead, this, [&] { received += socket.readAll(); });
        QTRY_VERIFY_WITH_TIMEOUT(received.contains("event: state\ndata: {\"pinned\":\"MUG-42\"}\n\n"), 5000);
        QVERIFY(received.startsWith("HTTP/1.1 200 OK\r\n"));
        QVERIFY(received.contains("Content-Type: text/event-stream"));
        QVERIFY(received.contains("Access-Control-Allow-Origin: *\r\n"));
        QCOMPARE(m_server->feedClientCount(), 1);

        m_server->publishFeed({{QStringLiteral("pinned"), QStringLiteral("CAP-7")}});
        QTRY_VERIFY_WITH_TIMEOUT(received.contains("event: state\ndata: {\"pinned\":\"CAP-7\"}\n\n"), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(received.contains("\n: keepalive\n\n"), 5000);

        socket.disconnectFromHost();
        QTRY_COMPARE_WITH_TIMEOUT(m_server->feedClientCount(), 0, 5000);
    }

    void badTlsFilesStopTheStart()
    {
        QTemporaryDir dir;
        QFile junk(dir.filePath(QStringLiteral("junk.pem")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a certificate");
        junk.close();
        RemoteServer server(&m_api);
        RemoteServerOptions options;
        options.port = 0;
        options.producerPassword = Password;
        options.tlsCertificateFile = junk.fileName();
        options.tlsKeyFile = junk.fileName();
        server.setOptions(options);
        QString error;
        QVERIFY(!server.start(&error));
        QVERIFY(error.contains(junk.fileName()));
        QVERIFY(!server.isRunning());
        options.tlsCertificateFile = dir.filePath(QStringLiteral("missing.pem"));
        server.setOptions(options);
        QVERIFY(!server.start(&error));
        QVERIFY(error.contains(QStringLiteral("missing.pem")));
    }

    void tlsWithASelfSignedCertificate()
    {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            QSKIP("openssl is not installed");
        QTemporaryDir dir;
        const QString cert = dir.filePath(QStringLiteral("cert.pem"));
        const QString key = dir.filePath(QStringLiteral("key.pem"));
        QCOMPARE(QProcess::execute(openssl,
                                   {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                                    QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                                    QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                                    QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                                    QStringLiteral("/CN=127.0.0.1")}),
                 0);
        RemoteServerOptions options;
        options.tlsCertificateFile = cert;
        options.tlsKeyFile = key;
        startServer(options);
        WsClient client;
        QVERIFY(client.open(QStringLiteral("wss://127.0.0.1:%1").arg(m_server->serverPort())));
        QCOMPARE(client.identify(Password)["op"].toInt(), 2);
        QCOMPARE(statusCode(client.request(QStringLiteral("GetVersion"))), 100);
        // Plain ws:// on a TLS port gets nothing.
        WsClient plain;
        QVERIFY(!plain.open(url()));
    }

    void obsWebSocketJsClient()
    {
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (node.isEmpty())
            QSKIP("node is not installed");
        const QString dir = QStringLiteral(VITRINE_SOURCE_DIR "/tests/remote");
        QVERIFY2(QFile::exists(dir + QStringLiteral("/node_modules/obs-websocket-js/package.json")),
                 "obs-websocket-js is not installed: run `npm ci` in tests/remote (packaging/install-deps.sh "
                 "does)");
        startServer(withModerator());
        QProcess process;
        process.setWorkingDirectory(dir);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(node, {dir + QStringLiteral("/obs_client.mjs"), url(), Password, ModeratorPassword});
        QVERIFY(process.waitForStarted(5000));
        // The server answers on this thread: wait with the event loop running.
        QVERIFY(QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000));
        const QByteArray output = process.readAll();
        qInfo().noquote() << output;
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QVERIFY2(process.exitCode() == 0, output.constData());
        QVERIFY(output.contains("all checks passed"));
    }
};

QTEST_GUILESS_MAIN(RemoteServerTest)
#include "RemoteServerTest.moc"
