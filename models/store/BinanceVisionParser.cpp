#include "store/BinanceVisionParser.h"

#include "store/SeriesIdentity.h"
#include "store/StoreValidator.h"

#include <QDateTime>
#include <QRegularExpression>

#include <cmath>

namespace cascade {

namespace {

constexpr qint64 kFiveMinutes = 5 * 60'000;

const QStringList &klinesHeader()
{
    static const QStringList names{"open_time",
                                   "open",
                                   "high",
                                   "low",
                                   "close",
                                   "volume",
                                   "close_time",
                                   "quote_volume",
                                   "count",
                                   "taker_buy_volume",
                                   "taker_buy_quote_volume",
                                   "ignore"};
    return names;
}

using BatchResult = Result<ImportBatch>;

BatchResult tableFailure(const ImportTable &table)
{
    return BatchResult::failure(table.error());
}

// The symbol from --symbol, else the archive's file name.
QString archiveSymbol(const ImportHints &hints)
{
    return !hints.symbol.isEmpty() ? hints.symbol : BinanceVisionParser::parseFileName(hints.fileName).symbol;
}

QString archiveExchange(const ImportHints &hints)
{
    return !hints.exchange.isEmpty() ? hints.exchange.toLower() : QStringLiteral("binance");
}

} // namespace

bool BinanceVisionParser::isKlinesHeader(const QStringList &names)
{
    return names == klinesHeader();
}

bool BinanceVisionParser::isHeaderlessKlines(const QStringList &firstRecord)
{
    static const QRegularExpression epoch(QStringLiteral("^\\d{12,17}$"));
    return firstRecord.size() == 12 && epoch.match(firstRecord.first().trimmed()).hasMatch() &&
           epoch.match(firstRecord.at(6).trimmed()).hasMatch();
}

bool BinanceVisionParser::isMetricsHeader(const QStringList &names)
{
    return names.value(0) == QLatin1String("create_time") &&
           names.contains(QLatin1String("sum_open_interest"));
}

bool BinanceVisionParser::isLiquidationSnapshotHeader(const QStringList &names)
{
    return names.value(0) == QLatin1String("time") && names.contains(QLatin1String("order_type")) &&
           names.contains(QLatin1String("average_price")) &&
           names.contains(QLatin1String("original_quantity"));
}

BinanceVisionParser::FileName BinanceVisionParser::parseFileName(const QString &fileName)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^([A-Z0-9]+(?:_[A-Z0-9]+)?)-([A-Za-z0-9]+)-(\\d{4})-(\\d{2})(?:-(\\d{2}))?(?:\\.\\w+)*$"));
    FileName name;
    const auto match = pattern.match(fileName);
    if (!match.hasMatch())
        return name;
    name.symbol = match.captured(1);
    name.kind = match.captured(2);
    const int year = match.captured(3).toInt();
    const int month = match.captured(4).toInt();
    const QDate first(year, month, match.captured(5).isEmpty() ? 1 : match.captured(5).toInt());
    const QDate last = match.captured(5).isEmpty() ? first.addMonths(1) : first.addDays(1);
    if (first.isValid())
        name.period = {first.startOfDay(Qt::UTC).toMSecsSinceEpoch(),
                       last.startOfDay(Qt::UTC).toMSecsSinceEpoch()};
    return name;
}

bool BinanceVisionParser::isCoinMargined(const QString &symbol)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z0-9]+USD_(PERP|\\d{6})$"));
    return pattern.match(symbol).hasMatch();
}

double BinanceVisionParser::contractSizeUsd(const QString &symbol)
{
    return symbol.startsWith(QLatin1String("BTCUSD_")) ? 100.0 : 10.0;
}

Result<ImportBatch> BinanceVisionParser::parseKlines(ImportTable &table, bool hasHeader,
                                                     const ImportHints &hints)
{
    ImportBatch batch;
    batch.format = QStringLiteral("Binance klines");
    batch.exchange = archiveExchange(hints);
    batch.symbol = archiveSymbol(hints);
    if (batch.symbol.isEmpty())
        return BatchResult::failure(
            table.fileError(QStringLiteral("the file name carries no symbol; pass --symbol")));
    if (hasHeader && !table.readHeader())
        return tableFailure(table);
    const bool coinMargined = isCoinMargined(batch.symbol);
    const double contract = contractSizeUsd(batch.symbol);
    while (table.next(12)) {
        const qint64 open = table.time(0);
        const qint64 close = table.time(6);
        Candle c;
        c.openTime = open;
        c.open = table.number(1);
        c.high = table.number(2);
        c.low = table.number(3);
        c.close = table.number(4);
        const double volume = table.number(5);
        const double quoteVolume = table.number(7);
        const double takerBuy = table.number(9);
        const double takerBuyQuote = table.number(10);
        // COIN-M: "volume" counts contracts and "quote_volume" is in the base coin.
        c.volume = coinMargined ? quoteVolume : volume;
        c.takerBuyVolume = coinMargined ? takerBuyQuote : takerBuy;
        c.quoteVolume = coinMargined ? volume * contract : quoteVolume;
        table.checkTimeOrder(open, true, 0);
        const Interval interval(close - open + 1);
        if (!table.failed() && !interval.isValid())
            table.fail(QStringLiteral("close time is not after open time"), 6);
        if (!table.failed() && batch.interval.isValid() && interval != batch.interval) {
            table.fail(
                QStringLiteral("a %1 bar in a file of %2 bars").arg(interval.name(), batch.interval.name()),
                6);
        }
        if (table.failed())
            return tableFailure(table);
        batch.interval = interval;
        if (!table.accept(StoreValidator::problem(c, interval)))
            return tableFailure(table);
        batch.candles.push_back(c);
    }
    if (table.failed())
        return tableFailure(table);
    if (batch.candles.empty())
        return BatchResult::failure(table.fileError(QStringLiteral("no klines in the file")));
    return batch;
}

Result<ImportBatch> BinanceVisionParser::parseMetrics(ImportTable &table, const ImportHints &hints)
{
    if (!table.readHeader())
        return tableFailure(table);
    ImportBatch batch;
    batch.format = QStringLiteral("Binance metrics");
    const int time = table.column({"create_time"});
    const int symbolColumn = table.column({"symbol"});
    const int oi = table.column({"sum_open_interest"});
    const int oiValue = table.column({"sum_open_interest_value"});
    if (oiValue < 0)
        return BatchResult::failure(table.fileError(QStringLiteral("no sum_open_interest_value column")));
    if (time < 0)
        return BatchResult::failure(table.fileError(QStringLiteral("no create_time column")));
    struct RatioColumn
    {
        const char *name;
        SeriesKind kind;
        int column;
        std::vector<RatioPoint> points;
    };
    std::vector<RatioColumn> ratioColumns{
        {"count_long_short_ratio", SeriesKind::LongShortAccountRatio, -1, {}},
        {"count_toptrader_long_short_ratio", SeriesKind::TopTraderAccountRatio, -1, {}},
        {"sum_toptrader_long_short_ratio", SeriesKind::TopTraderPositionRatio, -1, {}},
        {"sum_taker_long_short_vol_ratio", SeriesKind::TakerBuySellRatio, -1, {}},
    };
    for (auto &ratio : ratioColumns)
        ratio.column = table.column({QString::fromLatin1(ratio.name)});

    SeriesIdentity identity(hints, -1, symbolColumn);
    identity.setFallback(QStringLiteral("binance"), parseFileName(hints.fileName).symbol);
    QString symbol;
    while (table.next()) {
        identity.observe(table);
        if (symbol.isEmpty() && !table.failed())
            symbol = symbolColumn >= 0 ? table.text(symbolColumn) : archiveSymbol(hints);
        const qint64 t = table.time(time);
        table.checkTimeOrder(t, true, time);
        const double contracts = table.number(oi);
        const double value = table.number(oiValue);
        std::vector<double> ratios;
        for (auto &ratio : ratioColumns)
            ratios.push_back(table.optionalNumber(ratio.column));
        if (table.failed())
            return tableFailure(table);
        const bool coinMargined = isCoinMargined(symbol);
        // USD-M: base units and USD. COIN-M: contracts and the base coin's value.
        const OpenInterestPoint point = coinMargined
                                            ? OpenInterestPoint{t, value, contracts * contractSizeUsd(symbol)}
                                            : OpenInterestPoint{t, contracts, value};
        if (!table.accept(StoreValidator::problem(point)))
            return tableFailure(table);
        batch.openInterest.push_back(point);
        for (std::size_t i = 0; i < ratioColumns.size(); ++i) {
            const double r = ratios[i];
            if (!std::isnan(r))
                ratioColumns[i].points.push_back(RatioPoint{t, r, r / (1.0 + r), 1.0 / (1.0 + r)});
        }
    }
    if (table.failed())
        return tableFailure(table);
    if (batch.openInterest.empty())
        return BatchResult::failure(table.fileError(QStringLiteral("a header but no data rows")));
    if (const QString missing = identity.settle(batch.exchange, batch.symbol); !missing.isEmpty())
        return BatchResult::failure(table.fileError(missing));
    for (auto &ratio : ratioColumns) {
        if (!ratio.points.empty())
            batch.ratios.emplace_back(ratio.kind, std::move(ratio.points));
    }
    batch.covered = {batch.openInterest.front().time, batch.openInterest.back().time + kFiveMinutes};
    return batch;
}

Result<ImportBatch> BinanceVisionParser::parseLiquidationSnapshot(ImportTable &table,
                                                                  const ImportHints &hints)
{
    if (!table.readHeader())
        return tableFailure(table);
    ImportBatch batch;
    batch.format = QStringLiteral("Binance liquidationSnapshot");
    batch.exchange = archiveExchange(hints);
    batch.symbol = archiveSymbol(hints);
    if (batch.symbol.isEmpty())
        return BatchResult::failure(
            table.fileError(QStringLiteral("the file name carries no symbol; pass --symbol")));
    const int time = table.column({"time"});
    const int side = table.column({"side"});
    const int price = table.column({"price"});
    const int average = table.column({"average_price"});
    const int original = table.column({"original_quantity"});
    const int filled = table.column({"accumulated_fill_quantity"});
    for (const auto &[column, name] : {std::pair{time, "time"}, std::pair{side, "side"},
                                       std::pair{price, "price"}, std::pair{original, "original_quantity"}}) {
        if (column < 0)
            return BatchResult::failure(
                table.fileError(QStringLiteral("no %1 column").arg(QLatin1String(name))));
    }
    const bool coinMargined = isCoinMargined(batch.symbol);
    const double contract = contractSizeUsd(batch.symbol);
    while (table.next()) {
        Liquidation e;
        e.time = table.time(time);
        table.checkTimeOrder(e.time, false, time);
        const QString sideText = table.text(side).toUpper();
        // The side of the forced order: a SELL closes a long.
        if (sideText == QLatin1String("SELL"))
            e.side = LiquidationSide::LongLiquidated;
        else if (sideText == QLatin1String("BUY"))
            e.side = LiquidationSide::ShortLiquidated;
        else
            table.fail(QStringLiteral("expected BUY or SELL, found '%1'").arg(sideText), side);
        const double orderPrice = table.number(price);
        const double averagePrice = table.optionalNumber(average, 0.0);
        const double filledQuantity = table.optionalNumber(filled, 0.0);
        const double quantity = filledQuantity > 0 ? filledQuantity : table.number(original);
        if (table.failed())
            return tableFailure(table);
        // The fill price is what was paid; the order price is only its limit.
        e.price = averagePrice > 0 ? averagePrice : orderPrice;
        if (coinMargined) {
            e.notionalUsd = quantity * contract;
            e.quantity = e.notionalUsd / e.price;
        } else {
            e.quantity = quantity;
            e.notionalUsd = quantity * e.price;
        }
        if (!table.accept(StoreValidator::problem(e)))
            return tableFailure(table);
        batch.liquidations.push_back(e);
    }
    if (table.failed())
        return tableFailure(table);
    if (batch.liquidations.empty())
        return BatchResult::failure(table.fileError(QStringLiteral("a header but no data rows")));
    const TimeRange period = parseFileName(hints.fileName).period;
    const TimeRange span{batch.liquidations.front().time, batch.liquidations.back().time + 1};
    // A daily archive proves its whole day, unless it was renamed and its rows lie elsewhere.
    batch.covered = period.contains(span.from) && span.to <= period.to ? period : span;
    return batch;
}

} // namespace cascade
