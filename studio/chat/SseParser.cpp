#include "chat/SseParser.h"

namespace vitrine {

QList<SseEvent> SseParser::feed(const QByteArray& chunk)
{
    QList<SseEvent> events;
    qsizetype pos = 0;
    if (m_atStreamStart) {
        // The BOM may itself be split across chunks: hold bytes back until it is decided.
        m_line += chunk;
        static const QByteArray bom("\xEF\xBB\xBF");
        if (m_line.size() < bom.size() && bom.startsWith(m_line))
            return events;
        m_atStreamStart = false;
        QByteArray start = m_line;
        m_line.clear();
        if (start.startsWith(bom))
            start.remove(0, bom.size());
        return feed(start);
    }
    const qsizetype size = chunk.size();
    while (pos < size) {
        if (m_skipLeadingLf) {
            m_skipLeadingLf = false;
            if (chunk.at(pos) == '\n') {
                ++pos;
                continue;
            }
        }
        qsizetype end = pos;
        while (end < size && chunk.at(end) != '\r' && chunk.at(end) != '\n')
            ++end;
        if (!m_discardingLine) {
            if (m_line.size() + (end - pos) > MaxLineBytes) {
                m_discardingLine = true;
                m_droppedOverlongLine = true;
                m_line.clear();
            } else {
                m_line.append(chunk.constData() + pos, end - pos);
            }
        }
        if (end >= size)
            break; // the line continues in the next chunk
        if (chunk.at(end) == '\r') {
            if (end + 1 < size) {
                if (chunk.at(end + 1) == '\n')
                    ++end;
            } else {
                m_skipLeadingLf = true;
            }
        }
        pos = end + 1;
        if (m_discardingLine)
            m_discardingLine = false;
        else
            processLine(m_line, &events);
        m_line.clear();
    }
    return events;
}

void SseParser::resetConnection()
{
    m_line.clear();
    m_atStreamStart = true;
    m_skipLeadingLf = false;
    m_discardingLine = false;
    m_data.clear();
    m_eventType.clear();
}

void SseParser::processLine(const QByteArray& line, QList<SseEvent>* events)
{
    if (line.isEmpty()) {
        if (!m_data.isEmpty()) {
            SseEvent event;
            event.data = m_data;
            event.data.chop(1); // the LF after the last data line
            if (!m_eventType.isEmpty())
                event.type = m_eventType;
            event.lastEventId = m_lastEventId;
            *events << event;
        }
        m_data.clear();
        m_eventType.clear();
        return;
    }
    if (line.startsWith(':'))
        return; // a comment, often a keep-alive
    const qsizetype colon = line.indexOf(':');
    const QByteArray field = colon < 0 ? line : line.left(colon);
    QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1);
    if (value.startsWith(' '))
        value.remove(0, 1);
    if (field == "data") {
        m_data += QString::fromUtf8(value);
        m_data += QLatin1Char('\n');
    } else if (field == "event") {
        m_eventType = QString::fromUtf8(value);
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_lastEventId = QString::fromUtf8(value);
    } else if (field == "retry") {
        bool digitsOnly = !value.isEmpty() && value.size() <= 9;
        for (const char c : std::as_const(value))
            digitsOnly = digitsOnly && c >= '0' && c <= '9';
        if (digitsOnly)
            m_retryMillis = value.toInt();
    }
}

} // namespace vitrine
