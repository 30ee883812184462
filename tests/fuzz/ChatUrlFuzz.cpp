// Arbitrary text as a pasted chat address or spec (ChatUrl), and arbitrary bytes as the YouTube Data API
// answers the live chat lookup reads (channels.list, search.list, videos.list).
#include "chat/ChatUrl.h"
#include "chat/YouTubeLiveChatResolver.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    vitrine::ChatSpec spec;
    QString error;
    if (vitrine::ChatUrl::parse(QString::fromUtf8(bytes), &spec, &error)) {
        // What an address is stored as reads back as the same chat (a typed spec keeps its endpoint, which
        // toString() leaves out), and every chat describes itself.
        vitrine::ChatSpec again;
        if (spec.endpoint.isEmpty() && (!vitrine::ChatSpec::parse(spec.toString(), &again, &error) ||
                                        again.toString() != spec.toString()))
            std::abort();
        if (vitrine::ChatUrl::describe(spec).isEmpty())
            std::abort();
    } else if (error.isEmpty()) {
        std::abort();
    }
    using Resolver = vitrine::YouTubeLiveChatResolver;
    QString id;
    if (!Resolver::parseChannelId(bytes, &id, &error) && error.isEmpty())
        std::abort();
    if (!Resolver::parseLiveVideoId(bytes, &id, &error) && error.isEmpty())
        std::abort();
    Resolver::VideoChat chat;
    if (Resolver::parseVideoChat(bytes, &chat, &error) && !chat.found &&
        (chat.isLive || !chat.activeLiveChatId.isEmpty()))
        std::abort();
    return 0;
}
