#include "HeatmapPanel.h"
#include "ImbalancePanel.h"
#include "MainWindow.h"
#include "PriceChartWidget.h"
#include "ParametersPanel.h"
#include "QCustomPlotInclude.h"
#include "RangeToolBar.h"
#include "SessionModel.h"
#include "WorkspaceDocks.h"

#include <QDockWidget>
#include <QTest>

using namespace cascade;

namespace {
constexpr qint64 kT0 = 1760054400000; // 2025-10-10T00:00:00Z
constexpr qint64 kMin = 60'000;

MarketData day()
{
    MarketData data;
    data.exchange = QStringLiteral("simulated");
    data.symbol = QStringLiteral("BTCUSDT");
    for (int m = 0; m < 1440; ++m) {
        const double p = 100'000 + 50 * std::sin(m / 30.0);
        data.candles.push_back({kT0 + m * kMin, p, p + 20, p - 20, p + 5, 1, 0.5, p});
    }
    data.liquidations = {{kT0 + 600 * kMin, LiquidationSide::LongLiquidated, 99'990, 3, 299'970}};
    return data;
}
} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void docksFollowThePriceChart()
    {
        SessionModel session;
        MainWindow window(&session);
        const QStringList expected{QStringLiteral("liquidationDock"), QStringLiteral("heatmapDock"),
                                   QStringLiteral("imbalanceDock"), QStringLiteral("zonesDock")};
        QStringList names;
        for (QDockWidget *dock : window.findChildren<QDockWidget *>())
            names << dock->objectName();
        for (const QString &name : expected)
            QVERIFY2(names.contains(name), qPrintable(names.join(u',')));

        session.setMarketData(day());
        session.setInterval(Interval::minutes(5));
        session.waitForAnalysis();
        window.priceChart()->setVisibleRange(kT0 + 60 * kMin, kT0 + 180 * kMin);
        auto *heatmap = window.findChild<HeatmapPanel *>();
        auto *imbalance = window.findChild<ImbalancePanel *>();
        QVERIFY(heatmap && imbalance);
        const double from = double(kT0 + 60 * kMin) / 1000;
        const double to = double(kT0 + 180 * kMin) / 1000;
        QCOMPARE(heatmap->plot()->axisRect()->axis(QCPAxis::atBottom)->range().lower, from);
        QCOMPARE(heatmap->plot()->axisRect()->axis(QCPAxis::atBottom)->range().upper, to);
        QCOMPARE(imbalance->plot()->axisRect(0)->axis(QCPAxis::atBottom)->range().lower, from);
        QCOMPARE(imbalance->plot()->axisRect(1)->axis(QCPAxis::atBottom)->range().upper, to);
        // The heatmap was computed at the session's interval: 288 five-minute columns.
        QCOMPARE(heatmap->colorMap()->data()->keySize(), 288);
    }

    void coverageGapsAreHatched()
    {
        SessionModel session;
        MainWindow window(&session);
        MarketData data = day();
        // The store proved 00:00-10:00 and 12:00-24:00: two hours are a gap, not a quiet market.
        data.candleCoverage = RangeSet({{kT0, kT0 + 600 * kMin}, {kT0 + 720 * kMin, kT0 + 1440 * kMin}});
        session.setMarketData(data);
        QCOMPARE(session.gaps().size(), std::size_t(1));
        QCOMPARE(session.gaps()[0], (TimeRange{kT0 + 600 * kMin, kT0 + 720 * kMin}));
        QCOMPARE(window.priceChart()->coverageGapCount(), 1);
        data.candleCoverage = RangeSet({{kT0, kT0 + 1440 * kMin}});
        session.setMarketData(data);
        QCOMPARE(window.priceChart()->coverageGapCount(), 0);
    }

    void parametersPanelShowsTheSessionsParameters()
    {
        SessionModel session;
        MainWindow window(&session);
        AnalysisParams params;
        params.levels.split = SplitSource::Even;
        params.zones.putWallWeight = 2.5;
        session.setAnalysisParams(params); // e.g. restored from the settings at start
        QCOMPARE(window.findChild<ParametersPanel *>()->params(), params);
    }

    void rangePresetsCountBackFromTheEnd()
    {
        SessionModel session;
        MainWindow window(&session);
        session.setMarketData(day()); // 00:00 to 24:00 on 2025-10-10
        auto *range = window.findChild<RangeToolBar *>();
        QVERIFY(range);
        range->applyPreset(6);
        QCOMPARE(window.priceChart()->visibleFrom(), kT0 + 18 * 60 * kMin);
        QCOMPARE(window.priceChart()->visibleTo(), kT0 + 24 * 60 * kMin);
        range->applyPreset(24 * 7); // longer than the data: all of it
        QCOMPARE(window.priceChart()->visibleFrom(), kT0);
    }
};

QTEST_MAIN(TestWorkspace)
#include "tst_workspace.moc"
