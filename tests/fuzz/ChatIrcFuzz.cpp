// Arbitrary bytes as Twitch IRC lines (IRCv3 tags, prefix, command, params), each turned into its chat
// event; emote positions must stay inside the message text.
#include "chat/IrcMessage.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    for (const QByteArray& line : bytes.split('\n')) {
        vitrine::IrcMessage message;
        QString error;
        if (!vitrine::IrcMessage::parse(line, &message, &error)) {
            if (error.isEmpty())
                std::abort(); // a refusal always says why
            continue;
        }
        if (message.command.isEmpty())
            std::abort();
        const vitrine::TwitchChatEvent event = vitrine::twitchChatEvent(message);
        for (const vitrine::ChatEmote& emote : event.message.emotes) {
            if (emote.start < 0 || emote.end < emote.start || emote.end >= event.message.text.size())
                std::abort();
        }
        if (event.type == vitrine::TwitchChatEvent::Type::Message && event.message.id.isEmpty())
            std::abort();
    }
    vitrine::parseTwitchEmotes(QString::fromUtf8(bytes));
    return 0;
}
