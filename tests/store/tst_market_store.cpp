// The store contract, run against every backend: the embedded SQLite store and a real
// PostgreSQL server started by the test on 127.0.0.1 (see PostgresTestServer).
#include "PostgresTestServer.h"

#include "store/PostgresMarketStore.h"
#include "store/SqliteMarketStore.h"
#include "store/StoreFactory.h"
#include "store/StoreInfoReport.h"
#include "store/StoreSchema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <cmath>
#include <limits>

using namespace cascade;
using cascade::test::PostgresTestServer;

namespace {
constexpr qint64 kMin = 60'000;
constexpr qint64 kT0 = 1760054400000; // 2025-10-10T00:00:00Z
const SeriesKey kCandles{QStringLiteral("binance"), QStringLiteral("BTCUSDT"), SeriesKind::Candles};
const SeriesKey kLiqs{QStringLiteral("binance"), QStringLiteral("BTCUSDT"), SeriesKind::Liquidations};
const SeriesKey kOi{QStringLiteral("binance"), QStringLiteral("BTCUSDT"), SeriesKind::OpenInterest};
const SeriesKey kTaker{QStringLiteral("binance"), QStringLiteral("BTCUSDT"), SeriesKind::TakerBuySellRatio};
const SeriesKey kOptions{QStringLiteral("deribit"), QStringLiteral("BTC"), SeriesKind::Options};

std::vector<Candle> minuteCandles(int count, double base = 100.0)
{
    std::vector<Candle> out;
    for (int i = 0; i < count; ++i) {
        const double o = base + i;
        out.push_back(
            Candle{kT0 + i * kMin, o, o + 2.5, o - 1.25, o + 1, 10.0 + i, 4.0, (10.0 + i) * (o + 1)});
    }
    return out;
}
} // namespace

enum class Backend { Sqlite, Postgres };

// One suite, parameterised by backend: each test gets a fresh store (a new file, or a new
// database on the test's server) and checks raw tables through a connection of its own.
class TestMarketStore : public QObject
{
    Q_OBJECT

public:
    TestMarketStore(Backend backend, PostgresTestServer *server)
        : m_backend(backend)
        , m_server(server)
    {}

private:
    Backend m_backend;
    PostgresTestServer *m_server;
    QTemporaryDir m_dir;

    bool isPostgres() const { return m_backend == Backend::Postgres; }

    // Where the store called `name` lives (created empty for PostgreSQL).
    QString path(const char *name)
    {
        if (!isPostgres())
            return m_dir.filePath(QString::fromLatin1(name));
        auto url = m_server->createDatabase(databaseName(name));
        if (!url)
            qFatal("%s", qPrintable(url.error()));
        return *url;
    }
    // The location of a store `path` already created.
    QString existing(const char *name) const
    {
        return isPostgres() ? m_server->url(databaseName(name)) : m_dir.filePath(QString::fromLatin1(name));
    }
    static QString databaseName(const char *name) { return QString::fromLatin1(name).replace(u'.', u'_'); }

    // Null on failure, with the reason in m_openError (the caller QVERIFYs).
    std::unique_ptr<MarketStore> openAt(const QString &location)
    {
        auto store = openStore(location);
        m_openError = store ? QString() : store.error();
        return store ? std::move(store).value() : nullptr;
    }
    QString m_openError;

    // Runs raw SQL on the store `name` through a connection of the test's own.
    template<typename Use> void withRaw(const char *name, Use use)
    {
        {
            auto db = QSqlDatabase::addDatabase(
                isPostgres() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            if (isPostgres()) {
                db.setHostName(QStringLiteral("127.0.0.1"));
                db.setPort(m_server->port());
                db.setUserName(PostgresTestServer::user());
                db.setDatabaseName(databaseName(name));
            } else {
                db.setDatabaseName(m_dir.filePath(QString::fromLatin1(name)));
            }
            if (!db.open())
                qFatal("raw connection: %s", qPrintable(db.lastError().text()));
            use(db);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }
    QVariant scalar(const char *name, const QString &sql)
    {
        QVariant value;
        withRaw(name, [&](QSqlDatabase &db) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0);
        });
        return value;
    }
    bool rawExec(const char *name, const QStringList &statements)
    {
        bool ok = true;
        withRaw(name, [&](QSqlDatabase &db) {
            QSqlQuery query(db);
            for (const auto &sql : statements) {
                const QString text = isPostgres() ? StoreSchema::toPostgres(sql) : sql;
                if (!query.exec(text)) {
                    qWarning("%s: %s", qPrintable(text), qPrintable(query.lastError().text()));
                    ok = false;
                }
            }
        });
        return ok;
    }
    QString versionQuery() const
    {
        return isPostgres() ? QStringLiteral("SELECT version FROM cascade_schema")
                            : QStringLiteral("PRAGMA user_version");
    }

private slots:
    void initTestCase()
    {
        if (isPostgres()) {
            QVERIFY2(PostgresTestServer::isInstalled(),
                     "PostgreSQL 15 is not installed (scripts/deps.sh installs postgresql)");
            const Status started = m_server->start();
            QVERIFY2(started.ok(), qPrintable(started.error()));
        }
    }

    void candlesRoundTripExactly()
    {
        auto store = openAt(path("candles.sqlite"));
        QVERIFY2(store, qPrintable(m_openError));
        const auto in = minuteCandles(5);
        QVERIFY(store->writeCandles(kCandles, Interval::minutes(1), in, {kT0, kT0 + 5 * kMin}, "test a"));
        auto out = store->candles(kCandles, {kT0, kT0 + 5 * kMin});
        QVERIFY2(out.ok(), qPrintable(out.error()));
        QCOMPARE(out->size(), std::size_t(5));
        QCOMPARE(out->at(3), in[3]);
        QCOMPARE(out->at(3).high, 105.5);
        QCOMPARE(out->at(3).quoteVolume, 13.0 * 104.0);
        // Half-open: [kT0 + 1m, kT0 + 3m) holds minutes 1 and 2 only.
        auto part = store->candles(kCandles, {kT0 + kMin, kT0 + 3 * kMin});
        QCOMPARE(part->size(), std::size_t(2));
        QCOMPARE(part->front().openTime, kT0 + kMin);
        QCOMPARE(part->back().openTime, kT0 + 2 * kMin);
        // An unknown series reads as empty, not as an error.
        auto none = store->candles({QStringLiteral("okx"), QStringLiteral("BTCUSDT"), SeriesKind::Candles},
                                   {0, kT0 * 2});
        QVERIFY(none.ok());
        QVERIFY(none->empty());
    }

    void readsAreSortedWhateverTheWriteOrder()
    {
        auto store = openAt(path("sorted.sqlite"));
        QVERIFY2(store, qPrintable(m_openError));
        auto in = minuteCandles(4);
        std::swap(in[0], in[3]);
        QVERIFY(store->writeCandles(kCandles, Interval::minutes(1), in, {}, "shuffled"));
        auto out = store->candles(kCandles, {0, std::numeric_limits<qint64>::max()});
        QCOMPARE(out->size(), std::size_t(4));
        for (int i = 0; i < 4; ++i)
            QCOMPARE(out->at(i).openTime, kT0 + i * kMin);
    }

    void otherKindsRoundTripExactly()
    {
        auto store = openAt(path("kinds.sqlite"));
        QVERIFY2(store, qPrintable(m_openError));
        const std::vector<OpenInterestPoint> oi{{kT0, 81234.5, 9.1e9}, {kT0 + 5 * kMin, 81000.25, 9.05e9}};
        QVERIFY(store->writeOpenInterest(kOi, oi, {kT0, kT0 + 10 * kMin}, "oi"));
        QCOMPARE(store->openInterest(kOi, {kT0, kT0 + 10 * kMin}).value(), oi);

        const std::vector<RatioPoint> ratios{{kT0, 1.25, 10.0, 8.0}, {kT0 + kMin, 0.5, 2.0, 4.0}};
        QVERIFY(store->writeRatios(kTaker, ratios, {}, "taker"));
        QCOMPARE(store->ratios(kTaker, {kT0, kT0 + kMin + 1}).value(), ratios);

        const std::vector<Liquidation> liqs{
            {kT0 + 10, LiquidationSide::LongLiquidated, 111900.5, 0.25, 27975.125},
            {kT0 + 10, LiquidationSide::ShortLiquidated, 111900.5, 0.25, 27975.125},
            {kT0 + 20, LiquidationSide::LongLiquidated, 97000.0, 1.5, 145500.0},
        };
        QVERIFY(store->writeLiquidations(kLiqs, liqs, {kT0, kT0 + kMin}, "ws"));
        QCOMPARE(store->liquidations(kLiqs, {kT0, kT0 + kMin}).value(), liqs);

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
        OptionQuote call = put;
        call.instrument = QStringLiteral("BTC-27DEC25-120000-C");
        call.strike = 120000;
        call.type = OptionType::Call;
        call.markIv = OptionQuote::unknown;
        call.delta = OptionQuote::unknown;
        QVERIFY(store->writeOptionSnapshot(kOptions, {call, put}, "deribit book summary"));
        const auto quotes = store->optionQuotes(kOptions, {kT0, kT0 + 1}).value();
        QCOMPARE(quotes.size(), std::size_t(2));
        QCOMPARE(quotes[0].instrument, put.instrument); // sorted by strike within the expiry
        QCOMPARE(quotes[0].openInterest, 1234.5);
        QCOMPARE(quotes[0].markIv, 48.25);
        QCOMPARE(quotes[0].delta, -0.31);
        QVERIFY(std::isnan(quotes[0].gamma));
        QCOMPARE(quotes[1].type, OptionType::Call);
        QVERIFY(std::isnan(quotes[1].markIv));
        QCOMPARE(store->optionSnapshotTimes(kOptions, {0, kT0 * 2}).value(), std::vector<qint64>{kT0});
    }

    void rewritingIsIdempotent()
    {
        const QString file = path("idempotent.sqlite");
        auto store = openAt(file);
        QVERIFY2(store, qPrintable(m_openError));
        const auto in = minuteCandles(10);
        QVERIFY(store->writeCandles(kCandles, Interval::minutes(1), in, {kT0, kT0 + 10 * kMin}, "first"));
        QVERIFY(store->writeCandles(kCandles, Interval::minutes(1), in, {kT0, kT0 + 10 * kMin}, "first"));
        auto changed = minuteCandles(3, 200.0);
        QVERIFY(
            store->writeCandles(kCandles, Interval::minutes(1), changed, {kT0, kT0 + 3 * kMin}, "second"));
        const std::vector<Liquidation> liqs{{kT0, LiquidationSide::LongLiquidated, 100.0, 2.0, 200.0}};
        QVERIFY(store->writeLiquidations(kLiqs, liqs, {}, "a"));
        QVERIFY(store->writeLiquidations(kLiqs, liqs, {}, "a"));

        const auto series = store->listSeries().value();
        QCOMPARE(series.size(), std::size_t(2));
        QCOMPARE(series[0].key, kCandles);
        QCOMPARE(series[0].rowCount, qint64(10));
        QCOMPARE(series[0].baseInterval, Interval::minutes(1));
        QCOMPARE(series[0].sources, (QStringList{"first", "second"}));
        QVERIFY(series[0].lastWrite > kT0);
        QCOMPARE(series[1].rowCount, qint64(1));
        // The later write's values replaced the earlier ones for the minutes it covered.
        QCOMPARE(store->candles(kCandles, {kT0, kT0 + 1}).value().front().open, 200.0);
        QCOMPARE(scalar("idempotent.sqlite", "SELECT COUNT(*) FROM candles").toInt(), 10);
    }

    void aRewriteChangesWhatDiffersOnly()
    {
        const QString file = path("rewrite.sqlite");
        auto store = openAt(file);
        QVERIFY2(store, qPrintable(m_openError));
        const auto candles = minuteCandles(3);
        QVERIFY(store->writeCandles(kCandles, Interval::minutes(1), candles, {}, "a"));
        QVERIFY(store->writeOpenInterest(kOi, {{kT0, 81234.5, 9.1e9}}, {}, "a"));
        QVERIFY(store->writeRatios(kTaker, {{kT0, 1.25, 10.0, 8.0}}, {}, "a"));
        QVERIFY(store->writeLiquidations(kLiqs, {{kT0, LiquidationSide::LongLiquidated, 100.0, 2.0, 200.0}},
                                         {}, "a"));
        OptionQuote put;
        put.snapshotTime = kT0;
        put.instrument = QStringLiteral("BTC-27DEC25-100000-P");
        put.expiry = 1766822400000;
        put.strike = 100000;
        put.type = OptionType::Put;
        put.openInterest = 1234.5;
        put.markIv = 48.25; // delta, gamma, vega, theta unknown (NULL)
        QVERIFY(store->writeOptionSnapshot(kOptions, {put}, "a"));
        // PostgreSQL: the row version (xmin) tells whether a row was rewritten.
        const auto version = [&] {
            return isPostgres()
                       ? scalar("rewrite.sqlite", "SELECT xmin::text FROM candles ORDER BY open_time LIMIT 1")
                             .toString()
                       : QString();
        };
        const QString candleVersion = version();

        // The same values again: nothing to change, and on PostgreSQL no new row version.
        QVERIFY(store->writeCandles(kCandles, Interval::minutes(1), candles, {}, "a"));
        QCOMPARE(version(), candleVersion);
        // Every value column of every kind, changed once each, lands; a NULL greek becomes a
        // value and a value becomes NULL (IS DISTINCT FROM, not =).
        for (int field = 0; field < 7; ++field) {
            auto changed = candles;
            double *values[] = {&changed[1].open,       &changed[1].high,   &changed[1].low,
                                &changed[1].close,      &changed[1].volume, &changed[1].takerBuyVolume,
                                &changed[1].quoteVolume};
            *values[field] += 0.5;
            QVERIFY(store->writeCandles(kCandles, Interval::minutes(1), changed, {}, "a"));
            QCOMPARE(store->candles(kCandles, {kT0, kT0 + 3 * kMin}).value(), changed);
        }
        QVERIFY(store->writeOpenInterest(kOi, {{kT0, 81234.5, 9.2e9}}, {}, "a"));
        QCOMPARE(store->openInterest(kOi, {kT0, kT0 + 1}).value().front().openInterestUsd, 9.2e9);
        QVERIFY(store->writeRatios(kTaker, {{kT0, 1.25, 10.0, 7.5}}, {}, "a"));
        QCOMPARE(store->ratios(kTaker, {kT0, kT0 + 1}).value().front().shortValue, 7.5);
        QVERIFY(store->writeLiquidations(kLiqs, {{kT0, LiquidationSide::LongLiquidated, 100.0, 2.0, 201.0}},
                                         {}, "a"));
        QCOMPARE(store->liquidations(kLiqs, {kT0, kT0 + 1}).value().front().notionalUsd, 201.0);
        put.markIv = OptionQuote::unknown;
        put.delta = -0.31;
        QVERIFY(store->writeOptionSnapshot(kOptions, {put}, "a"));
        const auto quotes = store->optionQuotes(kOptions, {kT0, kT0 + 1}).value();
        QCOMPARE(quotes.size(), std::size_t(1));
        QVERIFY(std::isnan(quotes[0].markIv));
        QCOMPARE(quotes[0].delta, -0.31);
        QCOMPARE(scalar("rewrite.sqlite", "SELECT COUNT(*) FROM candles").toInt(), 3);
    }

    void duplicatesInsideOneBatchCollapse()
    {
        // 300 rows, each twice in a row: the multi-row statement (256 rows) meets the same key
        // twice within itself, and again across the boundary to the single-row statements.
        std::vector<Liquidation> events;
        for (int i = 0; i < 150; ++i) {
            const Liquidation e{kT0 + i * 1000, LiquidationSide::LongLiquidated, 100.0 + i, 1.0, 100.0 + i};
            events.push_back(e);
            events.push_back(e);
        }
        auto store = openAt(path("batch.sqlite"));
        QVERIFY2(store, qPrintable(m_openError));
        QVERIFY(store->writeLiquidations(kLiqs, events, {}, "dupes"));
        const auto stored = store->liquidations(kLiqs, {0, kT0 * 2}).value();
        QCOMPARE(stored.size(), std::size_t(150));
        QCOMPARE(stored[149].price, 249.0);
        QCOMPARE(store->listSeries().value().front().rowCount, qint64(150));
    }

    void coverageIsTheUnionOfProvenRanges()
    {
        auto store = openAt(path("coverage.sqlite"));
        QVERIFY2(store, qPrintable(m_openError));
        const auto in = minuteCandles(60);
        QVERIFY(store->writeCandles(kCandles, Interval::minutes(1), {in.begin(), in.begin() + 10},
                                    {kT0, kT0 + 10 * kMin}, "a"));
        QVERIFY(store->writeCandles(kCandles, Interval::minutes(1), {in.begin() + 30, in.begin() + 40},
                                    {kT0 + 30 * kMin, kT0 + 40 * kMin}, "b"));
        QVERIFY(store->writeCandles(kCandles, Interval::minutes(1), {in.begin() + 10, in.begin() + 20},
                                    {kT0 + 10 * kMin, kT0 + 20 * kMin}, "c"));
        // Rows without proof of completeness are kept but do not extend coverage.
        QVERIFY(
            store->writeCandles(kCandles, Interval::minutes(1), {in.begin() + 50, in.begin() + 52}, {}, "d"));
        const RangeSet covered = store->coverage(kCandles).value();
        QCOMPARE(covered.ranges().size(), std::size_t(2));
        QCOMPARE(covered.ranges()[0], (TimeRange{kT0, kT0 + 20 * kMin}));
        QCOMPARE(covered.ranges()[1], (TimeRange{kT0 + 30 * kMin, kT0 + 40 * kMin}));
        const auto gaps = covered.gaps({kT0, kT0 + 60 * kMin});
        QCOMPARE(gaps.size(), std::size_t(2));
        QCOMPARE(gaps[0], (TimeRange{kT0 + 20 * kMin, kT0 + 30 * kMin}));
        QCOMPARE(gaps[1], (TimeRange{kT0 + 40 * kMin, kT0 + 60 * kMin}));
        QCOMPARE(store->listSeries().value().front().rowCount, qint64(32));
    }

    void aFailedWriteLeavesNothing()
    {
        const QString file = path("failed.sqlite");
        auto store = openAt(file);
        QVERIFY2(store, qPrintable(m_openError));
        auto in = minuteCandles(5);
        in[2].close = std::numeric_limits<double>::quiet_NaN();
        const Status status =
            store->writeCandles(kCandles, Interval::minutes(1), in, {kT0, kT0 + 5 * kMin}, "bad");
        QVERIFY(!status);
        QVERIFY2(status.error().contains(
                     "candles row 3 (2025-10-10T00:02:00.000Z): price nan is not a positive number"),
                 qPrintable(status.error()));
        QVERIFY(store->listSeries().value().empty());
        QCOMPARE(scalar("failed.sqlite", "SELECT COUNT(*) FROM coverage").toInt(), 0);

        const Status noKey =
            store->writeLiquidations({QString(), QStringLiteral("BTCUSDT"), SeriesKind::Liquidations},
                                     {{kT0, LiquidationSide::LongLiquidated, 1, 1, 1}}, {}, "x");
        QVERIFY(noKey.error().contains("needs an exchange and a symbol"));
        const Status wrongKind = store->writeLiquidations(kCandles, {}, {}, "x");
        QVERIFY(wrongKind.error().contains("has kind candles where liquidations was expected"));
    }

    void aTransactionLandsWholeOrNotAtAll()
    {
        auto store = openAt(path("transaction.sqlite"));
        QVERIFY2(store, qPrintable(m_openError));
        const Status status = store->inTransaction([&]() -> Status {
            if (Status s = store->writeCandles(kCandles, Interval::minutes(1), minuteCandles(3),
                                               {kT0, kT0 + 3 * kMin}, "file");
                !s)
                return s;
            // Fails after the candles were written: they must go too.
            return store->writeLiquidations(kLiqs, {{kT0, LiquidationSide::LongLiquidated, -5.0, 1.0, 5.0}},
                                            {}, "file");
        });
        QVERIFY(!status);
        QVERIFY2(status.error().contains(
                     "liquidations row 1 (2025-10-10T00:00:00.000Z): price -5 is not a positive number"),
                 qPrintable(status.error()));
        QVERIFY(store->listSeries().value().empty());
        // The store is usable afterwards and a good transaction commits both.
        QVERIFY(store->inTransaction([&]() -> Status {
            if (Status s = store->writeCandles(kCandles, Interval::minutes(1), minuteCandles(3), {}, "file");
                !s)
                return s;
            return store->writeLiquidations(kLiqs, {{kT0, LiquidationSide::LongLiquidated, 5.0, 1.0, 5.0}},
                                            {}, "file");
        }));
        QCOMPARE(store->listSeries().value().size(), std::size_t(2));
    }

    void aDifferentBaseIntervalIsRefused()
    {
        const QString location = path("interval.sqlite");
        auto store = openAt(location);
        QVERIFY2(store, qPrintable(m_openError));
        QVERIFY(store->writeCandles(kCandles, Interval::minutes(1), minuteCandles(2), {}, "a"));
        const Status status = store->writeCandles(kCandles, Interval::hours(1), {}, {}, "b");
        QCOMPARE(status.error(),
                 QString("store %1: cannot write binance/BTCUSDT/candles: series binance/BTCUSDT/candles "
                         "holds 1m candles; refusing 1h candles")
                     .arg(store->location()));
    }

    void migratesAVersionOneStore()
    {
        const QString file = path("v1.sqlite");
        // The v1 schema as Cascade first wrote it, with one candle and one option quote.
        const QStringList version = isPostgres()
                                        ? QStringList{"CREATE TABLE cascade_schema (version BIGINT NOT NULL)",
                                                      "INSERT INTO cascade_schema VALUES (1)"}
                                        : QStringList{"PRAGMA user_version = 1"};
        QVERIFY(rawExec(
            "v1.sqlite",
            QStringList{
                "CREATE TABLE series (id INTEGER PRIMARY KEY, exchange TEXT NOT NULL, symbol TEXT NOT NULL,"
                " kind TEXT NOT NULL, base_interval_ms INTEGER NOT NULL DEFAULT 0, UNIQUE (exchange, symbol, "
                "kind))",
                "CREATE TABLE coverage (series_id INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,"
                " from_ms INTEGER NOT NULL, to_ms INTEGER NOT NULL, source TEXT NOT NULL, written_at_ms "
                "INTEGER NOT NULL,"
                " CHECK (to_ms > from_ms))",
                "CREATE INDEX coverage_by_series ON coverage (series_id, from_ms)",
                "CREATE TABLE candles (series_id INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,"
                " open_time INTEGER NOT NULL, open REAL NOT NULL, high REAL NOT NULL, low REAL NOT NULL, "
                "close REAL NOT NULL,"
                " volume REAL NOT NULL, taker_buy_volume REAL NOT NULL, quote_volume REAL NOT NULL,"
                " PRIMARY KEY (series_id, open_time)) WITHOUT ROWID",
                "CREATE TABLE open_interest (series_id INTEGER NOT NULL, time INTEGER NOT NULL, "
                "open_interest REAL NOT NULL,"
                " open_interest_usd REAL NOT NULL, PRIMARY KEY (series_id, time)) WITHOUT ROWID",
                "CREATE TABLE ratios (series_id INTEGER NOT NULL, time INTEGER NOT NULL, ratio REAL NOT NULL,"
                " long_value REAL NOT NULL, short_value REAL NOT NULL, PRIMARY KEY (series_id, time)) "
                "WITHOUT ROWID",
                "CREATE TABLE liquidations (series_id INTEGER NOT NULL, time INTEGER NOT NULL, side INTEGER "
                "NOT NULL,"
                " price REAL NOT NULL, quantity REAL NOT NULL, notional_usd REAL NOT NULL,"
                " PRIMARY KEY (series_id, time, side, price, quantity)) WITHOUT ROWID",
                "CREATE TABLE option_quotes (series_id INTEGER NOT NULL, snapshot_time INTEGER NOT NULL,"
                " instrument TEXT NOT NULL, expiry INTEGER NOT NULL, strike REAL NOT NULL, type INTEGER NOT "
                "NULL,"
                " open_interest REAL NOT NULL, open_interest_usd REAL NOT NULL, underlying_price REAL NOT "
                "NULL,"
                " PRIMARY KEY (series_id, snapshot_time, instrument)) WITHOUT ROWID",
                "INSERT INTO series VALUES (1, 'binance', 'BTCUSDT', 'candles', 60000)",
                "INSERT INTO series VALUES (2, 'deribit', 'BTC', 'options', 0)",
                "INSERT INTO candles VALUES (1, 1760054400000, 100, 102, 99, 101, 5, 2, 505)",
                "INSERT INTO coverage VALUES (1, 1760054400000, 1760054460000, 'old import', 1760100000000)",
                "INSERT INTO option_quotes VALUES (2, 1760054400000, 'BTC-27DEC25-100000-P', 1766822400000, "
                "100000, 1,"
                " 10, 1050000, 105000)",
            } + version));
        auto store = openAt(file);
        QVERIFY2(store, qPrintable(m_openError));
        QCOMPARE(scalar("v1.sqlite", versionQuery()).toInt(), 2);
        const auto series = store->listSeries().value();
        QCOMPARE(series.size(), std::size_t(2));
        QCOMPARE(series[0].key, kCandles);
        QCOMPARE(series[0].sources, QStringList{"old import"});
        QCOMPARE(series[0].lastWrite, qint64(1760100000000));
        QCOMPARE(series[0].coverage.ranges().front(), (TimeRange{kT0, kT0 + kMin}));
        QCOMPARE(store->candles(kCandles, {kT0, kT0 + kMin}).value().front(),
                 (Candle{kT0, 100, 102, 99, 101, 5, 2, 505}));
        const auto quotes = store->optionQuotes(kOptions, {kT0, kT0 + 1}).value();
        QCOMPARE(quotes.size(), std::size_t(1));
        QCOMPARE(quotes[0].openInterestUsd, 1050000.0);
        QVERIFY(std::isnan(quotes[0].markIv)); // v1 knew no IV
        // And the migrated store takes v2 writes.
        QVERIFY(store->writeCandles(kCandles, Interval::minutes(1), minuteCandles(2), {kT0, kT0 + 2 * kMin},
                                    "new"));
        QCOMPARE(store->listSeries().value().front().sources, (QStringList{"old import", "new"}));
    }

    void refusesANewerSchema()
    {
        const QString file = path("future.sqlite");
        QVERIFY(
            rawExec("future.sqlite", {isPostgres() ? "CREATE TABLE cascade_schema (version BIGINT NOT NULL); "
                                                     "INSERT INTO cascade_schema VALUES (7)"
                                                   : "PRAGMA user_version = 7"}));
        auto store = openStore(file);
        QVERIFY(!store);
        QCOMPARE(
            store.error(),
            QString("store %1: store schema v7 is newer than this Cascade (v2); upgrade Cascade").arg(file));
    }

    void refusesAFileThatIsNotAStore()
    {
        if (isPostgres())
            QSKIP("a file store only");
        const QString file = path("garbage.sqlite");
        QFile garbage(file);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(4096, '\x5a'));
        garbage.close();
        auto store = openStore(file);
        QVERIFY(!store);
        QVERIFY2(store.error().contains("not a usable SQLite store"), qPrintable(store.error()));
    }

    void factoryCreatesFolders()
    {
        if (isPostgres())
            QSKIP("a file store only");
        const QString nested = m_dir.filePath("a/b/c/store.sqlite");
        auto store = openStore(nested);
        QVERIFY2(store.ok(), qPrintable(store.error()));
        QCOMPARE(store.value()->location(), nested);
        QVERIFY(QFile::exists(nested));
    }

    void serverStoreNamesItsProblemsWithoutThePassword()
    {
        if (!isPostgres())
            QSKIP("a server store only");
        const QString port = QString::number(m_server->port());
        auto unknown = openStore("postgresql://analyst:s3cret@127.0.0.1/db?sslmod=require");
        QCOMPARE(unknown.error(),
                 QString("store 127.0.0.1/db?sslmod=require: unknown parameter 'sslmod' (known: sslmode, "
                         "sslrootcert, sslcert, sslkey, sslcrl, connect_timeout, application_name, passfile, "
                         "target_session_attrs, keepalives_idle, service)"));
        auto noDatabase = openStore("postgresql://analyst:s3cret@127.0.0.1:5432");
        QVERIFY(noDatabase.error().contains("the URL names no database"));
        QVERIFY(!noDatabase.error().contains("s3cret"));

        auto wrong =
            openStore(QString("postgresql://cascade:not-the-password@127.0.0.1:%1/postgres").arg(port));
        QVERIFY(!wrong);
        QVERIFY2(
            wrong.error().startsWith(
                QString("store postgresql://cascade:***@127.0.0.1:%1/postgres: cannot connect: ").arg(port)),
            qPrintable(wrong.error()));
        QVERIFY2(wrong.error().contains("password authentication failed for user \"cascade\""),
                 qPrintable(wrong.error()));
        QVERIFY(!wrong.error().contains("not-the-password"));

        auto missing = openStore(m_server->url("no_such_db"));
        QVERIFY2(missing.error().contains("database \"no_such_db\" does not exist"),
                 qPrintable(missing.error()));

        // The password may come in the URL (percent-encoded) instead of PGPASSFILE.
        const QByteArray passfile = qgetenv("PGPASSFILE");
        qunsetenv("PGPASSFILE");
        const QString secret = PostgresTestServer::password();
        auto inUrl = openStore(QString("postgresql://cascade:%1@127.0.0.1:%2/postgres?sslmode=disable")
                                   .arg(QString::fromLatin1(QUrl::toPercentEncoding(secret)), port));
        auto withoutAny = openStore(QString("postgresql://cascade@127.0.0.1:%1/postgres").arg(port));
        qputenv("PGPASSFILE", passfile);
        QVERIFY2(inUrl.ok(), qPrintable(inUrl.error()));
        QCOMPARE(inUrl.value()->location(),
                 QString("postgresql://cascade:***@127.0.0.1:%1/postgres?sslmode=disable").arg(port));
        QVERIFY(!withoutAny);
        QVERIFY(!withoutAny.error().contains(secret));
    }

    void infoReportListsCoverageGapsAndSources()
    {
        auto store = openAt(path("report.sqlite"));
        QVERIFY2(store, qPrintable(m_openError));
        const QString location = store->location();
        const auto in = minuteCandles(10);
        QVERIFY(store->writeCandles(kCandles, Interval::minutes(1), {in.begin(), in.begin() + 3},
                                    {kT0, kT0 + 3 * kMin}, "file a"));
        QVERIFY(store->writeCandles(kCandles, Interval::minutes(1), {in.begin() + 5, in.end()},
                                    {kT0 + 5 * kMin, kT0 + 10 * kMin}, "file b"));
        const QString text = StoreInfoReport::build(*store).value();
        QVERIFY2(text.startsWith(
                     QString("Store %1: 1 series\n\nbinance/BTCUSDT/candles\n  rows: 8 (1m bars)\n"
                             "  covered: 8 min in 2 ranges\n"
                             "    2025-10-10T00:00:00.000Z .. 2025-10-10T00:03:00.000Z\n"
                             "    2025-10-10T00:05:00.000Z .. 2025-10-10T00:10:00.000Z\n"
                             "  gaps: 1\n    2025-10-10T00:03:00.000Z .. 2025-10-10T00:05:00.000Z (2 min)\n"
                             "  sources: file a; file b\n  last write: ")
                         .arg(location)),
                 qPrintable(text));
    }

    void twoInstancesShareOneFile()
    {
        const QString file = path("shared.sqlite");
        auto a = openAt(file);
        QVERIFY2(a, qPrintable(m_openError));
        auto b = openAt(file);
        QVERIFY2(b, qPrintable(m_openError));
        QVERIFY(a->writeCandles(kCandles, Interval::minutes(1), minuteCandles(3), {}, "a"));
        QCOMPARE(b->candles(kCandles, {0, kT0 * 2}).value().size(), std::size_t(3));
        if (!isPostgres())
            QCOMPARE(scalar("shared.sqlite", "PRAGMA journal_mode").toString(), QString("wal"));
    }
};

// Two names for the one suite, so that the output says which backend a result is from.
class SqliteStore : public TestMarketStore
{
    Q_OBJECT
public:
    SqliteStore()
        : TestMarketStore(Backend::Sqlite, nullptr)
    {}
};

class PostgresStore : public TestMarketStore
{
    Q_OBJECT
public:
    explicit PostgresStore(PostgresTestServer *server)
        : TestMarketStore(Backend::Postgres, server)
    {}
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int failures = 0;
    {
        SqliteStore sqlite;
        failures += QTest::qExec(&sqlite, argc, argv);
    }
    PostgresTestServer server; // stopped when main returns, whatever failed
    {
        PostgresStore postgres(&server);
        failures += QTest::qExec(&postgres, argc, argv);
    }
    return failures;
}

#include "tst_market_store.moc"
