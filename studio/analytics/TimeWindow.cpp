#include "analytics/TimeWindow.h"

#include <QStringList>

namespace vitrine {
namespace {

QDateTime parseInstant(const QString& text)
{
    const QDateTime time = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    // A time with no offset would depend on the machine's zone: refused.
    if (!time.isValid() || time.timeSpec() == Qt::LocalTime)
        return {};
    return time.toUTC();
}

} // namespace

TimeWindow TimeWindow::parse(const QString& text)
{
    const QStringList ends = text.split(QLatin1Char('/'));
    if (ends.size() != 2)
        return {};
    return {parseInstant(ends.at(0)), parseInstant(ends.at(1))};
}

} // namespace vitrine
