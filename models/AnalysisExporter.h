#pragma once

#include "analysis/AnalysisParams.h"
#include "analysis/PriceGrid.h"
#include "market/Interval.h"
#include "market/MarketData.h"
#include "market/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace cascade {

// The analysis exports of docs/CSV.md ("Analysis exports").
enum class AnalysisKind {
    RealizedHeatmap,
    EstimatedHeatmap,
    Levels, // estimated levels swept, per bar
    Map,    // estimated liquidation map at t
    Imbalance,
    OptionsOpenInterest,
    Zones,
};

// Turns one MarketData into the CSV bytes of an analysis export. This is the one place that
// decides what an export reads (only samples at or before `at`), which bars feed the level
// estimator (the base candles, whatever the chart interval) and which price grid each kind uses,
// so the command line, the GUI and a report bundle write the same bytes for the same inputs.
class AnalysisExporter
{
public:
    struct Request
    {
        AnalysisKind kind = AnalysisKind::RealizedHeatmap;
        // Time buckets of the heatmaps and the imbalance rows; unset or finer than the data's
        // base interval = the base interval.
        std::optional<Interval> interval;
        // "As of" time; unset = the end of the data (its latest sample).
        std::optional<qint64> at;
        AnalysisParams params;
    };

    static Result<QByteArray> csv(const MarketData &data, const Request &request);

    // `data` without any sample stamped after t (candles by open time, chains by snapshot time).
    static MarketData asOf(const MarketData &data, qint64 t);
    // The latest timestamp of any sample in `data` (0 when it holds none).
    static qint64 endOf(const MarketData &data);
    // The grid of the estimated map and heatmap: the candles' low to high widened by the widest
    // tier's liquidation distance on each side, bucketed as params.heatmap says.
    static PriceGrid levelGrid(const MarketData &data, const AnalysisParams &params);

    // "out/heatmap.csv" -> "out/heatmap.params.json" (a name without ".csv" gets the suffix added).
    static QString paramsPath(const QString &csvPath);
    // Writes the CSV and, beside it, params.toJsonBytes(), each atomically (QSaveFile): a failure
    // names the file and the reason and replaces neither file.
    static Status save(const QString &csvPath, const QByteArray &csv, const AnalysisParams &params);
};

} // namespace cascade
