#pragma once

#include "chat/ChatMessage.h"

#include <QColor>
#include <QStyledItemDelegate>

namespace vitrine {

// Paints one chat message in a fixed height (so the list can use uniform item sizes and stay virtualised):
// the platform's colour and letter, the author in their colour with their badges, then the text on up to
// two lines. Paid messages and memberships get a tinted background, deleted ones are greyed and struck
// out, the highlighted one is framed, answered questions are dimmed.
class ChatMessageDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit ChatMessageDelegate(QObject* parent = nullptr);

    // The platform's colour and badge letter, from the platform table.
    static QColor platformColor(ChatPlatform platform);
    static QString platformLetter(ChatPlatform platform);

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
};

} // namespace vitrine
