#pragma once

#include <QString>

namespace cascade {

// What the user told `cascade import` about a file, and the file's own name (Binance archive
// names carry the symbol, the interval or data kind, and the day).
struct ImportHints
{
    QString fileName; // the CSV's name (inside the zip when zipped)
    QString exchange; // --exchange, may be empty
    QString symbol;   // --symbol, may be empty
};

} // namespace cascade
