#pragma once

#include <QString>
#include <QStringList>

namespace vitrine {

// Tells whether a chat message looks like a question for the host: it has a question mark, or one of the
// configured keywords (French and English by default: "combien", "how much", "livraison", "shipping"…).
class QuestionFilter {
public:
    QuestionFilter();

    static QStringList defaultKeywords();

    // Replaces the keywords (matched without case or accents, on word boundaries).
    void setKeywords(const QStringList& keywords);
    QStringList keywords() const { return m_keywords; }

    bool isQuestion(const QString& text) const;

private:
    QStringList m_keywords; // as given
    QStringList m_folded;
};

} // namespace vitrine
