#include "chat/BuyIntent.h"

#include "chat/ChatTextMatch.h"

namespace vitrine {

namespace {
constexpr qint64 kMinuteMs = 60'000;
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
    m_mentions.setCatalogue(products);
}

QString BuyIntent::productFor(const QString& text) const
{
    const QString named = m_mentions.productNamedIn(text);
    if (!named.isEmpty())
        return named;
    if (!m_pinnedSku.isEmpty() && !firstChatPhrase(foldChatText(text), m_phrases).isEmpty())
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
