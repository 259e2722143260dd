// `cascade export`: every kind through the built binary, on a hand-made store (values worked out
// by hand in tests/models/HandMadeMarket.h) and on the demo session (determinism, no look-ahead).
#include "../models/HandMadeMarket.h"
#include "AnalysisExporter.h"
#include "SessionRepository.h"
#include "store/CsvReader.h"
#include "store/StoreFactory.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace cascade;
using namespace handmade;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cascadeRun(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.remove(QStringLiteral("CASCADE_STORE"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CASCADE_BINARY), arguments);
    process.waitForFinished(120'000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QStringList errorLines(const Run &run)
{
    QStringList lines;
    for (const QString &line : run.err.split(u'\n', Qt::SkipEmptyParts))
        if (!line.startsWith(QLatin1String("QStandardPaths")))
            lines << line;
    return lines;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Rows of a CSV with the header's names.
struct Table
{
    QStringList header;
    QList<QStringList> rows;
    QString at(int row, const QString &column) const { return rows.at(row).at(header.indexOf(column)); }
};

Table table(const QString &path)
{
    Table t;
    CsvReader reader(readAll(path));
    while (reader.readRecord()) {
        QStringList fields;
        for (int i = 0; i < reader.fieldCount(); ++i)
            fields << reader.fieldText(i);
        if (t.header.isEmpty())
            t.header = fields;
        else
            t.rows << fields;
    }
    return t;
}

// An analysis kind as command-line arguments (the heatmap twice: realized and estimated).
const QList<QStringList> kAnalyses{{"--kind", "heatmap"},   {"--kind", "heatmap", "--source", "estimated"},
                                   {"--kind", "levels"},    {"--kind", "map"},
                                   {"--kind", "imbalance"}, {"--kind", "options-oi"},
                                   {"--kind", "zones"}};

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_hand;                               // the hand-made market
    QString m_params;                             // handmade::oneTier() as JSON
    QString m_demo;                               // three days of the demo session
    QString m_cut;                                // the same, without anything after kCut
    static constexpr qint64 kCut = 1758112440000; // 2025-09-17T12:34:00Z

    QString path(const QString &name) const { return m_dir.filePath(name); }
    Run exportTo(const QString &store, const QStringList &kind, const QString &out,
                 const QStringList &more = {})
    {
        return cascadeRun(QStringList{QStringLiteral("export")} + kind +
                          QStringList{QStringLiteral("--out"), out, QStringLiteral("--store"), store} + more);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_hand = path(QStringLiteral("hand.sqlite"));
        {
            auto store = openStore(m_hand);
            QVERIFY2(store, qPrintable(store.error()));
            const Status saved =
                SessionRepository(*store.value()).save(market(), QStringLiteral("hand-made"));
            QVERIFY2(saved, qPrintable(saved.error()));
        }
        m_params = path(QStringLiteral("one-tier.json"));
        QVERIFY(writeFile(m_params, oneTier().toJsonBytes()));

        m_demo = path(QStringLiteral("demo.sqlite"));
        const Run demo =
            cascadeRun({QStringLiteral("demo"), QStringLiteral("--store"), m_demo, QStringLiteral("--days"),
                        QStringLiteral("3"), QStringLiteral("--seed"), QStringLiteral("7")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        // The second store holds the demo session up to kCut only.
        m_cut = path(QStringLiteral("cut.sqlite"));
        auto full = openStore(m_demo);
        QVERIFY(full);
        auto data =
            SessionRepository(*full.value()).load(QStringLiteral("simulated"), QStringLiteral("BTCUSDT"));
        QVERIFY2(data, qPrintable(data.error()));
        QVERIFY(!data->optionChain.empty() && AnalysisExporter::endOf(data.value()) > kCut);
        auto cut = openStore(m_cut);
        QVERIFY(cut);
        QVERIFY(SessionRepository(*cut.value())
                    .save(AnalysisExporter::asOf(data.value(), kCut), QStringLiteral("cut")));
    }

    void imbalanceByHand()
    {
        const QString out = path(QStringLiteral("imbalance.csv"));
        const Run run = exportTo(m_hand, {QStringLiteral("--kind"), QStringLiteral("imbalance")}, out);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const Table t = table(out);
        QCOMPARE(t.rows.size(), 3);
        QCOMPARE(t.at(1, "time"), QStringLiteral("2025-10-10T00:01:00.000Z"));
        QCOMPARE(t.at(1, "exchange"), QStringLiteral("binance"));
        QVERIFY2(qAbs(t.at(1, "imbalance_pct").toDouble() - 1364) < 1e-9,
                 qPrintable(t.at(1, "imbalance_pct")));
        QCOMPARE(qRound(t.at(1, "long_share_pct").toDouble() * 100), 9317);
        QCOMPARE(t.at(2, "imbalance_state"), QStringLiteral("all_long"));
        // stdout names both files written.
        QVERIFY(run.out.contains(QFileInfo(out).absoluteFilePath()));
        QVERIFY(run.out.contains(QStringLiteral("imbalance.params.json")));
    }

    void optionsOpenInterestAllRowSumsExpiries()
    {
        const QString out = path(QStringLiteral("options-oi.csv"));
        const Run run = exportTo(m_hand, {QStringLiteral("--kind"), QStringLiteral("options-oi")}, out);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const Table t = table(out);
        QCOMPARE(t.rows.size(), 5);
        // 100,000: 17 Oct puts 40 calls 10, 31 Oct puts 20 calls 15, all: 60 and 25.
        QCOMPARE(t.rows[4], (QStringList{"2025-10-10T00:01:00.000Z", "binance", "BTC", "all", "100000", "60",
                                         "25", "6000000", "2500000", ""}));
        QCOMPARE(t.at(3, "expiry"), QStringLiteral("2025-10-31T08:00:00.000Z"));
    }

    void optionsBeforeAnySnapshotFailsAndWritesNothing()
    {
        const QString out = path(QStringLiteral("early.csv"));
        const Run run = exportTo(m_hand, {QStringLiteral("--kind"), QStringLiteral("options-oi")}, out,
                                 {QStringLiteral("--at"), QStringLiteral("2025-10-10T00:00:30Z")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("no option chain snapshot of binance BTC at or before")),
                 qPrintable(run.err));
        QVERIFY(!QFile::exists(out));
        QVERIFY(!QFile::exists(path(QStringLiteral("early.params.json"))));
    }

    void mapAndLevelsWithParamsFile()
    {
        const QString map = path(QStringLiteral("map.csv"));
        Run run = exportTo(m_hand, {QStringLiteral("--kind"), QStringLiteral("map")}, map,
                           {QStringLiteral("--params"), m_params, QStringLiteral("--at"),
                            QStringLiteral("2025-10-10T00:02:00Z")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const Table t = table(map);
        double longs = 0, shorts = 0;
        for (int r = 0; r < t.rows.size(); ++r) {
            longs += t.at(r, "long_10x_usd").toDouble();
            shorts += t.at(r, "short_10x_usd").toDouble();
        }
        QVERIFY2(qAbs(longs - 600000) < 1e-6 && qAbs(shorts - 400000) < 1e-6,
                 qPrintable(QString::number(longs)));
        // The parameters used, beside the CSV, read back as the same value.
        const auto params = AnalysisParams::fromJsonBytes(readAll(path(QStringLiteral("map.params.json"))));
        QVERIFY2(params, qPrintable(params.error()));
        QVERIFY(params.value() == oneTier());

        const QString levels = path(QStringLiteral("levels.csv"));
        run = exportTo(m_hand, {QStringLiteral("--kind"), QStringLiteral("levels")}, levels,
                       {QStringLiteral("--params"), m_params});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const Table swept = table(levels);
        QCOMPARE(swept.rows.size(), 1);
        QCOMPARE(swept.at(0, "leverage"), QStringLiteral("10x"));
        QCOMPARE(swept.at(0, "opened"), QStringLiteral("2025-10-10T00:01:00.000Z"));
        QVERIFY(qAbs(swept.at(0, "notional_usd").toDouble() - 600000) < 1e-6);
    }

    void defaultParametersAreRecorded()
    {
        const QString out = path(QStringLiteral("zones.csv"));
        const Run run = exportTo(m_hand, {QStringLiteral("--kind"), QStringLiteral("zones")}, out);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const auto params = AnalysisParams::fromJsonBytes(readAll(path(QStringLiteral("zones.params.json"))));
        QVERIFY2(params, qPrintable(params.error()));
        QVERIFY(params.value() == AnalysisParams());
    }

    void badParamsFile_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("named");
        QTest::newRow("range")
            << QByteArray(
                   R"({"levels": {"tiers": [{"leverage": 10, "weight": 1, "mmr": 0.5, "halfLifeHours": 0}]}})")
            << QStringLiteral("levels.tiers[0].mmr");
        QTest::newRow("unknown key") << QByteArray(R"({"heatmap": {"bucketWdth": 5}})")
                                     << QStringLiteral("heatmap.bucketWdth");
        QTest::newRow("type") << QByteArray(R"({"zones": {"maxZones": "five"}})")
                              << QStringLiteral("zones.maxZones");
        QTest::newRow("json") << QByteArray("{\"zones\": ") << QStringLiteral("invalid JSON");
    }
    void badParamsFile()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, named);
        const QString params = path(QStringLiteral("bad.json"));
        QVERIFY(writeFile(params, json));
        const QString out = path(QStringLiteral("bad-params.csv"));
        const Run run = exportTo(m_hand, {QStringLiteral("--kind"), QStringLiteral("map")}, out,
                                 {QStringLiteral("--params"), params});
        QCOMPARE(run.exitCode, 2);
        const QStringList lines = errorLines(run);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(named) && lines.first().contains(params), qPrintable(lines.first()));
        QVERIFY(!QFile::exists(out));
        QVERIFY(!QFile::exists(path(QStringLiteral("bad-params.params.json"))));
    }

    void parametersOnTheCommandLine()
    {
        // --param overrides the file's values; the recorded parameters are the ones used.
        const QString out = path(QStringLiteral("param.csv"));
        const Run run = exportTo(m_hand, {QStringLiteral("--kind"), QStringLiteral("map")}, out,
                                 {QStringLiteral("--params"), m_params, QStringLiteral("--param"),
                                  QStringLiteral("levels.split=even"), QStringLiteral("--param"),
                                  QStringLiteral("heatmap.bucketWidth=250"), QStringLiteral("--at"),
                                  QStringLiteral("2025-10-10T00:02:00Z")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        AnalysisParams expected = oneTier();
        expected.levels.split = SplitSource::Even;
        expected.heatmap.bucketWidth = 250;
        const auto recorded =
            AnalysisParams::fromJsonBytes(readAll(path(QStringLiteral("param.params.json"))));
        QVERIFY2(recorded, qPrintable(recorded.error()));
        QVERIFY(recorded.value() == expected);
        // An even split of bar 1's 1,000,000: 500,000 each side, in 250 USD buckets.
        const Table t = table(out);
        double longs = 0;
        for (int r = 0; r < t.rows.size(); ++r) {
            longs += t.at(r, "long_usd").toDouble();
            QCOMPARE(t.at(r, "price_to").toDouble() - t.at(r, "price_from").toDouble(), 250.0);
        }
        QVERIFY2(qAbs(longs - 500000) < 1e-6, qPrintable(QString::number(longs)));
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named");
        QTest::newRow("source value")
            << QStringList{"--kind", "heatmap", "--source", "guessed"} << "--source";
        QTest::newRow("source kind") << QStringList{"--kind", "map", "--source", "estimated"} << "--source";
        QTest::newRow("at on series") << QStringList{"--kind", "candles", "--at", "2025-10-10"} << "--at";
        QTest::newRow("params on series")
            << QStringList{"--kind", "liquidations", "--params", "x.json"} << "--params";
        QTest::newRow("ratio kind") << QStringList{"--kind", "heatmap", "--ratio", "taker-buy-sell"}
                                    << "--ratio";
        QTest::newRow("ratio value") << QStringList{"--kind", "ratios", "--ratio", "funding"} << "--ratio";
        QTest::newRow("at value") << QStringList{"--kind", "map", "--at", "noon"} << "--at";
        QTest::newRow("params file") << QStringList{"--kind", "map", "--params", "/no/such.json"}
                                     << "/no/such.json";
        QTest::newRow("kind") << QStringList{"--kind", "heatmaps"} << "--kind";
        QTest::newRow("param key") << QStringList{"--kind", "map", "--param", "heatmap.bucketWdth=5"}
                                   << "heatmap.bucketWdth";
        QTest::newRow("param value") << QStringList{"--kind", "map", "--param", "levels.split=coin"}
                                     << "levels.split";
        QTest::newRow("param form") << QStringList{"--kind", "map", "--param", "levels.split"} << "--param";
        QTest::newRow("param on series")
            << QStringList{"--kind", "candles", "--param", "levels.split=even"} << "--param";
    }
    void badArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        const QString untouched = path(QStringLiteral("untouched.sqlite"));
        const QString out = path(QStringLiteral("never.csv"));
        const Run run = exportTo(untouched, arguments, out);
        QCOMPARE(run.exitCode, 2);
        const QStringList lines = errorLines(run);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(named), qPrintable(lines.first()));
        QVERIFY(!QFile::exists(out));
        QVERIFY(!QFile::exists(path(QStringLiteral("never.params.json"))));
        QVERIFY(!QFile::exists(untouched));
    }

    void sameInputsSameBytes()
    {
        for (const QStringList &kind : kAnalyses) {
            const QString a = path(QStringLiteral("first.csv")), b = path(QStringLiteral("second.csv"));
            const QStringList more{QStringLiteral("--interval"), QStringLiteral("1h")};
            const Run first = exportTo(m_demo, kind, a, more);
            const Run second = exportTo(m_demo, kind, b, more);
            QVERIFY2(first.exitCode == 0 && second.exitCode == 0,
                     qPrintable(kind.join(u' ') + first.err + second.err));
            const QByteArray bytes = readAll(a);
            QVERIFY2(bytes.count("\r\n") > 2, qPrintable(kind.join(u' ')));
            QVERIFY2(bytes == readAll(b), qPrintable(kind.join(u' ')));
        }
    }

    void laterDataDoesNotChangeTheAnswerAtT()
    {
        // As of kCut, the full demo store and a store that ends at kCut export the same bytes.
        const QStringList more{QStringLiteral("--interval"), QStringLiteral("1h"), QStringLiteral("--at"),
                               QStringLiteral("2025-09-17T12:34:00Z")};
        for (const QStringList &kind : kAnalyses) {
            const QString full = path(QStringLiteral("full.csv")), cut = path(QStringLiteral("cut.csv"));
            const Run a = exportTo(m_demo, kind, full, more);
            const Run b = exportTo(m_cut, kind, cut, more);
            QVERIFY2(a.exitCode == 0 && b.exitCode == 0, qPrintable(kind.join(u' ') + a.err + b.err));
            QVERIFY2(readAll(full) == readAll(cut), qPrintable(kind.join(u' ')));
            // And the data after kCut does matter when --at is left at the end of the data.
            const Run end =
                exportTo(m_demo, kind, full, {QStringLiteral("--interval"), QStringLiteral("1h")});
            QVERIFY2(end.exitCode == 0, qPrintable(end.err));
            QVERIFY2(readAll(full) != readAll(cut), qPrintable(kind.join(u' ')));
        }
    }

    void seriesKinds()
    {
        const QString oi = path(QStringLiteral("oi.csv"));
        Run run = exportTo(m_hand, {QStringLiteral("--kind"), QStringLiteral("open-interest")}, oi);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        Table t = table(oi);
        QCOMPARE(t.rows.size(), 3);
        QCOMPARE(t.at(1, "open_interest_usd"), QStringLiteral("2000000"));
        QCOMPARE(t.at(1, "open_interest"), QStringLiteral("20"));

        // Two ratio series stored: the command asks which.
        const QString ratios = path(QStringLiteral("ratios.csv"));
        run = exportTo(m_hand, {QStringLiteral("--kind"), QStringLiteral("ratios")}, ratios);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("--ratio")) &&
                     run.err.contains(QStringLiteral("long-short-account")) &&
                     run.err.contains(QStringLiteral("taker-buy-sell")),
                 qPrintable(run.err));
        QVERIFY(!QFile::exists(ratios));
        run = exportTo(m_hand,
                       {QStringLiteral("--kind"), QStringLiteral("ratios"), QStringLiteral("--ratio"),
                        QStringLiteral("long-short-account")},
                       ratios);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        t = table(ratios);
        QCOMPARE(t.rows.size(), 1);
        QCOMPARE(t.at(0, "kind"), QStringLiteral("long-short-account-ratio"));
        QCOMPARE(t.at(0, "ratio"), QStringLiteral("2"));

        // Options are stored under the underlying: --symbol BTCUSDT finds BTC's chain.
        const QString options = path(QStringLiteral("options.csv"));
        run = exportTo(m_hand,
                       {QStringLiteral("--kind"), QStringLiteral("options"), QStringLiteral("--symbol"),
                        QStringLiteral("BTCUSDT")},
                       options);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        t = table(options);
        QCOMPARE(t.rows.size(), 6);
        QCOMPARE(t.at(0, "symbol"), QStringLiteral("BTC"));
        QCOMPARE(t.at(5, "instrument"), QStringLiteral("BTC-31OCT25-100000-P"));
        QCOMPARE(t.at(5, "open_interest"), QStringLiteral("20"));
        // Series exports have no parameters to record.
        QVERIFY(!QFile::exists(path(QStringLiteral("options.params.json"))));
    }

    void exportsReimport()
    {
        // The options and ratio exports read back into a fresh store as the same rows.
        const QString store = path(QStringLiteral("reimport.sqlite"));
        const Run run = cascadeRun({QStringLiteral("import"), path(QStringLiteral("options.csv")),
                                    path(QStringLiteral("oi.csv")), QStringLiteral("--store"), store});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        auto opened = openStore(store);
        QVERIFY(opened);
        auto quotes = opened.value()->optionQuotes(
            {QStringLiteral("binance"), QStringLiteral("BTC"), SeriesKind::Options}, {0, kT0 + 86'400'000});
        QVERIFY(quotes);
        QCOMPARE(quotes->size(), std::size_t(6));
        QCOMPARE(quotes->back().openInterest, 20.0);
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
