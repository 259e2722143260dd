#include "analysis/SupportZones.h"

#include <QTest>

using namespace cascade;

namespace {
constexpr qint64 kMin = 60'000;
constexpr qint64 kT0 = 1760054400000; // 2025-10-10T00:00:00Z

PriceZone zone(double low, double high, double score, EvidenceKind kind = EvidenceKind::VolumeNode)
{
    ZoneEvidence e{kind, low, high, 1.0, 1.0, score};
    return PriceZone{low, high, score, true, {e}};
}
} // namespace

class TestSupportZones : public QObject
{
    Q_OBJECT

private slots:
    void overlappingZonesMerge()
    {
        // [99.5k, 100.5k] overlaps [100k, 101k]; [101k, 102k] touches that; [105k, 106k] stands apart.
        const auto merged = SupportZones::merge({zone(105'000, 106'000, 0.5), zone(100'000, 101'000, 1.0),
                                                 zone(99'500, 100'500, 2.0, EvidenceKind::PutWall),
                                                 zone(101'000, 102'000, 0.25)});
        QCOMPARE(merged.size(), std::size_t(2));
        QCOMPARE(merged[0].low, 99'500.0);
        QCOMPARE(merged[0].high, 102'000.0);
        QCOMPARE(merged[0].score, 3.25);
        QCOMPARE(merged[0].evidence.size(), std::size_t(3));
        QCOMPARE(merged[0].evidence[0].kind, EvidenceKind::PutWall);
        QCOMPARE(merged[1].low, 105'000.0);
        QCOMPARE(merged[1].score, 0.5);
    }

    void rankingBySideScoreAndDistance()
    {
        ZoneReport report;
        SupportZones::rank({zone(90'000, 91'000, 1.0), zone(95'000, 96'000, 1.0), zone(97'000, 98'000, 3.0),
                            zone(104'000, 105'000, 0.5), zone(110'000, 111'000, 2.0)},
                           100'000, 2, report);
        QCOMPARE(report.support.size(), std::size_t(2));
        QCOMPARE(report.support[0].low, 97'000.0);
        QCOMPARE(report.support[1].low, 95'000.0); // same score as 90k, nearer price
        QCOMPARE(report.resistance.size(), std::size_t(2));
        QCOMPARE(report.resistance[0].low, 110'000.0);
        QVERIFY(!report.resistance[0].support);
    }

    void putWallAndRangeLowMakeTheTopSupport()
    {
        // Price oscillates between 99,800 and 104,000, touching the low three separate times; the
        // chain puts most put OI at 100,000 (below the 103,000 close).
        MarketData d;
        const double closes[] = {103'000, 101'000, 99'900,  101'500, 104'000, 102'000, 99'850,
                                 102'500, 103'500, 101'000, 99'800,  102'000, 103'000};
        for (int i = 0; i < 13; ++i) {
            const double c = closes[i];
            d.candles.push_back({kT0 + i * 60 * kMin, c, c + 50, c - 50, c, 10, 5, 10 * c});
        }
        auto put = [](double strike, double oi) {
            OptionQuote q;
            q.snapshotTime = kT0;
            q.expiry = kT0 + 86'400'000LL * 7;
            q.strike = strike;
            q.type = OptionType::Put;
            q.openInterest = oi;
            q.underlyingPrice = 103'000;
            q.openInterestUsd = oi * 103'000;
            return q;
        };
        d.optionChain = {put(90'000, 300), put(95'000, 500), put(100'000, 2000), put(110'000, 900)};
        AnalysisParams params;
        params.zones.zoneWidthFraction = 0.004; // 412 wide at 103,000
        const qint64 t = kT0 + 12 * 60 * kMin;
        const ZoneReport r = SupportZones::compute(d, t, params);
        QCOMPARE(r.price, 103'000.0);
        QVERIFY(!r.support.empty());
        const PriceZone &top = r.support.front();
        QVERIFY2(top.low <= 100'000 && top.high >= 100'000, qPrintable(QString::number(top.low)));
        bool hasPutWall = false, hasRangeLow = false;
        for (const ZoneEvidence &e : top.evidence) {
            if (e.kind == EvidenceKind::PutWall && e.value == 2000.0) {
                hasPutWall = true;
                QCOMPARE(e.strength, 1.0);
            }
            if (e.kind == EvidenceKind::RangeLow) {
                hasRangeLow = true;
                QCOMPARE(e.value, 3.0); // three separate visits within 206 of the 99,750 low
            }
        }
        QVERIFY(hasPutWall);
        QVERIFY(hasRangeLow);
        // The 110,000 strike lies above price: no put wall evidence there (puts count below price only).
        for (const PriceZone &z : r.resistance)
            for (const ZoneEvidence &e : z.evidence)
                QVERIFY(e.kind != EvidenceKind::PutWall);
    }

    void usesOnlyDataUpToT()
    {
        MarketData d;
        for (int i = 0; i < 100; ++i)
            d.candles.push_back(
                {kT0 + i * kMin, 100'000.0 + i, 100'050.0 + i, 99'950.0 + i, 100'000.0 + i, 1, 0.5, 1e5});
        MarketData cut = d;
        cut.candles.resize(50);
        const qint64 t = kT0 + 49 * kMin;
        const ZoneReport a = SupportZones::compute(d, t, AnalysisParams());
        const ZoneReport b = SupportZones::compute(cut, t, AnalysisParams());
        QCOMPARE(a.price, 100'049.0);
        QCOMPARE(a.support.size(), b.support.size());
        for (std::size_t i = 0; i < a.support.size(); ++i) {
            QCOMPARE(a.support[i].low, b.support[i].low);
            QCOMPARE(a.support[i].score, b.support[i].score);
        }
    }
};

QTEST_GUILESS_MAIN(TestSupportZones)
#include "tst_support_zones.moc"
