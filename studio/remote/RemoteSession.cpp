#include "remote/RemoteSession.h"

#include "remote/ObsWsAuth.h"

#include <QJsonArray>
#include <QWebSocket>

#include <algorithm>

namespace vitrine {

namespace {

// A client that keeps writing while it is not read is cut off rather than let to grow the studio's memory.
constexpr qint64 MaxQueuedBytes = 8 * 1024 * 1024;

// A close frame's reason holds at most 123 bytes of UTF-8.
QString closeReason(const QString& reason)
{
    QByteArray bytes = reason.toUtf8();
    if (bytes.size() <= 123)
        return reason;
    bytes.truncate(123);
    // Drop a cut multi-byte sequence.
    while (!bytes.isEmpty() && (static_cast<unsigned char>(bytes.back()) & 0xC0) == 0x80)
        bytes.chop(1);
    if (!bytes.isEmpty() && (static_cast<unsigned char>(bytes.back()) & 0x80) != 0)
        bytes.chop(1);
    return QString::fromUtf8(bytes);
}

} // namespace

RemoteSession::RemoteSession(QWebSocket* socket, const RemoteSessionConfig& config, QObject* parent)
    : QObject(parent), m_socket(socket), m_config(config)
{
    m_socket->setParent(this);
    m_socket->setMaxAllowedIncomingMessageSize(static_cast<quint64>(m_config.maxMessageBytes));
    m_socket->setMaxAllowedIncomingFrameSize(static_cast<quint64>(m_config.maxMessageBytes));
    m_tokens = m_config.requestsPerSecond;
    m_refill.start();
    connect(m_socket, &QWebSocket::textMessageReceived, this, &RemoteSession::onTextMessage);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, &RemoteSession::onBinaryMessage);
    connect(m_socket, &QWebSocket::disconnected, this, [this] {
        m_closing = true;
        Q_EMIT finished();
        deleteLater();
    });
    m_identifyTimer.setSingleShot(true);
    connect(&m_identifyTimer, &QTimer::timeout, this, [this] {
        Q_EMIT refused(tr("%1 did not identify in time.").arg(peer()));
        closeWith(ObsWsCloseCode::NotIdentified, tr("No Identify received in time."));
    });
    m_identifyTimer.start(m_config.identifyTimeoutMs);

    const bool authRequired = !m_config.producerSecret.isEmpty() || !m_config.moderatorSecret.isEmpty();
    if (authRequired)
        m_challenge = ObsWsAuth::makeRandom();
    send(ObsWsMessage::hello(m_config.obsStudioVersion, m_config.obsWebSocketVersion, m_challenge,
                             authRequired ? m_config.salt : QString()));
}

RemoteSession::~RemoteSession() = default;

QString RemoteSession::peer() const
{
    return m_socket->peerAddress().toString();
}

void RemoteSession::send(const QByteArray& text)
{
    if (m_closing)
        return;
    if (m_socket->bytesToWrite() > MaxQueuedBytes) {
        Q_EMIT refused(tr("%1 does not read its messages; disconnected.").arg(peer()));
        m_closing = true;
        m_socket->abort();
        return;
    }
    m_socket->sendTextMessage(QString::fromUtf8(text));
}

void RemoteSession::sendEvent(const QByteArray& text, quint32 intent)
{
    if (m_identified && !m_closing && (m_subscriptions & intent) != 0)
        send(text);
}

void RemoteSession::closeWith(int code, const QString& reason)
{
    if (m_closing)
        return;
    m_closing = true;
    m_identifyTimer.stop();
    m_socket->close(static_cast<QWebSocketProtocol::CloseCode>(code), closeReason(reason));
}

void RemoteSession::onBinaryMessage()
{
    if (m_closing)
        return;
    Q_EMIT refused(tr("%1 sent a binary message.").arg(peer()));
    closeWith(ObsWsCloseCode::MessageDecodeError,
              tr("Binary messages are not supported: this server speaks obswebsocket.json."));
}

void RemoteSession::onTextMessage(const QString& text)
{
    if (m_closing)
        return;
    ObsWsMessage message;
    ObsWsError error;
    if (!ObsWsMessage::parse(text.toUtf8(), &message, &error)) {
        Q_EMIT refused(tr("%1 sent a malformed message: %2").arg(peer(), error.reason));
        closeWith(error.closeCode, error.reason);
        return;
    }
    if (!m_identified && message.op != ObsWsOpCode::Identify) {
        Q_EMIT refused(tr("%1 sent a message before identifying.").arg(peer()));
        closeWith(ObsWsCloseCode::NotIdentified, tr("Only an Identify may be sent before Identified."));
        return;
    }
    switch (message.op) {
    case ObsWsOpCode::Identify:
        handleIdentify(message.d);
        return;
    case ObsWsOpCode::Reidentify:
        handleReidentify(message.d);
        return;
    case ObsWsOpCode::Request:
        handleRequest(message.d);
        return;
    case ObsWsOpCode::RequestBatch:
        handleBatch(message.d);
        return;
    default:
        closeWith(ObsWsCloseCode::UnknownOpCode, tr("Unknown OpCode: %1.").arg(message.op));
        return;
    }
}

void RemoteSession::handleIdentify(const QJsonObject& d)
{
    if (m_identified) {
        closeWith(ObsWsCloseCode::AlreadyIdentified, tr("Already identified: use Reidentify."));
        return;
    }
    ObsWsIdentify identify;
    ObsWsError error;
    const bool wellFormed = ObsWsMessage::readIdentify(d, false, &identify, &error);
    // Authentication first, as obs-websocket: a wrong password is told as such whatever else is wrong.
    if (!m_challenge.isEmpty()) {
        const QString answer = identify.hasAuthentication
                                   ? identify.authentication
                                   : d.value(QStringLiteral("authentication")).toString();
        // Both compared every time, so the time does not tell which password was tried.
        const bool producer = !m_config.producerSecret.isEmpty() &&
                              ObsWsAuth::verify(m_config.producerSecret, m_challenge, answer);
        const bool moderator = !m_config.moderatorSecret.isEmpty() &&
                               ObsWsAuth::verify(m_config.moderatorSecret, m_challenge, answer);
        if (answer.isEmpty() || (!producer && !moderator)) {
            Q_EMIT refused(answer.isEmpty() ? tr("%1 tried to connect without a password.").arg(peer())
                                            : tr("%1 tried to connect with a wrong password.").arg(peer()));
            closeWith(ObsWsCloseCode::AuthenticationFailed, tr("Authentication failed."));
            return;
        }
        m_role = producer ? RemoteRole::Producer : RemoteRole::Moderator;
    }
    if (!wellFormed) {
        closeWith(error.closeCode, error.reason);
        return;
    }
    if (identify.rpcVersion != 1) {
        closeWith(ObsWsCloseCode::UnsupportedRpcVersion, tr("Only rpcVersion 1 is supported."));
        return;
    }
    if (identify.hasEventSubscriptions)
        m_subscriptions = identify.eventSubscriptions;
    m_identified = true;
    m_identifyTimer.stop();
    send(ObsWsMessage::identified(1));
    Q_EMIT identified();
}

void RemoteSession::handleReidentify(const QJsonObject& d)
{
    ObsWsIdentify identify;
    ObsWsError error;
    if (!ObsWsMessage::readIdentify(d, true, &identify, &error)) {
        closeWith(error.closeCode, error.reason);
        return;
    }
    // Omitted means the default, as in Identify.
    m_subscriptions = identify.hasEventSubscriptions ? identify.eventSubscriptions : EventSubscription::All;
    send(ObsWsMessage::identified(1));
}

bool RemoteSession::takeTokens(int count)
{
    const double rate = std::max(1, m_config.requestsPerSecond);
    m_tokens = std::min(rate, m_tokens + rate * static_cast<double>(m_refill.restart()) / 1000.0);
    if (m_tokens < count) {
        noteRefusal();
        return false;
    }
    m_tokens -= count;
    m_refusedInRow = 0;
    return true;
}

void RemoteSession::noteRefusal()
{
    if (m_refusedInRow == 0)
        Q_EMIT refused(tr("%1 sends more than %2 requests per second; the extra ones are refused.")
                           .arg(peer())
                           .arg(m_config.requestsPerSecond));
    // Another second's worth of requests while refused: the client ignores the answers, cut it off.
    if (++m_refusedInRow > std::max(1, m_config.requestsPerSecond)) {
        Q_EMIT refused(tr("%1 kept flooding the server; disconnected.").arg(peer()));
        closeWith(QWebSocketProtocol::CloseCodePolicyViolated, tr("Too many requests."));
    }
}

RemoteResponse RemoteSession::run(const ObsWsRequest& request)
{
    if (!request.requestData.isUndefined() && !request.requestData.isNull() &&
        !request.requestData.isObject())
        return RemoteResponse::failure(RequestStatus::InvalidRequestFieldType,
                                       tr("The request data is not an object."));
    if (request.requestType.isEmpty())
        return RemoteResponse::failure(RequestStatus::MissingRequestType,
                                       tr("The request has no `requestType`."));
    return m_config.api->handle(request.requestType, request.requestData.toObject(), m_role);
}

void RemoteSession::handleRequest(const QJsonObject& d)
{
    ObsWsRequest request;
    ObsWsError error;
    if (!ObsWsMessage::readRequest(d, &request, &error)) {
        closeWith(error.closeCode, error.reason);
        return;
    }
    if (!takeTokens(1)) {
        send(ObsWsMessage::requestResponse(
            request, RequestStatus::NotReady,
            tr("Too many requests: at most %1 per second.").arg(m_config.requestsPerSecond), {}));
        return;
    }
    // The API may emit events while it handles the request; the response is still sent after them.
    const RemoteResponse response = run(request);
    send(ObsWsMessage::requestResponse(request, response.code, response.comment, response.data));
}

void RemoteSession::handleBatch(const QJsonObject& d)
{
    ObsWsBatch batch;
    ObsWsError error;
    if (!ObsWsMessage::readBatch(d, &batch, &error)) {
        closeWith(error.closeCode, error.reason);
        return;
    }
    QJsonArray results;
    if (!takeTokens(std::max<int>(1, static_cast<int>(batch.requests.size())))) {
        const QString comment =
            tr("Too many requests: at most %1 per second.").arg(m_config.requestsPerSecond);
        for (const ObsWsRequest& request : std::as_const(batch.requests)) {
            results.append(ObsWsMessage::requestResult(request, RequestStatus::NotReady, comment, {}));
            if (batch.haltOnFailure)
                break;
        }
        send(ObsWsMessage::batchResponse(batch.requestId, results));
        return;
    }
    // The API runs on this thread: Parallel is run serially too, its results in order (obs-websocket gives
    // them in the order they finish, which this is). haltOnFailure applies to the serial kinds, as there.
    const bool halt = batch.haltOnFailure && batch.executionType != ObsWsBatchExecution::Parallel;
    for (const ObsWsRequest& request : std::as_const(batch.requests)) {
        const RemoteResponse response = run(request);
        results.append(ObsWsMessage::requestResult(request, response.code, response.comment, response.data));
        if (halt && !response.ok())
            break;
        if (m_closing)
            break;
    }
    send(ObsWsMessage::batchResponse(batch.requestId, results));
}

} // namespace vitrine
