#include "analysis/AnalysisParams.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace cascade;

namespace {
struct Run
{
    int exitCode = -1;
    QString err;
};

Run cascadeRun(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CASCADE_BINARY), arguments);
    process.waitForFinished(120'000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;
    QString m_report;

private slots:
    void initTestCase()
    {
        m_store = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QCOMPARE(cascadeRun({QStringLiteral("demo"), QStringLiteral("--store"), m_store,
                             QStringLiteral("--days"), QStringLiteral("3")})
                     .exitCode,
                 0);
        m_report = m_dir.filePath(QStringLiteral("report"));
        const Run run =
            cascadeRun({QStringLiteral("report"), QStringLiteral("--store"), m_store, QStringLiteral("--out"),
                        m_report, QStringLiteral("--size"), QStringLiteral("800x450"),
                        QStringLiteral("--interval"), QStringLiteral("1h")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }

    void bundleHoldsEveryFile()
    {
        const QStringList expected{QStringLiteral("bookmarks.json"),   QStringLiteral("candles.csv"),
                                   QStringLiteral("dashboard.png"),    QStringLiteral("heatmap.csv"),
                                   QStringLiteral("heatmap.png"),      QStringLiteral("imbalance.csv"),
                                   QStringLiteral("imbalance.png"),    QStringLiteral("levels.csv"),
                                   QStringLiteral("liquidations.csv"), QStringLiteral("map.csv"),
                                   QStringLiteral("options-oi.csv"),   QStringLiteral("price.png"),
                                   QStringLiteral("report.json"),      QStringLiteral("report.pdf"),
                                   QStringLiteral("zones.csv"),        QStringLiteral("zones.png")};
        QCOMPARE(QDir(m_report).entryList(QDir::Files, QDir::Name), expected);
        QCOMPARE(QImage(m_report + QStringLiteral("/dashboard.png")).size(), QSize(800, 450));
        QVERIFY(!QDir(m_report + QStringLiteral(".partial")).exists());
    }

    void reportJsonSaysHowItWasMade()
    {
        const QJsonObject report =
            QJsonDocument::fromJson(readAll(m_report + QStringLiteral("/report.json"))).object();
        QCOMPARE(report.value(QStringLiteral("cascade_version")).toString(), QStringLiteral(CASCADE_VERSION));
        QCOMPARE(report.value(QStringLiteral("parameters")).toObject(), AnalysisParams{}.toJson());
        const QJsonObject inputs = report.value(QStringLiteral("inputs")).toObject();
        QCOMPARE(inputs.value(QStringLiteral("exchange")).toString(), QStringLiteral("simulated"));
        QCOMPARE(inputs.value(QStringLiteral("interval")).toString(), QStringLiteral("1h"));
        QCOMPARE(inputs.value(QStringLiteral("from")).toString(), QStringLiteral("2025-09-16T00:00:00.000Z"));
        QCOMPARE(inputs.value(QStringLiteral("to")).toString(), QStringLiteral("2025-09-19T00:00:00.000Z"));
        QVERIFY(inputs.value(QStringLiteral("simulated")).toBool());
        QVERIFY(inputs.contains(QStringLiteral("coverage_gaps")));
        QCOMPARE(inputs.value(QStringLiteral("coverage_gaps")).toArray().size(), 0);
        QCOMPARE(inputs.value(QStringLiteral("data_sources")).toArray().size(), 6);
    }

    void pdfIsOneA4Page()
    {
        const QByteArray pdf = readAll(m_report + QStringLiteral("/report.pdf"));
        QVERIFY(pdf.startsWith("%PDF-"));
        QCOMPARE(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") + pdf.count("/Type /Page "), 1);
        // A4 at 72 points per inch: 595 x 842.
        QVERIFY2(pdf.contains("/MediaBox [0 0 595.000000 842.000000]"), pdf.left(2000).constData());
    }

    void csvsAreTheExports()
    {
        const QString zones = m_dir.filePath(QStringLiteral("zones.csv"));
        const Run run =
            cascadeRun({QStringLiteral("export"), QStringLiteral("--kind"), QStringLiteral("zones"),
                        QStringLiteral("--interval"), QStringLiteral("1h"), QStringLiteral("--store"),
                        m_store, QStringLiteral("--out"), zones});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(readAll(m_report + QStringLiteral("/zones.csv")), readAll(zones));
    }

    void anExistingFolderIsRefusedAndNothingIsLeft()
    {
        const Run again = cascadeRun({QStringLiteral("report"), QStringLiteral("--store"), m_store,
                                      QStringLiteral("--out"), m_report});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(QStringLiteral("not empty")));
        // A folder that cannot be created: under a regular file.
        const QString blocked = m_dir.filePath(QStringLiteral("demo.sqlite/report"));
        const Run failed = cascadeRun(
            {QStringLiteral("report"), QStringLiteral("--store"), m_store, QStringLiteral("--out"), blocked});
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.err.contains(QStringLiteral("cannot create")), qPrintable(failed.err));
        QVERIFY(!QFile::exists(blocked + QStringLiteral(".partial")));
    }
};

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
