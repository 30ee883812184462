// Arbitrary bytes as one text frame from an obs-websocket client, and as an HTTP request head: the remote
// server's readers of outside input. A refusal must carry an obs-websocket close code and a reason; what is
// accepted is read on as Identify, Request and RequestBatch, and the answers built from it must parse back.
#include "remote/HttpRequestHead.h"
#include "remote/ObsWsMessage.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

void expectRefusal(const vitrine::ObsWsError& error)
{
    if (error.closeCode < 4002 || error.closeCode > 4012 || error.reason.isEmpty())
        std::abort();
}

void expectParses(const QByteArray& text, int op)
{
    vitrine::ObsWsMessage message;
    vitrine::ObsWsError error;
    if (!vitrine::ObsWsMessage::parse(text, &message, &error) || message.op != op)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));

    vitrine::HttpRequestHead head;
    const qsizetype length = vitrine::HttpRequestHead::headLength(bytes);
    if (length > 0 && vitrine::HttpRequestHead::parse(bytes.left(length), &head)) {
        if (head.method.isEmpty() || !head.path.startsWith(QLatin1Char('/')))
            std::abort();
        head.isWebSocketUpgrade();
    }
    vitrine::HttpRequestHead::parse(bytes, &head);

    vitrine::ObsWsMessage message;
    vitrine::ObsWsError error;
    if (!vitrine::ObsWsMessage::parse(bytes, &message, &error)) {
        expectRefusal(error);
        return 0;
    }
    if (message.op < 0 || message.op > 255)
        std::abort();

    vitrine::ObsWsIdentify identify;
    if (vitrine::ObsWsMessage::readIdentify(message.d, message.op == 3, &identify, &error)) {
        if (identify.rpcVersion < 0 || identify.rpcVersion > 255)
            std::abort();
    } else {
        expectRefusal(error);
    }

    vitrine::ObsWsRequest request;
    if (vitrine::ObsWsMessage::readRequest(message.d, &request, &error)) {
        expectParses(
            vitrine::ObsWsMessage::requestResponse(request, 204, QStringLiteral("unknown"), message.d), 7);
    } else {
        expectRefusal(error);
    }

    vitrine::ObsWsBatch batch;
    if (vitrine::ObsWsMessage::readBatch(message.d, &batch, &error)) {
        if (batch.executionType < 0 || batch.executionType > 2)
            std::abort();
        QJsonArray results;
        for (const vitrine::ObsWsRequest& item : std::as_const(batch.requests))
            results.append(vitrine::ObsWsMessage::requestResult(item, 100, {}, {}));
        expectParses(vitrine::ObsWsMessage::batchResponse(batch.requestId, results), 9);
    } else {
        expectRefusal(error);
    }
    expectParses(vitrine::ObsWsMessage::event(QStringLiteral("VendorEvent"), 512, message.d), 5);
    return 0;
}
