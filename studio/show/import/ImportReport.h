#pragma once

#include "show/Product.h"

#include <QList>
#include <QString>

namespace vitrine {

// One problem found while importing, precise enough for a person to fix the file.
struct ImportIssue {
    enum class Severity { Warning, Error };
    Severity severity = Severity::Error;
    QString file;  // path or URL
    int line = 0;  // 1-based line (XML, JSON) or row (CSV, counting the header as row 1); 0 when unknown
    QString field; // column, element or key, when known
    QString message;

    QString toString() const; // "file:line: field: message"
    bool operator==(const ImportIssue&) const = default;
};

// What an importer read: the products it could build, and every issue. A fatal problem (unreadable file,
// missing required column, XML that stops being well-formed) sets `fatal` and says why in issues; products
// read before it are kept (a partial import). Nothing here touches a show: the user accepts the import first.
struct ImportReport {
    QList<Product> products;
    QList<ImportIssue> issues;
    bool fatal = false;

    int errorCount() const;
    int warningCount() const;
};

} // namespace vitrine
