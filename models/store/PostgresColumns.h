#pragma once

#include "market/Result.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <vector>

struct pg_conn;

namespace cascade {

// Many rows as one statement with one parameter per column: each column is sent as a binary
// PostgreSQL array and the statement reads them back as rows with unnest(). Planning such a
// statement costs the same for ten rows or fifty thousand, where a multi-row VALUES list costs a
// parameter (and planning work) per cell. Binding follows SqliteStatement and PostgresStatement
// (parameter i of any row is column i), so StoreRows fills it with `at` = 0 for every row.
class PostgresColumns
{
public:
    void bind(int index, qint64 value);
    void bind(int index, double value); // NaN is NULL
    void bind(int index, const QString &value);
    void clear();
    int rowCount() const { return m_columns.empty() ? 0 : m_columns.front().count; }

    // `head` + " SELECT unnest($1), ..., unnest($n)" + `tail`, e.g. an INSERT's column list and
    // its ON CONFLICT clause.
    Status exec(pg_conn *connection, const char *head, const char *tail);

private:
    struct Column
    {
        unsigned int elementType = 0;
        QByteArray elements; // length-prefixed, as array_recv reads them
        int count = 0;
        bool hasNull = false;
    };
    Column &column(int index, unsigned int elementType);

    std::vector<Column> m_columns;
};

} // namespace cascade
