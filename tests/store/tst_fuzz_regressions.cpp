// Every input a fuzzer crashed on (fuzz/regressions/<harness>/<name>) is read again here by
// the same code, in the normal (uninstrumented or sanitizer) build: it must fail cleanly with
// the message recorded in fuzz/regressions/<harness>/<name>.expected.
#include "store/ImportReader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <array>

using namespace cascade;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// As fuzz/fuzz_import_archive.cpp: the first byte picks the archive's file name.
QString importArchive(const QByteArray &input)
{
    static const std::array<const char *, 5> names{
        "BTCUSDT-1h-2023-10-27.csv", "BTCUSD_PERP-1h-2023-10-27.csv", "BTCUSDT-metrics-2023-10-27.csv",
        "BTCUSD_PERP-liquidationSnapshot-2023-06-25.csv", "BTCUSDT-1m-2024-01.csv"};
    ImportSource source;
    source.entryName = QString::fromLatin1(names[uchar(input.at(0)) % names.size()]);
    source.path = source.entryName;
    source.bytes = input.mid(1);
    const auto batch = ImportReader::read(source, ImportHints{source.entryName, {}, {}});
    return batch.ok() ? QString() : batch.error();
}

QString importCsv(const QByteArray &input)
{
    ImportSource source;
    source.path = source.entryName = QStringLiteral("fuzz.csv");
    source.bytes = input;
    const auto batch = ImportReader::read(source, ImportHints{source.entryName, {}, {}});
    return batch.ok() ? QString() : batch.error();
}

// As fuzz/fuzz_import_zip.cpp: the bytes are a file on disk.
QString importZip(const QByteArray &input)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("fuzz.zip")));
    if (!file.open(QIODevice::WriteOnly) || file.write(input) != input.size())
        return QStringLiteral("cannot write the input");
    file.close();
    const auto batch = ImportReader::read(file.fileName());
    return batch.ok() ? QString() : batch.error();
}

} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void crashInputsFailCleanly_data()
    {
        QTest::addColumn<QString>("harness");
        QTest::addColumn<QString>("path");
        const QDir root(QStringLiteral(CASCADE_FUZZ_REGRESSIONS));
        for (const QString &harness : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            const QDir dir(root.filePath(harness));
            for (const QString &name : dir.entryList(QDir::Files)) {
                if (!name.endsWith(QLatin1String(".expected")))
                    QTest::addRow("%s/%s", qPrintable(harness), qPrintable(name))
                        << harness << dir.filePath(name);
            }
        }
    }

    void crashInputsFailCleanly()
    {
        QFETCH(QString, harness);
        QFETCH(QString, path);
        const QByteArray input = readAll(path);
        QVERIFY(!input.isEmpty());
        const QString expected = QString::fromUtf8(readAll(path + QStringLiteral(".expected"))).trimmed();
        QVERIFY2(!expected.isEmpty(), "every regression input says what it must fail with");
        QString error;
        if (harness == QLatin1String("import_archive"))
            error = importArchive(input);
        else if (harness == QLatin1String("import_zip"))
            error = importZip(input);
        else if (harness == QLatin1String("import_csv"))
            error = importCsv(input);
        else
            QFAIL(qPrintable(QStringLiteral("no reader for fuzz/regressions/%1").arg(harness)));
        QVERIFY2(error.contains(expected),
                 qPrintable(QStringLiteral("'%1' lacks '%2'").arg(error, expected)));
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzz_regressions.moc"
