#pragma once

#include "market/Result.h"

#include <QByteArray>
#include <QSaveFile>
#include <QString>
#include <QtGlobal>

namespace cascade {

// Writes one RFC 4180 file atomically: rows go to a QSaveFile and only commit() makes them
// visible, so an interrupted or failed export never leaves half a file (and never replaces
// an existing one). Records end in CRLF; numbers use '.', no grouping, shortest round-trip.
class CsvWriter
{
public:
    explicit CsvWriter(const QString &path);

    Status open();
    void addField(QStringView text);
    void addField(qint64 value);
    // NaN (unknown) is written as an empty field.
    void addField(double value);
    void endRow();
    // Flushes and renames into place; the error names the file and the reason.
    Status commit();

    // The shortest text that reads back as exactly `value` ("0.1", "97000", "1234.5").
    static QByteArray formatNumber(double value);
    static QByteArray quoted(QStringView text);

private:
    void separate();
    Status flushBuffer();

    QString m_path;
    QSaveFile m_file;
    QByteArray m_buffer;
    bool m_rowStarted = false;
    bool m_failed = false;
    QString m_why; // of the first failed write
};

} // namespace cascade
