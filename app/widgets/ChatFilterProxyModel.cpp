#include "widgets/ChatFilterProxyModel.h"

#include "chat/ChatListModel.h"

namespace vitrine {

ChatFilterProxyModel::ChatFilterProxyModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true); // a message hidden or answered re-filters its row
}

void ChatFilterProxyModel::setPlatformShown(ChatPlatform platform, bool shown)
{
    if (shown == isPlatformShown(platform))
        return;
    if (shown)
        m_hiddenPlatforms.remove(int(platform));
    else
        m_hiddenPlatforms.insert(int(platform));
    invalidateFilter();
}

void ChatFilterProxyModel::setSearchText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateFilter();
}

void ChatFilterProxyModel::setShowAnswered(bool show)
{
    if (show == m_showAnswered)
        return;
    m_showAnswered = show;
    invalidateFilter();
}

bool ChatFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(ChatListModel::HiddenRole).toBool())
        return false;
    if (m_hiddenPlatforms.contains(index.data(ChatListModel::PlatformRole).toInt()))
        return false;
    if (!m_showAnswered && index.data(ChatListModel::AnsweredRole).toBool())
        return false;
    if (m_search.isEmpty())
        return true;
    return index.data(ChatListModel::TextRole).toString().contains(m_search, Qt::CaseInsensitive) ||
           index.data(ChatListModel::AuthorNameRole).toString().contains(m_search, Qt::CaseInsensitive);
}

} // namespace vitrine
