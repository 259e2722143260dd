#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

Run cascade(const QStringList &arguments, const QString &store, const QString &dataHome = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!dataHome.isEmpty())
        environment.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("CASCADE_STORE"), store);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CASCADE_BINARY), arguments);
    process.waitForFinished(180'000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QByteArray digest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestReplayCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(QStringLiteral("demo.sqlite"));
        const Run demo =
            cascade({QStringLiteral("demo"), QStringLiteral("--days"), QStringLiteral("3")}, m_store);
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    }

    void writesOneFrameEveryStepBars()
    {
        const QString frames = m_dir.filePath(QStringLiteral("frames"));
        // 2025-09-17, one day of 1-hour bars: replay times 01:00, 07:00, 13:00, 19:00 and the end, 24:00.
        const Run run =
            cascade({QStringLiteral("replay"), QStringLiteral("--from"), QStringLiteral("2025-09-17"),
                     QStringLiteral("--to"), QStringLiteral("2025-09-18"), QStringLiteral("--interval"),
                     QStringLiteral("1h"), QStringLiteral("--step"), QStringLiteral("6"),
                     QStringLiteral("--frames"), frames, QStringLiteral("--size"), QStringLiteral("800x450")},
                    m_store);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out.trimmed(), QStringLiteral("5 frames of 1h from 2025-09-17T01:00:00.000Z to "
                                                   "2025-09-18T00:00:00.000Z in ") +
                                        QDir::toNativeSeparators(frames));
        const QStringList names = QDir(frames).entryList(QDir::Files, QDir::Name);
        QCOMPARE(names, (QStringList{QStringLiteral("frame-000001.png"), QStringLiteral("frame-000002.png"),
                                     QStringLiteral("frame-000003.png"), QStringLiteral("frame-000004.png"),
                                     QStringLiteral("frame-000005.png")}));
        QSet<QByteArray> distinct;
        for (const QString &name : names) {
            const QString path = QDir(frames).filePath(name);
            QCOMPARE(QImageReader(path).size(), QSize(800, 450));
            distinct.insert(digest(path));
        }
        // The market moved between every pair of frames, so every frame differs.
        QCOMPARE(distinct.size(), 5);
    }

    void refusesAFolderThatIsNotEmpty()
    {
        const QString frames = m_dir.filePath(QStringLiteral("used"));
        QDir().mkpath(frames);
        QFile old(QDir(frames).filePath(QStringLiteral("frame-000001.png")));
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("earlier run");
        old.close();
        const Run run = cascade({QStringLiteral("replay"), QStringLiteral("--frames"), frames}, m_store);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("--frames: ") + frames + QStringLiteral(" is not empty")),
                 qPrintable(run.err));
        QVERIFY(digest(old.fileName()) ==
                QCryptographicHash::hash("earlier run", QCryptographicHash::Sha256));
    }

    void refusesABadStep()
    {
        const Run run = cascade({QStringLiteral("replay"), QStringLiteral("--step"), QStringLiteral("0"),
                                 QStringLiteral("--frames"), m_dir.filePath(QStringLiteral("x"))},
                                m_store);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--step: '0' is not a whole number of bars >= 1")),
                 qPrintable(run.err));
    }

    // The window saves bookmarks per session; `cascade report` carries those inside its range.
    void reportCarriesTheSessionBookmarks()
    {
        const QString dataHome = m_dir.filePath(QStringLiteral("data"));
        const QString folder = dataHome + QStringLiteral("/Cascade/Cascade/bookmarks");
        QVERIFY(QDir().mkpath(folder));
        QFile file(folder + QStringLiteral("/simulated-BTCUSDT.json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"bookmarks": [
            {"time": "2025-09-17T06:00:00.000Z", "timeMs": "1758088800000", "note": "longs swept at the open"},
            {"time": "2025-09-18T06:00:00.000Z", "timeMs": "1758175200000", "note": "outside the report"}]})");
        file.close();
        const QString out = m_dir.filePath(QStringLiteral("report"));
        const Run run =
            cascade({QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2025-09-17"),
                     QStringLiteral("--to"), QStringLiteral("2025-09-18"), QStringLiteral("--interval"),
                     QStringLiteral("1h"), QStringLiteral("--size"), QStringLiteral("800x450"),
                     QStringLiteral("--out"), out},
                    m_store, dataHome);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile bookmarks(out + QStringLiteral("/bookmarks.json"));
        QVERIFY(bookmarks.open(QIODevice::ReadOnly));
        const QByteArray written = bookmarks.readAll();
        QVERIFY2(written.contains("\"note\": \"longs swept at the open\""), written.constData());
        QVERIFY(!written.contains("outside the report"));
        QFile report(out + QStringLiteral("/report.json"));
        QVERIFY(report.open(QIODevice::ReadOnly));
        const QJsonArray listed =
            QJsonDocument::fromJson(report.readAll()).object().value(QStringLiteral("bookmarks")).toArray();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.at(0).toObject().value(QStringLiteral("time")).toString(),
                 QStringLiteral("2025-09-17T06:00:00.000Z"));
        QCOMPARE(listed.at(0).toObject().value(QStringLiteral("note")).toString(),
                 QStringLiteral("longs swept at the open"));
    }

private:
    QTemporaryDir m_dir;
    QString m_store;
};

QTEST_GUILESS_MAIN(TestReplayCli)
#include "tst_replay_cli.moc"
