// Archive entries whose names would leave a folder are refused before anything is read or
// stored (issue 10's security review): "../x.csv", "/etc/x.csv", "C:\x.csv", "a/../../x.csv".
#include "store/Importer.h"
#include "store/SqliteMarketStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <zip.h>

using namespace cascade;

namespace {
const QByteArray kCandles = "time,open,high,low,close,volume\n"
                            "2025-01-01T00:00:00Z,1,2,0.5,1.5,10\n"
                            "2025-01-01T00:01:00Z,1.5,2,1,1.2,3\n";

bool makeZip(const QString &zipPath, const QString &entryName, const QByteArray &bytes)
{
    int error = 0;
    zip_t *archive = zip_open(QFile::encodeName(zipPath).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!archive)
        return false;
    zip_source_t *source = zip_source_buffer(archive, bytes.constData(), zip_uint64_t(bytes.size()), 0);
    const bool added = source && zip_file_add(archive, entryName.toUtf8().constData(), source, 0) >= 0;
    return zip_close(archive) == 0 && added;
}
} // namespace

class TestImportPaths : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void escapingEntriesAreRefused_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QString>("why");
        QTest::newRow("parent") << QStringLiteral("../candles.csv") << QStringLiteral("climb out");
        QTest::newRow("deeper parent")
            << QStringLiteral("data/../../candles.csv") << QStringLiteral("climb out");
        QTest::newRow("backslash parent")
            << QStringLiteral("data\\..\\..\\candles.csv") << QStringLiteral("climb out");
        QTest::newRow("absolute") << QStringLiteral("/tmp/candles.csv") << QStringLiteral("absolute paths");
        QTest::newRow("drive") << QStringLiteral("C:\\candles.csv") << QStringLiteral("absolute paths");
    }

    void escapingEntriesAreRefused()
    {
        QFETCH(QString, entry);
        QFETCH(QString, why);
        const QString zip = m_dir.filePath(QStringLiteral("crafted.zip"));
        QVERIFY(makeZip(zip, entry, kCandles));
        auto store = SqliteMarketStore::open(m_dir.filePath(QStringLiteral("paths.sqlite")));
        QVERIFY(store.ok());
        const auto imported = Importer(*store.value()).importFile(zip);
        QVERIFY(!imported.ok());
        QVERIFY2(imported.error().contains(QStringLiteral("refused the archive entry \"%1\"").arg(entry)),
                 qPrintable(imported.error()));
        QVERIFY2(imported.error().contains(why), qPrintable(imported.error()));
        QVERIFY(store.value()->listSeries()->empty());
    }

    void plainEntriesStillImport_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::newRow("bare name") << QStringLiteral("candles.csv");
        QTest::newRow("in a folder") << QStringLiteral("BTCUSDT/candles.csv");
        QTest::newRow("dots in a name") << QStringLiteral("v1..2/candles..csv");
    }

    void plainEntriesStillImport()
    {
        QFETCH(QString, entry);
        const QString zip = m_dir.filePath(QStringLiteral("plain.zip"));
        QVERIFY(makeZip(zip, entry, kCandles));
        auto store = SqliteMarketStore::open(
            m_dir.filePath(QStringLiteral("plain-%1.sqlite").arg(QTest::currentDataTag())));
        QVERIFY(store.ok());
        const auto imported =
            Importer(*store.value()).importFile(zip, QStringLiteral("binance"), QStringLiteral("BTCUSDT"));
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        const auto candles = store.value()->candles(
            {QStringLiteral("binance"), QStringLiteral("BTCUSDT"), SeriesKind::Candles},
            {0, 4'000'000'000'000});
        QCOMPARE(candles->size(), std::size_t(2));
        QCOMPARE(candles->back().close, 1.2);
    }
};

QTEST_GUILESS_MAIN(TestImportPaths)
#include "tst_import_paths.moc"
