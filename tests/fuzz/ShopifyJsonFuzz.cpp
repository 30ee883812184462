// Arbitrary bytes through the Shopify products.json importer: malformed JSON, wrong shapes and the raw-text
// line locator used for its messages.
#include "show/import/ShopifyJsonImporter.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const vitrine::ShopifyJsonImporter importer(QStringLiteral("https://shop.example/"),
                                                QStringLiteral("EUR"));
    const vitrine::ImportReport report = importer.importData(bytes, QStringLiteral("fuzz.json"));
    if (report.fatal && !report.products.isEmpty())
        std::abort();
    for (const vitrine::ImportIssue& issue : report.issues) {
        if (issue.line < 0 || issue.line > bytes.count('\n') + 1)
            std::abort();
    }
    return 0;
}
