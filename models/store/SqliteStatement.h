#pragma once

#include "market/Result.h"

#include <QString>
#include <QtGlobal>

struct sqlite3;
struct sqlite3_stmt;

namespace cascade {

// A prepared statement on a raw sqlite3 connection. The store binds and reads rows through
// this instead of QSqlQuery on its bulk paths: QSqlQuery wraps every bound value and every
// cell read in a QVariant, which costs more than SQLite's own work for million-row batches.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;

    Status prepare(sqlite3 *db, const char *sql);
    bool isPrepared() const { return m_stmt != nullptr; }
    void finalize();

    // Parameters are numbered from 1, as in SQLite. A NaN double is stored as NULL.
    void bind(int index, qint64 value);
    void bind(int index, double value);
    void bind(int index, const QString &value);
    void bindNull(int index);

    // SQLITE_ROW, SQLITE_DONE or an error code; reset() makes the statement reusable.
    int step();
    void reset();
    QString errorMessage() const;

    // Columns are numbered from 0. A NULL real reads as NaN; doubleAt is for NOT NULL columns.
    qint64 int64At(int column) const;
    double realAt(int column) const;
    double doubleAt(int column) const;
    QString textAt(int column) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace cascade
