#pragma once

#include <QByteArray>
#include <QChar>
#include <QString>
#include <QStringList>

class QIODevice;

namespace vitrine {

// One CSV record with where it came from, so that messages can point at the right place.
struct CsvRecord {
    QStringList fields;
    int row = 0;       // 1-based record number, the header being row 1: what a spreadsheet shows
    int line = 0;      // 1-based physical line the record starts on (quoted newlines make them differ)
    int lastLine = 0;  // the physical line it ends on
    QString error;     // broken quoting, translated; empty when the record is well formed
    int errorLine = 0; // the physical line of that problem

    bool isBlank() const; // no field holds anything but spaces (",,,," rows spreadsheets leave behind)
};

// An RFC 4180 reader, forgiving where real exports are sloppy and precise about where they are.
//
// - Quoted fields may hold delimiters, doubled quotes and line breaks; records end with CRLF, LF or CR.
// - UTF-8 with or without BOM. A field that is not valid UTF-8 is read as Windows-1252, which is what
//   Excel's "CSV (separator: semicolon)" writes on a French Windows.
// - The delimiter is ',' ';' or tab, detected on the first line outside quotes unless given; Excel's
//   "sep=;" first line is honoured and skipped.
// - Broken quoting never throws or stops the reader: a quote inside an unquoted field, or text after a
//   closing quote, is kept as written and the record carries an error; a quote left open at the end of
//   the input makes that record an error and reading resumes on the line after the one it started on,
//   so that one bad cell does not swallow the rest of the file.
// - Blank lines are skipped (still counted).
//
// It streams: a QIODevice is read in chunks and only the current record is held in memory.
class CsvReader {
public:
    // Reads from an open device, which must outlive the reader. A null delimiter means detect.
    explicit CsvReader(QIODevice* device, QChar delimiter = {});
    explicit CsvReader(QByteArray data, QChar delimiter = {});

    // Reads the next record; false at the end of the input.
    bool readRecord(CsvRecord* record);

    QChar delimiter() const { return QChar(static_cast<char16_t>(m_delimiter)); }
    // Whether some field was not UTF-8 and was read as Windows-1252.
    bool usedWindows1252() const { return m_usedWindows1252; }

private:
    void start(QChar delimiter);
    bool fill();
    bool has(qsizetype index) { return index < m_buffer.size() || fillUntil(index); }
    bool fillUntil(qsizetype index);
    void detectDelimiter();
    qsizetype skipLineEnd(qsizetype index);
    QString decode(const QByteArray& bytes);

    QIODevice* m_device = nullptr;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_inputEnded = false;
    char m_delimiter = ',';
    int m_line = 1;
    int m_row = 0;
    bool m_usedWindows1252 = false;
    QByteArray m_field; // reused between fields to avoid an allocation each
};

} // namespace vitrine
