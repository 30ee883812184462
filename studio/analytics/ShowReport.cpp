#include "analytics/ShowReport.h"

#include "analytics/ReportPlots.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include <utility>

namespace vitrine {
namespace {

const QString kOrdersPlot = QStringLiteral("orders.png");
const QString kProductsPlot = QStringLiteral("products.png");

QString cell(const QString& text)
{
    return QStringLiteral("<td>") + text.toHtmlEscaped() + QStringLiteral("</td>");
}

QString number(const QString& text)
{
    return QStringLiteral("<td align=\"right\">") + text.toHtmlEscaped() + QStringLiteral("</td>");
}

QString headerRow(const QStringList& titles)
{
    QString row = QStringLiteral("<tr>");
    for (const QString& title : titles)
        row += QStringLiteral("<th>") + title.toHtmlEscaped() + QStringLiteral("</th>");
    return row + QStringLiteral("</tr>");
}

QString table(const QString& header, const QString& rows)
{
    return QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">") + header + rows +
           QStringLiteral("</table>");
}

QString span(const TimeWindow& window)
{
    if (!window.isValid())
        return QStringLiteral("—");
    return window.start.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" → ") +
           window.end.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
}

QString minutes(qint64 ms)
{
    return QString::number(static_cast<double>(ms) / 60000.0, 'f', 1);
}

QByteArray png(const QImage& image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

ShowReport::ShowReport(QString showTitle, ShowFigures figures, OrdersImport import)
    : m_title(std::move(showTitle)), m_figures(std::move(figures)), m_import(std::move(import))
{
    const QImage orders = ReportPlots::ordersOverTime(m_import.orders, m_figures);
    if (!orders.isNull())
        m_plots.insert(kOrdersPlot, orders);
    const QImage products = ReportPlots::revenueByProduct(m_figures);
    if (!products.isNull())
        m_plots.insert(kProductsPlot, products);
}

QJsonObject ShowReport::figuresJson() const
{
    QJsonObject json = m_figures.toJson();
    json.insert(QStringLiteral("show"), m_title);
    json.insert(QStringLiteral("import"),
                QJsonObject{{QStringLiteral("orders"), static_cast<int>(m_import.orders.size())},
                            {QStringLiteral("skippedRows"), m_import.skippedRows},
                            {QStringLiteral("problems"), QJsonArray::fromStringList(m_import.problems)}});
    return json;
}

QString ShowReport::windowTable() const
{
    const struct {
        QString label;
        const OrderFigures& figures;
        TimeWindow window;
    } rows[] = {
        {tr("Whole export"), m_figures.all, {}},
        {tr("Live window"), m_figures.liveWindow, m_figures.live},
        {tr("Promo window"), m_figures.promoWindow,
         m_figures.promos.isEmpty() ? TimeWindow{} : m_figures.promos.first()},
        {tr("24 h after the live"), m_figures.in24h, m_figures.after24h},
        {tr("48 h after the live"), m_figures.in48h, m_figures.after48h},
    };
    QString body;
    for (const auto& row : rows)
        body += QStringLiteral("<tr>") + cell(row.label) + cell(span(row.window)) +
                number(QString::number(row.figures.orders)) + number(row.figures.revenue.toDecimalString()) +
                number(row.figures.revenueExcludingRefunded.toDecimalString()) + QStringLiteral("</tr>");
    return table(
        headerRow({tr("Window"), tr("When"), tr("Orders"), tr("Revenue (%1)").arg(m_figures.currency),
                   tr("Without refunded (%1)").arg(m_figures.currency)}),
        body);
}

QString ShowReport::codesTable() const
{
    QString body;
    for (auto it = m_figures.discountCodes.cbegin(); it != m_figures.discountCodes.cend(); ++it)
        body += QStringLiteral("<tr>") + cell(it.key()) + number(QString::number(it->all.orders)) +
                number(it->all.revenue.toDecimalString()) + number(it->discount.toDecimalString()) +
                number(QString::number(it->liveWindow.orders)) + QStringLiteral("</tr>");
    return table(
        headerRow({tr("Code"), tr("Orders"), tr("Revenue"), tr("Discount"), tr("Orders in the live")}), body);
}

QString ShowReport::productsTable() const
{
    QString body;
    for (auto it = m_figures.products.cbegin(); it != m_figures.products.cend(); ++it)
        body += QStringLiteral("<tr>") + cell(it.key()) + cell(it->title) + cell(it->vendor) +
                number(QString::number(it->units)) + number(QString::number(it->unitsLiveWindow)) +
                number(QString::number(it->unitsWhilePinned)) + number(it->revenue.toDecimalString()) +
                number(minutes(it->pinnedMs)) + QStringLiteral("</tr>");
    return table(headerRow({tr("SKU"), tr("Product"), tr("Brand"), tr("Units"), tr("Units in the live"),
                            tr("Units while pinned"), tr("Revenue"), tr("Minutes pinned")}),
                 body);
}

QString ShowReport::breakdownTables() const
{
    QString brands;
    for (auto it = m_figures.brands.cbegin(); it != m_figures.brands.cend(); ++it)
        brands += QStringLiteral("<tr>") + cell(it.key()) + number(QString::number(it->orders)) +
                  number(QString::number(it->units)) + number(it->revenue.toDecimalString()) +
                  QStringLiteral("</tr>");
    QString platforms;
    for (auto it = m_figures.platforms.cbegin(); it != m_figures.platforms.cend(); ++it)
        platforms += QStringLiteral("<tr>") + cell(it.key()) + number(QString::number(it->orders)) +
                     number(it->revenue.toDecimalString()) + QStringLiteral("</tr>");
    return QStringLiteral("<h2>") + tr("Brands").toHtmlEscaped() + QStringLiteral("</h2>") +
           table(headerRow({tr("Brand"), tr("Orders"), tr("Units"), tr("Revenue")}), brands) +
           QStringLiteral("<h2>") + tr("Platforms (utm_source)").toHtmlEscaped() + QStringLiteral("</h2>") +
           table(headerRow({tr("Platform"), tr("Orders"), tr("Revenue")}), platforms);
}

QString ShowReport::html(const std::function<QString(const QString&)>& imageSource) const
{
    const QString title = tr("Show report: %1").arg(m_title);
    QString page =
        QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>") + title.toHtmlEscaped() +
        QStringLiteral("</title><style>body{font-family:sans-serif}table{border-collapse:collapse}"
                       "td,th{padding:4px 8px}img{max-width:100%}</style></head><body><h1>") +
        title.toHtmlEscaped() + QStringLiteral("</h1><p>") +
        tr("Orders from the shop's export: %1 read, %2 cancelled (left out of every figure), %3 rows "
           "skipped. Money in %4, VAT included as exported.")
            .arg(m_import.orders.size())
            .arg(m_figures.cancelledOrders)
            .arg(m_import.skippedRows)
            .arg(m_figures.currency)
            .toHtmlEscaped() +
        QStringLiteral("</p><h2>") + tr("Orders and revenue").toHtmlEscaped() + QStringLiteral("</h2>") +
        windowTable();
    if (m_plots.contains(kOrdersPlot))
        page += QStringLiteral("<p><img width=\"600\" src=\"") + imageSource(kOrdersPlot) +
                QStringLiteral("\"></p>");
    page += QStringLiteral("<h2>") + tr("Discount codes").toHtmlEscaped() + QStringLiteral("</h2>") +
            codesTable() + QStringLiteral("<h2>") + tr("Products").toHtmlEscaped() + QStringLiteral("</h2>") +
            productsTable();
    if (m_plots.contains(kProductsPlot))
        page += QStringLiteral("<p><img width=\"600\" src=\"") + imageSource(kProductsPlot) +
                QStringLiteral("\"></p>");
    page += breakdownTables();
    if (!m_import.problems.isEmpty()) {
        page += QStringLiteral("<h2>") + tr("Rows skipped").toHtmlEscaped() + QStringLiteral("</h2><ul>");
        for (const QString& problem : m_import.problems)
            page += QStringLiteral("<li>") + problem.toHtmlEscaped() + QStringLiteral("</li>");
        page += QStringLiteral("</ul>");
    }
    return page + QStringLiteral("</body></html>");
}

bool ShowReport::writePdf(const QString& path, QString* error) const
{
    QTextDocument document;
    for (auto it = m_plots.cbegin(); it != m_plots.cend(); ++it)
        document.addResource(QTextDocument::ImageResource, QUrl(it.key()), it.value());
    document.setHtml(html([](const QString& name) { return name; }));
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setTitle(tr("Show report: %1").arg(m_title));
    writer.setCreator(QStringLiteral("Vitrine Studio"));
    document.print(&writer);
    if (QFileInfo(path).size() == 0) {
        *error = tr("cannot write %1").arg(path);
        return false;
    }
    return true;
}

bool ShowReport::write(const QString& dir, QString* error) const
{
    const QDir folder(dir);
    auto save = [&](const QString& name, const QByteArray& bytes) {
        QSaveFile file(folder.filePath(name));
        if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
            return true;
        *error = tr("cannot write %1: %2").arg(folder.filePath(name), file.errorString());
        return false;
    };
    const QString page = html([this](const QString& name) -> QString {
        return QStringLiteral("data:image/png;base64,") +
               QString::fromLatin1(png(m_plots.value(name)).toBase64());
    });
    return save(QStringLiteral("figures.json"),
                QJsonDocument(figuresJson()).toJson(QJsonDocument::Indented)) &&
           save(QStringLiteral("report.html"), page.toUtf8()) &&
           writePdf(folder.filePath(QStringLiteral("report.pdf")), error);
}

} // namespace vitrine
