#include "market/RangeSet.h"

#include <QTest>

using namespace cascade;

class TestRangeSet : public QObject
{
    Q_OBJECT

private slots:
    void addMergesOverlappingAndTouching()
    {
        RangeSet set;
        set.add({100, 200});
        set.add({300, 400});
        set.add({200, 250}); // touches the first: one range 100..250
        QCOMPARE(set.ranges().size(), std::size_t(2));
        QCOMPARE(set.ranges()[0], (TimeRange{100, 250}));
        set.add({240, 310}); // bridges both
        QCOMPARE(set.ranges().size(), std::size_t(1));
        QCOMPARE(set.ranges()[0], (TimeRange{100, 400}));
        QCOMPARE(set.totalDuration(), qint64(300));
    }

    void addKeepsOrderWhenInsertingBefore()
    {
        RangeSet set({{500, 600}, {100, 200}});
        QCOMPARE(set.ranges()[0], (TimeRange{100, 200}));
        QCOMPARE(set.ranges()[1], (TimeRange{500, 600}));
        set.add({0, 50});
        QCOMPARE(set.ranges()[0], (TimeRange{0, 50}));
        QCOMPARE(set.span(), (TimeRange{0, 600}));
    }

    void emptyRangesAreIgnored()
    {
        RangeSet set;
        set.add({10, 10});
        set.add({20, 5});
        QVERIFY(set.isEmpty());
        QCOMPARE(set.span(), TimeRange{});
    }

    void gapsWithinWindow()
    {
        const RangeSet set({{100, 200}, {300, 400}});
        const auto gaps = set.gaps({50, 450});
        QCOMPARE(gaps.size(), std::size_t(3));
        QCOMPARE(gaps[0], (TimeRange{50, 100}));
        QCOMPARE(gaps[1], (TimeRange{200, 300}));
        QCOMPARE(gaps[2], (TimeRange{400, 450}));
        QVERIFY(set.gaps({120, 180}).empty());
        const auto inner = set.gaps({150, 350});
        QCOMPARE(inner.size(), std::size_t(1));
        QCOMPARE(inner[0], (TimeRange{200, 300}));
    }

    void coversAndContains()
    {
        const RangeSet set({{100, 200}});
        QVERIFY(set.covers({100, 200}));
        QVERIFY(!set.covers({100, 201}));
        QVERIFY(set.contains(199));
        QVERIFY(!set.contains(200)); // half-open
    }

    void subtractSplits()
    {
        RangeSet set({{0, 1000}});
        set.subtract({400, 600});
        QCOMPARE(set.ranges().size(), std::size_t(2));
        QCOMPARE(set.ranges()[0], (TimeRange{0, 400}));
        QCOMPARE(set.ranges()[1], (TimeRange{600, 1000}));
        set.subtract({-10, 100});
        QCOMPARE(set.ranges()[0], (TimeRange{100, 400}));
    }

    void intersected()
    {
        const RangeSet set({{0, 100}, {200, 300}});
        const auto part = set.intersected({50, 250});
        QCOMPARE(part.ranges().size(), std::size_t(2));
        QCOMPARE(part.ranges()[0], (TimeRange{50, 100}));
        QCOMPARE(part.ranges()[1], (TimeRange{200, 250}));
    }
};

QTEST_GUILESS_MAIN(TestRangeSet)
#include "tst_range_set.moc"
