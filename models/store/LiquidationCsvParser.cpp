#include "store/LiquidationCsvParser.h"

#include "store/SeriesIdentity.h"
#include "store/StoreValidator.h"

#include <optional>

namespace cascade {

namespace {
const QStringList kTime{"time", "timestamp", "ts", "datetime", "date"};
const QStringList kSide{"side", "direction"};
const QStringList kPrice{"price", "avg_price", "average_price", "fill_price"};
const QStringList kBase{"quantity", "size", "qty", "amount", "base_size", "size_base"};
const QStringList kUsd{"notional_usd", "usd", "size_usd", "notional", "value", "usd_value", "value_usd"};

std::optional<LiquidationSide> sideFrom(const QString &text, const QString &exchange)
{
    const QString side = text.toLower();
    if (side == QLatin1String("long") || side == QLatin1String("long_liquidated") ||
        side == QLatin1String("longs"))
        return LiquidationSide::LongLiquidated;
    if (side == QLatin1String("short") || side == QLatin1String("short_liquidated") ||
        side == QLatin1String("shorts"))
        return LiquidationSide::ShortLiquidated;
    const bool positionSide = exchange == QLatin1String("bybit");
    if (side == QLatin1String("sell"))
        return positionSide ? LiquidationSide::ShortLiquidated : LiquidationSide::LongLiquidated;
    if (side == QLatin1String("buy"))
        return positionSide ? LiquidationSide::LongLiquidated : LiquidationSide::ShortLiquidated;
    return std::nullopt;
}
} // namespace

bool LiquidationCsvParser::accepts(const QStringList &header)
{
    auto has = [&](const QStringList &names) {
        return std::any_of(names.begin(), names.end(), [&](const QString &n) { return header.contains(n); });
    };
    return has(kTime) && has(kSide) && has(kPrice) && (has(kBase) || has(kUsd));
}

Result<ImportBatch> LiquidationCsvParser::parse(ImportTable &table, const ImportHints &hints)
{
    using R = Result<ImportBatch>;
    if (!table.readHeader())
        return R::failure(table.error());
    ImportBatch batch;
    const bool cascadeExport = table.header().mid(0, 4) == QStringList{"time", "exchange", "symbol", "side"};
    batch.format =
        cascadeExport ? QStringLiteral("Cascade liquidations") : QStringLiteral("liquidations CSV");
    const int time = table.column(kTime), side = table.column(kSide), price = table.column(kPrice),
              base = table.column(kBase), usd = table.column(kUsd),
              exchangeColumn = table.column({"exchange", "venue"});
    SeriesIdentity identity(hints, exchangeColumn, table.column({"symbol", "pair", "instrument"}));
    const QString hintedExchange = !hints.exchange.isEmpty()
                                       ? hints.exchange.toLower()
                                       : SeriesIdentity::exchangeInFileName(hints.fileName);
    while (table.next()) {
        identity.observe(table);
        Liquidation e;
        e.time = table.time(time);
        table.checkTimeOrder(e.time, false, time);
        e.price = table.number(price);
        const double quantity = table.optionalNumber(base);
        const double notional = table.optionalNumber(usd);
        const QString exchange = exchangeColumn >= 0 ? table.text(exchangeColumn).toLower() : hintedExchange;
        const auto parsedSide = sideFrom(table.text(side), exchange);
        if (!parsedSide)
            table.fail(QStringLiteral("expected long, short, buy or sell, found '%1'").arg(table.text(side)),
                       side);
        if (!table.failed() && std::isnan(quantity) && std::isnan(notional))
            table.fail(QStringLiteral("no size: both the base and the USD size are empty"));
        if (table.failed())
            return R::failure(table.error());
        e.side = *parsedSide;
        e.quantity = !std::isnan(quantity) ? quantity : notional / e.price;
        e.notionalUsd = !std::isnan(notional) ? notional : quantity * e.price;
        if (!table.accept(StoreValidator::problem(e)))
            return R::failure(table.error());
        batch.liquidations.push_back(e);
    }
    if (table.failed())
        return R::failure(table.error());
    if (batch.liquidations.empty())
        return R::failure(table.fileError(QStringLiteral("a header but no data rows")));
    if (const QString missing = identity.settle(batch.exchange, batch.symbol); !missing.isEmpty())
        return R::failure(table.fileError(missing));
    batch.covered = {batch.liquidations.front().time, batch.liquidations.back().time + 1};
    return batch;
}

} // namespace cascade
