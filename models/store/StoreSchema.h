#pragma once

#include <QString>
#include <QStringList>

namespace cascade {

// The store's schema, written once for every backend: each version is reached from the one
// before it by a list of steps, so a store written by any earlier Cascade opens in this one.
// The steps are SQLite text; `steps(version, Dialect::Postgres)` rewrites the few type names
// that differ, so both backends always hold the same tables, keys and columns.
namespace StoreSchema {

enum class Dialect { Sqlite, Postgres };

constexpr int currentVersion = 2;

// The statements that take a store from version - 1 to version (empty when there is none).
QStringList steps(int version, Dialect dialect);

// SQLite DDL as PostgreSQL takes it: 64-bit integers, doubles, identity ids, no WITHOUT ROWID.
QString toPostgres(const QString &sqliteText);

} // namespace StoreSchema
} // namespace cascade
