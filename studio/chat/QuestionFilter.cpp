#include "chat/QuestionFilter.h"

#include "chat/ChatTextMatch.h"

namespace vitrine {

QuestionFilter::QuestionFilter()
{
    setKeywords(defaultKeywords());
}

QStringList QuestionFilter::defaultKeywords()
{
    return {// French
            QStringLiteral("combien"), QStringLiteral("est-ce"), QStringLiteral("est ce"),
            QStringLiteral("quand"), QStringLiteral("livraison"), QStringLiteral("quel"),
            QStringLiteral("quelle"), QStringLiteral("comment"), QStringLiteral("pourquoi"),
            QStringLiteral("y a-t-il"), QStringLiteral("taille"), QStringLiteral("dispo"),
            QStringLiteral("disponible"), QStringLiteral("prix"), QStringLiteral("ou est"),
            // English
            QStringLiteral("how much"), QStringLiteral("how many"), QStringLiteral("is it"),
            QStringLiteral("is there"), QStringLiteral("does it"), QStringLiteral("do you"),
            QStringLiteral("can i"), QStringLiteral("when"), QStringLiteral("shipping"),
            QStringLiteral("delivery"), QStringLiteral("what size"), QStringLiteral("which"),
            QStringLiteral("price"), QStringLiteral("in stock")};
}

void QuestionFilter::setKeywords(const QStringList& keywords)
{
    m_keywords.clear();
    m_folded.clear();
    for (const QString& keyword : keywords) {
        const QString folded = foldChatText(keyword);
        if (folded.isEmpty())
            continue;
        m_keywords.append(keyword.trimmed());
        m_folded.append(folded);
    }
}

bool QuestionFilter::isQuestion(const QString& text) const
{
    if (text.contains(QLatin1Char('?')) || text.contains(QChar(0xFF1F)))
        return true;
    return !firstChatPhrase(foldChatText(text), m_folded).isEmpty();
}

} // namespace vitrine
