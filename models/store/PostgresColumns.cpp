#include "store/PostgresColumns.h"

#include <QtEndian>

#include <libpq-fe.h>

#include <bit>
#include <cmath>

namespace cascade {

namespace {

// Type ids from PostgreSQL's pg_type catalogue.
constexpr Oid kInt8 = 20;
constexpr Oid kText = 25;
constexpr Oid kFloat8 = 701;

Oid arrayOf(Oid element)
{
    switch (element) {
    case kInt8:
        return 1016;
    case kFloat8:
        return 1022;
    default:
        return 1009; // text[]
    }
}

void appendInt32(QByteArray &out, qint32 value)
{
    const qint32 wire = qToBigEndian(value);
    out.append(reinterpret_cast<const char *>(&wire), 4);
}

} // namespace

PostgresColumns::Column &PostgresColumns::column(int index, unsigned int elementType)
{
    if (m_columns.size() < std::size_t(index))
        m_columns.resize(std::size_t(index));
    Column &c = m_columns[std::size_t(index - 1)];
    c.elementType = elementType;
    ++c.count;
    return c;
}

void PostgresColumns::bind(int index, qint64 value)
{
    Column &c = column(index, kInt8);
    appendInt32(c.elements, 8);
    const qint64 wire = qToBigEndian(value);
    c.elements.append(reinterpret_cast<const char *>(&wire), 8);
}

void PostgresColumns::bind(int index, double value)
{
    Column &c = column(index, kFloat8);
    if (std::isnan(value)) {
        appendInt32(c.elements, -1);
        c.hasNull = true;
        return;
    }
    appendInt32(c.elements, 8);
    const quint64 wire = qToBigEndian(std::bit_cast<quint64>(value));
    c.elements.append(reinterpret_cast<const char *>(&wire), 8);
}

void PostgresColumns::bind(int index, const QString &value)
{
    Column &c = column(index, kText);
    const QByteArray utf8 = value.toUtf8();
    appendInt32(c.elements, qint32(utf8.size()));
    c.elements.append(utf8);
}

void PostgresColumns::clear()
{
    m_columns.clear();
}

Status PostgresColumns::exec(pg_conn *connection, const char *head, const char *tail)
{
    const int count = int(m_columns.size());
    // unnest() in the select list, one per column: PostgreSQL steps them in lockstep (ProjectSet)
    // where `FROM unnest($1, ..., $n)` first copies every column into a tuplestore of its own.
    QByteArray sql = QByteArray(head) + " SELECT ";
    const std::size_t columns = m_columns.size();
    std::vector<QByteArray> arrays(columns);
    std::vector<Oid> types(columns);
    std::vector<const char *> values(columns);
    std::vector<int> lengths(columns);
    std::vector<int> formats(columns, 1);
    for (int i = 0; i < count; ++i) {
        const Column &c = m_columns[std::size_t(i)];
        QByteArray &array = arrays[std::size_t(i)];
        // array_recv's layout: dimensions, null flag, element type, then length and lower bound.
        appendInt32(array, 1);
        appendInt32(array, c.hasNull ? 1 : 0);
        appendInt32(array, qint32(c.elementType));
        appendInt32(array, c.count);
        appendInt32(array, 1);
        array.append(c.elements);
        types[std::size_t(i)] = arrayOf(c.elementType);
        values[std::size_t(i)] = array.constData();
        lengths[std::size_t(i)] = int(array.size());
        sql += (i ? ", unnest($" : "unnest($") + QByteArray::number(i + 1) + ')';
    }
    sql += tail;
    PGresult *result = PQexecParams(connection, sql.constData(), count, types.data(), values.data(),
                                    lengths.data(), formats.data(), 1);
    const ExecStatusType status = PQresultStatus(result);
    QString error;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        const char *message = result ? PQresultErrorMessage(result) : PQerrorMessage(connection);
        error = QString::fromUtf8(message && *message ? message : PQerrorMessage(connection)).simplified();
        if (error.isEmpty())
            error = QStringLiteral("the server gave no answer");
    }
    PQclear(result);
    return error.isEmpty() ? Status() : Status::failure(error);
}

} // namespace cascade
