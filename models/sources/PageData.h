#pragma once

#include "market/Candle.h"
#include "market/Liquidation.h"
#include "market/OpenInterestPoint.h"
#include "market/OptionQuote.h"
#include "market/RatioPoint.h"
#include "market/TimeRange.h"
#include "sources/PageRequest.h"

#include <optional>
#include <vector>

namespace cascade {

// The rows of one parsed page (only the vector of the page's kind is filled), the part of the
// window they prove complete, and for cursor-paged endpoints the request for the next page.
struct PageData
{
    std::vector<Candle> candles;
    std::vector<OpenInterestPoint> openInterest;
    std::vector<RatioPoint> ratios;
    std::vector<Liquidation> liquidations;
    std::vector<OptionQuote> options;
    TimeRange covered;
    std::optional<PageRequest> next;

    std::size_t rowCount() const
    {
        return candles.size() + openInterest.size() + ratios.size() + liquidations.size() + options.size();
    }
};

} // namespace cascade
