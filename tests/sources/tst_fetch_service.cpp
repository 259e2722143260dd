// FetchService: the GUI's asynchronous fetch, against the fake exchange on 127.0.0.1.
#include "FakeExchange.h"

#include "sources/CurlGlobal.h"
#include "sources/FetchService.h"
#include "store/StoreFactory.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cascade;
using cascade::test::FakeExchange;

namespace {
constexpr qint64 kT0 = 1760054400000; // 2025-10-10T00:00:00Z
constexpr qint64 kMinute = 60000;

FetchRequest binanceCandles(qint64 minutes)
{
    FetchRequest request;
    request.exchange = QStringLiteral("binance");
    request.symbol = QStringLiteral("BTCUSDT");
    request.range = {kT0, kT0 + minutes * kMinute};
    return request;
}
} // namespace

class TestFetchService : public QObject
{
    Q_OBJECT

    CurlGlobal m_curl;
    QTemporaryDir m_dir;

private slots:
    void reportsOnTheOwningThread()
    {
        FakeExchange exchange;
        const QString path = m_dir.filePath(QStringLiteral("service.sqlite"));
        FetchService service(path);
        service.setApiBase(QStringLiteral("binance"), exchange.baseUrl());
        int progressOnMainThread = 0;
        int lastDone = -1;
        connect(&service, &FetchService::progress, this, [&](int, const FetchProgress &p) {
            if (QThread::currentThread() == thread())
                ++progressOnMainThread;
            lastDone = p.requestsDone;
        });
        QSignalSpy finished(&service, &FetchService::finished);
        const int job = service.start(binanceCandles(3000));
        QVERIFY(finished.wait(20000));
        const auto arguments = finished.takeFirst();
        QCOMPARE(arguments.at(0).toInt(), job);
        QVERIFY2(arguments.at(1).toBool(), qPrintable(arguments.at(2).toString()));
        QCOMPARE(arguments.at(3).toInt(), 2);
        QCOMPARE(arguments.at(4).toLongLong(), qint64(3000));
        QCOMPARE(progressOnMainThread, 3); // the plan, then each of the 2 pages
        QCOMPARE(lastDone, 2);
        auto store = openStore(path);
        QCOMPARE(store.value()
                     ->candles({QStringLiteral("binance"), QStringLiteral("BTCUSDT"), SeriesKind::Candles},
                               {kT0, kT0 + 3000 * kMinute})
                     ->size(),
                 std::size_t(3000));
    }

    void startingAgainCancelsTheRunningJob()
    {
        FakeExchange exchange;
        // Every answer is late, so the first job is still waiting when the second starts.
        exchange.server().setHandler([](const cascade::test::LoopbackServer::Request &) {
            auto reply = cascade::test::LoopbackServer::Reply::json("[]");
            reply.stallMidBody = true;
            return reply;
        });
        FetchService service(m_dir.filePath(QStringLiteral("cancel.sqlite")));
        service.setApiBase(QStringLiteral("binance"), exchange.baseUrl());
        QSignalSpy finished(&service, &FetchService::finished);
        const int first = service.start(binanceCandles(100));
        QTRY_VERIFY_WITH_TIMEOUT(exchange.requestCount() >= 1, 10000);
        const int second = service.start(binanceCandles(200)); // supersedes the first
        QVERIFY(second != first);
        QTRY_VERIFY_WITH_TIMEOUT(exchange.requestCount() >= 2, 10000);
        service.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000);
        QTRY_VERIFY(!service.isRunning());
        for (int i = 0; i < 2; ++i) {
            const auto arguments = finished.at(i);
            QCOMPARE(arguments.at(0).toInt(), i == 0 ? first : second); // late signals keep their id
            QVERIFY(!arguments.at(1).toBool());
            QVERIFY2(arguments.at(2).toString().contains(QStringLiteral("cancelled")),
                     qPrintable(arguments.at(2).toString()));
        }
    }
};

QTEST_GUILESS_MAIN(TestFetchService)
#include "tst_fetch_service.moc"
