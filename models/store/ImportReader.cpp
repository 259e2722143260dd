#include "store/ImportReader.h"

#include "store/BinanceVisionParser.h"
#include "store/CandleCsvParser.h"
#include "store/CsvReader.h"
#include "store/ImportTable.h"
#include "store/LiquidationCsvParser.h"
#include "store/OptionChainCsvParser.h"
#include "store/PointCsvParser.h"

namespace cascade {

Result<ImportBatch> ImportReader::read(const QString &path, const QString &exchange, const QString &symbol)
{
    auto source = ImportSource::load(path);
    if (!source)
        return Result<ImportBatch>::failure(source.error());
    return read(*source, ImportHints{source->entryName, exchange, symbol});
}

Result<ImportBatch> ImportReader::read(const ImportSource &source, const ImportHints &hints)
{
    using R = Result<ImportBatch>;
    QStringList first;
    {
        CsvReader peek(source.bytes);
        if (!peek.readRecord()) {
            return R::failure(peek.hasError() ? QStringLiteral("%1: %2").arg(source.path, peek.error())
                                              : QStringLiteral("%1: the file is empty").arg(source.path));
        }
        for (int i = 0; i < peek.fieldCount(); ++i)
            first << peek.fieldText(i).trimmed();
    }
    QStringList names;
    for (const QString &field : first)
        names << field.toLower();

    ImportTable table(source.path, source.bytes);
    if (BinanceVisionParser::isHeaderlessKlines(first))
        return BinanceVisionParser::parseKlines(table, false, hints);
    if (BinanceVisionParser::isKlinesHeader(names))
        return BinanceVisionParser::parseKlines(table, true, hints);
    if (BinanceVisionParser::isMetricsHeader(names))
        return BinanceVisionParser::parseMetrics(table, hints);
    if (BinanceVisionParser::isLiquidationSnapshotHeader(names))
        return BinanceVisionParser::parseLiquidationSnapshot(table, hints);
    if (PointCsvParser::acceptsRatios(names))
        return PointCsvParser::parseRatios(table, hints);
    if (OptionChainCsvParser::accepts(names))
        return OptionChainCsvParser::parse(table, hints);
    if (PointCsvParser::acceptsOpenInterest(names))
        return PointCsvParser::parseOpenInterest(table, hints);
    if (LiquidationCsvParser::accepts(names))
        return LiquidationCsvParser::parse(table, hints);
    if (CandleCsvParser::accepts(names))
        return CandleCsvParser::parse(table, hints);
    return R::failure(
        QStringLiteral("%1: line 1: unrecognised columns (%2); expected a Binance archive file or a "
                       "CSV with a header naming time and open/high/low/close, side/price/size, "
                       "instrument/open_interest, or open_interest/open_interest_usd (see docs/CSV.md)")
            .arg(source.path, first.mid(0, 8).join(u',')));
}

} // namespace cascade
