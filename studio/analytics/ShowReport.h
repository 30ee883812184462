#pragma once

#include "analytics/ShowFigures.h"

#include <QCoreApplication>
#include <QImage>
#include <QJsonObject>
#include <QMap>

#include <functional>

namespace vitrine {

// The show report: figures.json, report.html (plots embedded as PNG data URIs) and report.pdf (the same page
// through QTextDocument and QPdfWriter). Painting needs a QGuiApplication (offscreen is enough).
class ShowReport {
    Q_DECLARE_TR_FUNCTIONS(vitrine::ShowReport)

public:
    ShowReport(QString showTitle, ShowFigures figures, OrdersImport import);

    // figures.json: the figures plus what the import skipped.
    QJsonObject figuresJson() const;
    // The report page; imageSource maps a plot's name ("orders.png") to the src its <img> gets.
    QString html(const std::function<QString(const QString&)>& imageSource) const;
    // Writes the three files into dir (which must exist); false with a message when one cannot be written.
    bool write(const QString& dir, QString* error) const;

private:
    QString windowTable() const;
    QString codesTable() const;
    QString productsTable() const;
    QString breakdownTables() const;
    bool writePdf(const QString& path, QString* error) const;

    QString m_title;
    ShowFigures m_figures;
    OrdersImport m_import;
    QMap<QString, QImage> m_plots; // by file name
};

} // namespace vitrine
