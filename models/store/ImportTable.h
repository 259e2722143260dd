#pragma once

#include "store/CsvReader.h"

#include <QString>
#include <QStringList>

#include <limits>

namespace cascade {

// A CSV file being imported: the tokenizer, the header's column names and typed field access
// whose first failure is kept as a message naming the file, line, column and what was
// expected ("BTCUSDT-1m.csv: line 7, column 3 (high): expected a number, found 'abc'").
// Parsers read a whole row, then check failed() once.
class ImportTable
{
public:
    ImportTable(const QString &fileLabel, QByteArray bytes);

    // Reads the first record as the header (names trimmed and lower-cased).
    bool readHeader();
    const QStringList &header() const { return m_header; }
    // Reads the next record, which must have `columns` fields (or the header's count when 0).
    bool next(int columns = 0);

    // Index of the first header name among `names`; -1 when none is present.
    int column(const QStringList &names) const;

    double number(int column);
    // An empty field gives `fallback` (NaN by default) instead of an error.
    double optionalNumber(int column, double fallback = std::numeric_limits<double>::quiet_NaN());
    // Epoch seconds, milliseconds, microseconds or nanoseconds (told apart by magnitude), or
    // ISO 8601 / "YYYY-MM-DD hh:mm:ss" in UTC; returns UTC milliseconds.
    qint64 time(int column);
    QString text(int column) const;
    QByteArrayView raw(int column) const { return m_csv.field(column); }
    int fieldCount() const { return m_csv.fieldCount(); }

    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    int line() const { return m_csv.line(); }
    // Records a failure at the current row (and column, when >= 0); the first one wins.
    void fail(const QString &why, int column = -1);
    // Records `problem` (from StoreValidator) as a failure of the current row unless it is empty.
    bool accept(const QString &problem);
    // A failure for the whole file ("FILE: why").
    QString fileError(const QString &why) const;

    // Rows must come in time order: a time before the previous row's, or equal to it when
    // `strictly` (one candle per bar), is recorded as a failure naming both lines.
    void checkTimeOrder(qint64 time, bool strictly, int column);

    static qint64 epochToMs(qint64 value);

private:
    QString m_label;
    CsvReader m_csv;
    QStringList m_header;
    QString m_error;
    qint64 m_previousTime = 0;
    int m_previousLine = 0;
};

} // namespace cascade
