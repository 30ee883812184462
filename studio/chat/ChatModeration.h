#pragma once

#include "chat/ChatConnector.h"
#include "chat/ChatMessage.h"

#include <QString>
#include <QStringList>

namespace vitrine {

// The host's moderation: a blocked-words list that hides matching messages in the studio only, and the
// platform actions (delete, time-out, ban) routed to the connector a message came from when that platform
// lets the signed-in account do it.
class ChatModeration {
public:
    enum class Action { Delete, Timeout, Ban };

    static constexpr int kDefaultTimeoutSeconds = 600;

    // Words or phrases, matched without case or accents on word boundaries.
    void setBlockedWords(const QStringList& words);
    QStringList blockedWords() const { return m_words; }
    bool isBlocked(const QString& text) const;

    static ChatConnector::Capability capabilityFor(Action action);
    static bool allows(const ChatConnector* connector, Action action);
    // Why the action cannot be done through this connector (translated, naming the platform), empty when
    // it can.
    static QString refusal(const ChatConnector* connector, Action action);

    // Asks the connector to act on the message. False with a translated message when there is no connector
    // for it, the platform does not allow it, or the connector refuses.
    static bool apply(ChatConnector* connector, Action action, const ChatMessage& message, QString* error,
                      int timeoutSeconds = kDefaultTimeoutSeconds);

private:
    QStringList m_words;
    QStringList m_folded;
};

} // namespace vitrine
