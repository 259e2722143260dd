#include "analysis/LongShortImbalance.h"
#include "ImbalanceModel.h"
#include "ImbalancePanel.h"
#include "QCustomPlotInclude.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace cascade;

namespace {
constexpr qint64 kT0 = 1763078400000; // 2025-11-14T00:00:00Z
constexpr qint64 kHour = 3'600'000;

ImbalanceRow bar(int hour, double longUsd, double shortUsd)
{
    ImbalanceRow row;
    row.time = kT0 + hour * kHour;
    row.end = row.time + kHour;
    row.longUsd = longUsd;
    row.shortUsd = shortUsd;
    row.longCount = longUsd > 0 ? 1 : 0;
    row.shortCount = shortUsd > 0 ? 1 : 0;
    row.accountRatio = 1.5 + hour * 0.1;
    row.takerRatio = 0.9;
    row.openInterestUsd = 8e9 - hour * 1e8;
    LongShortImbalance::classify(row);
    return row;
}
} // namespace

class TestImbalancePanel : public QObject
{
    Q_OBJECT

private slots:
    void modelUnderTester()
    {
        ImbalanceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows({bar(0, 136.4e6, 10e6), bar(1, 5e6, 0), bar(2, 0, 0)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(
            model.data(model.index(0, ImbalanceModel::Imbalance), ImbalanceModel::RawValueRole).toDouble(),
            1364.0);
        QCOMPARE(model.data(model.index(1, ImbalanceModel::Imbalance)).toString(),
                 QStringLiteral("all long"));
        QCOMPARE(model.data(model.index(2, ImbalanceModel::LongShare)).toString(), QString());
    }

    void windowOfTheNovemberDay()
    {
        // $218.5M liquidated, 13.64 times as much long as short: long share 93.17%, imbalance 1,364%.
        ImbalanceModel model;
        const double shortUsd = 218.5e6 / 14.64;
        model.setRows(
            {bar(0, 100e6, shortUsd / 2), bar(5, 218.5e6 - shortUsd - 100e6, shortUsd / 2), bar(30, 1e6, 0)});
        const ImbalanceRow day = model.combined(kT0, kT0 + 24 * kHour);
        QCOMPARE(day.state, ImbalanceState::Ratio);
        QCOMPARE(qRound(day.imbalancePct), 1364);
        QCOMPARE(qRound(day.longSharePct * 100), 9317);
        QCOMPARE(ImbalanceModel::describe(day), QStringLiteral("93.2% long · imbalance 1,364%"));
        QCOMPARE(ImbalanceModel::describe(model.combined(kT0 + 25 * kHour, kT0 + 40 * kHour)),
                 QStringLiteral("all long"));
        QCOMPARE(ImbalanceModel::describe(model.combined(kT0 + 40 * kHour, kT0 + 41 * kHour)),
                 QStringLiteral("no liquidations"));
    }

    void manyBarsAreMergedToAboutOnePerThreePixels()
    {
        // 10,000 one-minute bars, each with $1 of longs, $2 of shorts and an account ratio equal
        // to its index.
        std::vector<ImbalanceRow> rows;
        for (int i = 0; i < 10'000; ++i) {
            ImbalanceRow row;
            row.time = kT0 + i * 60'000;
            row.end = row.time + 60'000;
            row.longUsd = 1;
            row.shortUsd = 2;
            row.accountRatio = i;
            rows.push_back(row);
        }
        ImbalanceModel model;
        model.setRows(rows);
        ImbalancePanel panel;
        panel.resize(1000, 400);
        panel.show(); // laid out: the plot knows its width
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setModel(&model);
        auto *longs = qobject_cast<QCPBars *>(panel.plot()->plottable(0));
        auto *shorts = qobject_cast<QCPBars *>(panel.plot()->plottable(1));
        auto *accounts = qobject_cast<QCPGraph *>(panel.plot()->plottable(2));
        // A 1,000-pixel panel shows at most ~330 bars: whole powers of two of minutes merged.
        const int merged = longs->data()->size();
        const int factor = int(-longs->data()->at(0)->value);
        QVERIFY2(merged <= 334 && merged >= 100, qPrintable(QString::number(merged)));
        QVERIFY((factor & (factor - 1)) == 0);
        QCOMPARE(merged, (10'000 + factor - 1) / factor);
        double longSum = 0;
        double shortSum = 0;
        for (int i = 0; i < merged; ++i) {
            longSum += longs->data()->at(i)->value;
            shortSum += shorts->data()->at(i)->value;
        }
        QCOMPARE(longSum, -10'000.0); // nothing lost in merging
        QCOMPARE(shortSum, 20'000.0);
        QCOMPARE(accounts->data()->at(0)->value, double(factor - 1)); // the last sample in the bar
        QCOMPARE(longs->width(), factor * 60.0 * 0.8);
        // An hour of it: every minute again.
        panel.setTimeRange(kT0, kT0 + kHour);
        QCOMPARE(longs->data()->size(), 10'000);
        QCOMPARE(longs->data()->at(59)->value, -1.0);
        QCOMPARE(accounts->data()->at(59)->value, 59.0);
        // A session without bars clears them.
        model.setRows({});
        QCOMPARE(longs->data()->size(), 0);
        QCOMPARE(accounts->data()->size(), 0);
    }

    void panelMirrorsAndFollowsTime()
    {
        ImbalanceModel model;
        model.setRows({bar(0, 136.4e6, 10e6), bar(1, 5e6, 0), bar(2, 0, 2e6)});
        ImbalancePanel panel;
        panel.resize(1000, 400);
        panel.show(); // laid out: the plot knows its width
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setModel(&model);
        auto *longs = qobject_cast<QCPBars *>(panel.plot()->plottable(0));
        auto *shorts = qobject_cast<QCPBars *>(panel.plot()->plottable(1));
        QVERIFY(longs && shorts);
        QCOMPARE(longs->data()->size(), 3);
        QCOMPARE(longs->data()->at(0)->value, -136.4e6); // longs downwards
        QCOMPARE(shorts->data()->at(0)->value, 10e6);
        QCOMPARE(longs->data()->at(0)->key, double(kT0) / 1000 + 1800); // bar centre
        panel.setTimeRange(kT0, kT0 + kHour);
        QCOMPARE(panel.plot()->axisRect(0)->axis(QCPAxis::atBottom)->range().lower, double(kT0) / 1000);
        QCOMPARE(panel.plot()->axisRect(1)->axis(QCPAxis::atBottom)->range().upper,
                 double(kT0 + kHour) / 1000);
        QVERIFY(panel.headline().contains(QStringLiteral("imbalance 1,364%")));
        panel.setTimeRange(kT0 + kHour, kT0 + 2 * kHour);
        QVERIFY2(panel.headline().endsWith(QStringLiteral("all long")), qPrintable(panel.headline()));
    }
};

QTEST_MAIN(TestImbalancePanel)
#include "tst_imbalance_panel.moc"
