#include "analytics/ShopifyOrdersCsv.h"

#include "show/import/CsvReader.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <QUrl>
#include <QUrlQuery>

namespace vitrine {
namespace {

// Shopify's own column names.
const QString kName = QStringLiteral("Name");
const QString kFinancialStatus = QStringLiteral("Financial Status");
const QString kCurrency = QStringLiteral("Currency");
const QString kTotal = QStringLiteral("Total");
const QString kCreatedAt = QStringLiteral("Created at");
const QString kCancelledAt = QStringLiteral("Cancelled at");
const QString kQuantity = QStringLiteral("Lineitem quantity");
const QString kLinePrice = QStringLiteral("Lineitem price");
const QString kSku = QStringLiteral("Lineitem sku");
const QString kLineName = QStringLiteral("Lineitem name");
const QString kVendor = QStringLiteral("Vendor");
const QString kDiscountCode = QStringLiteral("Discount Code");
const QString kDiscountAmount = QStringLiteral("Discount Amount");
const QString kRefundedAmount = QStringLiteral("Refunded Amount");
const QString kLandingSite = QStringLiteral("Landing Site");
const QString kUtmSource = QStringLiteral("UTM Source");

} // namespace

// Reads one export: the header's columns, then each record as the first row of an order or a continuation.
class ShopifyOrdersCsv::Reader {
public:
    explicit Reader(OrdersImport* result) : m_result(result) {}

    bool readHeader(const CsvRecord& header)
    {
        for (int i = 0; i < header.fields.size(); ++i)
            m_columns.insert(header.fields.at(i).trimmed().toLower(), i);
        QStringList missing;
        for (const QString& name : {kName, kFinancialStatus, kCurrency, kTotal, kCreatedAt, kCancelledAt,
                                    kQuantity, kLinePrice, kSku})
            if (!m_columns.contains(name.toLower()))
                missing << name;
        if (missing.isEmpty())
            return true;
        m_result->error = tr("this is not a Shopify orders export: the column(s) %1 are missing")
                              .arg(missing.join(QStringLiteral(", ")));
        return false;
    }

    void readRecord(const CsvRecord& record)
    {
        m_record = &record;
        if (!record.error.isEmpty())
            return skip(record.error);
        const QString name = field(kName);
        if (name.isEmpty())
            return skip(tr("no order Name"));
        if (const auto known = m_index.constFind(name); known != m_index.cend())
            return continueOrder(&m_result->orders[*known]);
        if (m_skippedOrders.contains(name))
            return skip(tr("a line item of order %1, which was skipped").arg(name));
        if (field(kCreatedAt).isEmpty() && field(kTotal).isEmpty() && field(kFinancialStatus).isEmpty())
            return skip(tr("a line item of order %1, which has no first row before it").arg(name));
        startOrder(name);
    }

private:
    QString field(const QString& column) const
    {
        const int index = m_columns.value(column.toLower(), -1);
        return index < 0 ? QString() : m_record->fields.value(index).trimmed();
    }

    void skip(const QString& why)
    {
        m_result->problems << tr("line %1: %2, row skipped").arg(m_record->line).arg(why);
        ++m_result->skippedRows;
    }

    std::optional<Money> money(const QString& column, const QString& currency, bool required, QString* why)
    {
        const QString text = field(column);
        if (text.isEmpty() && !required)
            return Money{0, currency};
        std::optional<Money> value = Money::parse(text, currency);
        if (!value || value->currency != currency)
            *why = tr("%1 “%2” is not an amount in %3").arg(column, text, currency);
        return value && value->currency == currency ? value : std::nullopt;
    }

    std::optional<ShopOrderLine> lineItem(const QString& currency, QString* why)
    {
        ShopOrderLine line;
        line.sku = field(kSku);
        line.title = field(kLineName);
        line.vendor = field(kVendor);
        if (field(kQuantity).isEmpty() && field(kLinePrice).isEmpty() && line.sku.isEmpty())
            return line; // an order row with no line item: quantity 0
        bool ok = false;
        line.quantity = field(kQuantity).toInt(&ok);
        if (!ok || line.quantity < 0) {
            *why = tr("Lineitem quantity “%1” is not a whole number").arg(field(kQuantity));
            return std::nullopt;
        }
        const std::optional<Money> price = money(kLinePrice, currency, true, why);
        if (!price)
            return std::nullopt;
        line.price = *price;
        return line;
    }

    void startOrder(const QString& name)
    {
        ShopOrder order;
        order.name = name;
        order.line = m_record->line;
        order.financialStatus = field(kFinancialStatus).toLower();
        const QString currency = field(kCurrency).toUpper();
        QString why;
        if (currency.isEmpty())
            why = tr("no Currency");
        else if (!m_result->currency.isEmpty() && currency != m_result->currency)
            why = tr("order %1 is in %2, the export in %3").arg(name, currency, m_result->currency);
        const std::optional<QDateTime> created = parseTime(field(kCreatedAt));
        if (why.isEmpty() && !created)
            why = tr("Created at “%1” is not a time with its UTC offset").arg(field(kCreatedAt));
        std::optional<Money> total;
        std::optional<Money> discount;
        std::optional<Money> refunded;
        std::optional<ShopOrderLine> line;
        if (why.isEmpty())
            total = money(kTotal, currency, true, &why);
        if (why.isEmpty())
            discount = money(kDiscountAmount, currency, false, &why);
        if (why.isEmpty())
            refunded = money(kRefundedAmount, currency, false, &why);
        if (why.isEmpty())
            line = lineItem(currency, &why);
        if (why.isEmpty() && !field(kCancelledAt).isEmpty() && !parseTime(field(kCancelledAt)))
            why = tr("Cancelled at “%1” is not a time with its UTC offset").arg(field(kCancelledAt));
        if (!why.isEmpty()) {
            m_skippedOrders.insert(name);
            return skip(why);
        }
        if (m_result->currency.isEmpty())
            m_result->currency = currency;
        order.createdAt = *created;
        order.cancelled = !field(kCancelledAt).isEmpty();
        order.total = *total;
        order.discount = *discount;
        order.refunded = *refunded;
        order.discountCode = field(kDiscountCode).toUpper();
        order.utmSource = field(kUtmSource).toLower();
        if (order.utmSource.isEmpty())
            order.utmSource = utmSource(field(kLandingSite));
        if (line->quantity > 0)
            order.lines << *line;
        m_index.insert(name, static_cast<int>(m_result->orders.size()));
        m_result->orders << order;
    }

    void continueOrder(ShopOrder* order)
    {
        QString why;
        const std::optional<ShopOrderLine> line = lineItem(order->total.currency, &why);
        if (!line)
            return skip(why);
        if (line->quantity > 0)
            order->lines << *line;
    }

    OrdersImport* m_result;
    const CsvRecord* m_record = nullptr;
    QHash<QString, int> m_columns; // lower-case column name → index
    QHash<QString, int> m_index;   // order name → index in orders
    QSet<QString> m_skippedOrders;
};

OrdersImport ShopifyOrdersCsv::readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        OrdersImport result;
        result.error = tr("cannot read the orders %1: %2").arg(path, file.errorString());
        return result;
    }
    return read(&file, path);
}

OrdersImport ShopifyOrdersCsv::read(QIODevice* device, const QString& label)
{
    OrdersImport result;
    CsvReader csv(device);
    CsvRecord record;
    Reader reader(&result);
    if (!csv.readRecord(&record)) {
        result.error = tr("the orders %1 are empty").arg(label);
        return result;
    }
    if (!reader.readHeader(record)) {
        result.error = tr("%1: %2").arg(label, result.error);
        return result;
    }
    while (csv.readRecord(&record))
        if (!record.isBlank())
            reader.readRecord(record);
    return result;
}

std::optional<QDateTime> ShopifyOrdersCsv::parseTime(const QString& text)
{
    static const QRegularExpression shopify(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?\s*(?:([+-])(\d{2}):?(\d{2})|(Z|UTC))$)"));
    const QRegularExpressionMatch match = shopify.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(), match.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    int offsetSeconds = 0;
    if (match.captured(10).isEmpty()) {
        offsetSeconds = (match.captured(8).toInt() * 60 + match.captured(9).toInt()) * 60;
        if (match.captured(7) == QLatin1String("-"))
            offsetSeconds = -offsetSeconds;
    }
    return QDateTime(date, time, QTimeZone(offsetSeconds)).toUTC();
}

QString ShopifyOrdersCsv::utmSource(const QString& landingSite)
{
    const QUrl url(landingSite.trimmed());
    if (!url.hasQuery())
        return {};
    return QUrlQuery(url)
        .queryItemValue(QStringLiteral("utm_source"), QUrl::FullyDecoded)
        .trimmed()
        .toLower();
}

} // namespace vitrine
