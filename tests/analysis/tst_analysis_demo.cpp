// The analysis of the simulated demo session recovers what the simulator knows it put there.
#include "analysis/LongShortImbalance.h"
#include "analysis/OptionsAnalysis.h"
#include "analysis/SupportZones.h"
#include "simulation/SessionSimulator.h"

#include <QTest>

#include <algorithm>

using namespace cascade;

namespace {
constexpr qint64 kDay = 86'400'000;
}

class TestAnalysisDemo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_session = SessionSimulator().run(); }

    void crashDayHasAnOrderOfMagnitudeMoreLiquidations()
    {
        const SimulationTruth &truth = m_session.truth;
        std::vector<std::pair<double, qint64>> days;
        for (qint64 day = truth.start; day < truth.end; day += kDay) {
            const ImbalanceRow w = LongShortImbalance::window(m_session.data, {day, day + kDay});
            days.push_back({w.longUsd + w.shortUsd, day});
        }
        QVERIFY(days.size() >= 60);
        const auto biggest = *std::max_element(days.begin(), days.end());
        QCOMPARE(biggest.second, truth.crashDayStart);
        std::vector<double> totals;
        for (const auto &d : days)
            totals.push_back(d.first);
        std::nth_element(totals.begin(), totals.begin() + totals.size() / 2, totals.end());
        const double median = totals[totals.size() / 2];
        QVERIFY2(biggest.first >= 10 * median,
                 qPrintable(QString("crash %1 vs median %2").arg(biggest.first).arg(median)));
    }

    void longHeavyDayIsAbout93PercentLong()
    {
        const SimulationTruth &truth = m_session.truth;
        const ImbalanceRow w = LongShortImbalance::window(
            m_session.data, {truth.longHeavyDayStart, truth.longHeavyDayStart + kDay});
        QCOMPARE(w.state, ImbalanceState::Ratio);
        // Our share, computed from the events, equals the simulator's own account of them.
        QVERIFY(qAbs(w.longSharePct - truth.longHeavyShare * 100) < 1e-6);
        QVERIFY2(w.longSharePct > 91 && w.longSharePct < 95, qPrintable(QString::number(w.longSharePct)));
        // share s <=> imbalance s / (1 - s): 93% long is about 1,300% (13.6x).
        QVERIFY2(w.imbalancePct > 1000 && w.imbalancePct < 1900, qPrintable(QString::number(w.imbalancePct)));
    }

    void putWallAt100k()
    {
        const SimulationTruth &truth = m_session.truth;
        QCOMPARE(truth.putWallStrike, 100'000.0);
        // The most put OI of the last snapshot, on either side of spot, is the simulator's wall.
        const OptionsReport last = OptionsAnalysis::analyse(m_session.data.optionChain, truth.end);
        QVERIFY(!last.isEmpty());
        const auto most = std::max_element(last.byStrike.begin(), last.byStrike.end(),
                                           [](const auto &a, const auto &b) { return a.putOi < b.putOi; });
        QCOMPARE(most->strike, truth.putWallStrike);
        // Before the long-heavy day price still trades above it: there it is the put wall below spot.
        const OptionsReport before =
            OptionsAnalysis::analyse(m_session.data.optionChain, truth.longHeavyDayStart);
        QVERIFY(before.spot > 100'000);
        QCOMPARE(before.putWall, truth.putWallStrike);
    }

    void supportZonesNameThePutWall()
    {
        // As of the start of the long-heavy day (price above 100k), 100,000 is a ranked support zone
        // carrying the strongest put wall as evidence.
        const SimulationTruth &truth = m_session.truth;
        const ZoneReport zones =
            SupportZones::compute(m_session.data, truth.longHeavyDayStart, AnalysisParams());
        QVERIFY(zones.price > 100'000);
        QVERIFY(!zones.support.empty());
        bool found = false;
        for (const PriceZone &z : zones.support)
            for (const ZoneEvidence &e : z.evidence)
                found = found || (e.kind == EvidenceKind::PutWall && z.low <= 100'000 && z.high >= 100'000 &&
                                  e.strength == 1.0);
        QVERIFY2(found, "no support zone at 100,000 backed by the strongest put wall");
    }

    void rangeExtremesMatchTheSession()
    {
        // Over the whole session the zones' range evidence sits at the simulator's range.
        const SimulationTruth &truth = m_session.truth;
        AnalysisParams params;
        params.zones.lookbackHours = double(truth.end - truth.start) / 3'600'000.0;
        params.zones.maxZones = 50;
        const ZoneReport zones = SupportZones::compute(m_session.data, truth.end - 1, params);
        double high = 0;
        for (const PriceZone &z : zones.resistance)
            for (const ZoneEvidence &e : z.evidence)
                if (e.kind == EvidenceKind::RangeHigh)
                    high = (e.low + e.high) / 2;
        QCOMPARE(high, truth.rangeHigh);
    }

private:
    SimulatedSession m_session;
};

QTEST_GUILESS_MAIN(TestAnalysisDemo)
#include "tst_analysis_demo.moc"
