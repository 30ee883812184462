#pragma once

#include "chat/ChatMessage.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

namespace vitrine {

// One IRC line (RFC 1459 framing with IRCv3 message tags), parsed without any networking so it can be
// fuzzed: "@key=value;key2 :nick!user@host COMMAND param1 param2 :trailing text".
struct IrcMessage {
    QHash<QString, QString> tags; // values unescaped (\s \: \\ \r \n)
    QString prefix;               // "nick!user@host" or a server name; empty when absent
    QString command;              // upper-cased verb or 3-digit numeric
    QStringList params;           // the trailing parameter, if any, is the last one

    QString nick() const; // the prefix up to '!', or the whole prefix
    QString param(int index) const { return params.value(index); }

    // Parses one line (without or with its trailing CR LF). False with a translated reason when the
    // line has no command or is not UTF-8-decodable garbage that cannot be a message.
    static bool parse(const QByteArray& line, IrcMessage* message, QString* error);
    static QString unescapeTagValue(const QString& value);
};

// What one Twitch IRC line means for the chat.
struct TwitchChatEvent {
    enum class Type {
        None,           // nothing for the chat (numerics, JOIN, CAP ACK, ROOMSTATE…)
        Message,        // PRIVMSG or USERNOTICE: `message` is set
        MessageDeleted, // CLEARMSG: `messageId`
        AuthorCleared,  // CLEARCHAT with a user: `authorId` (may be empty), `authorName`
        ChatCleared,    // CLEARCHAT without a user
        Ping,           // answer "PONG :" + `pingToken`
        Reconnect,      // the server is going away: reconnect now
        Notice,         // NOTICE: `notice` (login failures, "you are banned"…)
    };
    Type type = Type::None;
    ChatMessage message;
    QString messageId;
    QString authorId;
    QString authorName;
    QString pingToken;
    QString notice;
};

// Turns a parsed line into a chat event (Twitch's tags: display-name, color, badges, emotes, id,
// tmi-sent-ts, bits, msg-id, system-msg, target-msg-id, target-user-id…). `arrival` becomes the
// message's arrivalTime.
TwitchChatEvent twitchChatEvent(const IrcMessage& line, const QDateTime& arrival = {});

// Sets the moderator, subscriber (founder too) and broadcaster flags from Twitch badges ("moderator/1"…).
void applyTwitchBadges(ChatAuthor* author);

// "25:0-4,12-16/1902:6-10" → emotes sorted by start; malformed parts are skipped.
QList<ChatEmote> parseTwitchEmotes(const QString& tag);

} // namespace vitrine
