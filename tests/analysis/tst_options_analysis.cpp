#include "analysis/OptionsAnalysis.h"

#include <QTest>

using namespace cascade;

namespace {
constexpr qint64 kDay = 86'400'000;
constexpr qint64 kT0 = 1760054400000;                 // 2025-10-10T00:00:00Z: snapshot time
constexpr qint64 kExpA = kT0 + 7 * kDay + 28'800'000; // 08:00 UTC a week later
constexpr qint64 kExpB = kT0 + 14 * kDay + 28'800'000;

OptionQuote q(qint64 expiry, double strike, OptionType type, double oi, qint64 snapshot = kT0,
              double spot = 100'000)
{
    OptionQuote o;
    o.snapshotTime = snapshot;
    o.expiry = expiry;
    o.strike = strike;
    o.type = type;
    o.openInterest = oi;
    o.underlyingPrice = spot;
    o.openInterestUsd = oi * spot;
    return o;
}
constexpr auto P = OptionType::Put;
constexpr auto C = OptionType::Call;

// Worked by hand in docs/MODELS.md: max pain 100,000 with a payout of 150,000.
std::vector<OptionQuote> textbookChain()
{
    return {q(kExpA, 95'000, C, 10),  q(kExpA, 95'000, P, 80),  q(kExpA, 100'000, C, 40),
            q(kExpA, 100'000, P, 50), q(kExpA, 105'000, C, 60), q(kExpA, 105'000, P, 10),
            q(kExpA, 110'000, C, 20), q(kExpA, 110'000, P, 5)};
}
} // namespace

class TestOptionsAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void maxPainOnTextbookChain()
    {
        // Payout at each candidate settlement (calls OI x (S-K)+, puts OI x (K-S)+):
        //  95k: puts 50x5k + 10x10k + 5x15k = 425k;  100k: calls 10x5k + puts 10x5k + 5x10k = 150k
        // 105k: calls 10x10k + 40x5k + puts 5x5k = 325k;  110k: calls 150k + 400k + 300k = 850k
        const auto [price, payout] = OptionsAnalysis::maxPain(textbookChain());
        QCOMPARE(price, 100'000.0);
        QCOMPARE(payout, 150'000.0);
    }

    void maxPainSymmetricChain()
    {
        const std::vector<OptionQuote> chain{q(kExpA, 90, C, 10), q(kExpA, 100, C, 20), q(kExpA, 110, C, 30),
                                             q(kExpA, 90, P, 30), q(kExpA, 100, P, 20), q(kExpA, 110, P, 10)};
        const auto [price, payout] = OptionsAnalysis::maxPain(chain); // 400, 200, 400
        QCOMPARE(price, 100.0);
        QCOMPARE(payout, 200.0);
    }

    void openInterestByStrikeExpiryAndAll()
    {
        auto chain = textbookChain();
        chain.push_back(q(kExpB, 100'000, P, 150));
        chain.push_back(q(kExpB, 120'000, C, 30));
        const OptionsReport r = OptionsAnalysis::analyse(chain, kT0 + 1000);
        QCOMPARE(r.snapshotTime, kT0);
        QCOMPARE(r.spot, 100'000.0);
        QCOMPARE(r.byExpiryAndStrike.size(), std::size_t(6));
        QCOMPARE(r.byStrike.size(), std::size_t(5)); // 95k, 100k, 105k, 110k, 120k
        const StrikeOpenInterest &k100 = r.byStrike[1];
        QCOMPARE(k100.strike, 100'000.0);
        QCOMPARE(k100.expiry, StrikeOpenInterest::allExpiries);
        QCOMPARE(k100.putOi, 200.0);
        QCOMPARE(k100.callOi, 40.0);
        QCOMPARE(k100.putUsd, 20'000'000.0);
        QCOMPARE(r.putOi, 295.0);
        QCOMPARE(r.callOi, 160.0);
        QCOMPARE(r.putCallRatio, 295.0 / 160.0);
        QCOMPARE(r.expiries.size(), std::size_t(2));
        QCOMPARE(r.expiries[0].maxPain, 100'000.0);
        QCOMPARE(r.expiries[0].putCallRatio, 145.0 / 130.0);
        QCOMPARE(r.expiries[1].putOi, 150.0);
    }

    void wallsAreOnTheFarSideOfSpot()
    {
        auto chain = textbookChain(); // puts: 95k 80, 100k 50, 105k 10; calls: 105k 60, 110k 20
        // At spot 102,000: most put OI below spot is 95k (80); most call OI above is 105k (60).
        OptionsReport r = OptionsAnalysis::analyseSnapshot(chain, 102'000);
        QCOMPARE(r.putWall, 95'000.0);
        QCOMPARE(r.callWall, 105'000.0);
        // The put wall must lie below spot: at 94,000 there is none.
        r = OptionsAnalysis::analyseSnapshot(chain, 94'000);
        QVERIFY(std::isnan(r.putWall));
        QCOMPARE(r.callWall, 105'000.0);
        // Ties go to the strike nearer spot.
        chain.push_back(q(kExpB, 100'000, P, 30)); // 100k puts now 80 too
        r = OptionsAnalysis::analyseSnapshot(chain, 102'000);
        QCOMPARE(r.putWall, 100'000.0);
    }

    void snapshotAtOrBefore()
    {
        std::vector<OptionQuote> chain{q(kExpA, 100'000, P, 10, kT0), q(kExpA, 100'000, P, 20, kT0 + kDay),
                                       q(kExpA, 90'000, P, 5, kT0 + kDay),
                                       q(kExpA, 100'000, P, 99, kT0 + 2 * kDay)};
        QVERIFY(OptionsAnalysis::snapshotAt(chain, kT0 - 1).empty());
        QCOMPARE(OptionsAnalysis::snapshotAt(chain, kT0).size(), std::size_t(1));
        const auto s = OptionsAnalysis::snapshotAt(chain, kT0 + 2 * kDay - 1);
        QCOMPARE(s.size(), std::size_t(2));
        QCOMPARE(s[0].openInterest, 20.0);
        QVERIFY(OptionsAnalysis::analyse(chain, kT0 - 1).isEmpty());
        QCOMPARE(OptionsAnalysis::analyse(chain, kT0 + 5 * kDay).putOi, 99.0);
    }

    void gammaExposure()
    {
        auto call = q(kExpA, 100'000, C, 100);
        call.gamma = 0.00002;
        auto put = q(kExpA, 100'000, P, 50);
        put.gamma = 0.00003;
        auto noGreeks = q(kExpA, 90'000, P, 50);
        const OptionsReport r = OptionsAnalysis::analyseSnapshot({call, put, noGreeks}, 100'000);
        // calls: 0.00002 x 100 x 1e10 x 0.01 = 200,000; puts: -(0.00003 x 50 x 1e10 x 0.01) = -150,000
        QCOMPARE(r.byStrike[1].gammaExposureUsd, 50'000.0);
        QVERIFY(std::isnan(r.byStrike[0].gammaExposureUsd));
    }

    void medianSpotWhenNotGiven()
    {
        const OptionsReport r = OptionsAnalysis::analyseSnapshot(
            {q(kExpA, 1, P, 1, kT0, 100), q(kExpA, 2, P, 1, kT0, 104), q(kExpA, 3, P, 1, kT0, 101)});
        QCOMPARE(r.spot, 101.0);
    }
};

QTEST_GUILESS_MAIN(TestOptionsAnalysis)
#include "tst_options_analysis.moc"
