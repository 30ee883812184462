#pragma once

#include "chat/ChatMessage.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

namespace vitrine {

// A giveaway across every chat: viewers enter by writing its keyword ("#gagner"); one entry per author and
// platform; a message the blocked-words list hides does not enter; optionally only authors who claimed a
// product may enter. The winner is drawn from a seed (Mersenne Twister, fully specified by the C++
// standard), which the event log keeps so that anyone can redo the draw from the list of entries.
class Giveaway : public QObject {
    Q_OBJECT
public:
    struct Entry {
        ChatPlatform platform = ChatPlatform::Custom;
        QString authorId; // the platform's id when it gives one, else the name
        QString authorName;
        QDateTime at;
        bool operator==(const Entry&) const = default;
    };
    struct Rules {
        QString keyword = QStringLiteral("#gagner");
        bool claimedOnly = false;
    };
    // Whether an author claimed a product this show (set by the owner; none: nobody has).
    using ClaimCheck = std::function<bool(ChatPlatform platform, const QString& authorId)>;

    using QObject::QObject;

    // Opens entries (clearing earlier ones and the winner). False when the keyword is empty.
    bool start(const Rules& rules);
    // Closes entries; the entries and the winner stay until the next start.
    void stop();
    bool isOpen() const { return m_open; }
    const Rules& rules() const { return m_rules; }
    void setClaimCheck(ClaimCheck check) { m_claimed = std::move(check); }

    // Enters the message's author when it carries the keyword and the rules allow; returns whether it did.
    bool observe(const ChatMessage& message, bool blocked);
    const QList<Entry>& entries() const { return m_entries; }

    // Draws a winner among the entries with this seed (closing entries); nothing when there is none.
    std::optional<Entry> draw(quint64 seed);
    std::optional<Entry> winner() const { return m_winner; }
    // The entry a seed picks among `count` entries: the same on every machine.
    static int pick(quint64 seed, int count);

Q_SIGNALS:
    void changed();

private:
    Rules m_rules;
    QString m_foldedKeyword;
    bool m_open = false;
    QList<Entry> m_entries;
    QSet<QString> m_entered; // platform:author
    std::optional<Entry> m_winner;
    ClaimCheck m_claimed;
};

} // namespace vitrine
