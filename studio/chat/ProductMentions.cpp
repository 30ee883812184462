#include "chat/ProductMentions.h"

#include "chat/ChatTextMatch.h"

#include <QHash>
#include <QRegularExpression>

namespace vitrine {
namespace {
constexpr int kMinTitleWordLength = 5;
} // namespace

void ProductMentions::setCatalogue(const QList<Product>& products)
{
    m_mentions.clear();
    // Title words shared by two products name neither.
    static const QRegularExpression wordSplit(QStringLiteral("[^\\w']+"));
    QHash<QString, int> wordUse;
    QList<QStringList> titleWords;
    for (const Product& product : products) {
        QStringList words = foldChatText(product.title).split(wordSplit, Qt::SkipEmptyParts);
        words.removeDuplicates();
        for (const QString& word : std::as_const(words))
            ++wordUse[word];
        titleWords.append(words);
    }
    for (qsizetype i = 0; i < products.size(); ++i) {
        const Product& product = products.at(i);
        if (!product.sku.isEmpty())
            m_mentions.append({product.sku, foldChatText(product.sku)});
        for (const ProductVariant& variant : product.variants) {
            if (!variant.sku.isEmpty() && variant.sku != product.sku)
                m_mentions.append({product.sku, foldChatText(variant.sku)});
        }
        const QString title = foldChatText(product.title);
        if (!title.isEmpty())
            m_mentions.append({product.sku, title});
        for (const QString& word : titleWords.at(i)) {
            if (word.size() >= kMinTitleWordLength && wordUse.value(word) == 1)
                m_mentions.append({product.sku, word});
        }
    }
}

QString ProductMentions::productNamedIn(const QString& text) const
{
    const QString folded = foldChatText(text);
    for (const Mention& mention : m_mentions) {
        if (containsChatPhrase(folded, mention.phrase))
            return mention.sku;
    }
    return {};
}

} // namespace vitrine
