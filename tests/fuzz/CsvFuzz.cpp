// Arbitrary bytes through the CSV reader (auto-detected and each fixed delimiter, from memory and
// streamed through a device) and the product importer with its guessed mapping, plus the HTML-to-text
// helper on the same bytes.
#include "base/HtmlText.h"
#include "show/import/CsvProductImporter.h"
#include "show/import/CsvReader.h"

#include <QBuffer>
#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

void readAll(vitrine::CsvReader& reader)
{
    vitrine::CsvRecord record;
    int previousRow = 0;
    while (reader.readRecord(&record)) {
        // Rows count up one by one and a record never ends before it starts.
        if (record.row != previousRow + 1 || record.lastLine < record.line || record.fields.isEmpty())
            std::abort();
        previousRow = record.row;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));

    vitrine::CsvReader detected(bytes);
    readAll(detected);
    for (const char16_t delimiter : {u',', u';'}) {
        vitrine::CsvReader fixed(bytes, QChar(delimiter));
        readAll(fixed);
    }
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    vitrine::CsvReader streamed(&buffer);
    readAll(streamed);

    vitrine::CsvProductImporter importer(bytes, QStringLiteral("fuzz.csv"));
    importer.setShopBaseUrl(QStringLiteral("https://shop.example"));
    const vitrine::CsvPreview preview = importer.preview(5);
    const vitrine::ImportReport report = importer.import();
    if (report.fatal && !report.products.isEmpty())
        std::abort();
    (void)preview;

    (void)vitrine::htmlToPlainText(QString::fromUtf8(bytes));
    return 0;
}
