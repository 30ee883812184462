#include "analytics/ShowTimeline.h"

#include "show/EventTypes.h"

#include <QFile>
#include <QJsonDocument>

namespace vitrine {
namespace {

QDateTime utcOf(const QJsonObject& event)
{
    return QDateTime::fromString(event.value(QLatin1String("utc")).toString(), Qt::ISODateWithMs).toUTC();
}

QString skuOf(const QJsonObject& event)
{
    return event.value(QLatin1String("sku")).toString();
}

} // namespace

ShowTimeline ShowTimeline::fromEvents(const QList<QJsonObject>& events)
{
    ShowTimeline timeline;
    QDateTime lastTime;
    QDateTime liveStop;
    std::optional<PinSpan> pinned;
    struct OpenPromo {
        QDateTime start;
        QDateTime endsAt;
    };
    std::optional<OpenPromo> promo;
    auto endPin = [&](const QDateTime& at) {
        if (pinned) {
            pinned->window.end = at;
            if (pinned->window.isValid())
                timeline.pins << *pinned;
            pinned.reset();
        }
    };
    for (const QJsonObject& event : events) {
        const QDateTime at = utcOf(event);
        if (!at.isValid())
            continue;
        lastTime = at;
        const QString type = event.value(QLatin1String("type")).toString();
        if (type == EventType::LiveStart) {
            if (!timeline.live.start.isValid())
                timeline.live.start = at;
        } else if (type == EventType::LiveStop) {
            liveStop = at;
            endPin(at);
        } else if (type == EventType::ShowEnd) {
            endPin(at);
        } else if (type == EventType::ProductPin) {
            endPin(at);
            pinned = PinSpan{skuOf(event), {at, {}}};
        } else if (type == EventType::ProductUnpin) {
            if (pinned && (skuOf(event).isEmpty() || skuOf(event) == pinned->sku))
                endPin(at);
        } else if (type == EventType::PromoStart) {
            if (promo) // a new promo ends the one running
                timeline.promos << TimeWindow{promo->start, at};
            promo = OpenPromo{
                at, QDateTime::fromString(event.value(QLatin1String("endsAt")).toString(), Qt::ISODateWithMs)
                        .toUTC()};
        } else if (type == EventType::PromoStop) {
            if (promo)
                timeline.promos << TimeWindow{promo->start, at};
            promo.reset();
        }
    }
    timeline.live.end = liveStop.isValid() ? liveStop : lastTime;
    // A pin still open when the log ends (a crash, a log cut short) lasts to the live's end, or to the last
    // record when it came after.
    if (pinned)
        endPin(pinned->window.start < timeline.live.end ? timeline.live.end : lastTime);
    if (promo)
        timeline.promos << TimeWindow{promo->start,
                                      promo->endsAt.isValid() ? promo->endsAt : timeline.live.end};
    return timeline;
}

std::optional<QList<QJsonObject>> ShowTimeline::readLog(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the event log %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QList<QJsonObject> events;
    int lineNumber = 0;
    int badLine = 0;
    bool moreAfterBad = false;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        if (badLine > 0) { // a bad line followed by more: not a torn end but a corrupt log
            moreAfterBad = true;
            break;
        }
        const QJsonDocument document = QJsonDocument::fromJson(line);
        if (document.isObject())
            events << document.object();
        else
            badLine = lineNumber;
    }
    if (badLine > 0 && (moreAfterBad || events.isEmpty())) {
        *error = tr("the event log %1 is corrupt: line %2 is not a JSON record").arg(path).arg(badLine);
        return std::nullopt;
    }
    return events;
}

} // namespace vitrine
