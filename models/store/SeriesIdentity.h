#pragma once

#include "store/ImportHints.h"
#include "store/ImportTable.h"

namespace cascade {

// Settles which exchange and symbol a file's rows belong to: the file's own columns, else the
// --exchange/--symbol hints, else its name. A file holds one series: a row naming another is
// an error, and so is a hint that contradicts the file.
class SeriesIdentity
{
public:
    SeriesIdentity(const ImportHints &hints, int exchangeColumn, int symbolColumn);
    // Fallbacks when neither the columns nor the hints say (e.g. from the file name).
    void setFallback(const QString &exchange, const QString &symbol);

    // Checks the current row's columns (records a failure in the table on a mismatch).
    void observe(ImportTable &table);
    // Fills in the settled names; returns what is missing ("...; pass --exchange"), or empty.
    QString settle(QString &exchange, QString &symbol) const;

    // "binance" when the file name names a known exchange, else empty.
    static QString exchangeInFileName(const QString &fileName);

private:
    void check(ImportTable &table, int column, QString &seen, const QString &hint, const char *what);

    ImportHints m_hints;
    int m_exchangeColumn;
    int m_symbolColumn;
    QString m_exchange;
    QString m_symbol;
    QString m_fallbackExchange;
    QString m_fallbackSymbol;
};

} // namespace cascade
