#include "chat/FacebookComment.h"

#include "base/HtmlText.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

namespace vitrine {
namespace {

// Graph API times look like "2024-05-01T18:03:12+0000"; Qt wants the offset as +00:00.
QDateTime graphTime(QString value)
{
    static const QRegularExpression compactOffset(QStringLiteral("([+-]\\d\\d)(\\d\\d)$"));
    value.replace(compactOffset, QStringLiteral("\\1:\\2"));
    const QDateTime time = QDateTime::fromString(value, Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

} // namespace

bool parseFacebookComment(const QByteArray& data, const QString& liveVideoId, const QDateTime& arrival,
                          ChatMessage* message, QString* error)
{
    *message = ChatMessage();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error)
            *error = QCoreApplication::translate("vitrine::FacebookComment",
                                                 "a Facebook comment event is not a JSON object");
        return false;
    }
    const QJsonObject object = document.object();
    FacebookApiError apiError;
    if (FacebookApiError::parse(data, &apiError)) {
        if (error)
            *error = QCoreApplication::translate("vitrine::FacebookComment", "Facebook reported an error: %1")
                         .arg(apiError.message);
        return false;
    }
    const QString id = object.value(QLatin1String("id")).toString();
    const QJsonValue text = object.value(QLatin1String("message"));
    if (id.isEmpty() || !text.isString()) {
        if (error)
            *error = QCoreApplication::translate("vitrine::FacebookComment",
                                                 "a Facebook comment event has no id or no message");
        return false;
    }
    message->id = id;
    message->platform = ChatPlatform::Facebook;
    message->channel = liveVideoId;
    message->text = decodeHtmlEntities(text.toString());
    const QJsonObject from = object.value(QLatin1String("from")).toObject();
    message->author.id = from.value(QLatin1String("id")).toString();
    message->author.name = decodeHtmlEntities(from.value(QLatin1String("name")).toString());
    message->platformTime = graphTime(object.value(QLatin1String("created_time")).toString());
    message->arrivalTime = arrival;
    return true;
}

bool FacebookApiError::parse(const QByteArray& json, FacebookApiError* error)
{
    *error = FacebookApiError();
    const QJsonValue value = QJsonDocument::fromJson(json).object().value(QLatin1String("error"));
    if (!value.isObject())
        return false;
    const QJsonObject object = value.toObject();
    error->code = object.value(QLatin1String("code")).toInt();
    error->message = object.value(QLatin1String("message")).toString();
    error->type = object.value(QLatin1String("type")).toString();
    return true;
}

} // namespace vitrine
