#include "sources/BybitParser.h"

#include "sources/JsonResponse.h"
#include "sources/OptionName.h"

#include <algorithm>

namespace cascade {

namespace {

using J = JsonResponse;
constexpr const char *kExchange = "bybit";

const J::Json &resultOf(const J::Json &json)
{
    const qint64 code = J::integerField(json, "retCode");
    if (code != 0) {
        const auto msg = json.contains("retMsg") ? J::string(json["retMsg"], "retMsg") : std::string();
        throw ParseFailure("retCode " + std::to_string(code) + ": " + msg);
    }
    return J::field(json, "result");
}

QString cursorOf(const J::Json &result)
{
    const auto it = result.find("nextPageCursor");
    if (it == result.end() || it->is_null())
        return {};
    return QString::fromStdString(J::string(*it, "nextPageCursor"));
}

template<typename Row> void oldestFirst(std::vector<Row> &rows)
{
    std::reverse(rows.begin(), rows.end());
}

} // namespace

Result<CandlePage> BybitParser::klines(std::string_view body, Interval interval, qint64 now)
{
    return J::guard<CandlePage>(kExchange, "/v5/market/kline", [&] {
        const auto json = J::parse(body);
        std::vector<Candle> rows;
        J::forEachRow(J::array(J::field(resultOf(json), "list"), "list"), [&](const J::Json &row) {
            Candle c;
            c.openTime = J::integer(J::element(row, 0), "startTime");
            c.open = J::number(J::element(row, 1), "open");
            c.high = J::number(J::element(row, 2), "high");
            c.low = J::number(J::element(row, 3), "low");
            c.close = J::number(J::element(row, 4), "close");
            c.volume = J::number(J::element(row, 5), "volume");
            c.quoteVolume = J::number(J::element(row, 6), "turnover");
            rows.push_back(c); // Bybit gives no taker buy volume: it stays 0
        });
        oldestFirst(rows);
        J::requireAscending(rows, [](const Candle &c) { return c.openTime; });
        CandlePage page;
        if (!rows.empty() && rows.back().openTime + interval.ms() > now) {
            page.unclosed = rows.back();
            rows.pop_back();
        }
        page.candles = std::move(rows);
        return page;
    });
}

Result<CursorPage<OpenInterestPoint>> BybitParser::openInterest(std::string_view body)
{
    return J::guard<CursorPage<OpenInterestPoint>>(kExchange, "/v5/market/open-interest", [&] {
        const auto json = J::parse(body);
        const auto &result = resultOf(json);
        CursorPage<OpenInterestPoint> page;
        J::forEachRow(J::array(J::field(result, "list"), "list"), [&](const J::Json &row) {
            page.rows.push_back(
                {J::integerField(row, "timestamp"), J::numberField(row, "openInterest"), 0.0});
        });
        oldestFirst(page.rows);
        J::requireAscending(page.rows, [](const OpenInterestPoint &p) { return p.time; });
        page.nextCursor = cursorOf(result);
        return page;
    });
}

Result<CursorPage<RatioPoint>> BybitParser::accountRatio(std::string_view body)
{
    return J::guard<CursorPage<RatioPoint>>(kExchange, "/v5/market/account-ratio", [&] {
        const auto json = J::parse(body);
        const auto &result = resultOf(json);
        CursorPage<RatioPoint> page;
        J::forEachRow(J::array(J::field(result, "list"), "list"), [&](const J::Json &row) {
            const double buy = J::numberField(row, "buyRatio");
            const double sell = J::numberField(row, "sellRatio");
            page.rows.push_back(
                {J::integerField(row, "timestamp"), sell > 0.0 ? buy / sell : 0.0, buy, sell});
        });
        oldestFirst(page.rows);
        J::requireAscending(page.rows, [](const RatioPoint &p) { return p.time; });
        page.nextCursor = cursorOf(result);
        return page;
    });
}

Result<std::vector<OptionQuote>> BybitParser::optionTickers(std::string_view body)
{
    return J::guard<std::vector<OptionQuote>>(kExchange, "/v5/market/tickers?category=option", [&] {
        const auto json = J::parse(body);
        const qint64 snapshot = J::integerField(json, "time");
        std::vector<OptionQuote> quotes;
        J::forEachRow(J::array(J::field(resultOf(json), "list"), "list"), [&](const J::Json &row) {
            const std::string symbol = J::stringField(row, "symbol");
            const auto name = OptionName::parse(QString::fromStdString(symbol));
            if (!name)
                throw ParseFailure("'" + symbol + "' is not an option name");
            OptionQuote q;
            q.snapshotTime = snapshot;
            q.instrument = QString::fromStdString(symbol);
            q.expiry = name->expiry;
            q.strike = name->strike;
            q.type = name->type;
            q.openInterest = J::numberField(row, "openInterest");
            q.underlyingPrice = J::numberField(row, "underlyingPrice");
            q.openInterestUsd = q.openInterest * q.underlyingPrice;
            // Bybit sends IV as a fraction (0.52 = 52 %); Cascade keeps percent.
            q.markIv = J::optionalNumber(row, "markIv", OptionQuote::unknown) * 100.0;
            q.delta = J::optionalNumber(row, "delta", OptionQuote::unknown);
            q.gamma = J::optionalNumber(row, "gamma", OptionQuote::unknown);
            q.vega = J::optionalNumber(row, "vega", OptionQuote::unknown);
            q.theta = J::optionalNumber(row, "theta", OptionQuote::unknown);
            quotes.push_back(q);
        });
        return quotes;
    });
}

Result<std::vector<SymbolLiquidation>> BybitParser::allLiquidationFrame(std::string_view body)
{
    return J::guard<std::vector<SymbolLiquidation>>(kExchange, "allLiquidation stream", [&] {
        const auto json = J::parse(body);
        std::vector<SymbolLiquidation> events;
        J::forEachRow(J::array(J::field(json, "data"), "data"), [&](const J::Json &row) {
            SymbolLiquidation out;
            out.symbol = QString::fromStdString(J::stringField(row, "s"));
            const std::string side = J::stringField(row, "S");
            if (side == "Buy")
                out.event.side = LiquidationSide::LongLiquidated;
            else if (side == "Sell")
                out.event.side = LiquidationSide::ShortLiquidated;
            else
                throw ParseFailure("unknown side '" + side + "'");
            out.event.time = J::integerField(row, "T");
            out.event.price = J::numberField(row, "p");
            out.event.quantity = J::numberField(row, "v");
            out.event.notionalUsd = out.event.price * out.event.quantity;
            events.push_back(out);
        });
        return events;
    });
}

} // namespace cascade
