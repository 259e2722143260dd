#pragma once

#include "market/Result.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <vector>

struct pg_conn;
struct pg_result;

namespace cascade {

// One statement on a libpq connection (the QPSQL driver's own handle), with parameters and
// results in binary: numbers cross the wire as their IEEE and two's-complement bytes, so a double
// reads back bit for bit and nothing is formatted or parsed. The store's bulk paths use this
// rather than QSqlQuery, whose QPSQL prepared queries send every value as formatted text.
// Its bind/read interface matches SqliteStatement's, so StoreRows serves both backends.
class PostgresStatement
{
public:
    PostgresStatement() = default;
    ~PostgresStatement();
    PostgresStatement(const PostgresStatement &) = delete;
    PostgresStatement &operator=(const PostgresStatement &) = delete;

    // Parameters are numbered from 1 ($1). A NaN double is sent as NULL.
    void bind(int index, qint64 value);
    void bind(int index, double value);
    void bind(int index, const QString &value);
    // Forgets the parameters and any result, for the next execution.
    void clear();

    // Runs `sql` ($1-style parameters) with what is bound; the result's rows are then read with
    // next() and the *At accessors.
    Status exec(pg_conn *connection, const QByteArray &sql);
    int rowCount() const;
    // Moves to the next result row; false after the last.
    bool next();

    // Columns are numbered from 0. A NULL real reads as NaN; doubleAt is for NOT NULL columns.
    qint64 int64At(int column) const;
    double realAt(int column) const;
    double doubleAt(int column) const { return realAt(column); }
    QString textAt(int column) const;

private:
    void put(int index, unsigned int type, const char *bytes, int length);

    std::vector<unsigned int> m_types;
    std::vector<int> m_offsets; // into m_buffer; -1: NULL
    std::vector<int> m_lengths;
    QByteArray m_buffer;
    pg_result *m_result = nullptr;
    int m_row = -1;
};

} // namespace cascade
