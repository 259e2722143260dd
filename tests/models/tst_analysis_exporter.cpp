// AnalysisExporter: the analysis CSVs of a hand-made market, worked out by hand (HandMadeMarket.h).
#include "AnalysisExporter.h"
#include "HandMadeMarket.h"
#include "market/TimeFormat.h"
#include "store/CsvReader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cascade;
using namespace handmade;

namespace {

// A CSV as a header and rows of named fields.
struct Table
{
    QStringList header;
    QList<QStringList> rows;

    QString at(int row, const QString &column) const { return rows.at(row).at(header.indexOf(column)); }
    double number(int row, const QString &column) const { return at(row, column).toDouble(); }
};

Table parse(const QByteArray &csv)
{
    Table table;
    CsvReader reader(csv);
    bool first = true;
    while (reader.readRecord()) {
        QStringList fields;
        for (int i = 0; i < reader.fieldCount(); ++i)
            fields << reader.fieldText(i);
        if (first)
            table.header = fields;
        else
            table.rows << fields;
        first = false;
    }
    return table;
}

QByteArray exported(AnalysisKind kind, std::optional<qint64> at = {},
                    const AnalysisParams &params = oneTier(), const MarketData &data = market())
{
    AnalysisExporter::Request request;
    request.kind = kind;
    request.at = at;
    request.params = params;
    const auto csv = AnalysisExporter::csv(data, request);
    if (!csv) {
        qWarning("%s", qPrintable(csv.error()));
        return {};
    }
    return csv.value();
}

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
}

} // namespace

class TestAnalysisExporter : public QObject
{
    Q_OBJECT

private slots:
    void imbalanceRowsByHand()
    {
        const Table t = parse(exported(AnalysisKind::Imbalance));
        QCOMPARE(t.header.mid(0, 3), (QStringList{"time", "exchange", "symbol"}));
        QCOMPARE(t.rows.size(), 3);
        // Bar 0: a candle and nothing liquidated.
        QCOMPARE(t.at(0, "time"), QStringLiteral("2025-10-10T00:00:00.000Z"));
        QCOMPARE(t.at(0, "imbalance_state"), QStringLiteral("none"));
        QCOMPARE(t.at(0, "long_share_pct"), QString());
        QCOMPARE(t.at(0, "taker_ratio"), QStringLiteral("1"));
        // Bar 1: 13,640,000 long vs 1,000,000 short.
        QCOMPARE(t.at(1, "time"), QStringLiteral("2025-10-10T00:01:00.000Z"));
        QCOMPARE(t.at(1, "long_usd"), QStringLiteral("13640000"));
        QCOMPARE(t.at(1, "short_usd"), QStringLiteral("1000000"));
        QCOMPARE(t.at(1, "long_count"), QStringLiteral("2"));
        QVERIFY2(near(t.number(1, "imbalance_pct"), 1364), qPrintable(t.at(1, "imbalance_pct")));
        QCOMPARE(qRound(t.number(1, "long_share_pct") * 100), 9317); // 13.64 / 14.64
        QCOMPARE(t.at(1, "imbalance_state"), QStringLiteral("ratio"));
        QCOMPARE(t.at(1, "taker_ratio"), QStringLiteral("1.5")); // 6 bought / 4 sold
        QCOMPARE(t.at(1, "open_interest_usd"), QStringLiteral("2000000"));
        QCOMPARE(t.at(1, "open_interest_change_usd"), QStringLiteral("1000000"));
        // Bar 2: longs only.
        QCOMPARE(t.at(2, "imbalance_state"), QStringLiteral("all_long"));
        QCOMPARE(t.at(2, "imbalance_pct"), QString());
        QCOMPARE(t.at(2, "long_share_pct"), QStringLiteral("100"));
    }

    void optionsOpenInterestSumsExpiries()
    {
        const Table t = parse(exported(AnalysisKind::OptionsOpenInterest));
        QCOMPARE(t.rows.size(), 5); // 95k: 17 Oct, all; 100k: 17 Oct, 31 Oct, all
        QCOMPARE(t.at(0, "symbol"), QStringLiteral("BTC"));
        QCOMPARE(t.at(0, "time"), QStringLiteral("2025-10-10T00:01:00.000Z"));
        const QStringList expiries{"2025-10-17T08:00:00.000Z", "all", "2025-10-17T08:00:00.000Z",
                                   "2025-10-31T08:00:00.000Z", "all"};
        const QStringList strikes{"95000", "95000", "100000", "100000", "100000"};
        const QStringList puts{"30", "30", "40", "20", "60"};
        const QStringList calls{"5", "5", "10", "15", "25"};
        for (int r = 0; r < 5; ++r) {
            QCOMPARE(t.at(r, "expiry"), expiries[r]);
            QCOMPARE(t.at(r, "strike"), strikes[r]);
            QCOMPARE(t.at(r, "put_oi"), puts[r]);
            QCOMPARE(t.at(r, "call_oi"), calls[r]);
            QCOMPARE(t.number(r, "put_oi_usd"), puts[r].toDouble() * 100000);
            QCOMPARE(t.number(r, "call_oi_usd"), calls[r].toDouble() * 100000);
            QCOMPARE(t.at(r, "gamma_exposure_usd"), QString()); // no greeks given
        }
    }

    void optionsBeforeTheFirstSnapshotIsAnError()
    {
        AnalysisExporter::Request request;
        request.kind = AnalysisKind::OptionsOpenInterest;
        request.at = kT0;
        const auto csv = AnalysisExporter::csv(market(), request);
        QVERIFY(!csv);
        QVERIFY2(csv.error().contains(QStringLiteral("no option chain snapshot of binance BTC at or before "
                                                     "2025-10-10T00:00:00.000Z")),
                 qPrintable(csv.error()));
    }

    void mapBeforeAndAfterTheSweep()
    {
        // Once bar 1 has closed: the long at 90,500 (600,000) and the short at 109,500 (400,000)
        // are open. At its open it has not closed, so it opened nothing yet.
        QCOMPARE(parse(exported(AnalysisKind::Map, kT0 + 2 * kMinute - 1)).at(0, "time"),
                 QStringLiteral("2025-10-10T00:00:00.000Z"));
        const Table before = parse(exported(AnalysisKind::Map, kT0 + 2 * kMinute));
        QVERIFY(before.header.contains(QStringLiteral("long_10x_usd")));
        int longRow = -1, shortRow = -1;
        for (int r = 0; r < before.rows.size(); ++r) {
            if (before.number(r, "long_usd") != 0)
                longRow = longRow < 0 ? r : -2;
            if (before.number(r, "short_usd") != 0)
                shortRow = shortRow < 0 ? r : -2;
        }
        QVERIFY(longRow >= 0 && shortRow >= 0); // exactly one row each
        QCOMPARE(before.at(longRow, "time"), QStringLiteral("2025-10-10T00:01:00.000Z"));
        QCOMPARE(before.at(longRow, "price"), QStringLiteral("100000"));
        QVERIFY(before.number(longRow, "price_from") <= 90500 + 1e-6 &&
                before.number(longRow, "price_to") > 90500);
        QCOMPARE(before.number(longRow, "price_to") - before.number(longRow, "price_from"), 100.0);
        QVERIFY(near(before.number(longRow, "long_usd"), 600000));
        QVERIFY(near(before.number(longRow, "long_10x_usd"), 600000));
        QVERIFY(near(before.number(longRow, "cumulative_long_usd"), 600000));
        QVERIFY(before.number(shortRow, "price_from") <= 109500 + 1e-6 &&
                before.number(shortRow, "price_to") > 109500);
        QVERIFY(near(before.number(shortRow, "short_usd"), 400000));
        QVERIFY(near(before.number(shortRow, "cumulative_short_usd"), 400000));
        // The grid spans 15% of the close either side (wider than 10x's 9.5%): 85,000 to 115,000.
        QCOMPARE(before.at(0, "price_from"), QStringLiteral("85000"));
        QCOMPARE(before.at(before.rows.size() - 1, "price_to"), QStringLiteral("115000"));

        // As of bar 2 (the end of the data): the long was swept; the short is still open.
        const Table after = parse(exported(AnalysisKind::Map));
        double longs = 0, shorts = 0;
        for (int r = 0; r < after.rows.size(); ++r) {
            longs += after.number(r, "long_usd");
            shorts += after.number(r, "short_usd");
        }
        QCOMPARE(longs, 0.0);
        QVERIFY(near(shorts, 400000));
        QCOMPARE(after.at(0, "price"), QStringLiteral("95000"));
    }

    void levelsListTheSweep()
    {
        const Table t = parse(exported(AnalysisKind::Levels));
        QCOMPARE(t.rows.size(), 1);
        QCOMPARE(t.at(0, "time"), QStringLiteral("2025-10-10T00:02:00.000Z"));
        QCOMPARE(t.at(0, "side"), QStringLiteral("long"));
        QCOMPARE(t.at(0, "leverage"), QStringLiteral("10x"));
        QVERIFY(near(t.number(0, "price"), 90500));
        QVERIFY(near(t.number(0, "notional_usd"), 600000));
        QCOMPARE(t.at(0, "opened"), QStringLiteral("2025-10-10T00:01:00.000Z"));
        // As of bar 1 nothing has been swept yet.
        QCOMPARE(parse(exported(AnalysisKind::Levels, kT0 + kMinute)).rows.size(), 0);
    }

    void realizedHeatmapCells()
    {
        const Table t = parse(exported(AnalysisKind::RealizedHeatmap));
        // Fixed 100 USD buckets: bar 1 has longs in 99,000 and 99,100 and the short in 101,000;
        // bar 2 the long in 90,600.
        QCOMPARE(t.rows.size(), 4);
        QCOMPARE(t.at(0, "price_from"), QStringLiteral("99000"));
        QCOMPARE(t.at(0, "long_usd"), QStringLiteral("13000000"));
        QCOMPARE(t.at(2, "price_from"), QStringLiteral("101000"));
        QCOMPARE(t.at(2, "short_usd"), QStringLiteral("1000000"));
        QCOMPARE(t.at(2, "short_count"), QStringLiteral("1"));
        QCOMPARE(t.at(3, "time"), QStringLiteral("2025-10-10T00:02:00.000Z"));
        QCOMPARE(t.at(3, "price_from"), QStringLiteral("90600"));
    }

    void estimatedHeatmapColumns()
    {
        const Table t = parse(exported(AnalysisKind::EstimatedHeatmap));
        // Bar 0 opens nothing; bar 1: the long and the short; bar 2: the short alone.
        QCOMPARE(t.rows.size(), 3);
        QCOMPARE(t.at(0, "time"), QStringLiteral("2025-10-10T00:01:00.000Z"));
        QVERIFY(near(t.number(0, "long_usd"), 600000));
        QCOMPARE(t.at(2, "time"), QStringLiteral("2025-10-10T00:02:00.000Z"));
        QVERIFY(near(t.number(2, "short_usd"), 400000));
        QCOMPARE(t.number(2, "long_usd"), 0.0);
    }

    void zonesAsOfAMoment()
    {
        AnalysisParams params = oneTier();
        params.zones.zoneWidthFraction = 0.01;
        const Table t = parse(exported(AnalysisKind::Zones, kT0 + kMinute, params));
        QVERIFY(!t.rows.isEmpty());
        QCOMPARE(t.at(0, "time"), QStringLiteral("2025-10-10T00:01:00.000Z"));
        QCOMPARE(t.at(0, "price"), QStringLiteral("100000"));
        // The put wall below 100,000 is the 30 contracts at 95,000 (the only strike below).
        bool putWall = false;
        for (int r = 0; r < t.rows.size(); ++r)
            putWall =
                putWall || (t.at(r, "evidence") == QLatin1String("put_wall") &&
                            t.at(r, "evidence_value") == "30" && t.at(r, "side") == QLatin1String("support"));
        QVERIFY(putWall);
    }

    void sameInputsSameBytes()
    {
        for (const AnalysisKind kind : {AnalysisKind::RealizedHeatmap, AnalysisKind::EstimatedHeatmap,
                                        AnalysisKind::Levels, AnalysisKind::Map, AnalysisKind::Imbalance,
                                        AnalysisKind::OptionsOpenInterest, AnalysisKind::Zones}) {
            const QByteArray first = exported(kind);
            QVERIFY(first.count("\r\n") >= 2);
            QCOMPARE(exported(kind), first);
        }
    }

    void laterDataChangesNothingAtT()
    {
        // Everything after bar 1 + 30 s removed: every export as of then is byte for byte the same.
        const qint64 t = kT0 + kMinute + 30'000;
        const MarketData cut = AnalysisExporter::asOf(market(), t);
        QCOMPARE(cut.candles.size(), std::size_t(2));
        QCOMPARE(cut.liquidations.size(), std::size_t(3));
        QCOMPARE(cut.openInterest.size(), std::size_t(2));
        QCOMPARE(AnalysisExporter::endOf(cut), kT0 + kMinute + 20'000);
        for (const AnalysisKind kind : {AnalysisKind::RealizedHeatmap, AnalysisKind::EstimatedHeatmap,
                                        AnalysisKind::Levels, AnalysisKind::Map, AnalysisKind::Imbalance,
                                        AnalysisKind::OptionsOpenInterest, AnalysisKind::Zones}) {
            const QByteArray asOfT = exported(kind, t);
            QVERIFY(asOfT.count("\r\n") >= 1);
            QCOMPARE(exported(kind, t, oneTier(), cut), asOfT);
        }
        // The bar-2 liquidation and sweep are not there as of t, and are at the end.
        QVERIFY(exported(AnalysisKind::Imbalance, t) != exported(AnalysisKind::Imbalance));
        QVERIFY(exported(AnalysisKind::Levels, t) != exported(AnalysisKind::Levels));
    }

    void badParametersNameTheKey()
    {
        AnalysisParams params = oneTier();
        params.levels.tiers[0].mmr = 0.5;
        AnalysisExporter::Request request;
        request.kind = AnalysisKind::Map;
        request.params = params;
        const auto csv = AnalysisExporter::csv(market(), request);
        QVERIFY(!csv);
        QVERIFY2(csv.error().contains(QStringLiteral("levels.tiers[0].mmr")), qPrintable(csv.error()));
    }

    void paramsBesideTheCsv()
    {
        QCOMPARE(AnalysisExporter::paramsPath(QStringLiteral("/a/map.csv")),
                 QStringLiteral("/a/map.params.json"));
        QCOMPARE(AnalysisExporter::paramsPath(QStringLiteral("/a/map")),
                 QStringLiteral("/a/map.params.json"));
        QTemporaryDir dir;
        const QString csvPath = dir.filePath(QStringLiteral("map.csv"));
        const QByteArray csv = exported(AnalysisKind::Map);
        QVERIFY(AnalysisExporter::save(csvPath, csv, oneTier()));
        QFile written(csvPath);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), csv);
        QFile json(dir.filePath(QStringLiteral("map.params.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const auto back = AnalysisParams::fromJsonBytes(json.readAll());
        QVERIFY2(back, qPrintable(back.error()));
        QVERIFY(back.value() == oneTier());
    }

    void unwritableTargetNamesTheFileAndWritesNothing()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("no/such/dir/map.csv"));
        const Status status = AnalysisExporter::save(missing, "time\r\n", oneTier());
        QVERIFY(!status);
        QVERIFY2(status.error().contains(missing), qPrintable(status.error()));
        QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAnalysisExporter)
#include "tst_analysis_exporter.moc"
