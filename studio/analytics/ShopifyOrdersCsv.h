#pragma once

#include "analytics/ShopOrder.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QIODevice;

namespace vitrine {

struct CsvRecord;

// What reading an orders export gave: the orders, and the rows it had to leave out and why.
struct OrdersImport {
    QList<ShopOrder> orders; // in file order
    QString currency;        // the export's (the first order's)
    QStringList problems;    // "line 7: …", translated
    int skippedRows = 0;
    QString error; // set when nothing could be read (unreadable file, missing column): then no orders
    bool ok() const { return error.isEmpty(); }
};

// Shopify's "Export orders" CSV (Orders > Export). An order spans several rows: the first carries the order's
// fields (Financial Status, Total, Created at…) and its first line item, the next rows repeat the Name and
// carry one more line item each. A malformed row (unparseable money, quantity or time, a continuation of an
// order not seen) is reported with its line, skipped and counted; a missing required column stops the read
// with one error. Orders in another currency than the first are skipped too: figures never add currencies.
class ShopifyOrdersCsv {
    Q_DECLARE_TR_FUNCTIONS(vitrine::ShopifyOrdersCsv)

public:
    static OrdersImport readFile(const QString& path);
    static OrdersImport read(QIODevice* device, const QString& label);

    // "2026-12-05 20:15:03 +0100" (Shopify) or ISO 8601 with an offset; nullopt without an offset.
    static std::optional<QDateTime> parseTime(const QString& text);
    // utm_source of a landing URL or path ("/products/x?utm_source=instagram"), empty when it has none.
    static QString utmSource(const QString& landingSite);

private:
    class Reader;
};

} // namespace vitrine
