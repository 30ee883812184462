#pragma once

#include "show/Product.h"

#include <QList>
#include <QString>

namespace vitrine {

// Which product a chat message names: its SKU or a variant's, its full title, or a word of its title (five
// letters or more) that no other product's title has. Matched without case or accents, on word boundaries.
class ProductMentions {
public:
    void setCatalogue(const QList<Product>& products);
    // The SKU of the first product the text names, or an empty string.
    QString productNamedIn(const QString& text) const;

private:
    struct Mention {
        QString sku;
        QString phrase; // folded
    };
    QList<Mention> m_mentions;
};

} // namespace vitrine
