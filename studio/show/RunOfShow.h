#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>

namespace vitrine {

// One planned part of the show.
struct Segment {
    enum class Kind { Intro, Product, Questions, Outro, Other };
    Kind kind = Kind::Other;
    QString title;
    QString productSku; // Kind::Product: the product pinned when the segment starts
    int plannedSeconds = 0;
    bool operator==(const Segment&) const = default;
};

// The planned order of the show, and how far ahead of or behind plan the live runs.
struct RunOfShow {
    QList<Segment> segments;

    // Seconds planned before segment `index` starts.
    int plannedStartSeconds(int index) const;
    // Positive: the live is behind plan by that many seconds at segment `index`, `elapsedSeconds` into the
    // live.
    int secondsBehindPlan(int index, int elapsedSeconds) const;
    // Positive: how far behind plan the live is now, in segment `index`, which started `startedAtSeconds`
    // into the live and has run `secondsInto`: the lateness it started with, plus what it overran its
    // planned length by (a segment still within its time has not made the show later yet).
    int secondsBehindPlanNow(int index, int startedAtSeconds, int secondsInto) const;

    QJsonArray toJson() const;
    static RunOfShow fromJson(const QJsonArray& json);
    bool operator==(const RunOfShow&) const = default;
};

QString segmentKindName(Segment::Kind kind);

} // namespace vitrine
