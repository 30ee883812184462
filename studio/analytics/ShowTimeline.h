#pragma once

#include "analytics/TimeWindow.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace vitrine {

// A product on screen: from its pin to the next pin, its unpin, show.end or live.stop.
struct PinSpan {
    QString sku;
    TimeWindow window;
};

// What the figures need from the show's event log: the live window, the promo windows and the pins.
struct ShowTimeline {
    Q_DECLARE_TR_FUNCTIONS(vitrine::ShowTimeline)

public:
    TimeWindow live;          // first live.start to last live.stop (or the last record when no stop)
    QList<TimeWindow> promos; // promo.start to its promo.stop, its endsAt, or the live's end
    QList<PinSpan> pins;

    // From the records of an event log (EventLog's format), in file order.
    static ShowTimeline fromEvents(const QList<QJsonObject>& events);
    // Reads path: nullopt with a message when it cannot be read, or a line other than a torn last one is
    // not a JSON object.
    static std::optional<QList<QJsonObject>> readLog(const QString& path, QString* error);
};

} // namespace vitrine
