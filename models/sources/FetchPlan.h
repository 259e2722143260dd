#pragma once

#include "sources/PageRequest.h"

#include <QStringList>

#include <vector>

namespace cascade {

// The requests a fetch will send (only for what the store does not cover yet) and notes for
// the analyst (ranges clipped to what the exchange keeps, nothing left to fetch, ...).
struct FetchPlan
{
    std::vector<PageRequest> pages;
    QStringList notes;
};

} // namespace cascade
