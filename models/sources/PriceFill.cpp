#include "sources/PriceFill.h"

#include "market/TimeFormat.h"

#include <algorithm>

namespace cascade {

Result<std::vector<Candle>> PriceFill::candles(const SeriesKey &key, const TimeRange &range)
{
    auto own = m_store.candles({key.exchange, key.symbol, SeriesKind::Candles}, range);
    if (!own || !own->empty())
        return own;
    const auto series = m_store.listSeries();
    if (!series)
        return Result<std::vector<Candle>>::failure(series.error());
    for (const auto &info : series.value()) {
        // Simulated prices never complete real data.
        if (info.key.kind != SeriesKind::Candles || info.key.symbol != key.symbol ||
            info.key.exchange == QLatin1String("simulated") || info.key.exchange == key.exchange)
            continue;
        auto other = m_store.candles(info.key, range);
        if (!other || !other->empty())
            return other;
    }
    return std::vector<Candle>{};
}

Result<int> PriceFill::openInterestUsd(const SeriesKey &key, std::vector<OpenInterestPoint> &points)
{
    const auto missing = [](const OpenInterestPoint &p) {
        return p.openInterestUsd == 0.0 && p.openInterest > 0.0;
    };
    if (std::none_of(points.begin(), points.end(), missing))
        return 0;
    const auto bars = candles(key, {points.front().time, points.back().time + 1});
    if (!bars)
        return Result<int>::failure(bars.error());
    int unfilled = 0;
    for (auto &point : points) {
        if (!missing(point))
            continue;
        const auto bar = std::lower_bound(bars->begin(), bars->end(), point.time,
                                          [](const Candle &c, qint64 t) { return c.openTime < t; });
        if (bar != bars->end() && bar->openTime == point.time)
            point.openInterestUsd = point.openInterest * bar->open;
        else
            ++unfilled;
    }
    return unfilled;
}

Status PriceFill::liquidationPrices(const SeriesKey &key, Interval step, std::vector<Liquidation> &events)
{
    const auto missing = [](const Liquidation &e) { return e.price == 0.0 && e.notionalUsd > 0.0; };
    if (std::none_of(events.begin(), events.end(), missing))
        return {};
    const auto bars = candles(key, {events.front().time, events.back().time + step.ms()});
    if (!bars)
        return Status::failure(bars.error());
    for (auto &event : events) {
        if (!missing(event))
            continue;
        double volume = 0.0;
        double quote = 0.0;
        auto bar = std::lower_bound(bars->begin(), bars->end(), event.time,
                                    [](const Candle &c, qint64 t) { return c.openTime < t; });
        for (; bar != bars->end() && bar->openTime < event.time + step.ms(); ++bar) {
            volume += bar->volume;
            quote += bar->quoteVolume > 0.0 ? bar->quoteVolume : bar->volume * bar->close;
        }
        if (volume <= 0.0) {
            return Status::failure(
                QStringLiteral("%1 totals carry no price and the store has no %2 candles for the "
                               "bar at %3: fetch candles of %2 for this range first (any exchange)")
                    .arg(key.exchange, key.symbol, TimeFormat::isoUtc(event.time)));
        }
        event.price = quote / volume;
        event.quantity = event.notionalUsd / event.price;
    }
    return {};
}

} // namespace cascade
