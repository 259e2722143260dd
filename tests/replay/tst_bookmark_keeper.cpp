#include "BookmarkKeeper.h"
#include "BookmarkModel.h"
#include "SessionModel.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cascade;

namespace {
constexpr qint64 kT0 = 1'760'054'400'000; // 2025-10-10T00:00:00Z

MarketData session(const QString &exchange, const QString &symbol)
{
    MarketData data;
    data.exchange = exchange;
    data.symbol = symbol;
    data.candles.push_back({kT0, 100, 101, 99, 100, 1, 0.5, 100});
    return data;
}
} // namespace

class TestBookmarkKeeper : public QObject
{
    Q_OBJECT

private slots:
    void bookmarksTravelWithTheirSession()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("bookmarks"));
        SessionModel model;
        BookmarkModel bookmarks;
        model.setMarketData(session(QStringLiteral("binance"), QStringLiteral("BTCUSDT")));
        BookmarkKeeper keeper(&bookmarks, &model, folder);
        QCOMPARE(keeper.currentFile(), folder + QStringLiteral("/binance-BTCUSDT.json"));
        QCOMPARE(keeper.fileFor(QStringLiteral("okx"), QStringLiteral("BTC-USDT/SWAP")),
                 folder + QStringLiteral("/okx-BTC-USDT_SWAP.json"));

        bookmarks.add({kT0 + 60'000, QStringLiteral("first sweep")});
        QVERIFY(QFile::exists(folder + QStringLiteral("/binance-BTCUSDT.json")));

        model.setMarketData(session(QStringLiteral("bybit"), QStringLiteral("BTCUSDT")));
        QCOMPARE(bookmarks.rowCount(), 0);
        bookmarks.add({kT0, QStringLiteral("bybit open")});

        model.setMarketData(session(QStringLiteral("binance"), QStringLiteral("BTCUSDT")));
        QCOMPARE(bookmarks.bookmarks(),
                 (std::vector<ReplayBookmark>{{kT0 + 60'000, QStringLiteral("first sweep")}}));
    }

    void aDamagedFileIsReported()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("binance-BTCUSDT.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not json");
        file.close();
        SessionModel model;
        BookmarkModel bookmarks;
        BookmarkKeeper keeper(&bookmarks, &model, dir.path());
        QSignalSpy failed(&keeper, &BookmarkKeeper::failed);
        model.setMarketData(session(QStringLiteral("binance"), QStringLiteral("BTCUSDT")));
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.front().front().toString().startsWith(file.fileName() +
                                                             QStringLiteral(": not JSON at offset")));
    }
};

QTEST_MAIN(TestBookmarkKeeper)
#include "tst_bookmark_keeper.moc"
