#include "headless/ReportCommand.h"

#include "analytics/ShowReportMaker.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

#include <optional>

namespace vitrine {

bool ReportCommand::matches(const QStringList& arguments)
{
    return arguments.size() > 1 && arguments.at(1) == QLatin1String("report");
}

int ReportCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    auto fail = [&err](const QString& message) {
        err << "vitrine: " << message << Qt::endl;
        return 2;
    };
    QCommandLineParser parser;
    const QCommandLineOption ordersOption(QStringLiteral("orders"),
                                          tr("The shop's orders export (Shopify CSV)."), tr("ORDERS.csv"));
    const QCommandLineOption windowOption(
        QStringLiteral("live-window"),
        tr("The live window, ISO 8601 with offsets, start included, end not "
           "(default: from the show's event log)."),
        tr("START/END"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       tr("The folder to write the report into (created)."), tr("DIR"));
    parser.addOptions({ordersOption, windowOption, outOption});
    const QString usage =
        tr("usage: vitrine report SHOW.vitrine --orders ORDERS.csv [--live-window START/END] --out DIR");
    if (!parser.parse(arguments.mid(0, 1) + arguments.mid(2)) || parser.positionalArguments().size() != 1 ||
        !parser.isSet(ordersOption) || !parser.isSet(outOption)) {
        if (!parser.errorText().isEmpty())
            err << "vitrine: " << parser.errorText() << '\n';
        return fail(usage);
    }
    const QString showPath = parser.positionalArguments().constFirst();

    std::optional<TimeWindow> window;
    if (parser.isSet(windowOption)) {
        window = TimeWindow::parse(parser.value(windowOption));
        if (!window->isValid())
            return fail(tr("--live-window needs START/END in ISO 8601 with their offsets, START before END, "
                           "such as 2026-12-05T20:00:00+01:00/2026-12-05T21:00:00+01:00, not “%1”")
                            .arg(parser.value(windowOption)));
    }
    const ShowReportMaker::Outcome made =
        ShowReportMaker::make({showPath, parser.value(ordersOption), window, parser.value(outOption)});
    for (const QString& problem : made.problems)
        err << "vitrine: " << parser.value(ordersOption) << ": " << problem << '\n';
    err.flush();
    if (!made.ok)
        return fail(made.error);
    out << tr("Wrote %1, %2 and %3 (%n order(s), %4 row(s) skipped)", nullptr, made.orders)
               .arg(made.figuresPath, made.htmlPath, made.pdfPath)
               .arg(made.skippedRows)
        << Qt::endl;
    return 0;
}

} // namespace vitrine
