#include "CrosshairLink.h"
#include "HeatmapPanel.h"
#include "ImbalancePanel.h"
#include "MainWindow.h"
#include "PriceChartWidget.h"
#include "QCustomPlotInclude.h"
#include "SessionModel.h"
#include "WorkspaceDocks.h"

#include <QMouseEvent>
#include <QTest>

#include <cmath>

using namespace cascade;

namespace {
constexpr qint64 kT0 = 1'760'054'400'000; // 2025-10-10T00:00:00Z
constexpr qint64 kMin = 60'000;

MarketData day()
{
    MarketData data;
    data.exchange = QStringLiteral("binance");
    data.symbol = QStringLiteral("BTCUSDT");
    for (int m = 0; m < 1440; ++m) {
        const double p = 100'000 + 300 * std::sin(m / 60.0);
        data.candles.push_back({kT0 + m * kMin, p, p + 30, p - 30, p + 5, 1, 0.5, p});
    }
    data.liquidations = {{kT0 + 600 * kMin, LiquidationSide::LongLiquidated, 99'990, 3, 299'970},
                         {kT0 + 610 * kMin, LiquidationSide::ShortLiquidated, 100'100, 1, 100'100}};
    return data;
}

void hover(QWidget *widget, QPointF at)
{
    QMouseEvent move(QEvent::MouseMove, at, widget->mapToGlobal(at), Qt::NoButton, Qt::NoButton,
                     Qt::NoModifier);
    QCoreApplication::sendEvent(widget, &move);
}
} // namespace

class TestCrosshairLink : public QObject
{
    Q_OBJECT

private slots:
    void oneCrosshairAcrossThePanels()
    {
        SessionModel session;
        session.setMarketData(day());
        session.setInterval(Interval::hours(1));
        MainWindow window(&session);
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        session.waitForAnalysis();
        auto *docks = window.findChild<WorkspaceDocks *>();
        QVERIFY(docks && docks->crosshair());
        CrosshairLink *link = docks->crosshair();

        // The price chart's crosshair at 10:20 puts 10:00 (its bar) in the other panels.
        window.priceChart()->showCrosshairAt(kT0 + 620 * kMin, 100'000);
        QCOMPARE(link->imbalanceReadout(),
                 QStringLiteral("2025-10-10 10:00 UTC · longs $300K · shorts $100.1K · 75.0% long"));
        QVERIFY2(link->heatmapReadout().startsWith(
                     QStringLiteral("2025-10-10 10:00 UTC · longs $300K · shorts $100.1K")),
                 qPrintable(link->heatmapReadout()));
        QCOMPARE(link->imbalanceText(kT0 + 3 * 60 * kMin),
                 QStringLiteral("2025-10-10 03:00 UTC · no liquidations"));

        // Hovering the imbalance panel moves the price chart's crosshair to that bar.
        QCustomPlot *plot = docks->imbalance()->plot();
        QCPAxisRect *rect = plot->axisRects().front();
        const double x =
            rect->axis(QCPAxis::atBottom)->coordToPixel(double(kT0 + 15 * 60 * kMin + 5 * kMin) / 1000);
        hover(plot, QPointF(x, rect->center().y()));
        QVERIFY2(window.priceChart()->readoutText().startsWith(QStringLiteral("2025-10-10 15:00")),
                 qPrintable(window.priceChart()->readoutText()));
        QVERIFY(link->imbalanceReadout().startsWith(QStringLiteral("2025-10-10 15:00 UTC")));

        // Leaving clears every panel's line.
        QEvent leave(QEvent::Leave);
        QCoreApplication::sendEvent(plot, &leave);
        QCOMPARE(link->imbalanceReadout(), QString());
        QCOMPARE(link->heatmapReadout(), QString());
    }
};

QTEST_MAIN(TestCrosshairLink)
#include "tst_crosshair_link.moc"
