#include "show/import/ImportSummary.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>

#include <algorithm>

namespace vitrine {
namespace {

// A file's name reads better than its full path; a URL stays whole (its host matters).
QString shortName(const QString& source)
{
    if (source.contains(QStringLiteral("://")))
        return source;
    return QFileInfo(source).fileName();
}

} // namespace

ImportSummary::ImportSummary(const QString& sourceName, const ImportReport& report, const MergeReport& merge)
    : m_sourceName(shortName(sourceName)), m_productCount(static_cast<int>(report.products.size())),
      m_fatal(report.fatal), m_errors(report.errorCount()), m_warnings(report.warningCount()), m_merge(merge),
      m_issues(report.issues)
{
    // Errors first: they are what the producer must fix; the file order is kept within each severity.
    std::stable_sort(m_issues.begin(), m_issues.end(), [](const ImportIssue& a, const ImportIssue& b) {
        return a.severity == ImportIssue::Severity::Error && b.severity != ImportIssue::Severity::Error;
    });
}

QString ImportSummary::headline() const
{
    const QString problems = tr("%n error(s)", nullptr, m_errors) + QStringLiteral(", ") +
                             tr("%n warning(s)", nullptr, m_warnings);
    if (!canImport())
        return tr("No product could be read from %1 (%2).").arg(m_sourceName, problems);
    QString text = tr("%n product(s) read from %1", nullptr, m_productCount).arg(m_sourceName) +
                   QStringLiteral(": ") +
                   tr("%1 new, %2 updated, %3 unchanged")
                       .arg(m_merge.added.size())
                       .arg(m_merge.updated.size())
                       .arg(m_merge.unchanged.size());
    if (!m_merge.lookAlikes.isEmpty())
        text += QStringLiteral("; ") + tr("%n look(s) like a product already there", nullptr,
                                          static_cast<int>(m_merge.lookAlikes.size()));
    if (!m_merge.missing.isEmpty())
        text += QStringLiteral("; ") + tr("%n in the show but not in the file (kept)", nullptr,
                                          static_cast<int>(m_merge.missing.size()));
    text += QStringLiteral(". ") + problems + u'.';
    if (m_fatal)
        text += u' ' + QCoreApplication::translate(
                           "vitrine::ImportSummary",
                           "Reading stopped early: only the products before the error were read.");
    return text;
}

QString ImportSummary::named(const QString& sku) const
{
    const QString title = m_merge.titles.value(sku);
    return title.isEmpty() || title == sku ? sku : QStringLiteral("%1 “%2”").arg(sku, title);
}

QStringList ImportSummary::changeLines() const
{
    QStringList lines;
    // Look-alikes first: the producer may want to fix the file before importing.
    for (const MergeReport::LookAlike& look : m_merge.lookAlikes)
        lines << (look.sameTitle
                      ? QCoreApplication::translate("vitrine::ImportSummary",
                                                    "Check: %1 has the same title as %2")
                      : QCoreApplication::translate("vitrine::ImportSummary",
                                                    "Check: %1 looks like %2 (SKUs one letter apart)"))
                     .arg(named(look.sku), named(look.similar));
    for (const QString& sku : m_merge.added)
        lines << tr("New: %1").arg(named(sku));
    lines << m_merge.changes;
    for (const QString& sku : m_merge.missing)
        lines << tr("Not in the file (kept): %1").arg(named(sku));
    return lines;
}

QStringList ImportSummary::issueLines() const
{
    QStringList lines;
    for (const ImportIssue& issue : m_issues) {
        const QString text = issue.toString();
        lines << (issue.severity == ImportIssue::Severity::Error ? tr("Error: %1") : tr("Warning: %1"))
                     .arg(text);
    }
    return lines;
}

QString ImportSummary::details() const
{
    return (changeLines() + issueLines()).join(u'\n');
}

} // namespace vitrine
