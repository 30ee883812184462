#pragma once

#include "chat/ChatMessage.h"

#include <QSet>
#include <QSortFilterProxyModel>

namespace vitrine {

// What the chat dock shows of a ChatListModel: the platforms switched on, the messages matching the search
// (author or text, without case), and never what the host hid or the blocked words caught.
class ChatFilterProxyModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ChatFilterProxyModel(QObject* parent = nullptr);

    void setPlatformShown(ChatPlatform platform, bool shown);
    bool isPlatformShown(ChatPlatform platform) const { return !m_hiddenPlatforms.contains(int(platform)); }
    void setSearchText(const QString& text);
    void setShowAnswered(bool show);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QSet<int> m_hiddenPlatforms;
    QString m_search;
    bool m_showAnswered = true;
};

} // namespace vitrine
