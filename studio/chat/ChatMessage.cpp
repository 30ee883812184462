#include "chat/ChatMessage.h"

namespace vitrine {

QString chatPlatformKey(ChatPlatform platform)
{
    switch (platform) {
    case ChatPlatform::Twitch:
        return QStringLiteral("twitch");
    case ChatPlatform::YouTube:
        return QStringLiteral("youtube");
    case ChatPlatform::Facebook:
        return QStringLiteral("facebook");
    case ChatPlatform::Custom:
        break;
    }
    return QStringLiteral("custom");
}

bool chatPlatformFromKey(const QString& key, ChatPlatform* platform)
{
    for (ChatPlatform p :
         {ChatPlatform::Twitch, ChatPlatform::YouTube, ChatPlatform::Facebook, ChatPlatform::Custom}) {
        if (chatPlatformKey(p) == key) {
            *platform = p;
            return true;
        }
    }
    return false;
}

QString chatMessageKindKey(ChatMessageKind kind)
{
    switch (kind) {
    case ChatMessageKind::Paid:
        return QStringLiteral("paid");
    case ChatMessageKind::Membership:
        return QStringLiteral("membership");
    case ChatMessageKind::System:
        return QStringLiteral("system");
    case ChatMessageKind::Message:
        break;
    }
    return QStringLiteral("message");
}

QString ChatMessage::key() const
{
    return chatPlatformKey(platform) + QLatin1Char(':') + id;
}

} // namespace vitrine
