#pragma once

#include "show/Platform.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace vitrine {

// The platforms the studio reads the chat of: a subset of the platform table (show/Platform.h).
enum class ChatPlatform { Twitch, YouTube, Facebook, Custom };
inline constexpr ChatPlatform kChatPlatforms[] = {ChatPlatform::Twitch, ChatPlatform::YouTube,
                                                  ChatPlatform::Facebook, ChatPlatform::Custom};

// Its line of the platform table: name, colour, badge letter, utm_source.
const PlatformInfo& chatPlatformInfo(ChatPlatform platform);
// "twitch", "youtube", "facebook", "custom": the spelling used on the command line and in the chat log.
QString chatPlatformKey(ChatPlatform platform);
// The reverse; false for an unknown key.
bool chatPlatformFromKey(const QString& key, ChatPlatform* platform);

enum class ChatMessageKind {
    Message,    // an ordinary chat line
    Paid,       // Super Chat, Bits cheer, Stars…: paidAmount holds the platform's display text
    Membership, // new member / subscriber / gifted subscription
    System      // platform notices (raids, announcements, "chat was cleared")
};
QString chatMessageKindKey(ChatMessageKind kind); // "message", "paid", "membership", "system"

// An emote inside ChatMessage::text, as UTF-16 code unit positions [start, end] inclusive (Twitch's
// convention).
struct ChatEmote {
    QString id;
    int start = 0;
    int end = 0;
    friend bool operator==(const ChatEmote&, const ChatEmote&) = default;
};

struct ChatAuthor {
    QString id;         // the platform's stable user id (Twitch user-id, YouTube channel id, Facebook id)
    QString name;       // display name as the platform shows it
    QString color;      // "#RRGGBB", empty when the platform gives none
    QStringList badges; // the platform's badge names, e.g. "moderator/1", "subscriber/12", "member"
    bool moderator = false;
    bool subscriber = false; // Twitch subscriber, YouTube member (sponsor)
    bool broadcaster = false;
    friend bool operator==(const ChatAuthor&, const ChatAuthor&) = default;
};

// One chat message from any platform, as the merged chat shows it.
struct ChatMessage {
    QString id; // the platform's message id; unique per platform
    ChatPlatform platform = ChatPlatform::Custom;
    QString channel; // channel login, liveChatId or live video id
    ChatAuthor author;
    QString text; // plain text: "/me" unwrapped, HTML entities decoded
    QList<ChatEmote> emotes;
    ChatMessageKind kind = ChatMessageKind::Message;
    QString paidAmount;     // e.g. "€5.00" or "100 bits"; empty unless kind is Paid
    QDateTime platformTime; // when the platform says it was sent (UTC)
    QDateTime arrivalTime;  // when the studio received it (UTC), set by the connector

    // Merged-chat identity: the same id on two platforms is two messages.
    QString key() const;
    friend bool operator==(const ChatMessage&, const ChatMessage&) = default;
};

} // namespace vitrine

Q_DECLARE_METATYPE(vitrine::ChatMessage)
