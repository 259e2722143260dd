#include "store/PostgresStatement.h"

#include <QtEndian>

#include <libpq-fe.h>

#include <bit>
#include <cmath>

namespace cascade {

namespace {

// Type ids from PostgreSQL's pg_type catalogue (stable since 7.x).
constexpr Oid kInt8 = 20;
constexpr Oid kText = 25;
constexpr Oid kFloat8 = 701;

} // namespace

PostgresStatement::~PostgresStatement()
{
    PQclear(m_result);
}

void PostgresStatement::put(int index, unsigned int type, const char *bytes, int length)
{
    const std::size_t slot = std::size_t(index - 1);
    if (m_types.size() <= slot) {
        m_types.resize(slot + 1, kText);
        m_offsets.resize(slot + 1, -1);
        m_lengths.resize(slot + 1, 0);
    }
    m_types[slot] = type;
    m_offsets[slot] = bytes ? int(m_buffer.size()) : -1;
    m_lengths[slot] = length;
    if (bytes)
        m_buffer.append(bytes, length);
}

void PostgresStatement::bind(int index, qint64 value)
{
    const qint64 wire = qToBigEndian(value);
    put(index, kInt8, reinterpret_cast<const char *>(&wire), 8);
}

void PostgresStatement::bind(int index, double value)
{
    if (std::isnan(value))
        return put(index, kFloat8, nullptr, 0);
    const quint64 wire = qToBigEndian(std::bit_cast<quint64>(value));
    put(index, kFloat8, reinterpret_cast<const char *>(&wire), 8);
}

void PostgresStatement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    put(index, kText, utf8.constData() ? utf8.constData() : "", int(utf8.size()));
}

void PostgresStatement::clear()
{
    m_types.clear();
    m_offsets.clear();
    m_lengths.clear();
    m_buffer.clear();
    PQclear(m_result);
    m_result = nullptr;
    m_row = -1;
}

Status PostgresStatement::exec(pg_conn *connection, const QByteArray &sql)
{
    PQclear(m_result);
    m_row = -1;
    const int count = int(m_types.size());
    // Pointers are taken only now: appending to the buffer may have moved it.
    std::vector<const char *> values(std::size_t(count), nullptr);
    std::vector<int> formats(std::size_t(count), 1);
    for (int i = 0; i < count; ++i) {
        if (m_offsets[std::size_t(i)] >= 0)
            values[std::size_t(i)] = m_buffer.constData() + m_offsets[std::size_t(i)];
    }
    m_result = PQexecParams(connection, sql.constData(), count, m_types.data(), values.data(),
                            m_lengths.data(), formats.data(), 1);
    const ExecStatusType status = PQresultStatus(m_result);
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        return {};
    const char *message = m_result ? PQresultErrorMessage(m_result) : PQerrorMessage(connection);
    QString text = QString::fromUtf8(message && *message ? message : PQerrorMessage(connection)).trimmed();
    if (text.isEmpty())
        text = QStringLiteral("the server gave no answer");
    return Status::failure(text.simplified());
}

int PostgresStatement::rowCount() const
{
    return m_result ? PQntuples(m_result) : 0;
}

bool PostgresStatement::next()
{
    if (m_row + 1 >= rowCount())
        return false;
    ++m_row;
    return true;
}

qint64 PostgresStatement::int64At(int column) const
{
    if (PQgetisnull(m_result, m_row, column))
        return 0;
    const char *bytes = PQgetvalue(m_result, m_row, column);
    switch (PQgetlength(m_result, m_row, column)) {
    case 2:
        return qFromBigEndian<qint16>(bytes);
    case 4:
        return qFromBigEndian<qint32>(bytes);
    default:
        return qFromBigEndian<qint64>(bytes);
    }
}

double PostgresStatement::realAt(int column) const
{
    if (PQgetisnull(m_result, m_row, column))
        return std::nan("");
    return std::bit_cast<double>(qFromBigEndian<quint64>(PQgetvalue(m_result, m_row, column)));
}

QString PostgresStatement::textAt(int column) const
{
    return QString::fromUtf8(PQgetvalue(m_result, m_row, column), PQgetlength(m_result, m_row, column));
}

} // namespace cascade
