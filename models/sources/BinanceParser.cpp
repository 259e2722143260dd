#include "sources/BinanceParser.h"

#include "sources/JsonResponse.h"

namespace cascade {

namespace {

using J = JsonResponse;
constexpr const char *kExchange = "binance";

// Binance answers errors with {"code":-1121,"msg":"Invalid symbol."} where an array is expected.
const J::Json &rowsOf(const J::Json &json)
{
    if (json.is_object() && json.contains("code") && json.contains("msg")) {
        throw ParseFailure("error " + J::string(json["code"], "code") + ": " + J::string(json["msg"], "msg"));
    }
    return J::array(json, "response");
}

SymbolLiquidation forceOrder(const J::Json &event)
{
    const auto &order = J::field(event, "o");
    SymbolLiquidation out;
    out.symbol = QString::fromStdString(J::stringField(order, "s"));
    const std::string side = J::stringField(order, "S");
    if (side == "SELL")
        out.event.side = LiquidationSide::LongLiquidated;
    else if (side == "BUY")
        out.event.side = LiquidationSide::ShortLiquidated;
    else
        throw ParseFailure("unknown side '" + side + "'");
    out.event.time = J::integerField(order, "T");
    // The average fill price and the filled quantity describe what was really liquidated;
    // the order price and quantity are the fallbacks for partially described frames.
    const double average = J::optionalNumber(order, "ap", 0.0);
    out.event.price = average > 0.0 ? average : J::numberField(order, "p");
    const double filled = J::optionalNumber(order, "z", 0.0);
    out.event.quantity = filled > 0.0 ? filled : J::numberField(order, "q");
    out.event.notionalUsd = out.event.price * out.event.quantity;
    return out;
}

} // namespace

Result<CandlePage> BinanceParser::klines(std::string_view body, qint64 now)
{
    return J::guard<CandlePage>(kExchange, "/fapi/v1/klines", [&] {
        const auto json = J::parse(body);
        CandlePage page;
        J::forEachRow(rowsOf(json), [&](const J::Json &row) {
            Candle c;
            c.openTime = J::integer(J::element(row, 0), "open time");
            c.open = J::number(J::element(row, 1), "open");
            c.high = J::number(J::element(row, 2), "high");
            c.low = J::number(J::element(row, 3), "low");
            c.close = J::number(J::element(row, 4), "close");
            c.volume = J::number(J::element(row, 5), "volume");
            const qint64 closeTime = J::integer(J::element(row, 6), "close time");
            c.quoteVolume = J::number(J::element(row, 7), "quote volume");
            c.takerBuyVolume = J::number(J::element(row, 9), "taker buy volume");
            if (closeTime >= now) {
                if (page.unclosed)
                    throw ParseFailure("more than one unclosed candle");
                page.unclosed = c;
            } else {
                if (page.unclosed)
                    throw ParseFailure("closed candle after the unclosed one");
                page.candles.push_back(c);
            }
        });
        J::requireAscending(page.candles, [](const Candle &c) { return c.openTime; });
        return page;
    });
}

Result<std::vector<OpenInterestPoint>> BinanceParser::openInterestHistory(std::string_view body)
{
    return J::guard<std::vector<OpenInterestPoint>>(kExchange, "/futures/data/openInterestHist", [&] {
        const auto json = J::parse(body);
        std::vector<OpenInterestPoint> points;
        J::forEachRow(rowsOf(json), [&](const J::Json &row) {
            points.push_back({J::integerField(row, "timestamp"), J::numberField(row, "sumOpenInterest"),
                              J::numberField(row, "sumOpenInterestValue")});
        });
        J::requireAscending(points, [](const OpenInterestPoint &p) { return p.time; });
        return points;
    });
}

Result<std::vector<RatioPoint>> BinanceParser::longShortRatio(std::string_view body, const char *endpoint)
{
    return J::guard<std::vector<RatioPoint>>(kExchange, endpoint, [&] {
        const auto json = J::parse(body);
        std::vector<RatioPoint> points;
        J::forEachRow(rowsOf(json), [&](const J::Json &row) {
            points.push_back({J::integerField(row, "timestamp"), J::numberField(row, "longShortRatio"),
                              J::numberField(row, "longAccount"), J::numberField(row, "shortAccount")});
        });
        J::requireAscending(points, [](const RatioPoint &p) { return p.time; });
        return points;
    });
}

Result<std::vector<RatioPoint>> BinanceParser::takerRatio(std::string_view body)
{
    return J::guard<std::vector<RatioPoint>>(kExchange, "/futures/data/takerlongshortRatio", [&] {
        const auto json = J::parse(body);
        std::vector<RatioPoint> points;
        J::forEachRow(rowsOf(json), [&](const J::Json &row) {
            points.push_back({J::integerField(row, "timestamp"), J::numberField(row, "buySellRatio"),
                              J::numberField(row, "buyVol"), J::numberField(row, "sellVol")});
        });
        J::requireAscending(points, [](const RatioPoint &p) { return p.time; });
        return points;
    });
}

Result<std::vector<SymbolLiquidation>> BinanceParser::forceOrderFrame(std::string_view body)
{
    return J::guard<std::vector<SymbolLiquidation>>(kExchange, "forceOrder stream", [&] {
        const auto json = J::parse(body);
        const J::Json &payload = json.is_object() && json.contains("data") ? json["data"] : json;
        std::vector<SymbolLiquidation> events;
        if (payload.is_array()) {
            J::forEachRow(payload, [&](const J::Json &event) { events.push_back(forceOrder(event)); });
        } else {
            events.push_back(forceOrder(payload));
        }
        return events;
    });
}

} // namespace cascade
