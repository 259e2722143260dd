#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cascade(const QStringList &arguments, const QString &workingDir)
{
    QProcess process;
    process.setProgram(QStringLiteral(CASCADE_BINARY));
    process.setArguments(arguments);
    process.setWorkingDirectory(workingDir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CASCADE_STORE"));
    process.setProcessEnvironment(env);
    process.start();
    process.waitForFinished(60'000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QByteArray fixture(const char *name)
{
    QFile file(QDir(CASCADE_REAL_FIXTURES).filePath(QString::fromLatin1(name)));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing real fixture %s", name);
    return file.readAll();
}

} // namespace

// `cascade import` and `cascade store info|copy` as a user runs them.
class TestStoreCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    void write(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

private slots:
    void initTestCase()
    {
        QDir(m_dir.path()).mkdir("archives");
        write("archives/BTCUSDT-1h-2023-10-27.csv",
              fixture("binance_vision_spot_BTCUSDT-1h-2023-10-27_excerpt_noheader.csv"));
        write("archives/BTCUSD_PERP-metrics-2023-06-25.csv",
              fixture("binance_vision_cm_metrics_excerpt.csv"));
        write("bad.csv", "time,open,high,low,close\n2025-10-10T00:00:00Z,1,2\n");
    }

    void badArgumentsPrintOneLineAndWriteNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("error");
        QTest::newRow("no file") << QStringList{"import", "--store", "s.sqlite"}
                                 << "cascade import: FILE: give one or more files to import\n";
        QTest::newRow("missing file") << QStringList{"import", "nothere.csv", "--store", "s.sqlite"}
                                      << "cascade import: nothere.csv: no such file\n";
        QTest::newRow("unknown option")
            << QStringList{"import", "bad.csv", "--frobnicate", "--store", "s.sqlite"}
            << "cascade import: Unknown option 'frobnicate'.\n";
        QTest::newRow("no action") << QStringList{"store", "--store", "s.sqlite"}
                                   << "cascade store: ACTION: give one of: info copy\n";
        QTest::newRow("bad action") << QStringList{"store", "vacuum", "--store", "s.sqlite"}
                                    << "cascade store: ACTION: 'vacuum' is not one of: info copy\n";
        QTest::newRow("copy without target") << QStringList{"store", "copy", "--store", "s.sqlite"}
                                             << "cascade store: --to: copy needs the store to copy into\n";
    }

    void badArgumentsPrintOneLineAndWriteNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, error);
        const Run run = cascade(arguments, m_dir.path());
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err, error);
        QVERIFY(!QFile::exists(m_dir.filePath("s.sqlite")));
    }

    void importsAFolderReportsAndCopies()
    {
        const Run imported = cascade({"import", "archives", "--store", "store.sqlite"}, m_dir.path());
        QCOMPARE(imported.exitCode, 0);
        QCOMPARE(
            imported.out,
            QString("archives/BTCUSDT-1h-2023-10-27.csv: Binance klines: binance/BTCUSDT/candles 3 rows\n"
                    "archives/BTCUSD_PERP-metrics-2023-06-25.csv: Binance metrics: "
                    "binance/BTCUSD_PERP/open-interest "
                    "3 rows, binance/BTCUSD_PERP/taker-buy-sell-ratio 3 rows\n"));

        const Run failed = cascade({"import", "bad.csv", "--store", "store.sqlite"}, m_dir.path());
        QCOMPARE(failed.exitCode, 1);
        QCOMPARE(failed.err,
                 QString("cascade import: bad.csv: line 2: expected 5 columns, found 3\n"
                         "cascade import: 1 of 1 files failed (a failed file imports nothing)\n"));

        const Run info = cascade({"store", "info", "--store", "store.sqlite"}, m_dir.path());
        QCOMPARE(info.exitCode, 0);
        QVERIFY2(info.out.startsWith(
                     "Store store.sqlite: 3 series\n\nbinance/BTCUSDT/candles\n  rows: 3 (1h bars)\n"
                     "  covered: 3.0 h in 1 range\n"
                     "    2023-10-27T00:00:00.000Z .. 2023-10-27T03:00:00.000Z\n  gaps: none\n"
                     "  sources: import BTCUSDT-1h-2023-10-27.csv\n"),
                 qPrintable(info.out));
        QVERIFY(info.out.contains(
            "binance/BTCUSD_PERP/open-interest\n  rows: 3\n  covered: 15 min in 1 range\n"));

        const Run copied =
            cascade({"store", "copy", "--store", "store.sqlite", "--to", "team/copy.sqlite"}, m_dir.path());
        QCOMPARE(copied.exitCode, 0);
        QCOMPARE(copied.out, QString("copied 3 series, 9 rows, from store.sqlite to team/copy.sqlite\n"));
        const Run copyInfo = cascade({"store", "info", "--store", "team/copy.sqlite"}, m_dir.path());
        QVERIFY(copyInfo.out.contains("binance/BTCUSDT/candles\n  rows: 3 (1h bars)\n"));

        const Run missing = cascade({"store", "info", "--store", "nothere.sqlite"}, m_dir.path());
        QCOMPARE(missing.exitCode, 1);
        QCOMPARE(missing.err, QString("cascade store: nothere.sqlite: no store there\n"));
        QVERIFY(!QFile::exists(m_dir.filePath("nothere.sqlite")));
    }
};

QTEST_GUILESS_MAIN(TestStoreCli)
#include "tst_store_cli.moc"
