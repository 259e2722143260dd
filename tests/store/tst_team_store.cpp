// The team store at work: following new data, copying history between backends, several
// recorders on one stream, and `cascade record` (streams and option polls) living through a
// server restart. One real PostgreSQL server on 127.0.0.1 (PostgresTestServer) serves every
// test here.
#include "../sources/LoopbackServer.h"
#include "../sources/LoopbackStreamServer.h"
#include "PostgresTestServer.h"

#include "ExportCommand.h"
#include "market/TimeFormat.h"
#include "RecordCommand.h"
#include "sources/LiquidationRecorder.h"
#include "sources/LiquidationStream.h"
#include "sources/OptionSnapshotRecorder.h"
#include "sources/StreamEndpoint.h"
#include "store/StoreFactory.h"
#include "store/StoreWatcher.h"
#include "StoreCommand.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <set>
#include <thread>

using namespace cascade;
using cascade::test::LoopbackServer;
using cascade::test::LoopbackStreamServer;
using cascade::test::PostgresTestServer;

namespace {

constexpr qint64 kMin = 60'000;
constexpr qint64 kT0 = 1760054400000; // 2025-10-10T00:00:00Z
constexpr TimeRange kAll{0, 4'000'000'000'000};
const SeriesKey kCandles{QStringLiteral("binance"), QStringLiteral("BTCUSDT"), SeriesKind::Candles};
const SeriesKey kLiqs{QStringLiteral("binance"), QStringLiteral("BTCUSDT"), SeriesKind::Liquidations};
const SeriesKey kOi{QStringLiteral("binance"), QStringLiteral("BTCUSDT"), SeriesKind::OpenInterest};
const SeriesKey kOptions{QStringLiteral("deribit"), QStringLiteral("BTC"), SeriesKind::Options};
const SeriesKey kBybitLiqs{QStringLiteral("bybit"), QStringLiteral("BTCUSDT"), SeriesKind::Liquidations};

// The real Bybit capture (two events), its times moved `shift` seconds on: a new frame of the
// same stream for every shift.
QString bybitFrame(int shift)
{
    QFile file(QStringLiteral(CASCADE_REAL_FIXTURES "/bybit_ws_allLiquidation.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("capture bybit_ws_allLiquidation.json missing");
    QJsonObject frame = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray data = frame.value(QStringLiteral("data")).toArray();
    for (auto item : data) {
        QJsonObject event = item.toObject();
        event[QStringLiteral("T")] = event.value(QStringLiteral("T")).toInteger() + shift * 1000;
        item = event;
    }
    frame[QStringLiteral("data")] = data;
    return QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact));
}

std::unique_ptr<MarketStore> open(const QString &location)
{
    auto store = openStore(location);
    return store ? std::move(store).value() : nullptr;
}

// Every liquidation is distinct and each appears once.
bool noDuplicates(const std::vector<Liquidation> &events)
{
    std::set<std::tuple<qint64, int, double, double>> seen;
    for (const auto &e : events)
        seen.insert({e.time, int(e.side), e.price, e.quantity});
    return seen.size() == events.size();
}

// A store that can be switched off, as a team server goes away, in front of a real one.
class SwitchableStore : public MarketStore
{
public:
    explicit SwitchableStore(MarketStore &inner)
        : m_inner(inner)
    {}
    bool down = false;

    QString location() const override { return m_inner.location(); }
    Status writeCandles(const SeriesKey &k, Interval i, const std::vector<Candle> &r, const TimeRange &c,
                        const QString &s) override
    {
        return down ? gone() : m_inner.writeCandles(k, i, r, c, s);
    }
    Status writeOpenInterest(const SeriesKey &k, const std::vector<OpenInterestPoint> &r, const TimeRange &c,
                             const QString &s) override
    {
        return down ? gone() : m_inner.writeOpenInterest(k, r, c, s);
    }
    Status writeRatios(const SeriesKey &k, const std::vector<RatioPoint> &r, const TimeRange &c,
                       const QString &s) override
    {
        return down ? gone() : m_inner.writeRatios(k, r, c, s);
    }
    Status writeLiquidations(const SeriesKey &k, const std::vector<Liquidation> &r, const TimeRange &c,
                             const QString &s) override
    {
        return down ? gone() : m_inner.writeLiquidations(k, r, c, s);
    }
    Status writeOptionSnapshot(const SeriesKey &k, const std::vector<OptionQuote> &r,
                               const QString &s) override
    {
        return down ? gone() : m_inner.writeOptionSnapshot(k, r, s);
    }
    Result<std::vector<Candle>> candles(const SeriesKey &k, const TimeRange &r) override
    {
        return m_inner.candles(k, r);
    }
    Result<std::vector<OpenInterestPoint>> openInterest(const SeriesKey &k, const TimeRange &r) override
    {
        return m_inner.openInterest(k, r);
    }
    Result<std::vector<RatioPoint>> ratios(const SeriesKey &k, const TimeRange &r) override
    {
        return m_inner.ratios(k, r);
    }
    Result<std::vector<Liquidation>> liquidations(const SeriesKey &k, const TimeRange &r) override
    {
        return m_inner.liquidations(k, r);
    }
    Result<std::vector<OptionQuote>> optionQuotes(const SeriesKey &k, const TimeRange &r) override
    {
        return m_inner.optionQuotes(k, r);
    }
    Result<std::vector<qint64>> optionSnapshotTimes(const SeriesKey &k, const TimeRange &r) override
    {
        return m_inner.optionSnapshotTimes(k, r);
    }
    Result<RangeSet> coverage(const SeriesKey &k) override { return m_inner.coverage(k); }
    Result<std::vector<SeriesInfo>> listSeries() override { return m_inner.listSeries(); }
    Status inTransaction(const std::function<Status()> &work) override { return m_inner.inTransaction(work); }

private:
    static Status gone()
    {
        return Status::failure(QStringLiteral("server closed the connection unexpectedly"));
    }
    MarketStore &m_inner;
};

// A loopback Deribit for `cascade record --options`: every answer is the real book capture
// (two quotes) taken one minute after the previous answer, so each poll is a snapshot of its own.
class LoopbackOptionsExchange
{
public:
    static constexpr qint64 kBookTime = 1654338604906; // creation_timestamp in the capture

    LoopbackOptionsExchange()
        : m_book(capture())
        , m_server([this](const LoopbackServer::Request &request) { return reply(request); })
    {}

    QString apiBase() const
    {
        return QStringLiteral("deribit=") + m_server.baseUrl() + QStringLiteral("/api/v2");
    }
    int served() const { return m_served.load(); }
    // Snapshot time of the answer to poll `index` (from 0).
    static qint64 timeOf(int index) { return kBookTime + index * kMin; }

private:
    static QJsonObject capture()
    {
        QFile file(QStringLiteral(CASCADE_REAL_FIXTURES "/deribit_get_book_summary_by_currency.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("capture deribit_get_book_summary_by_currency.json missing");
        return QJsonDocument::fromJson(file.readAll()).object();
    }

    LoopbackServer::Reply reply(const LoopbackServer::Request &request)
    {
        if (request.path() != QLatin1String("/api/v2/public/get_book_summary_by_currency"))
            return LoopbackServer::Reply::json(R"({"error":{"message":"no such path"}})", 404);
        const int index = m_served.load();
        QJsonObject book = m_book;
        QJsonArray rows = book.value(QStringLiteral("result")).toArray();
        for (auto item : rows) {
            QJsonObject row = item.toObject();
            row[QStringLiteral("creation_timestamp")] = timeOf(index);
            item = row;
        }
        book[QStringLiteral("result")] = rows;
        m_served.store(index + 1); // one poll at a time: no race between load and store
        return LoopbackServer::Reply::json(QJsonDocument(book).toJson(QJsonDocument::Compact));
    }

    const QJsonObject m_book;
    std::atomic_int m_served = 0;
    LoopbackServer m_server;
};

struct Recording
{
    int exitCode = -1;
    QString out;
    QString err;
};

// `cascade record --options` as a service runs it (the built binary), polling every second for
// `seconds`; `meanwhile` runs on this thread while it records.
Recording recordOptions(const LoopbackOptionsExchange &exchange, const QString &store, int seconds,
                        const QStringList &more, const std::function<void()> &meanwhile)
{
    QProcess process;
    process.setProgram(QStringLiteral(CASCADE_BINARY));
    process.setArguments(
        QStringList{QStringLiteral("record"), QStringLiteral("--exchange"), QStringLiteral("deribit"),
                    QStringLiteral("--symbol"), QStringLiteral("BTC"), QStringLiteral("--options"),
                    QStringLiteral("--every"), QStringLiteral("1"), QStringLiteral("--duration"),
                    QString::number(seconds), QStringLiteral("--api-base"), exchange.apiBase(),
                    QStringLiteral("--store"), store} +
        more);
    process.start();
    if (!process.waitForStarted())
        return {-1, {}, process.errorString()};
    meanwhile();
    process.waitForFinished(60'000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// Snapshot times named by the recorder's "snapshot N (2 quotes at T) dropped" lines.
std::vector<qint64> droppedTimes(const QString &log)
{
    std::vector<qint64> times;
    static const QRegularExpression line(QStringLiteral(R"(snapshot \d+ \(2 quotes at (\S+)\) dropped)"));
    for (auto it = line.globalMatch(log); it.hasNext();)
        times.push_back(TimeFormat::parse(it.next().captured(1)).value());
    return times;
}

} // namespace

class TestTeamStore : public QObject
{
    Q_OBJECT

    PostgresTestServer m_server;
    QTemporaryDir m_dir;

    QString database(const char *name)
    {
        auto url = m_server.createDatabase(QString::fromLatin1(name));
        if (!url)
            qFatal("%s", qPrintable(url.error()));
        return *url;
    }
    QString file(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    QByteArray exported(const QString &store, const QString &kind, const QString &symbol)
    {
        const QString out = m_dir.filePath(QStringLiteral("export-%1.csv").arg(++m_exports));
        const int exit = ExportCommand().run(
            {QStringLiteral("cascade export"), QStringLiteral("--store"), store, QStringLiteral("--exchange"),
             kind == QLatin1String("options") ? QStringLiteral("deribit") : QStringLiteral("binance"),
             QStringLiteral("--symbol"), symbol, QStringLiteral("--kind"), kind, QStringLiteral("--out"),
             out});
        QFile csv(out);
        if (exit != Command::Success || !csv.open(QIODevice::ReadOnly))
            return QByteArray("export failed: ") + QByteArray::number(exit);
        return csv.readAll();
    }
    int m_exports = 0;

private slots:
    void initTestCase()
    {
        QVERIFY2(PostgresTestServer::isInstalled(),
                 "PostgreSQL 15 is not installed (scripts/deps.sh installs postgresql)");
        const Status started = m_server.start();
        QVERIFY2(started.ok(), qPrintable(started.error()));
    }

    void watcherFollowsCommittedWrites_data()
    {
        QTest::addColumn<bool>("postgres");
        QTest::newRow("sqlite") << false;
        QTest::newRow("postgresql") << true;
    }

    void watcherFollowsCommittedWrites()
    {
        QFETCH(bool, postgres);
        const QString location = postgres ? database("watched") : file("watched.sqlite");
        auto writer = open(location);
        auto reader = open(location);
        QVERIFY(writer && reader);
        QVERIFY(writer->writeCandles(kCandles, Interval::minutes(1), {{kT0, 1, 2, 0.5, 1.5, 10, 4, 15}}, {},
                                     "a"));
        // PostgreSQL: a poll once a minute, so only LISTEN/NOTIFY can bring the change in time.
        StoreWatcher watcher(*reader, {kCandles, kLiqs}, postgres ? 60'000 : 50);
        QSignalSpy changed(&watcher, &StoreWatcher::seriesChanged);
        QSignalSpy problems(&watcher, &StoreWatcher::problem);
        watcher.start();
        QTest::qWait(200);
        QCOMPARE(changed.count(), 0); // what was there before start is not news

        QVERIFY(writer->writeCandles(kCandles, Interval::minutes(1), {{kT0 + kMin, 2, 3, 1, 2.5, 5, 1, 12}},
                                     {}, "a"));
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 5000);
        QCOMPARE(changed[0][0].value<SeriesKey>(), kCandles);
        QCOMPARE(reader->candles(kCandles, kAll)->size(), std::size_t(2)); // the new row is readable
        // Two writes in a row: each is a change (lastWrite grows even within one millisecond).
        QVERIFY(
            writer->writeLiquidations(kLiqs, {{kT0, LiquidationSide::LongLiquidated, 100, 1, 100}}, {}, "b"));
        QVERIFY(writer->writeLiquidations(kLiqs, {{kT0 + 1, LiquidationSide::LongLiquidated, 100, 1, 100}},
                                          {}, "b"));
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 2, 5000);
        QCOMPARE(changed.last()[0].value<SeriesKey>(), kLiqs);
        QTest::qWait(200);
        QVERIFY(reader->lastWrite(kLiqs).value() > reader->lastWrite(kCandles).value() ||
                reader->lastWrite(kLiqs).value() > 0);
        // A series nobody follows changes nothing here.
        const int before = int(changed.count());
        QVERIFY(writer->writeOpenInterest(kOi, {{kT0, 1, 2}}, {}, "c"));
        QTest::qWait(300);
        QCOMPARE(int(changed.count()), before);
        QCOMPARE(problems.count(), 0);
    }

    void copyThroughTheTeamStoreKeepsExportsByteIdentical()
    {
        const QString laptop = file("laptop.sqlite");
        {
            auto store = open(laptop);
            QVERIFY(store);
            std::vector<Candle> candles;
            for (int i = 0; i < 600; ++i) {
                const double o = 82000.1 + i * 0.7;
                candles.push_back({kT0 + i * kMin, o, o + 12.345678901, o - 9.87654321, o + 0.1,
                                   1.0 / (i + 3), 0.4 / (i + 3), o / (i + 3)});
            }
            QVERIFY(store->writeCandles(kCandles, Interval::minutes(1), candles, {kT0, kT0 + 600 * kMin},
                                        "binance /fapi/v1/klines"));
            std::vector<Liquidation> liqs;
            for (int i = 0; i < 300; ++i)
                liqs.push_back({kT0 + i * 1733,
                                i % 3 ? LiquidationSide::LongLiquidated : LiquidationSide::ShortLiquidated,
                                82000.5 + i * 0.1, 0.001 * (i + 1), (82000.5 + i * 0.1) * 0.001 * (i + 1)});
            QVERIFY(store->writeLiquidations(kLiqs, liqs, {kT0, kT0 + 600 * kMin}, "binance stream"));
            QVERIFY(store->writeOpenInterest(kOi, {{kT0, 81234.5, 9.1e9}, {kT0 + 5 * kMin, 81000.25, 9.05e9}},
                                             {kT0, kT0 + 10 * kMin}, "oi"));
            OptionQuote put;
            put.snapshotTime = kT0;
            put.instrument = QStringLiteral("BTC-27DEC25-100000-P");
            put.expiry = 1766822400000;
            put.strike = 100000;
            put.type = OptionType::Put;
            put.openInterest = 1234.5;
            put.openInterestUsd = 1234.5 * 105000;
            put.underlyingPrice = 105000;
            put.markIv = 48.25;
            put.delta = -0.31;
            QVERIFY(store->writeOptionSnapshot(kOptions, {put}, "deribit"));
        }
        const QString team = database("team");
        const QString back = file("back.sqlite");
        const QStringList copy{QStringLiteral("cascade store"), QStringLiteral("copy")};
        QCOMPARE(StoreCommand().run(copy + QStringList{"--from", laptop, "--to", team}),
                 int(Command::Success));
        QCOMPARE(StoreCommand().run(copy + QStringList{"--from", team, "--to", back}), int(Command::Success));
        // Idempotent: once more changes nothing.
        QCOMPARE(StoreCommand().run(copy + QStringList{"--from", laptop, "--to", team}),
                 int(Command::Success));
        for (const QString kind : {"candles", "liquidations", "open-interest", "options"}) {
            const QString symbol =
                kind == QLatin1String("options") ? QStringLiteral("BTC") : QStringLiteral("BTCUSDT");
            const QByteArray original = exported(laptop, kind, symbol);
            QVERIFY2(original.count('\n') > 1, original.constData());
            QCOMPARE(exported(team, kind, symbol), original);
            QCOMPARE(exported(back, kind, symbol), original);
        }
        auto teamStore = open(team);
        QCOMPARE(teamStore->coverage(kCandles).value(), open(laptop)->coverage(kCandles).value());
        QCOMPARE(teamStore->liquidations(kLiqs, kAll)->size(), std::size_t(300));
    }

    void copyTakesKindsAndARange()
    {
        const QString team = database("partial");
        const QString laptop = file("laptop.sqlite"); // from the test above
        QCOMPARE(
            StoreCommand().run({"cascade store", "copy", "--from", laptop, "--to", team, "--kinds", "candles",
                                "--since", "2025-10-10T01:00:00Z", "--until", "2025-10-10T02:00:00Z"}),
            int(Command::Success));
        auto store = open(team);
        const auto series = store->listSeries().value();
        QCOMPARE(series.size(), std::size_t(1));
        QCOMPARE(series[0].rowCount, qint64(60));
        QCOMPARE(series[0].coverage.ranges(), (std::vector<TimeRange>{{kT0 + 60 * kMin, kT0 + 120 * kMin}}));
        QCOMPARE(StoreCommand().run({"cascade store", "copy", "--to", team, "--kinds", "candels"}),
                 int(Command::BadArguments));
    }

    void recordersWritingTheSameRowsAtOnceLeaveOneCopy()
    {
        const QString team = database("redundant");
        std::vector<Liquidation> events;
        for (int i = 0; i < 4000; ++i)
            events.push_back(
                {kT0 + i * 100, LiquidationSide(i % 2), 80000.0 + i, 0.01 * (1 + i % 7), 800.0 + i});
        // Two writers (threads, each with its own connection) write overlapping batches in
        // opposite orders, each batch one transaction, as two recorders on one stream do.
        std::vector<QString> errors(2);
        auto writer = [&](int which) {
            auto store = open(team);
            if (!store) {
                errors[std::size_t(which)] = QStringLiteral("cannot open");
                return;
            }
            for (int b = 0; b < 40; ++b) {
                const int batch = which == 0 ? b : 39 - b;
                const std::vector<Liquidation> part(events.begin() + batch * 100,
                                                    events.begin() + std::min(4000, batch * 100 + 150));
                if (Status s =
                        store->writeLiquidations(kLiqs, part, {}, QStringLiteral("recorder %1").arg(which));
                    !s) {
                    errors[std::size_t(which)] = s.error();
                    return;
                }
            }
        };
        std::thread first(writer, 0);
        std::thread second(writer, 1);
        first.join();
        second.join();
        QVERIFY2(errors[0].isEmpty(), qPrintable(errors[0]));
        QVERIFY2(errors[1].isEmpty(), qPrintable(errors[1]));
        const auto stored = open(team)->liquidations(kLiqs, kAll).value();
        QCOMPARE(stored.size(), std::size_t(4000));
        QVERIFY(noDuplicates(stored));
        QCOMPARE(stored[1234], events[1234]);
    }

    void twoRecordersOnOneStream()
    {
        const QString team = database("two_recorders");
        LoopbackStreamServer server;
        server.closeAfterFrames = true; // each reconnection resends: overlap within and across recorders
        server.frames = {bybitFrame(0)};
        auto endpoint =
            StreamEndpoint::forExchange(QStringLiteral("bybit"), QStringLiteral("BTCUSDT"), server.baseUrl());
        QVERIFY(endpoint.ok());
        auto storeA = open(team);
        auto storeB = open(team);
        QVERIFY(storeA && storeB);
        LiquidationRecorder a(*storeA, kBybitLiqs, endpoint->source);
        LiquidationRecorder b(*storeB, kBybitLiqs, endpoint->source);
        LiquidationStream streamA(endpoint.value());
        LiquidationStream streamB(endpoint.value());
        for (auto [stream, recorder] : {std::pair{&streamA, &a}, std::pair{&streamB, &b}}) {
            connect(stream, &LiquidationStream::connected, this,
                    [recorder](qint64 at) { recorder->connected(at); });
            connect(stream, &LiquidationStream::disconnected, this,
                    [recorder](qint64 at, const QString &) { recorder->disconnected(at); });
            connect(stream, &LiquidationStream::liquidations, this,
                    [recorder](const std::vector<Liquidation> &events) { recorder->add(events); });
        }
        streamA.start();
        streamB.start();
        QTimer flush;
        connect(&flush, &QTimer::timeout, this, [&] {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            QVERIFY(a.flush(now).ok());
            QVERIFY(b.flush(now).ok());
        });
        flush.start(300);
        QTRY_VERIFY_WITH_TIMEOUT(server.connections() >= 3, 10000);
        server.frames = {bybitFrame(0), bybitFrame(5)};
        QTRY_VERIFY_WITH_TIMEOUT(server.connections() >= 6, 10000);
        streamA.stop();
        streamB.stop();
        flush.stop();
        QVERIFY(a.flush(QDateTime::currentMSecsSinceEpoch(), true).ok());
        QVERIFY(b.flush(QDateTime::currentMSecsSinceEpoch(), true).ok());
        QVERIFY(a.written() >= 4 && b.written() >= 4); // both wrote the same events, more than once
        const auto stored = open(team)->liquidations(kBybitLiqs, kAll).value();
        QCOMPARE(stored.size(), std::size_t(4));
        QVERIFY(noDuplicates(stored));
        QCOMPARE(stored[2].time, 1791565600992 + 5000);
    }

    void recorderBuffersWithBackoffAndCountsDrops()
    {
        auto inner = open(file("switchable.sqlite"));
        QVERIFY(inner);
        SwitchableStore store(*inner);
        LiquidationRecorder recorder(store, kLiqs, QStringLiteral("stream"), 3);
        recorder.connected(1000);
        recorder.add({{1100, LiquidationSide::LongLiquidated, 10, 1, 10}});
        QVERIFY(recorder.flush(2000).ok());
        store.down = true;
        recorder.add({{2100, LiquidationSide::LongLiquidated, 11, 1, 11},
                      {2200, LiquidationSide::LongLiquidated, 12, 1, 12}});
        QVERIFY(!recorder.flush(3000));
        QCOMPARE(recorder.failures(), 1);
        QCOMPARE(recorder.retryAt(), qint64(4000)); // 1 s
        QVERIFY(recorder.flush(3500).ok());         // not due: nothing tried
        QCOMPARE(recorder.failures(), 1);
        QVERIFY(!recorder.flush(4000));
        QCOMPARE(recorder.retryAt(), qint64(6000)); // then 2 s
        recorder.add({{4100, LiquidationSide::LongLiquidated, 13, 1, 13},
                      {4200, LiquidationSide::LongLiquidated, 14, 1, 14}});
        QCOMPARE(recorder.buffered(), std::size_t(3)); // the bound
        QCOMPARE(recorder.dropped(), qint64(1));
        recorder.disconnected(5000); // not due: the span waits in memory
        recorder.connected(5500);
        store.down = false;
        QVERIFY(recorder.flush(6000).ok());
        QCOMPARE(recorder.failures(), 0);
        QCOMPARE(recorder.written(), qint64(4));
        const auto stored = inner->liquidations(kLiqs, kAll).value();
        QCOMPARE(stored.size(), std::size_t(4));
        QCOMPARE(stored.back().price, 13.0);
        // Covered: the span before the outage; the span with a drop is not claimed; [5500, 6000) is.
        QCOMPARE(inner->coverage(kLiqs)->ranges(), (std::vector<TimeRange>{{1000, 2000}, {5500, 6000}}));
    }

    void recordLivesThroughAServerRestart()
    {
        const QString team = database("restart");
        LoopbackStreamServer server;
        server.closeAfterFrames = true; // a reconnection about every second, each sending the frames
        server.frames = {bybitFrame(0)};
        bool stopped = false;
        bool restarted = false;
        QTimer::singleShot(1500, this, [&] {
            stopped = m_server.stop().ok();
            server.frames = {bybitFrame(10), bybitFrame(20)}; // arrive while the server is down
        });
        QTimer::singleShot(4500, this, [&] {
            server.frames = {bybitFrame(30)};
            restarted = m_server.start().ok();
        });
        QTimer::singleShot(6500, this, [&] { server.frames = {bybitFrame(40)}; });
        const int exit = RecordCommand().run({QStringLiteral("cascade record"), QStringLiteral("--exchange"),
                                              QStringLiteral("bybit"), QStringLiteral("--symbol"),
                                              QStringLiteral("BTCUSDT"), QStringLiteral("--duration"),
                                              QStringLiteral("9"), QStringLiteral("--ws-base"),
                                              server.baseUrl(), QStringLiteral("--store"), team});
        QVERIFY(stopped);
        QVERIFY2(restarted, qPrintable(m_server.logText().right(2000)));
        QCOMPARE(exit, int(Command::Success));
        const auto stored = open(team)->liquidations(kBybitLiqs, kAll).value();
        std::vector<qint64> times;
        for (const auto &e : stored)
            times.push_back(e.time);
        // Every frame's two events once: nothing lost while the server was down, no duplicates.
        std::vector<qint64> expected;
        for (int shift : {0, 10, 20, 30, 40})
            expected.insert(expected.end(), {1791565600992 + shift * 1000, 1791565601058 + shift * 1000});
        QCOMPARE(times, expected);
        QVERIFY(noDuplicates(stored));
    }

    void optionRecorderKeepsWholeSnapshotsInOrder()
    {
        auto inner = open(file("switchable-options.sqlite"));
        QVERIFY(inner);
        SwitchableStore store(*inner);
        OptionSnapshotRecorder recorder(store, 5); // room for two snapshots of two quotes
        const auto snapshot = [](qint64 at) {
            OptionQuote call;
            call.snapshotTime = at;
            call.instrument = QStringLiteral("BTC-27DEC25-100000-C");
            call.expiry = 1766822400000;
            call.strike = 100000;
            call.type = OptionType::Call;
            call.openInterest = 10;
            OptionQuote put = call;
            put.instrument = QStringLiteral("BTC-27DEC25-100000-P");
            put.type = OptionType::Put;
            return OptionSnapshotRecorder::Snapshot{kOptions, {call, put}, QStringLiteral("deribit test")};
        };
        QVERIFY(recorder.add(snapshot(kT0)));
        QVERIFY(recorder.flush(1000).ok());
        QCOMPARE(recorder.writtenSnapshots(), qint64(1));
        store.down = true;
        QVERIFY(recorder.add(snapshot(kT0 + kMin)));
        QVERIFY(!recorder.flush(2000));
        QCOMPARE(recorder.retryAt(), qint64(3000));
        QVERIFY(recorder.add(snapshot(kT0 + 2 * kMin)));
        QVERIFY(!recorder.add(snapshot(kT0 + 3 * kMin))); // 6 quotes would not fit in 5: dropped whole
        QCOMPARE(recorder.buffered(), std::size_t(4));
        QCOMPARE(recorder.bufferedSnapshots(), std::size_t(2));
        QCOMPARE(recorder.droppedSnapshots(), qint64(1));
        QCOMPARE(recorder.dropped(), qint64(2));
        QVERIFY(recorder.flush(2500).ok()); // not due: nothing tried
        QCOMPARE(recorder.failures(), 1);
        store.down = false;
        QVERIFY(recorder.flush(3000).ok());
        QCOMPARE(recorder.failures(), 0);
        QCOMPARE(recorder.writtenSnapshots(), qint64(3));
        QCOMPARE(recorder.written(), qint64(6));
        QCOMPARE(recorder.buffered(), std::size_t(0));
        QCOMPARE(inner->optionSnapshotTimes(kOptions, kAll).value(),
                 (std::vector<qint64>{kT0, kT0 + kMin, kT0 + 2 * kMin}));
        QCOMPARE(inner->optionQuotes(kOptions, kAll)->size(), std::size_t(6));
    }

    void recordOptionsLivesThroughAServerRestart()
    {
        const QString team = database("options_restart");
        LoopbackOptionsExchange exchange;
        bool stopped = false;
        bool restarted = false;
        int downFrom = 0;
        int downTo = 0;
        const Recording run = recordOptions(exchange, team, 10, {}, [&] {
            QTRY_VERIFY_WITH_TIMEOUT(exchange.served() >= 2, 10000);
            QTest::qWait(300); // the second snapshot reaches the store
            stopped = m_server.stop().ok();
            downFrom = exchange.served();
            QTRY_VERIFY_WITH_TIMEOUT(exchange.served() >= downFrom + 3, 10000); // three polls while down
            downTo = exchange.served();
            restarted = m_server.start().ok();
        });
        QVERIFY(stopped);
        QVERIFY2(restarted, qPrintable(m_server.logText().right(2000)));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(downTo - downFrom >= 3);
        const int served = exchange.served();
        auto store = open(team);
        QVERIFY(store);
        // Every poll's snapshot once: nothing lost while the server was down, no duplicates.
        std::vector<qint64> expected;
        for (int i = 0; i < served; ++i)
            expected.push_back(LoopbackOptionsExchange::timeOf(i));
        QCOMPARE(store->optionSnapshotTimes(kOptions, kAll).value(), expected);
        const auto quotes = store->optionQuotes(kOptions, kAll).value();
        QCOMPARE(quotes.size(), std::size_t(2 * served));
        QCOMPARE(quotes[2 * downFrom].instrument, QStringLiteral("BTC-24JUN22-30000-C")); // kept while down
        QCOMPARE(quotes[2 * downFrom].openInterest, 1124.7);
        QCOMPARE(quotes[2 * downFrom].snapshotTime, LoopbackOptionsExchange::timeOf(downFrom));
        QVERIFY2(run.err.contains(QStringLiteral("store unavailable (attempt 1)")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("kept in memory (snapshots waiting: 3)")),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("store available again after")), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QStringLiteral("dropped")), qPrintable(run.err));
        QVERIFY2(run.out.startsWith(QStringLiteral("deribit BTC: %1 option snapshots (%2 quotes) stored in ")
                                        .arg(served)
                                        .arg(2 * served)),
                 qPrintable(run.out));
    }

    void recordOptionsSaysWhatTheBoundDropped()
    {
        const QString team = database("options_bound");
        LoopbackOptionsExchange exchange;
        bool stopped = false;
        bool restarted = false;
        // Room for two snapshots of two quotes; the server stays away for five polls.
        const Recording run =
            recordOptions(exchange, team, 10, {QStringLiteral("--buffer"), QStringLiteral("4")}, [&] {
                QTRY_VERIFY_WITH_TIMEOUT(exchange.served() >= 1, 10000);
                QTest::qWait(300);
                stopped = m_server.stop().ok();
                const int downFrom = exchange.served();
                QTRY_VERIFY_WITH_TIMEOUT(exchange.served() >= downFrom + 5, 15000);
                restarted = m_server.start().ok();
            });
        QVERIFY(stopped);
        QVERIFY2(restarted, qPrintable(m_server.logText().right(2000)));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const int served = exchange.served();
        const std::vector<qint64> dropped = droppedTimes(run.err);
        const int kept = served - int(dropped.size());
        QVERIFY2(dropped.size() >= 3, qPrintable(run.err)); // at most two of the five fitted
        QVERIFY2(!run.err.contains(QStringLiteral("(snapshots waiting: 3)")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("(snapshots waiting: 2)")), qPrintable(run.err));
        // The counts the log gives are the counts in the store.
        QVERIFY2(
            run.err.contains(QStringLiteral("store available again after")) &&
                run.err.contains(QStringLiteral("; %1 option quotes were dropped while the buffer was full")
                                     .arg(2 * dropped.size())),
            qPrintable(run.err));
        QVERIFY2(run.out.startsWith(
                     QStringLiteral("deribit BTC: %1 option snapshots (%2 quotes) stored in %3; "
                                    "%4 snapshots (%5 quotes) were dropped while the buffer was full")
                         .arg(kept)
                         .arg(2 * kept)
                         .arg(team)
                         .arg(dropped.size())
                         .arg(2 * dropped.size())),
                 qPrintable(run.out));
        auto store = open(team);
        QVERIFY(store);
        std::vector<qint64> expected; // every poll's snapshot but the dropped ones, once each
        for (int i = 0; i < served; ++i) {
            const qint64 at = LoopbackOptionsExchange::timeOf(i);
            if (std::find(dropped.begin(), dropped.end(), at) == dropped.end())
                expected.push_back(at);
        }
        QCOMPARE(store->optionSnapshotTimes(kOptions, kAll).value(), expected);
        QCOMPARE(int(expected.size()), kept);
        QCOMPARE(store->optionQuotes(kOptions, kAll)->size(), std::size_t(2 * kept));
    }

    void tlsWithVerifyFull()
    {
        const QString port = QString::number(m_server.port());
        const QString root = m_server.rootCertificate();
        auto verified =
            openStore(QString("postgresql://cascade@127.0.0.1:%1/postgres?sslmode=verify-full&sslrootcert=%2")
                          .arg(port, root));
        QVERIFY2(verified.ok(), qPrintable(verified.error()));
        // The certificate names 127.0.0.1: another name for the same server is refused.
        auto otherName =
            openStore(QString("postgresql://cascade@localhost:%1/postgres?sslmode=verify-full&sslrootcert=%2")
                          .arg(port, root));
        QVERIFY(!otherName);
        QVERIFY2(otherName.error().contains("does not match host name \"localhost\""),
                 qPrintable(otherName.error()));
        auto noRoot =
            openStore(QString("postgresql://cascade@127.0.0.1:%1/postgres?sslmode=verify-full&sslrootcert=%2")
                          .arg(port, m_dir.filePath("missing-root.crt")));
        QVERIFY(!noRoot);
        QVERIFY2(noRoot.error().contains("root certificate file"), qPrintable(noRoot.error()));
    }

    void cleanupTestCase() { QVERIFY(m_server.stop().ok()); }
};

QTEST_GUILESS_MAIN(TestTeamStore)
#include "tst_team_store.moc"
