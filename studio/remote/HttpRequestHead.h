#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace vitrine {

// The head of one HTTP/1.x request (request line and header fields, up to the empty line), read by the remote
// server before it decides between a WebSocket upgrade, a page, the feed or an error. Pure: no sockets.
struct HttpRequestHead {
    QByteArray method;
    QString path; // percent-decoded, without the query
    QByteArray query;
    QHash<QByteArray, QByteArray> headers; // names in lower case; repeated fields joined with ", "

    QByteArray header(const QByteArray& lowerCaseName) const { return headers.value(lowerCaseName); }
    // Upgrade: websocket (with Connection: upgrade, checked by the WebSocket server itself).
    bool isWebSocketUpgrade() const;

    // Where the head ends in `buffer` (the index after CRLF CRLF), or -1 while it is not complete.
    static qsizetype headLength(const QByteArray& buffer);
    // Reads a complete head (as headLength found it). False on anything malformed.
    static bool parse(const QByteArray& head, HttpRequestHead* result);
};

} // namespace vitrine
