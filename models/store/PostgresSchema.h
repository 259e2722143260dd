#pragma once

#include "market/Result.h"

class QSqlDatabase;

namespace cascade {

// Applies the shared schema steps (StoreSchema, in PostgreSQL's dialect) to a team store. The
// version lives in the one-row table cascade_schema. The whole upgrade is one transaction under
// an advisory lock, so two recorders starting together on an empty database upgrade it once.
// A store newer than this code is refused rather than guessed at.
namespace PostgresSchema {

Status migrate(QSqlDatabase &db);
// 0 for a database without Cascade's tables, -1 when it cannot be read.
int version(QSqlDatabase &db);

} // namespace PostgresSchema
} // namespace cascade
