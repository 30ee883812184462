// Arbitrary bytes as a Server-Sent Events stream, fed whole and in pieces whose sizes come from the input:
// the events must not depend on where chunks end. Each event's data goes through the Facebook comment
// and custom feed parsers.
#include "chat/CustomChatFrame.h"
#include "chat/FacebookComment.h"
#include "chat/SseParser.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return 0;
    const int step = 1 + data[0] % 16;
    const QByteArray bytes(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1));

    vitrine::SseParser whole;
    const QList<vitrine::SseEvent> expected = whole.feed(bytes);
    vitrine::SseParser pieces;
    QList<vitrine::SseEvent> events;
    for (qsizetype i = 0; i < bytes.size(); i += step)
        events += pieces.feed(bytes.mid(i, step));
    if (events != expected || whole.lastEventId() != pieces.lastEventId() ||
        whole.retryMillis() != pieces.retryMillis())
        std::abort();

    for (const vitrine::SseEvent& event : expected) {
        const QByteArray payload = event.data.toUtf8();
        vitrine::ChatMessage message;
        QString error;
        if (!vitrine::parseFacebookComment(payload, QStringLiteral("444"), {}, &message, &error) &&
            error.isEmpty())
            std::abort();
        vitrine::CustomChatFrame frame;
        if (!vitrine::CustomChatFrame::parse(payload, QStringLiteral("feed"), {}, &frame, &error) &&
            error.isEmpty())
            std::abort();
    }
    // The data lines alone, as a Facebook payload.
    vitrine::ChatMessage message;
    QString error;
    vitrine::parseFacebookComment(bytes, QStringLiteral("444"), {}, &message, &error);
    return 0;
}
