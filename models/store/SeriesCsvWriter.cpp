#include "store/SeriesCsvWriter.h"

#include "market/TimeFormat.h"
#include "store/CsvWriter.h"

#include <QStringList>

namespace cascade {

namespace {

// Opens the file, writes the header, runs `row` for every element and commits.
template<typename T, typename Row>
Status writeFile(const QString &path, const QStringList &header, const std::vector<T> &rows, Row row)
{
    CsvWriter csv(path);
    if (Status status = csv.open(); !status)
        return status;
    for (const QString &name : header)
        csv.addField(name);
    csv.endRow();
    for (const T &value : rows) {
        row(csv, value);
        csv.endRow();
    }
    return csv.commit();
}

void addSeriesColumns(CsvWriter &csv, qint64 time, const QString &exchange, const QString &symbol)
{
    csv.addField(TimeFormat::isoUtc(time));
    csv.addField(exchange);
    csv.addField(symbol);
}

} // namespace

QString SeriesCsvWriter::sideName(LiquidationSide side)
{
    return side == LiquidationSide::LongLiquidated ? QStringLiteral("long_liquidated")
                                                   : QStringLiteral("short_liquidated");
}

QString SeriesCsvWriter::typeName(OptionType type)
{
    return type == OptionType::Put ? QStringLiteral("put") : QStringLiteral("call");
}

Status SeriesCsvWriter::writeCandles(const QString &path, const QString &exchange, const QString &symbol,
                                     const std::vector<Candle> &candles, Interval interval)
{
    const QString intervalName = interval.name();
    return writeFile(
        path,
        {"time", "exchange", "symbol", "interval", "open", "high", "low", "close", "volume",
         "taker_buy_volume", "quote_volume"},
        candles, [&](CsvWriter &csv, const Candle &c) {
            addSeriesColumns(csv, c.openTime, exchange, symbol);
            csv.addField(intervalName);
            for (double v : {c.open, c.high, c.low, c.close, c.volume, c.takerBuyVolume, c.quoteVolume})
                csv.addField(v);
        });
}

Status SeriesCsvWriter::writeLiquidations(const QString &path, const QString &exchange, const QString &symbol,
                                          const std::vector<Liquidation> &events)
{
    return writeFile(path, {"time", "exchange", "symbol", "side", "price", "quantity", "notional_usd"},
                     events, [&](CsvWriter &csv, const Liquidation &e) {
                         addSeriesColumns(csv, e.time, exchange, symbol);
                         csv.addField(sideName(e.side));
                         csv.addField(e.price);
                         csv.addField(e.quantity);
                         csv.addField(e.notionalUsd);
                     });
}

Status SeriesCsvWriter::writeOpenInterest(const QString &path, const QString &exchange, const QString &symbol,
                                          const std::vector<OpenInterestPoint> &points)
{
    return writeFile(path, {"time", "exchange", "symbol", "open_interest", "open_interest_usd"}, points,
                     [&](CsvWriter &csv, const OpenInterestPoint &p) {
                         addSeriesColumns(csv, p.time, exchange, symbol);
                         csv.addField(p.openInterest);
                         csv.addField(p.openInterestUsd);
                     });
}

Status SeriesCsvWriter::writeRatios(const QString &path, const QString &exchange, const QString &symbol,
                                    SeriesKind kind, const std::vector<RatioPoint> &points)
{
    const QString kindText = kindName(kind);
    return writeFile(path, {"time", "exchange", "symbol", "kind", "ratio", "long_value", "short_value"},
                     points, [&](CsvWriter &csv, const RatioPoint &p) {
                         addSeriesColumns(csv, p.time, exchange, symbol);
                         csv.addField(kindText);
                         csv.addField(p.ratio);
                         csv.addField(p.longValue);
                         csv.addField(p.shortValue);
                     });
}

Status SeriesCsvWriter::writeOptions(const QString &path, const QString &exchange, const QString &symbol,
                                     const std::vector<OptionQuote> &quotes)
{
    return writeFile(path,
                     {"time", "exchange", "symbol", "instrument", "expiry", "strike", "type", "open_interest",
                      "open_interest_usd", "underlying_price", "mark_iv", "delta", "gamma", "vega", "theta"},
                     quotes, [&](CsvWriter &csv, const OptionQuote &q) {
                         addSeriesColumns(csv, q.snapshotTime, exchange, symbol);
                         csv.addField(q.instrument);
                         csv.addField(TimeFormat::isoUtc(q.expiry));
                         csv.addField(q.strike);
                         csv.addField(typeName(q.type));
                         for (double v : {q.openInterest, q.openInterestUsd, q.underlyingPrice, q.markIv,
                                          q.delta, q.gamma, q.vega, q.theta})
                             csv.addField(v);
                     });
}

} // namespace cascade
