#include "CandleTableModel.h"
#include "LiquidationBarModel.h"
#include "SessionModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace cascade;

namespace {
constexpr qint64 kT0 = 1760054400000; // 2025-10-10T00:00:00Z
constexpr qint64 kMin = 60'000;

MarketData tenMinutes()
{
    MarketData data;
    data.exchange = QStringLiteral("simulated");
    data.symbol = QStringLiteral("BTCUSDT");
    data.simulated = true;
    for (int m = 0; m < 10; ++m) {
        const double base = 100'000 + 10 * m;
        data.candles.push_back({kT0 + m * kMin, base, base + 50, base - 50, base + 5, 1.0 + m, 0.5, 0});
    }
    data.liquidations.push_back({kT0 + 30'000, LiquidationSide::LongLiquidated, 99'960, 1.0, 99'960});
    data.liquidations.push_back({kT0 + 7 * kMin + 1, LiquidationSide::ShortLiquidated, 100'100, 2.0, 200'200});
    return data;
}
} // namespace

class TestItemModels : public QObject
{
    Q_OBJECT

private slots:
    void candleModelUnderTester()
    {
        CandleTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCandles(tenMinutes().candles, Interval::minutes(1));
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.columnCount(), int(CandleTableModel::ColumnCount));
        QCOMPARE(model.data(model.index(2, CandleTableModel::Open), CandleTableModel::RawValueRole).toDouble(),
                 100'020.0);
        QCOMPARE(model.data(model.index(2, CandleTableModel::Time)).toString(), QStringLiteral("2025-10-10 00:02"));
        QCOMPARE(model.data(model.index(0, CandleTableModel::Time), CandleTableModel::RawValueRole).toLongLong(),
                 kT0);
        QCOMPARE(model.headerData(CandleTableModel::Time, Qt::Horizontal).toString(), QStringLiteral("Time (UTC)"));
        model.setCandles({}, Interval::minutes(1));
        QCOMPARE(model.rowCount(), 0);
    }

    void rowAtFindsTheBarContainingTime()
    {
        CandleTableModel model;
        auto candles = tenMinutes().candles;
        candles.erase(candles.begin() + 4); // a gap at minute 4
        model.setCandles(candles, Interval::minutes(1));
        QCOMPARE(model.rowAt(kT0 - 1), -1);
        QCOMPARE(model.rowAt(kT0), 0);
        QCOMPARE(model.rowAt(kT0 + 3 * kMin + 59'999), 3);
        QCOMPARE(model.rowAt(kT0 + 4 * kMin + 10), -1); // inside the gap
        QCOMPARE(model.rowAt(kT0 + 5 * kMin), 4);
        QCOMPARE(model.rowAt(kT0 + 10 * kMin), -1);
    }

    void liquidationBarModelUnderTester()
    {
        LiquidationBarModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBars(LiquidationBars::perBar(tenMinutes().liquidations, Interval::minutes(1)));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0, LiquidationBarModel::LongUsd), LiquidationBarModel::RawValueRole)
                     .toDouble(),
                 99'960.0);
        QCOMPARE(model.data(model.index(1, LiquidationBarModel::ShortCount)).toInt(), 1);
        QVERIFY(model.barAt(kT0) != nullptr);
        QVERIFY(model.barAt(kT0 + kMin) == nullptr);
        QCOMPARE(model.barAt(kT0 + 7 * kMin)->shortUsd, 200'200.0);
    }

    void sessionAggregatesOnIntervalChange()
    {
        SessionModel session;
        QAbstractItemModelTester candleTester(session.candles(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy intervalSpy(&session, &SessionModel::intervalChanged);
        auto data = tenMinutes();
        session.setMarketData(data);
        session.setInterval(Interval::minutes(5));
        QCOMPARE(intervalSpy.count(), 1);
        QCOMPARE(session.candles()->rowCount(), 2);
        const Candle &second = session.candles()->candles()[1];
        QCOMPARE(second.openTime, kT0 + 5 * kMin);
        QCOMPARE(second.open, 100'050.0);
        QCOMPARE(second.high, 100'140.0);
        QCOMPARE(second.low, 100'000.0);
        QCOMPARE(second.close, 100'095.0);
        QCOMPARE(second.volume, 6.0 + 7 + 8 + 9 + 10);
        QCOMPARE(session.liquidationBars()->rowCount(), 2);
        QCOMPARE(session.liquidationBars()->bars()[1].openTime, kT0 + 5 * kMin);
        QCOMPARE(session.title(), QStringLiteral("Simulated · BTCUSDT · 5m"));
        QCOMPARE(session.span(), (TimeRange{kT0, kT0 + 10 * kMin}));

        // Asking for less than the base resolution gives the base resolution.
        session.setInterval(Interval(1000));
        QCOMPARE(session.interval(), Interval::minutes(1));
        QCOMPARE(session.candles()->rowCount(), 10);
    }
};

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_item_models.moc"
