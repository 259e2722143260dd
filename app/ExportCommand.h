#pragma once

#include "analysis/AnalysisParams.h"
#include "Command.h"

#include <QCommandLineParser>

#include <optional>

namespace cascade {

class CliOptions;

// `cascade export --kind KIND --out FILE.csv ...`: a stored series (candles, liquidations,
// open-interest, ratios, options) or an analysis (heatmap, levels, map, imbalance, options-oi,
// zones) as the CSV of docs/CSV.md. Analysis exports also write FILE.params.json.
class ExportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override { return QStringLiteral("Export a series or an analysis as CSV"); }
    int run(const QStringList &arguments) override;

private:
    int exportSeries(const QString &kind, const CliOptions &options, const QString &out);
    int exportAnalysis(const QString &kind, const CliOptions &options, const QString &out);
    // Checks the analysis-only options; returns the exit status when they are bad.
    std::optional<int> readAnalysisOptions(const QString &kind);

    QString m_command;
    QCommandLineParser m_parser;
    QCommandLineOption m_at{QStringLiteral("at"),
                            QStringLiteral("Analyses: compute as of this time, from data at or before it "
                                           "(default: the end of the data)."),
                            QStringLiteral("T")};
    QCommandLineOption m_params{QStringLiteral("params"),
                                QStringLiteral("Analyses: AnalysisParams JSON file (docs/MODELS.md)."),
                                QStringLiteral("FILE")};
    QCommandLineOption m_param{
        QStringLiteral("param"),
        QStringLiteral("Analyses: set one parameter over the defaults or --params, e.g. "
                       "levels.split=even or heatmap.bucketWidth=50 (repeatable)."),
        QStringLiteral("KEY=VALUE")};
    QCommandLineOption m_source{QStringLiteral("source"),
                                QStringLiteral("heatmap: realized (default) or estimated."),
                                QStringLiteral("S")};
    QCommandLineOption m_ratio{
        QStringLiteral("ratio"),
        QStringLiteral("ratios: long-short-account, top-trader-position, "
                       "top-trader-account or taker-buy-sell (default: the only one stored)."),
        QStringLiteral("R")};
    std::optional<qint64> m_atTime;
    AnalysisParams m_analysisParams;
};

} // namespace cascade
