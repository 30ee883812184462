#pragma once

#include "chat/ChatMessage.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace vitrine {

// The generic chat feed ("custom" platform, documented in the README): one JSON object per WebSocket
// text frame.
//   {"type":"message","id":"42","author":{"id":"u1","name":"Léa","color":"#FF8800","badges":["moderator"]},
//    "text":"Is it available in blue?","kind":"message","amount":"","time":"2024-05-01T18:03:12Z"}
//   {"type":"delete","id":"42"}          {"type":"clear"}
//   {"type":"clear_author","author_id":"u1","author_name":"Léa"}
// "type" defaults to "message"; "author" may also be a plain name; "kind" is message, paid, membership or
// system; "time" is ISO 8601 or milliseconds since the epoch. Text is HTML-entity decoded.
struct CustomChatFrame {
    enum class Type { Message, Delete, Clear, ClearAuthor };
    Type type = Type::Message;
    ChatMessage message; // Type::Message
    QString messageId;   // Type::Delete
    QString authorId;    // Type::ClearAuthor
    QString authorName;  // Type::ClearAuthor

    static bool parse(const QByteArray& json, const QString& feedName, const QDateTime& arrival,
                      CustomChatFrame* frame, QString* error);
};

} // namespace vitrine
