#include "replay/ReplayTimeline.h"

#include "show/EventTypes.h"

#include <QDateTime>
#include <QFileInfo>

#include <algorithm>

namespace vitrine {
namespace {

QString typeOf(const QJsonObject& event)
{
    return event.value(QLatin1String("type")).toString();
}

// The events of the chosen recording: [start, end) indexes into `events`.
std::pair<qsizetype, qsizetype> recordingSpan(const QList<QJsonObject>& events, const QString& recordingPath,
                                              bool* found)
{
    const QString wanted = QFileInfo(recordingPath).fileName();
    qsizetype start = -1;
    qsizetype lastStart = -1;
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (typeOf(events[i]) != EventType::RecordingStart)
            continue;
        lastStart = i;
        const QString path = events[i].value(QLatin1String("path")).toString();
        if (!wanted.isEmpty() && !path.isEmpty() && QFileInfo(path).fileName() == wanted)
            start = i;
    }
    if (start < 0)
        start = lastStart;
    *found = start >= 0;
    if (start < 0)
        return {0, events.size()};
    qsizetype end = start + 1;
    while (end < events.size() && typeOf(events[end]) != EventType::RecordingStart &&
           typeOf(events[end]) != EventType::RecordingStop)
        ++end;
    return {start + 1, end};
}

QDateTime utcOf(const QJsonObject& event)
{
    return QDateTime::fromString(event.value(QLatin1String("utc")).toString(), Qt::ISODateWithMs);
}

} // namespace

std::optional<ReplayVerticalRecording> ReplayTimeline::verticalRecording(const QList<QJsonObject>& events,
                                                                         const QString& recordingPath)
{
    bool found = false;
    const auto [first, last] = recordingSpan(events, recordingPath, &found);
    if (!found)
        return std::nullopt;
    const QJsonObject& started = events[first - 1];
    // The last vertical start before the main one's stop whose own stop (if any) comes after the main start.
    qsizetype vertical = -1;
    for (qsizetype i = 0; i < last; ++i) {
        const QString type = typeOf(events[i]);
        if (type == EventType::VerticalRecordingStart)
            vertical = i;
        else if (type == EventType::VerticalRecordingStop && i < first)
            vertical = -1; // stopped before the main recording started
    }
    if (vertical < 0)
        return std::nullopt;
    const QJsonObject& event = events[vertical];
    const QString path = event.value(QLatin1String("path")).toString();
    if (path.isEmpty())
        return std::nullopt;
    // Started during the main recording: its recordingMs is the offset. Before it: the two clocks'
    // difference.
    qint64 offsetMs = 0;
    if (vertical >= first && event.contains(QLatin1String("recordingMs"))) {
        offsetMs = event.value(QLatin1String("recordingMs")).toInteger();
    } else {
        const QDateTime mainAt = utcOf(started);
        const QDateTime verticalAt = utcOf(event);
        if (mainAt.isValid() && verticalAt.isValid())
            offsetMs = mainAt.msecsTo(verticalAt);
    }
    return ReplayVerticalRecording{path, offsetMs};
}

ReplayTimeline ReplayTimeline::fromEvents(const QList<QJsonObject>& events, const QString& recordingPath,
                                          const QString& showTitle, qint64 durationMs)
{
    ReplayTimeline timeline;
    timeline.durationMs = std::max<qint64>(0, durationMs);
    const auto [first, last] = recordingSpan(events, recordingPath, &timeline.foundRecording);
    const qint64 end = timeline.durationMs;
    auto at = [end](const QJsonObject& event) {
        return std::clamp<qint64>(event.value(QLatin1String("recordingMs")).toInteger(-1), 0, end);
    };

    timeline.chapters.append({0, end, showTitle, {}});
    auto closeProduct = [&timeline](qint64 ms) {
        if (!timeline.products.isEmpty() && timeline.products.last().endMs < 0)
            timeline.products.last().endMs = ms;
    };
    auto closePromo = [&timeline](qint64 ms) {
        if (!timeline.promos.isEmpty() && timeline.promos.last().endMs < 0)
            timeline.promos.last().endMs = ms;
    };
    qint64 promoEndsAt = -1; // the running promo's own end, in recording time
    for (qsizetype i = first; i < last; ++i) {
        const QJsonObject& event = events[i];
        if (!event.contains(QLatin1String("recordingMs")))
            continue;
        const qint64 ms = at(event);
        if (promoEndsAt >= 0 && ms >= promoEndsAt) {
            closePromo(promoEndsAt);
            promoEndsAt = -1;
        }
        const QString type = typeOf(event);
        if (type == EventType::ProductPin) {
            const QString sku = event.value(QLatin1String("sku")).toString();
            QString title = event.value(QLatin1String("title")).toString();
            if (title.isEmpty())
                title = sku;
            closeProduct(ms);
            timeline.products.append({ms, -1, sku, title});
            // A pin at the same time as the last chapter's start replaces it (two pins in one frame).
            if (timeline.chapters.last().startMs == ms)
                timeline.chapters.removeLast();
            if (!timeline.chapters.isEmpty())
                timeline.chapters.last().endMs = ms;
            timeline.chapters.append({ms, end, title, sku});
        } else if (type == EventType::ProductUnpin || type == EventType::ShowEnd) {
            closeProduct(ms);
        } else if (type == EventType::PromoStart) {
            closePromo(ms);
            timeline.promos.append({ms, -1, event.value(QLatin1String("code")).toString()});
            const QDateTime utc =
                QDateTime::fromString(event.value(QLatin1String("utc")).toString(), Qt::ISODateWithMs);
            const QDateTime endsAt =
                QDateTime::fromString(event.value(QLatin1String("endsAt")).toString(), Qt::ISODateWithMs);
            promoEndsAt = utc.isValid() && endsAt.isValid() ? std::min(end, ms + utc.msecsTo(endsAt)) : -1;
        } else if (type == EventType::PromoStop) {
            closePromo(ms);
            promoEndsAt = -1;
        }
    }
    closeProduct(end);
    closePromo(promoEndsAt >= 0 ? promoEndsAt : end);
    // Ranges that ended where they began say nothing.
    timeline.products.removeIf([](const ReplayProductRange& range) { return range.endMs <= range.startMs; });
    timeline.promos.removeIf([](const ReplayPromoWindow& window) { return window.endMs <= window.startMs; });
    if (timeline.chapters.size() > 1 && timeline.chapters.first().endMs <= 0)
        timeline.chapters.removeFirst();
    return timeline;
}

} // namespace vitrine
