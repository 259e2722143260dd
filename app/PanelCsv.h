#pragma once

#include "analysis/AnalysisParams.h"
#include "AnalysisExporter.h"
#include "market/Interval.h"
#include "market/MarketData.h"
#include "market/Result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace cascade {

// The CSV of one kind of a loaded session, written the one way `cascade export --kind K`,
// File > Export CSV and a report bundle all use, so they agree byte for byte (docs/CSV.md).
class PanelCsv
{
public:
    struct Request
    {
        QString kind;                     // one of kinds()
        std::optional<Interval> interval; // candles, heatmap and imbalance bars (default: the base)
        std::optional<qint64> at;         // analyses: "as of" time (default: the end of the data)
        AnalysisParams params;
        bool estimatedHeatmap = false; // heatmap: open estimated levels instead of printed events
        bool writeParams = true;       // analyses: FILE.params.json beside the CSV
    };

    // candles, liquidations (series read from the session) and the analysis kinds.
    static const QStringList &kinds();
    static const QStringList &analysisKinds();
    static AnalysisKind analysisKind(const QString &kind, bool estimatedHeatmap);

    // Writes `path` (and its params file) atomically; a failure names the file and why.
    static Status write(const MarketData &data, const Request &request, const QString &path);
};

} // namespace cascade
