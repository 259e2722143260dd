#pragma once

#include "analysis/EstimatedHeatmap.h"
#include "analysis/EstimatedLevel.h"
#include "analysis/ImbalanceRow.h"
#include "analysis/LevelScorer.h"
#include "analysis/LeverageTier.h"
#include "analysis/LiquidationMap.h"
#include "analysis/OptionsReport.h"
#include "analysis/RealizedHeatmap.h"
#include "analysis/SupportZones.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace cascade {

// CSV text of the analysis exports (docs/CSV.md, "Analysis exports"): pure functions to bytes; the
// caller writes them atomically. The dialect is the store's: RFC 4180, CRLF, header row, first
// column `time` (ISO 8601 UTC, milliseconds), then `exchange` and `symbol` (so simulated data says
// `simulated`), '.' decimals, shortest round-trip fixed notation, empty field = unknown. Rows are
// in a fixed order, so the same inputs give the same bytes.
class AnalysisCsv
{
public:
    struct Series
    {
        QString exchange;
        QString symbol;
    };

    // Cells with no liquidations are left out.
    static QByteArray realizedHeatmap(const Series &series, const RealizedHeatmap &map);
    // Cells with nothing open are left out; columns before the first bar too.
    static QByteArray estimatedHeatmap(const Series &series, const EstimatedHeatmap &map);
    static QByteArray sweptLevels(const Series &series, const std::vector<SweptLevel> &levels,
                                  const std::vector<LeverageTier> &tiers);
    static QByteArray sweeps(const Series &series, const std::vector<SweepComparison> &rows);
    static QByteArray liquidationMap(const Series &series, const LiquidationMap &map,
                                     const std::vector<LeverageTier> &tiers);
    static QByteArray imbalance(const Series &series, const std::vector<ImbalanceRow> &rows);
    static QByteArray optionsOpenInterest(const Series &series, const OptionsReport &report);
    static QByteArray zones(const Series &series, const ZoneReport &report);

    // The number format used in every analysis export ("" for NaN).
    static QByteArray number(double value);
};

} // namespace cascade
