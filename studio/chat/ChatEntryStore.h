#pragma once

#include "chat/ChatMessage.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <deque>
#include <functional>

namespace vitrine {

// One message of the merged chat with what the studio knows about it.
struct ChatEntry {
    ChatMessage message;
    bool deleted = false;  // removed by the platform (or by a moderator through it)
    bool hidden = false;   // hidden by the host, in the studio only
    bool blocked = false;  // matched the blocked-words list, hidden in the studio only
    bool question = false; // looks like a question for the host
    bool answered = false;
    QString buySku; // the product this message counted a buy intent for
};

// An append-only window over the merged chat, trimmed from the front past a limit. Entries are addressed by
// serial (the n-th entry ever appended), so an observer that lags behind can tell what was trimmed and what
// is new, and batch its updates.
class ChatEntryStore : public QObject {
    Q_OBJECT
public:
    explicit ChatEntryStore(int limit, QObject* parent = nullptr);

    void setLimit(int limit);
    int limit() const { return m_limit; }

    qint64 firstSerial() const { return m_first; }
    qint64 endSerial() const { return m_first + qint64(m_entries.size()); }
    int size() const { return int(m_entries.size()); }
    // nullptr when trimmed or not appended yet.
    const ChatEntry* at(qint64 serial) const;
    // -1 when the key is not (or no longer) in the window.
    qint64 serialOf(const QString& key) const { return m_serials.value(key, -1); }

    void append(const ChatEntry& entry);
    // Edits the entry with that key; false when it is not in the window.
    bool update(const QString& key, const std::function<void(ChatEntry&)>& edit);
    // Edits every entry for which `edit` returns true (it changed something); returns how many.
    int updateWhere(const std::function<bool(ChatEntry&)>& edit);

Q_SIGNALS:
    void appended(qint64 serial);
    void trimmed(qint64 firstSerial);
    void entryChanged(qint64 serial);

private:
    void trim();

    int m_limit;
    qint64 m_first = 0;
    std::deque<ChatEntry> m_entries;
    QHash<QString, qint64> m_serials;
};

} // namespace vitrine
