#include "store/SeriesIdentity.h"

namespace cascade {

SeriesIdentity::SeriesIdentity(const ImportHints &hints, int exchangeColumn, int symbolColumn)
    : m_hints(hints)
    , m_exchangeColumn(exchangeColumn)
    , m_symbolColumn(symbolColumn)
{
    m_fallbackExchange = exchangeInFileName(hints.fileName);
}

void SeriesIdentity::setFallback(const QString &exchange, const QString &symbol)
{
    if (!exchange.isEmpty())
        m_fallbackExchange = exchange;
    if (!symbol.isEmpty())
        m_fallbackSymbol = symbol;
}

QString SeriesIdentity::exchangeInFileName(const QString &fileName)
{
    const QString lower = fileName.toLower();
    for (const char *name : {"binance", "bybit", "okx", "deribit", "coinglass"}) {
        if (lower.contains(QLatin1String(name)))
            return QString::fromLatin1(name);
    }
    return {};
}

void SeriesIdentity::check(ImportTable &table, int column, QString &seen, const QString &hint,
                           const char *what)
{
    if (column < 0)
        return;
    QString value = table.text(column);
    if (QLatin1String(what) == QLatin1String("exchange"))
        value = value.toLower();
    if (value.isEmpty())
        return table.fail(QStringLiteral("the %1 is empty").arg(QLatin1String(what)), column);
    if (seen.isEmpty()) {
        if (!hint.isEmpty() && hint.compare(value, Qt::CaseInsensitive) != 0) {
            return table.fail(QStringLiteral("the file says %1 '%2' but --%1 says '%3'")
                                  .arg(QLatin1String(what), value, hint),
                              column);
        }
        seen = value;
    } else if (value != seen) {
        table.fail(QStringLiteral("%1 '%2' differs from '%3' in the first row; import one series per file")
                       .arg(QLatin1String(what), value, seen),
                   column);
    }
}

void SeriesIdentity::observe(ImportTable &table)
{
    check(table, m_exchangeColumn, m_exchange, m_hints.exchange, "exchange");
    check(table, m_symbolColumn, m_symbol, m_hints.symbol, "symbol");
}

QString SeriesIdentity::settle(QString &exchange, QString &symbol) const
{
    exchange = !m_exchange.isEmpty()         ? m_exchange
               : !m_hints.exchange.isEmpty() ? m_hints.exchange.toLower()
                                             : m_fallbackExchange;
    symbol = !m_symbol.isEmpty() ? m_symbol : !m_hints.symbol.isEmpty() ? m_hints.symbol : m_fallbackSymbol;
    if (exchange.isEmpty())
        return QStringLiteral("the file names no exchange; pass --exchange");
    if (symbol.isEmpty())
        return QStringLiteral("the file names no symbol; pass --symbol");
    return {};
}

} // namespace cascade
