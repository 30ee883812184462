#pragma once

#include "chat/ChatMessage.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace vitrine {

// One event of the Graph API's live_comments stream (a Server-Sent Events "data:" payload):
// {"id":"…","message":"…","from":{"id":"…","name":"…"},"created_time":"2024-05-01T18:03:12+0000"}.
// `from` is missing when the viewer's privacy settings hide it. Text is HTML-entity decoded.
// An {"error":{…}} payload or anything else that is not a comment returns false with a translated reason.
bool parseFacebookComment(const QByteArray& data, const QString& liveVideoId, const QDateTime& arrival,
                          ChatMessage* message, QString* error);

// The Graph API error body {"error":{"message":"…","type":"OAuthException","code":190}}.
struct FacebookApiError {
    int code = 0;
    QString message;
    QString type;
    static bool parse(const QByteArray& json, FacebookApiError* error);
    // Invalid or expired token, missing permission, unknown video: asking again will not help.
    bool isPermanent() const
    {
        return code == 190 || code == 10 || code == 200 || code == 100 || code == 803;
    }
};

} // namespace vitrine
