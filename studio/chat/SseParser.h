#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace vitrine {

struct SseEvent {
    QString type = QStringLiteral("message"); // the "event:" field, "message" when absent
    QString data;                             // "data:" lines joined with LF
    QString lastEventId;                      // the stream's last event id when this event was dispatched
    friend bool operator==(const SseEvent&, const SseEvent&) = default;
};

// Server-Sent Events framing as the WHATWG HTML standard's event-stream interpretation describes it:
// lines end with CR, LF or CRLF (even when a chunk ends between CR and LF), one leading UTF-8 BOM is
// skipped, ":" starts a comment, fields data/event/id/retry, an empty line dispatches, an event with no
// data is not dispatched, and a stream's unfinished last event is dropped. Chunks may split anywhere.
class SseParser {
public:
    // Bytes as they arrive; returns the events they complete.
    QList<SseEvent> feed(const QByteArray& chunk);
    // A new connection: buffers are emptied; the last event id is kept (the reconnect sends it).
    void resetConnection();

    QString lastEventId() const { return m_lastEventId; }
    int retryMillis() const { return m_retryMillis; } // -1 until the stream sets one
    // A line longer than this is dropped whole: a hostile stream cannot grow memory without bound.
    static constexpr qsizetype MaxLineBytes = 4 * 1024 * 1024;
    bool droppedOverlongLine() const { return m_droppedOverlongLine; }

private:
    void processLine(const QByteArray& line, QList<SseEvent>* events);

    QByteArray m_line;
    bool m_atStreamStart = true;
    bool m_skipLeadingLf = false; // the previous chunk ended with CR
    bool m_discardingLine = false;
    bool m_droppedOverlongLine = false;
    QString m_data;
    QString m_eventType;
    QString m_lastEventId;
    int m_retryMillis = -1;
};

} // namespace vitrine
