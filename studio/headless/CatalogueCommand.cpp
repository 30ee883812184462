#include "headless/CatalogueCommand.h"

#include "show/CatalogueMerge.h"
#include "show/ShowDocument.h"
#include "show/import/CatalogueFileImporter.h"
#include "show/import/CatalogueSource.h"
#include "show/import/ImportSummary.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QTextStream>

#include <memory>
#include <optional>

namespace vitrine {
namespace {

QJsonValue moneyJson(const std::optional<Money>& money)
{
    return money ? QJsonValue(money->toDecimalString()) : QJsonValue(QJsonValue::Null);
}

QJsonValue stockJson(const std::optional<int>& stock)
{
    return stock ? QJsonValue(*stock) : QJsonValue(QJsonValue::Null);
}

QString availability(bool soldOut)
{
    return soldOut ? QStringLiteral("out_of_stock") : QStringLiteral("in_stock");
}

// "sold out", "12 in stock", "in stock" (the count unknown).
QString stockLabel(bool soldOut, const std::optional<int>& stock)
{
    if (soldOut)
        return QCoreApplication::translate("vitrine::CatalogueCommand", "sold out");
    return stock ? QCoreApplication::translate("vitrine::CatalogueCommand", "%n in stock", nullptr, *stock)
                 : QCoreApplication::translate("vitrine::CatalogueCommand", "in stock");
}

// The normalised shape scripts read: every price as an exact decimal string with its currency.
QJsonObject listedProduct(const Product& product)
{
    QJsonArray variants;
    for (const ProductVariant& variant : product.variants) {
        QJsonObject options;
        for (auto it = variant.options.cbegin(); it != variant.options.cend(); ++it)
            options.insert(it.key(), it.value());
        variants.append(QJsonObject{
            {QStringLiteral("sku"), variant.sku},
            {QStringLiteral("title"), variant.title},
            {QStringLiteral("options"), options},
            {QStringLiteral("price"), moneyJson(variant.price ? variant.price : product.price)},
            {QStringLiteral("compareAtPrice"), moneyJson(variant.compareAtPrice)},
            {QStringLiteral("availability"), availability(variant.isSoldOut())},
            {QStringLiteral("stock"), stockJson(variant.stock)},
        });
    }
    return {
        {QStringLiteral("sku"), product.sku},
        {QStringLiteral("title"), product.title},
        {QStringLiteral("description"), product.pitch},
        {QStringLiteral("vendor"), product.vendor},
        {QStringLiteral("price"), product.price.toDecimalString()},
        {QStringLiteral("currency"), product.price.currency},
        {QStringLiteral("compareAtPrice"), moneyJson(product.compareAtPrice)},
        {QStringLiteral("availability"), availability(product.isSoldOut())},
        {QStringLiteral("stock"), stockJson(product.stock)},
        {QStringLiteral("lowStockThreshold"), product.lowStockThreshold},
        {QStringLiteral("link"), product.url},
        {QStringLiteral("images"), QJsonArray::fromStringList(product.images)},
        {QStringLiteral("variants"), variants},
    };
}

} // namespace

bool CatalogueCommand::matches(const QStringList& arguments)
{
    return arguments.size() > 1 && arguments.at(1) == QLatin1String("catalogue");
}

int CatalogueCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    const QCommandLineOption intoOption(QStringLiteral("into"), tr("The show to import into."), tr("SHOW"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("List as JSON, for scripts."));
    const QCommandLineOption currencyOption(
        QStringLiteral("currency"), tr("The currency of prices that carry none (default: the show's)."),
        tr("CODE"));
    parser.addOptions({intoOption, jsonOption, currencyOption});
    const QString usage =
        tr("usage: vitrine catalogue import FEED|URL --into SHOW.vitrine [--currency CODE]\n"
           "       vitrine catalogue list SHOW.vitrine [--json]");
    if (!parser.parse(arguments.mid(0, 1) + arguments.mid(2))) {
        err << "vitrine: " << parser.errorText() << '\n' << usage << Qt::endl;
        return 2;
    }
    const QStringList positional = parser.positionalArguments();
    const QString verb = positional.value(0);
    if (verb == QLatin1String("import") && positional.size() == 2 && parser.isSet(intoOption) &&
        !parser.isSet(jsonOption)) {
        const QString currency = parser.value(currencyOption).trimmed().toUpper();
        static const QRegularExpression currencyCode(QStringLiteral("^[A-Z]{3}$"));
        if (parser.isSet(currencyOption) && !currencyCode.match(currency).hasMatch()) {
            err << "vitrine: "
                << tr("--currency needs a three-letter ISO 4217 code such as EUR, not “%1”")
                       .arg(parser.value(currencyOption))
                << Qt::endl;
            return 2;
        }
        return importInto(positional.at(1), parser.value(intoOption), currency, out, err);
    }
    if (verb == QLatin1String("list") && positional.size() == 2 && !parser.isSet(intoOption) &&
        !parser.isSet(currencyOption))
        return list(positional.at(1), parser.isSet(jsonOption), out, err);
    err << "vitrine: " << usage << Qt::endl;
    return 2;
}

int CatalogueCommand::importInto(const QString& source, const QString& showPath, const QString& currency,
                                 QTextStream& out, QTextStream& err)
{
    auto fail = [&err](const QString& message) {
        err << "vitrine: " << message << Qt::endl;
        return 2;
    };
    QString error;
    const bool existed = QFileInfo::exists(showPath);
    ShowDocument show;
    if (existed) {
        std::optional<ShowDocument> loaded = ShowDocument::load(showPath, &error);
        if (!loaded)
            return fail(error);
        show = std::move(*loaded);
    } else {
        if (!QFileInfo(showPath).absoluteDir().exists())
            return fail(tr("cannot create the show %1: the folder %2 does not exist")
                            .arg(showPath, QFileInfo(showPath).absolutePath()));
        show = ShowDocument::blank(QFileInfo(showPath).completeBaseName());
    }

    // An http(s) feed is read from a temporary copy; messages name the address.
    QNetworkAccessManager network;
    CatalogueDownload download(&network);
    QEventLoop loop;
    bool downloaded = false;
    QObject::connect(&download, &CatalogueDownload::finished, &loop, [&](bool ok, const QString& why) {
        downloaded = ok;
        error = why;
        loop.quit();
    });
    download.start(source);
    loop.exec();
    if (!downloaded)
        return fail(error);

    // Prices without a currency take the one asked for, else the one the show's catalogue already uses.
    QString defaultCurrency = currency;
    for (const Product& product : std::as_const(show.products)) {
        if (!defaultCurrency.isEmpty())
            break;
        defaultCurrency = product.price.currency;
    }
    ImportReport report = importCatalogueFile(download.localPath(), defaultCurrency);
    renameImportSource(&report, download.localPath(), download.sourceName());
    MergeReport merge;
    QList<Product> merged = mergeCatalogue(show.products, report.products, &merge);
    const ImportSummary summary(download.sourceName(), report, merge);
    for (const QString& line : summary.issueLines())
        err << line << '\n';
    if (report.fatal || !summary.canImport())
        return fail(summary.headline() + QLatin1Char(' ') +
                    tr("Nothing was changed in %1.").arg(QDir::toNativeSeparators(showPath)));

    show.products = std::move(merged);
    adoptCatalogueFeed(&show, source); // its stock can then be refreshed during the live
    if (!show.save(showPath, &error))
        return fail(error);
    out << summary.headline() << '\n';
    for (const QString& line : summary.changeLines())
        out << "  " << line << '\n';
    out << (existed ? tr("Saved %1.") : tr("Created %1.")).arg(QDir::toNativeSeparators(showPath))
        << Qt::endl;
    return 0;
}

int CatalogueCommand::list(const QString& showPath, bool json, QTextStream& out, QTextStream& err)
{
    QString error;
    const std::optional<ShowDocument> show = ShowDocument::load(showPath, &error);
    if (!show) {
        err << "vitrine: " << error << Qt::endl;
        return 2;
    }
    if (json) {
        QJsonArray products;
        for (const Product& product : show->products)
            products.append(listedProduct(product));
        out << QJsonDocument(products).toJson(QJsonDocument::Indented);
        out.flush();
        return 0;
    }
    const QLocale locale;
    for (const Product& product : show->products) {
        out << product.sku << '\t' << product.title << '\t' << product.price.toDisplayString(locale) << '\t'
            << stockLabel(product.isSoldOut(), product.stock) << '\n';
        for (const ProductVariant& variant : product.variants)
            out << "  " << variant.sku << '\t' << variant.title << '\t'
                << variant.price.value_or(product.price).toDisplayString(locale) << '\t'
                << stockLabel(variant.isSoldOut(), variant.stock) << '\n';
    }
    out << tr("%n product(s)", nullptr, static_cast<int>(show->products.size())) << Qt::endl;
    return 0;
}

} // namespace vitrine
