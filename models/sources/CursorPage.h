#pragma once

#include <QString>

#include <vector>

namespace cascade {

// Rows of a cursor-paged response (Bybit), ascending by time, and the cursor of the next page
// (empty when there is none).
template<typename Row> struct CursorPage
{
    std::vector<Row> rows;
    QString nextCursor;
};

} // namespace cascade
