#include "store/CsvWriter.h"

#include <charconv>
#include <cmath>

namespace cascade {

namespace {
constexpr qsizetype kFlushBytes = 1 << 20;
}

CsvWriter::CsvWriter(const QString &path)
    : m_path(path)
    , m_file(path)
{}

Status CsvWriter::open()
{
    if (!m_file.open(QIODevice::WriteOnly))
        return Status::failure(QStringLiteral("cannot write %1: %2").arg(m_path, m_file.errorString()));
    m_buffer.reserve(kFlushBytes + 4096);
    return {};
}

QByteArray CsvWriter::formatNumber(double value)
{
    if (std::isnan(value))
        return {};
    char text[64];
    // Fixed notation in the shortest form that round-trips: never "1e+05", never "0.1000000001".
    const auto result = std::to_chars(text, text + sizeof text, value, std::chars_format::fixed);
    if (result.ec != std::errc())
        return QByteArray::number(value, 'g', 17);
    return QByteArray(text, result.ptr - text);
}

QByteArray CsvWriter::quoted(QStringView text)
{
    QByteArray utf8 = text.toUtf8();
    const bool needsQuotes =
        utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r');
    if (!needsQuotes)
        return utf8;
    utf8.replace("\"", "\"\"");
    return '"' + utf8 + '"';
}

void CsvWriter::separate()
{
    if (m_rowStarted)
        m_buffer += ',';
    m_rowStarted = true;
}

void CsvWriter::addField(QStringView text)
{
    separate();
    m_buffer += quoted(text);
}

void CsvWriter::addField(qint64 value)
{
    separate();
    m_buffer += QByteArray::number(value);
}

void CsvWriter::addField(double value)
{
    separate();
    m_buffer += formatNumber(value);
}

void CsvWriter::endRow()
{
    m_buffer += "\r\n";
    m_rowStarted = false;
    if (m_buffer.size() >= kFlushBytes)
        flushBuffer();
}

Status CsvWriter::flushBuffer()
{
    if (!m_failed && !m_buffer.isEmpty()) {
        const qint64 written = m_file.write(m_buffer);
        // A short write sets no error string ("Unknown error"): say what it means.
        if (written != m_buffer.size()) {
            m_failed = true;
            m_why =
                written >= 0
                    ? QStringLiteral("only %1 of %2 bytes could be written (disk full or file size limit)")
                          .arg(written)
                          .arg(m_buffer.size())
                    : m_file.errorString();
        }
    }
    m_buffer.clear();
    if (m_failed) {
        return Status::failure(
            QStringLiteral("cannot write %1: %2; the file was not replaced").arg(m_path, m_why));
    }
    return {};
}

Status CsvWriter::commit()
{
    Status status = flushBuffer();
    if (!status) {
        m_file.cancelWriting();
        return status;
    }
    if (!m_file.commit()) {
        return Status::failure(QStringLiteral("cannot write %1: %2; the file was not replaced")
                                   .arg(m_path, m_file.errorString()));
    }
    return {};
}

} // namespace cascade
