#include "SalesTracker.h"

#include "show/ShowDocument.h"

namespace vitrine {

void SalesTracker::observe(const ShowDocument& show, const QDateTime& now)
{
    for (const Product& product : show.products) {
        const auto previous = m_lastStock.constFind(product.sku);
        if (m_primed && previous != m_lastStock.cend() && previous->has_value() && product.stock &&
            *product.stock < **previous)
            m_sales.append({now, product.sku, **previous - *product.stock});
        m_lastStock.insert(product.sku, product.stock);
    }
    m_primed = true;
    // Keep an hour: social proof never looks further back.
    while (!m_sales.isEmpty() && m_sales.constFirst().at.secsTo(now) > 3600)
        m_sales.removeFirst();
}

int SalesTracker::soldWithin(const QString& sku, int minutes, const QDateTime& now) const
{
    int total = 0;
    const QDateTime since = now.addSecs(-qint64(minutes) * 60);
    for (const Sale& sale : m_sales)
        if (sale.at > since && sale.at <= now && (sku.isEmpty() || sale.sku == sku))
            total += sale.quantity;
    return total;
}

void SalesTracker::reset()
{
    m_lastStock.clear();
    m_sales.clear();
    m_primed = false;
}

} // namespace vitrine
