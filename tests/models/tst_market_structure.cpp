#include "analysis/MarketStructure.h"
#include "AnalysisService.h"
#include "LiquidationMapModel.h"
#include "OptionsStrikeModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace cascade;

namespace {
constexpr qint64 kT0 = 1760054400000; // 2025-10-10T00:00:00Z
constexpr qint64 kHour = 3'600'000;

// Three flat hourly bars at 100,000; open interest jumps by $2M between the first two bars.
MarketData threeBars()
{
    MarketData data;
    data.exchange = QStringLiteral("simulated");
    data.symbol = QStringLiteral("BTCUSDT");
    data.baseInterval = Interval::hours(1);
    for (int h = 0; h < 3; ++h)
        data.candles.push_back({kT0 + h * kHour, 100'000, 100'100, 99'900, 100'000, 10, 5, 1e6});
    data.openInterest.push_back({kT0, 10, 1'000'000});
    data.openInterest.push_back({kT0 + kHour, 30, 3'000'000});
    OptionQuote put;
    put.snapshotTime = kT0 + kHour;
    put.instrument = QStringLiteral("BTC-31OCT25-95000-P");
    put.expiry = 1761897600000;
    put.strike = 95'000;
    put.type = OptionType::Put;
    put.openInterest = 500;
    put.underlyingPrice = 100'000;
    put.openInterestUsd = 5e7;
    OptionQuote call = put;
    call.instrument = QStringLiteral("BTC-31OCT25-105000-C");
    call.strike = 105'000;
    call.type = OptionType::Call;
    call.openInterest = 200;
    call.openInterestUsd = 2e7;
    data.optionChain = {put, call};
    return data;
}

AnalysisParams oneTier()
{
    AnalysisParams params;
    params.levels.split = SplitSource::Even;
    params.levels.entry = EntryPrice::Close;
    params.levels.tiers = {LeverageTier{10.0, 1.0, 0.005, 0.0}};
    params.heatmap.bucketMode = BucketMode::Fixed;
    params.heatmap.bucketWidth = 500;
    return params;
}

double totalAt(const LiquidationMap &map, const std::vector<double> &values, double price)
{
    const int row = map.grid.index(price);
    return row < 0 ? -1 : values[std::size_t(row)];
}
} // namespace

class TestMarketStructure : public QObject
{
    Q_OBJECT

private slots:
    void levelsAndOptionsAtTheEnd()
    {
        const MarketData data = threeBars();
        const auto s = MarketStructure::compute(data, oneTier(), kT0 + 3 * kHour);
        QCOMPARE(s.barsUsed, 3);
        QCOMPARE(s.price, 100'000.0);
        // $2M of new exposure, half long at 100,000 x (1 - 1/10 + 0.005) = 90,500, half short at 109,500.
        QCOMPARE(totalAt(s.map, s.map.longTotal, 90'500), 1'000'000.0);
        QCOMPARE(totalAt(s.map, s.map.shortTotal, 109'500), 1'000'000.0);
        // Grid: 500-wide buckets covering 100,000 +-15%.
        QCOMPARE(s.map.grid.width, 500.0);
        QCOMPARE(s.map.grid.origin, 85'000.0);
        QCOMPARE(s.map.grid.top(), 115'000.0); // 100,000 x 1.15 is 114,999.99... in binary
        QCOMPARE(s.options.snapshotTime, kT0 + kHour);
        QCOMPARE(s.options.putWall, 95'000.0);
        QCOMPARE(s.options.callWall, 105'000.0);
        QCOMPARE(s.options.putCallRatio, 2.5);
    }

    void nothingAfterTheMomentCounts()
    {
        const MarketData data = threeBars();
        // At the open of bar 1 only bar 0 has closed: no OI change seen yet, no snapshot yet... the
        // snapshot at kT0 + 1h is "at or before", so it is in; the levels are not.
        const auto s = MarketStructure::compute(data, oneTier(), kT0 + kHour);
        QCOMPARE(s.barsUsed, 1);
        QCOMPARE(totalAt(s.map, s.map.longTotal, 90'500), 0.0);
        QCOMPARE(s.options.snapshotTime, kT0 + kHour);
        const auto before = MarketStructure::compute(data, oneTier(), kT0 + kHour - 1);
        QCOMPARE(before.barsUsed, 0);
        QVERIFY(before.options.isEmpty());
        QVERIFY(!before.map.grid.isValid());
    }

    void modelsAdaptTheStructure()
    {
        const MarketData data = threeBars();
        const auto s = MarketStructure::compute(data, oneTier(), kT0 + 3 * kHour);
        LiquidationMapModel mapModel;
        QAbstractItemModelTester mapTester(&mapModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
        mapModel.setMap(s.map);
        QCOMPARE(mapModel.rowCount(), 60); // 85,000 .. 115,000 in 500s
        const int row = s.map.grid.index(90'500);
        QCOMPARE(
            mapModel
                .data(mapModel.index(row, LiquidationMapModel::PriceFrom), LiquidationMapModel::RawValueRole)
                .toDouble(),
            90'500.0);
        QCOMPARE(
            mapModel
                .data(mapModel.index(row, LiquidationMapModel::LongUsd), LiquidationMapModel::RawValueRole)
                .toDouble(),
            1'000'000.0);

        OptionsStrikeModel options;
        QAbstractItemModelTester optionsTester(&options,
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        options.setReport(s.options);
        QCOMPARE(options.rowCount(), 2);
        QCOMPARE(options.data(options.index(0, OptionsStrikeModel::Strike), OptionsStrikeModel::RawValueRole)
                     .toDouble(),
                 95'000.0);
        QCOMPARE(options.data(options.index(0, OptionsStrikeModel::PutOi), OptionsStrikeModel::RawValueRole)
                     .toDouble(),
                 500.0);
        options.setExpiry(1761897600000);
        QCOMPARE(options.rowCount(), 2);
        options.setExpiry(1);
        QCOMPARE(options.rowCount(), 0);
    }

    void serviceDeliversOnlyTheLatest()
    {
        AnalysisService service;
        QSignalSpy ready(&service, &AnalysisService::structureReady);
        auto data = std::make_shared<const MarketData>(threeBars());
        service.computeStructure(data, oneTier(), kT0 + kHour);
        const quint64 last = service.computeStructure(data, oneTier(), kT0 + 3 * kHour);
        QTRY_COMPARE(ready.count(), 1);
        QTest::qWait(20);
        QCOMPARE(ready.count(), 1);
        QCOMPARE(ready.at(0).at(0).toULongLong(), last);
        QCOMPARE(ready.at(0).at(1).value<MarketStructure>().barsUsed, 3);
    }
};

QTEST_GUILESS_MAIN(TestMarketStructure)
#include "tst_market_structure.moc"
