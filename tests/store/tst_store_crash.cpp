#include "FakeExchange.h"

#include "store/SeriesCsvWriter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace cascade;

namespace {
constexpr qint64 kT0 = 1735689600000; // 2025-01-01T00:00:00Z
constexpr int kCandles = 120'000;
constexpr int kLiquidations = 120'000;
constexpr qint64 kFetchFrom = 1760054400000; // 2025-10-10T00:00:00Z
constexpr qint64 kFetchBars = 30 * 1440;     // 30 days of 1-minute bars: 29 pages
constexpr qint64 kFetchTo = kFetchFrom + kFetchBars * 60'000;
// 20 per test keeps ctest short; CASCADE_CRASH_KILLS=200 runs the long version by hand (with
// QTEST_FUNCTION_TIMEOUT=3600000: 200 imports take longer than Qt Test's default 5 minutes).
int killCount()
{
    const int asked = qEnvironmentVariableIntValue("CASCADE_CRASH_KILLS");
    return asked > 0 ? asked : 20;
}

struct Counts
{
    qint64 coveredMs = -1; // sum of the candle series' coverage
    qint64 candles = -1;
    qint64 liquidations = -1;
    QString integrity;
    qint64 duplicateCandles = -1;
    qint64 duplicateLiquidations = -1;
    qint64 series = -1;
};

// Everything is read through a connection of the test's own, never through the store code.
Counts inspect(const QString &path)
{
    Counts counts;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            auto scalar = [&](const QString &sql) -> QVariant {
                return q.exec(sql) && q.next() ? q.value(0) : QVariant();
            };
            counts.integrity = scalar(QStringLiteral("PRAGMA integrity_check")).toString();
            counts.candles = scalar(QStringLiteral("SELECT COUNT(*) FROM candles")).toLongLong();
            counts.liquidations = scalar(QStringLiteral("SELECT COUNT(*) FROM liquidations")).toLongLong();
            counts.series = scalar(QStringLiteral("SELECT COUNT(*) FROM series")).toLongLong();
            counts.coveredMs =
                scalar(QStringLiteral("SELECT COALESCE(SUM(to_ms - from_ms), 0) FROM coverage")).toLongLong();
            counts.duplicateCandles =
                scalar(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM candles GROUP BY series_id, "
                                      "open_time HAVING COUNT(*) > 1)"))
                    .toLongLong();
            counts.duplicateLiquidations =
                scalar(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM liquidations GROUP BY series_id, "
                                      "time, side, price, quantity"
                                      " HAVING COUNT(*) > 1)"))
                    .toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
    return counts;
}
} // namespace

class TestStoreCrash : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QStringList m_files;

    QString m_lastError; // the helper's stderr, for the full-disk checks

    int runHelper(const QString &store, int killAfterMs)
    {
        return runHelper(QStringList{store} + m_files, killAfterMs);
    }

    int runHelper(const QStringList &arguments, int killAfterMs, qint64 fileSizeLimit = 0)
    {
        QProcess child;
        child.setProgram(QStringLiteral(CASCADE_CRASH_HELPER));
        child.setArguments(arguments);
        if (fileSizeLimit > 0) {
            auto env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("CASCADE_FSIZE_LIMIT"), QString::number(fileSizeLimit));
            child.setProcessEnvironment(env);
        }
        child.start();
        if (!child.waitForStarted())
            return -1;
        if (killAfterMs >= 0 && !child.waitForFinished(killAfterMs)) {
            ::kill(pid_t(child.processId()), SIGKILL); // no chance to clean up, like a power cut
            child.waitForFinished();
            return -9;
        }
        child.waitForFinished(120'000);
        m_lastError = QString::fromUtf8(child.readAllStandardError());
        return child.exitStatus() == QProcess::NormalExit ? child.exitCode() : -9;
    }

private slots:
    void initTestCase()
    {
        std::vector<Candle> candles;
        candles.reserve(kCandles);
        for (int i = 0; i < kCandles; ++i) {
            const double p = 97000.0 + (i % 5000);
            candles.push_back(
                Candle{kT0 + qint64(i) * 60'000, p, p + 10, p - 10, p + 1.5, 2.5, 1.25, 2.5 * (p + 1.5)});
        }
        std::vector<Liquidation> events;
        events.reserve(kLiquidations);
        for (int i = 0; i < kLiquidations; ++i) {
            const double p = 100000.0 - (i % 3000);
            events.push_back(
                Liquidation{kT0 + qint64(i) * 250,
                            i % 4 ? LiquidationSide::LongLiquidated : LiquidationSide::ShortLiquidated, p,
                            0.01 * (1 + i % 50), p * 0.01 * (1 + i % 50)});
        }
        m_files << m_dir.filePath("candles.csv") << m_dir.filePath("liquidations.csv");
        QVERIFY(
            SeriesCsvWriter::writeCandles(m_files[0], "binance", "BTCUSDT", candles, Interval::minutes(1)));
        QVERIFY(SeriesCsvWriter::writeLiquidations(m_files[1], "binance", "BTCUSDT", events));
    }

    void killedImportsLeaveAConsistentStoreAndResume()
    {
        // How long one whole import takes here, to aim the kills inside it.
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(runHelper(m_dir.filePath("probe.sqlite"), -1), 0);
        const int fullMs = int(std::max<qint64>(timer.elapsed(), 50));

        const QString store = m_dir.filePath("crash.sqlite");
        auto *random = QRandomGenerator::global();
        int killedMidway = 0;
        const int kills = killCount();
        for (int i = 0; i < kills; ++i) {
            const int delay = int(random->bounded(fullMs + fullMs / 5));
            if (runHelper(store, delay) == -9)
                ++killedMidway;
            const Counts after = inspect(store);
            if (after.candles < 0 && after.series < 0)
                continue; // killed before the file was created
            QCOMPARE(after.integrity, QString("ok"));
            QCOMPARE(after.duplicateCandles, qint64(0));
            QCOMPARE(after.duplicateLiquidations, qint64(0));
            // One transaction per file: each file is in whole or not at all.
            QVERIFY2(after.candles == 0 || after.candles == kCandles,
                     qPrintable(QString::number(after.candles)));
            QVERIFY2(after.liquidations == 0 || after.liquidations == kLiquidations,
                     qPrintable(QString::number(after.liquidations)));
        }
        qInfo("%d of %d runs were killed before finishing (full import: %d ms)", killedMidway, kills, fullMs);
        QVERIFY(killedMidway > 0);

        // A resumed import completes, to the exact row counts, and again changes nothing.
        QCOMPARE(runHelper(store, -1), 0);
        QCOMPARE(runHelper(store, -1), 0);
        const Counts done = inspect(store);
        QCOMPARE(done.integrity, QString("ok"));
        QCOMPARE(done.candles, qint64(kCandles));
        QCOMPARE(done.liquidations, qint64(kLiquidations));
        QCOMPARE(done.series, qint64(2));
    }

    void killedFetchesLeaveAConsistentStoreAndResume()
    {
        // The fake exchange lives here; the child fetches 29 pages of Binance candles from it.
        cascade::test::FakeExchange exchange;
        const QStringList fetch{QStringLiteral("fetch"),     m_dir.filePath("fetch.sqlite"),
                                QStringLiteral("binance"),   exchange.baseUrl(),
                                QString::number(kFetchFrom), QString::number(kFetchTo)};
        QStringList probe = fetch;
        probe[1] = m_dir.filePath("fetch-probe.sqlite");
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(runHelper(probe, -1), 0);
        const int fullMs = int(std::max<qint64>(timer.elapsed(), 50));

        auto *random = QRandomGenerator::global();
        int killedMidway = 0;
        const int kills = killCount();
        int completeCycles = 0;
        for (int i = 0; i < kills; ++i) {
            if (runHelper(fetch, int(random->bounded(fullMs + fullMs / 5))) == -9)
                ++killedMidway;
            const Counts after = inspect(fetch[1]);
            if (after.candles < 0 && after.series < 0)
                continue;
            if (after.candles == kFetchBars && i + 1 < kills) {
                // Resumed to the end: start a new cycle, so later kills land mid-fetch again.
                for (const char *suffix : {"", "-wal", "-shm"})
                    QFile::remove(fetch[1] + QLatin1String(suffix));
                ++completeCycles;
            }
            QCOMPARE(after.integrity, QString("ok"));
            QCOMPARE(after.duplicateCandles, qint64(0));
            // Each page is written with the window it proves in one transaction: the rows are
            // exactly the covered minutes, never a part of a page.
            QCOMPARE(after.candles * 60'000, after.coveredMs);
        }
        qInfo(
            "%d of %d fetches were killed before finishing, %d cycles resumed to the end (full fetch: %d ms)",
            killedMidway, kills, completeCycles, fullMs);
        QVERIFY(killedMidway > 0);

        const int before = exchange.requestCount();
        QCOMPARE(runHelper(fetch, -1), 0);
        QCOMPARE(runHelper(fetch, -1), 0); // the second run finds nothing missing
        const Counts done = inspect(fetch[1]);
        QCOMPARE(done.integrity, QString("ok"));
        QCOMPARE(done.candles, kFetchBars);
        QCOMPARE(done.coveredMs, kFetchBars * 60'000);
        QVERIFY(exchange.requestCount() - before <= 29); // resumed, not started over
    }

    void fullDiskDuringImportKeepsWhatWasCommitted()
    {
        const QString store = m_dir.filePath("full.sqlite");
        QCOMPARE(runHelper(QStringList{store, m_files[0]}, -1), 0); // the candles are committed
        const Counts committed = inspect(store);
        QCOMPARE(committed.candles, qint64(kCandles));
        // No file may grow past 1 MiB: the liquidations' WAL needs several MB (the store itself
        // is larger already and is only read).
        const qint64 limit = 1 << 20;
        QVERIFY(QFileInfo(store).size() > limit);
        QCOMPARE(runHelper(QStringList{store, m_files[1]}, -1, limit), 1);
        qInfo("full disk during import: %s", qPrintable(m_lastError.trimmed()));
        QVERIFY2(m_lastError.contains(QStringLiteral("liquidations.csv")), qPrintable(m_lastError));
        QVERIFY2(
            m_lastError.contains(QRegularExpression(QStringLiteral("disk is full|disk I/O error|too large"))),
            qPrintable(m_lastError));
        const Counts after = inspect(store);
        QCOMPARE(after.integrity, QString("ok"));
        QCOMPARE(after.candles, qint64(kCandles));
        QCOMPARE(after.liquidations, qint64(0));
        // With room again, the same import completes.
        QCOMPARE(runHelper(QStringList{store, m_files[1]}, -1), 0);
        QCOMPARE(inspect(store).liquidations, qint64(kLiquidations));
    }

    void fullDiskDuringExportKeepsThePreviousFile()
    {
        const QString store = m_dir.filePath("export.sqlite");
        QCOMPARE(runHelper(QStringList{store, m_files[0]}, -1), 0);
        const QString out = m_dir.filePath("export.csv");
        const QStringList exportArgs{QStringLiteral("export"), store, QStringLiteral("binance"),
                                     QStringLiteral("BTCUSDT"), out};
        QCOMPARE(runHelper(exportArgs, -1), 0);
        QFile previous(out);
        QVERIFY(previous.open(QIODevice::ReadOnly));
        const QByteArray good = previous.readAll();
        previous.close();
        QVERIFY(good.size() > 1'000'000);

        QCOMPARE(runHelper(exportArgs, -1, good.size() / 2), 1);
        qInfo("full disk during export: %s", qPrintable(m_lastError.trimmed()));
        QVERIFY2(m_lastError.contains(out), qPrintable(m_lastError));
        QVERIFY2(m_lastError.contains(QRegularExpression(QStringLiteral("too large|No space|disk"))),
                 qPrintable(m_lastError));
        QVERIFY(previous.open(QIODevice::ReadOnly));
        QCOMPARE(previous.readAll(), good); // the earlier export is untouched, not half-replaced
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("export.csv.*")}, QDir::Files), QStringList());
        QCOMPARE(inspect(store).candles, qint64(kCandles));
    }
};

QTEST_GUILESS_MAIN(TestStoreCrash)
#include "tst_store_crash.moc"
