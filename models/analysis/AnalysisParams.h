#pragma once

#include "analysis/LeverageTier.h"
#include "market/Result.h"

#include <QByteArray>
#include <QJsonObject>

#include <vector>

namespace cascade {

// How the realized heatmap chooses its price bucket width.
enum class BucketMode { Fixed, FractionOfRange };
// Where new leveraged exposure per bar comes from.
enum class ExposureSource { OpenInterestDelta, VolumeWeighted };
// How new exposure is split between longs and shorts.
enum class SplitSource { TakerRatio, AccountRatio, Even };
// The entry price assumed for the exposure opened in a bar.
enum class EntryPrice { Close, Ohlc4, LowHigh };

// Every tunable number of every analysis model, in one value type. The GUI edits it, the CLI reads
// it from `--params FILE` (JSON), and every export records it, so a chart can say how it was made.
// docs/MODELS.md explains each field and its default.
struct AnalysisParams
{
    struct Heatmap
    {
        BucketMode bucketMode = BucketMode::FractionOfRange;
        double bucketWidth = 100.0;   // quote currency, when bucketMode is Fixed
        double rangeFraction = 0.002; // of (max - min) price, when FractionOfRange: 500 buckets
        friend bool operator==(const Heatmap &, const Heatmap &) = default;
    };

    struct Levels
    {
        ExposureSource exposure = ExposureSource::OpenInterestDelta;
        SplitSource split = SplitSource::TakerRatio;
        EntryPrice entry = EntryPrice::Close;
        double volumeFraction = 0.1; // share of a bar's quote volume taken as new exposure (VolumeWeighted)
        std::vector<LeverageTier> tiers = defaultTiers();
        bool calibrateToOpenInterest = false;
        double resolution = 1e-3; // internal price bucket as a fraction of the first price
        friend bool operator==(const Levels &, const Levels &) = default;
    };

    struct Zones
    {
        double putWallWeight = 1.0;
        double longLevelWeight = 1.0;
        double realizedWeight = 1.0;
        double rangeExtremeWeight = 1.0;
        double volumeNodeWeight = 1.0;
        double zoneWidthFraction = 0.005; // half of each evidence zone's width is this x price / 2
        double lookbackHours = 24.0 * 30;
        int clustersPerSource = 5; // strongest evidence items taken from each source and side
        int maxZones = 5;          // ranked zones reported per side
        friend bool operator==(const Zones &, const Zones &) = default;
    };

    struct Scoring
    {
        int topN = 10; // clusters of the estimated map whose hit rate is measured
        double windowHours = 24.0;
        double minRealizedUsd = 0.0; // realized notional in a swept band above this counts as a hit
        friend bool operator==(const Scoring &, const Scoring &) = default;
    };

    Heatmap heatmap;
    Levels levels;
    Zones zones;
    Scoring scoring;

    static std::vector<LeverageTier> defaultTiers();

    // Problems with the values (not the JSON), naming the key: "levels.tiers[2].mmr must be ...".
    Status validate() const;

    QJsonObject toJson() const;
    QByteArray toJsonBytes() const;
    // Keys absent from the object keep their defaults; unknown keys and wrong types are errors.
    static Result<AnalysisParams> fromJson(const QJsonObject &json);
    static Result<AnalysisParams> fromJsonBytes(const QByteArray &bytes);

    friend bool operator==(const AnalysisParams &, const AnalysisParams &) = default;
};

} // namespace cascade
