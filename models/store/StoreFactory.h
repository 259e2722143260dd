#pragma once

#include "market/Result.h"
#include "store/MarketStore.h"

#include <QString>

#include <memory>

namespace cascade {

// Opens the store a location names: a file path is the embedded SQLite store (its folders are
// created); a postgresql:// URL will name a team store once that backend exists.
Result<std::unique_ptr<MarketStore>> openStore(const QString &location);

} // namespace cascade
