#include "chat/ChatPoll.h"

#include "chat/ChatTextMatch.h"

#include <QRegularExpression>

namespace vitrine {

bool ChatPoll::start(const QString& question, const QStringList& options)
{
    QStringList kept;
    QStringList folded;
    for (const QString& option : options) {
        const QString fold = foldChatText(option.trimmed());
        if (fold.isEmpty() || folded.contains(fold))
            return false;
        kept << option.trimmed();
        folded << fold;
    }
    if (question.trimmed().isEmpty() || kept.size() < kMinOptions || kept.size() > kMaxOptions)
        return false;
    m_question = question.trimmed();
    m_options = kept;
    m_folded = folded;
    m_votes.clear();
    m_open = true;
    Q_EMIT changed();
    return true;
}

void ChatPoll::stop()
{
    if (!m_open)
        return;
    m_open = false;
    Q_EMIT changed();
}

int ChatPoll::optionFor(const QString& text) const
{
    // The whole message, give or take a "#", punctuation and emoji around it: "2", "#2", "2 !", "Noir 🖤".
    static const QRegularExpression edges(QStringLiteral("^[^\\w]+|[^\\w]+$"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    QString folded = foldChatText(text);
    folded.remove(edges);
    bool number = false;
    const int index = folded.toInt(&number);
    if (number)
        return index >= 1 && index <= m_options.size() ? index - 1 : -1;
    return static_cast<int>(m_folded.indexOf(folded));
}

int ChatPoll::observe(const ChatMessage& message, bool blocked)
{
    if (!m_open || blocked || message.kind == ChatMessageKind::System || message.author.broadcaster)
        return -1;
    const int option = optionFor(message.text);
    const QString author = message.author.id.isEmpty() ? message.author.name : message.author.id;
    if (option < 0 || author.isEmpty())
        return -1;
    m_votes.insert(chatPlatformKey(message.platform) + u':' + author, option);
    Q_EMIT changed();
    return option;
}

QList<int> ChatPoll::counts() const
{
    QList<int> counts(m_options.size(), 0);
    for (const int option : m_votes)
        ++counts[option];
    return counts;
}

} // namespace vitrine
