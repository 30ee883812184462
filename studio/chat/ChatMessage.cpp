#include "chat/ChatMessage.h"

namespace vitrine {

const PlatformInfo& chatPlatformInfo(ChatPlatform platform)
{
    switch (platform) {
    case ChatPlatform::Twitch:
        return Platform::info(u"twitch");
    case ChatPlatform::YouTube:
        return Platform::info(u"youtube");
    case ChatPlatform::Facebook:
        return Platform::info(u"facebook");
    case ChatPlatform::Custom:
        break;
    }
    return Platform::custom();
}

QString chatPlatformKey(ChatPlatform platform)
{
    return chatPlatformInfo(platform).key;
}

bool chatPlatformFromKey(const QString& key, ChatPlatform* platform)
{
    for (ChatPlatform p : kChatPlatforms) {
        if (chatPlatformInfo(p).key == key) {
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
