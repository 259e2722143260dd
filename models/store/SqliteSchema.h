#pragma once

#include "market/Result.h"

#include <QString>

class QSqlDatabase;

namespace cascade {

// The SQLite store's schema: every version is reached from the one before it by a list of
// steps, so a store written by any earlier Cascade opens in this one. The version lives in
// `PRAGMA user_version`. A store newer than this code is refused rather than guessed at.
namespace SqliteSchema {

constexpr int currentVersion = 2;

// Brings the open database up to currentVersion (each version step in its own transaction).
Status migrate(QSqlDatabase &db);
int version(QSqlDatabase &db);

} // namespace SqliteSchema
} // namespace cascade
