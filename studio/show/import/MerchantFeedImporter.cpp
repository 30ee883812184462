#include "show/import/MerchantFeedImporter.h"

#include "base/HtmlText.h"

#include "show/import/HttpDownload.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTimeZone>
#include <QXmlStreamReader>

#include <algorithm>
#include <array>
#include <climits>
#include <utility>

namespace vitrine {
namespace {

constexpr QStringView kGoogleNamespace = u"http://base.google.com/ns/1.0";
constexpr QStringView kAtomNamespace = u"http://www.w3.org/2005/Atom";

// Reading a file or device in chunks this size keeps memory flat whatever the feed's size.
constexpr qint64 kChunkSize = 256 * 1024;
// A single field longer than this is an attack or a broken export, not a product description (Google
// caps descriptions at 5,000 characters); capping it keeps memory per item bounded.
constexpr qsizetype kMaxFieldChars = 1 << 20;

// The item children the importer reads. The plain ones are RSS's or Atom's own elements, used when the
// g: one is absent.
enum class Field {
    Id,
    Title,
    Description,
    Price,
    SalePrice,
    SaleDates,
    Availability,
    ImageLink,
    AdditionalImageLink,
    Link,
    Brand,
    ItemGroupId,
    Size,
    Color,
    Quantity,
    SellOnGoogleQuantity,
    PlainTitle,
    PlainDescription,
    PlainLink,
    Unknown,
};
constexpr std::size_t kFieldCount = static_cast<std::size_t>(Field::Unknown);

struct FieldName {
    QStringView name;
    Field field;
};

constexpr FieldName kGoogleFields[] = {
    {u"id", Field::Id},
    {u"title", Field::Title},
    {u"description", Field::Description},
    {u"price", Field::Price},
    {u"sale_price", Field::SalePrice},
    {u"sale_price_effective_date", Field::SaleDates},
    {u"availability", Field::Availability},
    {u"image_link", Field::ImageLink},
    {u"additional_image_link", Field::AdditionalImageLink},
    {u"link", Field::Link},
    {u"brand", Field::Brand},
    {u"item_group_id", Field::ItemGroupId},
    {u"size", Field::Size},
    {u"color", Field::Color},
    {u"quantity", Field::Quantity},
    {u"sell_on_google_quantity", Field::SellOnGoogleQuantity},
};

// RSS 2.0 (no namespace) and Atom element names; Atom has no description, its summary or content is one.
constexpr FieldName kPlainFields[] = {
    {u"title", Field::PlainTitle},         {u"description", Field::PlainDescription},
    {u"summary", Field::PlainDescription}, {u"content", Field::PlainDescription},
    {u"link", Field::PlainLink},
};

Field fieldFor(QStringView namespaceUri, QStringView name)
{
    if (namespaceUri == kGoogleNamespace) {
        for (const FieldName& candidate : kGoogleFields) {
            if (candidate.name.size() == name.size() && candidate.name == name)
                return candidate.field;
        }
    } else if (namespaceUri.isEmpty() || namespaceUri == kAtomNamespace) {
        for (const FieldName& candidate : kPlainFields) {
            if (candidate.name.size() == name.size() && candidate.name == name)
                return candidate.field;
        }
    }
    return Field::Unknown;
}

// The element name as a feed author writes it, for issues.
QString fieldLabel(Field field)
{
    for (const FieldName& candidate : kGoogleFields) {
        if (candidate.field == field)
            return QStringLiteral("g:") + candidate.name.toString();
    }
    for (const FieldName& candidate : kPlainFields) {
        if (candidate.field == field)
            return candidate.name.toString();
    }
    return {};
}

// One <item> or <entry> as read: the raw text of each field and the line it started on.
struct RawItem {
    int line = 0;
    std::array<QString, kFieldCount> values;
    std::array<int, kFieldCount> lines{};
    QStringList additionalImages;

    void reset(int itemLine)
    {
        line = itemLine;
        for (QString& value : values)
            value.clear();
        lines.fill(0);
        additionalImages.clear();
    }
    bool has(Field field) const { return lines[static_cast<std::size_t>(field)] > 0; }
    const QString& value(Field field) const { return values[static_cast<std::size_t>(field)]; }
    // The field's line, or the item's when the field is absent.
    int lineOf(Field field) const { return has(field) ? lines[static_cast<std::size_t>(field)] : line; }
};

// ISO 8601 as Merchant feeds write it: a date, optionally a time with or without seconds, and an offset
// ("2026-11-20T00:00+01:00", "2026-11-20T00:00:00+0100", "2026-11-20T00:00Z", "2026-11-20"). Google reads
// a time without an offset as UTC. A bare date covers the whole day, so as an end it means 23:59:59.999.
QDateTime parseFeedDateTime(QStringView text, bool isEnd)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?)?\\s*"
                       "(Z|[+-]\\d{2}(?::?\\d{2})?)?$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return {};
    const QDate date(match.capturedView(1).toInt(), match.capturedView(2).toInt(),
                     match.capturedView(3).toInt());
    QTime time(0, 0);
    if (match.hasCaptured(4)) {
        time = QTime(match.capturedView(4).toInt(), match.capturedView(5).toInt(),
                     match.hasCaptured(6) ? match.capturedView(6).toInt() : 0);
    } else if (isEnd) {
        time = QTime(23, 59, 59, 999);
    }
    if (!date.isValid() || !time.isValid())
        return {};
    int offsetSeconds = 0;
    const QStringView zone = match.capturedView(7);
    if (!zone.isEmpty() && zone != u"Z") {
        const int hours = zone.mid(1, 2).toInt();
        QStringView minutesText = zone.mid(3);
        if (minutesText.startsWith(u':'))
            minutesText = minutesText.mid(1);
        const int minutes = minutesText.isEmpty() ? 0 : minutesText.toInt();
        if (hours > 14 || minutes > 59)
            return {};
        offsetSeconds = (hours * 3600 + minutes * 60) * (zone.startsWith(u'-') ? -1 : 1);
    }
    return QDateTime(date, time, QTimeZone(offsetSeconds));
}

// "in stock", "in_stock", "In-Stock" all read as in_stock.
QString normalizedAvailability(const QString& text)
{
    QString value = text.trimmed().toLower();
    for (QChar& c : value) {
        if (c == u' ' || c == u'-')
            c = u'_';
    }
    return value;
}

// A transfer cut short still yields the items that arrived whole: say so.
QString keptProducts(int count)
{
    return count > 0
               ? QCoreApplication::translate("vitrine::MerchantFeedImporter",
                                             "; the transfer stopped after %n product(s), which are kept",
                                             nullptr, count)
               : QString();
}

// A letter, digit or combining mark: part of a word.
bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

// What separates a title's shared part from a variant's own ("T-shirt Barista - M", "Moulin – Noir",
// "Tasse, bleue", "Sac (noir)"): never kept at either end of a product title.
bool isTitleSeparator(QChar c)
{
    return c.isSpace() || c == u'-' || c == u'\u2013' || c == u'\u2014' || c == u',' || c == u';' ||
           c == u':' || c == u'/' || c == u'|' || c == u'(' || c == u'[' || c == u'+' || c == u'&' ||
           c == u'\u00b7' || c == u'\u2022';
}

QString trimTitleSeparators(QStringView title)
{
    qsizetype begin = 0;
    qsizetype end = title.size();
    while (begin < end && isTitleSeparator(title[begin]))
        ++begin;
    while (end > begin && isTitleSeparator(title[end - 1]))
        --end;
    return title.mid(begin, end - begin).toString();
}

// A title says something when it has a few letters or digits, not just "Le" or "T".
bool isMeaningfulTitle(QStringView title)
{
    return std::count_if(title.begin(), title.end(), [](QChar c) { return c.isLetterOrNumber(); }) >= 3;
}

bool atWordBoundary(QStringView text, qsizetype position)
{
    return position <= 0 || position >= text.size() || !isWordChar(text[position - 1]) ||
           !isWordChar(text[position]);
}

// What every title starts with, ignoring case, cut at a word boundary and without the separators that
// led to each variant's own part: "T-shirt Barista - M - Noir" and "T-shirt Barista - L - Crème" share
// "T-shirt Barista". Written as the first title writes it.
QString sharedTitlePrefix(const QStringList& titles)
{
    const QString& first = titles.first();
    qsizetype length = first.size();
    for (const QString& other : titles) {
        const qsizetype limit = std::min(length, other.size());
        qsizetype same = 0;
        while (same < limit && first[same].toCaseFolded() == other[same].toCaseFolded())
            ++same;
        length = same;
        while (length > 0 && (!atWordBoundary(first, length) || !atWordBoundary(other, length)))
            --length;
    }
    return trimTitleSeparators(QStringView(first).left(length));
}

// A title without the variant's own attributes: "Moulin Mignon – Noir" with colour Noir is "Moulin
// Mignon"; "Sac (noir, M)" is "Sac". Attributes are matched as whole words, ignoring case.
QString titleWithoutAttributes(const QString& title, const QStringList& attributes)
{
    QString result = title;
    for (const QString& attribute : attributes) {
        if (attribute.isEmpty())
            continue;
        const QRegularExpression word(QStringLiteral("(?<![\\p{L}\\p{M}\\p{N}])") +
                                          QRegularExpression::escape(attribute) +
                                          QStringLiteral("(?![\\p{L}\\p{M}\\p{N}])"),
                                      QRegularExpression::CaseInsensitiveOption);
        result.remove(word);
    }
    if (result == title)
        return title;
    // Brackets left empty, then runs of separators left behind ("Barista -  - "), become one.
    static const QRegularExpression emptyBrackets(
        QStringLiteral("[(\\[][\\s,;:/|\\-\\x{2013}\\x{2014}]*[)\\]]"));
    static const QRegularExpression separatorRun(
        QStringLiteral("\\s*([,;:/|\\-\\x{2013}\\x{2014}])(?:\\s*[,;:/|\\-\\x{2013}\\x{2014}])+(?=\\s|$)"));
    static const QRegularExpression spaces(QStringLiteral("\\s{2,}"));
    result.remove(emptyBrackets);
    QString collapsed;
    qsizetype from = 0;
    for (QRegularExpressionMatchIterator it = separatorRun.globalMatch(result); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        collapsed += QStringView(result).mid(from, match.capturedStart() - from);
        const QChar separator = match.capturedView(1).front();
        collapsed += separator == u',' || separator == u';' ? QString(separator) : u' ' + QString(separator);
        from = match.capturedEnd();
    }
    collapsed += QStringView(result).mid(from);
    collapsed.replace(spaces, QStringLiteral(" "));
    return trimTitleSeparators(collapsed);
}

// A group's product title: what its members' titles share, else the first member's title without its
// size and colour, else that title as it is.
QString groupTitle(const QStringList& titles, const QStringList& firstAttributes)
{
    if (titles.size() > 1) {
        const QString shared = sharedTitlePrefix(titles);
        if (isMeaningfulTitle(shared))
            return shared;
    }
    const QString stripped = titleWithoutAttributes(titles.first(), firstAttributes);
    return isMeaningfulTitle(stripped) ? stripped : titles.first();
}

} // namespace

// The streaming half of the importer: fed bytes as they come (file chunks or network packets), it keeps
// only the item being read, the products built so far and the ids seen.
class MerchantFeedParser {
public:
    MerchantFeedParser(QString source, const QDateTime& now)
        : m_source(std::move(source)), m_now(now.isValid() ? now : QDateTime::currentDateTimeUtc())
    {
    }

    void addData(const QByteArray& bytes)
    {
        if (m_stopped || bytes.isEmpty())
            return;
        if (!m_encodingDecided) {
            m_head += bytes;
            if (!decideEncoding(false))
                return;
            feedChecked(std::exchange(m_head, {}));
            return;
        }
        feedChecked(bytes);
    }

    // The input is complete: anything still open is a truncated feed.
    void finish()
    {
        if (m_stopped)
            return;
        if (!m_encodingDecided) {
            decideEncoding(true);
            feedChecked(std::exchange(m_head, {}));
            if (m_stopped)
                return;
        }
        if (!m_sawRoot) {
            stop(m_reader.lineNumber(),
                 QCoreApplication::translate("vitrine::MerchantFeedImporter",
                                             "the feed is empty or holds no XML element"));
        } else if (m_depth > 0) {
            const QString message = QCoreApplication::translate(
                "vitrine::MerchantFeedImporter",
                "the feed ends before its XML is complete (a truncated file or an "
                "interrupted transfer) at line %1; the %n product(s) read before are kept",
                nullptr, productCount());
            stop(m_reader.lineNumber(), message.arg(m_reader.lineNumber()));
        } else if (m_utf8Pending > 0) {
            stop(m_lines + 1, QCoreApplication::translate("vitrine::MerchantFeedImporter",
                                                          "the feed ends inside a UTF-8 character"));
        }
    }

    // A fatal problem from outside the XML (the transfer failed): the products read so far are kept.
    void fail(const QString& message, int line = 0) { stop(line, message); }

    bool hasStopped() const { return m_stopped; }
    int productCount() const { return static_cast<int>(m_report.products.size()); }

    ImportReport takeReport()
    {
        finalizeGroups();
        return std::exchange(m_report, {});
    }

private:
    // Decides, from the XML declaration or byte order mark, whether the document is UTF-8 (which we check
    // ourselves, to say on which line a bad byte is and to keep the items before it). Returns false while
    // more bytes are needed to know.
    bool decideEncoding(bool atEnd)
    {
        const QByteArray& head = m_head;
        if (head.isEmpty() && !atEnd)
            return false;
        m_encodingDecided = true;
        m_checkUtf8 = true;
        if (head.startsWith("\xEF\xBB\xBF"))
            return true;
        // UTF-16 or UTF-32 (a BOM or the zero bytes of "<"): QXmlStreamReader decodes and checks those
        // itself.
        if (head.size() >= 2 && (head[0] == '\0' || head[1] == '\0' || head.startsWith("\xFE\xFF") ||
                                 head.startsWith("\xFF\xFE"))) {
            m_checkUtf8 = false;
            return true;
        }
        static const QByteArray declarationStart("<?xml");
        if (!declarationStart.startsWith(head.left(declarationStart.size())))
            return true; // no declaration: UTF-8 by definition
        const qsizetype declarationEnd = head.indexOf("?>");
        if (declarationEnd < 0) {
            if (!atEnd && head.size() < 1024) {
                m_encodingDecided = false;
                return false;
            }
            return true;
        }
        static const QRegularExpression encodingPattern(
            QStringLiteral("\\sencoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']"));
        const QString declaration = QString::fromLatin1(head.left(declarationEnd));
        const QString encoding = encodingPattern.match(declaration).captured(1).toLower();
        m_checkUtf8 = encoding.isEmpty() || encoding == u"utf-8" || encoding == u"utf8";
        return true;
    }

    // Hands bytes to the XML reader, stopping at the first byte that is not UTF-8 when the document is.
    void feedChecked(const QByteArray& bytes)
    {
        if (m_stopped || bytes.isEmpty())
            return;
        const qsizetype bad = m_checkUtf8 ? checkUtf8(bytes) : -1;
        if (bad < 0) {
            feedReader(bytes);
            return;
        }
        // What precedes the bad byte still counts: the items completed there are kept.
        feedReader(bytes.left(bad));
        if (m_stopped)
            return;
        const unsigned char byte = m_utf8Lead;
        stop(m_lines + 1,
             QCoreApplication::translate(
                 "vitrine::MerchantFeedImporter",
                 "invalid UTF-8 at line %1 (byte 0x%2): the feed is declared UTF-8 or declares no "
                 "encoding, which means UTF-8; import stopped there, the %n product(s) read before "
                 "are kept",
                 nullptr, productCount())
                 .arg(m_lines + 1)
                 .arg(byte, 2, 16, QLatin1Char('0')));
    }

    // Strict UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing past U+10FFFF), resumable across
    // chunks. Counts the newlines it passes. Returns the index where the first bad sequence starts (0 when it
    // started in an earlier chunk), or -1; m_utf8Lead is then its first byte, the one a person can find.
    qsizetype checkUtf8(const QByteArray& bytes)
    {
        const auto* data = reinterpret_cast<const unsigned char*>(bytes.constData());
        const qsizetype size = bytes.size();
        qsizetype sequenceStart = 0;
        for (qsizetype i = 0; i < size; ++i) {
            const unsigned char byte = data[i];
            if (m_utf8Pending == 0) {
                if (byte < 0x80) {
                    if (byte == '\n')
                        ++m_lines;
                    continue;
                }
                m_utf8Low = 0x80;
                m_utf8High = 0xBF;
                m_utf8Lead = byte;
                sequenceStart = i;
                if (byte >= 0xC2 && byte <= 0xDF) {
                    m_utf8Pending = 1;
                } else if (byte >= 0xE0 && byte <= 0xEF) {
                    m_utf8Pending = 2;
                    if (byte == 0xE0)
                        m_utf8Low = 0xA0; // overlong
                    else if (byte == 0xED)
                        m_utf8High = 0x9F; // surrogates
                } else if (byte >= 0xF0 && byte <= 0xF4) {
                    m_utf8Pending = 3;
                    if (byte == 0xF0)
                        m_utf8Low = 0x90; // overlong
                    else if (byte == 0xF4)
                        m_utf8High = 0x8F; // past U+10FFFF
                } else {
                    return i;
                }
            } else {
                if (byte < m_utf8Low || byte > m_utf8High)
                    return sequenceStart;
                --m_utf8Pending;
                m_utf8Low = 0x80;
                m_utf8High = 0xBF;
            }
        }
        return -1;
    }

    void feedReader(const QByteArray& bytes)
    {
        if (bytes.isEmpty())
            return;
        m_reader.addData(bytes);
        while (!m_stopped) {
            const QXmlStreamReader::TokenType token = m_reader.readNext();
            if (m_reader.hasError()) {
                // Premature end only means this chunk is used up; finish() decides whether that is final.
                if (m_reader.error() != QXmlStreamReader::PrematureEndOfDocumentError)
                    stopOnXmlError();
                return;
            }
            switch (token) {
            case QXmlStreamReader::StartElement:
                onStartElement();
                break;
            case QXmlStreamReader::EndElement:
                onEndElement();
                break;
            case QXmlStreamReader::Characters:
                appendText(m_reader.text());
                break;
            case QXmlStreamReader::EntityReference:
                // An entity the reader could not resolve: keep it written out, the HTML decoder may know it.
                appendText(QStringLiteral("&%1;").arg(m_reader.name()));
                break;
            case QXmlStreamReader::EndDocument:
                return;
            default:
                break;
            }
        }
    }

    void stopOnXmlError()
    {
        const auto line = static_cast<int>(m_reader.lineNumber());
        stop(line,
             QCoreApplication::translate(
                 "vitrine::MerchantFeedImporter",
                 "the feed is not well-formed XML: %1 (line %2, column %3); import stopped there, the %n "
                 "product(s) read before are kept",
                 nullptr, productCount())
                 .arg(m_reader.errorString())
                 .arg(line)
                 .arg(m_reader.columnNumber()));
    }

    void onStartElement()
    {
        ++m_depth;
        const QStringView name = m_reader.name();
        const QStringView namespaceUri = m_reader.namespaceUri();
        if (m_depth == 1) {
            m_sawRoot = true;
            if (name != u"rss" && !(name == u"feed" && namespaceUri == kAtomNamespace)) {
                stop(static_cast<int>(m_reader.lineNumber()),
                     QCoreApplication::translate(
                         "vitrine::MerchantFeedImporter",
                         "not a Google Merchant feed: the document is <%1>, neither RSS 2.0 <rss> nor Atom "
                         "<feed>")
                         .arg(m_reader.qualifiedName()));
            }
            return;
        }
        if (m_itemDepth < 0) {
            if (name == u"item" || (name == u"entry" && namespaceUri == kAtomNamespace)) {
                m_itemDepth = m_depth;
                m_item.reset(static_cast<int>(m_reader.lineNumber()));
            }
            return;
        }
        if (m_depth != m_itemDepth + 1)
            return; // inside a field (g:shipping's own g:price...): not the item's
        m_field = fieldFor(namespaceUri, name);
        m_fieldLine = static_cast<int>(m_reader.lineNumber());
        m_text.resize(0); // keeps the buffer: one allocation serves every field
        m_textCapped = false;
        if (m_field == Field::PlainLink) {
            // Atom: <link rel="alternate" href="…"/>; other rels (self, enclosure) are not the product page.
            const QXmlStreamAttributes attributes = m_reader.attributes();
            if (attributes.hasAttribute(QStringLiteral("href"))) {
                const QStringView rel = attributes.value(QStringLiteral("rel"));
                if (rel.isEmpty() || rel == u"alternate")
                    m_text = attributes.value(QStringLiteral("href")).toString();
                else
                    m_field = Field::Unknown;
            }
        }
    }

    void onEndElement()
    {
        if (m_itemDepth >= 0) {
            if (m_depth == m_itemDepth + 1 && m_field != Field::Unknown) {
                storeField();
            } else if (m_depth == m_itemDepth) {
                finishItem();
                m_itemDepth = -1;
            }
        }
        --m_depth;
    }

    void appendText(QStringView text)
    {
        if (m_itemDepth < 0 || m_depth != m_itemDepth + 1 || m_field == Field::Unknown || m_textCapped)
            return;
        if (m_text.size() + text.size() > kMaxFieldChars) {
            m_text += text.left(kMaxFieldChars - m_text.size());
            m_textCapped = true;
            warning(m_fieldLine, fieldLabel(m_field),
                    QCoreApplication::translate("vitrine::MerchantFeedImporter",
                                                "longer than %1 characters; the rest is ignored")
                        .arg(kMaxFieldChars));
            return;
        }
        m_text += text;
    }

    void storeField()
    {
        const auto index = static_cast<std::size_t>(m_field);
        if (m_field == Field::AdditionalImageLink) {
            // Several elements, or (as text feeds do) several URLs separated by commas in one.
            static const QRegularExpression separator(QStringLiteral(",\\s*(?=https?://)"));
            const QStringList urls = m_text.contains(u',')
                                         ? m_text.split(separator, Qt::SkipEmptyParts)
                                         : QStringList{QString(m_text.constData(), m_text.size())};
            for (const QString& url : urls) {
                const QString trimmed = url.trimmed();
                if (!trimmed.isEmpty())
                    m_item.additionalImages.append(trimmed);
            }
        } else if (m_item.lines[index] == 0) {
            // A repeated single-valued field: the first one counts, as Google reads it.
            // An exact-size copy: the product keeps this string, not the reused buffer and its slack.
            m_item.values[index] = QString(m_text.constData(), m_text.size());
            m_item.lines[index] = m_fieldLine;
        }
        m_field = Field::Unknown;
        m_text.resize(0);
    }

    void finishItem()
    {
        const RawItem& item = m_item;
        const QString id = item.value(Field::Id).trimmed();
        if (id.isEmpty()) {
            error(item.lineOf(Field::Id), fieldLabel(Field::Id),
                  QCoreApplication::translate("vitrine::MerchantFeedImporter",
                                              "an item without an id is skipped"));
            return;
        }
        if (const auto first = m_itemIds.constFind(id); first != m_itemIds.cend()) {
            error(item.lineOf(Field::Id), fieldLabel(Field::Id),
                  QCoreApplication::translate("vitrine::MerchantFeedImporter",
                                              "duplicate id \"%1\" (first at line %2); this item is skipped")
                      .arg(id)
                      .arg(first.value()));
            return;
        }

        const QString priceText = item.value(Field::Price).trimmed();
        if (priceText.isEmpty()) {
            error(item.lineOf(Field::Price), fieldLabel(Field::Price),
                  QCoreApplication::translate("vitrine::MerchantFeedImporter",
                                              "item \"%1\" has no price; it is skipped")
                      .arg(id));
            return;
        }
        std::optional<Money> price = Money::parse(priceText);
        if (!price) {
            error(item.lineOf(Field::Price), fieldLabel(Field::Price),
                  QCoreApplication::translate(
                      "vitrine::MerchantFeedImporter",
                      "\"%1\" is not a price (expected an amount and a currency such as \"89.99 EUR\"); item "
                      "\"%2\" "
                      "is skipped")
                      .arg(priceText, id));
            return;
        }
        std::optional<Money> compareAt;
        if (std::optional<Money> sale = salePrice(item, *price)) {
            compareAt = price;
            price = sale;
        }

        bool available = true;
        if (item.has(Field::Availability)) {
            const QString availability = normalizedAvailability(item.value(Field::Availability));
            if (availability == u"out_of_stock") {
                available = false;
            } else if (availability != u"in_stock" && availability != u"preorder" &&
                       availability != u"backorder" && availability != u"available_for_order") {
                available = false;
                warning(item.lineOf(Field::Availability), fieldLabel(Field::Availability),
                        QCoreApplication::translate(
                            "vitrine::MerchantFeedImporter",
                            "unknown availability \"%1\" (expected in_stock, out_of_stock, preorder or "
                            "backorder); "
                            "item \"%2\" is taken as out of stock")
                            .arg(item.value(Field::Availability).trimmed(), id));
            }
        }

        std::optional<int> stock;
        const Field quantityField = item.has(Field::Quantity) ? Field::Quantity : Field::SellOnGoogleQuantity;
        if (item.has(quantityField)) {
            bool ok = false;
            const int quantity = item.value(quantityField).trimmed().toInt(&ok);
            if (ok && quantity >= 0) {
                stock = quantity;
            } else {
                warning(item.lineOf(quantityField), fieldLabel(quantityField),
                        QCoreApplication::translate(
                            "vitrine::MerchantFeedImporter",
                            "\"%1\" is not a quantity; the stock of item \"%2\" is unknown")
                            .arg(item.value(quantityField).trimmed(), id));
            }
        }

        QString title = decodeHtmlEntities(
            (item.has(Field::Title) ? item.value(Field::Title) : item.value(Field::PlainTitle)).trimmed());
        const bool hasOwnTitle = !title.isEmpty();
        if (title.isEmpty()) {
            warning(item.lineOf(Field::Title), fieldLabel(Field::Title),
                    QCoreApplication::translate("vitrine::MerchantFeedImporter",
                                                "item \"%1\" has no title; its id is used instead")
                        .arg(id));
            title = id;
        }
        const QString pitch =
            htmlToPlainText(item.has(Field::Description) ? item.value(Field::Description)
                                                         : item.value(Field::PlainDescription));
        const QString url =
            (item.has(Field::Link) ? item.value(Field::Link) : item.value(Field::PlainLink)).trimmed();
        const QString vendor = decodeHtmlEntities(item.value(Field::Brand).trimmed());
        QStringList images;
        if (const QString image = item.value(Field::ImageLink).trimmed(); !image.isEmpty())
            images.append(image);
        for (const QString& image : item.additionalImages) {
            if (!images.contains(image))
                images.append(image);
        }

        const QString groupId = item.value(Field::ItemGroupId).trimmed();
        if (groupId.isEmpty()) {
            if (m_productIndex.contains(id)) {
                error(item.lineOf(Field::Id), fieldLabel(Field::Id),
                      QCoreApplication::translate(
                          "vitrine::MerchantFeedImporter",
                          "id \"%1\" is also the item_group_id of other items; this item is skipped")
                          .arg(id));
                return;
            }
            Product product;
            product.sku = id;
            product.title = title;
            product.pitch = pitch;
            product.price = *price;
            product.compareAtPrice = compareAt;
            product.images = images;
            product.url = url;
            product.vendor = vendor;
            product.stock = stock;
            product.available = available;
            m_itemIds.insert(id, item.lineOf(Field::Id));
            m_productIndex.insert(id, m_report.products.size());
            m_report.products.append(std::move(product));
            return;
        }

        auto found = m_productIndex.constFind(groupId);
        if (found != m_productIndex.cend() && !m_groups.contains(found.value())) {
            error(item.lineOf(Field::ItemGroupId), fieldLabel(Field::ItemGroupId),
                  QCoreApplication::translate(
                      "vitrine::MerchantFeedImporter",
                      "group \"%1\" is also the id of another item; item \"%2\" is skipped")
                      .arg(groupId, id));
            return;
        }
        if (found == m_productIndex.cend()) {
            // The group's first item gives the product its text and link: Merchant has no group-level
            // record, and shops write the shared text on every variant. The title is settled once every
            // member is read (finalizeGroups); until then it is the first member's.
            Product product;
            product.sku = groupId;
            product.title = title;
            product.pitch = pitch;
            product.url = url;
            product.vendor = vendor;
            found = m_productIndex.insert(groupId, m_report.products.size());
            m_groups.insert(found.value(), {});
            m_report.products.append(std::move(product));
        }
        Product& product = m_report.products[found.value()];
        if (product.pitch.isEmpty())
            product.pitch = pitch;
        if (product.url.isEmpty())
            product.url = url;
        if (product.vendor.isEmpty())
            product.vendor = vendor;
        for (const QString& image : std::as_const(images)) {
            if (!product.images.contains(image))
                product.images.append(image);
        }

        ProductVariant variant;
        variant.sku = id;
        QStringList optionValues;
        if (const QString size = decodeHtmlEntities(item.value(Field::Size).trimmed()); !size.isEmpty()) {
            variant.options.insert(QStringLiteral("Size"), size);
            optionValues.append(size);
        }
        if (const QString color = decodeHtmlEntities(item.value(Field::Color).trimmed()); !color.isEmpty()) {
            variant.options.insert(QStringLiteral("Color"), color);
            optionValues.append(color);
        }
        if (hasOwnTitle) {
            GroupTitles& group = m_groups[found.value()];
            if (group.titles.isEmpty())
                group.firstAttributes = optionValues;
            group.titles.append(title);
        }
        variant.title = optionValues.isEmpty() ? title : optionValues.join(QStringLiteral(" / "));
        variant.price = price;
        variant.compareAtPrice = compareAt;
        variant.stock = stock;
        variant.available = available;
        product.variants.append(std::move(variant));
        m_itemIds.insert(id, item.lineOf(Field::Id));
    }

    // The sale price when it applies now; warns about a sale price or window that cannot be read.
    std::optional<Money> salePrice(const RawItem& item, const Money& price)
    {
        const QString saleText = item.value(Field::SalePrice).trimmed();
        if (saleText.isEmpty())
            return std::nullopt;
        const QString saleLabel = fieldLabel(Field::SalePrice);
        const std::optional<Money> sale = Money::parse(saleText, price.currency);
        if (!sale) {
            warning(item.lineOf(Field::SalePrice), saleLabel,
                    QCoreApplication::translate("vitrine::MerchantFeedImporter",
                                                "\"%1\" is not a price; the sale price is ignored")
                        .arg(saleText));
            return std::nullopt;
        }
        if (sale->currency != price.currency) {
            warning(item.lineOf(Field::SalePrice), saleLabel,
                    QCoreApplication::translate(
                        "vitrine::MerchantFeedImporter",
                        "the sale price is in %1 but the price in %2; the sale price is ignored")
                        .arg(sale->currency, price.currency));
            return std::nullopt;
        }
        const QString window = item.value(Field::SaleDates).trimmed();
        if (window.isEmpty())
            return sale; // no window: the sale runs until the feed says otherwise
        const qsizetype slash = window.indexOf(u'/');
        const QDateTime start =
            slash < 0 ? QDateTime() : parseFeedDateTime(QStringView(window).left(slash), false);
        const QDateTime end =
            slash < 0 ? QDateTime() : parseFeedDateTime(QStringView(window).mid(slash + 1), true);
        if (!start.isValid() || !end.isValid() || end < start) {
            warning(item.lineOf(Field::SaleDates), fieldLabel(Field::SaleDates),
                    QCoreApplication::translate(
                        "vitrine::MerchantFeedImporter",
                        "\"%1\" is not a date range (expected start/end in ISO 8601, such as "
                        "2026-11-20T00:00+01:00/2026-11-30T23:59+01:00); the sale price is ignored")
                        .arg(window));
            return std::nullopt;
        }
        if (m_now < start || m_now > end)
            return std::nullopt;
        return sale;
    }

    // A group's totals follow from its variants once they are all read.
    void finalizeGroups()
    {
        for (auto group = m_groups.cbegin(); group != m_groups.cend(); ++group) {
            Product& product = m_report.products[group.key()];
            if (product.variants.isEmpty())
                continue;
            // Members without a title of their own (their id stands in) say nothing about the product.
            if (!group->titles.isEmpty())
                product.title = groupTitle(group->titles, group->firstAttributes);
            bool available = false;
            bool stockKnown = true;
            qint64 stock = 0;
            const ProductVariant* cheapest = nullptr;
            for (const ProductVariant& variant : std::as_const(product.variants)) {
                available = available || variant.available;
                if (variant.stock)
                    stock += *variant.stock;
                else
                    stockKnown = false;
                if (variant.price && (!cheapest || variant.price->minor < cheapest->price->minor))
                    cheapest = &variant;
            }
            product.available = available;
            product.stock = stockKnown
                                ? std::optional<int>(static_cast<int>(std::min<qint64>(stock, INT_MAX)))
                                : std::nullopt;
            // The card shows the lowest price, as shops do for a product with variants ("from 29.90").
            if (cheapest) {
                product.price = *cheapest->price;
                product.compareAtPrice = cheapest->compareAtPrice;
            }
        }
        m_groups.clear();
    }

    void stop(qint64 line, const QString& message)
    {
        if (m_stopped)
            return;
        m_stopped = true;
        m_report.fatal = true;
        m_report.issues.append({ImportIssue::Severity::Error,
                                m_source,
                                static_cast<int>(std::min<qint64>(line, INT_MAX)),
                                {},
                                message});
    }

    void error(int line, const QString& field, const QString& message)
    {
        m_report.issues.append({ImportIssue::Severity::Error, m_source, line, field, message});
    }

    void warning(int line, const QString& field, const QString& message)
    {
        m_report.issues.append({ImportIssue::Severity::Warning, m_source, line, field, message});
    }

    const QString m_source;
    const QDateTime m_now;
    QXmlStreamReader m_reader;
    ImportReport m_report;
    bool m_stopped = false;

    // Encoding check.
    QByteArray m_head; // the first bytes, until the XML declaration tells the encoding
    bool m_encodingDecided = false;
    bool m_checkUtf8 = true;
    int m_utf8Pending = 0; // continuation bytes still expected
    unsigned char m_utf8Low = 0x80;
    unsigned char m_utf8High = 0xBF;
    unsigned char m_utf8Lead = 0; // first byte of the sequence being checked
    qint64 m_lines = 0;           // newlines passed by the check

    // Where the reader is.
    int m_depth = 0;
    bool m_sawRoot = false;
    int m_itemDepth = -1; // depth of the open <item>/<entry>, -1 outside one
    RawItem m_item;
    Field m_field = Field::Unknown;
    int m_fieldLine = 0;
    QString m_text;
    bool m_textCapped = false;

    QHash<QString, int> m_itemIds;            // item id → line, for duplicates
    QHash<QString, qsizetype> m_productIndex; // product SKU (item id or group id) → index in products
    // The members' titles of a product built from an item_group_id, which give it its own title.
    struct GroupTitles {
        QStringList titles;          // the members' own titles, in feed order
        QStringList firstAttributes; // the first titled member's size and colour
    };
    QHash<qsizetype, GroupTitles> m_groups; // index in products → its members' titles
};

MerchantFeedImporter::MerchantFeedImporter(QObject* parent)
    : QObject(parent), m_download(new HttpDownload(this))
{
    m_download->setAccept(QByteArrayLiteral("application/rss+xml, application/atom+xml, application/xml, "
                                            "text/xml;q=0.9, */*;q=0.5"));
    connect(m_download, &HttpDownload::bodyReceived, this, &MerchantFeedImporter::onBodyReceived);
    connect(m_download, &HttpDownload::finished, this, &MerchantFeedImporter::onDownloadFinished);
}

MerchantFeedImporter::~MerchantFeedImporter()
{
    abort();
}

ImportReport MerchantFeedImporter::importData(const QByteArray& xml, const QString& source,
                                              const QDateTime& now)
{
    MerchantFeedParser parser(source, now);
    parser.addData(xml);
    parser.finish();
    return parser.takeReport();
}

ImportReport MerchantFeedImporter::importDevice(QIODevice& device, const QString& source,
                                                const QDateTime& now)
{
    MerchantFeedParser parser(source, now);
    QByteArray buffer(kChunkSize, Qt::Uninitialized);
    while (!parser.hasStopped()) {
        const qint64 count = device.read(buffer.data(), kChunkSize);
        if (count > 0) {
            parser.addData(QByteArray(buffer.constData(), count));
            continue;
        }
        if (count < 0) {
            parser.fail(
                QCoreApplication::translate("vitrine::MerchantFeedImporter", "cannot read the feed %1: %2")
                    .arg(source, device.errorString()));
            break;
        }
        // A pipe or socket may simply have nothing yet; a file at its end is done.
        if (device.isSequential() && device.waitForReadyRead(static_cast<int>(kDefaultTimeout.count())))
            continue;
        break;
    }
    parser.finish();
    return parser.takeReport();
}

ImportReport MerchantFeedImporter::importFile(const QString& path, const QDateTime& now)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportReport report;
        report.fatal = true;
        report.issues.append(
            {ImportIssue::Severity::Error,
             path,
             0,
             {},
             QCoreApplication::translate("vitrine::MerchantFeedImporter", "cannot open the feed %1: %2")
                 .arg(path, file.errorString())});
        return report;
    }
    return importDevice(file, path, now);
}

void MerchantFeedImporter::importUrl(const QUrl& url, QNetworkAccessManager* network, const QDateTime& now)
{
    abort();
    const QString source = url.toDisplayString(QUrl::RemoveUserInfo);
    if (url.isLocalFile()) {
        finishLater(importFile(url.toLocalFile(), now));
        return;
    }
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty() || !network) {
        ImportReport report;
        report.fatal = true;
        report.issues.append({ImportIssue::Severity::Error,
                              source,
                              0,
                              {},
                              QCoreApplication::translate(
                                  "vitrine::MerchantFeedImporter",
                                  "cannot fetch the feed \"%1\": only http, https and file URLs are read")
                                  .arg(source)});
        finishLater(std::move(report));
        return;
    }
    m_parser = std::make_unique<MerchantFeedParser>(source, now);
    m_download->setTimeout(m_timeout);
    m_download->start(network, url);
}

void MerchantFeedImporter::abort()
{
    ++m_generation;
    m_download->abort();
    m_parser.reset();
}

bool MerchantFeedImporter::isRunning() const
{
    return m_download->isRunning();
}

void MerchantFeedImporter::onBodyReceived(const QByteArray& bytes)
{
    if (!m_parser)
        return;
    m_parser->addData(bytes);
    if (m_parser->hasStopped()) {
        // The feed is broken from here on: the rest of the download would be thrown away.
        m_download->abort();
        finishLater(std::exchange(m_parser, {})->takeReport());
    }
}

void MerchantFeedImporter::onDownloadFinished()
{
    if (!m_parser)
        return;
    std::unique_ptr<MerchantFeedParser> parser = std::move(m_parser);
    const QString host = m_download->hostLabel();
    switch (m_download->failure()) {
    case HttpDownload::Failure::HttpStatus:
        parser->fail(
            QCoreApplication::translate("vitrine::MerchantFeedImporter",
                                        "cannot fetch the feed from %1: the server answered HTTP %2 %3")
                .arg(host)
                .arg(m_download->httpStatus())
                .arg(m_download->httpReason()));
        break;
    case HttpDownload::Failure::Timeout:
        parser->fail(QCoreApplication::translate("vitrine::MerchantFeedImporter",
                                                 "cannot fetch the feed from %1: no data for %2 s (%3)")
                         .arg(host)
                         .arg(static_cast<double>(m_download->timeout().count()) / 1000.0)
                         .arg(m_download->errorString()) +
                     keptProducts(parser->productCount()));
        break;
    case HttpDownload::Failure::Network:
        parser->fail(
            QCoreApplication::translate("vitrine::MerchantFeedImporter", "cannot fetch the feed from %1: %2")
                .arg(host, m_download->errorString()) +
            keptProducts(parser->productCount()));
        break;
    case HttpDownload::Failure::None:
        parser->finish();
        break;
    }
    Q_EMIT finished(parser->takeReport());
}

void MerchantFeedImporter::finishLater(ImportReport report)
{
    // Never from inside importUrl(): a caller connects after calling, or reacts by starting another import.
    QMetaObject::invokeMethod(
        this,
        [this, generation = m_generation, report = std::move(report)] {
            if (generation == m_generation)
                Q_EMIT finished(report);
        },
        Qt::QueuedConnection);
}

} // namespace vitrine
