#include "store/SqliteMarketStore.h"

#include "market/TimeFormat.h"
#include "store/SqliteSchema.h"
#include "store/StoreRows.h"
#include "store/StoreSql.h"
#include "store/StoreTransaction.h"
#include "store/StoreValidator.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <limits>

namespace cascade {

using namespace StoreSql;

namespace {

QString newConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("cascade-sqlite-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

// Statements prepared once per store and reused for every row of every write.
struct SqliteMarketStore::Statements
{
    UpsertStatements candle, openInterest, ratio, liquidation, option;
    SqliteStatement coverage, source, touch, findSeries, insertSeries, setInterval;
};

SqliteMarketStore::SqliteMarketStore(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_statements(std::make_unique<Statements>())
{}

SqliteMarketStore::~SqliteMarketStore()
{
    // Statements first: SQLite refuses to close a connection with live statements.
    m_statements.reset();
    m_database.close();
    m_database = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<SqliteMarketStore>> SqliteMarketStore::open(const QString &path)
{
    std::unique_ptr<SqliteMarketStore> store(new SqliteMarketStore(path, newConnectionName()));
    if (Status status = store->openDatabase(); !status)
        return Result<std::unique_ptr<SqliteMarketStore>>::failure(
            QStringLiteral("store %1: %2").arg(path, status.error()));
    return store;
}

Status SqliteMarketStore::openDatabase()
{
    m_database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_database.setDatabaseName(m_path);
    m_database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_database.open())
        return Status::failure(QStringLiteral("cannot open: %1").arg(m_database.lastError().text()));
    QSqlQuery query(m_database);
    // 16 KiB pages (for a new file only; WAL fixes the size): fewer b-tree levels and page
    // reads per row. This is the first statement that reads the file: a non-SQLite file fails here.
    if (!query.exec(QStringLiteral("PRAGMA page_size = 16384")) ||
        !query.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return Status::failure(QStringLiteral("not a usable SQLite store: %1").arg(query.lastError().text()));
    // synchronous=NORMAL with WAL: a crash loses at most the last commits, never consistency.
    // A 64 MiB page cache keeps a million-row transaction from spilling mid-way; memory-mapped
    // reads save a copy per page when loading a year of candles.
    for (const char *pragma :
         {"PRAGMA synchronous = NORMAL", "PRAGMA foreign_keys = ON", "PRAGMA cache_size = -65536",
          "PRAGMA mmap_size = 1073741824", "PRAGMA temp_store = MEMORY"}) {
        if (!query.exec(QString::fromLatin1(pragma)))
            return Status::failure(
                QStringLiteral("%1 failed: %2").arg(QLatin1String(pragma), query.lastError().text()));
    }
    query.finish();
    if (Status status = SqliteSchema::migrate(m_database); !status)
        return status;
    // Qt documents this: the QSQLITE driver's handle is a QVariant holding "sqlite3*".
    const QVariant handle = m_database.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_db = *static_cast<sqlite3 *const *>(handle.constData());
    if (!m_db)
        return Status::failure(QStringLiteral("the QSQLITE driver gave no sqlite3 handle"));
    return {};
}

Status SqliteMarketStore::failure(const QString &what, const QString &why) const
{
    return Status::failure(QStringLiteral("store %1: cannot write %2: %3").arg(m_path, what, why));
}

Status SqliteMarketStore::exec(const char *sql)
{
    char *error = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
        const QString message = QString::fromUtf8(error ? error : sqlite3_errmsg(m_db));
        sqlite3_free(error);
        return Status::failure(message);
    }
    return {};
}

Status SqliteMarketStore::prepared(SqliteStatement &statement, const char *sql)
{
    if (statement.isPrepared())
        return {};
    return statement.prepare(m_db, sql);
}

Status SqliteMarketStore::transact(const std::function<Status()> &work)
{
    const StoreTransaction::Engine engine{[this] { return exec("BEGIN IMMEDIATE"); },
                                          [this] { return exec("COMMIT"); },
                                          [this] {
                                              exec("ROLLBACK");
                                              // Series created inside no longer exist.
                                              m_seriesCache.clear();
                                          }};
    return m_transaction.run(work, engine, m_path);
}

Status SqliteMarketStore::inTransaction(const std::function<Status()> &work)
{
    return transact(work);
}

Result<std::optional<SqliteMarketStore::SeriesRow>> SqliteMarketStore::findSeries(const SeriesKey &key)
{
    using R = Result<std::optional<SeriesRow>>;
    const QString cacheKey = key.toString();
    if (auto it = m_seriesCache.constFind(cacheKey); it != m_seriesCache.cend())
        return std::optional<SeriesRow>(*it);
    SqliteStatement &find = m_statements->findSeries;
    if (Status status = prepared(find, kFindSeries); !status)
        return R::failure(status.error());
    find.bind(1, key.exchange);
    find.bind(2, key.symbol);
    find.bind(3, kindName(key.kind));
    const int rc = find.step();
    std::optional<SeriesRow> row;
    if (rc == SQLITE_ROW) {
        row = SeriesRow{find.int64At(0), Interval(find.int64At(1))};
        m_seriesCache.insert(cacheKey, *row);
    }
    const QString error = find.errorMessage();
    find.reset();
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return R::failure(QStringLiteral("looking up series %1: %2").arg(cacheKey, error));
    return row;
}

Result<SqliteMarketStore::SeriesRow> SqliteMarketStore::ensureSeries(const SeriesKey &key,
                                                                     Interval baseInterval)
{
    using R = Result<SeriesRow>;
    auto found = findSeries(key);
    if (!found)
        return R::failure(found.error());
    if (found->has_value()) {
        SeriesRow row = **found;
        if (baseInterval.isValid() && row.baseInterval.isValid() && row.baseInterval != baseInterval) {
            return R::failure(QStringLiteral("series %1 holds %2 candles; refusing %3 candles")
                                  .arg(key.toString(), row.baseInterval.name(), baseInterval.name()));
        }
        if (baseInterval.isValid() && !row.baseInterval.isValid()) {
            SqliteStatement &set = m_statements->setInterval;
            if (Status status = prepared(set, kSetBaseInterval); !status)
                return R::failure(status.error());
            set.bind(1, row.id);
            set.bind(2, baseInterval.ms());
            const int rc = set.step();
            set.reset();
            if (rc != SQLITE_DONE)
                return R::failure(set.errorMessage());
            row.baseInterval = baseInterval;
            m_seriesCache.insert(key.toString(), row);
        }
        return row;
    }
    SqliteStatement &insert = m_statements->insertSeries;
    if (Status status = prepared(insert, kInsertSeries); !status)
        return R::failure(status.error());
    insert.bind(1, key.exchange);
    insert.bind(2, key.symbol);
    insert.bind(3, kindName(key.kind));
    insert.bind(4, baseInterval.ms());
    const int rc = insert.step();
    const QString error = insert.errorMessage();
    insert.reset();
    if (rc != SQLITE_DONE)
        return R::failure(QStringLiteral("series table row %1: %2").arg(key.toString(), error));
    const SeriesRow row{sqlite3_last_insert_rowid(m_db), baseInterval};
    m_seriesCache.insert(key.toString(), row);
    return row;
}

Status SqliteMarketStore::recordWrite(qint64 seriesId, const TimeRange &covered, const QString &source)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto run = [&](SqliteStatement &statement, const char *sql, const char *table, auto bind) -> Status {
        if (Status status = prepared(statement, sql); !status)
            return Status::failure(QStringLiteral("%1: %2").arg(QLatin1String(table), status.error()));
        bind(statement);
        const int rc = statement.step();
        const QString error = statement.errorMessage();
        statement.reset();
        if (rc != SQLITE_DONE)
            return Status::failure(QStringLiteral("%1 row: %2").arg(QLatin1String(table), error));
        return {};
    };
    if (!covered.isEmpty()) {
        Status status = run(m_statements->coverage, kInsertCoverage, "coverage", [&](SqliteStatement &s) {
            s.bind(1, seriesId);
            s.bind(2, covered.from);
            s.bind(3, covered.to);
            s.bind(4, source);
            s.bind(5, now);
        });
        if (!status)
            return status;
    }
    Status status = run(m_statements->source, kUpsertSource, "series_sources", [&](SqliteStatement &s) {
        s.bind(1, seriesId);
        s.bind(2, source);
        s.bind(3, now);
    });
    if (!status)
        return status;
    return run(m_statements->touch, kTouchSeries, "series", [&](SqliteStatement &s) {
        s.bind(1, seriesId);
        s.bind(2, now);
    });
}

template<typename Row>
Status SqliteMarketStore::writeRows(const Status &valid, const SeriesKey &key, Interval baseInterval,
                                    const std::vector<Row> &rows, const TimeRange &covered,
                                    const QString &source, UpsertStatements &upsert, const UpsertSql &sql,
                                    const char *table)
{
    const QString what = key.toString();
    // Inside transact, so that a refusal also fails an enclosing inTransaction.
    return transact([&]() -> Status {
        if (!valid)
            return failure(what, valid.error());
        Status ready = prepared(upsert.one, upsertText(sql, 1).constData());
        if (ready)
            ready = prepared(upsert.batch, upsertText(sql, kBatchRows).constData());
        if (!ready)
            return failure(what, ready.error());
        const auto series = ensureSeries(key, baseInterval);
        if (!series)
            return failure(what, series.error());
        // Row by row, so that a failure names its row.
        auto writeSingles = [&](std::size_t from, std::size_t to) -> Status {
            for (std::size_t i = from; i < to; ++i) {
                const qint64 time = StoreRows::bind(upsert.one, 0, series->id, rows[i]);
                if (upsert.one.step() != SQLITE_DONE) {
                    const QString error = upsert.one.errorMessage();
                    upsert.one.reset();
                    return failure(what, QStringLiteral("%1 row %2 (%3): %4")
                                             .arg(QLatin1String(table))
                                             .arg(i + 1)
                                             .arg(TimeFormat::isoUtc(time), error));
                }
                upsert.one.reset();
            }
            return {};
        };
        std::size_t i = 0;
        for (; i + kBatchRows <= rows.size(); i += kBatchRows) {
            for (int k = 0; k < kBatchRows; ++k)
                StoreRows::bind(upsert.batch, k * sql.columns, series->id, rows[i + std::size_t(k)]);
            const int rc = upsert.batch.step();
            upsert.batch.reset();
            // A failed statement undoes only itself: redo its rows singly to find the culprit.
            if (rc != SQLITE_DONE) {
                if (Status status = writeSingles(i, i + kBatchRows); !status)
                    return status;
            }
        }
        if (Status status = writeSingles(i, rows.size()); !status)
            return status;
        if (Status status = recordWrite(series->id, covered, source); !status)
            return failure(what, status.error());
        return {};
    });
}

Status SqliteMarketStore::writeCandles(const SeriesKey &key, Interval baseInterval,
                                       const std::vector<Candle> &candles, const TimeRange &covered,
                                       const QString &source)
{
    return writeRows(StoreValidator::checkWrite(key, candles, baseInterval), key, baseInterval, candles,
                     covered, source, m_statements->candle, kUpsertCandle, "candles");
}

Status SqliteMarketStore::writeOpenInterest(const SeriesKey &key,
                                            const std::vector<OpenInterestPoint> &points,
                                            const TimeRange &covered, const QString &source)
{
    return writeRows(StoreValidator::checkWrite(key, points), key, Interval(), points, covered, source,
                     m_statements->openInterest, kUpsertOpenInterest, "open_interest");
}

Status SqliteMarketStore::writeRatios(const SeriesKey &key, const std::vector<RatioPoint> &points,
                                      const TimeRange &covered, const QString &source)
{
    return writeRows(StoreValidator::checkWrite(key, points), key, Interval(), points, covered, source,
                     m_statements->ratio, kUpsertRatio, "ratios");
}

Status SqliteMarketStore::writeLiquidations(const SeriesKey &key, const std::vector<Liquidation> &events,
                                            const TimeRange &covered, const QString &source)
{
    return writeRows(StoreValidator::checkWrite(key, events), key, Interval(), events, covered, source,
                     m_statements->liquidation, kUpsertLiquidation, "liquidations");
}

Status SqliteMarketStore::writeOptionSnapshot(const SeriesKey &key, const std::vector<OptionQuote> &quotes,
                                              const QString &source)
{
    return writeRows(StoreValidator::checkWrite(key, quotes), key, Interval(), quotes, TimeRange{}, source,
                     m_statements->option, kUpsertOption, "option_quotes");
}

template<typename Row>
Result<std::vector<Row>> SqliteMarketStore::readRows(const SeriesKey &key, const TimeRange &range,
                                                     const char *sql, const char *spanSql)
{
    using R = Result<std::vector<Row>>;
    std::vector<Row> rows;
    const auto series = findSeries(key);
    if (!series)
        return R::failure(QStringLiteral("store %1: %2").arg(m_path, series.error()));
    if (!series->has_value() || range.isEmpty())
        return rows;
    SqliteStatement select;
    if (Status status = select.prepare(m_db, sql); !status)
        return R::failure(
            QStringLiteral("store %1: reading %2: %3").arg(m_path, key.toString(), status.error()));
    select.bind(1, (*series)->id);
    select.bind(2, range.from);
    select.bind(3, range.to);
    // Sizing the vector once saves copying a year of candles through ~20 reallocations.
    if (spanSql && (*series)->baseInterval.isValid()) {
        SqliteStatement span;
        if (span.prepare(m_db, spanSql)) {
            span.bind(1, (*series)->id);
            span.bind(2, range.from);
            span.bind(3, range.to);
            if (span.step() == SQLITE_ROW && span.int64At(1) >= span.int64At(0))
                rows.reserve(std::size_t(std::min<qint64>(
                    (span.int64At(1) - span.int64At(0)) / (*series)->baseInterval.ms() + 1, 100'000'000)));
        }
    }
    int rc = SQLITE_ROW;
    while ((rc = select.step()) == SQLITE_ROW)
        StoreRows::read(select, rows.emplace_back());
    if (rc != SQLITE_DONE)
        return R::failure(
            QStringLiteral("store %1: reading %2: %3").arg(m_path, key.toString(), select.errorMessage()));
    return rows;
}

Result<std::vector<Candle>> SqliteMarketStore::candles(const SeriesKey &key, const TimeRange &range)
{
    return readRows<Candle>(key, range, kSelectCandles, kCandleSpan);
}

Result<std::vector<OpenInterestPoint>> SqliteMarketStore::openInterest(const SeriesKey &key,
                                                                       const TimeRange &range)
{
    return readRows<OpenInterestPoint>(key, range, kSelectOpenInterest);
}

Result<std::vector<RatioPoint>> SqliteMarketStore::ratios(const SeriesKey &key, const TimeRange &range)
{
    return readRows<RatioPoint>(key, range, kSelectRatios);
}

Result<std::vector<Liquidation>> SqliteMarketStore::liquidations(const SeriesKey &key, const TimeRange &range)
{
    return readRows<Liquidation>(key, range, kSelectLiquidations);
}

Result<std::vector<OptionQuote>> SqliteMarketStore::optionQuotes(const SeriesKey &key, const TimeRange &range)
{
    return readRows<OptionQuote>(key, range, kSelectOptions);
}

Result<std::vector<qint64>> SqliteMarketStore::optionSnapshotTimes(const SeriesKey &key,
                                                                   const TimeRange &range)
{
    return readRows<qint64>(key, range, kSelectSnapshotTimes);
}

Result<RangeSet> SqliteMarketStore::coverage(const SeriesKey &key)
{
    const auto series = findSeries(key);
    if (!series)
        return Result<RangeSet>::failure(QStringLiteral("store %1: %2").arg(m_path, series.error()));
    RangeSet set;
    if (!series->has_value())
        return set;
    SqliteStatement select;
    if (Status status = select.prepare(m_db, kSelectCoverage); !status)
        return Result<RangeSet>::failure(
            QStringLiteral("store %1: coverage: %2").arg(m_path, status.error()));
    select.bind(1, (*series)->id);
    while (select.step() == SQLITE_ROW)
        set.add(TimeRange{select.int64At(0), select.int64At(1)});
    return set;
}

Result<qint64> SqliteMarketStore::lastWrite(const SeriesKey &key)
{
    SqliteStatement select;
    if (Status status = select.prepare(m_db, kSelectLastWrite); !status)
        return Result<qint64>::failure(
            QStringLiteral("store %1: last write: %2").arg(m_path, status.error()));
    select.bind(1, key.exchange);
    select.bind(2, key.symbol);
    select.bind(3, kindName(key.kind));
    return select.step() == SQLITE_ROW ? select.int64At(0) : qint64(0);
}

Result<std::vector<SeriesInfo>> SqliteMarketStore::listSeries()
{
    using R = Result<std::vector<SeriesInfo>>;
    std::vector<SeriesInfo> infos;
    std::vector<qint64> ids;
    SqliteStatement select;
    if (Status status = select.prepare(m_db, kSelectSeries); !status)
        return R::failure(QStringLiteral("store %1: listing series: %2").arg(m_path, status.error()));
    while (select.step() == SQLITE_ROW) {
        const auto kind = kindFromName(select.textAt(3));
        if (!kind)
            continue; // a kind from a newer Cascade in an older-schema-compatible store: skip it
        SeriesInfo info;
        info.key = SeriesKey{select.textAt(1), select.textAt(2), *kind};
        info.baseInterval = Interval(select.int64At(4));
        info.lastWrite = select.int64At(5);
        infos.push_back(info);
        ids.push_back(select.int64At(0));
    }
    for (std::size_t i = 0; i < infos.size(); ++i) {
        SeriesInfo &info = infos[i];
        const QByteArray count =
            QByteArray("SELECT COUNT(*) FROM ") + tableFor(info.key.kind) + " WHERE series_id = ?1";
        SqliteStatement counter;
        if (Status status = counter.prepare(m_db, count.constData()); !status)
            return R::failure(QStringLiteral("store %1: counting rows: %2").arg(m_path, status.error()));
        counter.bind(1, ids[i]);
        if (counter.step() == SQLITE_ROW)
            info.rowCount = counter.int64At(0);
        auto covered = coverage(info.key);
        if (!covered)
            return R::failure(covered.error());
        info.coverage = *covered;
        SqliteStatement sources;
        if (Status status = sources.prepare(m_db, kSelectSources); !status)
            return R::failure(QStringLiteral("store %1: sources: %2").arg(m_path, status.error()));
        sources.bind(1, ids[i]);
        while (sources.step() == SQLITE_ROW)
            info.sources << sources.textAt(0);
    }
    return infos;
}

} // namespace cascade
