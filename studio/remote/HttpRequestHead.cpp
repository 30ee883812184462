#include "remote/HttpRequestHead.h"

#include <QList>
#include <QUrl>

namespace vitrine {

namespace {

bool isToken(const QByteArray& text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 32 || u >= 127 || QByteArrayView("()<>@,;:\\\"/[]?={}").contains(c))
            return false;
    }
    return true;
}

} // namespace

bool HttpRequestHead::isWebSocketUpgrade() const
{
    const QList<QByteArray> values = header("upgrade").toLower().split(',');
    for (const QByteArray& value : values) {
        if (value.trimmed() == "websocket")
            return true;
    }
    return false;
}

qsizetype HttpRequestHead::headLength(const QByteArray& buffer)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    return end < 0 ? -1 : end + 4;
}

bool HttpRequestHead::parse(const QByteArray& head, HttpRequestHead* result)
{
    if (!head.endsWith("\r\n\r\n"))
        return false;
    // Lines end with CRLF; a bare CR or LF, or a NUL, is refused.
    QList<QByteArray> lines;
    for (qsizetype start = 0; start < head.size() - 2;) {
        const qsizetype end = head.indexOf("\r\n", start);
        lines.append(head.mid(start, end - start));
        start = end + 2;
    }
    HttpRequestHead parsed;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray& line = lines.at(i);
        if (line.contains('\r') || line.contains('\n') || line.contains('\0'))
            return false;
        if (i == 0) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() != 3 || !isToken(parts.at(0)) ||
                (parts.at(2) != "HTTP/1.1" && parts.at(2) != "HTTP/1.0"))
                return false;
            parsed.method = parts.at(0);
            const QByteArray& target = parts.at(1);
            if (!target.startsWith('/'))
                return false;
            const qsizetype question = target.indexOf('?');
            const QByteArray rawPath = question < 0 ? target : target.left(question);
            parsed.query = question < 0 ? QByteArray() : target.mid(question + 1);
            parsed.path = QUrl::fromPercentEncoding(rawPath);
            continue;
        }
        // No obsolete line folding, no field without a name.
        if (line.startsWith(' ') || line.startsWith('\t'))
            return false;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return false;
        const QByteArray name = line.left(colon).toLower();
        if (!isToken(name))
            return false;
        const QByteArray value = line.mid(colon + 1).trimmed();
        auto existing = parsed.headers.find(name);
        if (existing == parsed.headers.end())
            parsed.headers.insert(name, value);
        else
            existing.value() += ", " + value;
    }
    if (parsed.method.isEmpty())
        return false;
    if (result)
        *result = parsed;
    return true;
}

} // namespace vitrine
