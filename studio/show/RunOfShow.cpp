#include "show/RunOfShow.h"

#include <QJsonObject>

#include <algorithm>
#include <array>
#include <utility>

namespace vitrine {
namespace {

constexpr std::array<std::pair<Segment::Kind, const char*>, 5> kKinds{{
    {Segment::Kind::Intro, "intro"},
    {Segment::Kind::Product, "product"},
    {Segment::Kind::Questions, "questions"},
    {Segment::Kind::Outro, "outro"},
    {Segment::Kind::Other, "other"},
}};

Segment::Kind kindFromName(const QString& name)
{
    for (const auto& [kind, kindName] : kKinds)
        if (name == QLatin1String(kindName))
            return kind;
    return Segment::Kind::Other;
}

} // namespace

QString segmentKindName(Segment::Kind kind)
{
    for (const auto& [k, name] : kKinds)
        if (k == kind)
            return QString::fromLatin1(name);
    return QStringLiteral("other");
}

int RunOfShow::plannedStartSeconds(int index) const
{
    int seconds = 0;
    for (int i = 0; i < index && i < segments.size(); ++i)
        seconds += segments.at(i).plannedSeconds;
    return seconds;
}

int RunOfShow::secondsBehindPlan(int index, int elapsedSeconds) const
{
    return elapsedSeconds - plannedStartSeconds(index);
}

int RunOfShow::secondsBehindPlanNow(int index, int startedAtSeconds, int secondsInto) const
{
    const int planned = index >= 0 && index < segments.size() ? segments.at(index).plannedSeconds : 0;
    return secondsBehindPlan(index, startedAtSeconds) + std::max(0, secondsInto - planned);
}

QJsonArray RunOfShow::toJson() const
{
    QJsonArray array;
    for (const Segment& segment : segments) {
        QJsonObject json{{QStringLiteral("kind"), segmentKindName(segment.kind)},
                         {QStringLiteral("title"), segment.title},
                         {QStringLiteral("plannedSeconds"), segment.plannedSeconds}};
        if (!segment.productSku.isEmpty())
            json.insert(QStringLiteral("productSku"), segment.productSku);
        array.append(json);
    }
    return array;
}

RunOfShow RunOfShow::fromJson(const QJsonArray& json)
{
    RunOfShow run;
    for (const QJsonValue& value : json) {
        const QJsonObject object = value.toObject();
        run.segments << Segment{kindFromName(object.value(QStringLiteral("kind")).toString()),
                                object.value(QStringLiteral("title")).toString(),
                                object.value(QStringLiteral("productSku")).toString(),
                                object.value(QStringLiteral("plannedSeconds")).toInt()};
    }
    return run;
}

} // namespace vitrine
