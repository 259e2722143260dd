#pragma once

#include "market/Result.h"
#include "store/StoreSchema.h"

#include <QString>

class QSqlDatabase;

namespace cascade {

// Applies the shared schema steps (StoreSchema) to a SQLite store. The version lives in
// `PRAGMA user_version`. A store newer than this code is refused rather than guessed at.
namespace SqliteSchema {

constexpr int currentVersion = StoreSchema::currentVersion;

// Brings the open database up to currentVersion (each version step in its own transaction).
Status migrate(QSqlDatabase &db);
int version(QSqlDatabase &db);

} // namespace SqliteSchema
} // namespace cascade
