#include "remote/ObsWsMessage.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace vitrine {

namespace {

bool fail(ObsWsError* error, int code, const QString& reason)
{
    if (error)
        *error = {code, reason};
    return false;
}

// A JSON number that is a whole number from 0 to max (obs-websocket's is_number_unsigned, bounded).
bool readUnsigned(const QJsonValue& value, double max, qint64* out)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    if (!std::isfinite(number) || number < 0 || number > max || std::floor(number) != number)
        return false;
    *out = static_cast<qint64>(number);
    return true;
}

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject envelope(int op, const QJsonObject& d)
{
    return QJsonObject{{QStringLiteral("op"), op}, {QStringLiteral("d"), d}};
}

} // namespace

bool ObsWsMessage::parse(const QByteArray& frame, ObsWsMessage* message, ObsWsError* error)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(frame, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(error, ObsWsCloseCode::MessageDecodeError,
                    QCoreApplication::translate("ObsWsMessage", "The message is not valid JSON: %1.")
                        .arg(parseError.errorString()));
    if (!document.isObject())
        return fail(error, ObsWsCloseCode::MessageDecodeError,
                    QCoreApplication::translate("ObsWsMessage", "The message is not a JSON object."));
    const QJsonObject root = document.object();
    const QJsonValue op = root.value(QStringLiteral("op"));
    if (op.isUndefined()) {
        // obs-websocket 4's requests had "request-type" and no envelope.
        if (root.contains(QStringLiteral("request-type")))
            return fail(
                error, ObsWsCloseCode::UnsupportedRpcVersion,
                QCoreApplication::translate(
                    "ObsWsMessage",
                    "This server speaks obs-websocket 5; obs-websocket 4 messages are not supported."));
        return fail(error, ObsWsCloseCode::MissingDataField,
                    QCoreApplication::translate("ObsWsMessage", "The message has no `op`."));
    }
    qint64 opCode = 0;
    if (!readUnsigned(op, 255, &opCode))
        return fail(
            error, ObsWsCloseCode::InvalidDataFieldType,
            QCoreApplication::translate("ObsWsMessage", "The message's `op` is not an unsigned number."));
    const QJsonValue d = root.value(QStringLiteral("d"));
    if (d.isUndefined() || d.isNull())
        return fail(error, ObsWsCloseCode::MissingDataField,
                    QCoreApplication::translate("ObsWsMessage", "The message has no data (`d`)."));
    if (!d.isObject())
        return fail(
            error, ObsWsCloseCode::InvalidDataFieldType,
            QCoreApplication::translate("ObsWsMessage", "The message's data (`d`) is not an object."));
    if (message) {
        message->op = static_cast<int>(opCode);
        message->d = d.toObject();
    }
    return true;
}

bool ObsWsMessage::readIdentify(const QJsonObject& d, bool reidentify, ObsWsIdentify* identify,
                                ObsWsError* error)
{
    ObsWsIdentify result;
    if (!reidentify) {
        const QJsonValue rpcVersion = d.value(QStringLiteral("rpcVersion"));
        if (rpcVersion.isUndefined())
            return fail(error, ObsWsCloseCode::MissingDataField,
                        QCoreApplication::translate("ObsWsMessage", "The Identify has no `rpcVersion`."));
        if (!readUnsigned(rpcVersion, 255, &result.rpcVersion))
            return fail(error, ObsWsCloseCode::InvalidDataFieldType,
                        QCoreApplication::translate(
                            "ObsWsMessage", "The Identify's `rpcVersion` is not an unsigned number."));
        const QJsonValue authentication = d.value(QStringLiteral("authentication"));
        if (!authentication.isUndefined()) {
            // A non-string answer is a failed authentication, not a type error (obs-websocket's choice).
            result.hasAuthentication = authentication.isString();
            result.authentication = authentication.toString();
        }
    }
    const QJsonValue subscriptions = d.value(QStringLiteral("eventSubscriptions"));
    if (!subscriptions.isUndefined() && !subscriptions.isNull()) {
        qint64 bits = 0;
        if (!readUnsigned(subscriptions, 4294967295.0, &bits))
            return fail(error, ObsWsCloseCode::InvalidDataFieldType,
                        QCoreApplication::translate(
                            "ObsWsMessage", "The `eventSubscriptions` is not an unsigned 32-bit number."));
        result.hasEventSubscriptions = true;
        result.eventSubscriptions = static_cast<quint32>(bits);
    }
    if (identify)
        *identify = result;
    return true;
}

bool ObsWsMessage::readRequest(const QJsonObject& d, ObsWsRequest* request, ObsWsError* error)
{
    const QJsonValue requestId = d.value(QStringLiteral("requestId"));
    if (requestId.isUndefined())
        return fail(error, ObsWsCloseCode::MissingDataField,
                    QCoreApplication::translate("ObsWsMessage", "The Request has no `requestId`."));
    const QJsonValue requestType = d.value(QStringLiteral("requestType"));
    if (requestType.isUndefined())
        return fail(error, ObsWsCloseCode::MissingDataField,
                    QCoreApplication::translate("ObsWsMessage", "The Request has no `requestType`."));
    if (!requestType.isString())
        return fail(
            error, ObsWsCloseCode::InvalidDataFieldType,
            QCoreApplication::translate("ObsWsMessage", "The Request's `requestType` is not a string."));
    if (request) {
        request->requestType = requestType.toString();
        request->requestId = requestId;
        request->requestData = d.value(QStringLiteral("requestData"));
    }
    return true;
}

bool ObsWsMessage::readBatch(const QJsonObject& d, ObsWsBatch* batch, ObsWsError* error)
{
    ObsWsBatch result;
    result.requestId = d.value(QStringLiteral("requestId"));
    if (result.requestId.isUndefined())
        return fail(error, ObsWsCloseCode::MissingDataField,
                    QCoreApplication::translate("ObsWsMessage", "The RequestBatch has no `requestId`."));
    const QJsonValue executionType = d.value(QStringLiteral("executionType"));
    if (!executionType.isUndefined() && !executionType.isNull()) {
        qint64 type = 0;
        if (!readUnsigned(executionType, 1e9, &type))
            return fail(error, ObsWsCloseCode::InvalidDataFieldType,
                        QCoreApplication::translate(
                            "ObsWsMessage", "The RequestBatch's `executionType` is not an unsigned number."));
        if (type > ObsWsBatchExecution::Parallel)
            return fail(error, ObsWsCloseCode::InvalidDataFieldValue,
                        QCoreApplication::translate(
                            "ObsWsMessage", "The RequestBatch's `executionType` has an invalid value."));
        result.executionType = static_cast<int>(type);
    }
    const QJsonValue halt = d.value(QStringLiteral("haltOnFailure"));
    if (!halt.isUndefined() && !halt.isNull()) {
        if (!halt.isBool())
            return fail(error, ObsWsCloseCode::InvalidDataFieldType,
                        QCoreApplication::translate("ObsWsMessage",
                                                    "The RequestBatch's `haltOnFailure` is not a boolean."));
        result.haltOnFailure = halt.toBool();
    }
    const QJsonValue requests = d.value(QStringLiteral("requests"));
    if (requests.isUndefined())
        return fail(error, ObsWsCloseCode::MissingDataField,
                    QCoreApplication::translate("ObsWsMessage", "The RequestBatch has no `requests`."));
    if (!requests.isArray())
        return fail(
            error, ObsWsCloseCode::InvalidDataFieldType,
            QCoreApplication::translate("ObsWsMessage", "The RequestBatch's `requests` is not an array."));
    const QJsonArray array = requests.toArray();
    result.requests.reserve(array.size());
    for (const QJsonValue& item : array) {
        const QJsonObject object = item.toObject();
        ObsWsRequest request;
        request.requestType = object.value(QStringLiteral("requestType")).toString();
        request.requestId = object.value(QStringLiteral("requestId"));
        request.requestData = object.value(QStringLiteral("requestData"));
        result.requests.append(request);
    }
    if (batch)
        *batch = result;
    return true;
}

QByteArray ObsWsMessage::hello(const QString& obsStudioVersion, const QString& obsWebSocketVersion,
                               const QString& challenge, const QString& salt)
{
    QJsonObject d{{QStringLiteral("obsStudioVersion"), obsStudioVersion},
                  {QStringLiteral("obsWebSocketVersion"), obsWebSocketVersion},
                  {QStringLiteral("rpcVersion"), 1}};
    if (!challenge.isEmpty())
        d.insert(QStringLiteral("authentication"),
                 QJsonObject{{QStringLiteral("challenge"), challenge}, {QStringLiteral("salt"), salt}});
    return compact(envelope(ObsWsOpCode::Hello, d));
}

QByteArray ObsWsMessage::identified(int negotiatedRpcVersion)
{
    return compact(envelope(ObsWsOpCode::Identified,
                            QJsonObject{{QStringLiteral("negotiatedRpcVersion"), negotiatedRpcVersion}}));
}

QByteArray ObsWsMessage::event(const QString& eventType, quint32 intent, const QJsonObject& eventData)
{
    QJsonObject d{{QStringLiteral("eventType"), eventType},
                  {QStringLiteral("eventIntent"), static_cast<qint64>(intent)}};
    if (!eventData.isEmpty())
        d.insert(QStringLiteral("eventData"), eventData);
    return compact(envelope(ObsWsOpCode::Event, d));
}

QJsonObject ObsWsMessage::requestResult(const ObsWsRequest& request, int code, const QString& comment,
                                        const QJsonObject& responseData)
{
    QJsonObject status{{QStringLiteral("result"), code == 100}, {QStringLiteral("code"), code}};
    if (!comment.isEmpty())
        status.insert(QStringLiteral("comment"), comment);
    QJsonObject result{{QStringLiteral("requestType"), request.requestType},
                       {QStringLiteral("requestStatus"), status}};
    if (!request.requestId.isUndefined() && !request.requestId.isNull())
        result.insert(QStringLiteral("requestId"), request.requestId);
    if (!responseData.isEmpty())
        result.insert(QStringLiteral("responseData"), responseData);
    return result;
}

QByteArray ObsWsMessage::requestResponse(const ObsWsRequest& request, int code, const QString& comment,
                                         const QJsonObject& responseData)
{
    return compact(
        envelope(ObsWsOpCode::RequestResponse, requestResult(request, code, comment, responseData)));
}

QByteArray ObsWsMessage::batchResponse(const QJsonValue& requestId, const QJsonArray& results)
{
    return compact(
        envelope(ObsWsOpCode::RequestBatchResponse, QJsonObject{{QStringLiteral("requestId"), requestId},
                                                                {QStringLiteral("results"), results}}));
}

} // namespace vitrine
