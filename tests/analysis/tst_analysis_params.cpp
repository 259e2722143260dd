#include "analysis/AnalysisParams.h"

#include <QJsonArray>
#include <QTest>

using namespace cascade;

class TestAnalysisParams : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAreTheDocumentedTiers()
    {
        const AnalysisParams p;
        QCOMPARE(p.levels.tiers.size(), std::size_t(5));
        const double leverage[] = {5, 10, 25, 50, 100};
        const double weight[] = {0.10, 0.20, 0.30, 0.25, 0.15};
        double sum = 0;
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(p.levels.tiers[i].leverage, leverage[i]);
            QCOMPARE(p.levels.tiers[i].weight, weight[i]);
            QCOMPARE(p.levels.tiers[i].mmr, 0.005);
            sum += p.levels.tiers[i].weight;
        }
        QVERIFY(qFuzzyCompare(sum, 1.0));
        QVERIFY(p.validate().ok());
    }

    void roundTripsThroughJson()
    {
        AnalysisParams p;
        p.heatmap.bucketMode = BucketMode::Fixed;
        p.heatmap.bucketWidth = 250;
        p.levels.exposure = ExposureSource::VolumeWeighted;
        p.levels.split = SplitSource::AccountRatio;
        p.levels.entry = EntryPrice::LowHigh;
        p.levels.tiers = {{20, 1.0, 0.004, 36}};
        p.levels.calibrateToOpenInterest = true;
        p.zones.putWallWeight = 2.5;
        p.zones.maxZones = 7;
        p.scoring.topN = 3;
        const auto back = AnalysisParams::fromJsonBytes(p.toJsonBytes());
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QVERIFY(back.value() == p);
        QCOMPARE(p.toJson().value("levels").toObject().value("split").toString(), QString("accountRatio"));
    }

    void emptyObjectGivesDefaults()
    {
        const auto p = AnalysisParams::fromJsonBytes("{}");
        QVERIFY(p.ok());
        QVERIFY(p.value() == AnalysisParams());
    }

    void partialObjectKeepsOtherDefaults()
    {
        const auto p = AnalysisParams::fromJsonBytes(R"({"scoring": {"topN": 4}})");
        QVERIFY(p.ok());
        QCOMPARE(p->scoring.topN, 4);
        QCOMPARE(p->scoring.windowHours, 24.0);
        QCOMPARE(p->levels.tiers.size(), std::size_t(5));
    }

    void badJsonNamesTheKey_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("syntax") << QByteArray("{\"heatmap\": ") << QString("invalid JSON at byte");
        QTest::newRow("not an object") << QByteArray("[1,2]") << QString("expected a JSON object");
        QTest::newRow("wrong type") << QByteArray(R"({"heatmap": {"bucketWidth": "100"}})")
                                    << QString("heatmap.bucketWidth: expected a number, got a string");
        QTest::newRow("unknown key") << QByteArray(R"({"levels": {"tierz": []}})")
                                     << QString("levels.tierz: unknown key");
        QTest::newRow("unknown section")
            << QByteArray(R"({"colours": {}})") << QString("colours: unknown key");
        QTest::newRow("bad enum") << QByteArray(R"({"levels": {"split": "coinflip"}})")
                                  << QString(
                                         "levels.split: expected one of \"takerRatio\", \"accountRatio\", "
                                         "\"even\", got \"coinflip\"");
        QTest::newRow("tier type")
            << QByteArray(
                   R"({"levels": {"tiers": [{"leverage": 5, "weight": 1, "mmr": true, "halfLifeHours": 1}]}})")
            << QString("levels.tiers[0].mmr: expected a number, got a boolean");
        QTest::newRow("tier missing key")
            << QByteArray(R"({"levels": {"tiers": [{"leverage": 5, "weight": 1, "mmr": 0.01}]}})")
            << QString("levels.tiers[0].halfLifeHours: missing key");
        QTest::newRow("mmr too big")
            << QByteArray(
                   R"({"levels": {"tiers": [{"leverage": 10, "weight": 1, "mmr": 0.1, "halfLifeHours": 1}]}})")
            << QString("levels.tiers[0].mmr must be in [0, 1/leverage), got 0.1");
        QTest::newRow("fractional int") << QByteArray(R"({"scoring": {"topN": 2.5}})")
                                        << QString("scoring.topN: expected a whole number, got 2.5");
        QTest::newRow("zero topN") << QByteArray(R"({"scoring": {"topN": 0}})")
                                   << QString("scoring.topN must be at least 1, got 0");
        QTest::newRow("negative weight") << QByteArray(R"({"zones": {"putWallWeight": -1}})")
                                         << QString("zones.putWallWeight must be zero or positive, got -1");
    }
    void badJsonNamesTheKey()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const auto p = AnalysisParams::fromJsonBytes(json);
        QVERIFY(!p.ok());
        QVERIFY2(p.error().contains(expected), qPrintable(p.error()));
        QVERIFY(p.error().startsWith("analysis parameters: "));
    }
};

QTEST_GUILESS_MAIN(TestAnalysisParams)
#include "tst_analysis_params.moc"
