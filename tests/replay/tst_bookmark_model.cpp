#include "BookmarkModel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cascade;

namespace {
constexpr qint64 kCrash = 1'760'126'400'000; // 2025-10-10T20:00:00Z
}

class TestBookmarkModel : public QObject
{
    Q_OBJECT

private slots:
    void keepsBookmarksInTimeOrder()
    {
        BookmarkModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy edited(&model, &BookmarkModel::edited);
        QCOMPARE(model.add({kCrash + 3'600'000, QStringLiteral("bounce")}), 0);
        QCOMPARE(model.add({kCrash, QStringLiteral("longs swept")}), 0);
        QCOMPARE(model.add({kCrash + 3'600'000, QStringLiteral("bounce off the put wall")}), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0, BookmarkModel::Time)).toString(),
                 QStringLiteral("2025-10-10 20:00"));
        QCOMPARE(model.data(model.index(1, BookmarkModel::Note)).toString(),
                 QStringLiteral("bounce off the put wall"));
        QCOMPARE(model.data(model.index(0, BookmarkModel::Time), BookmarkModel::TimeRole).toLongLong(),
                 kCrash);
        QVERIFY(model.flags(model.index(0, BookmarkModel::Note)) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.index(0, BookmarkModel::Time)) & Qt::ItemIsEditable));
        QVERIFY(model.setData(model.index(0, BookmarkModel::Note), QStringLiteral("$1.2B of longs swept")));
        model.remove(1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(edited.count(), 5);
    }

    void roundTripsThroughItsFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bookmarks.json"));
        BookmarkModel model;
        model.add({kCrash, QStringLiteral("longs swept — 多头爆仓")});
        model.add({kCrash + 60'000, QString()});
        QVERIFY(model.save(path));
        BookmarkModel loaded;
        QVERIFY(loaded.load(path));
        QCOMPARE(loaded.bookmarks(), model.bookmarks());
        QVERIFY(model.toJson().contains("\"time\": \"2025-10-10T20:00:00.000Z\""));
        // A missing file is an empty list.
        QVERIFY(loaded.load(dir.filePath(QStringLiteral("none.json"))));
        QCOMPARE(loaded.rowCount(), 0);
    }

    void damagedFileIsAnErrorThatLosesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bookmarks.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"bookmarks\": [{\"timeMs\": \"soon\"}]}");
        file.close();
        BookmarkModel model;
        model.add({kCrash, QStringLiteral("kept")});
        const Status status = model.load(path);
        QVERIFY(!status);
        QCOMPARE(status.error(), path + QStringLiteral(": bookmark 1 has no valid \"timeMs\""));
        QCOMPARE(model.rowCount(), 1);
        // Saving into a path whose folder is a file fails and names the file.
        const Status saved = model.save(path + QStringLiteral("/inside.json"));
        QVERIFY(!saved);
        QVERIFY(saved.error().startsWith(path + QStringLiteral("/inside.json: cannot write bookmarks")));
    }
};

QTEST_GUILESS_MAIN(TestBookmarkModel)
#include "tst_bookmark_model.moc"
