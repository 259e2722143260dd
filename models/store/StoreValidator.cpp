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

QString StoreValidator::problem(const Candle &c, Interval baseInterval)
{
    for (double price : {c.open, c.high, c.low, c.close}) {
        if (!finitePositive(price))
            return QStringLiteral("price %1 is not a positive number").arg(number(price));
    }
    for (double size : {c.volume, c.takerBuyVolume, c.quoteVolume}) {
        if (!finiteNonNegative(size))
            return QStringLiteral("volume %1 is not a number >= 0").arg(number(size));
    }
    if (c.high < c.low || c.high < std::max(c.open, c.close) || c.low > std::min(c.open, c.close)) {
        return QStringLiteral("high %1 / low %2 do not enclose open %3 and close %4")
            .arg(number(c.high), number(c.low), number(c.open), number(c.close));
    }
    // Calendar months are not multiples of a fixed length: only shorter bars are checked.
    if (baseInterval.isValid() && baseInterval < Interval::days(28) &&
        baseInterval.floor(c.openTime) != c.openTime)
        return QStringLiteral("open time is not aligned to %1 bars").arg(baseInterval.name());
    return {};
}

QString StoreValidator::problem(const OpenInterestPoint &p)
{
    if (!finiteNonNegative(p.openInterest) || !finiteNonNegative(p.openInterestUsd)) {
        return QStringLiteral("open interest %1 / %2 USD is not a number >= 0")
            .arg(number(p.openInterest), number(p.openInterestUsd));
    }
    return {};
}

QString StoreValidator::problem(const RatioPoint &p)
{
    if (!finiteNonNegative(p.ratio) || !finiteNonNegative(p.longValue) || !finiteNonNegative(p.shortValue)) {
        return QStringLiteral("ratio %1 (long %2, short %3) is not a number >= 0")
            .arg(number(p.ratio), number(p.longValue), number(p.shortValue));
    }
    return {};
}

QString StoreValidator::problem(const Liquidation &e)
{
    if (!finitePositive(e.price))
        return QStringLiteral("price %1 is not a positive number").arg(number(e.price));
    if (!finitePositive(e.quantity))
        return QStringLiteral("quantity %1 is not a positive number").arg(number(e.quantity));
    if (!finiteNonNegative(e.notionalUsd))
        return QStringLiteral("notional %1 USD is not a number >= 0").arg(number(e.notionalUsd));
    if (e.side != LiquidationSide::LongLiquidated && e.side != LiquidationSide::ShortLiquidated)
        return QStringLiteral("side %1 is unknown").arg(int(e.side));
    return {};
}

QString StoreValidator::problem(const OptionQuote &q)
{
    if (q.instrument.trimmed().isEmpty())
        return QStringLiteral("instrument name is empty");
    if (!finitePositive(q.strike))
        return QStringLiteral("%1: strike %2 is not a positive number").arg(q.instrument, number(q.strike));
    if (!finiteNonNegative(q.openInterest) || !finiteNonNegative(q.openInterestUsd) ||
        !finiteNonNegative(q.underlyingPrice)) {
        return QStringLiteral("%1: open interest %2 / %3 USD / underlying %4 is not a number >= 0")
            .arg(q.instrument, number(q.openInterest), number(q.openInterestUsd), number(q.underlyingPrice));
    }
    for (double greek : {q.markIv, q.delta, q.gamma, q.vega, q.theta}) {
        if (std::isinf(greek))
            return QStringLiteral("%1: IV or a greek is infinite").arg(q.instrument);
    }
    return {};
}

template<typename Row, typename Time, typename Check>
Status StoreValidator::checkRows(const char *table, const std::vector<Row> &rows, Time time, Check check)
{
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (const QString why = check(rows[i]); !why.isEmpty())
            return rowError(table, i, time(rows[i]), why);
    }
    return {};
}

Status StoreValidator::checkCandles(const std::vector<Candle> &candles, Interval baseInterval)
{
    if (!baseInterval.isValid())
        return Status::failure(QStringLiteral("candles need a base interval"));
    return checkRows(
        "candles", candles, [](const Candle &c) { return c.openTime; },
        [&](const Candle &c) { return problem(c, baseInterval); });
}

Status StoreValidator::checkOpenInterest(const std::vector<OpenInterestPoint> &points)
{
    return checkRows(
        "open_interest", points, [](const OpenInterestPoint &p) { return p.time; },
        [](const OpenInterestPoint &p) { return problem(p); });
}

Status StoreValidator::checkRatios(const std::vector<RatioPoint> &points)
{
    return checkRows(
        "ratios", points, [](const RatioPoint &p) { return p.time; },
        [](const RatioPoint &p) { return problem(p); });
}

Status StoreValidator::checkLiquidations(const std::vector<Liquidation> &events)
{
    return checkRows(
        "liquidations", events, [](const Liquidation &e) { return e.time; },
        [](const Liquidation &e) { return problem(e); });
}

Status StoreValidator::checkOptionQuotes(const std::vector<OptionQuote> &quotes)
{
    return checkRows(
        "option_quotes", quotes, [](const OptionQuote &q) { return q.snapshotTime; },
        [&](const OptionQuote &q) {
            if (q.snapshotTime != quotes.front().snapshotTime)
                return QStringLiteral("%1 belongs to another snapshot than row 1").arg(q.instrument);
            return problem(q);
        });
}

Status StoreValidator::checkWrite(const SeriesKey &key, const std::vector<Candle> &rows,
                                  Interval baseInterval)
{
    Status status = checkKey(key, SeriesKind::Candles);
    return status ? checkCandles(rows, baseInterval) : status;
}

Status StoreValidator::checkWrite(const SeriesKey &key, const std::vector<OpenInterestPoint> &rows)
{
    Status status = checkKey(key, SeriesKind::OpenInterest);
    return status ? checkOpenInterest(rows) : status;
}

Status StoreValidator::checkWrite(const SeriesKey &key, const std::vector<RatioPoint> &rows)
{
    Status status = checkKey(key, SeriesKind::LongShortAccountRatio);
    return status ? checkRatios(rows) : status;
}

Status StoreValidator::checkWrite(const SeriesKey &key, const std::vector<Liquidation> &rows)
{
    Status status = checkKey(key, SeriesKind::Liquidations);
    return status ? checkLiquidations(rows) : status;
}

Status StoreValidator::checkWrite(const SeriesKey &key, const std::vector<OptionQuote> &rows)
{
    Status status = checkKey(key, SeriesKind::Options);
    return status ? checkOptionQuotes(rows) : status;
}

} // namespace cascade
