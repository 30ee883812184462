#include "chat/CustomChatFrame.h"

#include "base/HtmlText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace vitrine {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("vitrine::CustomChatFrame", text);
}

QString idString(const QJsonValue& value)
{
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

QDateTime frameTime(const QJsonValue& value)
{
    if (value.isDouble()) {
        const double millis = value.toDouble();
        if (millis < 0 || millis > 253402300799999.0)
            return {};
        return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(millis), Qt::UTC);
    }
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

} // namespace

bool CustomChatFrame::parse(const QByteArray& json, const QString& feedName, const QDateTime& arrival,
                            CustomChatFrame* frame, QString* error)
{
    *frame = CustomChatFrame();
    auto fail = [error](const QString& reason) {
        if (error)
            *error = reason;
        return false;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return fail(tr("a chat feed frame is not a JSON object"));
    const QJsonObject object = document.object();
    const QString type = object.value(QLatin1String("type")).toString(QStringLiteral("message"));
    if (type == QLatin1String("delete")) {
        frame->type = Type::Delete;
        frame->messageId = idString(object.value(QLatin1String("id")));
        if (frame->messageId.isEmpty())
            return fail(tr("a chat feed “delete” frame has no id"));
        return true;
    }
    if (type == QLatin1String("clear")) {
        frame->type = Type::Clear;
        return true;
    }
    if (type == QLatin1String("clear_author")) {
        frame->type = Type::ClearAuthor;
        frame->authorId = idString(object.value(QLatin1String("author_id")));
        frame->authorName = object.value(QLatin1String("author_name")).toString();
        if (frame->authorId.isEmpty() && frame->authorName.isEmpty())
            return fail(tr("a chat feed “clear_author” frame names no author"));
        return true;
    }
    if (type != QLatin1String("message"))
        return fail(tr("a chat feed frame has an unknown type “%1”").arg(type.left(40)));

    ChatMessage& message = frame->message;
    message.platform = ChatPlatform::Custom;
    message.channel = feedName;
    message.id = idString(object.value(QLatin1String("id")));
    const QJsonValue text = object.value(QLatin1String("text"));
    if (message.id.isEmpty() || !text.isString())
        return fail(tr("a chat feed message has no id or no text"));
    message.text = decodeHtmlEntities(text.toString());
    const QJsonValue author = object.value(QLatin1String("author"));
    if (author.isString()) {
        message.author.name = decodeHtmlEntities(author.toString());
    } else {
        const QJsonObject a = author.toObject();
        message.author.id = idString(a.value(QLatin1String("id")));
        message.author.name = decodeHtmlEntities(a.value(QLatin1String("name")).toString());
        const QString color = a.value(QLatin1String("color")).toString();
        if (color.size() == 7 && color.startsWith(QLatin1Char('#')))
            message.author.color = color.toUpper();
        for (const QJsonValue& badge : a.value(QLatin1String("badges")).toArray())
            if (badge.isString())
                message.author.badges << badge.toString();
        message.author.moderator = a.value(QLatin1String("moderator")).toBool() ||
                                   message.author.badges.contains(QLatin1String("moderator"));
        message.author.subscriber = a.value(QLatin1String("subscriber")).toBool() ||
                                    message.author.badges.contains(QLatin1String("member"));
        message.author.broadcaster = a.value(QLatin1String("broadcaster")).toBool() ||
                                     message.author.badges.contains(QLatin1String("broadcaster"));
    }
    const QString kind = object.value(QLatin1String("kind")).toString(QStringLiteral("message"));
    if (kind == QLatin1String("paid"))
        message.kind = ChatMessageKind::Paid;
    else if (kind == QLatin1String("membership"))
        message.kind = ChatMessageKind::Membership;
    else if (kind == QLatin1String("system"))
        message.kind = ChatMessageKind::System;
    else if (kind != QLatin1String("message"))
        return fail(tr("a chat feed message has an unknown kind “%1”").arg(kind.left(40)));
    if (message.kind == ChatMessageKind::Paid)
        message.paidAmount = object.value(QLatin1String("amount")).toString();
    message.platformTime = frameTime(object.value(QLatin1String("time")));
    message.arrivalTime = arrival;
    return true;
}

} // namespace vitrine
