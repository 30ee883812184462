#pragma once

#include "show/import/ImportReport.h"

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace vitrine {

// Which CSV column feeds which product field: what the column-mapping dialog shows and lets the user
// change. A column is a 0-based index into the header, -1 when nothing feeds the field.
struct ColumnMapping {
    enum class Field {
        Handle, // groups rows into one product: Shopify's Handle, or a generic group/parent column
        Sku,
        Title,
        Pitch, // description; HTML is decoded to plain text
        Price,
        CompareAtPrice,
        Stock,
        Image,
        VariantImage,
        Url,
        Vendor,
        Option1Name,
        Option1Value,
        Option2Name,
        Option2Value,
        Option3Name,
        Option3Value,
    };
    static constexpr int FieldCount = static_cast<int>(Field::Option3Value) + 1;

    std::array<int, FieldCount> columns = filled(-1);
    // Shopify's product export: Handle and price are required, SKU and title are not on every row.
    bool shopify = false;

    int column(Field field) const { return columns[static_cast<std::size_t>(field)]; }
    void setColumn(Field field, int column) { columns[static_cast<std::size_t>(field)] = column; }
    bool has(Field field) const { return column(field) >= 0; }

    // Recognises Shopify's classic and newer export headers, and generic English and French ones
    // (case, accents, spacing, '-' and '_' do not matter).
    static ColumnMapping guess(const QStringList& headers);
    // The fields this mapping needs but lacks: Handle and price for Shopify, else SKU, title and price.
    QList<Field> missingRequired() const;
    // A translated name for the field, for the dialog and for messages.
    static QString fieldLabel(Field field);

    bool operator==(const ColumnMapping&) const = default;

private:
    static constexpr std::array<int, FieldCount> filled(int value)
    {
        std::array<int, FieldCount> result{};
        result.fill(value);
        return result;
    }
};

// What the column-mapping dialog needs before the import: no UI, only data.
struct CsvPreview {
    QStringList headers;
    QList<QStringList> rows; // the first data rows, as read
    ColumnMapping mapping;   // the guess
    QChar delimiter;
    QList<ImportIssue> issues; // an unreadable file, broken quoting in the rows shown
    bool fatal = false;
};

// Reads a product CSV into an ImportReport. Rows sharing a handle are one product: the first row gives the
// product's title, description, vendor and images; each row carrying variant data (SKU, price, stock or
// option values) adds a variant; a Shopify image-only row (Handle and Image Src) adds an image.
//
// The product's SKU, price and compare-at price are its first variant's (the SKU falls back to the
// handle, a variant's to "<handle>-<n>"); its stock is the sum of its variants' known stocks. A product with
// a single variant without options (Shopify's "Default Title") keeps no variant list.
//
// Problems are reported with the file, the row (the header is row 1, as in a spreadsheet) and the
// column: a missing required column is fatal; a bad or missing price, a duplicate SKU (the second is
// skipped), a row with too few or too many fields or broken quoting skip that row; the rest imports.
class CsvProductImporter {
public:
    // Reads the file at `path` (reopened by each call, so a preview and an import see the same bytes
    // only if the file does not change in between).
    explicit CsvProductImporter(const QString& path);
    // Reads data already in memory (a download); `sourceName` (the URL) is what messages name.
    CsvProductImporter(const QByteArray& data, const QString& sourceName);

    // Prices without a currency of their own get this one (e.g. "EUR"); empty: none.
    void setDefaultCurrency(const QString& currency) { m_defaultCurrency = currency; }
    // Gives products without a URL column "<base>/products/<handle>" (a Shopify shop's address).
    void setShopBaseUrl(const QString& baseUrl) { m_shopBaseUrl = baseUrl; }
    // Forces a delimiter; by default it is detected.
    void setDelimiter(QChar delimiter) { m_delimiter = delimiter; }

    CsvPreview preview(int rows) const;
    // Imports with the guessed mapping, or the one the user chose.
    ImportReport import(const std::optional<ColumnMapping>& chosen = std::nullopt) const;

private:
    QString m_path;
    QByteArray m_data;
    bool m_fromMemory = false;
    QString m_sourceName;
    QString m_defaultCurrency;
    QString m_shopBaseUrl;
    QChar m_delimiter;
};

} // namespace vitrine
