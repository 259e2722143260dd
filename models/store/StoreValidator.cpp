#include "store/StoreValidator.h"

#include "market/TimeFormat.h"

#include <cmath>

namespace cascade {

namespace {
bool finiteNonNegative(double v)
{
    return std::isfinite(v) && v >= 0.0;
}
bool finitePositive(double v)
{
    return std::isfinite(v) && v > 0.0;
}
QString number(double v)
{
    return QString::number(v, 'g', 17);
}
} // namespace

Status StoreValidator::rowError(const char *table, std::size_t row, qint64 time, const QString &why)
{
    return Status::failure(QStringLiteral("%1 row %2 (%3): %4")
                               .arg(QLatin1String(table))
                               .arg(row + 1)
                               .arg(TimeFormat::isoUtc(time), why));
}

bool StoreValidator::isRatioKind(SeriesKind kind)
{
    return kind == SeriesKind::LongShortAccountRatio || kind == SeriesKind::TopTraderPositionRatio ||
           kind == SeriesKind::TopTraderAccountRatio || kind == SeriesKind::TakerBuySellRatio;
}

Status StoreValidator::checkKey(const SeriesKey &key, SeriesKind expected)
{
    if (key.exchange.trimmed().isEmpty() || key.symbol.trimmed().isEmpty())
        return Status::failure(
            QStringLiteral("series key '%1' needs an exchange and a symbol").arg(key.toString()));
    const bool matches = isRatioKind(expected) ? isRatioKind(key.kind) : key.kind == expected;
    if (!matches) {
        return Status::failure(QStringLiteral("series key '%1' has kind %2 where %3 was expected")
                                   .arg(key.toString(), kindName(key.kind), kindName(expected)));
    }
    return {};
}

Status StoreValidator::checkCandles(const std::vector<Candle> &candles, Interval baseInterval)
{
    if (!baseInterval.isValid())
        return Status::failure(QStringLiteral("candles need a base interval"));
    for (std::size_t i = 0; i < candles.size(); ++i) {
        const Candle &c = candles[i];
        for (double price : {c.open, c.high, c.low, c.close}) {
            if (!finitePositive(price))
                return rowError("candles", i, c.openTime,
                                QStringLiteral("price %1 is not a positive number").arg(number(price)));
        }
        for (double size : {c.volume, c.takerBuyVolume, c.quoteVolume}) {
            if (!finiteNonNegative(size))
                return rowError("candles", i, c.openTime,
                                QStringLiteral("volume %1 is not a number >= 0").arg(number(size)));
        }
        if (c.high < c.low || c.high < std::max(c.open, c.close) || c.low > std::min(c.open, c.close))
            return rowError("candles", i, c.openTime,
                            QStringLiteral("high %1 / low %2 do not enclose open %3 and close %4")
                                .arg(number(c.high), number(c.low), number(c.open), number(c.close)));
        if (baseInterval.floor(c.openTime) != c.openTime && baseInterval < Interval::days(28))
            return rowError("candles", i, c.openTime,
                            QStringLiteral("open time is not aligned to %1 bars").arg(baseInterval.name()));
    }
    return {};
}

Status StoreValidator::checkOpenInterest(const std::vector<OpenInterestPoint> &points)
{
    for (std::size_t i = 0; i < points.size(); ++i) {
        const auto &p = points[i];
        if (!finiteNonNegative(p.openInterest) || !finiteNonNegative(p.openInterestUsd))
            return rowError("open_interest", i, p.time,
                            QStringLiteral("open interest %1 / %2 USD is not a number >= 0")
                                .arg(number(p.openInterest), number(p.openInterestUsd)));
    }
    return {};
}

Status StoreValidator::checkRatios(const std::vector<RatioPoint> &points)
{
    for (std::size_t i = 0; i < points.size(); ++i) {
        const auto &p = points[i];
        if (!finiteNonNegative(p.ratio) || !finiteNonNegative(p.longValue) ||
            !finiteNonNegative(p.shortValue))
            return rowError("ratios", i, p.time,
                            QStringLiteral("ratio %1 (long %2, short %3) is not a number >= 0")
                                .arg(number(p.ratio), number(p.longValue), number(p.shortValue)));
    }
    return {};
}

Status StoreValidator::checkLiquidations(const std::vector<Liquidation> &events)
{
    for (std::size_t i = 0; i < events.size(); ++i) {
        const auto &e = events[i];
        if (!finitePositive(e.price))
            return rowError("liquidations", i, e.time,
                            QStringLiteral("price %1 is not a positive number").arg(number(e.price)));
        if (!finitePositive(e.quantity))
            return rowError("liquidations", i, e.time,
                            QStringLiteral("quantity %1 is not a positive number").arg(number(e.quantity)));
        if (!finiteNonNegative(e.notionalUsd))
            return rowError(
                "liquidations", i, e.time,
                QStringLiteral("notional %1 USD is not a number >= 0").arg(number(e.notionalUsd)));
        if (e.side != LiquidationSide::LongLiquidated && e.side != LiquidationSide::ShortLiquidated)
            return rowError("liquidations", i, e.time, QStringLiteral("side %1 is unknown").arg(int(e.side)));
    }
    return {};
}

Status StoreValidator::checkOptionQuotes(const std::vector<OptionQuote> &quotes)
{
    for (std::size_t i = 0; i < quotes.size(); ++i) {
        const auto &q = quotes[i];
        if (q.instrument.trimmed().isEmpty())
            return rowError("option_quotes", i, q.snapshotTime, QStringLiteral("instrument name is empty"));
        if (q.snapshotTime != quotes.front().snapshotTime)
            return rowError("option_quotes", i, q.snapshotTime,
                            QStringLiteral("%1 belongs to another snapshot than row 1").arg(q.instrument));
        if (!finitePositive(q.strike))
            return rowError(
                "option_quotes", i, q.snapshotTime,
                QStringLiteral("%1: strike %2 is not a positive number").arg(q.instrument, number(q.strike)));
        if (!finiteNonNegative(q.openInterest) || !finiteNonNegative(q.openInterestUsd) ||
            !finiteNonNegative(q.underlyingPrice))
            return rowError(
                "option_quotes", i, q.snapshotTime,
                QStringLiteral("%1: open interest %2 / %3 USD / underlying %4 is not a number >= 0")
                    .arg(q.instrument, number(q.openInterest), number(q.openInterestUsd),
                         number(q.underlyingPrice)));
        for (double greek : {q.markIv, q.delta, q.gamma, q.vega, q.theta}) {
            if (std::isinf(greek))
                return rowError("option_quotes", i, q.snapshotTime,
                                QStringLiteral("%1: IV or a greek is infinite").arg(q.instrument));
        }
    }
    return {};
}

} // namespace cascade
