#include "sources/CoinGlassParser.h"

#include "sources/JsonResponse.h"

#include <limits>

namespace cascade {

namespace {
using J = JsonResponse;

double firstNumber(const J::Json &row, const char *key, const char *alternative)
{
    if (row.contains(key))
        return J::numberField(row, key);
    return J::numberField(row, alternative);
}
} // namespace

Result<std::vector<Liquidation>> CoinGlassParser::liquidationHistory(std::string_view body)
{
    return J::guard<std::vector<Liquidation>>("coinglass", "/api/futures/liquidation/history", [&] {
        const auto json = J::parse(body);
        const std::string code = J::stringField(json, "code");
        if (code != "0") {
            const auto msg = json.contains("msg") ? J::string(json["msg"], "msg") : std::string();
            throw ParseFailure("code " + code + ": " + msg);
        }
        std::vector<Liquidation> events;
        qint64 previous = std::numeric_limits<qint64>::min();
        J::forEachRow(J::array(J::field(json, "data"), "data"), [&](const J::Json &row) {
            qint64 time = J::integerField(row, "time");
            if (time < 100'000'000'000) // seconds in older responses
                time *= 1000;
            if (time <= previous)
                throw ParseFailure("rows out of order or duplicated at time " + std::to_string(time));
            previous = time;
            const double longUsd =
                firstNumber(row, "aggregated_long_liquidation_usd", "long_liquidation_usd");
            const double shortUsd =
                firstNumber(row, "aggregated_short_liquidation_usd", "short_liquidation_usd");
            if (longUsd > 0.0)
                events.push_back({time, LiquidationSide::LongLiquidated, 0.0, 0.0, longUsd});
            if (shortUsd > 0.0)
                events.push_back({time, LiquidationSide::ShortLiquidated, 0.0, 0.0, shortUsd});
        });
        return events;
    });
}

} // namespace cascade
