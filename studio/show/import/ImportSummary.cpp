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
    const QString problems =
        QCoreApplication::translate("vitrine::ImportSummary", "%n error(s)", nullptr, m_errors) +
        QStringLiteral(", ") +
        QCoreApplication::translate("vitrine::ImportSummary", "%n warning(s)", nullptr, m_warnings);
    if (!canImport())
        return QCoreApplication::translate("vitrine::ImportSummary", "No product could be read from %1 (%2).")
            .arg(m_sourceName, problems);
    QString text = QCoreApplication::translate("vitrine::ImportSummary", "%n product(s) read from %1",
                                               nullptr, m_productCount)
                       .arg(m_sourceName) +
                   QStringLiteral(": ") +
                   QCoreApplication::translate("vitrine::ImportSummary", "%1 new, %2 updated, %3 unchanged")
                       .arg(m_merge.added.size())
                       .arg(m_merge.updated.size())
                       .arg(m_merge.unchanged.size());
    if (!m_merge.missing.isEmpty())
        text +=
            QStringLiteral("; ") +
            QCoreApplication::translate("vitrine::ImportSummary", "%n in the show but not in the file (kept)",
                                        nullptr, static_cast<int>(m_merge.missing.size()));
    text += QStringLiteral(". ") + problems + u'.';
    if (m_fatal)
        text += u' ' + QCoreApplication::translate(
                           "vitrine::ImportSummary",
                           "Reading stopped early: only the products before the error were read.");
    return text;
}

QStringList ImportSummary::changeLines() const
{
    QStringList lines;
    for (const QString& sku : m_merge.added)
        lines << QCoreApplication::translate("vitrine::ImportSummary", "New: %1").arg(sku);
    lines << m_merge.changes;
    for (const QString& sku : m_merge.missing)
        lines << QCoreApplication::translate("vitrine::ImportSummary", "Not in the file (kept): %1").arg(sku);
    return lines;
}

QStringList ImportSummary::issueLines() const
{
    QStringList lines;
    for (const ImportIssue& issue : m_issues) {
        const QString text = issue.toString();
        lines << (issue.severity == ImportIssue::Severity::Error
                      ? QCoreApplication::translate("vitrine::ImportSummary", "Error: %1")
                      : QCoreApplication::translate("vitrine::ImportSummary", "Warning: %1"))
                     .arg(text);
    }
    return lines;
}

QString ImportSummary::details() const
{
    return (changeLines() + issueLines()).join(u'\n');
}

} // namespace vitrine
