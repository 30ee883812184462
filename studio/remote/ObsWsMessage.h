#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace vitrine {

// obs-websocket 5's message types (WebSocketOpCode in its protocol.md).
namespace ObsWsOpCode {
enum : int {
    Hello = 0,
    Identify = 1,
    Identified = 2,
    Reidentify = 3,
    Event = 5,
    Request = 6,
    RequestResponse = 7,
    RequestBatch = 8,
    RequestBatchResponse = 9,
};
} // namespace ObsWsOpCode

// obs-websocket 5's close codes (WebSocketCloseCode).
namespace ObsWsCloseCode {
enum : int {
    MessageDecodeError = 4002,
    MissingDataField = 4003,
    InvalidDataFieldType = 4004,
    InvalidDataFieldValue = 4005,
    UnknownOpCode = 4006,
    NotIdentified = 4007,
    AlreadyIdentified = 4008,
    AuthenticationFailed = 4009,
    UnsupportedRpcVersion = 4010,
    SessionInvalidated = 4011,
    UnsupportedFeature = 4012,
};
} // namespace ObsWsCloseCode

// obs-websocket 5's RequestBatchExecutionType.
namespace ObsWsBatchExecution {
enum : int { SerialRealtime = 0, SerialFrame = 1, Parallel = 2 };
} // namespace ObsWsBatchExecution

// Why a message ends the connection: the close code and the reason sent with it.
struct ObsWsError {
    int closeCode = 0;
    QString reason;
    bool isError() const { return closeCode != 0; }
};

// The fields of an Identify or Reidentify, checked.
struct ObsWsIdentify {
    qint64 rpcVersion = 0;
    bool hasAuthentication = false;
    QString authentication;
    bool hasEventSubscriptions = false;
    quint32 eventSubscriptions = 0;
};

// One request, alone (op 6) or in a batch: requestType "" when it was missing or not a string (then answered
// with MissingRequestType in a batch), requestId mirrored as sent.
struct ObsWsRequest {
    QString requestType;
    QJsonValue requestId = QJsonValue(QJsonValue::Undefined);
    QJsonValue requestData = QJsonValue(QJsonValue::Undefined); // an object, or anything else when malformed
};

struct ObsWsBatch {
    QJsonValue requestId;
    bool haltOnFailure = false;
    int executionType = ObsWsBatchExecution::SerialRealtime;
    QList<ObsWsRequest> requests;
};

// One text frame of obs-websocket's JSON subprotocol (obswebsocket.json), read and written. Pure: no sockets.
// Each reader fills its result or says precisely why the connection must close, as obs-websocket does.
struct ObsWsMessage {
    int op = -1;
    QJsonObject d;

    // {"op": number, "d": object}: malformed JSON or not an object → MessageDecodeError; a missing op or d →
    // MissingDataField; an op that is not a non-negative integer or a d that is not an object →
    // InvalidDataFieldType; an obs-websocket 4 message (request-type, no op) → UnsupportedRpcVersion.
    static bool parse(const QByteArray& frame, ObsWsMessage* message, ObsWsError* error);

    // The data of an Identify (rpcVersion required) or a Reidentify (only eventSubscriptions).
    static bool readIdentify(const QJsonObject& d, bool reidentify, ObsWsIdentify* identify,
                             ObsWsError* error);
    // The data of a Request: requestId and a string requestType are required.
    static bool readRequest(const QJsonObject& d, ObsWsRequest* request, ObsWsError* error);
    // The data of a RequestBatch: requestId and requests required; executionType 0, 1 or 2.
    static bool readBatch(const QJsonObject& d, ObsWsBatch* batch, ObsWsError* error);

    // Builders of what the server sends, as compact JSON text.
    // Hello: no authentication object when challenge is empty (no password set).
    static QByteArray hello(const QString& obsStudioVersion, const QString& obsWebSocketVersion,
                            const QString& challenge, const QString& salt);
    static QByteArray identified(int negotiatedRpcVersion);
    static QByteArray event(const QString& eventType, quint32 intent, const QJsonObject& eventData);
    static QByteArray requestResponse(const ObsWsRequest& request, int code, const QString& comment,
                                      const QJsonObject& responseData);
    // One entry of a RequestBatchResponse's results.
    static QJsonObject requestResult(const ObsWsRequest& request, int code, const QString& comment,
                                     const QJsonObject& responseData);
    static QByteArray batchResponse(const QJsonValue& requestId, const QJsonArray& results);
};

} // namespace vitrine
