#pragma once

#include "analytics/TimeWindow.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace vitrine {

// The show's report from its files, for the command line (`vitrine report`) and the window (Show ▸ Show
// report…): the show, its event log (SHOW.vitrine.events.jsonl, optional when the live window is given), the
// shop's orders export → DIR/figures.json, DIR/report.html, DIR/report.pdf.
class ShowReportMaker {
    Q_DECLARE_TR_FUNCTIONS(vitrine::ShowReportMaker)

public:
    struct Request {
        QString showPath;
        QString ordersPath;
        std::optional<TimeWindow> liveWindow; // else from the event log
        QString outDir;                       // created
    };
    struct Outcome {
        bool ok = false;
        QString error;        // translated, when not ok
        QStringList problems; // rows of the export that were skipped, each with its line
        int orders = 0;
        int skippedRows = 0;
        QString figuresPath;
        QString htmlPath;
        QString pdfPath;
    };

    static Outcome make(const Request& request);
    // Where the window writes a show's report: "<folder of the show>/<show name> report".
    static QString defaultFolder(const QString& showPath);
};

} // namespace vitrine
