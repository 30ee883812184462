#include "remote/RemoteServer.h"

#include "remote/HttpRequestHead.h"
#include "remote/ObsWsAuth.h"
#include "remote/ObsWsMessage.h"
#include "remote/RemoteSession.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QWebSocket>
#include <QWebSocketServer>

#include <utility>

namespace vitrine {

namespace {

const QString Subprotocol = QStringLiteral("obswebsocket.json");
// A feed client that does not read is dropped rather than buffered without end.
constexpr qint64 MaxFeedBacklog = 1024 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 431:
        return "Request Header Fields Too Large";
    default:
        return "Error";
    }
}

QByteArray contentTypeFor(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("html"))
        return "text/html; charset=utf-8";
    if (suffix == QLatin1String("js") || suffix == QLatin1String("mjs"))
        return "text/javascript; charset=utf-8";
    if (suffix == QLatin1String("css"))
        return "text/css; charset=utf-8";
    if (suffix == QLatin1String("svg"))
        return "image/svg+xml";
    if (suffix == QLatin1String("png"))
        return "image/png";
    if (suffix == QLatin1String("json"))
        return "application/json";
    return "application/octet-stream";
}

// One complete response, then the connection is closed.
void respond(QTcpSocket* socket, int status, const QByteArray& contentType, const QByteArray& body,
             const QByteArray& extraHeaders = {})
{
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    response += "Content-Type: " + contentType + "\r\n";
    response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    response += "Connection: close\r\nX-Content-Type-Options: nosniff\r\n" + extraHeaders + "\r\n";
    response += body;
    socket->write(response);
    socket->disconnectFromHost();
}

void respondError(QTcpSocket* socket, int status, const QByteArray& extraHeaders = {})
{
    respond(socket, status, "text/plain; charset=utf-8", reasonPhrase(status) + '\n', extraHeaders);
}

QByteArray feedEvent(const QJsonObject& state)
{
    return "event: state\ndata: " + QJsonDocument(state).toJson(QJsonDocument::Compact) + "\n\n";
}

bool readFile(const QString& path, QByteArray* data)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    *data = file.readAll();
    return true;
}

} // namespace

RemoteServer::RemoteServer(RemoteApi* api, QObject* parent) : QObject(parent), m_api(api)
{
    connect(m_api, &RemoteApi::eventOccurred, this, &RemoteServer::onApiEvent);
    connect(&m_keepAlive, &QTimer::timeout, this, [this] { sendFeedToAll(": keepalive\n\n"); });
}

RemoteServer::~RemoteServer()
{
    stop();
}

bool RemoteServer::start(QString* error)
{
    stop();
    const auto failWith = [&](const QString& message) {
        if (error)
            *error = message;
        stop();
        return false;
    };
    const bool tls = !m_options.tlsCertificateFile.isEmpty() || !m_options.tlsKeyFile.isEmpty();
    if (tls) {
        QByteArray certificateData;
        QByteArray keyData;
        if (!readFile(m_options.tlsCertificateFile, &certificateData))
            return failWith(
                tr("The remote's TLS certificate %1 cannot be read.").arg(m_options.tlsCertificateFile));
        if (!readFile(m_options.tlsKeyFile, &keyData))
            return failWith(tr("The remote's TLS key %1 cannot be read.").arg(m_options.tlsKeyFile));
        const QList<QSslCertificate> chain = QSslCertificate::fromData(certificateData, QSsl::Pem);
        if (chain.isEmpty() || chain.first().isNull())
            return failWith(tr("The remote's TLS certificate %1 is not a PEM certificate.")
                                .arg(m_options.tlsCertificateFile));
        QSslKey key(keyData, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyData, QSsl::Ec, QSsl::Pem);
        if (key.isNull())
            return failWith(tr("The remote's TLS key %1 is not an unencrypted PEM RSA or EC key.")
                                .arg(m_options.tlsKeyFile));
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(chain.first());
        if (chain.size() > 1)
            configuration.setLocalCertificateChain(chain);
        configuration.setPrivateKey(key);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        auto server = std::make_unique<QSslServer>();
        server->setSslConfiguration(configuration);
        server->setHandshakeTimeout(m_options.headTimeoutMs);
        connect(server.get(), &QSslServer::errorOccurred, this,
                [this](QSslSocket* socket, QAbstractSocket::SocketError) {
                    Q_EMIT refused(tr("TLS connection from %1 failed: %2")
                                       .arg(socket->peerAddress().toString(), socket->errorString()));
                });
        m_tcp = std::move(server);
    } else {
        m_tcp = std::make_unique<QTcpServer>();
    }
    connect(m_tcp.get(), &QTcpServer::pendingConnectionAvailable, this, &RemoteServer::onPendingConnection);

    m_webSockets =
        std::make_unique<QWebSocketServer>(QStringLiteral("Vitrine Studio"), QWebSocketServer::NonSecureMode);
    m_webSockets->setSupportedSubprotocols({Subprotocol});
    m_webSockets->setHandshakeTimeout(m_options.headTimeoutMs);
    connect(m_webSockets.get(), &QWebSocketServer::newConnection, this, &RemoteServer::onWebSocketConnection);

    m_salt = ObsWsAuth::makeRandom();
    m_producerSecret = m_options.producerPassword.isEmpty()
                           ? QString()
                           : ObsWsAuth::secret(m_options.producerPassword, m_salt);
    m_moderatorSecret = m_options.moderatorPassword.isEmpty()
                            ? QString()
                            : ObsWsAuth::secret(m_options.moderatorPassword, m_salt);

    const QHostAddress address =
        m_options.lanAccess ? QHostAddress(QHostAddress::Any) : QHostAddress(QHostAddress::LocalHost);
    if (!m_tcp->listen(address, m_options.port))
        return failWith(
            tr("The remote cannot listen on port %1: %2").arg(m_options.port).arg(m_tcp->errorString()));
    m_keepAlive.start(m_options.feedKeepAliveMs);
    return true;
}

void RemoteServer::stop()
{
    m_keepAlive.stop();
    const QList<QPointer<RemoteSession>> sessions = std::exchange(m_sessions, {});
    for (const QPointer<RemoteSession>& session : sessions)
        delete session.data();
    const QList<QPointer<QTcpSocket>> feedClients = std::exchange(m_feedClients, {});
    for (const QPointer<QTcpSocket>& socket : feedClients) {
        if (socket)
            socket->abort();
    }
    if (m_identified > 0) {
        m_identified = 0;
        Q_EMIT clientDisconnected(0);
    }
    // Connections still reading their head are children of the TCP server and go with it.
    m_webSockets.reset();
    m_tcp.reset();
    m_producerSecret.clear();
    m_moderatorSecret.clear();
}

bool RemoteServer::isRunning() const
{
    return m_tcp && m_tcp->isListening();
}

quint16 RemoteServer::serverPort() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

int RemoteServer::clientCount() const
{
    return m_identified;
}

void RemoteServer::onPendingConnection()
{
    while (m_tcp && m_tcp->hasPendingConnections()) {
        QTcpSocket* socket = m_tcp->nextPendingConnection();
        if (!socket)
            return;
        // A head that does not arrive in time is answered 408.
        auto* timer = new QTimer(socket);
        timer->setObjectName(QStringLiteral("headTimer"));
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, socket, [this, socket] {
            disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
            Q_EMIT refused(
                tr("%1 did not send its HTTP request in time.").arg(socket->peerAddress().toString()));
            respondError(socket, 408);
        });
        timer->start(m_options.headTimeoutMs);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onSocketReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        if (socket->bytesAvailable() > 0)
            onSocketReadyRead(socket);
    }
}

void RemoteServer::onSocketReadyRead(QTcpSocket* socket)
{
    // The head is only peeked: an upgrade is handed to the WebSocket server with its bytes still unread.
    const QByteArray buffered = socket->peek(m_options.maxHeadBytes + 1);
    const qsizetype length = HttpRequestHead::headLength(buffered);
    const auto headRead = [this, socket] {
        disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
        delete socket->findChild<QTimer*>(QStringLiteral("headTimer"), Qt::FindDirectChildrenOnly);
    };
    if (length < 0 || length > m_options.maxHeadBytes) {
        if (buffered.size() > m_options.maxHeadBytes) {
            headRead();
            socket->readAll();
            Q_EMIT refused(tr("%1 sent an HTTP request head over %2 bytes.")
                               .arg(socket->peerAddress().toString())
                               .arg(m_options.maxHeadBytes));
            respondError(socket, 431);
        }
        return;
    }
    headRead();
    HttpRequestHead head;
    if (!HttpRequestHead::parse(buffered.left(length), &head)) {
        socket->readAll();
        respondError(socket, 400);
        return;
    }
    if (head.method == "GET" && head.isWebSocketUpgrade()) {
        disconnect(socket, &QTcpSocket::disconnected, socket, nullptr);
        m_webSockets->handleConnection(socket);
        return;
    }
    socket->read(length);
    // Anything the client sends after its head (a body, a pipelined request) is not read.
    connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->skip(socket->bytesAvailable()); });
    serveHttp(socket, head);
}

void RemoteServer::serveHttp(QTcpSocket* socket, const HttpRequestHead& head)
{
    if (head.method != "GET") {
        respondError(socket, 405, "Allow: GET\r\n");
        return;
    }
    static const QByteArray cors = "Access-Control-Allow-Origin: *\r\n";
    const QString& path = head.path;
    if (path == QLatin1String("/feed")) {
        startFeedStream(socket);
        return;
    }
    if (path == QLatin1String("/feed.json")) {
        respond(socket, 200, "application/json", QJsonDocument(m_feed).toJson(QJsonDocument::Compact),
                cors + "Cache-Control: no-cache\r\n");
        return;
    }
    if (path.startsWith(QLatin1String("/images/"))) {
        const QString name = path.mid(8);
        QByteArray contentType = "application/octet-stream";
        std::optional<QByteArray> bytes;
        if (m_imageProvider && !name.isEmpty() && !name.contains(QLatin1Char('/')) &&
            name != QLatin1String("..") && name != QLatin1String("."))
            bytes = m_imageProvider(name, &contentType);
        if (!bytes) {
            respondError(socket, 404);
            return;
        }
        respond(socket, 200, contentType, *bytes, cors + "Cache-Control: max-age=60\r\n");
        return;
    }
    QString resource;
    if (path == QLatin1String("/remote"))
        resource = QStringLiteral(":/web/remote.html");
    else if (path == QLatin1String("/widget"))
        resource = QStringLiteral(":/web/widget.html");
    else if (path.size() > 1 && !path.contains(QLatin1String("..")) && !path.contains(QLatin1String("//")))
        resource = QStringLiteral(":/web") + path;
    QByteArray body;
    if (resource.isEmpty() || !QFileInfo(resource).isFile() || !readFile(resource, &body)) {
        respondError(socket, 404);
        return;
    }
    respond(socket, 200, contentTypeFor(resource), body, "Cache-Control: no-cache\r\n");
}

void RemoteServer::startFeedStream(QTcpSocket* socket)
{
    QByteArray response = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\n"
                          "Cache-Control: no-cache\r\nAccess-Control-Allow-Origin: *\r\n"
                          "X-Content-Type-Options: nosniff\r\nConnection: keep-alive\r\n\r\n";
    // The body runs until the connection closes; the client reconnects after 2 s if it drops.
    response += "retry: 2000\n\n" + feedEvent(m_feed);
    socket->write(response);
    m_feedClients.append(socket);
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] { m_feedClients.removeAll(socket); });
}

void RemoteServer::publishFeed(const QJsonObject& state)
{
    m_feed = state;
    sendFeedToAll(feedEvent(state));
}

void RemoteServer::sendFeedToAll(const QByteArray& chunk)
{
    const QList<QPointer<QTcpSocket>> clients = m_feedClients;
    for (const QPointer<QTcpSocket>& socket : clients) {
        if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
            m_feedClients.removeAll(socket);
            continue;
        }
        if (socket->bytesToWrite() > MaxFeedBacklog) {
            m_feedClients.removeAll(socket);
            socket->abort();
            continue;
        }
        socket->write(chunk);
    }
}

void RemoteServer::onWebSocketConnection()
{
    while (m_webSockets && m_webSockets->hasPendingConnections()) {
        QWebSocket* socket = m_webSockets->nextPendingConnection();
        if (!socket)
            return;
        // The handshake accepted the client without a subprotocol (none asked, or msgpack only):
        // obs-websocket then speaks JSON, and so do we; a msgpack-only client closes on its own, seeing no
        // protocol chosen.
        RemoteSessionConfig config;
        config.api = m_api;
        config.salt = m_salt;
        config.producerSecret = m_producerSecret;
        config.moderatorSecret = m_moderatorSecret;
        config.obsStudioVersion = m_options.obsStudioVersion;
        config.obsWebSocketVersion = m_options.obsWebSocketVersion;
        config.maxMessageBytes = m_options.maxMessageBytes;
        config.requestsPerSecond = m_options.requestsPerSecond;
        config.identifyTimeoutMs = m_options.identifyTimeoutMs;
        auto* session = new RemoteSession(socket, config, this);
        m_sessions.append(session);
        connect(session, &RemoteSession::refused, this, &RemoteServer::refused);
        connect(session, &RemoteSession::identified, this, [this] {
            ++m_identified;
            Q_EMIT clientConnected(m_identified);
        });
        connect(session, &RemoteSession::finished, this, [this, session] {
            m_sessions.removeAll(session);
            if (session->isIdentified()) {
                m_identified = std::max(0, m_identified - 1);
                Q_EMIT clientDisconnected(m_identified);
            }
        });
    }
}

void RemoteServer::onApiEvent(const QString& eventType, quint32 intent, const QJsonObject& eventData)
{
    if (m_sessions.isEmpty())
        return;
    const QByteArray text = ObsWsMessage::event(eventType, intent, eventData);
    const QList<QPointer<RemoteSession>> sessions = m_sessions;
    for (const QPointer<RemoteSession>& session : sessions) {
        if (session)
            session->sendEvent(text, intent);
    }
}

} // namespace vitrine
