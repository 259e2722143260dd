// Live liquidation streams against a WebSocket server on 127.0.0.1 that sends the real captured
// frames from ../shared/fixtures/real, and `cascade record` end to end.
#include "FakeExchange.h"
#include "LoopbackStreamServer.h"

#include "RecordCommand.h"
#include "sources/CurlGlobal.h"
#include "sources/LiquidationRecorder.h"
#include "sources/LiquidationStream.h"
#include "store/StoreFactory.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cascade;
using cascade::test::LoopbackStreamServer;

namespace {

QString capture(const char *name)
{
    QFile file(QStringLiteral(CASCADE_REAL_FIXTURES "/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("capture %s missing", name);
    return QString::fromUtf8(file.readAll()).trimmed();
}

void verifySame(const Liquidation &actual, const Liquidation &expected)
{
    QCOMPARE(actual.time, expected.time);
    QCOMPARE(actual.side, expected.side);
    QCOMPARE(actual.price, expected.price);
    QCOMPARE(actual.quantity, expected.quantity);
    QCOMPARE(actual.notionalUsd, expected.notionalUsd); // fuzzy: a product of two decimals
}

// Starts the stream and waits (spinning the event loop, up to 10 s) for `expected` events.
std::vector<Liquidation> collect(LiquidationStream &stream, int expected)
{
    std::vector<Liquidation> events;
    const auto connection = QObject::connect(&stream, &LiquidationStream::liquidations, &stream,
                                             [&events](const std::vector<Liquidation> &batch) {
                                                 events.insert(events.end(), batch.begin(), batch.end());
                                             });
    stream.start();
    if (!QTest::qWaitFor([&] { return int(events.size()) >= expected; }, 10000))
        qWarning("only %d of %d events arrived", int(events.size()), expected);
    QObject::disconnect(connection);
    return events;
}

// The captured Bybit frame grown to `bytes` with a "pad" field its parser ignores: if it got
// through, its two liquidations would arrive.
QString paddedBybitFrame(qsizetype bytes)
{
    const QString frame = capture("bybit_ws_allLiquidation.json");
    const QString head = QStringLiteral(R"({"pad":")");
    const QString tail = QStringLiteral("\",") + frame.mid(1);
    return head + QString(bytes - head.size() - tail.size(), QLatin1Char('x')) + tail;
}

} // namespace

class TestRecord : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void bybitSubscribesAndParsesFrames()
    {
        LoopbackStreamServer server;
        server.frames = {QStringLiteral(R"({"success":true,"ret_msg":"subscribe","op":"subscribe"})"),
                         capture("bybit_ws_allLiquidation.json")};
        auto endpoint =
            StreamEndpoint::forExchange(QStringLiteral("bybit"), QStringLiteral("BTCUSDT"), server.baseUrl());
        QVERIFY2(endpoint.ok(), qPrintable(endpoint.error()));
        LiquidationStream stream(endpoint.value());
        QSignalSpy problems(&stream, &LiquidationStream::problem);
        const auto events = collect(stream, 2);
        QCOMPARE(server.paths().value(0), QStringLiteral("/v5/public/linear"));
        QCOMPARE(server.received().value(0),
                 QStringLiteral(R"({"op":"subscribe","args":["allLiquidation.BTCUSDT"]})"));
        QCOMPARE(events.size(), std::size_t(2));
        verifySame(events[0],
                   Liquidation{1791565600992, LiquidationSide::LongLiquidated, 82396.90, 0.006, 494.3814});
        QCOMPARE(problems.count(), 0); // the acknowledgement is not data
        stream.stop();
    }

    void binanceKeepsOnlyItsSymbol()
    {
        LoopbackStreamServer server;
        server.sendOnConnect = true; // the URL subscribes
        server.frames = {capture("binance_ws_forceOrder_raw.json"),
                         capture("binance_ws_forceOrder_arr_combined.json")};
        auto endpoint = StreamEndpoint::forExchange(QStringLiteral("binance"), QStringLiteral("BTCUSDT"),
                                                    server.baseUrl());
        QVERIFY(endpoint.ok());
        LiquidationStream stream(endpoint.value());
        const auto events = collect(stream, 1);
        QCOMPARE(server.paths().value(0), QStringLiteral("/ws/!forceOrder@arr"));
        QCOMPARE(events.size(), std::size_t(1)); // MANTAUSDT dropped
        verifySame(events[0],
                   Liquidation{1791565602120, LiquidationSide::LongLiquidated, 82651.90, 0.19, 15703.861});
        stream.stop();
    }

    void okxSkipsOtherSwapsAndReconnects()
    {
        LoopbackStreamServer server;
        server.frames = {
            QStringLiteral(
                R"({"event":"subscribe","arg":{"channel":"liquidation-orders","instType":"SWAP"}})"),
            capture("okx_ws_liquidation_orders_celo.json"), capture("okx_ws_liquidation_orders.json")};
        server.closeAfterFrames = true;
        auto endpoint =
            StreamEndpoint::forExchange(QStringLiteral("okx"), QStringLiteral("BTCUSDT"), server.baseUrl());
        QVERIFY(endpoint.ok());
        LiquidationStream stream(endpoint.value());
        QSignalSpy problems(&stream, &LiquidationStream::problem);
        QSignalSpy disconnects(&stream, &LiquidationStream::disconnected);
        const auto events = collect(stream, 1);
        verifySame(events[0],
                   Liquidation{1791565600771, LiquidationSide::LongLiquidated, 82655.7, 0.0855, 7067.06235});
        QCOMPARE(problems.count(), 0); // CELO's unknown contract value does not matter
        // The server hung up: the stream comes back by itself (after 1 s) and subscribes again.
        QTRY_VERIFY_WITH_TIMEOUT(server.connections() >= 2, 10000);
        QVERIFY(disconnects.count() >= 1);
        QTRY_VERIFY_WITH_TIMEOUT(server.received().size() >= 2, 10000);
        stream.stop();
    }

    void recorderCoversOnlyConnectedTime()
    {
        auto store = openStore(m_dir.filePath(QStringLiteral("recorder.sqlite")));
        QVERIFY2(store.ok(), qPrintable(store.error()));
        const SeriesKey key{QStringLiteral("bybit"), QStringLiteral("BTCUSDT"), SeriesKind::Liquidations};
        LiquidationRecorder recorder(*store.value(), key,
                                     QStringLiteral("bybit allLiquidation.BTCUSDT stream"));
        recorder.connected(1000);
        recorder.add({{1500, LiquidationSide::ShortLiquidated, 100, 1, 100}});
        QVERIFY(recorder.flush(2000).ok());
        recorder.add({{2500, LiquidationSide::LongLiquidated, 99, 2, 198}});
        recorder.disconnected(3000); // writes up to the disconnection
        recorder.connected(5000);
        QVERIFY(recorder.flush(6000).ok());
        QCOMPARE(recorder.written(), qint64(2));
        const auto coverage = store.value()->coverage(key);
        QCOMPARE(coverage->ranges(), (std::vector<TimeRange>{{1000, 3000}, {5000, 6000}}));
        QCOMPARE(store.value()->liquidations(key, {0, 10000})->size(), std::size_t(2));
    }

    void recordCommandEndToEnd()
    {
        LoopbackStreamServer server;
        server.frames = {capture("bybit_ws_allLiquidation.json")};
        const QString path = m_dir.filePath(QStringLiteral("record.sqlite"));
        const int exit = RecordCommand().run({QStringLiteral("cascade record"), QStringLiteral("--exchange"),
                                              QStringLiteral("bybit"), QStringLiteral("--symbol"),
                                              QStringLiteral("BTCUSDT"), QStringLiteral("--duration"),
                                              QStringLiteral("2"), QStringLiteral("--ws-base"),
                                              server.baseUrl(), QStringLiteral("--store"), path});
        QCOMPARE(exit, int(Command::Success));
        auto store = openStore(path);
        const SeriesKey key{QStringLiteral("bybit"), QStringLiteral("BTCUSDT"), SeriesKind::Liquidations};
        const auto events = store.value()->liquidations(key, {0, 4000000000000});
        QCOMPARE(events->size(), std::size_t(2));
        QCOMPARE(events->at(1).quantity, 0.038);
        QVERIFY(!store.value()->coverage(key)->isEmpty());
    }

    void oversizedMessagesAreRefused_data()
    {
        QTest::addColumn<qsizetype>("bytes");
        QTest::addColumn<quint64>("serverFrameSize");
        QTest::addColumn<bool>("refused");
        const qsizetype limit = LiquidationStream::maxMessageBytes;
        QTest::newRow("at the limit, one frame") << limit << quint64(4 << 20) << false;
        QTest::newRow("1 byte over, one frame") << limit + 1 << quint64(4 << 20) << true;
        QTest::newRow("8 MiB, one frame") << qsizetype(8 << 20) << quint64(16 << 20) << true;
        QTest::newRow("3 MiB in 512 KiB frames") << qsizetype(3 << 20) << quint64(512 << 10) << true;
    }

    void oversizedMessagesAreRefused()
    {
        QFETCH(qsizetype, bytes);
        QFETCH(quint64, serverFrameSize);
        QFETCH(bool, refused);
        LoopbackStreamServer server;
        server.outgoingFrameSize = serverFrameSize;
        server.frames = {paddedBybitFrame(bytes)};
        QCOMPARE(server.frames.first().toUtf8().size(), bytes);
        auto endpoint =
            StreamEndpoint::forExchange(QStringLiteral("bybit"), QStringLiteral("BTCUSDT"), server.baseUrl());
        QVERIFY(endpoint.ok());
        LiquidationStream stream(endpoint.value());
        QSignalSpy refusals(&stream, &LiquidationStream::messageRefused);
        QSignalSpy disconnects(&stream, &LiquidationStream::disconnected);
        QSignalSpy events(&stream, &LiquidationStream::liquidations);
        stream.start();
        if (!refused) {
            QTRY_COMPARE_WITH_TIMEOUT(events.count(), 1, 10000);
            QCOMPARE(refusals.count(), 0);
            stream.stop();
            return;
        }
        QTRY_COMPARE_WITH_TIMEOUT(refusals.count(), 1, 10000);
        const QString expected = QStringLiteral(
            "bybit stream: refused a message larger than the 1048576-byte (1 MiB) limit (exchange "
            "messages are a few kB); its events are lost and the connection is closed");
        QVERIFY2(refusals.first().at(1).toString().startsWith(expected),
                 qPrintable(refusals.first().at(1).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(disconnects.count(), 1, 10000);
        QCOMPARE(disconnects.first().at(1).toString(), refusals.first().at(1).toString());
        // Reconnects (after 1 s) as after any other drop, and is refused again.
        QTRY_VERIFY_WITH_TIMEOUT(server.connections() >= 2, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(refusals.count(), 2, 10000);
        QCOMPARE(events.count(), 0);
        stream.stop();
    }

    void recordStoresNothingOfARefusedMessage()
    {
        LoopbackStreamServer server;
        server.outgoingFrameSize = 4 << 20;
        server.frames = {paddedBybitFrame(LiquidationStream::maxMessageBytes + 1)};
        const QString path = m_dir.filePath(QStringLiteral("refused.sqlite"));
        const int exit = RecordCommand().run({QStringLiteral("cascade record"), QStringLiteral("--exchange"),
                                              QStringLiteral("bybit"), QStringLiteral("--symbol"),
                                              QStringLiteral("BTCUSDT"), QStringLiteral("--duration"),
                                              QStringLiteral("2"), QStringLiteral("--ws-base"),
                                              server.baseUrl(), QStringLiteral("--store"), path});
        QCOMPARE(exit, int(Command::Success));
        QVERIFY(server.connections() >= 2); // it came back after the refusal
        auto store = openStore(path);
        QVERIFY2(store.ok(), qPrintable(store.error()));
        const SeriesKey key{QStringLiteral("bybit"), QStringLiteral("BTCUSDT"), SeriesKind::Liquidations};
        QCOMPARE(store.value()->liquidations(key, {0, 4000000000000})->size(), std::size_t(0));
        // Every connection lost a message, so no connected time is claimed as complete.
        QVERIFY(store.value()->coverage(key)->isEmpty());
    }

    void recordOptionsPollsSnapshots()
    {
        const CurlGlobal curl;
        cascade::test::FakeExchange exchange;
        const QString path = m_dir.filePath(QStringLiteral("options.sqlite"));
        const int exit = RecordCommand().run(
            {QStringLiteral("cascade record"), QStringLiteral("--exchange"), QStringLiteral("deribit"),
             QStringLiteral("--symbol"), QStringLiteral("BTC"), QStringLiteral("--options"),
             QStringLiteral("--duration"), QStringLiteral("1"), QStringLiteral("--api-base"),
             QStringLiteral("deribit=") + exchange.baseUrl() + QStringLiteral("/api/v2"),
             QStringLiteral("--store"), path});
        QCOMPARE(exit, int(Command::Success));
        QCOMPARE(exchange.requestCount(), 1); // the first poll runs at once; the next would be 300 s later
        auto store = openStore(path);
        const SeriesKey key{QStringLiteral("deribit"), QStringLiteral("BTC"), SeriesKind::Options};
        QCOMPARE(store.value()->optionSnapshotTimes(key, {0, 4000000000000})->size(), std::size_t(1));
        QCOMPARE(store.value()->optionQuotes(key, {0, 4000000000000})->size(), std::size_t(3));
    }

    void recordOkxLearnsTheContractValue()
    {
        // CELO-USDT-SWAP is not in the built-in table: its value (10 CELO, as the fake's instrument
        // list says) is asked first, then the captured CELO frame is converted with it.
        const CurlGlobal curl;
        cascade::test::FakeExchange exchange;
        LoopbackStreamServer server;
        server.frames = {capture("okx_ws_liquidation_orders.json"),
                         capture("okx_ws_liquidation_orders_celo.json")};
        const QString path = m_dir.filePath(QStringLiteral("celo.sqlite"));
        const int exit = RecordCommand().run(
            {QStringLiteral("cascade record"), QStringLiteral("--exchange"), QStringLiteral("okx"),
             QStringLiteral("--symbol"), QStringLiteral("CELO-USDT-SWAP"), QStringLiteral("--duration"),
             QStringLiteral("1"), QStringLiteral("--ws-base"), server.baseUrl(), QStringLiteral("--api-base"),
             QStringLiteral("okx=") + exchange.baseUrl(), QStringLiteral("--store"), path});
        QCOMPARE(exit, int(Command::Success));
        QCOMPARE(exchange.server().requests().value(0).query(QStringLiteral("instId")),
                 QStringLiteral("CELO-USDT-SWAP"));
        auto store = openStore(path);
        const auto events = store.value()->liquidations(
            {QStringLiteral("okx"), QStringLiteral("CELOUSDT"), SeriesKind::Liquidations},
            {0, 4000000000000});
        QCOMPARE(events->size(), std::size_t(1)); // the BTC frame is not ours
        verifySame(events->front(),
                   Liquidation{1791565462608, LiquidationSide::ShortLiquidated, 0.09583, 199790, 19145.8757});
    }

    void recordRejectsBadArguments()
    {
        const QString path = m_dir.filePath(QStringLiteral("never.sqlite"));
        QCOMPARE(RecordCommand().run({QStringLiteral("cascade record"), QStringLiteral("--exchange"),
                                      QStringLiteral("deribit"), QStringLiteral("--symbol"),
                                      QStringLiteral("BTC"), QStringLiteral("--store"), path}),
                 int(Command::BadArguments)); // no liquidation stream there
        QCOMPARE(RecordCommand().run({QStringLiteral("cascade record"), QStringLiteral("--exchange"),
                                      QStringLiteral("bybit"), QStringLiteral("--symbol"),
                                      QStringLiteral("BTCUSDT"), QStringLiteral("--ws-base"),
                                      QStringLiteral("ftp://127.0.0.1"), QStringLiteral("--store"), path}),
                 int(Command::BadArguments));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestRecord)
#include "tst_record.moc"
