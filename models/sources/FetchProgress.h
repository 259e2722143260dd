#pragma once

#include <QString>

namespace cascade {

// Where a fetch stands, reported after every page (requests planned can grow while cursor-paged
// endpoints reveal more pages).
struct FetchProgress
{
    int requestsDone = 0;
    int requestsPlanned = 0;
    qint64 rowsReceived = 0;
    QString current; // "binance /fapi/v1/klines 2025-10-10T00:00:00.000Z"
};

} // namespace cascade
