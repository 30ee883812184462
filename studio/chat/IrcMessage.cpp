#include "chat/IrcMessage.h"

#include <QCoreApplication>

#include <algorithm>

namespace vitrine {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("vitrine::IrcMessage", text);
}

// Twitch counts emote positions in Unicode code points; ChatEmote uses UTF-16 code units. Each code point's
// first and last UTF-16 index, computed once per message (a hostile tag may list thousands of ranges).
struct CodePointIndex {
    QList<int> first;
    QList<int> last;
    explicit CodePointIndex(const QString& text)
    {
        for (int i = 0; i < text.size(); ++i) {
            first << i;
            if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
                ++i;
            last << i;
        }
    }
};

QList<ChatEmote> emotesInText(const QString& tag, const QString& text, int offset)
{
    QList<ChatEmote> result;
    if (tag.isEmpty())
        return result;
    const CodePointIndex index(text);
    for (const ChatEmote& raw : parseTwitchEmotes(tag)) {
        if (raw.end >= index.first.size())
            continue; // positions outside the text: a malformed tag, not worth dropping the message for
        result << ChatEmote{raw.id, index.first.at(raw.start) + offset, index.last.at(raw.end) + offset};
    }
    return result;
}

QDateTime fromMillisTag(const QString& value)
{
    bool ok = false;
    const qint64 millis = value.toLongLong(&ok);
    if (!ok || millis < 0 || millis > 253402300799999LL) // beyond year 9999 is garbage
        return {};
    return QDateTime::fromMSecsSinceEpoch(millis, Qt::UTC);
}

ChatAuthor authorFromTags(const IrcMessage& line)
{
    ChatAuthor author;
    author.id = line.tags.value(QStringLiteral("user-id"));
    author.name = line.tags.value(QStringLiteral("display-name")).trimmed();
    if (author.name.isEmpty())
        author.name = line.tags.value(QStringLiteral("login"));
    if (author.name.isEmpty())
        author.name = line.nick();
    const QString color = line.tags.value(QStringLiteral("color"));
    if (color.size() == 7 && color.startsWith(QLatin1Char('#')))
        author.color = color.toUpper();
    const QString badges = line.tags.value(QStringLiteral("badges"));
    if (!badges.isEmpty())
        author.badges = badges.split(QLatin1Char(','), Qt::SkipEmptyParts);
    applyTwitchBadges(&author);
    if (line.tags.value(QStringLiteral("mod")) == QLatin1String("1"))
        author.moderator = true;
    if (line.tags.value(QStringLiteral("subscriber")) == QLatin1String("1"))
        author.subscriber = true;
    return author;
}

QString channelName(const QString& param)
{
    return param.startsWith(QLatin1Char('#')) ? param.mid(1) : param;
}

} // namespace

QString IrcMessage::nick() const
{
    const qsizetype bang = prefix.indexOf(QLatin1Char('!'));
    return bang < 0 ? prefix : prefix.left(bang);
}

QString IrcMessage::unescapeTagValue(const QString& value)
{
    QString result;
    result.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c != QLatin1Char('\\')) {
            result += c;
            continue;
        }
        if (++i >= value.size())
            break; // a lone backslash at the end is dropped (IRCv3)
        switch (value.at(i).unicode()) {
        case ':':
            result += QLatin1Char(';');
            break;
        case 's':
            result += QLatin1Char(' ');
            break;
        case '\\':
            result += QLatin1Char('\\');
            break;
        case 'r':
            result += QLatin1Char('\r');
            break;
        case 'n':
            result += QLatin1Char('\n');
            break;
        default:
            result += value.at(i); // an unknown escape stands for the character itself
        }
    }
    return result;
}

bool IrcMessage::parse(const QByteArray& rawLine, IrcMessage* message, QString* error)
{
    *message = IrcMessage();
    QByteArray bytes = rawLine;
    while (bytes.endsWith('\n') || bytes.endsWith('\r'))
        bytes.chop(1);
    const QString line = QString::fromUtf8(bytes);
    qsizetype pos = 0;
    const qsizetype size = line.size();
    auto skipSpaces = [&] {
        while (pos < size && line.at(pos) == QLatin1Char(' '))
            ++pos;
    };
    auto token = [&] {
        const qsizetype start = pos;
        while (pos < size && line.at(pos) != QLatin1Char(' '))
            ++pos;
        return line.mid(start, pos - start);
    };

    if (line.contains(QChar(0)) || line.contains(QLatin1Char('\n')) || line.contains(QLatin1Char('\r'))) {
        if (error)
            *error = tr("an IRC line holds a control character where none may be");
        return false;
    }
    if (pos < size && line.at(pos) == QLatin1Char('@')) {
        ++pos;
        const QString tagText = token();
        for (const QString& tag : tagText.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const qsizetype equals = tag.indexOf(QLatin1Char('='));
            const QString key = equals < 0 ? tag : tag.left(equals);
            if (key.isEmpty())
                continue;
            message->tags.insert(key, equals < 0 ? QString() : unescapeTagValue(tag.mid(equals + 1)));
        }
        skipSpaces();
    }
    if (pos < size && line.at(pos) == QLatin1Char(':')) {
        ++pos;
        message->prefix = token();
        skipSpaces();
    }
    message->command = token().toUpper();
    if (message->command.isEmpty()) {
        if (error)
            *error = tr("an IRC line has no command");
        return false;
    }
    for (;;) {
        skipSpaces();
        if (pos >= size)
            break;
        if (line.at(pos) == QLatin1Char(':')) {
            message->params << line.mid(pos + 1);
            break;
        }
        message->params << token();
    }
    return true;
}

void applyTwitchBadges(ChatAuthor* author)
{
    for (const QString& badge : std::as_const(author->badges)) {
        const QString name = badge.section(QLatin1Char('/'), 0, 0);
        if (name == QLatin1String("moderator"))
            author->moderator = true;
        else if (name == QLatin1String("subscriber") || name == QLatin1String("founder"))
            author->subscriber = true;
        else if (name == QLatin1String("broadcaster"))
            author->broadcaster = true;
    }
}

QList<ChatEmote> parseTwitchEmotes(const QString& tag)
{
    QList<ChatEmote> emotes;
    for (const QString& emote : tag.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        const qsizetype colon = emote.lastIndexOf(QLatin1Char(':'));
        if (colon <= 0)
            continue;
        const QString id = emote.left(colon);
        for (const QString& range : emote.mid(colon + 1).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const qsizetype dash = range.indexOf(QLatin1Char('-'));
            if (dash <= 0)
                continue;
            bool startOk = false;
            bool endOk = false;
            const int start = range.left(dash).toInt(&startOk);
            const int end = range.mid(dash + 1).toInt(&endOk);
            if (!startOk || !endOk || start < 0 || end < start || end > 100000)
                continue;
            emotes << ChatEmote{id, start, end};
        }
    }
    std::sort(emotes.begin(), emotes.end(),
              [](const ChatEmote& a, const ChatEmote& b) { return a.start < b.start; });
    return emotes;
}

TwitchChatEvent twitchChatEvent(const IrcMessage& line, const QDateTime& arrival)
{
    TwitchChatEvent event;
    const QString& command = line.command;
    if (command == QLatin1String("PING")) {
        event.type = TwitchChatEvent::Type::Ping;
        event.pingToken = line.params.value(0, QStringLiteral("tmi.twitch.tv"));
        return event;
    }
    if (command == QLatin1String("RECONNECT")) {
        event.type = TwitchChatEvent::Type::Reconnect;
        return event;
    }
    if (command == QLatin1String("NOTICE")) {
        event.type = TwitchChatEvent::Type::Notice;
        event.notice = line.params.value(1);
        return event;
    }
    if (command == QLatin1String("CLEARMSG")) {
        event.messageId = line.tags.value(QStringLiteral("target-msg-id"));
        if (!event.messageId.isEmpty())
            event.type = TwitchChatEvent::Type::MessageDeleted;
        return event;
    }
    if (command == QLatin1String("CLEARCHAT")) {
        if (line.params.size() >= 2 && !line.params.at(1).isEmpty()) {
            event.type = TwitchChatEvent::Type::AuthorCleared;
            event.authorId = line.tags.value(QStringLiteral("target-user-id"));
            event.authorName = line.params.at(1);
        } else {
            event.type = TwitchChatEvent::Type::ChatCleared;
        }
        return event;
    }
    const bool privmsg = command == QLatin1String("PRIVMSG");
    const bool usernotice = command == QLatin1String("USERNOTICE");
    if ((!privmsg && !usernotice) || line.params.isEmpty())
        return event;

    ChatMessage& message = event.message;
    message.platform = ChatPlatform::Twitch;
    message.id = line.tags.value(QStringLiteral("id"));
    message.channel = channelName(line.params.at(0));
    message.author = authorFromTags(line);
    message.platformTime = fromMillisTag(line.tags.value(QStringLiteral("tmi-sent-ts")));
    message.arrivalTime = arrival;
    QString text = line.params.value(1);
    const QString emoteTag = line.tags.value(QStringLiteral("emotes"));

    if (privmsg) {
        // "/me waves" arrives as CTCP ACTION; Twitch counts emote positions inside the unwrapped text.
        static const QLatin1String actionStart("\x01"
                                               "ACTION ");
        if (text.startsWith(actionStart)) {
            text = text.mid(actionStart.size());
            if (text.endsWith(QChar(1)))
                text.chop(1);
        }
        message.text = text;
        message.emotes = emotesInText(emoteTag, text, 0);
        bool ok = false;
        const int bits = line.tags.value(QStringLiteral("bits")).toInt(&ok);
        if (ok && bits > 0) {
            message.kind = ChatMessageKind::Paid;
            message.paidAmount = QCoreApplication::translate("vitrine::IrcMessage", "%n bits", nullptr, bits);
        }
    } else {
        const QString msgId = line.tags.value(QStringLiteral("msg-id"));
        static const QStringList membershipIds = {QStringLiteral("sub"),
                                                  QStringLiteral("resub"),
                                                  QStringLiteral("subgift"),
                                                  QStringLiteral("submysterygift"),
                                                  QStringLiteral("giftpaidupgrade"),
                                                  QStringLiteral("anongiftpaidupgrade"),
                                                  QStringLiteral("primepaidupgrade"),
                                                  QStringLiteral("standardpayforward"),
                                                  QStringLiteral("communitypayforward")};
        message.kind = membershipIds.contains(msgId) ? ChatMessageKind::Membership : ChatMessageKind::System;
        const QString systemText = line.tags.value(QStringLiteral("system-msg")).trimmed();
        if (systemText.isEmpty()) {
            message.text = text;
            message.emotes = emotesInText(emoteTag, text, 0);
        } else if (text.isEmpty()) {
            message.text = systemText;
        } else {
            // The notice first, then what the viewer wrote with it (a resub message…).
            message.text = systemText + QLatin1Char(' ') + text;
            message.emotes = emotesInText(emoteTag, text, static_cast<int>(systemText.size()) + 1);
        }
    }
    if (message.id.isEmpty())
        return event; // without an id the merged chat could not dedupe or delete it
    event.type = TwitchChatEvent::Type::Message;
    return event;
}

} // namespace vitrine
