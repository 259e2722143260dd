#include "analysis/SupportZones.h"

#include "analysis/LevelEstimator.h"
#include "analysis/LiquidationMap.h"
#include "analysis/OptionsAnalysis.h"

#include <algorithm>
#include <cmath>

namespace cascade {

namespace {

struct Candidate
{
    double price;
    double low;
    double high;
    double value;
};

// Keeps the `count` largest candidates and turns them into evidence normalised to the largest.
void addStrongest(std::vector<Candidate> candidates, EvidenceKind kind, double weight, int count,
                  std::vector<PriceZone> &zones, double price)
{
    std::erase_if(candidates, [](const Candidate &c) { return !(c.value > 0); });
    if (candidates.empty())
        return;
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.value > b.value; });
    const double strongest = candidates.front().value;
    candidates.resize(std::min<std::size_t>(candidates.size(), std::size_t(count)));
    for (const Candidate &c : candidates) {
        ZoneEvidence e{kind, c.low, c.high, c.value, c.value / strongest, 0.0};
        e.score = e.strength * weight;
        zones.push_back({c.low, c.high, e.score, c.price < price, {e}});
    }
}

// Episodes of consecutive bars that come within `tolerance` of a level (low side or high side).
int touches(const std::vector<const Candle *> &window, double level, double tolerance, bool low)
{
    int episodes = 0;
    bool inside = false;
    for (const Candle *c : window) {
        const bool touching = low ? c->low <= level + tolerance : c->high >= level - tolerance;
        episodes += touching && !inside;
        inside = touching;
    }
    return episodes;
}

// The first candle opening after t (candles are sorted by open time).
std::vector<Candle>::const_iterator firstAfter(const std::vector<Candle> &candles, qint64 t)
{
    return std::partition_point(candles.begin(), candles.end(),
                                [t](const Candle &c) { return c.openTime <= t; });
}

} // namespace

ZoneReport SupportZones::compute(const MarketData &data, qint64 t, const AnalysisParams &params)
{
    const std::vector<Candle> candles(data.candles.begin(), firstAfter(data.candles, t));
    LevelEstimator estimator(params.levels);
    for (const LevelBar &bar : LevelEstimator::inputs(data, candles))
        estimator.step(bar);
    return compute(data, t, params, estimator);
}

ZoneReport SupportZones::compute(const MarketData &data, qint64 t, const AnalysisParams &params,
                                 const LevelEstimator &estimator)
{
    ZoneReport report;
    const AnalysisParams::Zones &p = params.zones;
    const auto end = firstAfter(data.candles, t);
    if (end == data.candles.begin())
        return report;
    const Candle &last = *(end - 1);
    report.time = last.openTime;
    report.price = last.close;
    const double price = report.price;
    const double width = price * p.zoneWidthFraction;
    report.zoneWidth = width;
    const qint64 windowStart = t - qint64(p.lookbackHours * 3'600'000.0);

    std::vector<const Candle *> window;
    double low = price, high = price;
    const auto begin = std::partition_point(data.candles.begin(), end,
                                            [&](const Candle &c) { return c.openTime < windowStart; });
    for (auto c = begin; c != end; ++c) {
        window.push_back(&*c);
        low = std::min(low, c->low);
        high = std::max(high, c->high);
    }
    // One grid for every bucketed source: wide enough for 5x levels on either side.
    const PriceGrid grid =
        PriceGrid::covering(std::min(low, price) * 0.75, std::max(high, price) * 1.25, width);
    std::vector<PriceZone> zones;
    const int n = p.clustersPerSource;

    // Options walls.
    const OptionsReport options = OptionsAnalysis::analyse(data.optionChain, t, price);
    std::vector<Candidate> puts, calls;
    for (const StrikeOpenInterest &s : options.byStrike) {
        if (s.strike < price)
            puts.push_back({s.strike, s.strike - width / 2, s.strike + width / 2, s.putOi});
        else if (s.strike > price)
            calls.push_back({s.strike, s.strike - width / 2, s.strike + width / 2, s.callOi});
    }
    addStrongest(puts, EvidenceKind::PutWall, p.putWallWeight, n, zones, price);
    addStrongest(calls, EvidenceKind::CallWall, p.putWallWeight, n, zones, price);

    // Estimated liquidation level clusters at t.
    const LiquidationMap map = LiquidationMap::from(estimator, grid);
    std::vector<Candidate> longs, shorts;
    for (int r = 0; r < grid.count; ++r) {
        const double mid = (grid.from(r) + grid.to(r)) / 2;
        if (mid < price)
            longs.push_back({mid, grid.from(r), grid.to(r), map.longTotal[r]});
        else
            shorts.push_back({mid, grid.from(r), grid.to(r), map.shortTotal[r]});
    }
    addStrongest(longs, EvidenceKind::LongLevels, p.longLevelWeight, n, zones, price);
    addStrongest(shorts, EvidenceKind::ShortLevels, p.longLevelWeight, n, zones, price);

    // Realized liquidation clusters and the volume profile over the lookback window.
    std::vector<double> realized(grid.count, 0.0), volume(grid.count, 0.0);
    const auto firstEvent = std::partition_point(data.liquidations.begin(), data.liquidations.end(),
                                                 [&](const Liquidation &e) { return e.time < windowStart; });
    for (auto e = firstEvent; e != data.liquidations.end() && e->time <= t; ++e)
        if (const int r = grid.index(e->price); r >= 0)
            realized[r] += e->notionalUsd;
    for (const Candle *c : window) {
        // A bar's quote volume spread evenly over the buckets its range spans.
        const int a = std::max(grid.index(c->low), 0), b = std::max(grid.index(c->high), a);
        const double quote = c->quoteVolume > 0 ? c->quoteVolume : c->volume * c->close;
        for (int r = a; r <= b; ++r)
            volume[r] += quote / (b - a + 1);
    }
    std::vector<Candidate> clusters, nodes;
    double meanVolume = 0;
    for (double v : volume)
        meanVolume += v / grid.count;
    for (int r = 0; r < grid.count; ++r) {
        const double mid = (grid.from(r) + grid.to(r)) / 2;
        clusters.push_back({mid, grid.from(r), grid.to(r), realized[r]});
        const bool peak =
            (r == 0 || volume[r] > volume[r - 1]) && (r + 1 == grid.count || volume[r] >= volume[r + 1]);
        if (peak && volume[r] > meanVolume)
            nodes.push_back({mid, grid.from(r), grid.to(r), volume[r]});
    }
    addStrongest(clusters, EvidenceKind::RealizedLiquidations, p.realizedWeight, n, zones, price);
    addStrongest(nodes, EvidenceKind::VolumeNode, p.volumeNodeWeight, n, zones, price);

    // Range extremes, strength growing with the number of separate touches (3 or more: full).
    if (!window.empty()) {
        const double tolerance = width / 2;
        for (const bool isLow : {true, false}) {
            const double level = isLow ? low : high;
            const int count = touches(window, level, tolerance, isLow);
            ZoneEvidence e{isLow ? EvidenceKind::RangeLow : EvidenceKind::RangeHigh,
                           level - tolerance,
                           level + tolerance,
                           double(count),
                           std::min(count / 3.0, 1.0),
                           0.0};
            e.score = e.strength * p.rangeExtremeWeight;
            zones.push_back({e.low, e.high, e.score, isLow, {e}});
        }
    }

    rank(merge(std::move(zones)), price, p.maxZones, report);
    return report;
}

std::vector<PriceZone> SupportZones::merge(std::vector<PriceZone> zones)
{
    std::stable_sort(zones.begin(), zones.end(),
                     [](const PriceZone &a, const PriceZone &b) { return a.low < b.low; });
    std::vector<PriceZone> merged;
    for (PriceZone &z : zones) {
        if (!merged.empty() && z.low <= merged.back().high) {
            PriceZone &m = merged.back();
            m.high = std::max(m.high, z.high);
            m.score += z.score;
            m.evidence.insert(m.evidence.end(), z.evidence.begin(), z.evidence.end());
            continue;
        }
        merged.push_back(std::move(z));
    }
    return merged;
}

void SupportZones::rank(std::vector<PriceZone> zones, double price, int maxZones, ZoneReport &report)
{
    report.support.clear();
    report.resistance.clear();
    for (PriceZone &z : zones) {
        z.support = z.middle() < price;
        (z.support ? report.support : report.resistance).push_back(std::move(z));
    }
    for (auto *side : {&report.support, &report.resistance}) {
        std::stable_sort(side->begin(), side->end(), [price](const PriceZone &a, const PriceZone &b) {
            if (a.score != b.score)
                return a.score > b.score;
            return std::abs(a.middle() - price) < std::abs(b.middle() - price);
        });
        if (int(side->size()) > maxZones)
            side->resize(maxZones);
    }
}

} // namespace cascade
