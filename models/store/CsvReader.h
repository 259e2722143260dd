#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <vector>

namespace cascade {

// An RFC 4180 tokenizer over a whole file in memory: quoted fields with "" escapes and
// embedded line breaks, CRLF or LF records, an optional UTF-8 BOM. It keeps the line and
// column where each record and field starts so that every error can point at them.
//
//   CsvReader csv(bytes);
//   while (csv.readRecord()) { csv.fieldCount(); csv.field(0); csv.line(); }
//   if (csv.hasError()) ... csv.error()
class CsvReader
{
public:
    explicit CsvReader(QByteArray data);

    // Reads the next non-empty record; false at the end of the data or on a syntax error.
    bool readRecord();
    bool hasError() const { return !m_error.isEmpty(); }
    // "line 7, column 12: a quoted field is never closed"
    const QString &error() const { return m_error; }

    int fieldCount() const { return int(m_fields.size()); }
    // The field's text with quotes removed and "" unescaped; valid until the next readRecord().
    QByteArrayView field(int index) const;
    QString fieldText(int index) const { return QString::fromUtf8(field(index)); }
    // 1-based line of the record's start, and 1-based character column of a field's start.
    int line() const { return m_recordLine; }
    int column(int index) const { return m_fields[std::size_t(index)].column; }

private:
    struct Field
    {
        qsizetype begin = 0; // into m_unescaped, or into m_data when !copied
        qsizetype size = 0;
        int column = 1;
        bool copied = false;
    };

    bool fail(int line, int column, const QString &why);
    bool readQuoted(Field &field);
    void readPlain(Field &field);

    QByteArray m_data;
    qsizetype m_pos = 0;
    int m_line = 1;
    qsizetype m_lineStart = 0;
    int m_recordLine = 0;
    std::vector<Field> m_fields;
    QByteArray m_unescaped;
    QString m_error;
};

} // namespace cascade
