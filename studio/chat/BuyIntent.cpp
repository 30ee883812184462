#include "chat/BuyIntent.h"

#include "chat/ChatTextMatch.h"

#include <QRegularExpression>

namespace vitrine {

namespace {
constexpr qint64 kMinuteMs = 60'000;
constexpr int kMinTitleWordLength = 5;
} // namespace

BuyIntent::BuyIntent(QObject* parent) : QObject(parent)
{
    setPhrases(defaultPhrases());
}

QStringList BuyIntent::defaultPhrases()
{
    return {QStringLiteral("je prends"),     QStringLiteral("je le prends"), QStringLiteral("je la prends"),
            QStringLiteral("je les prends"), QStringLiteral("je veux"),      QStringLiteral("vendu"),
            QStringLiteral("i'll take"),     QStringLiteral("ill take"),     QStringLiteral("i take"),
            QStringLiteral("i want"),        QStringLiteral("sold"),         QStringLiteral("+1")};
}

void BuyIntent::setPhrases(const QStringList& phrases)
{
    m_phrases.clear();
    for (const QString& phrase : phrases) {
        const QString folded = foldChatText(phrase);
        if (!folded.isEmpty())
            m_phrases.append(folded);
    }
}

void BuyIntent::setCatalogue(const QList<Product>& products)
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

QString BuyIntent::productFor(const QString& text) const
{
    const QString folded = foldChatText(text);
    for (const Mention& mention : m_mentions) {
        if (containsChatPhrase(folded, mention.phrase))
            return mention.sku;
    }
    if (!m_pinnedSku.isEmpty() && !firstChatPhrase(folded, m_phrases).isEmpty())
        return m_pinnedSku;
    return {};
}

QString BuyIntent::observe(const ChatMessage& message)
{
    if (message.kind == ChatMessageKind::System)
        return {};
    const QString sku = productFor(message.text);
    if (sku.isEmpty())
        return {};
    const QDateTime at =
        message.arrivalTime.isValid() ? message.arrivalTime : QDateTime::currentDateTimeUtc();
    ++m_counts[sku];
    m_recent.push_back({at, sku});
    while (!m_recent.empty() && m_recent.front().at.msecsTo(at) > kMinuteMs)
        m_recent.pop_front();
    Q_EMIT countsChanged();
    return sku;
}

QHash<QString, int> BuyIntent::lastMinuteCounts(const QDateTime& now) const
{
    QHash<QString, int> counts;
    for (const Hit& hit : m_recent) {
        const qint64 age = hit.at.msecsTo(now);
        if (age >= 0 && age <= kMinuteMs)
            ++counts[hit.sku];
    }
    return counts;
}

int BuyIntent::lastMinuteCount(const QString& sku, const QDateTime& now) const
{
    return lastMinuteCounts(now).value(sku);
}

void BuyIntent::reset()
{
    m_counts.clear();
    m_recent.clear();
    Q_EMIT countsChanged();
}

} // namespace vitrine
