#include "show/import/ImportReport.h"

#include <algorithm>

namespace vitrine {

QString ImportIssue::toString() const
{
    QString text = file;
    if (line > 0)
        text += u':' + QString::number(line);
    text += QStringLiteral(": ");
    if (!field.isEmpty())
        text += field + QStringLiteral(": ");
    return text + message;
}

int ImportReport::errorCount() const
{
    return static_cast<int>(std::count_if(issues.cbegin(), issues.cend(), [](const ImportIssue& issue) {
        return issue.severity == ImportIssue::Severity::Error;
    }));
}

int ImportReport::warningCount() const
{
    return static_cast<int>(issues.size()) - errorCount();
}

} // namespace vitrine
