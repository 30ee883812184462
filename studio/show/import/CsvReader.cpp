#include "show/import/CsvReader.h"

#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>
#include <array>

namespace vitrine {
namespace {

constexpr qsizetype kChunkSize = 64 * 1024;
// Consumed bytes are dropped from the buffer once there are this many, between records.
constexpr qsizetype kCompactThreshold = 1024 * 1024;
// How far delimiter detection looks for the end of the first record.
constexpr qsizetype kDetectionWindow = 1024 * 1024;

// Windows-1252's 0x80..0x9F; the rest of the code page is Latin-1.
constexpr std::array<char16_t, 32> kWindows1252High = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2014, 0x2013, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

// Strict UTF-8 validation (no overlongs, no surrogates, nothing above U+10FFFF).
bool isValidUtf8(const unsigned char* data, qsizetype size)
{
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = data[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            if (c == 0xE0)
                low = 0xA0;
            else if (c == 0xED)
                high = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            if (c == 0xF0)
                low = 0x90;
            else if (c == 0xF4)
                high = 0x8F;
        } else {
            return false;
        }
        if (i + extra >= size)
            return false;
        if (data[i + 1] < low || data[i + 1] > high)
            return false;
        for (int k = 2; k <= extra; ++k) {
            if (data[i + k] < 0x80 || data[i + k] > 0xBF)
                return false;
        }
        i += extra + 1;
    }
    return true;
}

QString fromWindows1252(const QByteArray& bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar* out = text.data();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        out[i] =
            (c >= 0x80 && c <= 0x9F) ? QChar(kWindows1252High[c - 0x80]) : QChar(static_cast<char16_t>(c));
    }
    return text;
}

QString translate(const char* text)
{
    return QCoreApplication::translate("vitrine::CsvReader", text);
}

} // namespace

bool CsvRecord::isBlank() const
{
    for (const QString& field : fields) {
        for (const QChar c : field) {
            if (!c.isSpace())
                return false;
        }
    }
    return true;
}

CsvReader::CsvReader(QIODevice* device, QChar delimiter) : m_device(device)
{
    if (!m_device || !m_device->isReadable())
        m_inputEnded = true;
    start(delimiter);
}

CsvReader::CsvReader(QByteArray data, QChar delimiter) : m_buffer(std::move(data)), m_inputEnded(true)
{
    start(delimiter);
}

void CsvReader::start(QChar delimiter)
{
    has(2);
    if (m_buffer.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
    // Excel's "sep=;" line names the delimiter; it is not data.
    if (has(m_pos + 4) && m_buffer.mid(m_pos, 4).toLower() == "sep=") {
        const qsizetype end = m_pos + 5;
        if (!has(end) || m_buffer[end] == '\r' || m_buffer[end] == '\n') {
            const char named = m_buffer[m_pos + 4];
            if (named == ',' || named == ';' || named == '\t' || named == '|') {
                m_delimiter = named;
                m_pos = has(end) ? skipLineEnd(end) : end;
                m_line = 2;
                return;
            }
        }
    }
    const char16_t given = delimiter.unicode();
    if (given != 0 && given < 0x80 && given != u'"' && given != u'\r' && given != u'\n')
        m_delimiter = static_cast<char>(given);
    else
        detectDelimiter();
}

bool CsvReader::fill()
{
    if (m_inputEnded)
        return false;
    // A small file (or the tail of one) gets a buffer its size rather than a whole chunk.
    const qint64 available = m_device->bytesAvailable();
    const qsizetype chunk =
        available > 0 ? static_cast<qsizetype>(std::min<qint64>(available, kChunkSize)) : kChunkSize;
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + chunk);
    qint64 got = m_device->read(m_buffer.data() + old, chunk);
    if (got == 0 && !m_device->atEnd() && m_device->waitForReadyRead(30000))
        got = m_device->read(m_buffer.data() + old, chunk); // a socket or pipe that was slow to deliver
    if (got <= 0) {
        got = 0;
        m_inputEnded = true;
    }
    m_buffer.resize(old + static_cast<qsizetype>(got));
    return got > 0;
}

bool CsvReader::fillUntil(qsizetype index)
{
    while (index >= m_buffer.size()) {
        if (!fill())
            return false;
    }
    return true;
}

qsizetype CsvReader::skipLineEnd(qsizetype index)
{
    if (m_buffer[index] == '\r' && has(index + 1) && m_buffer[index + 1] == '\n')
        return index + 2;
    return index + 1;
}

void CsvReader::detectDelimiter()
{
    // Count candidates on the first record, outside quotes: a header line has one delimiter per column.
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool quoted = false;
    for (qsizetype i = m_pos; i - m_pos < kDetectionWindow && has(i); ++i) {
        const char c = m_buffer[i];
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted) {
            if (c == '\n' || c == '\r')
                break;
            if (c == ',')
                ++commas;
            else if (c == ';')
                ++semicolons;
            else if (c == '\t')
                ++tabs;
        }
    }
    if (semicolons > commas && semicolons >= tabs)
        m_delimiter = ';';
    else if (tabs > commas && tabs > semicolons)
        m_delimiter = '\t';
    else
        m_delimiter = ',';
}

QString CsvReader::decode(const QByteArray& bytes)
{
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.constData());
    if (isValidUtf8(data, bytes.size()))
        return QString::fromUtf8(bytes);
    m_usedWindows1252 = true;
    return fromWindows1252(bytes);
}

bool CsvReader::readRecord(CsvRecord* record)
{
    if (m_pos >= kCompactThreshold) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    // Blank lines separate nothing in a product file: skip them, counting them.
    while (has(m_pos) && (m_buffer[m_pos] == '\n' || m_buffer[m_pos] == '\r')) {
        m_pos = skipLineEnd(m_pos);
        ++m_line;
    }
    if (!has(m_pos))
        return false;

    record->fields.clear();
    record->error.clear();
    record->errorLine = 0;
    record->line = m_line;
    record->row = ++m_row;
    const qsizetype recordStart = m_pos;
    const char delimiter = m_delimiter;
    auto noteError = [record](const char* text, int line) {
        if (record->error.isEmpty()) {
            record->error = translate(text);
            record->errorLine = line;
        }
    };

    qsizetype i = m_pos;
    int line = m_line;
    for (;;) {
        m_field.clear();
        if (has(i) && m_buffer[i] == '"') {
            const int openLine = line;
            ++i;
            bool closed = false;
            while (!closed && has(i)) {
                const char* data = m_buffer.constData();
                const qsizetype size = m_buffer.size();
                qsizetype j = i;
                while (j < size && data[j] != '"' && data[j] != '\n' && data[j] != '\r')
                    ++j;
                m_field.append(data + i, j - i);
                i = j;
                if (j >= size)
                    continue; // has(i) reads more
                if (data[j] == '"') {
                    if (has(j + 1) && m_buffer[j + 1] == '"') {
                        m_field.append('"');
                        i = j + 2;
                    } else {
                        i = j + 1;
                        closed = true;
                    }
                } else {
                    // A line break inside quotes is data; whatever the file used, it reads as '\n'.
                    m_field.append('\n');
                    i = skipLineEnd(j);
                    ++line;
                }
            }
            if (!closed) {
                // The quote never closes: taking it at its word would turn the rest of the file into one
                // cell. Report the record and start again on the next line.
                const QString text = decode(m_field);
                record->fields.append(text.left(text.indexOf(u'\n')));
                record->error.clear();
                noteError(QT_TRANSLATE_NOOP("vitrine::CsvReader",
                                            "a quoted field opened here is never closed (missing '\"')"),
                          openLine);
                qsizetype resume = recordStart;
                while (has(resume) && m_buffer[resume] != '\n' && m_buffer[resume] != '\r')
                    ++resume;
                m_pos = has(resume) ? skipLineEnd(resume) : resume;
                m_line = record->line + 1;
                record->lastLine = record->line;
                return true;
            }
            if (has(i) && m_buffer[i] != delimiter && m_buffer[i] != '\n' && m_buffer[i] != '\r') {
                noteError(QT_TRANSLATE_NOOP("vitrine::CsvReader",
                                            "unexpected text after a closing quote (a '\"' inside a "
                                            "quoted field must be doubled)"),
                          line);
                while (has(i) && m_buffer[i] != delimiter && m_buffer[i] != '\n' && m_buffer[i] != '\r')
                    m_field.append(m_buffer[i++]);
            }
        } else {
            bool strayQuote = false;
            for (;;) {
                const char* data = m_buffer.constData();
                const qsizetype size = m_buffer.size();
                qsizetype j = i;
                for (; j < size; ++j) {
                    const char c = data[j];
                    if (c == delimiter || c == '\n' || c == '\r')
                        break;
                    if (c == '"')
                        strayQuote = true;
                }
                m_field.append(data + i, j - i);
                i = j;
                if (j < size || !fillUntil(j))
                    break;
            }
            if (strayQuote) {
                noteError(QT_TRANSLATE_NOOP("vitrine::CsvReader",
                                            "a '\"' inside a field that does not start with one (the field "
                                            "should be quoted and its quotes doubled)"),
                          line);
            }
        }
        record->fields.append(decode(m_field));
        if (!has(i))
            break;
        if (m_buffer[i] == delimiter) {
            ++i;
            continue;
        }
        i = skipLineEnd(i);
        record->lastLine = line;
        ++line;
        m_pos = i;
        m_line = line;
        return true;
    }
    record->lastLine = line;
    m_pos = i;
    m_line = line;
    return true;
}

} // namespace vitrine
