#include "show/CatalogueJson.h"

#include <QCoreApplication>
#include <QSet>

namespace vitrine {
namespace {

QJsonValue moneyToJson(const Money& money)
{
    return QJsonObject{{QStringLiteral("amount"), money.toDecimalString()},
                       {QStringLiteral("currency"), money.currency}};
}

std::optional<Money> moneyFromJson(const QJsonValue& value)
{
    const QJsonObject object = value.toObject();
    std::optional<Money> money = Money::parse(object.value(QStringLiteral("amount")).toString());
    if (money)
        money->currency = object.value(QStringLiteral("currency")).toString();
    return money;
}

void insertOptional(QJsonObject& json, const QString& key, const std::optional<Money>& money)
{
    if (money)
        json.insert(key, moneyToJson(*money));
}

} // namespace

QJsonObject productToJson(const Product& product)
{
    QJsonObject json{{QStringLiteral("sku"), product.sku},
                     {QStringLiteral("title"), product.title},
                     {QStringLiteral("price"), moneyToJson(product.price)},
                     {QStringLiteral("available"), product.available},
                     {QStringLiteral("lowStockThreshold"), product.lowStockThreshold}};
    if (!product.pitch.isEmpty())
        json.insert(QStringLiteral("pitch"), product.pitch);
    if (!product.facts.isEmpty())
        json.insert(QStringLiteral("facts"), QJsonArray::fromStringList(product.facts));
    insertOptional(json, QStringLiteral("compareAtPrice"), product.compareAtPrice);
    if (!product.images.isEmpty())
        json.insert(QStringLiteral("images"), QJsonArray::fromStringList(product.images));
    if (!product.url.isEmpty())
        json.insert(QStringLiteral("url"), product.url);
    if (!product.vendor.isEmpty())
        json.insert(QStringLiteral("vendor"), product.vendor);
    if (product.stock)
        json.insert(QStringLiteral("stock"), *product.stock);
    if (!product.claimCode.isEmpty())
        json.insert(QStringLiteral("claimCode"), product.claimCode);
    QJsonArray variants;
    for (const ProductVariant& variant : product.variants) {
        QJsonObject v{{QStringLiteral("sku"), variant.sku},
                      {QStringLiteral("title"), variant.title},
                      {QStringLiteral("available"), variant.available}};
        QJsonObject options;
        for (auto it = variant.options.cbegin(); it != variant.options.cend(); ++it)
            options.insert(it.key(), it.value());
        if (!options.isEmpty())
            v.insert(QStringLiteral("options"), options);
        insertOptional(v, QStringLiteral("price"), variant.price);
        insertOptional(v, QStringLiteral("compareAtPrice"), variant.compareAtPrice);
        if (variant.stock)
            v.insert(QStringLiteral("stock"), *variant.stock);
        variants.append(v);
    }
    if (!variants.isEmpty())
        json.insert(QStringLiteral("variants"), variants);
    return json;
}

Product productFromJson(const QJsonObject& json, const QString& where, QStringList* errors)
{
    Product product;
    product.sku = json.value(QStringLiteral("sku")).toString();
    if (product.sku.isEmpty())
        *errors
            << QCoreApplication::translate("vitrine::CatalogueJson", "%1: a product has no SKU").arg(where);
    product.title = json.value(QStringLiteral("title")).toString();
    product.pitch = json.value(QStringLiteral("pitch")).toString();
    for (const QJsonValue& fact : json.value(QStringLiteral("facts")).toArray())
        if (const QString text = fact.toString().trimmed(); !text.isEmpty())
            product.facts << text;
    if (const std::optional<Money> price = moneyFromJson(json.value(QStringLiteral("price"))))
        product.price = *price;
    else
        *errors << QCoreApplication::translate("vitrine::CatalogueJson",
                                               "%1: product “%2” has no valid price")
                       .arg(where, product.sku);
    product.compareAtPrice = moneyFromJson(json.value(QStringLiteral("compareAtPrice")));
    for (const QJsonValue& image : json.value(QStringLiteral("images")).toArray())
        product.images << image.toString();
    product.url = json.value(QStringLiteral("url")).toString();
    product.vendor = json.value(QStringLiteral("vendor")).toString();
    // Checked by the show as a whole (assignClaimCodes): a bad code is replaced, never an error.
    product.claimCode = json.value(QStringLiteral("claimCode")).toString();
    if (json.contains(QStringLiteral("stock")))
        product.stock = json.value(QStringLiteral("stock")).toInt();
    product.lowStockThreshold = json.value(QStringLiteral("lowStockThreshold")).toInt(5);
    product.available = json.value(QStringLiteral("available")).toBool(true);
    for (const QJsonValue& value : json.value(QStringLiteral("variants")).toArray()) {
        const QJsonObject v = value.toObject();
        ProductVariant variant;
        variant.sku = v.value(QStringLiteral("sku")).toString();
        variant.title = v.value(QStringLiteral("title")).toString();
        const QJsonObject options = v.value(QStringLiteral("options")).toObject();
        for (auto it = options.begin(); it != options.end(); ++it)
            variant.options.insert(it.key(), it.value().toString());
        variant.price = moneyFromJson(v.value(QStringLiteral("price")));
        variant.compareAtPrice = moneyFromJson(v.value(QStringLiteral("compareAtPrice")));
        if (v.contains(QStringLiteral("stock")))
            variant.stock = v.value(QStringLiteral("stock")).toInt();
        variant.available = v.value(QStringLiteral("available")).toBool(true);
        product.variants << variant;
    }
    return product;
}

QJsonArray productsToJson(const QList<Product>& products)
{
    QJsonArray array;
    for (const Product& product : products)
        array.append(productToJson(product));
    return array;
}

QList<Product> productsFromJson(const QJsonArray& json, QStringList* errors)
{
    QList<Product> products;
    QSet<QString> skus;
    for (qsizetype i = 0; i < json.size(); ++i) {
        Product product =
            productFromJson(json.at(i).toObject(), QStringLiteral("products[%1]").arg(i), errors);
        if (!product.sku.isEmpty() && skus.contains(product.sku))
            *errors << QCoreApplication::translate("vitrine::CatalogueJson",
                                                   "products[%1]: SKU “%2” appears twice")
                           .arg(i)
                           .arg(product.sku);
        skus.insert(product.sku);
        products << product;
    }
    return products;
}

} // namespace vitrine
