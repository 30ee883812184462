#include "base/HtmlText.h"

#include <QHash>

#include <array>
#include <iterator>

namespace vitrine {
namespace {

// HTML's Latin-1 entities, in code point order from U+00A0: the names French and German shops use most
// (&eacute;, &agrave;, &uuml;...) are all here, so the table is complete rather than hand-picked.
constexpr std::array<const char*, 96> kLatin1Names = {
    "nbsp",   "iexcl",  "cent",   "pound",  "curren", "yen",    "brvbar", "sect",   "uml",    "copy",
    "ordf",   "laquo",  "not",    "shy",    "reg",    "macr",   "deg",    "plusmn", "sup2",   "sup3",
    "acute",  "micro",  "para",   "middot", "cedil",  "sup1",   "ordm",   "raquo",  "frac14", "frac12",
    "frac34", "iquest", "Agrave", "Aacute", "Acirc",  "Atilde", "Auml",   "Aring",  "AElig",  "Ccedil",
    "Egrave", "Eacute", "Ecirc",  "Euml",   "Igrave", "Iacute", "Icirc",  "Iuml",   "ETH",    "Ntilde",
    "Ograve", "Oacute", "Ocirc",  "Otilde", "Ouml",   "times",  "Oslash", "Ugrave", "Uacute", "Ucirc",
    "Uuml",   "Yacute", "THORN",  "szlig",  "agrave", "aacute", "acirc",  "atilde", "auml",   "aring",
    "aelig",  "ccedil", "egrave", "eacute", "ecirc",  "euml",   "igrave", "iacute", "icirc",  "iuml",
    "eth",    "ntilde", "ograve", "oacute", "ocirc",  "otilde", "ouml",   "divide", "oslash", "ugrave",
    "uacute", "ucirc",  "uuml",   "yacute", "thorn",  "yuml"};

struct NamedEntity {
    const char* name;
    char32_t codePoint;
};

// Markup-significant and typographic entities that shop descriptions contain in practice.
constexpr NamedEntity kOtherEntities[] = {
    {"amp", U'&'},      {"lt", U'<'},       {"gt", U'>'},       {"quot", U'"'},     {"apos", U'\''},
    {"euro", 0x20AC},   {"hellip", 0x2026}, {"mdash", 0x2014},  {"ndash", 0x2013},  {"lsquo", 0x2018},
    {"rsquo", 0x2019},  {"sbquo", 0x201A},  {"ldquo", 0x201C},  {"rdquo", 0x201D},  {"bdquo", 0x201E},
    {"bull", 0x2022},   {"trade", 0x2122},  {"OElig", 0x0152},  {"oelig", 0x0153},  {"Scaron", 0x0160},
    {"scaron", 0x0161}, {"Yuml", 0x0178},   {"fnof", 0x0192},   {"circ", 0x02C6},   {"tilde", 0x02DC},
    {"ensp", 0x2002},   {"emsp", 0x2003},   {"thinsp", 0x2009}, {"zwnj", 0x200C},   {"zwj", 0x200D},
    {"lrm", 0x200E},    {"rlm", 0x200F},    {"dagger", 0x2020}, {"Dagger", 0x2021}, {"permil", 0x2030},
    {"lsaquo", 0x2039}, {"rsaquo", 0x203A}, {"prime", 0x2032},  {"Prime", 0x2033},  {"minus", 0x2212},
    {"larr", 0x2190},   {"rarr", 0x2192},   {"uarr", 0x2191},   {"darr", 0x2193},   {"hearts", 0x2665},
    {"check", 0x2713},  {"star", 0x2606},   {"starf", 0x2605},  {"le", 0x2264},     {"ge", 0x2265},
    {"asymp", 0x2248},  {"ne", 0x2260},     {"infin", 0x221E},  {"Omega", 0x03A9},  {"mu", 0x03BC},
    {"alpha", 0x03B1},  {"beta", 0x03B2},   {"NewLine", U'\n'}, {"Tab", U'\t'},
};

// Browsers read &#128;..&#159; as Windows-1252, because that is what pages generated on Windows meant;
// shop descriptions pasted from Word carry &#146; for an apostrophe.
constexpr std::array<char32_t, 32> kWindows1252 = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2014, 0x2013, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

const QHash<QString, char32_t>& entityTable()
{
    static const QHash<QString, char32_t> table = [] {
        QHash<QString, char32_t> entities;
        for (std::size_t i = 0; i < kLatin1Names.size(); ++i)
            entities.insert(QLatin1String(kLatin1Names[i]), static_cast<char32_t>(0xA0 + i));
        for (const NamedEntity& entity : kOtherEntities)
            entities.insert(QLatin1String(entity.name), entity.codePoint);
        return entities;
    }();
    return table;
}

bool isAsciiAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
}

bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

bool isHtmlSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || u == u'\t' || u == u'\n' || u == u'\r' || u == u'\f';
}

char32_t sanitizeCodePoint(char32_t codePoint)
{
    if (codePoint >= 0x80 && codePoint <= 0x9F)
        return kWindows1252[codePoint - 0x80];
    if (codePoint == 0 || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
        return 0xFFFD;
    return codePoint;
}

void appendCodePoint(QString& out, char32_t codePoint)
{
    if (QChar::requiresSurrogates(codePoint)) {
        out += QChar(QChar::highSurrogate(codePoint));
        out += QChar(QChar::lowSurrogate(codePoint));
    } else {
        out += QChar(static_cast<char16_t>(codePoint));
    }
}

// Decodes the entity starting at text[pos] == '&'. Returns how many characters it spans (0: not an
// entity, keep the '&' as written) and its code point.
qsizetype decodeEntityAt(QStringView text, qsizetype pos, char32_t* codePoint)
{
    const qsizetype size = text.size();
    qsizetype i = pos + 1;
    if (i < size && text[i] == u'#') {
        ++i;
        bool hex = false;
        if (i < size && (text[i] == u'x' || text[i] == u'X')) {
            hex = true;
            ++i;
        }
        const qsizetype digitsStart = i;
        char32_t value = 0;
        bool overflow = false;
        for (; i < size; ++i) {
            const char16_t u = text[i].unicode();
            int digit = -1;
            if (u >= u'0' && u <= u'9')
                digit = u - u'0';
            else if (hex && u >= u'a' && u <= u'f')
                digit = u - u'a' + 10;
            else if (hex && u >= u'A' && u <= u'F')
                digit = u - u'A' + 10;
            if (digit < 0)
                break;
            value = value * (hex ? 16 : 10) + static_cast<char32_t>(digit);
            if (value > 0x10FFFF) {
                overflow = true;
                value = 0x110000; // stays out of range, never wraps
            }
        }
        if (i == digitsStart)
            return 0;
        // Browsers accept a numeric reference without its ';', and so do we.
        if (i < size && text[i] == u';')
            ++i;
        *codePoint = sanitizeCodePoint(overflow ? 0x110000 : value);
        return i - pos;
    }
    const qsizetype nameStart = i;
    while (i < size && i - nameStart <= 32 && isAsciiAlnum(text[i]))
        ++i;
    if (i == nameStart || i >= size || text[i] != u';')
        return 0;
    const auto found = entityTable().constFind(text.mid(nameStart, i - nameStart).toString());
    if (found == entityTable().cend())
        return 0;
    *codePoint = found.value();
    return i + 1 - pos;
}

enum class TagEffect { None, Space, LineBreak, ListItem };

TagEffect effectOf(QStringView name)
{
    static const QStringList lineBreaks = {
        QStringLiteral("br"),      QStringLiteral("p"),          QStringLiteral("div"),
        QStringLiteral("h1"),      QStringLiteral("h2"),         QStringLiteral("h3"),
        QStringLiteral("h4"),      QStringLiteral("h5"),         QStringLiteral("h6"),
        QStringLiteral("tr"),      QStringLiteral("ul"),         QStringLiteral("ol"),
        QStringLiteral("table"),   QStringLiteral("blockquote"), QStringLiteral("hr"),
        QStringLiteral("dl"),      QStringLiteral("dt"),         QStringLiteral("dd"),
        QStringLiteral("section"), QStringLiteral("article"),    QStringLiteral("header"),
        QStringLiteral("footer"),  QStringLiteral("pre"),        QStringLiteral("address"),
        QStringLiteral("figure"),  QStringLiteral("figcaption")};
    if (name.compare(u"li", Qt::CaseInsensitive) == 0)
        return TagEffect::ListItem;
    if (name.compare(u"td", Qt::CaseInsensitive) == 0 || name.compare(u"th", Qt::CaseInsensitive) == 0)
        return TagEffect::Space;
    for (const QString& candidate : lineBreaks) {
        if (name.compare(candidate, Qt::CaseInsensitive) == 0)
            return TagEffect::LineBreak;
    }
    return TagEffect::None;
}

// Index just past the '>' closing the tag opened at `pos`, or -1. Quoted attribute values may hold '>'.
qsizetype tagEnd(QStringView html, qsizetype pos)
{
    QChar quote;
    for (qsizetype i = pos + 1; i < html.size(); ++i) {
        const QChar c = html[i];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'>') {
            return i + 1;
        }
    }
    if (!quote.isNull()) {
        // An unbalanced quote in an attribute: fall back to the first '>' rather than eat the rest.
        const qsizetype close = html.indexOf(u'>', pos + 1);
        return close < 0 ? -1 : close + 1;
    }
    return -1;
}

// Collects text with HTML's whitespace rules: runs collapse, breaks are emitted lazily so that none
// ends up leading, trailing or doubled.
class PlainTextWriter {
public:
    explicit PlainTextWriter(qsizetype capacity) { m_out.reserve(capacity); }

    void space() { m_pendingSpace = true; }
    void lineBreak() { m_pendingBreak = true; }
    void text(char32_t codePoint)
    {
        if (codePoint < 0x80 && isHtmlSpace(QChar(static_cast<char16_t>(codePoint)))) {
            space();
            return;
        }
        if (!m_out.isEmpty()) {
            if (m_pendingBreak)
                m_out += u'\n';
            else if (m_pendingSpace)
                m_out += u' ';
        }
        m_pendingBreak = false;
        m_pendingSpace = false;
        appendCodePoint(m_out, codePoint);
    }
    void text(QChar c) { text(static_cast<char32_t>(c.unicode())); }
    QString take() { return std::move(m_out); }

private:
    QString m_out;
    bool m_pendingSpace = false;
    bool m_pendingBreak = false;
};

} // namespace

QString decodeHtmlEntities(const QString& text)
{
    if (!text.contains(u'&'))
        return text;
    QString out;
    out.reserve(text.size());
    const QStringView view(text);
    for (qsizetype i = 0; i < view.size();) {
        if (view[i] == u'&') {
            char32_t codePoint = 0;
            if (const qsizetype length = decodeEntityAt(view, i, &codePoint); length > 0) {
                appendCodePoint(out, codePoint);
                i += length;
                continue;
            }
        }
        out += view[i++];
    }
    return out;
}

QString htmlToPlainText(const QString& html)
{
    const QStringView view(html);
    const qsizetype size = view.size();
    PlainTextWriter writer(size);
    qsizetype i = 0;
    while (i < size) {
        const QChar c = view[i];
        if (c == u'&') {
            char32_t codePoint = 0;
            if (const qsizetype length = decodeEntityAt(view, i, &codePoint); length > 0) {
                writer.text(codePoint);
                i += length;
                continue;
            }
            writer.text(c);
            ++i;
            continue;
        }
        if (c != u'<' || i + 1 >= size) {
            writer.text(c);
            ++i;
            continue;
        }
        const QChar next = view[i + 1];
        if (next == u'!' && view.mid(i, 4) == u"<!--") {
            const qsizetype close = view.indexOf(u"-->", i + 4);
            i = close < 0 ? size : close + 3; // an unclosed comment runs to the end, as in a browser
            continue;
        }
        const bool closing = next == u'/';
        const qsizetype nameStart = i + (closing ? 2 : 1);
        const bool declaration = next == u'!' || next == u'?';
        if (!declaration && (nameStart >= size || !isAsciiLetter(view[nameStart]))) {
            writer.text(c); // "prix < 50 €": a lone '<' is text
            ++i;
            continue;
        }
        const qsizetype end = tagEnd(view, i);
        if (end < 0) {
            writer.text(c);
            ++i;
            continue;
        }
        if (declaration) {
            i = end;
            continue;
        }
        qsizetype nameEnd = nameStart;
        while (nameEnd < size && isAsciiAlnum(view[nameEnd]))
            ++nameEnd;
        const QStringView name = view.mid(nameStart, nameEnd - nameStart);
        i = end;
        if (!closing && (name.compare(u"script", Qt::CaseInsensitive) == 0 ||
                         name.compare(u"style", Qt::CaseInsensitive) == 0)) {
            // Their content is code, not text: skip to the matching end tag (or the end).
            const QString endTag = QStringLiteral("</") + name.toString();
            const qsizetype close = view.indexOf(endTag, i, Qt::CaseInsensitive);
            if (close < 0) {
                i = size;
            } else {
                const qsizetype closeEnd = tagEnd(view, close);
                i = closeEnd < 0 ? size : closeEnd;
            }
            continue;
        }
        switch (effectOf(name)) {
        case TagEffect::None:
            break;
        case TagEffect::Space:
            writer.space();
            break;
        case TagEffect::LineBreak:
            writer.lineBreak();
            break;
        case TagEffect::ListItem:
            writer.lineBreak();
            if (!closing) {
                writer.text(U'•');
                writer.text(QChar(u' '));
                // The space after the bullet is pending like any other: text decides whether it lands.
            }
            break;
        }
    }
    return writer.take();
}

} // namespace vitrine
