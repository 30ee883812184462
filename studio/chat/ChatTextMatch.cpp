#include "chat/ChatTextMatch.h"

namespace vitrine {

QString foldChatText(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    bool lastWasSpace = true;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isSpace()) {
            if (!lastWasSpace)
                folded += QLatin1Char(' ');
            lastWasSpace = true;
            continue;
        }
        lastWasSpace = false;
        if (c == QChar(0x2019) || c == QChar(0x2018) || c == QChar(0x02BC))
            folded += QLatin1Char('\'');
        else
            folded += c.toLower();
    }
    if (folded.endsWith(QLatin1Char(' ')))
        folded.chop(1);
    return folded;
}

namespace {
bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}
} // namespace

bool containsChatPhrase(const QString& folded, const QString& phrase)
{
    if (phrase.isEmpty())
        return false;
    const bool needLeft = isWordChar(phrase.front());
    const bool needRight = isWordChar(phrase.back());
    qsizetype from = 0;
    while (true) {
        const qsizetype at = folded.indexOf(phrase, from);
        if (at < 0)
            return false;
        const qsizetype end = at + phrase.size();
        const bool leftOk = !needLeft || at == 0 || !isWordChar(folded.at(at - 1));
        const bool rightOk = !needRight || end == folded.size() || !isWordChar(folded.at(end));
        if (leftOk && rightOk)
            return true;
        from = at + 1;
    }
}

QString firstChatPhrase(const QString& folded, const QStringList& phrases)
{
    for (const QString& phrase : phrases) {
        if (containsChatPhrase(folded, phrase))
            return phrase;
    }
    return {};
}

} // namespace vitrine
