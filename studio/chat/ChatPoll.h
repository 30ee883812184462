#pragma once

#include "chat/ChatMessage.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace vitrine {

// A poll counted from every chat: 2 to 4 options; a vote is a message that is only an option's number ("2",
// "#2") or its text ("noir", without case or accents). One vote per author and platform: a later vote
// replaces the earlier one.
class ChatPoll : public QObject {
    Q_OBJECT
public:
    static constexpr int kMinOptions = 2;
    static constexpr int kMaxOptions = 4;

    using QObject::QObject;

    // Opens the poll (earlier votes cleared). False with no change when there are not 2–4 distinct,
    // non-empty options or no question.
    bool start(const QString& question, const QStringList& options);
    void stop();
    bool isOpen() const { return m_open; }
    QString question() const { return m_question; }
    QStringList options() const { return m_options; }

    // Counts the message when it is a vote; returns the option voted (0-based) or -1.
    int observe(const ChatMessage& message, bool blocked);
    // The option a text votes for (0-based), or -1.
    int optionFor(const QString& text) const;
    QList<int> counts() const;
    int total() const { return static_cast<int>(m_votes.size()); }

Q_SIGNALS:
    void changed();

private:
    bool m_open = false;
    QString m_question;
    QStringList m_options;
    QStringList m_folded;
    QHash<QString, int> m_votes; // platform:author → option
};

} // namespace vitrine
