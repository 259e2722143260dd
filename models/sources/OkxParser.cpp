#include "sources/OkxParser.h"

#include "sources/JsonResponse.h"
#include "sources/OptionName.h"

#include <algorithm>

namespace cascade {

namespace {

using J = JsonResponse;
constexpr const char *kExchange = "okx";

const J::Json &dataOf(const J::Json &json)
{
    const std::string code = J::stringField(json, "code");
    if (code != "0") {
        const auto msg = json.contains("msg") ? J::string(json["msg"], "msg") : std::string();
        throw ParseFailure("code " + code + ": " + msg);
    }
    return J::array(J::field(json, "data"), "data");
}

// WebSocket frames carry no code; REST responses do.
const J::Json &dataOfAny(const J::Json &json)
{
    if (json.is_object() && !json.contains("code") && json.contains("arg"))
        return J::array(J::field(json, "data"), "data");
    return dataOf(json);
}

template<typename Row> void ascending(std::vector<Row> &rows, qint64 Row::*time)
{
    std::reverse(rows.begin(), rows.end());
    J::requireAscending(rows, [time](const Row &r) { return r.*time; });
}

} // namespace

Result<CandlePage> OkxParser::candles(std::string_view body)
{
    return J::guard<CandlePage>(kExchange, "/api/v5/market/history-candles", [&] {
        const auto json = J::parse(body);
        std::vector<Candle> rows;
        std::vector<bool> confirmed;
        J::forEachRow(dataOf(json), [&](const J::Json &row) {
            Candle c;
            c.openTime = J::integer(J::element(row, 0), "ts");
            c.open = J::number(J::element(row, 1), "o");
            c.high = J::number(J::element(row, 2), "h");
            c.low = J::number(J::element(row, 3), "l");
            c.close = J::number(J::element(row, 4), "c");
            c.volume = J::number(J::element(row, 6), "volCcy");
            c.quoteVolume = J::number(J::element(row, 7), "volCcyQuote");
            rows.push_back(c);
            confirmed.push_back(row.size() < 9 || J::string(row[8], "confirm") != "0");
        });
        std::reverse(confirmed.begin(), confirmed.end());
        std::reverse(rows.begin(), rows.end());
        J::requireAscending(rows, [](const Candle &c) { return c.openTime; });
        CandlePage page;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            if (confirmed[i]) {
                if (page.unclosed)
                    throw ParseFailure("confirmed candle after the unconfirmed one");
                page.candles.push_back(rows[i]);
            } else if (page.unclosed) {
                throw ParseFailure("more than one unconfirmed candle");
            } else {
                page.unclosed = rows[i];
            }
        }
        return page;
    });
}

Result<std::vector<OpenInterestPoint>> OkxParser::openInterestHistory(std::string_view body)
{
    return J::guard<std::vector<OpenInterestPoint>>(
        kExchange, "/api/v5/rubik/stat/contracts/open-interest-history", [&] {
            const auto json = J::parse(body);
            std::vector<OpenInterestPoint> points;
            J::forEachRow(dataOf(json), [&](const J::Json &row) {
                points.push_back({J::integer(J::element(row, 0), "ts"),
                                  J::number(J::element(row, 2), "oiCcy"),
                                  J::number(J::element(row, 3), "oiUsd")});
            });
            ascending(points, &OpenInterestPoint::time);
            return points;
        });
}

Result<std::vector<std::pair<QString, OpenInterestPoint>>>
OkxParser::openInterest(std::string_view body, const OkxContracts &contracts)
{
    using Rows = std::vector<std::pair<QString, OpenInterestPoint>>;
    return J::guard<Rows>(kExchange, "/api/v5/public/open-interest", [&] {
        const auto json = J::parse(body);
        Rows rows;
        J::forEachRow(dataOf(json), [&](const J::Json &row) {
            const auto instrument = QString::fromStdString(J::stringField(row, "instId"));
            OpenInterestPoint point;
            point.time = J::integerField(row, "ts");
            const double oi = J::numberField(row, "oi");
            point.openInterest = J::optionalNumber(row, "oiCcy", -1.0);
            if (point.openInterest < 0.0) {
                const auto contract = contracts.find(instrument);
                if (!contract || contract->inverse)
                    throw ParseFailure("no oiCcy and no linear contract value for " +
                                       instrument.toStdString());
                point.openInterest = oi * contract->value;
            }
            point.openInterestUsd = J::optionalNumber(row, "oiUsd", 0.0);
            rows.emplace_back(instrument, point);
        });
        return rows;
    });
}

Result<std::vector<RatioPoint>> OkxParser::longShortRatio(std::string_view body, const char *endpoint)
{
    return J::guard<std::vector<RatioPoint>>(kExchange, endpoint, [&] {
        const auto json = J::parse(body);
        std::vector<RatioPoint> points;
        J::forEachRow(dataOf(json), [&](const J::Json &row) {
            const double ratio = J::number(J::element(row, 1), "ratio");
            if (ratio < 0.0)
                throw ParseFailure("negative ratio");
            points.push_back(
                {J::integer(J::element(row, 0), "ts"), ratio, ratio / (1.0 + ratio), 1.0 / (1.0 + ratio)});
        });
        ascending(points, &RatioPoint::time);
        return points;
    });
}

Result<std::vector<SymbolLiquidation>> OkxParser::liquidationOrders(std::string_view body,
                                                                    const OkxContracts &contracts,
                                                                    const char *endpoint,
                                                                    const QString &onlyInstrument)
{
    return J::guard<std::vector<SymbolLiquidation>>(kExchange, endpoint, [&] {
        const auto json = J::parse(body);
        std::vector<SymbolLiquidation> events;
        J::forEachRow(dataOfAny(json), [&](const J::Json &group) {
            const auto instrument = QString::fromStdString(J::stringField(group, "instId"));
            if (!onlyInstrument.isEmpty() && instrument != onlyInstrument)
                return;
            const auto contract = contracts.find(instrument);
            if (!contract)
                throw ParseFailure("contract value of " + instrument.toStdString() + " unknown");
            J::forEachRow(J::array(J::field(group, "details"), "details"), [&](const J::Json &row) {
                SymbolLiquidation out;
                out.symbol = instrument;
                const std::string side = J::stringField(row, "side");
                const std::string posSide =
                    row.contains("posSide") ? J::string(row["posSide"], "posSide") : "";
                // posSide names the liquidated position directly; without it (net mode, or trimmed
                // payloads) the order side tells: a forced sell closes a long.
                const bool oneWay = posSide.empty() || posSide == "net";
                if (posSide == "long" || (oneWay && side == "sell"))
                    out.event.side = LiquidationSide::LongLiquidated;
                else if (posSide == "short" || (oneWay && side == "buy"))
                    out.event.side = LiquidationSide::ShortLiquidated;
                else
                    throw ParseFailure("unknown side '" + side + "'/'" + posSide + "'");
                out.event.time = J::integerField(row, "ts");
                out.event.price = J::numberField(row, "bkPx");
                const double size = J::numberField(row, "sz");
                out.event.quantity = OkxContracts::baseSize(*contract, size, out.event.price);
                out.event.notionalUsd = OkxContracts::notionalUsd(*contract, size, out.event.price);
                events.push_back(out);
            });
        });
        std::sort(events.begin(), events.end(), [](const SymbolLiquidation &a, const SymbolLiquidation &b) {
            return a.event.time < b.event.time;
        });
        return events;
    });
}

Result<std::vector<OptionQuote>> OkxParser::optionOpenInterest(std::string_view body)
{
    return J::guard<std::vector<OptionQuote>>(kExchange, "/api/v5/public/open-interest?instType=OPTION", [&] {
        const auto json = J::parse(body);
        std::vector<OptionQuote> quotes;
        qint64 snapshot = 0;
        J::forEachRow(dataOf(json), [&](const J::Json &row) {
            const std::string instrument = J::stringField(row, "instId");
            const auto name = OptionName::parse(QString::fromStdString(instrument));
            if (!name)
                throw ParseFailure("'" + instrument + "' is not an option name like BTC-USD-251227-100000-P");
            if (quotes.empty())
                snapshot = J::integerField(row, "ts");
            OptionQuote q;
            q.snapshotTime = snapshot; // one snapshot: the rows' ts differ by the time OKX took to build it
            q.instrument = QString::fromStdString(instrument);
            q.expiry = name->expiry;
            q.strike = name->strike;
            q.type = name->type;
            q.openInterest = J::numberField(row, "oiCcy");
            q.openInterestUsd = J::optionalNumber(row, "oiUsd", 0.0);
            q.underlyingPrice = q.openInterest > 0.0 ? q.openInterestUsd / q.openInterest : 0.0;
            quotes.push_back(q);
        });
        return quotes;
    });
}

Status OkxParser::instruments(std::string_view body, OkxContracts &contracts)
{
    auto result = J::guard<int>(kExchange, "/api/v5/public/instruments", [&] {
        const auto json = J::parse(body);
        J::forEachRow(dataOf(json), [&](const J::Json &row) {
            const auto instrument = QString::fromStdString(J::stringField(row, "instId"));
            const double value = J::optionalNumber(row, "ctVal", 0.0);
            if (value <= 0.0)
                return; // spot instruments have no contract value
            const bool inverse = row.contains("ctType") && J::string(row["ctType"], "ctType") == "inverse";
            contracts.add(instrument, {value, inverse});
        });
        return 0;
    });
    return result ? Status() : Status::failure(result.error());
}

} // namespace cascade
