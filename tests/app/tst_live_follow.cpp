// A session another process writes to (a recorder, an import) grows on screen without a reload.
#include "AppController.h"
#include "IsolatedGuiTest.h"
#include "PriceChartWidget.h"
#include "SessionRepository.h"
#include "Settings.h"
#include "store/SqliteMarketStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cascade;

namespace {
constexpr qint64 kT0 = 1'760'054'400'000; // 2025-10-10T00:00:00Z
constexpr qint64 kMin = 60'000;

MarketData minutes(int from, int count)
{
    MarketData data;
    data.exchange = QStringLiteral("binance");
    data.symbol = QStringLiteral("BTCUSDT");
    for (int m = from; m < from + count; ++m)
        data.candles.push_back({kT0 + m * kMin, 100'000, 100'050, 99'950, 100'010, 2, 1, 200'000});
    return data;
}

void save(const QString &path, const MarketData &data)
{
    auto store = SqliteMarketStore::open(path);
    QVERIFY2(store, qPrintable(store.error()));
    const Status saved = SessionRepository(**store).save(data, QStringLiteral("another process"));
    QVERIFY2(saved, qPrintable(saved.error()));
}
} // namespace

class TestLiveFollow : public QObject
{
    Q_OBJECT

private slots:
    void sessionGrowsAsAnotherProcessWrites()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        save(path, minutes(0, 120));
        {
            Settings settings;
            settings.set(Settings::lastExchange, QStringLiteral("binance"));
            settings.set(Settings::lastSymbol, QStringLiteral("BTCUSDT"));
            settings.set(Settings::intervalMs, kMin);
            settings.set(Settings::visibleFromMs, qint64(0));
            settings.set(Settings::visibleToMs, qint64(0));
            settings.sync();
        }
        AppController app(path);
        app.start();
        QTRY_COMPARE_WITH_TIMEOUT(app.session()->candles()->rowCount(), 120, 30'000);
        QTRY_VERIFY(app.follower()->isFollowing());
        app.window()->priceChart()->setVisibleRange(kT0 + 30 * kMin, kT0 + 60 * kMin);

        save(path, minutes(120, 30));
        QTRY_COMPARE_WITH_TIMEOUT(app.session()->candles()->rowCount(), 150, 30'000);
        QCOMPARE(app.session()->candles()->candles().back().openTime, kT0 + 149 * kMin);
        // The analyst's view stays where it was while the bars arrive.
        QCOMPARE(app.window()->priceChart()->visibleFrom(), kT0 + 30 * kMin);
        QCOMPARE(app.window()->priceChart()->visibleTo(), kT0 + 60 * kMin);
    }
};

int main(int argc, char **argv)
{
    return cascade::test::runIsolatedGuiTest<TestLiveFollow>(argc, argv);
}

#include "tst_live_follow.moc"
