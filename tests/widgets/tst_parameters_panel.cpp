#include "ParametersPanel.h"

#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace cascade;

class TestParametersPanel : public QObject
{
    Q_OBJECT

private slots:
    void showsAndReturnsTheParameters()
    {
        ParametersPanel panel;
        QCOMPARE(panel.params(), AnalysisParams{});
        QCOMPARE(panel.tiersTable()->rowCount(), 5);
        QCOMPARE(panel.tiersTable()->item(2, 0)->text(), QStringLiteral("25"));
        QCOMPARE(panel.tiersTable()->item(2, 1)->text(), QStringLiteral("0.3"));
    }

    void anEditIsAppliedOnceTypingPauses()
    {
        ParametersPanel panel;
        QSignalSpy changed(&panel, &ParametersPanel::paramsChanged);
        panel.tiersTable()->item(0, 1)->setText(QStringLiteral("0.2"));  // 5x weight 0.10 -> 0.20
        panel.tiersTable()->item(1, 1)->setText(QStringLiteral("0.25")); // 10x weight 0.20 -> 0.25
        QCOMPARE(changed.count(), 0);
        QTRY_COMPARE(changed.count(), 1);
        const auto params = changed.at(0).at(0).value<AnalysisParams>();
        QCOMPARE(params.levels.tiers[0].weight, 0.2);
        QCOMPARE(params.levels.tiers[1].weight, 0.25);
        QCOMPARE(params.levels.tiers[4].leverage, 100.0);
        QVERIFY(panel.problem().isEmpty());
    }

    void invalidParametersAreExplainedNotApplied()
    {
        ParametersPanel panel;
        QSignalSpy changed(&panel, &ParametersPanel::paramsChanged);
        // Maintenance margin of 15% at 10x would put the long liquidation price above entry.
        panel.tiersTable()->item(1, 2)->setText(QStringLiteral("0.15"));
        QTRY_VERIFY(!panel.problem().isEmpty());
        QVERIFY2(panel.problem().contains(QStringLiteral("levels.tiers[1].mmr")), qPrintable(panel.problem()));
        QCOMPARE(changed.count(), 0);
    }
};

QTEST_MAIN(TestParametersPanel)
#include "tst_parameters_panel.moc"
