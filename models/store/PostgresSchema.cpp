#include "store/PostgresSchema.h"

#include "store/StoreSchema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace cascade::PostgresSchema {

namespace {

// Any constant shared by every Cascade: the lock is per database.
constexpr const char *kLock = "SELECT pg_advisory_xact_lock(7461846279)";

Status run(QSqlQuery &query, const QString &sql, const QString &during)
{
    if (query.exec(sql))
        return {};
    return Status::failure(QStringLiteral("%1 failed at \"%2\": %3")
                               .arg(during, sql.left(60), query.lastError().databaseText().trimmed()));
}

Status upgrade(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (Status status = run(query, QString::fromLatin1(kLock), QStringLiteral("schema check")); !status)
        return status;
    // Read under the lock: another Cascade may have just upgraded it.
    const int found = version(db);
    if (found < 0)
        return Status::failure(
            QStringLiteral("cannot read the schema version: %1").arg(db.lastError().text()));
    if (found > StoreSchema::currentVersion) {
        return Status::failure(
            QStringLiteral("store schema v%1 is newer than this Cascade (v%2); upgrade Cascade")
                .arg(found)
                .arg(StoreSchema::currentVersion));
    }
    if (found == StoreSchema::currentVersion)
        return {};
    if (found == 0) {
        if (Status status =
                run(query, QStringLiteral("CREATE TABLE cascade_schema (version BIGINT NOT NULL)"),
                    QStringLiteral("schema creation"));
            !status)
            return status;
        if (Status status = run(query, QStringLiteral("INSERT INTO cascade_schema VALUES (0)"),
                                QStringLiteral("schema creation"));
            !status)
            return status;
    }
    for (int target = found + 1; target <= StoreSchema::currentVersion; ++target) {
        const QString during = QStringLiteral("schema upgrade to v%1").arg(target);
        for (const QString &statement : StoreSchema::steps(target, StoreSchema::Dialect::Postgres)) {
            if (Status status = run(query, statement, during); !status)
                return status;
        }
    }
    return run(query,
               QStringLiteral("UPDATE cascade_schema SET version = %1").arg(StoreSchema::currentVersion),
               QStringLiteral("schema upgrade"));
}

} // namespace

int version(QSqlDatabase &db)
{
    QSqlQuery query(db);
    // to_regclass: a desktop's read-only role may look but not create.
    if (!query.exec(QStringLiteral("SELECT to_regclass('cascade_schema') IS NOT NULL")) || !query.next())
        return -1;
    if (!query.value(0).toBool())
        return 0;
    if (!query.exec(QStringLiteral("SELECT version FROM cascade_schema")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Status migrate(QSqlDatabase &db)
{
    if (!db.transaction())
        return Status::failure(
            QStringLiteral("cannot start the schema check: %1").arg(db.lastError().text()));
    const Status status = upgrade(db);
    if (!status) {
        db.rollback();
        return status;
    }
    if (!db.commit())
        return Status::failure(QStringLiteral("schema upgrade failed: %1").arg(db.lastError().text()));
    return {};
}

} // namespace cascade::PostgresSchema
