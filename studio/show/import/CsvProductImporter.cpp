#include "show/import/CsvProductImporter.h"

#include "base/HtmlText.h"
#include "show/import/CsvReader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSet>

#include <deque>
#include <limits>
#include <vector>

namespace vitrine {
namespace {

using Field = ColumnMapping::Field;

// "Compare-at price", "compare_at_price" and " Compare At  Price" are one header; so are "Quantité" and
// "quantite", because people retype headers.
QString normalizeHeader(const QString& header)
{
    const QString decomposed = header.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        const QChar::Category category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Other_Format)
            continue; // accents, and a stray BOM
        if (c.isSpace() || c == u'_' || c == u'-') {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace)
            out += u' ';
        pendingSpace = false;
        out += c.toLower();
    }
    return out;
}

// "Prix (EUR)" and "Price (€)" name a price too; only used when no header matches exactly.
QString withoutParenthesis(const QString& normalized)
{
    const qsizetype open = normalized.indexOf(u'(');
    return open < 0 ? normalized : normalized.left(open).trimmed();
}

struct FieldAliases {
    Field field;
    std::vector<const char*> names; // normalized, best first
};

const std::vector<FieldAliases>& aliasTable()
{
    // Shopify's classic headers first, then its 2024 renamed ones, then generic English and French.
    static const std::vector<FieldAliases> table = {
        {Field::Handle,
         {"handle", "url handle", "item group id", "group id", "group", "groupe", "parent sku", "parent",
          "modele", "product group"}},
        {Field::Sku,
         {"variant sku", "sku", "reference", "ref", "ref.", "code article", "product code", "code produit",
          "article", "code", "id"}},
        {Field::Title,
         {"title", "product title", "name", "product name", "titre", "nom", "nom du produit", "produit",
          "designation", "libelle"}},
        {Field::Pitch,
         {"body (html)", "body html", "description", "pitch", "short description", "description courte",
          "accroche", "descriptif"}},
        {Field::Price,
         {"variant price", "price", "prix", "prix ttc", "prix de vente", "tarif", "unit price"}},
        {Field::CompareAtPrice,
         {"variant compare at price", "compare at price", "compare at", "prix barre", "ancien prix",
          "prix avant remise", "prix de reference"}},
        {Field::Stock,
         {"variant inventory qty", "inventory quantity", "stock", "quantity", "qty", "quantite", "inventory",
          "quantite en stock", "stock disponible", "inventaire"}},
        {Field::Image,
         {"image src", "product image url", "image", "image url", "image link", "images", "photo",
          "url image", "lien image", "url de l'image"}},
        {Field::VariantImage, {"variant image", "variant image url"}},
        {Field::Url,
         {"url", "link", "product url", "product link", "lien", "lien produit", "url produit",
          "page produit"}},
        {Field::Vendor, {"vendor", "brand", "marque", "fabricant", "vendeur"}},
        {Field::Option1Name, {"option1 name", "option1 nom", "option 1 name", "option 1 nom"}},
        {Field::Option1Value, {"option1 value", "option1 valeur", "option 1 value", "option 1 valeur"}},
        {Field::Option2Name, {"option2 name", "option2 nom", "option 2 name", "option 2 nom"}},
        {Field::Option2Value, {"option2 value", "option2 valeur", "option 2 value", "option 2 valeur"}},
        {Field::Option3Name, {"option3 name", "option3 nom", "option 3 name", "option 3 nom"}},
        {Field::Option3Value, {"option3 value", "option3 valeur", "option 3 value", "option 3 valeur"}},
    };
    return table;
}

constexpr std::array<Field, 3> kOptionNames = {Field::Option1Name, Field::Option2Name, Field::Option3Name};
constexpr std::array<Field, 3> kOptionValues = {Field::Option1Value, Field::Option2Value,
                                                Field::Option3Value};

bool openDevice(const QString& path, const QByteArray& data, bool fromMemory, QFile* file, QBuffer* buffer,
                QIODevice** device, QString* error)
{
    if (fromMemory) {
        buffer->setData(data);
        buffer->open(QIODevice::ReadOnly);
        *device = buffer;
        return true;
    }
    file->setFileName(path);
    if (!file->open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("vitrine::CsvProductImporter", "cannot open the file: %1")
                     .arg(file->errorString());
        return false;
    }
    *device = file;
    return true;
}

// A stock count as shops write it: "12", "12.0" (spreadsheets), "1 200".
std::optional<int> parseStock(QString text)
{
    text.remove(u' ').remove(QChar(0x00A0)).remove(QChar(0x202F));
    bool ok = false;
    const int value = text.toInt(&ok);
    if (ok)
        return value;
    const double real = text.toDouble(&ok);
    if (ok && real == static_cast<double>(static_cast<long long>(real)) &&
        real >= std::numeric_limits<int>::min() && real <= std::numeric_limits<int>::max())
        return static_cast<int>(real);
    return std::nullopt;
}

QString trimmedSlash(QString url)
{
    while (url.endsWith(u'/'))
        url.chop(1);
    return url;
}

// The products being built, in file order, while rows arrive.
struct ProductBuild {
    Product product;
    QString handle;
    std::array<QString, 3> optionNames;
    bool firstSkuIsFallback = false;
};

class ImportRun {
public:
    ImportRun(const ColumnMapping& mapping, const QStringList& headers, QString file, QString currency,
              QString shopBaseUrl)
        : m_mapping(mapping), m_headers(headers), m_file(std::move(file)), m_currency(std::move(currency)),
          m_shopBaseUrl(trimmedSlash(std::move(shopBaseUrl)))
    {
    }

    void addRecord(const CsvRecord& record);
    void finish(ImportReport* report);
    QList<ImportIssue>& issues() { return m_issues; }

private:
    QString value(Field field) const
    {
        const int column = m_mapping.column(field);
        return column >= 0 && column < m_fields->size() ? m_fields->at(column).trimmed() : QString();
    }
    QString header(Field field) const
    {
        const int column = m_mapping.column(field);
        return column >= 0 && column < m_headers.size() ? m_headers.at(column)
                                                        : ColumnMapping::fieldLabel(field);
    }
    void issue(ImportIssue::Severity severity, const QString& field, const QString& message)
    {
        QString text = message;
        if (m_record->line != m_record->row)
            text += QCoreApplication::translate("vitrine::CsvProductImporter", " (line %1 of the file)")
                        .arg(m_record->line);
        m_issues.append({severity, m_file, m_record->row, field, text});
    }
    void addImages(ProductBuild& build);
    void addVariant(ProductBuild& build);

    const ColumnMapping& m_mapping;
    const QStringList& m_headers;
    QString m_file;
    QString m_currency;
    QString m_shopBaseUrl;
    const CsvRecord* m_record = nullptr;
    const QStringList* m_fields = nullptr;
    std::deque<ProductBuild> m_builds; // never relocated as it grows: 100,000 products moved twice cost more
                                       // than the parsing
    QHash<QString, qsizetype> m_byHandle;
    QHash<QString, int> m_skuRows; // SKU → the row that first used it
    QList<ImportIssue> m_issues;
};

void ImportRun::addImages(ProductBuild& build)
{
    for (const Field field : {Field::Image, Field::VariantImage}) {
        const QString image = value(field);
        if (!image.isEmpty() && !build.product.images.contains(image))
            build.product.images.append(image);
    }
}

void ImportRun::addRecord(const CsvRecord& record)
{
    m_record = &record;
    m_fields = &record.fields;
    if (!record.error.isEmpty()) {
        QString message =
            QCoreApplication::translate("vitrine::CsvProductImporter", "broken quoting: %1; row skipped")
                .arg(record.error);
        if (record.errorLine != record.line)
            message += QCoreApplication::translate("vitrine::CsvProductImporter",
                                                   " (the problem is on line %1 of the file)")
                           .arg(record.errorLine);
        issue(ImportIssue::Severity::Error, {}, message);
        return;
    }
    if (record.isBlank())
        return;
    const qsizetype expected = m_headers.size();
    if (record.fields.size() < expected) {
        // The field named is the first one the row lacks.
        issue(ImportIssue::Severity::Error, m_headers.at(record.fields.size()),
              QCoreApplication::translate("vitrine::CsvProductImporter",
                                          "this row has %1 fields where the header has %2; row skipped")
                  .arg(record.fields.size())
                  .arg(expected));
        return;
    }
    if (record.fields.size() > expected) {
        // A trailing delimiter is harmless; text beyond the header usually means an unquoted delimiter
        // shifted the columns, and then every value after it is wrong.
        for (qsizetype i = expected; i < record.fields.size(); ++i) {
            if (!record.fields.at(i).trimmed().isEmpty()) {
                issue(ImportIssue::Severity::Error, {},
                      QCoreApplication::translate(
                          "vitrine::CsvProductImporter",
                          "this row has %1 fields where the header has %2 (an unquoted delimiter in a "
                          "value?); row skipped")
                          .arg(record.fields.size())
                          .arg(expected));
                return;
            }
        }
    }

    const QString handle = value(Field::Handle);
    if (m_mapping.shopify && handle.isEmpty()) {
        issue(ImportIssue::Severity::Error, header(Field::Handle),
              QCoreApplication::translate("vitrine::CsvProductImporter", "the handle is empty; row skipped"));
        return;
    }
    bool variantData = false;
    for (const Field field : {Field::Sku, Field::Price, Field::CompareAtPrice, Field::Stock,
                              Field::Option1Value, Field::Option2Value, Field::Option3Value}) {
        if (!value(field).isEmpty()) {
            variantData = true;
            break;
        }
    }

    if (!handle.isEmpty()) {
        const auto found = m_byHandle.constFind(handle);
        if (found != m_byHandle.cend()) {
            // A continuation row: another variant, or (Shopify) only another image.
            ProductBuild& build = m_builds[static_cast<std::size_t>(found.value())];
            addImages(build);
            if (variantData)
                addVariant(build);
            return;
        }
    }

    const QString title = value(Field::Title);
    if (title.isEmpty()) {
        issue(ImportIssue::Severity::Error, header(Field::Title),
              handle.isEmpty() ? QCoreApplication::translate("vitrine::CsvProductImporter",
                                                             "the title is empty; row skipped")
                               : QCoreApplication::translate(
                                     "vitrine::CsvProductImporter",
                                     "the first row of \"%1\" has no title (or an earlier row of it was "
                                     "skipped); row skipped")
                                     .arg(handle));
        return;
    }
    ProductBuild build;
    build.handle = handle;
    build.product.title = title;
    build.product.pitch = htmlToPlainText(value(Field::Pitch));
    build.product.vendor = value(Field::Vendor);
    build.product.url = value(Field::Url);
    if (build.product.url.isEmpty() && m_mapping.shopify && !m_shopBaseUrl.isEmpty())
        build.product.url = m_shopBaseUrl + QStringLiteral("/products/") + handle;
    for (std::size_t n = 0; n < kOptionNames.size(); ++n)
        build.optionNames[n] = value(kOptionNames[n]);
    if (!variantData) {
        issue(ImportIssue::Severity::Error, header(Field::Price),
              QCoreApplication::translate("vitrine::CsvProductImporter", "the price is empty; row skipped"));
        return;
    }
    addImages(build);
    // Even when this variant is refused, the product stays so that its continuation rows find it.
    addVariant(build);
    if (!handle.isEmpty())
        m_byHandle.insert(handle, static_cast<qsizetype>(m_builds.size()));
    m_builds.push_back(std::move(build));
}

void ImportRun::addVariant(ProductBuild& build)
{
    ProductVariant variant;
    variant.sku = value(Field::Sku);
    bool fallbackSku = false;
    if (variant.sku.isEmpty()) {
        if (build.handle.isEmpty()) {
            issue(
                ImportIssue::Severity::Error, header(Field::Sku),
                QCoreApplication::translate("vitrine::CsvProductImporter", "the SKU is empty; row skipped"));
            return;
        }
        // Shopify does not require SKUs; the handle identifies the product, its rank the variant.
        variant.sku = build.handle + u'-' + QString::number(build.product.variants.size() + 1);
        fallbackSku = true;
    }
    const auto previous = m_skuRows.constFind(variant.sku);
    if (previous != m_skuRows.cend()) {
        issue(ImportIssue::Severity::Warning, header(Field::Sku),
              QCoreApplication::translate("vitrine::CsvProductImporter",
                                          "duplicate SKU \"%1\" (first on row %2); this row is skipped")
                  .arg(variant.sku)
                  .arg(previous.value()));
        return;
    }

    const QString priceText = value(Field::Price);
    if (priceText.isEmpty()) {
        issue(ImportIssue::Severity::Error, header(Field::Price),
              QCoreApplication::translate("vitrine::CsvProductImporter", "the price is empty; row skipped"));
        return;
    }
    variant.price = Money::parse(priceText, m_currency);
    if (!variant.price) {
        issue(ImportIssue::Severity::Error, header(Field::Price),
              (priceText.startsWith(u'-')
                   ? QCoreApplication::translate("vitrine::CsvProductImporter",
                                                 "the price \"%1\" is negative; row skipped")
                   : QCoreApplication::translate("vitrine::CsvProductImporter",
                                                 "\"%1\" is not a price; row skipped"))
                  .arg(priceText));
        return;
    }
    const QString compareText = value(Field::CompareAtPrice);
    if (!compareText.isEmpty()) {
        variant.compareAtPrice = Money::parse(compareText, m_currency);
        if (!variant.compareAtPrice) {
            issue(ImportIssue::Severity::Warning, header(Field::CompareAtPrice),
                  QCoreApplication::translate("vitrine::CsvProductImporter",
                                              "\"%1\" is not a price; the compare-at price is ignored")
                      .arg(compareText));
        } else if (variant.compareAtPrice->minor == 0) {
            variant.compareAtPrice.reset(); // Shopify writes 0 for "no compare-at price"
        }
    }
    const QString stockText = value(Field::Stock);
    if (!stockText.isEmpty()) {
        variant.stock = parseStock(stockText);
        if (!variant.stock) {
            issue(ImportIssue::Severity::Warning, header(Field::Stock),
                  QCoreApplication::translate("vitrine::CsvProductImporter",
                                              "\"%1\" is not a stock count; the stock is left unknown")
                      .arg(stockText));
        } else if (*variant.stock < 0) {
            // Shopify lets a shop oversell: nothing is left to sell on air either way.
            issue(ImportIssue::Severity::Warning, header(Field::Stock),
                  QCoreApplication::translate("vitrine::CsvProductImporter",
                                              "the stock %1 is negative; read as 0")
                      .arg(*variant.stock));
            variant.stock = 0;
        }
    }
    variant.available = !variant.stock || *variant.stock > 0;

    QStringList optionValues;
    for (std::size_t n = 0; n < kOptionValues.size(); ++n) {
        const QString optionValue = value(kOptionValues[n]);
        if (optionValue.isEmpty())
            continue;
        QString name = value(kOptionNames[n]);
        if (name.isEmpty())
            name = build.optionNames[n];
        // Shopify's single-variant products carry a placeholder option, not a real one.
        if (name == u"Title" && optionValue == u"Default Title")
            continue;
        if (name.isEmpty())
            name = QCoreApplication::translate("vitrine::CsvProductImporter", "Option %1").arg(n + 1);
        variant.options.insert(name, optionValue);
        optionValues.append(optionValue);
    }
    variant.title = optionValues.join(QStringLiteral(" / "));
    if (variant.title.isEmpty()) {
        const QString rowTitle = value(Field::Title);
        if (rowTitle != build.product.title)
            variant.title = rowTitle;
    }
    if (build.product.variants.isEmpty())
        build.firstSkuIsFallback = fallbackSku;
    m_skuRows.insert(variant.sku, m_record->row);
    build.product.variants.append(std::move(variant));
}

void ImportRun::finish(ImportReport* report)
{
    report->products.reserve(static_cast<qsizetype>(m_builds.size()));
    for (ProductBuild& build : m_builds) {
        Product& product = build.product;
        if (product.variants.isEmpty())
            continue; // every variant row was refused, each with its issue
        const ProductVariant& first = product.variants.constFirst();
        product.sku = build.firstSkuIsFallback ? build.handle : first.sku;
        product.price = *first.price;
        product.compareAtPrice = first.compareAtPrice;
        qint64 stock = 0;
        bool stockKnown = false;
        bool available = false;
        for (const ProductVariant& variant : std::as_const(product.variants)) {
            if (variant.stock) {
                stock += *variant.stock;
                stockKnown = true;
            }
            available = available || variant.available;
        }
        if (stockKnown)
            product.stock = static_cast<int>(std::min<qint64>(stock, std::numeric_limits<int>::max()));
        product.available = available;
        // One variant without options is the product itself: no variant list to show.
        if (product.variants.size() == 1 && first.options.isEmpty())
            product.variants.clear();
        report->products.append(std::move(product));
    }
    report->issues = std::move(m_issues);
}

} // namespace

ColumnMapping ColumnMapping::guess(const QStringList& headers)
{
    ColumnMapping mapping;
    QStringList normalized;
    QStringList looseNames;
    normalized.reserve(headers.size());
    looseNames.reserve(headers.size());
    for (const QString& header : headers) {
        normalized.append(normalizeHeader(header));
        looseNames.append(withoutParenthesis(normalized.constLast()));
    }
    std::vector<bool> used(static_cast<std::size_t>(headers.size()), false);
    for (const QStringList* candidates : {&normalized, &looseNames}) {
        for (const FieldAliases& aliases : aliasTable()) {
            if (mapping.has(aliases.field))
                continue;
            for (const char* alias : aliases.names) {
                const QLatin1String name(alias);
                for (qsizetype i = 0; i < candidates->size(); ++i) {
                    const auto index = static_cast<std::size_t>(i);
                    if (!used[index] && candidates->at(i) == name) {
                        mapping.setColumn(aliases.field, static_cast<int>(i));
                        used[index] = true;
                        break;
                    }
                }
                if (mapping.has(aliases.field))
                    break;
            }
        }
    }
    if (mapping.has(Field::Handle)) {
        const QString& handle = normalized.at(mapping.column(Field::Handle));
        mapping.shopify = handle == u"handle" || handle == u"url handle";
    }
    return mapping;
}

QList<ColumnMapping::Field> ColumnMapping::missingRequired() const
{
    const QList<Field> required = shopify ? QList<Field>{Field::Handle, Field::Price}
                                          : QList<Field>{Field::Sku, Field::Title, Field::Price};
    QList<Field> missing;
    for (const Field field : required) {
        if (!has(field))
            missing.append(field);
    }
    return missing;
}

QString ColumnMapping::fieldLabel(Field field)
{
    switch (field) {
    case Field::Handle:
        return QCoreApplication::translate("vitrine::CsvProductImporter", "Handle / group");
    case Field::Sku:
        return QCoreApplication::translate("vitrine::CsvProductImporter", "SKU");
    case Field::Title:
        return QCoreApplication::translate("vitrine::CsvProductImporter", "Title");
    case Field::Pitch:
        return QCoreApplication::translate("vitrine::CsvProductImporter", "Description");
    case Field::Price:
        return QCoreApplication::translate("vitrine::CsvProductImporter", "Price");
    case Field::CompareAtPrice:
        return QCoreApplication::translate("vitrine::CsvProductImporter", "Compare-at price");
    case Field::Stock:
        return QCoreApplication::translate("vitrine::CsvProductImporter", "Stock");
    case Field::Image:
        return QCoreApplication::translate("vitrine::CsvProductImporter", "Image");
    case Field::VariantImage:
        return QCoreApplication::translate("vitrine::CsvProductImporter", "Variant image");
    case Field::Url:
        return QCoreApplication::translate("vitrine::CsvProductImporter", "Product URL");
    case Field::Vendor:
        return QCoreApplication::translate("vitrine::CsvProductImporter", "Vendor");
    case Field::Option1Name:
        return QCoreApplication::translate("vitrine::CsvProductImporter", "Option 1 name");
    case Field::Option1Value:
        return QCoreApplication::translate("vitrine::CsvProductImporter", "Option 1 value");
    case Field::Option2Name:
        return QCoreApplication::translate("vitrine::CsvProductImporter", "Option 2 name");
    case Field::Option2Value:
        return QCoreApplication::translate("vitrine::CsvProductImporter", "Option 2 value");
    case Field::Option3Name:
        return QCoreApplication::translate("vitrine::CsvProductImporter", "Option 3 name");
    case Field::Option3Value:
        return QCoreApplication::translate("vitrine::CsvProductImporter", "Option 3 value");
    }
    return {};
}

CsvProductImporter::CsvProductImporter(const QString& path) : m_path(path), m_sourceName(path) {}

CsvProductImporter::CsvProductImporter(const QByteArray& data, const QString& sourceName)
    : m_data(data), m_fromMemory(true), m_sourceName(sourceName)
{
}

CsvPreview CsvProductImporter::preview(int rows) const
{
    CsvPreview result;
    QFile file;
    QBuffer buffer;
    QIODevice* device = nullptr;
    QString error;
    if (!openDevice(m_path, m_data, m_fromMemory, &file, &buffer, &device, &error)) {
        result.issues.append({ImportIssue::Severity::Error, m_sourceName, 0, {}, error});
        result.fatal = true;
        return result;
    }
    CsvReader reader(device, m_delimiter);
    result.delimiter = reader.delimiter();
    CsvRecord record;
    if (!reader.readRecord(&record)) {
        result.issues.append(
            {ImportIssue::Severity::Error,
             m_sourceName,
             0,
             {},
             QCoreApplication::translate("vitrine::CsvProductImporter", "the file is empty")});
        result.fatal = true;
        return result;
    }
    result.headers = record.fields;
    result.mapping = ColumnMapping::guess(result.headers);
    while (result.rows.size() < rows && reader.readRecord(&record)) {
        if (!record.error.isEmpty())
            result.issues.append(
                {ImportIssue::Severity::Error,
                 m_sourceName,
                 record.row,
                 {},
                 QCoreApplication::translate("vitrine::CsvProductImporter", "broken quoting: %1")
                     .arg(record.error)});
        if (!record.isBlank())
            result.rows.append(record.fields);
    }
    return result;
}

ImportReport CsvProductImporter::import(const std::optional<ColumnMapping>& chosen) const
{
    ImportReport report;
    auto fatal = [&report, this](int line, const QString& field, const QString& message) {
        report.issues.append({ImportIssue::Severity::Error, m_sourceName, line, field, message});
        report.fatal = true;
        return report;
    };
    QFile file;
    QBuffer buffer;
    QIODevice* device = nullptr;
    QString error;
    if (!openDevice(m_path, m_data, m_fromMemory, &file, &buffer, &device, &error))
        return fatal(0, {}, error);
    CsvReader reader(device, m_delimiter);
    CsvRecord header;
    if (!reader.readRecord(&header))
        return fatal(0, {}, QCoreApplication::translate("vitrine::CsvProductImporter", "the file is empty"));
    if (!header.error.isEmpty())
        return fatal(
            header.row, {},
            QCoreApplication::translate("vitrine::CsvProductImporter", "broken quoting in the header: %1")
                .arg(header.error));

    const ColumnMapping mapping = chosen.value_or(ColumnMapping::guess(header.fields));
    const QList<Field> missing = mapping.missingRequired();
    if (!missing.isEmpty()) {
        QStringList names;
        for (const Field field : missing)
            names.append(ColumnMapping::fieldLabel(field));
        const QString list = names.join(QStringLiteral(", "));
        return fatal(header.row, list,
                     mapping.shopify
                         ? QCoreApplication::translate("vitrine::CsvProductImporter",
                                                       "missing required column(s) for a Shopify export: %1")
                               .arg(list)
                         : QCoreApplication::translate(
                               "vitrine::CsvProductImporter",
                               "missing required column(s): %1 (a product file needs a SKU, a title "
                               "and a price column)")
                               .arg(list));
    }
    for (const int column : mapping.columns) {
        if (column >= header.fields.size())
            return fatal(
                header.row, {},
                QCoreApplication::translate("vitrine::CsvProductImporter",
                                            "the column mapping names column %1, but the file has only %2")
                    .arg(column + 1)
                    .arg(header.fields.size()));
    }

    ImportRun run(mapping, header.fields, m_sourceName, m_defaultCurrency, m_shopBaseUrl);
    CsvRecord record;
    while (reader.readRecord(&record))
        run.addRecord(record);
    if (reader.usedWindows1252()) {
        run.issues().append({ImportIssue::Severity::Warning,
                             m_sourceName,
                             0,
                             {},
                             QCoreApplication::translate(
                                 "vitrine::CsvProductImporter",
                                 "the file is not UTF-8; it was read as Windows-1252 (Excel's \"CSV\" on "
                                 "Windows): check accented letters")});
    }
    run.finish(&report);
    return report;
}

} // namespace vitrine
