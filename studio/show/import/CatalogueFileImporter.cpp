#include "show/import/CatalogueFileImporter.h"

#include "show/import/CsvProductImporter.h"
#include "show/import/MerchantFeedImporter.h"
#include "show/import/ShopifyJsonImporter.h"

#include <QFile>
#include <QFileInfo>

namespace vitrine {

CatalogueFormat detectCatalogueFormat(const QString& path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        QByteArray head = file.read(512);
        if (head.startsWith("\xEF\xBB\xBF"))
            head.remove(0, 3);
        const QByteArray start = head.trimmed();
        if (start.startsWith('<'))
            return CatalogueFormat::MerchantFeed;
        if (start.startsWith('{') || start.startsWith('['))
            return CatalogueFormat::ShopifyJson;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"xml" || suffix == u"rss" || suffix == u"atom")
        return CatalogueFormat::MerchantFeed;
    if (suffix == u"json")
        return CatalogueFormat::ShopifyJson;
    return CatalogueFormat::Csv;
}

ImportReport importCatalogueFile(const QString& path, const QString& defaultCurrency)
{
    switch (detectCatalogueFormat(path)) {
    case CatalogueFormat::MerchantFeed:
        return MerchantFeedImporter::importFile(path); // Merchant prices always name their currency
    case CatalogueFormat::ShopifyJson:
        return ShopifyJsonImporter({}, defaultCurrency).importFile(path);
    case CatalogueFormat::Csv:
        break;
    }
    CsvProductImporter importer(path);
    importer.setDefaultCurrency(defaultCurrency);
    return importer.import();
}

} // namespace vitrine
