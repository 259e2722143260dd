#pragma once

#include "market/Result.h"
#include "store/MarketStore.h"

#include <QString>

#include <memory>

namespace cascade {

// Opens the store a location names: a file path is the embedded SQLite store (its folders are
// created); a postgresql:// URL is a team store (PostgresMarketStore, see PostgresLocation).
Result<std::unique_ptr<MarketStore>> openStore(const QString &location);

} // namespace cascade
