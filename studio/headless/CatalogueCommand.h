#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace vitrine {

// The catalogue verbs of the command line, for automation:
//   vitrine catalogue import FEED|URL --into SHOW.vitrine [--currency CODE]   (SHOW created if needed)
//   vitrine catalogue list SHOW.vitrine [--json]
// Import: skipped rows are warned about on `err` and the run exits 0; a fatal problem changes nothing and
// exits 2. List: a table for people, or with --json the normalised products and variants for scripts.
class CatalogueCommand {
    Q_DECLARE_TR_FUNCTIONS(vitrine::CatalogueCommand)

public:
    // Whether the command line (program name first) names the catalogue verb.
    static bool matches(const QStringList& arguments);
    // Runs it (an http(s) feed is downloaded, so a QCoreApplication must exist); returns the exit code.
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);

private:
    static int importInto(const QString& source, const QString& showPath, const QString& currency,
                          QTextStream& out, QTextStream& err);
    static int list(const QString& showPath, bool json, QTextStream& out, QTextStream& err);
};

} // namespace vitrine
