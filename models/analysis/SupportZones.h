#pragma once

#include "analysis/AnalysisParams.h"
#include "analysis/LevelEstimator.h"
#include "analysis/PriceZone.h"
#include "market/MarketData.h"

#include <vector>

namespace cascade {

struct ZoneReport
{
    qint64 time = 0;    // the open time of the last candle at or before t
    double price = 0.0; // its close
    double zoneWidth = 0.0;
    std::vector<PriceZone> support;    // below price, best first
    std::vector<PriceZone> resistance; // above price, best first
};

// Ranked support and resistance zones at time t from every evidence source, each weighted by
// AnalysisParams::Zones (docs/MODELS.md, "Support zones"). Uses only data with time <= t.
class SupportZones
{
public:
    static ZoneReport compute(const MarketData &data, qint64 t, const AnalysisParams &params);
    // The same with the level evidence read from `estimator`, which must have stepped exactly the
    // base candles of `data` opening at or before t (replay keeps one up to date incrementally).
    static ZoneReport compute(const MarketData &data, qint64 t, const AnalysisParams &params,
                              const LevelEstimator &estimator);

    // Merges zones whose price bands overlap or touch: the union band, summed score, all evidence.
    static std::vector<PriceZone> merge(std::vector<PriceZone> zones);
    // Splits merged zones by side of `price` (by their middle), ranks each side by score (ties:
    // nearer price first) and keeps the best `maxZones`.
    static void rank(std::vector<PriceZone> zones, double price, int maxZones, ZoneReport &report);
};

} // namespace cascade
