#pragma once

#include "market/Interval.h"
#include "market/SeriesKey.h"
#include "market/TimeRange.h"
#include "sources/HttpRequest.h"

#include <QString>

namespace cascade {

// One request of a fetch plan: the series it feeds, the time window it proves complete once
// its rows are stored, and how to ask for it.
struct PageRequest
{
    SeriesKey key;    // store key (exchange-neutral symbol)
    Interval step;    // bar length or sampling period of the series
    TimeRange window; // snapshot pages: {now, now + 1}
    HttpRequest http;
    double weight = 1.0; // in the exchange's rate-limit units
    QString endpoint;    // "/fapi/v1/klines", for messages and the store's source label
};

} // namespace cascade
