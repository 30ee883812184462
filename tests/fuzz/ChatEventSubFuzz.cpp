// Arbitrary bytes as one Twitch EventSub WebSocket frame (JSON: metadata, payload with session,
// subscription and event): a refusal always says why, and a chat message keeps its emotes inside its text.
#include "chat/TwitchEventSubFrame.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    vitrine::TwitchEventSubFrame frame;
    QString error;
    if (!vitrine::TwitchEventSubFrame::parse(bytes, &frame, &error)) {
        if (error.isEmpty())
            std::abort(); // a refusal always says why
        return 0;
    }
    if (frame.type == vitrine::TwitchEventSubFrame::Type::Welcome && frame.sessionId.isEmpty())
        std::abort();
    if (frame.type == vitrine::TwitchEventSubFrame::Type::Reconnect && !frame.reconnectUrl.isValid())
        std::abort();
    const vitrine::ChatMessage& message = frame.event.message;
    for (const vitrine::ChatEmote& emote : message.emotes) {
        if (emote.start < 0 || emote.end < emote.start || emote.end >= message.text.size())
            std::abort();
    }
    if (frame.event.type == vitrine::TwitchChatEvent::Type::Message && message.id.isEmpty())
        std::abort();
    return 0;
}
