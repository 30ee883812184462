#include "chat/YouTubeChatPage.h"

#include "base/HtmlText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace vitrine {
namespace {

QString text(const QJsonObject& object, const char* key)
{
    return decodeHtmlEntities(object.value(QLatin1String(key)).toString());
}

// "2024-05-01T18:03:12.345678+00:00" or "…Z"; Qt reads fractions of any length.
QDateTime timestamp(const QString& value)
{
    QDateTime time = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (!time.isValid())
        return {};
    return time.toUTC();
}

ChatAuthor authorFrom(const QJsonObject& details)
{
    ChatAuthor author;
    author.id = details.value(QLatin1String("channelId")).toString();
    author.name = text(details, "displayName");
    author.moderator = details.value(QLatin1String("isChatModerator")).toBool();
    author.subscriber = details.value(QLatin1String("isChatSponsor")).toBool();
    author.broadcaster = details.value(QLatin1String("isChatOwner")).toBool();
    if (author.broadcaster)
        author.badges << QStringLiteral("owner");
    if (author.moderator)
        author.badges << QStringLiteral("moderator");
    if (author.subscriber)
        author.badges << QStringLiteral("member");
    if (details.value(QLatin1String("isVerified")).toBool())
        author.badges << QStringLiteral("verified");
    return author;
}

// The viewer's own words when the event has them, else YouTube's displayMessage.
QString commentOr(const QJsonObject& snippet, const char* detailsKey, const char* commentKey)
{
    const QString comment = text(snippet.value(QLatin1String(detailsKey)).toObject(), commentKey);
    return comment.isEmpty() ? text(snippet, "displayMessage") : comment;
}

} // namespace

bool YouTubeChatPage::parse(const QByteArray& json, const QString& liveChatId, const QDateTime& arrival,
                            YouTubeChatPage* page, QString* error)
{
    *page = YouTubeChatPage();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error)
            *error = QCoreApplication::translate("vitrine::YouTubeChatPage",
                                                 "the YouTube chat page is not a JSON object (%1)")
                         .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                           : QStringLiteral("?"));
        return false;
    }
    const QJsonObject root = document.object();
    const QJsonValue items = root.value(QLatin1String("items"));
    if (!items.isUndefined() && !items.isArray()) {
        if (error)
            *error = QCoreApplication::translate("vitrine::YouTubeChatPage",
                                                 "the YouTube chat page's items are not a list");
        return false;
    }
    if (!items.isArray() && !root.contains(QLatin1String("nextPageToken"))) {
        if (error)
            *error = QCoreApplication::translate("vitrine::YouTubeChatPage",
                                                 "the answer is not a YouTube chat page (no items)");
        return false;
    }
    page->nextPageToken = root.value(QLatin1String("nextPageToken")).toString();
    const QJsonValue interval = root.value(QLatin1String("pollingIntervalMillis"));
    if (interval.isDouble() && interval.toDouble() >= 0 && interval.toDouble() < 24 * 3600 * 1000.0)
        page->pollingIntervalMillis = interval.toInt();
    if (root.contains(QLatin1String("offlineAt")))
        page->offlineAt = timestamp(root.value(QLatin1String("offlineAt")).toString());
    if (root.contains(QLatin1String("offlineAt")) && !page->offlineAt.isValid())
        page->offlineAt = arrival.isValid() ? arrival : QDateTime::currentDateTimeUtc();

    for (const QJsonValue& value : items.toArray()) {
        const QJsonObject item = value.toObject();
        const QJsonObject snippet = item.value(QLatin1String("snippet")).toObject();
        const QString id = item.value(QLatin1String("id")).toString();
        const QString type = snippet.value(QLatin1String("type")).toString();
        if (!value.isObject() || id.isEmpty()) {
            ++page->skippedItems;
            continue;
        }
        if (type == QLatin1String("messageDeletedEvent")) {
            const QString deleted = snippet.value(QLatin1String("messageDeletedDetails"))
                                        .toObject()
                                        .value(QLatin1String("deletedMessageId"))
                                        .toString();
            if (!deleted.isEmpty())
                page->deletedMessageIds << deleted;
            continue;
        }
        if (type == QLatin1String("userBannedEvent")) {
            const QJsonObject banned = snippet.value(QLatin1String("userBannedDetails"))
                                           .toObject()
                                           .value(QLatin1String("bannedUserDetails"))
                                           .toObject();
            page->bans << Ban{banned.value(QLatin1String("channelId")).toString(),
                              text(banned, "displayName")};
            continue;
        }
        if (type == QLatin1String("chatEndedEvent")) {
            if (!page->offlineAt.isValid())
                page->offlineAt = timestamp(snippet.value(QLatin1String("publishedAt")).toString());
            continue;
        }
        if (type == QLatin1String("tombstone"))
            continue; // a placeholder for a message already removed

        ChatMessage message;
        message.id = id;
        message.platform = ChatPlatform::YouTube;
        message.channel = snippet.value(QLatin1String("liveChatId")).toString(liveChatId);
        if (message.channel.isEmpty())
            message.channel = liveChatId;
        message.author = authorFrom(item.value(QLatin1String("authorDetails")).toObject());
        if (message.author.id.isEmpty())
            message.author.id = snippet.value(QLatin1String("authorChannelId")).toString();
        message.platformTime = timestamp(snippet.value(QLatin1String("publishedAt")).toString());
        message.arrivalTime = arrival;
        if (type == QLatin1String("textMessageEvent")) {
            message.text = commentOr(snippet, "textMessageDetails", "messageText");
        } else if (type == QLatin1String("superChatEvent")) {
            message.kind = ChatMessageKind::Paid;
            message.paidAmount = snippet.value(QLatin1String("superChatDetails"))
                                     .toObject()
                                     .value(QLatin1String("amountDisplayString"))
                                     .toString();
            message.text = commentOr(snippet, "superChatDetails", "userComment");
        } else if (type == QLatin1String("superStickerEvent")) {
            message.kind = ChatMessageKind::Paid;
            message.paidAmount = snippet.value(QLatin1String("superStickerDetails"))
                                     .toObject()
                                     .value(QLatin1String("amountDisplayString"))
                                     .toString();
            message.text = text(snippet, "displayMessage");
        } else if (type == QLatin1String("newSponsorEvent") ||
                   type == QLatin1String("membershipGiftingEvent") ||
                   type == QLatin1String("giftMembershipReceivedEvent")) {
            message.kind = ChatMessageKind::Membership;
            message.text = text(snippet, "displayMessage");
        } else if (type == QLatin1String("memberMilestoneChatEvent")) {
            message.kind = ChatMessageKind::Membership;
            message.text = commentOr(snippet, "memberMilestoneChatDetails", "userComment");
        } else {
            // Polls, sponsors-only mode and future kinds: shown as a notice when YouTube gives text.
            message.kind = ChatMessageKind::System;
            message.text = text(snippet, "displayMessage");
            if (message.text.isEmpty())
                continue;
        }
        page->messages << message;
    }
    return true;
}

bool parseYouTubeBroadcastChatId(const QByteArray& json, QString* liveChatId, bool* found, QString* error)
{
    liveChatId->clear();
    *found = false;
    const QJsonDocument document = QJsonDocument::fromJson(json);
    const QJsonValue items = document.object().value(QLatin1String("items"));
    if (!document.isObject() || !items.isArray()) {
        if (error)
            *error = QCoreApplication::translate("vitrine::YouTubeChatPage",
                                                 "the answer is not a YouTube broadcast list");
        return false;
    }
    const QJsonObject broadcast = items.toArray().at(0).toObject();
    if (broadcast.isEmpty())
        return true;
    *found = true;
    *liveChatId =
        broadcast.value(QLatin1String("snippet")).toObject().value(QLatin1String("liveChatId")).toString();
    return true;
}

bool YouTubeApiError::parse(const QByteArray& json, YouTubeApiError* error)
{
    *error = YouTubeApiError();
    const QJsonObject object =
        QJsonDocument::fromJson(json).object().value(QLatin1String("error")).toObject();
    if (object.isEmpty())
        return false;
    error->code = object.value(QLatin1String("code")).toInt();
    error->message = object.value(QLatin1String("message")).toString();
    error->reason = object.value(QLatin1String("errors"))
                        .toArray()
                        .at(0)
                        .toObject()
                        .value(QLatin1String("reason"))
                        .toString();
    if (error->reason.isEmpty())
        error->reason = object.value(QLatin1String("status")).toString();
    return true;
}

bool YouTubeApiError::isPermanent() const
{
    static const QStringList transient = {QStringLiteral("quotaExceeded"),
                                          QStringLiteral("rateLimitExceeded"),
                                          QStringLiteral("userRateLimitExceeded"),
                                          QStringLiteral("backendError"), QStringLiteral("internalError")};
    if (transient.contains(reason) || code >= 500 || code == 429)
        return false;
    return code == 400 || code == 401 || code == 403 || code == 404;
}

} // namespace vitrine
