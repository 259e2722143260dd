#include "SessionRepository.h"
#include "analysis/CandleAggregator.h"
#include "market/TimeFormat.h"
#include "store/CsvReader.h"
#include "store/StoreFactory.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace cascade;

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cascadeRun(const QStringList &arguments, const QString &store = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    if (!store.isEmpty())
        environment.insert(QStringLiteral("CASCADE_STORE"), store);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CASCADE_BINARY), arguments);
    process.waitForFinished(120'000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// The stderr lines a run printed, without Qt's platform chatter.
QStringList errorLines(const Run &run)
{
    QStringList lines;
    for (const QString &line : run.err.split(u'\n', Qt::SkipEmptyParts)) {
        if (!line.startsWith(QLatin1String("QStandardPaths")) && !line.contains(QLatin1String("propagateSizeHints")))
            lines << line;
    }
    return lines;
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(QStringLiteral("demo.sqlite"));
        const Run run = cascadeRun({QStringLiteral("demo"), QStringLiteral("--store"), m_store, QStringLiteral("--days"),
                                    QStringLiteral("3"), QStringLiteral("--seed"), QStringLiteral("7")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("2025-09-16T00:00:00.000Z to 2025-09-19T00:00:00.000Z")));
    }

    void version()
    {
        const Run run = cascadeRun({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QStringLiteral("cascade " CASCADE_VERSION));
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named");
        const QString out = m_dir.filePath(QStringLiteral("never.png"));
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("frobnicate");
        QTest::newRow("size") << QStringList{QStringLiteral("render"), QStringLiteral("--out"), out,
                                             QStringLiteral("--size"), QStringLiteral("10x10")}
                              << QStringLiteral("--size");
        QTest::newRow("view") << QStringList{QStringLiteral("render"), QStringLiteral("--out"), out,
                                             QStringLiteral("--view"), QStringLiteral("galaxy")}
                              << QStringLiteral("--view");
        QTest::newRow("from") << QStringList{QStringLiteral("render"), QStringLiteral("--out"), out,
                                             QStringLiteral("--from"), QStringLiteral("yesterday")}
                              << QStringLiteral("--from");
        QTest::newRow("scale") << QStringList{QStringLiteral("render"), QStringLiteral("--out"), out,
                                              QStringLiteral("--scale"), QStringLiteral("4")}
                               << QStringLiteral("--scale");
        QTest::newRow("theme") << QStringList{QStringLiteral("render"), QStringLiteral("--out"), out,
                                              QStringLiteral("--theme"), QStringLiteral("sepia")}
                               << QStringLiteral("--theme");
        QTest::newRow("heatmap source") << QStringList{QStringLiteral("render"), QStringLiteral("--out"), out,
                                                       QStringLiteral("--heatmap"), QStringLiteral("guessed")}
                                        << QStringLiteral("--heatmap");
        QTest::newRow("interval") << QStringList{QStringLiteral("render"), QStringLiteral("--out"), out,
                                                 QStringLiteral("--interval"), QStringLiteral("7y")}
                                  << QStringLiteral("--interval");
        QTest::newRow("kind") << QStringList{QStringLiteral("export"), QStringLiteral("--kind"),
                                             QStringLiteral("tea"), QStringLiteral("--out"), out}
                              << QStringLiteral("--kind");
        QTest::newRow("missing out") << QStringList{QStringLiteral("export"), QStringLiteral("--kind"),
                                                    QStringLiteral("candles")}
                                     << QStringLiteral("--out");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("export"), QStringLiteral("--colour")}
                                        << QStringLiteral("colour");
        QTest::newRow("days") << QStringList{QStringLiteral("demo"), QStringLiteral("--days"), QStringLiteral("0")}
                              << QStringLiteral("--days");
        QTest::newRow("range order") << QStringList{QStringLiteral("export"), QStringLiteral("--kind"),
                                                    QStringLiteral("candles"), QStringLiteral("--out"), out,
                                                    QStringLiteral("--from"), QStringLiteral("2025-09-17"),
                                                    QStringLiteral("--to"), QStringLiteral("2025-09-16")}
                                     << QStringLiteral("--to");
    }
    void badArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        const QString untouched = m_dir.filePath(QStringLiteral("untouched.sqlite"));
        const Run run = cascadeRun(arguments, untouched);
        QCOMPARE(run.exitCode, 2);
        const QStringList lines = errorLines(run);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(named), qPrintable(lines.first()));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.png"))));
        QVERIFY(!QFile::exists(untouched)); // nothing written, not even an empty store
    }

    void renderWritesRequestedSize()
    {
        const QString png = m_dir.filePath(QStringLiteral("price.png"));
        const Run run = cascadeRun({QStringLiteral("render"), QStringLiteral("--view"), QStringLiteral("price"),
                                    QStringLiteral("--out"), png, QStringLiteral("--size"), QStringLiteral("800x500"),
                                    QStringLiteral("--store"), m_store});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(800, 500));
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3) {
            for (int x = 0; x < image.width(); x += 3)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 50, qPrintable(QString::number(colours.size())));
    }

    void renderPanels_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("heatmap realized") << QStringList{QStringLiteral("--view"), QStringLiteral("heatmap")};
        QTest::newRow("heatmap estimated") << QStringList{QStringLiteral("--view"), QStringLiteral("heatmap"),
                                                          QStringLiteral("--heatmap"), QStringLiteral("estimated")};
        QTest::newRow("imbalance") << QStringList{QStringLiteral("--view"), QStringLiteral("imbalance")};
        QTest::newRow("map") << QStringList{QStringLiteral("--view"), QStringLiteral("map")};
        QTest::newRow("options") << QStringList{QStringLiteral("--view"), QStringLiteral("options")};
        QTest::newRow("zones") << QStringList{QStringLiteral("--view"), QStringLiteral("zones")};
    }
    void renderPanels()
    {
        QFETCH(QStringList, extra);
        const QString png = m_dir.filePath(QStringLiteral("panel.png"));
        QFile::remove(png);
        const Run run = cascadeRun(QStringList{QStringLiteral("render"), QStringLiteral("--out"), png,
                                               QStringLiteral("--size"), QStringLiteral("900x400"),
                                               QStringLiteral("--store"), m_store} +
                                   extra);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(900, 400));
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3) {
            for (int x = 0; x < image.width(); x += 3)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 30, qPrintable(QString::number(colours.size())));
    }

    void renderScaleAndTheme()
    {
        const QString png = m_dir.filePath(QStringLiteral("light2x.png"));
        const Run run = cascadeRun({QStringLiteral("render"), QStringLiteral("--view"), QStringLiteral("price"),
                                    QStringLiteral("--out"), png, QStringLiteral("--size"), QStringLiteral("600x400"),
                                    QStringLiteral("--scale"), QStringLiteral("2"), QStringLiteral("--theme"),
                                    QStringLiteral("light"), QStringLiteral("--store"), m_store});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1200, 800));
        // The light theme's chart background is white: the top-left corner of the plot.
        QCOMPARE(image.pixelColor(20, 20), QColor(0xff, 0xff, 0xff));
    }

    void renderDashboard()
    {
        const QString png = m_dir.filePath(QStringLiteral("dashboard.png"));
        const Run run = cascadeRun({QStringLiteral("render"), QStringLiteral("--out"), png, QStringLiteral("--size"),
                                    QStringLiteral("1280x720"), QStringLiteral("--store"), m_store});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(QImage(png).size(), QSize(1280, 720));
    }

    void exportCandlesRoundTrip()
    {
        const QString csv = m_dir.filePath(QStringLiteral("candles.csv"));
        const Run run = cascadeRun({QStringLiteral("export"), QStringLiteral("--kind"), QStringLiteral("candles"),
                                    QStringLiteral("--out"), csv, QStringLiteral("--interval"), QStringLiteral("1h"),
                                    QStringLiteral("--from"), QStringLiteral("2025-09-17T00:00:00Z"),
                                    QStringLiteral("--to"), QStringLiteral("2025-09-18")},
                                   m_store);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        auto store = openStore(m_store);
        QVERIFY(store.ok());
        auto data = SessionRepository(*store.value())
                        .load(QStringLiteral("simulated"), QStringLiteral("BTCUSDT"), {1758067200000, 1758153600000});
        QVERIFY(data.ok());
        const auto hourly = CandleAggregator::aggregate(data->candles, Interval::hours(1));
        QCOMPARE(hourly.size(), std::size_t(24));

        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        CsvReader reader(file.readAll());
        QVERIFY(reader.readRecord());
        QCOMPARE(reader.fieldText(0), QStringLiteral("time"));
        QStringList header;
        for (int i = 0; i < reader.fieldCount(); ++i)
            header << reader.fieldText(i);
        const int open = int(header.indexOf(QStringLiteral("open")));
        const int high = int(header.indexOf(QStringLiteral("high")));
        const int low = int(header.indexOf(QStringLiteral("low")));
        const int close = int(header.indexOf(QStringLiteral("close")));
        const int volume = int(header.indexOf(QStringLiteral("volume")));
        QVERIFY(open > 0 && high > 0 && low > 0 && close > 0 && volume > 0);
        std::size_t row = 0;
        while (reader.readRecord()) {
            QVERIFY(row < hourly.size());
            const Candle &c = hourly[row];
            QCOMPARE(reader.fieldText(0), TimeFormat::isoUtc(c.openTime));
            QCOMPARE(reader.fieldText(1), QStringLiteral("simulated"));
            QCOMPARE(reader.fieldText(open).toDouble(), c.open);
            QCOMPARE(reader.fieldText(high).toDouble(), c.high);
            QCOMPARE(reader.fieldText(low).toDouble(), c.low);
            QCOMPARE(reader.fieldText(close).toDouble(), c.close);
            QVERIFY(qAbs(reader.fieldText(volume).toDouble() - c.volume) < 1e-6 * std::max(1.0, c.volume));
            ++row;
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.error()));
        QCOMPARE(row, std::size_t(24));
    }

    void exportLiquidationsCountsEveryEvent()
    {
        const QString csv = m_dir.filePath(QStringLiteral("liquidations.csv"));
        const Run run = cascadeRun({QStringLiteral("export"), QStringLiteral("--kind"),
                                    QStringLiteral("liquidations"), QStringLiteral("--out"), csv,
                                    QStringLiteral("--exchange"), QStringLiteral("simulated"),
                                    QStringLiteral("--symbol"), QStringLiteral("BTCUSDT"), QStringLiteral("--store"),
                                    m_store});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        auto store = openStore(m_store);
        QVERIFY(store.ok());
        auto stored = store.value()->liquidations({QStringLiteral("simulated"), QStringLiteral("BTCUSDT"),
                                                   SeriesKind::Liquidations},
                                                  {0, std::numeric_limits<qint64>::max()});
        QVERIFY(stored.ok());
        QVERIFY(!stored->empty());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        CsvReader reader(file.readAll());
        int records = -1; // the header
        while (reader.readRecord())
            ++records;
        QCOMPARE(std::size_t(records), stored->size());
    }

    void unknownSeriesIsAFailureNotACrash()
    {
        const Run run = cascadeRun({QStringLiteral("export"), QStringLiteral("--kind"), QStringLiteral("candles"),
                                    QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.csv")),
                                    QStringLiteral("--exchange"), QStringLiteral("binance"), QStringLiteral("--store"),
                                    m_store});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("the store has: simulated BTCUSDT")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.csv"))));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
