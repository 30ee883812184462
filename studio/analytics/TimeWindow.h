#pragma once

#include <QDateTime>

namespace vitrine {

// A span of time, start inclusive, end exclusive (an order at exactly the end belongs to what follows).
struct TimeWindow {
    QDateTime start; // UTC
    QDateTime end;

    bool isValid() const { return start.isValid() && end.isValid() && start < end; }
    bool contains(const QDateTime& time) const { return isValid() && start <= time && time < end; }
    qint64 durationMs() const { return isValid() ? start.msecsTo(end) : 0; }

    // "START/END", ISO 8601 with offsets (milliseconds optional); an invalid window when either end has none.
    static TimeWindow parse(const QString& text);
};

} // namespace vitrine
