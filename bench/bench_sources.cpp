// Parse throughput of the exchange parsers (issue 3): a full 1500-row Binance klines page and a
// full Deribit options book (get_book_summary_by_currency?kind=option), built in the formats
// the exchanges send. Rows per second are the `rows/s` counter.
#include "sources/BinanceParser.h"
#include "sources/DeribitParser.h"
#include "sources/JsonResponse.h"

#include <benchmark/benchmark.h>

#include <QString>

#include <cstdio>
#include <string>

using namespace cascade;

namespace {

std::string klinesPage(int rows)
{
    std::string body = "[";
    const qint64 start = 1760054400000;
    char row[256];
    for (int i = 0; i < rows; ++i) {
        const qint64 t = start + qint64(i) * 60000;
        const double open = 110000.0 + (i % 97) * 1.3;
        std::snprintf(
            row, sizeof row,
            "%s[%lld,\"%.2f\",\"%.2f\",\"%.2f\",\"%.2f\",\"%.3f\",%lld,\"%.5f\",%d,\"%.3f\",\"%.5f\",\"0\"]",
            i ? "," : "", qlonglong(t), open, open + 25.5, open - 31.2, open + 4.1, 123.456 + i % 13,
            qlonglong(t + 59999), (123.456 + i % 13) * open, 1500 + i % 300, 61.7 + i % 11,
            (61.7 + i % 11) * open);
        body += row;
    }
    return body + "]";
}

// Every expiry x strike x type of a busy BTC chain, with the fields Deribit sends.
std::string optionsBook(int rows)
{
    static const char *expiries[] = {"1DEC25",  "2DEC25",  "3DEC25",  "5DEC25",  "12DEC25", "19DEC25",
                                     "26DEC25", "30JAN26", "27FEB26", "27MAR26", "26JUN26", "25SEP26"};
    std::string body = R"({"jsonrpc":"2.0","result":[)";
    char row[768];
    for (int i = 0; i < rows; ++i) {
        const int strike = 50000 + (i / 24) * 2000;
        const char type = (i % 2) ? 'P' : 'C';
        std::snprintf(
            row, sizeof row,
            "%s{\"volume\":%.1f,\"underlying_price\":%.2f,\"underlying_index\":\"BTC-%s\",\"quote_currency\":"
            "\"BTC\",\"price_change\":%.4f,\"open_interest\":%.1f,\"mid_price\":%.4f,\"mark_price\":%.8f,"
            "\"mark_iv\":%.2f,\"low\":%.4f,\"last\":%.4f,\"interest_rate\":0.0,\"instrument_name\":\"BTC-%s-%"
            "d-%c\","
            "\"high\":%.4f,\"estimated_delivery_price\":%.2f,\"creation_timestamp\":1764460800123,"
            "\"bid_price\":%.4f,\"base_currency\":\"BTC\",\"ask_price\":%.4f}",
            i ? "," : "", 12.5 + i % 40, 97950.5 + i % 7, expiries[(i / 2) % 12], -3.2 + i % 5,
            100.0 + (i * 37) % 2500, 0.0123, 0.01234567, 45.0 + i % 20, 0.01, 0.012, expiries[(i / 2) % 12],
            strike, type, 0.015, 97900.12, 0.0115, 0.013);
        body += row;
    }
    return body + R"(],"usIn":1764460800123000,"usOut":1764460800140000,"usDiff":17000,"testnet":false})";
}

void BM_BinanceKlinesPage(benchmark::State &state)
{
    const std::string body = klinesPage(1500);
    for (auto _ : state) {
        auto page = BinanceParser::klines(body, 1760144400000);
        if (!page.ok() || page->candles.size() != 1500)
            state.SkipWithError("parse failed");
        benchmark::DoNotOptimize(page);
    }
    state.counters["rows/s"] =
        benchmark::Counter(double(state.iterations()) * 1500, benchmark::Counter::kIsRate);
    state.counters["bytes"] = double(body.size());
}
BENCHMARK(BM_BinanceKlinesPage)->Unit(benchmark::kMicrosecond);

void BM_DeribitOptionsBook(benchmark::State &state)
{
    const int rows = int(state.range(0));
    const std::string body = optionsBook(rows);
    for (auto _ : state) {
        auto quotes = DeribitParser::optionBookSummary(body);
        if (!quotes.ok() || int(quotes->size()) != rows)
            state.SkipWithError(quotes.ok() ? "row count" : qPrintable(quotes.error()));
        benchmark::DoNotOptimize(quotes);
    }
    state.counters["rows/s"] =
        benchmark::Counter(double(state.iterations()) * rows, benchmark::Counter::kIsRate);
    state.counters["bytes"] = double(body.size());
}
// The share of the JSON reading alone (nlohmann DOM), for comparison.
void BM_DeribitOptionsBookJsonOnly(benchmark::State &state)
{
    const std::string body = optionsBook(1000);
    for (auto _ : state)
        benchmark::DoNotOptimize(JsonResponse::parse(body));
    state.counters["rows/s"] =
        benchmark::Counter(double(state.iterations()) * 1000, benchmark::Counter::kIsRate);
}
BENCHMARK(BM_DeribitOptionsBookJsonOnly)->Unit(benchmark::kMicrosecond);

// About 1,000 BTC options are listed on a busy day.
BENCHMARK(BM_DeribitOptionsBook)->Arg(1000)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
