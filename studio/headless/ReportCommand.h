#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace vitrine {

// The report verb of the command line, after the show:
//   vitrine report SHOW.vitrine --orders ORDERS.csv [--live-window START/END] --out DIR
// reads the shop's orders export (Shopify) and the show's event log (SHOW.vitrine.events.jsonl, not needed
// with
// --live-window) and writes DIR/figures.json, DIR/report.html and DIR/report.pdf (DIR created). Skipped rows
// are warned about on `err`. Exit 0 when written, 2 for a missing or corrupt file or a bad window. Painting
// needs a QGuiApplication (main.cpp makes an offscreen one).
class ReportCommand {
    Q_DECLARE_TR_FUNCTIONS(vitrine::ReportCommand)

public:
    static bool matches(const QStringList& arguments);
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
};

} // namespace vitrine
