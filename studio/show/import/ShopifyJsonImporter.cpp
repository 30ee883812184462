#include "show/import/ShopifyJsonImporter.h"

#include "base/HtmlText.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

#include <algorithm>
#include <limits>
#include <vector>

namespace vitrine {
namespace {

// One step of a JSON path: an object key, or an array index when key is empty.
struct PathStep {
    QString key;
    qsizetype index = -1;
};

// QJsonDocument says where a syntax error is but not where a value sits; this finds a value's line in
// the raw text, so that "price is not a string" can name a line like every other importer does.
// The product index meaning "the one product of a /products/<handle>.json".
constexpr qsizetype kSingleProduct = -2;

class JsonLocator {
public:
    explicit JsonLocator(const QByteArray& data) : m_data(data) {}

    // The 1-based line of the value at `path` under "products" element `product` (or under the root when
    // product is -1, or under "product" when it is kSingleProduct); the line of the deepest step found when
    // the path does not fully resolve.
    int line(qsizetype product, const QList<PathStep>& path)
    {
        qsizetype pos = skipSpace(0);
        if (product >= 0) {
            const std::vector<qsizetype>& offsets = productOffsets();
            if (product < static_cast<qsizetype>(offsets.size()))
                pos = offsets[static_cast<std::size_t>(product)];
        } else if (product == kSingleProduct) {
            pos = std::max(pos, member(pos, QStringLiteral("product")));
        }
        for (const PathStep& step : path) {
            const qsizetype next = step.key.isEmpty() ? element(pos, step.index) : member(pos, step.key);
            if (next < 0)
                break;
            pos = next;
        }
        return lineOf(pos);
    }

private:
    char at(qsizetype i) const { return i < m_data.size() ? m_data[i] : '\0'; }
    qsizetype skipSpace(qsizetype i) const
    {
        while (i < m_data.size() &&
               (m_data[i] == ' ' || m_data[i] == '\n' || m_data[i] == '\r' || m_data[i] == '\t'))
            ++i;
        return i;
    }
    qsizetype skipString(qsizetype i) const // i on the opening quote; returns just past the closing one
    {
        for (++i; i < m_data.size(); ++i) {
            if (m_data[i] == '\\')
                ++i;
            else if (m_data[i] == '"')
                return i + 1;
        }
        return m_data.size();
    }
    qsizetype skipValue(qsizetype i) const // iterative: nesting depth cannot overflow the stack
    {
        i = skipSpace(i);
        if (at(i) == '"')
            return skipString(i);
        if (at(i) == '{' || at(i) == '[') {
            int depth = 0;
            while (i < m_data.size()) {
                const char c = m_data[i];
                if (c == '"') {
                    i = skipString(i);
                    continue;
                }
                if (c == '{' || c == '[') {
                    ++depth;
                } else if (c == '}' || c == ']') {
                    if (--depth == 0)
                        return i + 1;
                }
                ++i;
            }
            return i;
        }
        while (i < m_data.size() && m_data[i] != ',' && m_data[i] != '}' && m_data[i] != ']')
            ++i;
        return i;
    }
    qsizetype member(qsizetype pos, const QString& key) const
    {
        if (at(pos) != '{')
            return -1;
        const QByteArray wanted = key.toUtf8();
        qsizetype i = pos + 1;
        for (;;) {
            i = skipSpace(i);
            if (at(i) != '"')
                return -1;
            const qsizetype end = skipString(i);
            const QByteArray name = m_data.mid(i + 1, end - i - 2);
            i = skipSpace(end);
            if (at(i) != ':')
                return -1;
            i = skipSpace(i + 1);
            if (name == wanted)
                return i;
            i = skipSpace(skipValue(i));
            if (at(i) != ',')
                return -1;
            ++i;
        }
    }
    qsizetype element(qsizetype pos, qsizetype index) const
    {
        if (at(pos) != '[')
            return -1;
        qsizetype i = pos + 1;
        for (qsizetype k = 0;; ++k) {
            i = skipSpace(i);
            if (at(i) == ']' || i >= m_data.size())
                return -1;
            if (k == index)
                return i;
            i = skipSpace(skipValue(i));
            if (at(i) != ',')
                return -1;
            ++i;
        }
    }
    // Where each element of the "products" array starts, found once: locating an issue in the 90,000th
    // product must not rescan the 89,999 before it.
    const std::vector<qsizetype>& productOffsets()
    {
        if (m_productsScanned)
            return m_productOffsets;
        m_productsScanned = true;
        qsizetype pos = member(skipSpace(0), QStringLiteral("products"));
        if (pos < 0 || at(pos) != '[')
            return m_productOffsets;
        qsizetype i = pos + 1;
        for (;;) {
            i = skipSpace(i);
            if (i >= m_data.size() || at(i) == ']')
                break;
            m_productOffsets.push_back(i);
            i = skipSpace(skipValue(i));
            if (at(i) != ',')
                break;
            ++i;
        }
        return m_productOffsets;
    }
    int lineOf(qsizetype pos)
    {
        if (!m_linesScanned) {
            m_linesScanned = true;
            for (qsizetype i = 0; i < m_data.size(); ++i) {
                if (m_data[i] == '\n')
                    m_lineStarts.push_back(i + 1);
            }
        }
        const auto after = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), pos);
        return static_cast<int>(after - m_lineStarts.cbegin()) + 1;
    }

    const QByteArray& m_data;
    std::vector<qsizetype> m_productOffsets;
    bool m_productsScanned = false;
    std::vector<qsizetype> m_lineStarts;
    bool m_linesScanned = false;
};

QString pathText(const QString& root, const QList<PathStep>& path)
{
    QString text = root;
    for (const PathStep& step : path) {
        if (step.key.isEmpty())
            text += u'[' + QString::number(step.index) + u']';
        else
            text += (text.isEmpty() ? QString() : QStringLiteral(".")) + step.key;
    }
    return text;
}

// Shopify ids are integers up to 2^53; Qt keeps JSON integers exact.
QString idText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number >= 0 && number < 9.007199254740992e15 &&
            number == static_cast<double>(static_cast<qint64>(number)))
            return QString::number(value.toInteger());
    }
    return {};
}

QString imageUrl(QString src)
{
    // Older storefronts write protocol-relative CDN addresses.
    if (src.startsWith(QStringLiteral("//")))
        src.prepend(QStringLiteral("https:"));
    return src;
}

class JsonImportRun {
public:
    JsonImportRun(const QByteArray& data, QString file, QString currency, QString baseUrl)
        : m_locator(data), m_file(std::move(file)), m_currency(std::move(currency)),
          m_baseUrl(std::move(baseUrl))
    {
    }

    void importProduct(const QJsonObject& object, qsizetype index, const QString& root, ImportReport* report);
    void issue(ImportIssue::Severity severity, qsizetype product, const QString& root,
               const QList<PathStep>& path, const QString& message)
    {
        m_issues.append({severity, m_file, m_locator.line(product, path), pathText(root, path), message});
    }
    QList<ImportIssue>& issues() { return m_issues; }

private:
    std::optional<Money> price(const QJsonValue& value, bool* wrongType) const
    {
        *wrongType = false;
        if (value.isString())
            return Money::parse(value.toString(), m_currency);
        if (value.isDouble()) {
            const double number = value.toDouble();
            if (number < 0 || number > 1e12)
                return std::nullopt;
            return Money::parse(QString::number(number, 'f', 2), m_currency);
        }
        *wrongType = true;
        return std::nullopt;
    }

    JsonLocator m_locator;
    QString m_file;
    QString m_currency;
    QString m_baseUrl;
    QHash<QString, QString> m_skus; // SKU → the path that first used it
    QList<ImportIssue> m_issues;
};

void JsonImportRun::importProduct(const QJsonObject& object, qsizetype index, const QString& root,
                                  ImportReport* report)
{
    using Severity = ImportIssue::Severity;
    const auto key = [](const char* name) { return PathStep{QLatin1String(name), -1}; };
    Product product;
    const QJsonValue title = object.value(QLatin1String("title"));
    product.title = title.toString().trimmed();
    if (product.title.isEmpty()) {
        issue(Severity::Error, index, root, {key("title")},
              title.isString() || title.isUndefined()
                  ? QCoreApplication::translate("vitrine::ShopifyJsonImporter",
                                                "the product has no title; skipped")
                  : QCoreApplication::translate("vitrine::ShopifyJsonImporter",
                                                "the title is not a string; product skipped"));
        return;
    }
    QString handle = object.value(QLatin1String("handle")).toString().trimmed();
    const QString productId = idText(object.value(QLatin1String("id")));
    if (handle.isEmpty())
        issue(Severity::Warning, index, root, {key("handle")},
              QCoreApplication::translate("vitrine::ShopifyJsonImporter",
                                          "the product has no handle; its URL is unknown"));
    else if (!m_baseUrl.isEmpty())
        product.url = m_baseUrl + QStringLiteral("/products/") + handle;
    // What identifies the product when SKUs are missing: its handle, else its id.
    const QString identity = handle.isEmpty() ? productId : handle;
    product.pitch = htmlToPlainText(object.value(QLatin1String("body_html")).toString());
    product.vendor = object.value(QLatin1String("vendor")).toString().trimmed();

    const QJsonValue images = object.value(QLatin1String("images"));
    if (images.isArray()) {
        const QJsonArray list = images.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QJsonValue image = list.at(i);
            const QString src =
                imageUrl((image.isObject() ? image.toObject().value(QLatin1String("src")) : image)
                             .toString()
                             .trimmed());
            if (src.isEmpty())
                issue(Severity::Warning, index, root, {key("images"), {{}, i}},
                      QCoreApplication::translate("vitrine::ShopifyJsonImporter",
                                                  "an image without \"src\"; ignored"));
            else if (!product.images.contains(src))
                product.images.append(src);
        }
    } else if (!images.isUndefined() && !images.isNull()) {
        issue(Severity::Warning, index, root, {key("images")},
              QCoreApplication::translate("vitrine::ShopifyJsonImporter",
                                          "\"images\" is not an array; ignored"));
    }

    std::array<QString, 3> optionNames;
    const QJsonArray options = object.value(QLatin1String("options")).toArray();
    for (qsizetype i = 0; i < options.size() && i < 3; ++i) {
        const QJsonValue option = options.at(i);
        optionNames[static_cast<std::size_t>(i)] =
            (option.isObject() ? option.toObject().value(QLatin1String("name")) : option)
                .toString()
                .trimmed();
    }

    const QJsonValue variantsValue = object.value(QLatin1String("variants"));
    if (!variantsValue.isArray() || variantsValue.toArray().isEmpty()) {
        issue(Severity::Error, index, root, {key("variants")},
              variantsValue.isArray()
                  ? QCoreApplication::translate("vitrine::ShopifyJsonImporter",
                                                "the product has no variants, hence no price; skipped")
                  : QCoreApplication::translate("vitrine::ShopifyJsonImporter",
                                                "\"variants\" is missing or not an array; product skipped"));
        return;
    }
    const QJsonArray variants = variantsValue.toArray();
    bool firstSkuIsFallback = false;
    for (qsizetype i = 0; i < variants.size(); ++i) {
        const PathStep at{{}, i};
        if (!variants.at(i).isObject()) {
            issue(Severity::Error, index, root, {key("variants"), at},
                  QCoreApplication::translate("vitrine::ShopifyJsonImporter",
                                              "a variant is not an object; skipped"));
            continue;
        }
        const QJsonObject json = variants.at(i).toObject();
        const auto here = [&](const char* field) { return QList<PathStep>{key("variants"), at, key(field)}; };
        ProductVariant variant;
        variant.sku = json.value(QLatin1String("sku")).toString().trimmed();
        const bool fallback = variant.sku.isEmpty();
        if (fallback) {
            const QString variantId = idText(json.value(QLatin1String("id")));
            if (identity.isEmpty()) {
                issue(Severity::Error, index, root, here("sku"),
                      QCoreApplication::translate(
                          "vitrine::ShopifyJsonImporter",
                          "the variant has no SKU and its product no handle or id to name it by; skipped"));
                continue;
            }
            variant.sku = identity + u'-' + (variantId.isEmpty() ? QString::number(i + 1) : variantId);
        }
        const QString where = pathText(root, {key("variants"), at});
        if (const auto first = m_skus.constFind(variant.sku); first != m_skus.cend()) {
            issue(Severity::Warning, index, root, here("sku"),
                  QCoreApplication::translate("vitrine::ShopifyJsonImporter",
                                              "duplicate SKU \"%1\" (first at %2); this variant is skipped")
                      .arg(variant.sku, first.value()));
            continue;
        }

        const QJsonValue priceValue = json.value(QLatin1String("price"));
        bool wrongType = false;
        variant.price = price(priceValue, &wrongType);
        if (!variant.price) {
            QString message;
            if (priceValue.isUndefined() || priceValue.isNull())
                message = QCoreApplication::translate("vitrine::ShopifyJsonImporter",
                                                      "the variant has no price; skipped");
            else if (wrongType)
                message = QCoreApplication::translate(
                    "vitrine::ShopifyJsonImporter",
                    "the price is neither a string nor a number; variant skipped");
            else if (priceValue.toString().trimmed().startsWith(u'-') || priceValue.toDouble() < 0)
                message = QCoreApplication::translate("vitrine::ShopifyJsonImporter",
                                                      "the price is negative; variant skipped");
            else
                message = QCoreApplication::translate("vitrine::ShopifyJsonImporter",
                                                      "\"%1\" is not a price; variant skipped")
                              .arg(priceValue.toString());
            issue(Severity::Error, index, root, here("price"), message);
            continue;
        }
        const QJsonValue compareValue = json.value(QLatin1String("compare_at_price"));
        if (!compareValue.isNull() && !compareValue.isUndefined() &&
            !(compareValue.isString() && compareValue.toString().trimmed().isEmpty())) {
            variant.compareAtPrice = price(compareValue, &wrongType);
            if (!variant.compareAtPrice)
                issue(Severity::Warning, index, root, here("compare_at_price"),
                      QCoreApplication::translate("vitrine::ShopifyJsonImporter",
                                                  "the compare-at price is not a price; ignored"));
            else if (variant.compareAtPrice->minor == 0)
                variant.compareAtPrice.reset();
        }
        const QJsonValue available = json.value(QLatin1String("available"));
        if (available.isBool())
            variant.available = available.toBool();
        else if (!available.isUndefined() && !available.isNull())
            issue(Severity::Warning, index, root, here("available"),
                  QCoreApplication::translate("vitrine::ShopifyJsonImporter",
                                              "\"available\" is not true or false; ignored"));
        // Not in the storefront shape, but an Admin API export has it: a real count beats none.
        const QJsonValue quantity = json.value(QLatin1String("inventory_quantity"));
        if (quantity.isDouble()) {
            const double count = quantity.toDouble();
            variant.stock = count <= 0 ? 0 : static_cast<int>(std::min(count, 1e9));
            if (!available.isBool())
                variant.available = *variant.stock > 0;
        }

        QStringList values;
        for (std::size_t n = 0; n < 3; ++n) {
            const QString optionKey = QStringLiteral("option%1").arg(n + 1);
            const QString value = json.value(optionKey).toString().trimmed();
            if (value.isEmpty())
                continue;
            QString name = optionNames[n];
            if (name == u"Title" && value == u"Default Title")
                continue;
            if (name.isEmpty())
                name = QCoreApplication::translate("vitrine::ShopifyJsonImporter", "Option %1").arg(n + 1);
            variant.options.insert(name, value);
            values.append(value);
        }
        const QString variantTitle = json.value(QLatin1String("title")).toString().trimmed();
        variant.title = variantTitle == u"Default Title" ? QString()
                        : variantTitle.isEmpty()         ? values.join(QStringLiteral(" / "))
                                                         : variantTitle;
        const QString featured = imageUrl(
            json.value(QLatin1String("featured_image")).toObject().value(QLatin1String("src")).toString());
        if (!featured.isEmpty() && !product.images.contains(featured))
            product.images.append(featured);
        if (product.variants.isEmpty())
            firstSkuIsFallback = fallback;
        m_skus.insert(variant.sku, where);
        product.variants.append(std::move(variant));
    }
    if (product.variants.isEmpty())
        return; // each refused variant has its issue

    const ProductVariant& first = product.variants.constFirst();
    product.sku = firstSkuIsFallback ? identity : first.sku;
    product.price = *first.price;
    product.compareAtPrice = first.compareAtPrice;
    product.available = std::any_of(product.variants.cbegin(), product.variants.cend(),
                                    [](const ProductVariant& variant) { return variant.available; });
    qint64 stock = 0;
    bool stockKnown = false;
    for (const ProductVariant& variant : std::as_const(product.variants)) {
        if (variant.stock) {
            stock += *variant.stock;
            stockKnown = true;
        }
    }
    if (stockKnown)
        product.stock = static_cast<int>(std::min<qint64>(stock, std::numeric_limits<int>::max()));
    if (product.variants.size() == 1 && first.options.isEmpty())
        product.variants.clear();
    report->products.append(std::move(product));
}

} // namespace

ShopifyJsonImporter::ShopifyJsonImporter(const QString& shopBaseUrl, const QString& currency)
    : m_shopBaseUrl(shopBaseUrl), m_currency(currency)
{
    while (m_shopBaseUrl.endsWith(u'/'))
        m_shopBaseUrl.chop(1);
}

ImportReport ShopifyJsonImporter::importFile(const QString& path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportReport report;
        report.fatal = true;
        report.issues.append(
            {ImportIssue::Severity::Error,
             path,
             0,
             {},
             QCoreApplication::translate("vitrine::ShopifyJsonImporter", "cannot open the file: %1")
                 .arg(file.errorString())});
        return report;
    }
    return importData(file.readAll(), path);
}

ImportReport ShopifyJsonImporter::importData(const QByteArray& json, const QString& sourceName) const
{
    ImportReport report;
    const auto fatal = [&](int line, const QString& field, const QString& message) {
        report.issues.append({ImportIssue::Severity::Error, sourceName, line, field, message});
        report.fatal = true;
        return report;
    };
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        // Qt reports the offset just past the token it choked on; point at the token itself.
        const qsizetype offset = std::clamp<qsizetype>(error.offset - 1, 0, json.size());
        // (lastIndexOf from -1 would search from the end, hence the guard.)
        const qsizetype lineStart = offset == 0 ? 0 : json.lastIndexOf('\n', offset - 1) + 1;
        const int line = static_cast<int>(json.left(offset).count('\n')) + 1;
        const qsizetype column = QString::fromUtf8(json.mid(lineStart, offset - lineStart)).size() + 1;
        return fatal(line, {},
                     QCoreApplication::translate("vitrine::ShopifyJsonImporter",
                                                 "malformed JSON at line %1, column %2: %3")
                         .arg(line)
                         .arg(column)
                         .arg(error.errorString()));
    }
    JsonImportRun run(json, sourceName, m_currency, m_shopBaseUrl);
    const QJsonObject root = document.object();
    if (!document.isObject())
        return fatal(1, {},
                     QCoreApplication::translate(
                         "vitrine::ShopifyJsonImporter",
                         "expected an object with a \"products\" array (a Shopify /products.json)"));
    if (root.contains(QLatin1String("products"))) {
        const QJsonValue products = root.value(QLatin1String("products"));
        if (!products.isArray()) {
            run.issue(
                ImportIssue::Severity::Error, -1, {}, {{QStringLiteral("products"), -1}},
                QCoreApplication::translate("vitrine::ShopifyJsonImporter", "\"products\" is not an array"));
            report.issues = run.issues();
            report.fatal = true;
            return report;
        }
        const QJsonArray list = products.toArray();
        report.products.reserve(list.size());
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString rootPath = QStringLiteral("products[%1]").arg(i);
            if (!list.at(i).isObject()) {
                run.issue(ImportIssue::Severity::Error, i, rootPath, {},
                          QCoreApplication::translate("vitrine::ShopifyJsonImporter",
                                                      "a product is not an object; skipped"));
                continue;
            }
            run.importProduct(list.at(i).toObject(), i, rootPath, &report);
        }
    } else if (root.value(QLatin1String("product")).isObject()) {
        // /products/<handle>.json: one product. Its line lookups start from the root.
        run.importProduct(root.value(QLatin1String("product")).toObject(), kSingleProduct,
                          QStringLiteral("product"), &report);
    } else {
        return fatal(
            1, QStringLiteral("products"),
            QCoreApplication::translate("vitrine::ShopifyJsonImporter",
                                        "no \"products\" array: this is not a Shopify /products.json"));
    }
    report.issues = run.issues();
    return report;
}

} // namespace vitrine
