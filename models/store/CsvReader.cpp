#include "store/CsvReader.h"

namespace cascade {

CsvReader::CsvReader(QByteArray data)
    : m_data(std::move(data))
{
    if (m_data.startsWith("\xEF\xBB\xBF"))
        m_pos = m_lineStart = 3;
}

bool CsvReader::fail(int line, int column, const QString &why)
{
    m_error = QStringLiteral("line %1, column %2: %3").arg(line).arg(column).arg(why);
    return false;
}

void CsvReader::readPlain(Field &field)
{
    field.begin = m_pos;
    while (m_pos < m_data.size()) {
        const char c = m_data[m_pos];
        if (c == ',' || c == '\n' || c == '\r')
            break;
        ++m_pos;
    }
    field.size = m_pos - field.begin;
}

bool CsvReader::readQuoted(Field &field)
{
    const int startLine = m_line;
    const int startColumn = field.column;
    ++m_pos; // opening quote
    field.copied = true;
    field.begin = m_unescaped.size();
    while (true) {
        if (m_pos >= m_data.size())
            return fail(startLine, startColumn, QStringLiteral("a quoted field is never closed"));
        const char c = m_data[m_pos];
        if (c == '"') {
            if (m_pos + 1 < m_data.size() && m_data[m_pos + 1] == '"') {
                m_unescaped += '"';
                m_pos += 2;
                continue;
            }
            ++m_pos;
            break;
        }
        if (c == '\n') {
            ++m_line;
            m_lineStart = m_pos + 1;
        }
        m_unescaped += c;
        ++m_pos;
    }
    field.size = m_unescaped.size() - field.begin;
    if (m_pos < m_data.size()) {
        const char next = m_data[m_pos];
        if (next != ',' && next != '\n' && next != '\r')
            return fail(m_line, int(m_pos - m_lineStart) + 1,
                        QStringLiteral("expected ',' or the end of the line after a closing quote"));
    }
    return true;
}

bool CsvReader::readRecord()
{
    m_fields.clear();
    m_unescaped.clear();
    if (hasError())
        return false;
    // Blank lines between records carry nothing.
    while (m_pos < m_data.size() && (m_data[m_pos] == '\n' || m_data[m_pos] == '\r')) {
        if (m_data[m_pos] == '\n') {
            ++m_line;
            m_lineStart = m_pos + 1;
        }
        ++m_pos;
    }
    if (m_pos >= m_data.size())
        return false;
    m_recordLine = m_line;
    while (true) {
        Field field;
        field.column = int(m_pos - m_lineStart) + 1;
        if (m_pos < m_data.size() && m_data[m_pos] == '"') {
            if (!readQuoted(field))
                return false;
        } else {
            readPlain(field);
        }
        m_fields.push_back(field);
        if (m_pos < m_data.size() && m_data[m_pos] == ',') {
            ++m_pos;
            continue;
        }
        break;
    }
    // End of record: CRLF, LF, a lone CR, or the end of the data.
    if (m_pos < m_data.size() && m_data[m_pos] == '\r')
        ++m_pos;
    if (m_pos < m_data.size() && m_data[m_pos] == '\n')
        ++m_pos;
    ++m_line;
    m_lineStart = m_pos;
    return true;
}

QByteArrayView CsvReader::field(int index) const
{
    // A column the header lacks (index -1) or a short record reads as empty; the typed readers
    // then say what they expected (found by fuzz_import_archive: it was out of bounds).
    if (index < 0 || std::size_t(index) >= m_fields.size())
        return {};
    const Field &f = m_fields[std::size_t(index)];
    const QByteArray &source = f.copied ? m_unescaped : m_data;
    return QByteArrayView(source.constData() + f.begin, f.size);
}

} // namespace cascade
