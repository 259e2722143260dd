#include "store/CandleCsvParser.h"

#include "store/SeriesIdentity.h"
#include "store/StoreValidator.h"

#include <cmath>

namespace cascade {

namespace {
const QStringList kTime{"time", "timestamp", "open_time", "date", "datetime", "ts", "t"};
const QStringList kOpen{"open", "o"};
const QStringList kHigh{"high", "h"};
const QStringList kLow{"low", "l"};
const QStringList kClose{"close", "c"};
const QStringList kVolume{"volume", "vol", "v", "base_volume"};
const QStringList kTakerBuy{"taker_buy_volume", "taker_buy_base_volume", "taker_buy_base_asset_volume"};
const QStringList kQuoteVolume{"quote_volume", "quote_asset_volume", "volume_usd", "turnover"};

bool hasAny(const QStringList &header, const QStringList &names)
{
    for (const QString &name : names) {
        if (header.contains(name))
            return true;
    }
    return false;
}
} // namespace

bool CandleCsvParser::accepts(const QStringList &header)
{
    return hasAny(header, kTime) && hasAny(header, kOpen) && hasAny(header, kHigh) && hasAny(header, kLow) &&
           hasAny(header, kClose);
}

Result<ImportBatch> CandleCsvParser::parse(ImportTable &table, const ImportHints &hints)
{
    using R = Result<ImportBatch>;
    if (!table.readHeader())
        return R::failure(table.error());
    ImportBatch batch;
    const bool cascadeExport =
        table.header().mid(0, 4) == QStringList{"time", "exchange", "symbol", "interval"};
    batch.format = cascadeExport ? QStringLiteral("Cascade candles") : QStringLiteral("OHLCV CSV");
    const int time = table.column(kTime), open = table.column(kOpen), high = table.column(kHigh),
              low = table.column(kLow), close = table.column(kClose), volume = table.column(kVolume),
              takerBuy = table.column(kTakerBuy), quoteVolume = table.column(kQuoteVolume),
              intervalColumn = table.column({"interval", "timeframe"});
    SeriesIdentity identity(hints, table.column({"exchange", "venue"}),
                            table.column({"symbol", "pair", "instrument"}));
    qint64 smallestStep = 0;
    while (table.next()) {
        identity.observe(table);
        Candle c;
        c.openTime = table.time(time);
        table.checkTimeOrder(c.openTime, true, time);
        c.open = table.number(open);
        c.high = table.number(high);
        c.low = table.number(low);
        c.close = table.number(close);
        c.volume = table.optionalNumber(volume, 0.0);
        c.takerBuyVolume = table.optionalNumber(takerBuy, 0.0);
        // Without a quote volume column, estimate it from the close (documented in CSV.md).
        c.quoteVolume = table.optionalNumber(quoteVolume, c.volume * c.close);
        if (intervalColumn >= 0 && !table.failed()) {
            const auto interval = Interval::parse(table.text(intervalColumn));
            if (!interval)
                table.fail(QStringLiteral("expected an interval such as 1m or 1h, found '%1'")
                               .arg(table.text(intervalColumn)),
                           intervalColumn);
            else if (batch.interval.isValid() && *interval != batch.interval)
                table.fail(QStringLiteral("a %1 bar in a file of %2 bars")
                               .arg(interval->name(), batch.interval.name()),
                           intervalColumn);
            else
                batch.interval = *interval;
        }
        if (table.failed())
            return R::failure(table.error());
        if (!batch.candles.empty()) {
            const qint64 step = c.openTime - batch.candles.back().openTime;
            smallestStep = smallestStep == 0 ? step : std::min(smallestStep, step);
        }
        if (!table.accept(StoreValidator::problem(c, Interval())))
            return R::failure(table.error());
        batch.candles.push_back(c);
    }
    if (table.failed())
        return R::failure(table.error());
    if (batch.candles.empty())
        return R::failure(table.fileError(QStringLiteral("a header but no data rows")));
    if (const QString missing = identity.settle(batch.exchange, batch.symbol); !missing.isEmpty())
        return R::failure(table.fileError(missing));
    if (!batch.interval.isValid())
        batch.interval = Interval(smallestStep);
    if (!batch.interval.isValid())
        return R::failure(
            table.fileError(QStringLiteral("one bar and no interval column: cannot tell the bar length")));
    return batch;
}

} // namespace cascade
