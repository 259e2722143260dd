// Hand-written bodies: what exchanges send when things go wrong, and documented shapes the real
// captures do not cover. Every failure must name exchange, endpoint and reason.
#include "sources/BinanceParser.h"
#include "sources/BybitParser.h"
#include "sources/CoinGlassParser.h"
#include "sources/DeribitParser.h"
#include "sources/OkxParser.h"

#include <QTest>

using namespace cascade;

namespace {

constexpr qint64 kLater = 4'000'000'000'000; // a "now" after every bar below

#define EXPECT_ERROR(result, ...)                                                                            \
    do {                                                                                                     \
        const auto &r_ = (result);                                                                           \
        QVERIFY2(!r_.ok(), "parser accepted a bad body");                                                    \
        for (const char *part : {__VA_ARGS__})                                                               \
            QVERIFY2(r_.error().contains(QLatin1String(part)),                                               \
                     qPrintable(QStringLiteral("'%1' lacks '%2'").arg(r_.error(), QLatin1String(part))));    \
    } while (false)

} // namespace

class TestBadResponses : public QObject
{
    Q_OBJECT

private slots:
    void exchangeErrorObjects()
    {
        EXPECT_ERROR(BinanceParser::klines(R"({"code":-1121,"msg":"Invalid symbol."})", kLater),
                     "binance /fapi/v1/klines", "error -1121", "Invalid symbol.");
        EXPECT_ERROR(BybitParser::klines(R"({"retCode":10001,"retMsg":"params error","result":{}})",
                                         Interval::hours(1), kLater),
                     "bybit /v5/market/kline", "retCode 10001", "params error");
        EXPECT_ERROR(OkxParser::candles(R"({"code":"51001","msg":"Instrument ID does not exist","data":[]})"),
                     "okx /api/v5/market/history-candles", "code 51001", "Instrument ID does not exist");
        EXPECT_ERROR(
            DeribitParser::optionBookSummary(
                R"({"jsonrpc":"2.0","error":{"message":"Invalid params","data":{"reason":"x"},"code":-32602}})"),
            "deribit public/get_book_summary_by_currency", "error -32602", "Invalid params");
        EXPECT_ERROR(CoinGlassParser::liquidationHistory(R"({"code":"401","msg":"API key missing"})"),
                     "coinglass", "code 401", "API key missing");
    }

    void brokenBodies()
    {
        const std::string good =
            R"([[1786816800000,"63043.40","63083.00","63011.60","63026.30","1116.068",1786820399999,"70342488.01700",16911,"460.737","29038581.72240","0"]])";
        EXPECT_ERROR(BinanceParser::klines(good.substr(0, 60), kLater), "binance /fapi/v1/klines",
                     "truncated");
        EXPECT_ERROR(BinanceParser::klines("<html><body>502 Bad Gateway</body></html>", kLater), "HTML",
                     "502 Bad Gateway");
        EXPECT_ERROR(BinanceParser::klines("[[1786816800000,\"1\",x]]", kLater), "malformed JSON at byte");
        EXPECT_ERROR(BinanceParser::klines("  \n", kLater), "empty response body");
        EXPECT_ERROR(BinanceParser::klines(R"({"unexpected":true})", kLater),
                     "expected 'response' to be an array");
        EXPECT_ERROR(BinanceParser::klines(R"([[1786816800000,"1","2"]])", kLater), "row 0", "3 columns");
        EXPECT_ERROR(BinanceParser::openInterestHistory(
                         R"([{"timestamp":1,"sumOpenInterest":"abc","sumOpenInterestValue":"1"}])"),
                     "row 0", "'sumOpenInterest' is not a number", "\"abc\"");
        EXPECT_ERROR(BinanceParser::openInterestHistory(R"([{"timestamp":1,"sumOpenInterestValue":"1"}])"),
                     "missing field 'sumOpenInterest'");
        QVERIFY(BinanceParser::klines(good, kLater).ok());
    }

    void rowsOutOfOrderOrDuplicated()
    {
        EXPECT_ERROR(BinanceParser::takerRatio(
                         R"([{"buySellRatio":"1","buyVol":"1","sellVol":"1","timestamp":2000},
                             {"buySellRatio":"1","buyVol":"1","sellVol":"1","timestamp":1000}])"),
                     "binance /futures/data/takerlongshortRatio", "out of order");
        EXPECT_ERROR(BinanceParser::takerRatio(
                         R"([{"buySellRatio":"1","buyVol":"1","sellVol":"1","timestamp":1000},
                             {"buySellRatio":"1","buyVol":"1","sellVol":"1","timestamp":1000}])"),
                     "duplicate row for time 1000");
        // Bybit is newest first: ascending rows in its body are out of order.
        EXPECT_ERROR(BybitParser::openInterest(
                         R"({"retCode":0,"result":{"list":[{"openInterest":"1","timestamp":"1000"},
                             {"openInterest":"1","timestamp":"2000"}]}})"),
                     "out of order");
    }

    void numbersAndStringsAreInterchangeable()
    {
        // Numbers where docs say strings, and strings where docs say numbers.
        const auto page = BinanceParser::klines(
            R"([["1786816800000",63043.4,63083,63011.6,63026.3,1116.068,"1786820399999",70342488.017,16911,460.737,"0","0"]])",
            kLater);
        QVERIFY2(page.ok(), qPrintable(page.error()));
        QCOMPARE(page->candles[0].openTime, qint64(1786816800000));
        QCOMPARE(page->candles[0].high, 63083.0);
        const auto oi = BybitParser::openInterest(
            R"({"retCode":0,"result":{"list":[{"openInterest":64992.054,"timestamp":1786820400000}],"nextPageCursor":null}})");
        QVERIFY2(oi.ok(), qPrintable(oi.error()));
        QCOMPARE(oi->rows[0].openInterest, 64992.054);
    }

    void deribitOptionNames()
    {
        const auto put = DeribitParser::instrumentName(u"BTC-27DEC25-100000-P");
        QVERIFY2(put.ok(), qPrintable(put.error()));
        QCOMPARE(put->underlying, QStringLiteral("BTC"));
        QCOMPARE(put->expiry, qint64(1766822400000)); // 2025-12-27 08:00 UTC
        QCOMPARE(put->strike, 100000.0);
        QCOMPARE(put->type, OptionType::Put);
        const auto decimal = DeribitParser::instrumentName(u"XRP_USDC-30MAY25-2d2-C");
        QVERIFY2(decimal.ok(), qPrintable(decimal.error()));
        QCOMPARE(decimal->underlying, QStringLiteral("XRP_USDC"));
        QCOMPARE(decimal->expiry, qint64(1748592000000)); // 2025-05-30 08:00 UTC
        QCOMPARE(decimal->strike, 2.2);
        QCOMPARE(decimal->type, OptionType::Call);
        const auto oneDigitDay = DeribitParser::instrumentName(u"ETH-3JAN26-3000-C");
        QVERIFY(oneDigitDay.ok());
        QCOMPARE(oneDigitDay->expiry, qint64(1767427200000)); // 2026-01-03 08:00 UTC
        for (const char *text : {"BTC-PERPETUAL", "BTC-32DEC25-100000-P", "BTC-27XYZ25-100000-P",
                                 "BTC-27DEC25-100000-X", "BTC-27DEC25"}) {
            const QString bad = QString::fromLatin1(text);
            const auto r = DeribitParser::instrumentName(bad);
            QVERIFY2(!r.ok(), text);
            QVERIFY(r.error().contains(bad));
        }
    }

    void deribitChartData()
    {
        // Documented get_tradingview_chart_data shape; the last bar is still forming at `now`.
        const char *body =
            R"({"jsonrpc":"2.0","result":{"volume":[1.5,2.25,0.5],"ticks":[1000000,1060000,1120000],
            "status":"ok","open":[100,101,102],"low":[99,100,101],"high":[102,103,104],
            "cost":[150,227.25,51],"close":[101,102,103]}})";
        const auto page = DeribitParser::chartData(body, Interval::minutes(1), 1150000);
        QVERIFY2(page.ok(), qPrintable(page.error()));
        QCOMPARE(page->candles.size(), std::size_t(2));
        QCOMPARE(page->candles[1], (Candle{1060000, 101, 103, 100, 102, 2.25, 0.0, 227.25}));
        QVERIFY(page->unclosed);
        QCOMPARE(page->unclosed->openTime, qint64(1120000));
        const auto none = DeribitParser::chartData(R"({"result":{"status":"no_data","ticks":[]}})",
                                                   Interval::minutes(1), kLater);
        QVERIFY(none.ok());
        QVERIFY(none->candles.empty());
        EXPECT_ERROR(DeribitParser::chartData(R"({"result":{"status":"ok","ticks":[1],"open":[1],"high":[1],
            "low":[1],"close":[],"volume":[1],"cost":[1]}})",
                                              Interval::minutes(1), kLater),
                     "'close' and 'ticks' differ in length");
    }

    void okxInverseContractsConvertThroughPrice()
    {
        // 10 contracts of 100 USD at 50,000 USD/BTC: 1,000 USD, 0.02 BTC.
        const char *body = R"({"code":"0","msg":"","data":[{"instId":"BTC-USD-SWAP","details":[
            {"bkPx":"50000","side":"buy","posSide":"short","sz":"10","ts":"1700000000000"}]}]})";
        const auto events =
            OkxParser::liquidationOrders(body, OkxContracts(), "/api/v5/public/liquidation-orders");
        QVERIFY2(events.ok(), qPrintable(events.error()));
        QCOMPARE(events->size(), std::size_t(1));
        QCOMPARE(events->at(0).event.side, LiquidationSide::ShortLiquidated);
        QCOMPARE(events->at(0).event.notionalUsd, 1000.0);
        QCOMPARE(events->at(0).event.quantity, 0.02);
    }

    void okxInstrumentsTeachContractValues()
    {
        OkxContracts contracts;
        const auto status = OkxParser::instruments(
            R"({"code":"0","msg":"","data":[{"instId":"CELO-USDT-SWAP","ctVal":"10","ctType":"linear"},
                {"instId":"BTC-USD-SWAP","ctVal":"100","ctType":"inverse"},{"instId":"BTC-USDT","ctVal":""}]})",
            contracts);
        QVERIFY2(status.ok(), qPrintable(status.error()));
        QCOMPARE(contracts.find(QStringLiteral("CELO-USDT-SWAP"))->value, 10.0);
        QVERIFY(contracts.find(QStringLiteral("BTC-USD-SWAP"))->inverse);
        QVERIFY(!contracts.find(QStringLiteral("BTC-USDT")));
    }

    void bybitOptionTickers()
    {
        // Documented /v5/market/tickers?category=option shape (IV and greeks as strings, IV a fraction).
        const char *body = R"({"retCode":0,"retMsg":"SUCCESS","result":{"category":"option","list":[
            {"symbol":"BTC-27DEC25-100000-P","openInterest":"12.5","underlyingPrice":"98000",
             "markIv":"0.52","delta":"-0.41","gamma":"0.00002","vega":"120.5","theta":"-80.1"}]},
            "time":1764460800000})";
        const auto quotes = BybitParser::optionTickers(body);
        QVERIFY2(quotes.ok(), qPrintable(quotes.error()));
        const auto &q = quotes->at(0);
        QCOMPARE(q.snapshotTime, qint64(1764460800000));
        QCOMPARE(q.expiry, qint64(1766822400000));
        QCOMPARE(q.type, OptionType::Put);
        QCOMPARE(q.openInterestUsd, 1225000.0); // 12.5 BTC * 98,000
        QCOMPARE(q.markIv, 52.0);
        QCOMPARE(q.delta, -0.41);
    }

    void okxOptionOpenInterest()
    {
        // Documented /api/v5/public/open-interest?instType=OPTION shape (values as strings).
        const char *body = R"({"code":"0","msg":"","data":[
            {"instType":"OPTION","instId":"BTC-USD-251227-100000-P","oi":"2500","oiCcy":"25","oiUsd":"2450000","ts":"1764460800000"},
            {"instType":"OPTION","instId":"BTC-USD-251227-120000-C","oi":"100","oiCcy":"1","oiUsd":"98000","ts":"1764460800001"}]})";
        const auto quotes = OkxParser::optionOpenInterest(body);
        QVERIFY2(quotes.ok(), qPrintable(quotes.error()));
        QCOMPARE(quotes->size(), std::size_t(2));
        const auto &put = quotes->at(0);
        QCOMPARE(put.expiry, qint64(1766822400000)); // 2025-12-27 08:00 UTC
        QCOMPARE(put.strike, 100000.0);
        QCOMPARE(put.type, OptionType::Put);
        QCOMPARE(put.openInterest, 25.0);
        QCOMPARE(put.openInterestUsd, 2450000.0);
        QCOMPARE(put.underlyingPrice, 98000.0);                      // implied: 2,450,000 / 25
        QCOMPARE(quotes->at(1).snapshotTime, qint64(1764460800000)); // one snapshot time for the chain
        EXPECT_ERROR(OkxParser::optionOpenInterest(
                         R"({"code":"0","data":[{"instId":"BTC-USD-SWAP","oiCcy":"1","ts":"1"}]})"),
                     "okx", "'BTC-USD-SWAP' is not an option name");
    }

    void coinGlassHistory()
    {
        // Documented v4 aggregated-history shape: one long and one short total per bar.
        const char *body = R"({"code":"0","msg":"success","data":[
            {"time":1760054400000,"aggregated_long_liquidation_usd":1250000.5,"aggregated_short_liquidation_usd":0},
            {"time":1760058000000,"aggregated_long_liquidation_usd":"300","aggregated_short_liquidation_usd":"700"}]})";
        const auto events = CoinGlassParser::liquidationHistory(body);
        QVERIFY2(events.ok(), qPrintable(events.error()));
        QCOMPARE(events->size(), std::size_t(3));
        QCOMPARE(events->at(0),
                 (Liquidation{1760054400000, LiquidationSide::LongLiquidated, 0, 0, 1250000.5}));
        QCOMPARE(events->at(2), (Liquidation{1760058000000, LiquidationSide::ShortLiquidated, 0, 0, 700}));
    }
};

QTEST_GUILESS_MAIN(TestBadResponses)
#include "tst_bad_responses.moc"
