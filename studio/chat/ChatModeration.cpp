#include "chat/ChatModeration.h"

#include "chat/ChatTextMatch.h"

#include <QCoreApplication>

namespace vitrine {

void ChatModeration::setBlockedWords(const QStringList& words)
{
    m_words.clear();
    m_folded.clear();
    for (const QString& word : words) {
        const QString folded = foldChatText(word.trimmed());
        if (folded.isEmpty())
            continue;
        m_words.append(word.trimmed());
        m_folded.append(folded);
    }
}

bool ChatModeration::isBlocked(const QString& text) const
{
    if (m_folded.isEmpty())
        return false;
    return !firstChatPhrase(foldChatText(text), m_folded).isEmpty();
}

ChatConnector::Capability ChatModeration::capabilityFor(Action action)
{
    switch (action) {
    case Action::Timeout:
        return ChatConnector::CanTimeout;
    case Action::Ban:
        return ChatConnector::CanBan;
    case Action::Delete:
        break;
    }
    return ChatConnector::CanDelete;
}

bool ChatModeration::allows(const ChatConnector* connector, Action action)
{
    return connector && connector->capabilities().testFlag(capabilityFor(action));
}

QString ChatModeration::refusal(const ChatConnector* connector, Action action)
{
    if (!connector) {
        return QCoreApplication::translate("vitrine::ChatModeration",
                                           "The chat this message came from is no longer connected.");
    }
    if (allows(connector, action))
        return {};
    const QString reason = connector->capabilityReason(capabilityFor(action));
    if (!reason.isEmpty())
        return reason;
    return QCoreApplication::translate("vitrine::ChatModeration",
                                       "%1 does not let this account do that; sign in as a moderator "
                                       "of the channel.")
        .arg(chatPlatformInfo(connector->platform()).name());
}

bool ChatModeration::apply(ChatConnector* connector, Action action, const ChatMessage& message,
                           QString* error, int timeoutSeconds)
{
    auto fail = [error](const QString& text) {
        if (error)
            *error = text;
        return false;
    };
    if (const QString why = refusal(connector, action); !why.isEmpty())
        return fail(why);
    if ((action == Action::Timeout || action == Action::Ban) && message.author.id.isEmpty()) {
        return fail(QCoreApplication::translate("vitrine::ChatModeration",
                                                "The platform gave no id for this author."));
    }
    bool done = false;
    switch (action) {
    case Action::Delete:
        done = connector->deleteMessage(message.id);
        break;
    case Action::Timeout:
        done = connector->timeoutAuthor(message.author.id, timeoutSeconds);
        break;
    case Action::Ban:
        done = connector->banAuthor(message.author.id);
        break;
    }
    if (!done) {
        return fail(QCoreApplication::translate("vitrine::ChatModeration", "%1 refused the action.")
                        .arg(chatPlatformKey(message.platform)));
    }
    return true;
}

} // namespace vitrine
