#pragma once

#include "show/CatalogueMerge.h"
#include "show/import/ImportReport.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace vitrine {

// What the producer reads before accepting an import: a headline with the counts, and the details (what the
// merge would change, then every error and warning with its file, row or line and field). Text only, so the
// window, the command line and tests compose it the same way.
class ImportSummary {
    Q_DECLARE_TR_FUNCTIONS(vitrine::ImportSummary)

public:
    ImportSummary(const QString& sourceName, const ImportReport& report, const MergeReport& merge);

    // Something can be imported: at least one product was read.
    bool canImport() const { return m_productCount > 0; }
    // "12 products read from shop.csv: 3 new, 2 updated, 7 unchanged; 1 in the show but not in the file
    // (kept). 1 error, 0 warnings." — or why nothing can be imported.
    QString headline() const;
    // One line per change the merge would make, look-alikes first ("Check: CAF-ETH-250 “Café…” looks like
    // CAFE-ETH-250 “Café…”", "New: MOUL-01 “Moulin…”", "MOUL-02: price 89.90 → 79.90").
    QStringList changeLines() const;
    // One line per issue, errors first: "shop.csv:14: Variant Price: “abc” is not a price".
    QStringList issueLines() const;
    // Changes then issues, as one text for a details pane.
    QString details() const;

private:
    // "CAFE-ETH-250 “Café d’Éthiopie Yirgacheffe 250 g”": a SKU with its title when known.
    QString named(const QString& sku) const;

    QString m_sourceName;
    int m_productCount = 0;
    bool m_fatal = false;
    int m_errors = 0;
    int m_warnings = 0;
    MergeReport m_merge;
    QList<ImportIssue> m_issues;
};

} // namespace vitrine
