#include "store/PostgresMarketStore.h"

#include "market/TimeFormat.h"
#include "store/PostgresColumns.h"
#include "store/PostgresSchema.h"
#include "store/PostgresStatement.h"
#include "store/StoreRows.h"
#include "store/StoreTransaction.h"
#include "store/StoreValidator.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QObject>
#include <QSqlDriver>
#include <QSqlError>

#include <libpq-fe.h>

#include <algorithm>

namespace cascade {

using namespace StoreSql;

namespace {

QString newConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("cascade-postgres-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

constexpr const char *kChannel = "cascade_writes";

} // namespace

PostgresMarketStore::PostgresMarketStore(PostgresLocation location, QString connectionName)
    : m_location(std::move(location))
    , m_connectionName(std::move(connectionName))
{}

PostgresMarketStore::~PostgresMarketStore()
{
    m_database.close();
    m_database = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<PostgresMarketStore>> PostgresMarketStore::open(const QString &url)
{
    using R = Result<std::unique_ptr<PostgresMarketStore>>;
    auto location = PostgresLocation::parse(url);
    if (!location)
        return R::failure(location.error());
    std::unique_ptr<PostgresMarketStore> store(new PostgresMarketStore(*location, newConnectionName()));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return R::failure(
            QStringLiteral("store %1: Qt's QPSQL driver is not installed (Debian: libqt6sql6-psql)")
                .arg(store->location()));
    if (Status status = store->connect(); !status)
        return R::failure(QStringLiteral("store %1: %2").arg(store->location(), status.error()));
    if (Status status = PostgresSchema::migrate(store->m_database); !status)
        return R::failure(QStringLiteral("store %1: %2").arg(store->location(), status.error()));
    return store;
}

Status PostgresMarketStore::connect()
{
    if (!m_database.isValid()) {
        m_database = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        m_database.setHostName(m_location.host());
        m_database.setPort(m_location.port());
        m_database.setDatabaseName(m_location.database());
        m_database.setUserName(m_location.user());
        m_database.setPassword(m_location.password());
        m_database.setConnectOptions(m_location.connectOptions());
    }
    m_conn = nullptr;
    if (!m_database.open()) {
        // libpq's text names the host and user, never the password.
        return Status::failure(
            QStringLiteral("cannot connect: %1").arg(m_database.lastError().databaseText().simplified()));
    }
    // Qt documents this: the QPSQL driver's handle is a QVariant holding "PGconn*" (Qt 6 names
    // the type after the struct behind the typedef).
    const QVariant handle = m_database.driver()->handle();
    if (handle.isValid() &&
        (qstrcmp(handle.typeName(), "PGconn*") == 0 || qstrcmp(handle.typeName(), "pg_conn*") == 0))
        m_conn = *static_cast<pg_conn *const *>(handle.constData());
    if (!m_conn)
        return Status::failure(QStringLiteral("the QPSQL driver gave no PGconn handle"));
    return {};
}

bool PostgresMarketStore::connectionLost() const
{
    return !m_conn || PQstatus(m_conn) != CONNECTION_OK;
}

Status PostgresMarketStore::ensureConnected()
{
    if (!connectionLost())
        return {};
    m_database.close();
    if (Status status = connect(); !status)
        return status;
    if (m_listening && !m_database.driver()->subscribeToNotification(QString::fromLatin1(kChannel)))
        return Status::failure(QStringLiteral("cannot LISTEN again after reconnecting"));
    return {};
}

Status PostgresMarketStore::failure(const QString &what, const QString &why) const
{
    return Status::failure(QStringLiteral("store %1: cannot write %2: %3").arg(location(), what, why));
}

Status PostgresMarketStore::exec(const char *sql)
{
    PostgresStatement statement;
    return statement.exec(m_conn, sql);
}

Status PostgresMarketStore::run(PostgresStatement &statement, const char *sqliteText)
{
    return statement.exec(m_conn, postgresText(sqliteText));
}

Status PostgresMarketStore::transact(const std::function<Status()> &work)
{
    const auto begin = [this] {
        Status begun = ensureConnected();
        if (begun)
            begun = exec("BEGIN");
        // A server restarted since the last call shows only now; nothing was sent, so go again.
        if (!begun && connectionLost()) {
            begun = ensureConnected();
            if (begun)
                begun = exec("BEGIN");
        }
        return begun;
    };
    const StoreTransaction::Engine engine{begin, [this] { return exec("COMMIT"); },
                                          [this] {
                                              if (!connectionLost())
                                                  exec("ROLLBACK");
                                              m_seriesCache.clear(); // series created inside are gone
                                          }};
    return m_transaction.run(work, engine, location());
}

Status PostgresMarketStore::inTransaction(const std::function<Status()> &work)
{
    return transact(work);
}

Result<std::optional<PostgresMarketStore::SeriesRow>> PostgresMarketStore::findSeries(const SeriesKey &key)
{
    using R = Result<std::optional<SeriesRow>>;
    const QString cacheKey = key.toString();
    if (auto it = m_seriesCache.constFind(cacheKey); it != m_seriesCache.cend())
        return std::optional<SeriesRow>(*it);
    PostgresStatement find;
    find.bind(1, key.exchange);
    find.bind(2, key.symbol);
    find.bind(3, kindName(key.kind));
    if (Status status = run(find, kFindSeries); !status)
        return R::failure(QStringLiteral("looking up series %1: %2").arg(cacheKey, status.error()));
    std::optional<SeriesRow> row;
    if (find.next()) {
        row = SeriesRow{find.int64At(0), Interval(find.int64At(1))};
        m_seriesCache.insert(cacheKey, *row);
    }
    return row;
}

Result<PostgresMarketStore::SeriesRow> PostgresMarketStore::ensureSeries(const SeriesKey &key,
                                                                         Interval baseInterval)
{
    using R = Result<SeriesRow>;
    auto found = findSeries(key);
    if (!found)
        return R::failure(found.error());
    if (!found->has_value()) {
        PostgresStatement insert;
        insert.bind(1, key.exchange);
        insert.bind(2, key.symbol);
        insert.bind(3, kindName(key.kind));
        insert.bind(4, baseInterval.ms());
        if (Status status = run(insert, kInsertSeries); !status)
            return R::failure(QStringLiteral("series table row %1: %2").arg(key.toString(), status.error()));
        // Ours, or another writer's that committed first: read it back either way.
        found = findSeries(key);
        if (!found)
            return R::failure(found.error());
        if (!found->has_value())
            return R::failure(QStringLiteral("series %1 vanished after its creation").arg(key.toString()));
    }
    SeriesRow row = **found;
    if (baseInterval.isValid() && row.baseInterval.isValid() && row.baseInterval != baseInterval) {
        return R::failure(QStringLiteral("series %1 holds %2 candles; refusing %3 candles")
                              .arg(key.toString(), row.baseInterval.name(), baseInterval.name()));
    }
    if (baseInterval.isValid() && !row.baseInterval.isValid()) {
        PostgresStatement set;
        set.bind(1, row.id);
        set.bind(2, baseInterval.ms());
        if (Status status = run(set, kSetBaseInterval); !status)
            return R::failure(status.error());
        row.baseInterval = baseInterval;
        m_seriesCache.insert(key.toString(), row);
    }
    return row;
}

Status PostgresMarketStore::recordWrite(const SeriesKey &key, qint64 seriesId, const TimeRange &covered,
                                        const QString &source)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    PostgresStatement statement;
    if (!covered.isEmpty()) {
        statement.bind(1, seriesId);
        statement.bind(2, covered.from);
        statement.bind(3, covered.to);
        statement.bind(4, source);
        statement.bind(5, now);
        if (Status status = run(statement, kInsertCoverage); !status)
            return Status::failure(QStringLiteral("coverage row: %1").arg(status.error()));
        statement.clear();
    }
    statement.bind(1, seriesId);
    statement.bind(2, source);
    statement.bind(3, now);
    if (Status status = run(statement, kUpsertSource); !status)
        return Status::failure(QStringLiteral("series_sources row: %1").arg(status.error()));
    statement.clear();
    statement.bind(1, seriesId);
    statement.bind(2, now);
    if (Status status = run(statement, kTouchSeries); !status)
        return Status::failure(QStringLiteral("series row: %1").arg(status.error()));
    // Delivered to listeners when the transaction commits, never for a rolled-back one.
    statement.clear();
    statement.bind(1, QString::fromLatin1(kChannel));
    statement.bind(2, key.toString());
    if (Status status = statement.exec(m_conn, "SELECT pg_notify($1, $2)"); !status)
        return Status::failure(QStringLiteral("notify: %1").arg(status.error()));
    return {};
}

template<typename Row>
Status PostgresMarketStore::writeRows(const Status &valid, const SeriesKey &key, Interval baseInterval,
                                      std::vector<Row> rows, const TimeRange &covered, const QString &source,
                                      const UpsertSql &sql, const char *table)
{
    const QString what = key.toString();
    return transact([&]() -> Status {
        if (!valid)
            return failure(what, valid.error());
        const auto series = ensureSeries(key, baseInterval);
        if (!series)
            return failure(what, series.error());
        rows = StoreRows::lastOfEachKey(std::move(rows));
        const QByteArray tail = QByteArray(sql.tail) + " WHERE " + sql.changed;
        PostgresColumns upsert;
        for (std::size_t first = 0; first < rows.size(); first += kBatchRows) {
            const std::size_t end = std::min<std::size_t>(first + kBatchRows, rows.size());
            upsert.clear();
            for (std::size_t i = first; i < end; ++i)
                StoreRows::bind(upsert, 0, series->id, rows[i]);
            if (Status status = upsert.exec(m_conn, sql.head, tail.constData()); !status) {
                PostgresStatement times;
                const qint64 from = StoreRows::bind(times, 0, series->id, rows[first]);
                const qint64 to = StoreRows::bind(times, 0, series->id, rows[end - 1]);
                return failure(what,
                               QStringLiteral("%1 rows %2..%3 (%4 .. %5): %6")
                                   .arg(QLatin1String(table))
                                   .arg(first + 1)
                                   .arg(end)
                                   .arg(TimeFormat::isoUtc(from), TimeFormat::isoUtc(to), status.error()));
            }
        }
        if (Status status = recordWrite(key, series->id, covered, source); !status)
            return failure(what, status.error());
        return {};
    });
}

Status PostgresMarketStore::writeCandles(const SeriesKey &key, Interval baseInterval,
                                         const std::vector<Candle> &candles, const TimeRange &covered,
                                         const QString &source)
{
    return writeRows(StoreValidator::checkWrite(key, candles, baseInterval), key, baseInterval, candles,
                     covered, source, kUpsertCandle, "candles");
}

Status PostgresMarketStore::writeOpenInterest(const SeriesKey &key,
                                              const std::vector<OpenInterestPoint> &points,
                                              const TimeRange &covered, const QString &source)
{
    return writeRows(StoreValidator::checkWrite(key, points), key, Interval(), points, covered, source,
                     kUpsertOpenInterest, "open_interest");
}

Status PostgresMarketStore::writeRatios(const SeriesKey &key, const std::vector<RatioPoint> &points,
                                        const TimeRange &covered, const QString &source)
{
    return writeRows(StoreValidator::checkWrite(key, points), key, Interval(), points, covered, source,
                     kUpsertRatio, "ratios");
}

Status PostgresMarketStore::writeLiquidations(const SeriesKey &key, const std::vector<Liquidation> &events,
                                              const TimeRange &covered, const QString &source)
{
    return writeRows(StoreValidator::checkWrite(key, events), key, Interval(), events, covered, source,
                     kUpsertLiquidation, "liquidations");
}

Status PostgresMarketStore::writeOptionSnapshot(const SeriesKey &key, const std::vector<OptionQuote> &quotes,
                                                const QString &source)
{
    return writeRows(StoreValidator::checkWrite(key, quotes), key, Interval(), quotes, TimeRange{}, source,
                     kUpsertOption, "option_quotes");
}

template<typename T> Result<T> PostgresMarketStore::retried(const std::function<Result<T>()> &read)
{
    if (!m_transaction.isOpen()) {
        if (Status status = ensureConnected(); !status)
            return Result<T>::failure(QStringLiteral("store %1: %2").arg(location(), status.error()));
    }
    Result<T> result = read();
    if (!result && !m_transaction.isOpen() && connectionLost() && ensureConnected())
        result = read();
    return result;
}

template<typename Row>
Result<std::vector<Row>> PostgresMarketStore::readRows(const SeriesKey &key, const TimeRange &range,
                                                       const char *sql)
{
    using R = Result<std::vector<Row>>;
    return retried<std::vector<Row>>([&]() -> R {
        std::vector<Row> rows;
        const auto series = findSeries(key);
        if (!series)
            return R::failure(QStringLiteral("store %1: %2").arg(location(), series.error()));
        if (!series->has_value() || range.isEmpty())
            return rows;
        PostgresStatement select;
        select.bind(1, (*series)->id);
        select.bind(2, range.from);
        select.bind(3, range.to);
        if (Status status = run(select, sql); !status)
            return R::failure(
                QStringLiteral("store %1: reading %2: %3").arg(location(), key.toString(), status.error()));
        rows.reserve(std::size_t(select.rowCount()));
        while (select.next())
            StoreRows::read(select, rows.emplace_back());
        return rows;
    });
}

Result<std::vector<Candle>> PostgresMarketStore::candles(const SeriesKey &key, const TimeRange &range)
{
    return readRows<Candle>(key, range, kSelectCandles);
}

Result<std::vector<OpenInterestPoint>> PostgresMarketStore::openInterest(const SeriesKey &key,
                                                                         const TimeRange &range)
{
    return readRows<OpenInterestPoint>(key, range, kSelectOpenInterest);
}

Result<std::vector<RatioPoint>> PostgresMarketStore::ratios(const SeriesKey &key, const TimeRange &range)
{
    return readRows<RatioPoint>(key, range, kSelectRatios);
}

Result<std::vector<Liquidation>> PostgresMarketStore::liquidations(const SeriesKey &key,
                                                                   const TimeRange &range)
{
    return readRows<Liquidation>(key, range, kSelectLiquidations);
}

Result<std::vector<OptionQuote>> PostgresMarketStore::optionQuotes(const SeriesKey &key,
                                                                   const TimeRange &range)
{
    return readRows<OptionQuote>(key, range, kSelectOptions);
}

Result<std::vector<qint64>> PostgresMarketStore::optionSnapshotTimes(const SeriesKey &key,
                                                                     const TimeRange &range)
{
    return readRows<qint64>(key, range, kSelectSnapshotTimes);
}

Result<RangeSet> PostgresMarketStore::coverage(const SeriesKey &key)
{
    using R = Result<RangeSet>;
    return retried<RangeSet>([&]() -> R {
        const auto series = findSeries(key);
        if (!series)
            return R::failure(QStringLiteral("store %1: %2").arg(location(), series.error()));
        RangeSet set;
        if (!series->has_value())
            return set;
        PostgresStatement select;
        select.bind(1, (*series)->id);
        if (Status status = run(select, kSelectCoverage); !status)
            return R::failure(QStringLiteral("store %1: coverage: %2").arg(location(), status.error()));
        while (select.next())
            set.add(TimeRange{select.int64At(0), select.int64At(1)});
        return set;
    });
}

Result<qint64> PostgresMarketStore::lastWrite(const SeriesKey &key)
{
    using R = Result<qint64>;
    return retried<qint64>([&]() -> R {
        PostgresStatement select;
        select.bind(1, key.exchange);
        select.bind(2, key.symbol);
        select.bind(3, kindName(key.kind));
        if (Status status = run(select, kSelectLastWrite); !status)
            return R::failure(QStringLiteral("store %1: last write: %2").arg(location(), status.error()));
        return select.next() ? select.int64At(0) : qint64(0);
    });
}

Result<std::vector<SeriesInfo>> PostgresMarketStore::listSeries()
{
    using R = Result<std::vector<SeriesInfo>>;
    return retried<std::vector<SeriesInfo>>([&]() -> R {
        std::vector<SeriesInfo> infos;
        std::vector<qint64> ids;
        PostgresStatement select;
        if (Status status = run(select, kSelectSeries); !status)
            return R::failure(QStringLiteral("store %1: listing series: %2").arg(location(), status.error()));
        while (select.next()) {
            const auto kind = kindFromName(select.textAt(3));
            if (!kind)
                continue; // a kind from a newer Cascade
            SeriesInfo info;
            info.key = SeriesKey{select.textAt(1), select.textAt(2), *kind};
            info.baseInterval = Interval(select.int64At(4));
            info.lastWrite = select.int64At(5);
            infos.push_back(info);
            ids.push_back(select.int64At(0));
        }
        for (std::size_t i = 0; i < infos.size(); ++i) {
            SeriesInfo &info = infos[i];
            PostgresStatement counter;
            counter.bind(1, ids[i]);
            const QByteArray count =
                QByteArray("SELECT COUNT(*) FROM ") + tableFor(info.key.kind) + " WHERE series_id = ?1";
            if (Status status = run(counter, count.constData()); !status)
                return R::failure(
                    QStringLiteral("store %1: counting rows: %2").arg(location(), status.error()));
            if (counter.next())
                info.rowCount = counter.int64At(0);
            PostgresStatement ranges;
            ranges.bind(1, ids[i]);
            if (Status status = run(ranges, kSelectCoverage); !status)
                return R::failure(QStringLiteral("store %1: coverage: %2").arg(location(), status.error()));
            while (ranges.next())
                info.coverage.add(TimeRange{ranges.int64At(0), ranges.int64At(1)});
            PostgresStatement sources;
            sources.bind(1, ids[i]);
            if (Status status = run(sources, kSelectSources); !status)
                return R::failure(QStringLiteral("store %1: sources: %2").arg(location(), status.error()));
            while (sources.next())
                info.sources << sources.textAt(0);
        }
        return infos;
    });
}

Status PostgresMarketStore::listenForWrites(QObject *context, std::function<void(const QString &)> changed)
{
    QSqlDriver *driver = m_database.driver();
    if (!driver->subscribeToNotification(QString::fromLatin1(kChannel)))
        return Status::failure(
            QStringLiteral("store %1: cannot LISTEN %2: %3")
                .arg(location(), QString::fromLatin1(kChannel), driver->lastError().text()));
    m_listening = true;
    QObject::connect(driver, &QSqlDriver::notification, context,
                     [changed = std::move(changed)](const QString &name, QSqlDriver::NotificationSource,
                                                    const QVariant &payload) {
                         if (name == QLatin1String(kChannel))
                             changed(payload.toString());
                     });
    return {};
}

} // namespace cascade
