#include "chat/ChatEntryStore.h"

namespace vitrine {

ChatEntryStore::ChatEntryStore(int limit, QObject* parent) : QObject(parent), m_limit(qMax(1, limit)) {}

void ChatEntryStore::setLimit(int limit)
{
    m_limit = qMax(1, limit);
    trim();
}

const ChatEntry* ChatEntryStore::at(qint64 serial) const
{
    if (serial < m_first || serial >= endSerial())
        return nullptr;
    return &m_entries[size_t(serial - m_first)];
}

void ChatEntryStore::append(const ChatEntry& entry)
{
    const qint64 serial = endSerial();
    m_entries.push_back(entry);
    m_serials.insert(entry.message.key(), serial);
    Q_EMIT appended(serial);
    trim();
}

void ChatEntryStore::trim()
{
    if (int(m_entries.size()) <= m_limit)
        return;
    while (int(m_entries.size()) > m_limit) {
        m_serials.remove(m_entries.front().message.key());
        m_entries.pop_front();
        ++m_first;
    }
    Q_EMIT trimmed(m_first);
}

bool ChatEntryStore::update(const QString& key, const std::function<void(ChatEntry&)>& edit)
{
    const qint64 serial = serialOf(key);
    if (serial < 0)
        return false;
    edit(m_entries[size_t(serial - m_first)]);
    Q_EMIT entryChanged(serial);
    return true;
}

int ChatEntryStore::updateWhere(const std::function<bool(ChatEntry&)>& edit)
{
    int changed = 0;
    for (size_t i = 0; i < m_entries.size(); ++i) {
        if (edit(m_entries[i])) {
            ++changed;
            Q_EMIT entryChanged(m_first + qint64(i));
        }
    }
    return changed;
}

} // namespace vitrine
