// Arbitrary bytes as a YouTube liveChatMessages.list page, a liveBroadcasts.list answer and a Google API
// error body.
#include "chat/YouTubeChatPage.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    vitrine::YouTubeChatPage page;
    QString error;
    if (vitrine::YouTubeChatPage::parse(bytes, QStringLiteral("CHAT"), QDateTime::currentDateTimeUtc(), &page,
                                        &error)) {
        for (const vitrine::ChatMessage& message : std::as_const(page.messages)) {
            if (message.id.isEmpty() || message.platform != vitrine::ChatPlatform::YouTube)
                std::abort();
        }
    } else if (error.isEmpty()) {
        std::abort();
    }
    QString liveChatId;
    bool found = false;
    if (vitrine::parseYouTubeBroadcastChatId(bytes, &liveChatId, &found, &error) && !found &&
        !liveChatId.isEmpty())
        std::abort();
    vitrine::YouTubeApiError apiError;
    if (vitrine::YouTubeApiError::parse(bytes, &apiError))
        (void)apiError.isPermanent();
    return 0;
}
