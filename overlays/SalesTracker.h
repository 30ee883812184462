#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace vitrine {

struct ShowDocument;

// Sales seen during the live: every decrease of a product's live stock (the stock feed refreshed, an order
// came in) is a sale of that many, at the time it was seen. Social proof reads it ("27 sold in 5 min"); a
// restock (an increase) is no sale.
class SalesTracker {
public:
    // Compares the show's stock with what was last seen. The first look only learns the levels.
    void observe(const ShowDocument& show, const QDateTime& now);
    // Units sold within `minutes` before `now`, of one product (or of all when sku is empty).
    int soldWithin(const QString& sku, int minutes, const QDateTime& now) const;
    void reset();

private:
    struct Sale {
        QDateTime at;
        QString sku;
        int quantity = 0;
    };
    QHash<QString, std::optional<int>> m_lastStock;
    QList<Sale> m_sales; // oldest first
    bool m_primed = false;
};

} // namespace vitrine
