#include "analysis/AnalysisCsv.h"
#include "analysis/LongShortImbalance.h"
#include "analysis/OptionsAnalysis.h"

#include <QTest>

using namespace cascade;

namespace {
constexpr qint64 kMin = 60'000;
constexpr qint64 kT0 = 1760054400000; // 2025-10-10T00:00:00Z
const AnalysisCsv::Series kSim{QStringLiteral("simulated"), QStringLiteral("BTCUSDT")};

// Records split on CRLF; a missing final CRLF or a bare LF shows up as a mismatching record.
QList<QByteArray> lines(const QByteArray &csv)
{
    QList<QByteArray> out;
    qsizetype from = 0;
    for (qsizetype at = csv.indexOf("\r\n"); at >= 0; at = csv.indexOf("\r\n", from)) {
        out << csv.mid(from, at - from);
        from = at + 2;
    }
    if (from < csv.size())
        out << "MISSING CRLF: " + csv.mid(from);
    return out;
}
} // namespace

class TestAnalysisCsv : public QObject
{
    Q_OBJECT

private slots:
    void numberFormat_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("integer") << 97000.0 << QByteArray("97000");
        QTest::newRow("tenth") << 0.1 << QByteArray("0.1");
        QTest::newRow("share") << 13.64 / 14.64 * 100 << QByteArray("93.16939890710383");
        QTest::newRow("large, no exponent") << 1.5e15 << QByteArray("1500000000000000");
        QTest::newRow("negative") << -50000.25 << QByteArray("-50000.25");
        QTest::newRow("unknown") << ImbalanceRow::unknown << QByteArray();
    }
    void numberFormat()
    {
        QFETCH(double, value);
        QFETCH(QByteArray, text);
        QCOMPARE(AnalysisCsv::number(value), text);
    }

    void imbalanceRows()
    {
        ImbalanceRow a;
        a.time = kT0;
        a.longUsd = 13'640'000;
        a.shortUsd = 1'000'000;
        a.longCount = 12;
        a.shortCount = 3;
        LongShortImbalance::classify(a);
        a.accountRatio = 2.5;
        ImbalanceRow b;
        b.time = kT0 + kMin;
        b.longUsd = 500;
        b.longCount = 1;
        LongShortImbalance::classify(b);
        const auto out = lines(AnalysisCsv::imbalance(kSim, {a, b}));
        QCOMPARE(out.size(), 3);
        QCOMPARE(out[0],
                 QByteArray("time,exchange,symbol,long_usd,short_usd,long_count,short_count,long_share_pct,"
                            "imbalance_pct,imbalance_state,account_ratio,taker_ratio,open_interest_usd,"
                            "open_interest_change_usd"));
        QCOMPARE(out[1], QByteArray("2025-10-10T00:00:00.000Z,simulated,BTCUSDT,13640000,1000000,12,3,"
                                    "93.16939890710383,1364,ratio,2.5,,,"));
        QCOMPARE(out[2],
                 QByteArray("2025-10-10T00:01:00.000Z,simulated,BTCUSDT,500,0,1,0,100,,all_long,,,,"));
    }

    void optionsOiPerStrikeThenAll()
    {
        auto q = [](qint64 expiry, double strike, OptionType type, double oi) {
            OptionQuote o;
            o.snapshotTime = kT0;
            o.expiry = expiry;
            o.strike = strike;
            o.type = type;
            o.openInterest = oi;
            o.underlyingPrice = 100'000;
            o.openInterestUsd = oi * 100'000;
            return o;
        };
        const qint64 e1 = kT0 + 86'400'000LL + 28'800'000, e2 = e1 + 7 * 86'400'000LL;
        const auto report = OptionsAnalysis::analyseSnapshot(
            {q(e2, 100'000, OptionType::Put, 3), q(e1, 100'000, OptionType::Put, 2),
             q(e1, 100'000, OptionType::Call, 1), q(e1, 95'000, OptionType::Put, 0.5)});
        const auto out = lines(AnalysisCsv::optionsOpenInterest(kSim, report));
        QCOMPARE(out.size(), 6);
        QCOMPARE(out[0],
                 QByteArray("time,exchange,symbol,expiry,strike,put_oi,call_oi,put_oi_usd,call_oi_usd,"
                            "gamma_exposure_usd"));
        QCOMPARE(out[1],
                 QByteArray("2025-10-10T00:00:00.000Z,simulated,BTCUSDT,2025-10-11T08:00:00.000Z,95000,0.5,0,"
                            "50000,0,"));
        QCOMPARE(out[2], QByteArray("2025-10-10T00:00:00.000Z,simulated,BTCUSDT,all,95000,0.5,0,50000,0,"));
        QCOMPARE(out[3],
                 QByteArray("2025-10-10T00:00:00.000Z,simulated,BTCUSDT,2025-10-11T08:00:00.000Z,100000,2,1,"
                            "200000,100000,"));
        QCOMPARE(out[4],
                 QByteArray("2025-10-10T00:00:00.000Z,simulated,BTCUSDT,2025-10-18T08:00:00.000Z,100000,3,0,"
                            "300000,0,"));
        QCOMPARE(out[5],
                 QByteArray("2025-10-10T00:00:00.000Z,simulated,BTCUSDT,all,100000,5,1,500000,100000,"));
    }

    void realizedHeatmapLeavesOutEmptyCells()
    {
        const std::vector<Liquidation> events{
            {kT0 + 5, LiquidationSide::LongLiquidated, 99'950, 0.01, 999.5},
            {kT0 + kMin, LiquidationSide::ShortLiquidated, 100'120, 0.1, 10'012}};
        const auto map = RealizedHeatmap::build(events, {kT0, kT0 + 2 * kMin}, Interval::minutes(1),
                                                PriceGrid::covering(99'900, 100'199, 100));
        const auto out = lines(AnalysisCsv::realizedHeatmap(kSim, map));
        QCOMPARE(out.size(), 3);
        QCOMPARE(
            out[0],
            QByteArray("time,exchange,symbol,price_from,price_to,long_usd,short_usd,long_count,short_count"));
        QCOMPARE(out[1], QByteArray("2025-10-10T00:00:00.000Z,simulated,BTCUSDT,99900,100000,999.5,0,1,0"));
        QCOMPARE(out[2], QByteArray("2025-10-10T00:01:00.000Z,simulated,BTCUSDT,100100,100200,0,10012,0,1"));
    }

    void mapHasAColumnPairPerTier()
    {
        AnalysisParams::Levels p;
        p.tiers = {{10, 1, 0.005, 0}, {100, 1, 0.005, 0}};
        p.split = SplitSource::Even;
        LevelEstimator est(p);
        LevelBar b;
        b.candle = {kT0, 100'000, 100'100, 99'900, 100'000, 1, 0.5, 1e5};
        b.openInterestUsd = 0;
        est.step(b);
        b.candle.openTime += kMin;
        b.openInterestUsd = 400'000;
        est.step(b); // per tier 100,000 long and 100,000 short
        const auto map = LiquidationMap::from(est, PriceGrid::covering(99'000, 99'999, 1000));
        const auto out = lines(AnalysisCsv::liquidationMap(kSim, map, p.tiers));
        QCOMPARE(out.size(), 2);
        QCOMPARE(out[0], QByteArray("time,exchange,symbol,price,price_from,price_to,long_usd,short_usd,"
                                    "cumulative_long_usd,cumulative_short_usd,long_10x_usd,short_10x_usd,"
                                    "long_100x_usd,short_100x_usd"));
        QCOMPARE(out[1], QByteArray("2025-10-10T00:01:00.000Z,simulated,BTCUSDT,100000,99000,100000,100000,0,"
                                    "100000,0,0,0,100000,0"));
    }

    void zonesOneRowPerEvidence()
    {
        ZoneReport r;
        r.time = kT0;
        r.price = 103'000;
        ZoneEvidence put{EvidenceKind::PutWall, 99'750, 100'250, 2000, 1, 1};
        ZoneEvidence low{EvidenceKind::RangeLow, 99'600, 100'000, 3, 1, 0.5};
        r.support.push_back({99'600, 100'250, 1.5, true, {put, low}});
        const auto out = lines(AnalysisCsv::zones(kSim, r));
        QCOMPARE(out.size(), 3);
        QCOMPARE(out[1],
                 QByteArray("2025-10-10T00:00:00.000Z,simulated,BTCUSDT,103000,support,1,99600,100250,1.5,"
                            "put_wall,99750,100250,2000,1,1"));
        QCOMPARE(out[2],
                 QByteArray("2025-10-10T00:00:00.000Z,simulated,BTCUSDT,103000,support,1,99600,100250,1.5,"
                            "range_low,99600,100000,3,1,0.5"));
    }

    void fieldsWithCommasAreQuoted()
    {
        const AnalysisCsv::Series odd{QStringLiteral("my,exchange"), QStringLiteral("say \"hi\"")};
        const auto out = lines(AnalysisCsv::imbalance(odd, {ImbalanceRow{}}));
        QVERIFY(
            out[1].startsWith("1970-01-01T00:00:00.000Z,\"my,exchange\",\"say \"\"hi\"\"\",0,0,0,0,,,none"));
    }
};

QTEST_GUILESS_MAIN(TestAnalysisCsv)
#include "tst_analysis_csv.moc"
