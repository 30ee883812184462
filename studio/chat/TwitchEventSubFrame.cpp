#include "chat/TwitchEventSubFrame.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace vitrine {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("vitrine::TwitchEventSubFrame", text);
}

QString string(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

// RFC 3339 with up to nanoseconds ("2023-07-19T14:56:51.634234626Z"): Qt reads milliseconds, so the
// fraction is cut to three digits first.
QDateTime fromRfc3339(const QString& text)
{
    QString value = text.trimmed();
    const qsizetype dot = value.indexOf(QLatin1Char('.'));
    if (dot > 0) {
        qsizetype end = dot + 1;
        while (end < value.size() && value.at(end).isDigit())
            ++end;
        if (end - dot - 1 > 3)
            value.remove(dot + 4, end - dot - 4);
    }
    QDateTime time = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (!time.isValid())
        return {};
    return time.toUTC();
}

ChatAuthor chatter(const QJsonObject& event)
{
    ChatAuthor author;
    author.id = string(event, "chatter_user_id");
    author.name = string(event, "chatter_user_name").trimmed();
    if (author.name.isEmpty())
        author.name = string(event, "chatter_user_login");
    const QString color = string(event, "color");
    if (color.size() == 7 && color.startsWith(QLatin1Char('#')))
        author.color = color.toUpper();
    // [{"set_id":"subscriber","id":"12","info":"16"}] reads as IRC's "subscriber/12".
    for (const QJsonValue& value : event.value(QLatin1String("badges")).toArray()) {
        const QJsonObject badge = value.toObject();
        const QString set = string(badge, "set_id");
        if (!set.isEmpty())
            author.badges << set + u'/' + string(badge, "id");
    }
    applyTwitchBadges(&author);
    return author;
}

// Emote fragments' positions in the message text (UTF-16, inclusive), when the fragments spell the text.
QList<ChatEmote> fragmentEmotes(const QJsonArray& fragments, const QString& text)
{
    QList<ChatEmote> emotes;
    QString spelled;
    for (const QJsonValue& value : fragments) {
        const QJsonObject fragment = value.toObject();
        const QString part = string(fragment, "text");
        const QString id =
            fragment.value(QLatin1String("emote")).toObject().value(QLatin1String("id")).toString();
        if (string(fragment, "type") == QLatin1String("emote") && !id.isEmpty() && !part.isEmpty())
            emotes << ChatEmote{id, static_cast<int>(spelled.size()),
                                static_cast<int>(spelled.size() + part.size() - 1)};
        spelled += part;
    }
    if (spelled != text)
        return {};
    return emotes;
}

bool chatMessage(const QJsonObject& event, const QDateTime& time, const QDateTime& arrival,
                 TwitchChatEvent* result, QString* error)
{
    ChatMessage& message = result->message;
    message.platform = ChatPlatform::Twitch;
    message.id = string(event, "message_id");
    if (message.id.isEmpty()) {
        *error = tr("a chat message has no message_id");
        return false;
    }
    const QJsonObject body = event.value(QLatin1String("message")).toObject();
    if (!body.value(QLatin1String("text")).isString()) {
        *error = tr("the chat message %1 has no text").arg(message.id);
        return false;
    }
    message.channel = string(event, "broadcaster_user_login");
    message.author = chatter(event);
    QString text = body.value(QLatin1String("text")).toString();
    QList<ChatEmote> emotes = fragmentEmotes(body.value(QLatin1String("fragments")).toArray(), text);
    // "/me" may still come wrapped as IRC's CTCP ACTION: unwrap it, and the emotes move with the text.
    static const QLatin1String actionStart("\x01"
                                           "ACTION ");
    if (text.startsWith(actionStart)) {
        text = text.mid(actionStart.size());
        if (text.endsWith(QChar(1)))
            text.chop(1);
        QList<ChatEmote> moved;
        for (ChatEmote emote : std::as_const(emotes)) {
            emote.start -= actionStart.size();
            emote.end -= actionStart.size();
            if (emote.start >= 0 && emote.end < text.size())
                moved << emote;
        }
        emotes = moved;
    }
    message.text = text;
    message.emotes = emotes;
    const int bits = event.value(QLatin1String("cheer")).toObject().value(QLatin1String("bits")).toInt();
    if (bits > 0) {
        message.kind = ChatMessageKind::Paid;
        message.paidAmount = QCoreApplication::translate("vitrine::IrcMessage", "%n bits", nullptr, bits);
    }
    message.platformTime = time;
    message.arrivalTime = arrival;
    result->type = TwitchChatEvent::Type::Message;
    return true;
}

bool chatEvent(const QString& type, const QJsonObject& event, const QDateTime& time, const QDateTime& arrival,
               TwitchChatEvent* result, QString* error)
{
    if (type == QLatin1String("channel.chat.message"))
        return chatMessage(event, time, arrival, result, error);
    if (type == QLatin1String("channel.chat.message_delete")) {
        result->messageId = string(event, "message_id");
        if (result->messageId.isEmpty()) {
            *error = tr("a deletion names no message_id");
            return false;
        }
        result->type = TwitchChatEvent::Type::MessageDeleted;
        return true;
    }
    if (type == QLatin1String("channel.chat.clear_user_messages")) {
        result->authorId = string(event, "target_user_id");
        result->authorName = string(event, "target_user_login");
        if (result->authorId.isEmpty() && result->authorName.isEmpty()) {
            *error = tr("a ban or time-out names no user");
            return false;
        }
        result->type = TwitchChatEvent::Type::AuthorCleared;
        return true;
    }
    if (type == QLatin1String("channel.chat.clear"))
        result->type = TwitchChatEvent::Type::ChatCleared;
    return true; // another subscription type: nothing for the chat
}

} // namespace

bool TwitchEventSubFrame::parse(const QByteArray& json, TwitchEventSubFrame* frame, QString* error,
                                const QDateTime& arrival)
{
    *frame = TwitchEventSubFrame();
    QString reason;
    auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("not JSON (%1)").arg(parseError.errorString()));
    if (!document.isObject())
        return fail(tr("not a JSON object"));
    const QJsonObject root = document.object();
    const QJsonObject metadata = root.value(QLatin1String("metadata")).toObject();
    const QJsonObject payload = root.value(QLatin1String("payload")).toObject();
    const QString messageType = string(metadata, "message_type");
    if (messageType.isEmpty())
        return fail(tr("a frame without metadata.message_type"));
    frame->messageId = string(metadata, "message_id");
    frame->timestamp = fromRfc3339(string(metadata, "message_timestamp"));
    const QJsonObject session = payload.value(QLatin1String("session")).toObject();
    const QJsonObject subscription = payload.value(QLatin1String("subscription")).toObject();

    if (messageType == QLatin1String("session_welcome")) {
        frame->type = Type::Welcome;
        frame->sessionId = string(session, "id");
        frame->keepaliveSeconds = session.value(QLatin1String("keepalive_timeout_seconds")).toInt();
        if (frame->sessionId.isEmpty())
            return fail(tr("a welcome without payload.session.id"));
        return true;
    }
    if (messageType == QLatin1String("session_keepalive")) {
        frame->type = Type::Keepalive;
        return true;
    }
    if (messageType == QLatin1String("session_reconnect")) {
        frame->type = Type::Reconnect;
        frame->sessionId = string(session, "id");
        frame->reconnectUrl = QUrl(string(session, "reconnect_url"), QUrl::StrictMode);
        const QString scheme = frame->reconnectUrl.scheme();
        if (!frame->reconnectUrl.isValid() || frame->reconnectUrl.host().isEmpty() ||
            (scheme != QLatin1String("wss") && scheme != QLatin1String("ws")))
            return fail(tr("a reconnect without a WebSocket reconnect_url"));
        return true;
    }
    if (messageType == QLatin1String("revocation")) {
        frame->type = Type::Revocation;
        frame->subscriptionType = string(subscription, "type");
        frame->revocationStatus = string(subscription, "status");
        return true;
    }
    if (messageType == QLatin1String("notification")) {
        frame->type = Type::Notification;
        frame->subscriptionType = string(subscription, "type");
        if (frame->subscriptionType.isEmpty())
            frame->subscriptionType = string(metadata, "subscription_type");
        if (frame->subscriptionType.isEmpty())
            return fail(tr("a notification without its subscription type"));
        if (!payload.value(QLatin1String("event")).isObject())
            return fail(tr("a %1 notification without its event").arg(frame->subscriptionType));
        if (!chatEvent(frame->subscriptionType, payload.value(QLatin1String("event")).toObject(),
                       frame->timestamp, arrival, &frame->event, &reason))
            return fail(reason);
        return true;
    }
    frame->type = Type::Other;
    return true;
}

} // namespace vitrine
