// The GUI's exports end to end (AppController, ExportController, ImportController, the real
// DataService and store) against the command line: same inputs, same bytes.

#include "analysis/AnalysisCsv.h"
#include "AppController.h"
#include "ErrorBanner.h"
#include "ImageExportDialog.h"
#include "IsolatedGuiTest.h"
#include "market/TimeFormat.h"
#include "PanelCsv.h"
#include "PriceChartWidget.h"
#include "ReportDialog.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cascade;

namespace {
constexpr int kWait = 60'000;
constexpr qint64 kHour = 3'600'000;

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

QJsonObject withoutCreationTime(const QByteArray &json)
{
    QJsonObject report = QJsonDocument::fromJson(json).object();
    report.remove(QStringLiteral("generated_at"));
    return report;
}
} // namespace

class TestGuiExports : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_store;
    QString m_params;
    std::unique_ptr<AppController> m_app;
    AnalysisParams m_analysis;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    ExportController *exporter() const { return m_app->exporter(); }
    // What `cascade export/report` needs to read the same series, range and parameters.
    QStringList sameInputs() const
    {
        const TimeRange visible = exporter()->visibleRange();
        const MarketData &data = m_app->session()->marketData();
        return {QStringLiteral("--store"),    m_store,
                QStringLiteral("--exchange"), data.exchange,
                QStringLiteral("--symbol"),   data.symbol,
                QStringLiteral("--from"),     TimeFormat::isoUtc(visible.from),
                QStringLiteral("--to"),       TimeFormat::isoUtc(visible.to),
                QStringLiteral("--interval"), QStringLiteral("1h"),
                QStringLiteral("--params"),   m_params};
    }

private slots:
    void initTestCase()
    {
        m_store = path(QStringLiteral("demo.sqlite"));
        const Run demo = cascadeRun({QStringLiteral("demo"), QStringLiteral("--store"), m_store,
                                     QStringLiteral("--days"), QStringLiteral("3")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        m_app = std::make_unique<AppController>(m_store);
        m_app->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_app->session()->hasData(), kWait);
        // Parameters other than the defaults, so the test sees that the GUI's are the ones used.
        m_analysis.heatmap.bucketMode = BucketMode::Fixed;
        m_analysis.heatmap.bucketWidth = 250;
        m_analysis.levels.split = SplitSource::Even;
        m_params = path(QStringLiteral("params.json"));
        QFile file(m_params);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(m_analysis.toJsonBytes());
        file.close();
        SessionModel *session = const_cast<SessionModel *>(m_app->session());
        session->setAnalysisParams(m_analysis);
        session->setInterval(Interval::hours(1));
        session->waitForAnalysis();
        // The middle day of the three on screen.
        const TimeRange span = session->span();
        m_app->window()->priceChart()->setVisibleRange(span.from + 24 * kHour, span.from + 48 * kHour);
        QCOMPARE(exporter()->visibleRange().from, span.from + 24 * kHour);
        QCOMPARE(exporter()->visibleRange().to, span.from + 48 * kHour);
    }

    void reportIsTheCommandLineReport()
    {
        ReportDialog::Choice choice;
        choice.folder = path(QStringLiteral("gui-report"));
        choice.pageSize = QPageSize::Letter;
        choice.theme = QStringLiteral("light");
        QSignalSpy written(exporter(), &ExportController::reportWritten);
        exporter()->writeReport(choice);
        QTRY_COMPARE_WITH_TIMEOUT(written.size(), 1, kWait);
        QCOMPARE(written.first().first().toString(), choice.folder);

        const QString cli = path(QStringLiteral("cli-report"));
        const Run run = cascadeRun(QStringList{QStringLiteral("report"), QStringLiteral("--out"), cli,
                                               QStringLiteral("--page"), QStringLiteral("letter"),
                                               QStringLiteral("--theme"), QStringLiteral("light")} +
                                   sameInputs());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList csvs = QDir(cli).entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
        QCOMPARE(csvs.size(), 8);
        QCOMPARE(QDir(choice.folder).entryList(QDir::Files, QDir::Name),
                 QDir(cli).entryList(QDir::Files, QDir::Name));
        for (const QString &csv : csvs) {
            const QByteArray bytes = readAll(cli + u'/' + csv);
            QVERIFY2(bytes.count("\r\n") >= 1, qPrintable(csv));
            QVERIFY2(readAll(choice.folder + u'/' + csv) == bytes, qPrintable(csv));
        }
        const QJsonObject report =
            withoutCreationTime(readAll(choice.folder + QStringLiteral("/report.json")));
        QCOMPARE(report, withoutCreationTime(readAll(cli + QStringLiteral("/report.json"))));
        QCOMPARE(report.value(QStringLiteral("parameters")).toObject(), m_analysis.toJson());
        const QJsonObject inputs = report.value(QStringLiteral("inputs")).toObject();
        QCOMPARE(inputs.value(QStringLiteral("interval")).toString(), QStringLiteral("1h"));
        QCOMPARE(
            report.value(QStringLiteral("output")).toObject().value(QStringLiteral("page_size")).toString(),
            QStringLiteral("letter"));
        // Letter at 72 points per inch: 612 x 792.
        QVERIFY(readAll(choice.folder + QStringLiteral("/report.pdf"))
                    .contains("/MediaBox [0 0 612.000000 792.000000]"));
        QVERIFY(!QFile::exists(choice.folder + QStringLiteral(".partial")));
    }

    void eachPanelCsvIsTheCommandLineExport_data()
    {
        QTest::addColumn<QString>("kind");
        for (const QString &kind : PanelCsv::kinds())
            QTest::newRow(qPrintable(kind)) << kind;
    }
    void eachPanelCsvIsTheCommandLineExport()
    {
        QFETCH(QString, kind);
        const QString gui = path(QStringLiteral("gui-%1.csv").arg(kind));
        QSignalSpy written(exporter(), &ExportController::csvWritten);
        exporter()->writeCsv(kind, gui);
        QTRY_COMPARE_WITH_TIMEOUT(written.size(), 1, kWait);

        const QString cli = path(QStringLiteral("cli-%1.csv").arg(kind));
        QStringList arguments{QStringLiteral("export"), QStringLiteral("--kind"), kind,
                              QStringLiteral("--out"), cli};
        arguments += sameInputs();
        if (!PanelCsv::analysisKinds().contains(kind))
            arguments = arguments.mid(0, arguments.size() - 2); // series kinds take no --params
        const Run run = cascadeRun(arguments);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QByteArray bytes = readAll(cli);
        QVERIFY(bytes.count("\r\n") >= 2);
        QCOMPARE(readAll(gui), bytes);
        if (PanelCsv::analysisKinds().contains(kind)) {
            QCOMPARE(readAll(AnalysisExporter::paramsPath(gui)), readAll(AnalysisExporter::paramsPath(cli)));
        }
    }

    void mapColumnIsTheMapExport()
    {
        // The column beside the candles (the whole session, at its end) against the command line.
        const LiquidationMap &column = const_cast<SessionModel *>(m_app->session())->liquidationMap()->map();
        QVERIFY(column.grid.isValid());
        const MarketData &data = m_app->session()->marketData();
        const QByteArray shown =
            AnalysisCsv::liquidationMap({data.exchange, data.symbol}, column, m_analysis.levels.tiers);
        const QString cli = path(QStringLiteral("cli-column-map.csv"));
        const Run run = cascadeRun({QStringLiteral("export"), QStringLiteral("--kind"), QStringLiteral("map"),
                                    QStringLiteral("--store"), m_store, QStringLiteral("--exchange"),
                                    data.exchange, QStringLiteral("--symbol"), data.symbol,
                                    QStringLiteral("--params"), m_params, QStringLiteral("--out"), cli});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(shown, readAll(cli));
    }

    void imagesHaveSizeTimesScale_data()
    {
        QTest::addColumn<QString>("view");
        QTest::addColumn<int>("scale");
        QTest::newRow("price 1x") << QStringLiteral("price") << 1;
        QTest::newRow("heatmap 2x") << QStringLiteral("heatmap") << 2;
        QTest::newRow("map 2x") << QStringLiteral("map") << 2;
        QTest::newRow("options 1x") << QStringLiteral("options") << 1;
        QTest::newRow("imbalance 2x") << QStringLiteral("imbalance") << 2;
        QTest::newRow("zones 1x") << QStringLiteral("zones") << 1;
        QTest::newRow("dashboard 2x") << QStringLiteral("dashboard") << 2;
    }
    void imagesHaveSizeTimesScale()
    {
        QFETCH(QString, view);
        QFETCH(int, scale);
        ImageExportDialog::Choice choice;
        choice.view = view;
        choice.size = QSize(900, 560);
        choice.scale = scale;
        choice.theme = QStringLiteral("light");
        choice.path = path(view + QStringLiteral(".png"));
        const Status written = exporter()->writeImage(choice);
        QVERIFY2(written, qPrintable(written.error()));
        const QImage image(choice.path);
        QCOMPARE(image.size(), QSize(900 * scale, 560 * scale));
        // Light theme: the top-left corner is light, whatever the application's theme.
        QVERIFY2(image.pixelColor(2, 2).lightness() > 150, qPrintable(image.pixelColor(2, 2).name()));
    }

    void copyImagePutsTheDashboardOnTheClipboard()
    {
        MainWindow *window = m_app->window();
        QClipboard *clipboard = QGuiApplication::clipboard();
        clipboard->clear();
        window->findChild<QAction *>(QStringLiteral("copyImageAction"))->trigger();
        const QImage copied = clipboard->image();
        QVERIFY(!copied.isNull());
        // The window as it is, plus the 18-pixel footer strip, at the screen's pixel ratio.
        const double ratio = window->devicePixelRatioF();
        QCOMPARE(copied.size(), (window->size() + QSize(0, 18)) * ratio);
    }

    void unwritableTargetsNameTheFileAndLeaveNothing()
    {
        // Under a regular file: no directory can be made there, even as root.
        const QString blocked = m_store + QStringLiteral("/sub");
        ImageExportDialog::Choice image;
        image.view = QStringLiteral("price");
        image.size = QSize(400, 300);
        image.path = blocked + QStringLiteral("/chart.png");
        const Status written = exporter()->writeImage(image);
        QVERIFY(!written);
        QVERIFY2(written.error().contains(image.path), qPrintable(written.error()));
        QVERIFY(!QFile::exists(image.path));

        QSignalSpy failed(exporter(), &ExportController::failed);
        const QString csv = blocked + QStringLiteral("/zones.csv");
        exporter()->writeCsv(QStringLiteral("zones"), csv);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kWait);
        QVERIFY2(failed.first().first().toString().contains(csv),
                 qPrintable(failed.first().first().toString()));
        QCOMPARE(m_app->window()->errorBanner()->message(), failed.first().first().toString());

        ReportDialog::Choice report;
        report.folder = blocked + QStringLiteral("/report");
        exporter()->writeReport(report);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, kWait);
        const QString why = failed.last().first().toString();
        QVERIFY2(why.contains(report.folder) && why.contains(QStringLiteral("is a file, not a folder")),
                 qPrintable(why));
        QVERIFY(!QFile::exists(report.folder + QStringLiteral(".partial")));
    }

    void importThroughTheDataService()
    {
        // Two hourly candles of a new series, as `cascade export --kind candles` writes them.
        const QString csv = path(QStringLiteral("import.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "time,exchange,symbol,interval,open,high,low,close,volume,taker_buy_volume,quote_volume\r\n"
            "2025-10-10T00:00:00.000Z,binance,ETHUSDT,1h,4000,4010,3990,4005,10,5,40000\r\n"
            "2025-10-10T01:00:00.000Z,binance,ETHUSDT,1h,4005,4020,4000,4015,12,6,48000\r\n");
        file.close();
        const QString bad = path(QStringLiteral("bad.csv"));
        QFile badFile(bad);
        QVERIFY(badFile.open(QIODevice::WriteOnly));
        badFile.write("nothing,cascade,reads\r\n1,2,3\r\n");
        badFile.close();

        QSignalSpy finished(m_app->importer(), &ImportController::finished);
        m_app->importer()->importFiles({csv, bad});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWait);
        const QStringList imported = finished.first().at(0).toStringList();
        const QStringList errors = finished.first().at(1).toStringList();
        QCOMPARE(imported.size(), 1);
        QVERIFY2(imported.first().contains(QStringLiteral("2 rows")), qPrintable(imported.first()));
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains(QStringLiteral("bad.csv")), qPrintable(errors.first()));
        QVERIFY2(m_app->window()->errorBanner()->message().contains(QStringLiteral("bad.csv")),
                 qPrintable(m_app->window()->errorBanner()->message()));
        // The series list is read again: the imported series can be picked.
        auto *picker = m_app->window()->findChild<QComboBox *>(QStringLiteral("seriesPicker"));
        QTRY_VERIFY_WITH_TIMEOUT(picker->findText(QStringLiteral("binance · ETHUSDT")) >= 0, kWait);
    }
};

int main(int argc, char **argv)
{
    return cascade::test::runIsolatedGuiTest<TestGuiExports>(argc, argv);
}

#include "tst_gui_exports.moc"
