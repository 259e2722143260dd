#pragma once

#include "market/Result.h"
#include "market/SeriesKey.h"
#include "store/ImportBatch.h"
#include "store/MarketStore.h"

#include <QString>

#include <utility>
#include <vector>

namespace cascade {

// What one imported file did.
struct ImportSummary
{
    QString path;
    QString format;
    bool checksumVerified = false;
    std::vector<std::pair<SeriesKey, qint64>> rows; // rows read per series written
};

// `cascade import`: reads a file (ImportReader) and writes everything it holds in ONE store
// transaction, so a file that fails anywhere imports nothing. Re-importing a file changes
// nothing (the store's writes are idempotent upserts).
class Importer
{
public:
    explicit Importer(MarketStore &store);

    Result<ImportSummary> importFile(const QString &path, const QString &exchange = {},
                                     const QString &symbol = {});
    // Writes an already-read batch; `source` is recorded with the series ("import FILE").
    Status write(const ImportBatch &batch, const QString &source, ImportSummary &summary);

private:
    MarketStore &m_store;
};

} // namespace cascade
