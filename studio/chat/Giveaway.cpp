#include "chat/Giveaway.h"

#include "chat/ChatTextMatch.h"

#include <random>

namespace vitrine {

bool Giveaway::start(const Rules& rules)
{
    const QString folded = foldChatText(rules.keyword.trimmed());
    if (folded.isEmpty())
        return false;
    m_rules = rules;
    m_rules.keyword = rules.keyword.trimmed();
    m_foldedKeyword = folded;
    m_entries.clear();
    m_entered.clear();
    m_winner.reset();
    m_open = true;
    Q_EMIT changed();
    return true;
}

void Giveaway::stop()
{
    if (!m_open)
        return;
    m_open = false;
    Q_EMIT changed();
}

bool Giveaway::observe(const ChatMessage& message, bool blocked)
{
    if (!m_open || blocked || message.kind == ChatMessageKind::System || message.author.broadcaster)
        return false;
    if (!containsChatPhrase(foldChatText(message.text), m_foldedKeyword))
        return false;
    const QString author = message.author.id.isEmpty() ? message.author.name : message.author.id;
    if (author.isEmpty())
        return false;
    const QString key = chatPlatformKey(message.platform) + u':' + author;
    if (m_entered.contains(key))
        return false;
    if (m_rules.claimedOnly && !(m_claimed && m_claimed(message.platform, author)))
        return false;
    m_entered.insert(key);
    m_entries.append({message.platform, author, message.author.name,
                      message.arrivalTime.isValid() ? message.arrivalTime : QDateTime::currentDateTimeUtc()});
    Q_EMIT changed();
    return true;
}

int Giveaway::pick(quint64 seed, int count)
{
    if (count <= 0)
        return -1;
    std::mt19937_64 engine(seed);
    // The bias of a modulo over 2^64 values is below 1e-15 for any realistic count.
    return static_cast<int>(engine() % static_cast<quint64>(count));
}

std::optional<Giveaway::Entry> Giveaway::draw(quint64 seed)
{
    m_open = false;
    const int index = pick(seed, static_cast<int>(m_entries.size()));
    m_winner = index >= 0 ? std::optional<Entry>(m_entries.at(index)) : std::nullopt;
    Q_EMIT changed();
    return m_winner;
}

} // namespace vitrine
