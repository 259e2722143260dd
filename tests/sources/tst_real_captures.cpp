// Every JSON capture in ../shared/fixtures/real goes through its parser, with exact values read
// off the capture. The parquet files there are CoinGlass DataFrames converted by a third party,
// not API responses: parsing them is not a goal (CoinGlassParser is tested on documented JSON);
// the CSV files belong to the archive importer.
#include "sources/BinanceParser.h"
#include "sources/BybitParser.h"
#include "sources/DeribitParser.h"
#include "sources/OkxParser.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <functional>
#include <map>

using namespace cascade;

namespace {

std::string_view view(const QByteArray &bytes)
{
    return {bytes.constData(), static_cast<std::size_t>(bytes.size())};
}

template<typename T> const T &require(const Result<T> &result)
{
    if (!result.ok())
        qFatal("parser failed: %s", qPrintable(result.error()));
    return result.value();
}

void checkLiquidation(const SymbolLiquidation &l, const char *symbol, qint64 time, LiquidationSide side,
                      double price, double quantity, double notional)
{
    QCOMPARE(l.symbol, QString::fromLatin1(symbol));
    QCOMPARE(l.event.time, time);
    QCOMPARE(l.event.side, side);
    QCOMPARE(l.event.price, price);
    QCOMPARE(l.event.quantity, quantity);
    QCOMPARE(l.event.notionalUsd, notional);
}

constexpr auto Long = LiquidationSide::LongLiquidated;
constexpr auto Short = LiquidationSide::ShortLiquidated;

} // namespace

class TestRealCaptures : public QObject
{
    Q_OBJECT

    using Check = std::function<void(const QByteArray &)>;
    std::map<QString, Check> m_checks;

public:
    TestRealCaptures();

private slots:
    void capture_data()
    {
        QTest::addColumn<QString>("file");
        const QDir dir(QStringLiteral(CASCADE_REAL_FIXTURES));
        const auto files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QVERIFY2(files.size() >= 25, qPrintable(QStringLiteral("captures not found in %1").arg(dir.path())));
        for (const auto &file : files)
            QTest::newRow(qPrintable(file)) << file;
    }

    void capture()
    {
        QFETCH(QString, file);
        const auto check = m_checks.find(file);
        QVERIFY2(check != m_checks.end(),
                 qPrintable(QStringLiteral("no parser test for capture %1").arg(file)));
        QFile in(QStringLiteral(CASCADE_REAL_FIXTURES "/") + file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        check->second(in.readAll());
    }
};

TestRealCaptures::TestRealCaptures()
{
    m_checks["binance_fapi_klines.json"] = [](const QByteArray &body) {
        // Captured inside the second hour: that bar is still forming.
        const auto page = require(BinanceParser::klines(view(body), 1786820637599));
        QCOMPARE(page.candles.size(), std::size_t(1));
        const Candle &c = page.candles[0];
        QCOMPARE(c.openTime, qint64(1786816800000));
        QCOMPARE(c.open, 63043.40);
        QCOMPARE(c.high, 63083.00);
        QCOMPARE(c.low, 63011.60);
        QCOMPARE(c.close, 63026.30);
        QCOMPARE(c.volume, 1116.068);
        QCOMPARE(c.quoteVolume, 70342488.017);
        QCOMPARE(c.takerBuyVolume, 460.737);
        QVERIFY(page.unclosed.has_value());
        QCOMPARE(page.unclosed->openTime, qint64(1786820400000));
        QCOMPARE(page.unclosed->close, 63029.70);
        QCOMPARE(page.unclosed->volume, 70.640);
        // An hour later both bars are final.
        const auto later = require(BinanceParser::klines(view(body), 1786824000000));
        QCOMPARE(later.candles.size(), std::size_t(2));
        QVERIFY(!later.unclosed);
        QCOMPARE(later.candles[1].takerBuyVolume, 48.581);
    };
    m_checks["binance_futures_data_openInterestHist.json"] = [](const QByteArray &body) {
        const auto points = require(BinanceParser::openInterestHistory(view(body)));
        QCOMPARE(points.size(), std::size_t(2));
        QCOMPARE(points[0], (OpenInterestPoint{1785672000000, 109026.205, 6869451556.047107}));
        QCOMPARE(points[1].time, qint64(1785675600000));
        QCOMPARE(points[1].openInterest, 108833.193);
        QCOMPARE(points[1].openInterestUsd, 6867080628.6789);
    };
    m_checks["binance_futures_data_globalLongShortAccountRatio.json"] = [](const QByteArray &body) {
        const auto points =
            require(BinanceParser::longShortRatio(view(body), "/futures/data/globalLongShortAccountRatio"));
        QCOMPARE(points.size(), std::size_t(2));
        QCOMPARE(points[0], (RatioPoint{1785672000000, 1.9078, 0.6561, 0.3439}));
        QCOMPARE(points[1], (RatioPoint{1785675600000, 1.9197, 0.6575, 0.3425}));
    };
    m_checks["binance_futures_data_takerlongshortRatio.json"] = [](const QByteArray &body) {
        const auto points = require(BinanceParser::takerRatio(view(body)));
        QCOMPARE(points.size(), std::size_t(2));
        QCOMPARE(points[0], (RatioPoint{1785668400000, 0.7586, 1507.04, 1986.606}));
        QCOMPARE(points[1], (RatioPoint{1785672000000, 1.0267, 1336.925, 1302.126}));
    };
    m_checks["binance_futures_data_topLongShortPositionRatio.json"] = [](const QByteArray &body) {
        const auto points =
            require(BinanceParser::longShortRatio(view(body), "/futures/data/topLongShortPositionRatio"));
        QCOMPARE(points.size(), std::size_t(1));
        QCOMPARE(points[0], (RatioPoint{1787372700000, 1.9823, 0.6647, 0.3353}));
    };
    m_checks["binance_ws_forceOrder_arr_combined.json"] = [](const QByteArray &body) {
        const auto events = require(BinanceParser::forceOrderFrame(view(body)));
        QCOMPARE(events.size(), std::size_t(1));
        // SELL: a long was liquidated. Average fill price times filled quantity.
        checkLiquidation(events[0], "BTCUSDT", 1791565602120, Long, 82651.90, 0.190, 15703.861);
    };
    m_checks["binance_ws_forceOrder_raw.json"] = [](const QByteArray &body) {
        const auto events = require(BinanceParser::forceOrderFrame(view(body)));
        QCOMPARE(events.size(), std::size_t(1));
        checkLiquidation(events[0], "MANTAUSDT", 1791091026103, Long, 0.0722187, 2049.1, 147.98333817);
    };
    m_checks["binance_ws_forceOrder_symbol_combined.json"] = [](const QByteArray &body) {
        const auto events = require(BinanceParser::forceOrderFrame(view(body)));
        QCOMPARE(events.size(), std::size_t(1));
        checkLiquidation(events[0], "XRPUSDT", 1791091174219, Short, 1.4912, 127.2, 189.68064);
    };
    m_checks["bybit_v5_market_account_ratio_cursor_elided.json"] = [](const QByteArray &body) {
        const auto page = require(BybitParser::accountRatio(view(body)));
        QCOMPARE(page.rows.size(), std::size_t(1));
        QCOMPARE(page.rows[0], (RatioPoint{1787372700000, 0.5395 / 0.4605, 0.5395, 0.4605}));
        QCOMPARE(page.rows[0].ratio, 1.1715526601520085);
        QCOMPARE(page.nextCursor, QStringLiteral("..."));
    };
    m_checks["bybit_v5_market_kline.json"] = [](const QByteArray &body) {
        const auto page = require(BybitParser::klines(view(body), Interval::hours(1), 1786820637599));
        QCOMPARE(page.candles.size(), std::size_t(1));
        const Candle &c = page.candles[0]; // newest first in the body: this is the second row
        QCOMPARE(c.openTime, qint64(1786816800000));
        QCOMPARE(c.open, 63044.4);
        QCOMPARE(c.high, 63089.6);
        QCOMPARE(c.low, 63000.1);
        QCOMPARE(c.close, 63027.8);
        QCOMPARE(c.volume, 385.721);
        QCOMPARE(c.quoteVolume, 24314058.6517);
        QVERIFY(page.unclosed);
        QCOMPARE(page.unclosed->openTime, qint64(1786820400000));
        QCOMPARE(page.unclosed->close, 63032.3);
        QCOMPARE(page.unclosed->quoteVolume, 289363.9178);
    };
    m_checks["bybit_v5_market_open_interest.json"] = [](const QByteArray &body) {
        const auto page = require(BybitParser::openInterest(view(body)));
        QCOMPARE(page.rows.size(), std::size_t(2));
        QCOMPARE(page.rows[0], (OpenInterestPoint{1786816800000, 65041.568, 0.0}));
        QCOMPARE(page.rows[1], (OpenInterestPoint{1786820400000, 64992.054, 0.0}));
        QVERIFY(page.nextCursor.isEmpty());
    };
    m_checks["bybit_ws_allLiquidation.json"] = [](const QByteArray &body) {
        const auto events = require(BybitParser::allLiquidationFrame(view(body)));
        QCOMPARE(events.size(), std::size_t(2));
        // "Buy" updates are long positions being liquidated.
        checkLiquidation(events[0], "BTCUSDT", 1791565600992, Long, 82396.90, 0.006, 494.3814);
        checkLiquidation(events[1], "BTCUSDT", 1791565601058, Long, 82394.30, 0.038, 3130.9834);
    };
    m_checks["bybit_ws_allLiquidation_strk.json"] = [](const QByteArray &body) {
        const auto events = require(BybitParser::allLiquidationFrame(view(body)));
        QCOMPARE(events.size(), std::size_t(1));
        checkLiquidation(events[0], "STRKUSDT", 1791091285156, Long, 0.05165, 2084.9, 107.685085);
    };
    m_checks["deribit_get_book_summary_by_currency.json"] = [](const QByteArray &body) {
        const auto quotes = require(DeribitParser::optionBookSummary(view(body)));
        QCOMPARE(quotes.size(), std::size_t(2));
        QCOMPARE(quotes[0].instrument, QStringLiteral("BTC-24JUN22-30000-C"));
        QCOMPARE(quotes[0].snapshotTime, qint64(1654338604906));
        QCOMPARE(quotes[0].expiry, qint64(1656057600000)); // 2022-06-24 08:00 UTC
        QCOMPARE(quotes[0].strike, 30000.0);
        QCOMPARE(quotes[0].type, OptionType::Call);
        QCOMPARE(quotes[0].openInterest, 1124.7);
        QCOMPARE(quotes[0].underlyingPrice, 29755.49);
        QCOMPARE(quotes[0].openInterestUsd, 33465999.603); // 1124.7 BTC * 29755.49
        QVERIFY(qIsNaN(quotes[0].markIv));                 // this 2022 response has no mark_iv
        QCOMPARE(quotes[1].instrument, QStringLiteral("BTC-30DEC22-90000-P"));
        QCOMPARE(quotes[1].expiry, qint64(1672387200000));
        QCOMPARE(quotes[1].type, OptionType::Put);
        QCOMPARE(quotes[1].strike, 90000.0);
        QCOMPARE(quotes[1].openInterestUsd, 244917.432); // 8.1 * 30236.72
    };
    m_checks["deribit_get_book_summary_by_instrument_option.json"] = [](const QByteArray &body) {
        const auto quotes = require(DeribitParser::optionBookSummary(view(body)));
        QCOMPARE(quotes.size(), std::size_t(1));
        QCOMPARE(quotes[0].instrument, QStringLiteral("ETH-24JUN22-1600-P"));
        QCOMPARE(quotes[0].strike, 1600.0);
        QCOMPARE(quotes[0].type, OptionType::Put);
        QCOMPARE(quotes[0].openInterest, 15135.0);
        QCOMPARE(quotes[0].openInterestUsd, 26795760.75); // 15135 ETH * 1770.45
    };
    m_checks["deribit_get_book_summary_by_instrument_perpetual.json"] = [](const QByteArray &body) {
        const auto point = require(DeribitParser::futureOpenInterest(view(body)));
        QCOMPARE(point.time, qint64(1654340303741));
        QCOMPARE(point.openInterestUsd, 560105870.0);
        QCOMPARE(point.openInterest, 18858.44697047494); // USD / mark 29700.53
        // The options parser skips it rather than mistaking it for an option.
        QCOMPARE(require(DeribitParser::optionBookSummary(view(body))).size(), std::size_t(0));
    };
    m_checks["deribit_get_instruments_btc.json"] = [](const QByteArray &body) {
        const auto instruments = require(DeribitParser::instruments(view(body)));
        QCOMPARE(instruments.size(), std::size_t(398));
        const auto options = std::count_if(instruments.begin(), instruments.end(),
                                           [](const DeribitInstrument &i) { return i.isOption(); });
        QCOMPARE(options, 390);
        const auto &first = instruments.front();
        QCOMPARE(first.name, QStringLiteral("BTC-24SEP21-40000-P"));
        QCOMPARE(first.expiry, qint64(1632470400000));
        QCOMPARE(first.strike, 40000.0);
        QCOMPARE(first.type, OptionType::Put);
        QCOMPARE(first.contractSize, 1.0);
        // The name alone must tell what get_instruments says, for every option in the capture.
        for (const auto &instrument : instruments) {
            if (!instrument.isOption())
                continue;
            const auto byName = DeribitParser::instrumentName(instrument.name);
            QVERIFY2(byName.ok(), qPrintable(byName.error()));
            QCOMPARE(byName->expiry, instrument.expiry);
            QCOMPARE(byName->strike, instrument.strike);
            QCOMPARE(byName->type, instrument.type);
            QCOMPARE(byName->underlying, instrument.underlying);
        }
    };
    m_checks["deribit_ws_ticker_option_2020_tardis.json"] = [](const QByteArray &body) {
        const auto q = require(DeribitParser::optionTicker(view(body)));
        QCOMPARE(q.instrument, QStringLiteral("BTC-5JUN20-9250-C"));
        QCOMPARE(q.snapshotTime, qint64(1590969652595));
        QCOMPARE(q.expiry, qint64(1591344000000)); // 2020-06-05 08:00 UTC
        QCOMPARE(q.strike, 9250.0);
        QCOMPARE(q.type, OptionType::Call);
        QCOMPARE(q.openInterest, 533.2);
        QCOMPARE(q.openInterestUsd, 5033797.236); // 533.2 * 9440.73
        QCOMPARE(q.markIv, 63.21);
        QCOMPARE(q.delta, 0.62959);
        QCOMPARE(q.gamma, 0.00058);
        QCOMPARE(q.vega, 3.88497);
        QCOMPARE(q.theta, -28.34113);
    };
    m_checks["okx_market_history_candles.json"] = [](const QByteArray &body) {
        const auto page = require(OkxParser::candles(view(body)));
        QCOMPARE(page.candles.size(), std::size_t(1));
        const Candle &c = page.candles[0];
        QCOMPARE(c.openTime, qint64(1786816800000));
        QCOMPARE(c.open, 63045.5);
        QCOMPARE(c.high, 63081.5);
        QCOMPARE(c.low, 63013.7);
        QCOMPARE(c.close, 63028.0);
        QCOMPARE(c.volume, 321.0118); // volCcy: 32101.18 contracts of 0.01 BTC
        QCOMPARE(c.quoteVolume, 20234523.14448);
        QVERIFY(page.unclosed); // confirm "0"
        QCOMPARE(page.unclosed->openTime, qint64(1786820400000));
        QCOMPARE(page.unclosed->volume, 8.618);
    };
    m_checks["okx_public_liquidation_orders_trimmed.json"] = [](const QByteArray &body) {
        const auto events = require(
            OkxParser::liquidationOrders(view(body), OkxContracts(), "/api/v5/public/liquidation-orders"));
        QCOMPARE(events.size(), std::size_t(2));
        // No posSide in this capture: a forced sell closes a long. sz is in 0.01 BTC contracts.
        checkLiquidation(events[0], "BTC-USDT-SWAP", 1786809726226, Long, 63060.0, 0.0015, 94.59);
        checkLiquidation(events[1], "BTC-USDT-SWAP", 1786810247378, Short, 63064.9, 0.0241, 1519.86409);
    };
    m_checks["okx_public_open_interest_swap.json"] = [](const QByteArray &body) {
        const auto rows = require(OkxParser::openInterest(view(body), OkxContracts()));
        QCOMPARE(rows.size(), std::size_t(2));
        QCOMPARE(rows[0].first, QStringLiteral("BTC-USD-SWAP"));
        QCOMPARE(rows[0].second, (OpenInterestPoint{1654348739678, 13842.2084993270069734, 0.0}));
        QCOMPARE(rows[1].first, QStringLiteral("ETH-USD-SWAP"));
        QCOMPARE(rows[1].second.openInterest, 123701.0640410861731408);
    };
    m_checks["okx_public_open_interest_swap_trimmed.json"] = [](const QByteArray &body) {
        const auto rows = require(OkxParser::openInterest(view(body), OkxContracts()));
        QCOMPARE(rows.size(), std::size_t(1));
        // No oiCcy: 3384273.06 contracts * 0.01 BTC.
        QCOMPARE(rows[0].second, (OpenInterestPoint{1786820650933, 33842.7306000001729, 0.0}));
    };
    m_checks["okx_rubik_long_short_account_ratio_contract.json"] = [](const QByteArray &body) {
        const auto points = require(OkxParser::longShortRatio(
            view(body), "/api/v5/rubik/stat/contracts/long-short-account-ratio-contract"));
        QCOMPARE(points.size(), std::size_t(1));
        QCOMPARE(points[0].time, qint64(1787372700000));
        QCOMPARE(points[0].ratio, 1.2740831113213654);
        QCOMPARE(points[0].longValue, 0.5602623338515776); // r / (1 + r)
        QCOMPARE(points[0].shortValue, 0.43973766614842225);
    };
    m_checks["okx_ws_liquidation_orders.json"] = [](const QByteArray &body) {
        const auto events =
            require(OkxParser::liquidationOrders(view(body), OkxContracts(), "liquidation-orders"));
        QCOMPARE(events.size(), std::size_t(1));
        checkLiquidation(events[0], "BTC-USDT-SWAP", 1791565600771, Long, 82655.7, 0.0855, 7067.06235);
    };
    m_checks["okx_ws_liquidation_orders_celo.json"] = [](const QByteArray &body) {
        // CELO's contract value is not built in: without it the parser refuses, naming it.
        const auto unknown = OkxParser::liquidationOrders(view(body), OkxContracts(), "liquidation-orders");
        QVERIFY(!unknown.ok());
        QVERIFY2(unknown.error().contains(QStringLiteral("CELO-USDT-SWAP")), qPrintable(unknown.error()));
        OkxContracts contracts;
        contracts.add(QStringLiteral("CELO-USDT-SWAP"), {10.0, false}); // as /public/instruments would say
        const auto events =
            require(OkxParser::liquidationOrders(view(body), contracts, "liquidation-orders"));
        QCOMPARE(events.size(), std::size_t(1));
        checkLiquidation(events[0], "CELO-USDT-SWAP", 1791565462608, Short, 0.09583, 199790.0, 19145.8757);
    };
}

QTEST_GUILESS_MAIN(TestRealCaptures)
#include "tst_real_captures.moc"
