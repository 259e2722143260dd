#include "simulation/BlackScholes.h"
#include "simulation/OptionCalendar.h"
#include "simulation/PositionBook.h"
#include "simulation/SeededRandom.h"
#include "simulation/SessionLayout.h"

#include <QTest>

#include <cmath>

using namespace cascade;

namespace {
// 2025-09-16T08:00:00Z
constexpr qint64 kSnapshot = 1758009600000;
constexpr qint64 kDay = 86'400'000;
} // namespace

class TestSimulationParts : public QObject
{
    Q_OBJECT

private slots:
    void liquidationPricesFollowTheMarginFormula()
    {
        PositionBook book(0.005);
        // long: E(1 - 1/L + mmr); short: E(1 + 1/L - mmr)
        QCOMPARE(book.liquidationPrice(PositionSide::Long, 100, 100'000), 99'500.0);
        QCOMPARE(book.liquidationPrice(PositionSide::Short, 100, 100'000), 100'500.0);
        QCOMPARE(book.liquidationPrice(PositionSide::Long, 5, 100'000), 80'500.0);
        QCOMPARE(book.liquidationPrice(PositionSide::Short, 10, 50'000), 54'750.0);
    }

    void onlyCrossedPositionsAreLiquidated()
    {
        PositionBook book(0.005);
        const int a = book.open(PositionSide::Long, 100, 100'000, 1.0, 1000);  // liq 99,500
        const int b = book.open(PositionSide::Long, 50, 100'000, 2.0, 1000);   // liq 98,500
        const int c = book.open(PositionSide::Short, 100, 100'000, 3.0, 1000); // liq 100,500
        QCOMPARE(book.longQuantity(), 3.0);
        QCOMPARE(book.shortQuantity(), 3.0);
        std::vector<int> crossed;
        book.liquidateLongs(99'501, crossed);
        QVERIFY(crossed.empty());
        book.liquidateLongs(99'000, crossed);
        QCOMPARE(crossed, std::vector<int>{a});
        QCOMPARE(book.longQuantity(), 2.0);
        book.liquidateShorts(100'499, crossed);
        QCOMPARE(crossed.size(), std::size_t(1));
        book.liquidateShorts(100'501, crossed);
        QCOMPARE(crossed, (std::vector<int>{a, c}));
        QCOMPARE(book.shortQuantity(), 0.0);
        QVERIFY(book.cohort(b).open);
    }

    void voluntaryClosesLeaveTheBookWithoutEvents()
    {
        PositionBook book(0.005);
        book.open(PositionSide::Long, 100, 100'000, 1.0, 10);
        book.open(PositionSide::Long, 100, 100'000, 2.0, 20);
        book.closeDue(9);
        QCOMPARE(book.longQuantity(), 3.0);
        book.closeDue(10);
        QCOMPARE(book.longQuantity(), 2.0);
        std::vector<int> crossed;
        book.liquidateLongs(90'000, crossed);
        QCOMPARE(crossed.size(), std::size_t(1)); // the closed one is not liquidated again
        QCOMPARE(book.longQuantity(), 0.0);
    }

    void blackScholesAtTheMoney()
    {
        // S = K = 100, sigma = 50%, T = 1: d1 = 0.25, N(0.25) = 0.598706, phi(0.25) = 0.386668.
        QVERIFY(std::abs(BlackScholes::callDelta(100, 100, 0.5, 1.0) - 0.598706) < 1e-6);
        QVERIFY(std::abs(BlackScholes::putDelta(100, 100, 0.5, 1.0) + 0.401294) < 1e-6);
        QVERIFY(std::abs(BlackScholes::gamma(100, 100, 0.5, 1.0) - 0.386668 / 50.0) < 1e-7);
        // Deep out of the money puts have almost no delta.
        QVERIFY(BlackScholes::putDelta(100'000, 70'000, 0.45, 7.0 / 365) > -1e-6);
    }

    void deribitInstrumentNames()
    {
        // 2025-12-26T08:00Z and 2025-10-03T08:00Z
        QCOMPARE(OptionCalendar::instrument(1766736000000, 100'000, true),
                 QStringLiteral("BTC-26DEC25-100000-P"));
        QCOMPARE(OptionCalendar::instrument(1759478400000, 95'000, false),
                 QStringLiteral("BTC-3OCT25-95000-C"));
    }

    void listedExpiriesOnTheFirstSnapshot()
    {
        // Tuesday 2025-09-16 08:00: dailies 17th and 18th, Fridays 19 Sep, 26 Sep (also the September
        // monthly and quarterly), 3 Oct, 10 Oct; October monthly 31 Oct; December quarterly 26 Dec.
        const std::vector<Expiry> e = OptionCalendar::listed(kSnapshot);
        const qint64 at0800 = kSnapshot; // 2025-09-16T08:00Z
        const std::vector<qint64> days{1, 2, 3, 10, 17, 24, 45, 101};
        QCOMPARE(e.size(), days.size());
        for (std::size_t i = 0; i < days.size(); ++i)
            QCOMPARE(e[i].time, at0800 + days[i] * kDay);
        QCOMPARE(e[0].kind, ExpiryKind::Daily);
        QCOMPARE(e[2].kind, ExpiryKind::Weekly);
        QCOMPARE(e[3].kind, ExpiryKind::Quarterly);
        QCOMPARE(e[6].kind, ExpiryKind::Monthly);
        QCOMPARE(e[7].kind, ExpiryKind::Quarterly);
    }

    void expiringNowIsNotListed()
    {
        // At Friday 2025-09-19 08:00 the expiry of that moment is gone; the first is Saturday's.
        const qint64 friday = kSnapshot + 3 * kDay;
        const std::vector<Expiry> e = OptionCalendar::listed(friday);
        QCOMPARE(e.front().time, friday + kDay);
    }

    void layoutPlacesTheScriptedDays()
    {
        const SessionLayout l60 = SessionLayout::make(0, 60);
        QCOMPARE(l60.crashDay, 24);
        QCOMPARE(l60.longHeavyDay, 58);
        const SessionLayout l10 = SessionLayout::make(0, 10);
        QCOMPARE(l10.crashDay, 4);
        QCOMPARE(l10.longHeavyDay, 8);
        const SessionLayout l3 = SessionLayout::make(0, 3);
        QCOMPARE(l3.crashDay, 0);
        QCOMPARE(l3.longHeavyDay, 1);
        const SessionLayout l1 = SessionLayout::make(0, 1);
        QCOMPARE(l1.crashDay, 0);
        QVERIFY(!l1.longHeavyEnabled);
        QCOMPARE(SessionLayout::make(0, 0).days, 1);
    }

    void randomTransformsAreOurOwn()
    {
        // mt19937_64's 10000th output for the default seed is fixed by the C++ standard; our uniform
        // is its top 53 bits, so this holds on every platform.
        SeededRandom r(5489u);
        quint64 v = 0;
        for (int i = 0; i < 10000; ++i)
            v = r.nextU64();
        QCOMPARE(v, Q_UINT64_C(9981545732273789042));
        SeededRandom a(7);
        double sum = 0.0;
        double sumSq = 0.0;
        const int n = 200'000;
        for (int i = 0; i < n; ++i) {
            const double z = a.normal();
            sum += z;
            sumSq += z * z;
        }
        QVERIFY(std::abs(sum / n) < 0.01);
        QVERIFY(std::abs(sumSq / n - 1.0) < 0.02);
    }
};

QTEST_GUILESS_MAIN(TestSimulationParts)
#include "tst_simulation_parts.moc"
