#pragma once

#include "chat/ChatMessage.h"
#include "chat/ProductMentions.h"
#include "show/Product.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <deque>

namespace vitrine {

// Counts "I want it" in the chat, per product: a message naming a product (ProductMentions) counts for that
// product; a buying phrase ("je prends", "I'll take", "+1", "sold"…) without a product named counts for the
// product pinned at that moment. One count per message.
class BuyIntent : public QObject {
    Q_OBJECT
public:
    explicit BuyIntent(QObject* parent = nullptr);

    static QStringList defaultPhrases();
    void setPhrases(const QStringList& phrases);
    void setCatalogue(const QList<Product>& products);
    void setPinnedSku(const QString& sku) { m_pinnedSku = sku; }
    QString pinnedSku() const { return m_pinnedSku; }

    // The product a text shows intent for, or an empty string.
    QString productFor(const QString& text) const;

    // Counts the message when it shows intent; returns the product counted (or an empty string).
    QString observe(const ChatMessage& message);

    int count(const QString& sku) const { return m_counts.value(sku); }
    QHash<QString, int> counts() const { return m_counts; }
    // Counts of the minute before `now` (social proof: "12 people took it in the last minute").
    QHash<QString, int> lastMinuteCounts(const QDateTime& now = QDateTime::currentDateTimeUtc()) const;
    int lastMinuteCount(const QString& sku, const QDateTime& now = QDateTime::currentDateTimeUtc()) const;
    void reset();

Q_SIGNALS:
    void countsChanged();

private:
    struct Hit {
        QDateTime at;
        QString sku;
    };

    QStringList m_phrases; // folded
    ProductMentions m_mentions;
    QString m_pinnedSku;
    QHash<QString, int> m_counts;
    std::deque<Hit> m_recent; // the last minute or so, oldest first
};

} // namespace vitrine
