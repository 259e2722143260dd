#include "FakeExchange.h"

#include <QHash>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace cascade::test {

namespace {

using Json = nlohmann::json;
using Request = LoopbackServer::Request;
using Reply = LoopbackServer::Reply;

std::string num(double value)
{
    return QByteArray::number(value, 'f', 8).toStdString();
}

qint64 q64(const Request &r, const char *key)
{
    return r.query(QString::fromLatin1(key)).toLongLong();
}

qint64 alignUp(qint64 t, qint64 step)
{
    const qint64 floor = (t / step) * step;
    return floor == t ? t : floor + step;
}

// Bar times in [from, to] on the step grid, at most `limit`, oldest first.
std::vector<qint64> bars(qint64 from, qint64 to, qint64 step, int limit)
{
    std::vector<qint64> times;
    for (qint64 t = alignUp(from, step); t <= to && int(times.size()) < limit; t += step)
        times.push_back(t);
    return times;
}

qint64 stepOf(const QString &name)
{
    static const QHash<QString, qint64> steps = {
        {"1m", 60'000},     {"1", 60'000},     {"5m", 300'000},    {"5", 300'000},     {"5min", 300'000},
        {"1h", 3'600'000},  {"1H", 3'600'000}, {"60", 3'600'000},  {"1d", 86'400'000}, {"D", 86'400'000},
        {"1D", 86'400'000}, {"15m", 900'000},  {"15min", 900'000}, {"15", 900'000}};
    return steps.value(name, 60'000);
}

Reply binanceKlines(const Request &r)
{
    const qint64 step = stepOf(r.query(QStringLiteral("interval")));
    Json rows = Json::array();
    for (const qint64 t : bars(q64(r, "startTime"), q64(r, "endTime"), step, int(q64(r, "limit")))) {
        const double o = FakeExchange::open(t), v = FakeExchange::volume(t);
        rows.push_back({t, num(o), num(o + 5), num(o - 5), num(o + 1), num(v), t + step - 1, num(v * o), 42,
                        num(v / 2), num(v / 2 * o), "0"});
    }
    return Reply::json(QByteArray::fromStdString(rows.dump()));
}

Reply binanceStatistics(const Request &r)
{
    const qint64 step = stepOf(r.query(QStringLiteral("period")));
    const bool openInterest = r.path().endsWith(QLatin1String("openInterestHist"));
    Json rows = Json::array();
    for (const qint64 t : bars(q64(r, "startTime"), q64(r, "endTime"), step, int(q64(r, "limit")))) {
        if (openInterest) {
            rows.push_back({{"symbol", "BTCUSDT"},
                            {"sumOpenInterest", num(80000 + double(t % 1000))},
                            {"sumOpenInterestValue", num((80000 + double(t % 1000)) * FakeExchange::open(t))},
                            {"timestamp", t}});
        } else {
            rows.push_back({{"symbol", "BTCUSDT"},
                            {"longAccount", "0.6000"},
                            {"shortAccount", "0.4000"},
                            {"longShortRatio", "1.5000"},
                            {"timestamp", t}});
        }
    }
    return Reply::json(QByteArray::fromStdString(rows.dump()));
}

Reply bybitKline(const Request &r)
{
    const qint64 step = stepOf(r.query(QStringLiteral("interval")));
    Json list = Json::array();
    for (const qint64 t : bars(q64(r, "start"), q64(r, "end"), step, int(q64(r, "limit")))) {
        const double o = FakeExchange::open(t), v = FakeExchange::volume(t);
        list.push_back({std::to_string(t), num(o), num(o + 5), num(o - 5), num(o + 1), num(v), num(v * o)});
    }
    std::reverse(list.begin(), list.end()); // newest first
    const Json body = {{"retCode", 0},
                       {"retMsg", "OK"},
                       {"result", {{"symbol", "BTCUSDT"}, {"category", "linear"}, {"list", list}}},
                       {"time", 1}};
    return Reply::json(QByteArray::fromStdString(body.dump()));
}

Reply bybitOpenInterest(const Request &r)
{
    const qint64 step = stepOf(r.query(QStringLiteral("intervalTime")));
    Json list = Json::array();
    for (const qint64 t : bars(q64(r, "startTime"), q64(r, "endTime"), step, int(q64(r, "limit"))))
        list.push_back(
            {{"openInterest", num(50000 + double((t / 60000) % 100))}, {"timestamp", std::to_string(t)}});
    std::reverse(list.begin(), list.end()); // newest first
    const Json body = {
        {"retCode", 0},
        {"retMsg", "OK"},
        {"result", {{"symbol", "BTCUSDT"}, {"category", "linear"}, {"list", list}, {"nextPageCursor", ""}}},
        {"time", 1}};
    return Reply::json(QByteArray::fromStdString(body.dump()));
}

Reply okxCandles(const Request &r)
{
    const qint64 step = stepOf(r.query(QStringLiteral("bar")));
    const qint64 after = q64(r, "after");   // rows older than
    const qint64 before = q64(r, "before"); // rows newer than
    const int limit = int(q64(r, "limit"));
    Json data = Json::array();
    // The newest `limit` rows in (before, after), newest first.
    for (qint64 t = ((after - 1) / step) * step; t > before && int(data.size()) < limit; t -= step) {
        const double o = FakeExchange::open(t), v = FakeExchange::volume(t);
        data.push_back({std::to_string(t), num(o), num(o + 5), num(o - 5), num(o + 1), num(v * 100), num(v),
                        num(v * o), "1"});
    }
    const Json body = {{"code", "0"}, {"msg", ""}, {"data", data}};
    return Reply::json(QByteArray::fromStdString(body.dump()));
}

Reply okxLiquidations(const Request &r)
{
    const qint64 after = q64(r, "after");
    const int limit = int(q64(r, "limit"));
    Json details = Json::array();
    for (qint64 k = (after - 1235) / FakeExchange::liquidationSpacing; k >= 0 && int(details.size()) < limit;
         --k) {
        const qint64 ts = k * FakeExchange::liquidationSpacing + 1234;
        if (ts >= after)
            continue;
        const bool longSide = k % 2 == 0;
        details.push_back({{"bkLoss", "0"},
                           {"bkPx", num(FakeExchange::open(ts))},
                           {"ccy", ""},
                           {"posSide", longSide ? "long" : "short"},
                           {"side", longSide ? "sell" : "buy"},
                           {"sz", std::to_string(1 + k % 5)},
                           {"ts", std::to_string(ts)}});
    }
    const std::string family = r.query(QStringLiteral("instFamily")).toStdString(); // "BTC-USDT"
    const Json body = {{"code", "0"},
                       {"msg", ""},
                       {"data",
                        {{{"details", details},
                          {"instFamily", family},
                          {"instId", family + "-SWAP"},
                          {"instType", "SWAP"},
                          {"uly", family}}}}};
    return Reply::json(QByteArray::fromStdString(body.dump()));
}

// Documented instrument fields; DOGE-USDT-SWAP is 1000 DOGE a contract, other swaps 10 coins.
Reply okxInstrument(const Request &r)
{
    const std::string instrument = r.query(QStringLiteral("instId")).toStdString();
    const std::string family = instrument.substr(0, instrument.size() - 5);
    const Json row = {{"instType", "SWAP"},
                      {"instId", instrument},
                      {"uly", family},
                      {"instFamily", family},
                      {"ctVal", family == "DOGE-USDT" ? "1000" : "10"},
                      {"ctMult", "1"},
                      {"ctType", "linear"},
                      {"settleCcy", "USDT"},
                      {"state", "live"}};
    return Reply::json(QByteArray::fromStdString(Json({{"code", "0"}, {"msg", ""}, {"data", {row}}}).dump()));
}

Reply deribitChart(const Request &r)
{
    const qint64 step = stepOf(r.query(QStringLiteral("resolution")));
    Json ticks = Json::array(), open = Json::array(), high = Json::array(), low = Json::array(),
         close = Json::array(), volume = Json::array(), cost = Json::array();
    for (const qint64 t : bars(q64(r, "start_timestamp"), q64(r, "end_timestamp"), step, 100000)) {
        const double o = FakeExchange::open(t), v = FakeExchange::volume(t);
        ticks.push_back(t);
        open.push_back(o);
        high.push_back(o + 5);
        low.push_back(o - 5);
        close.push_back(o + 1);
        volume.push_back(v);
        cost.push_back(v * o);
    }
    const Json result = {{"status", ticks.empty() ? "no_data" : "ok"},
                         {"ticks", ticks},
                         {"open", open},
                         {"high", high},
                         {"low", low},
                         {"close", close},
                         {"volume", volume},
                         {"cost", cost}};
    return Reply::json(QByteArray::fromStdString(Json({{"jsonrpc", "2.0"}, {"result", result}}).dump()));
}

Reply deribitBook()
{
    // Two puts and a call; OI in coin, USD = OI * underlying_price.
    return Reply::json(R"({"jsonrpc":"2.0","result":[
        {"instrument_name":"BTC-27DEC25-100000-P","open_interest":1500.5,"underlying_price":98000.0,
         "creation_timestamp":1764460800123,"mark_iv":48.5,"base_currency":"BTC"},
        {"instrument_name":"BTC-27DEC25-90000-P","open_interest":800,"underlying_price":98000.0,
         "creation_timestamp":1764460800123,"base_currency":"BTC"},
        {"instrument_name":"BTC-26DEC25-120000-C","open_interest":"250.25","underlying_price":"97950.5",
         "creation_timestamp":1764460800123,"base_currency":"BTC"}],"usIn":1,"usOut":2,"usDiff":1,"testnet":false})");
}

Reply coinGlass(const Request &r, const QByteArray &key)
{
    if (r.headers.value("cg-api-key") != key)
        return Reply::json(R"({"code":"401","msg":"Invalid API key"})", 401);
    const qint64 step = stepOf(r.query(QStringLiteral("interval")));
    Json data = Json::array();
    for (const qint64 t : bars(q64(r, "start_time"), q64(r, "end_time"), step, int(q64(r, "limit"))))
        data.push_back({{"time", t},
                        {"aggregated_long_liquidation_usd", 1000.5},
                        {"aggregated_short_liquidation_usd", 250}});
    return Reply::json(
        QByteArray::fromStdString(Json({{"code", "0"}, {"msg", "success"}, {"data", data}}).dump()));
}

} // namespace

FakeExchange::FakeExchange()
    : m_server([this](const Request &r) { return handle(r); })
{}

void FakeExchange::breakFromRequest(int number, QByteArray body, int status)
{
    breakFromRequest(number, Reply::json(std::move(body), status));
}

void FakeExchange::breakFromRequest(int number, LoopbackServer::Reply reply)
{
    m_brokenReply = std::move(reply);
    m_breakFrom = m_seen + number;
}

LoopbackServer::Reply FakeExchange::handle(const Request &request)
{
    const int seen = ++m_seen;
    if (m_breakFrom > 0 && seen >= m_breakFrom)
        return m_brokenReply;
    const QString path = request.path();
    if (path == QLatin1String("/fapi/v1/klines"))
        return binanceKlines(request);
    if (path.startsWith(QLatin1String("/futures/data/")))
        return binanceStatistics(request);
    if (path == QLatin1String("/v5/market/kline"))
        return bybitKline(request);
    if (path == QLatin1String("/v5/market/open-interest"))
        return bybitOpenInterest(request);
    if (path == QLatin1String("/api/v5/market/history-candles"))
        return okxCandles(request);
    if (path == QLatin1String("/api/v5/public/liquidation-orders"))
        return okxLiquidations(request);
    if (path == QLatin1String("/v5/market/tickers")) {
        // Documented option tickers: strings everywhere, IV as a fraction.
        return Reply::json(R"({"retCode":0,"retMsg":"SUCCESS","result":{"category":"option","list":[
            {"symbol":"BTC-27DEC25-100000-P","openInterest":"12.5","underlyingPrice":"98000","markIv":"0.52",
             "delta":"-0.41","gamma":"0.00002","vega":"120.5","theta":"-80.1"},
            {"symbol":"BTC-27DEC25-110000-C","openInterest":"4","underlyingPrice":"98000","markIv":"0.48",
             "delta":"0.3","gamma":"0.00002","vega":"110.2","theta":"-70.4"}]},"time":1764460800000})");
    }
    if (path == QLatin1String("/api/v5/public/open-interest")) {
        return Reply::json(R"({"code":"0","msg":"","data":[
            {"instType":"OPTION","instId":"BTC-USD-251227-100000-P","oi":"2500","oiCcy":"25","oiUsd":"2450000","ts":"1764460800000"}]})");
    }
    if (path == QLatin1String("/api/v5/public/instruments"))
        return okxInstrument(request);
    if (path == QLatin1String("/api/v2/public/get_tradingview_chart_data"))
        return deribitChart(request);
    if (path == QLatin1String("/api/v2/public/get_book_summary_by_currency"))
        return deribitBook();
    if (path == QLatin1String("/api/futures/liquidation/aggregated-history"))
        return coinGlass(request, m_coinGlassKey);
    return Reply::json(R"({"code":-1,"msg":"no such path in the fake exchange"})", 404);
}

} // namespace cascade::test
