#include "store/SqliteSchema.h"

#include "store/StoreSchema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace cascade::SqliteSchema {

namespace {

Status migrateTo(QSqlDatabase &db, int target)
{
    if (!db.transaction())
        return Status::failure(QStringLiteral("cannot start schema upgrade: %1").arg(db.lastError().text()));
    QSqlQuery query(db);
    for (const QString &statement : StoreSchema::steps(target, StoreSchema::Dialect::Sqlite)) {
        if (!query.exec(statement)) {
            const QString error = query.lastError().text();
            db.rollback();
            return Status::failure(QStringLiteral("schema upgrade to v%1 failed at \"%2\": %3")
                                       .arg(target)
                                       .arg(statement.left(60), error));
        }
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(target)) || !db.commit()) {
        const QString error = query.lastError().text();
        db.rollback();
        return Status::failure(QStringLiteral("schema upgrade to v%1 failed: %2").arg(target).arg(error));
    }
    return {};
}

} // namespace

int version(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Status migrate(QSqlDatabase &db)
{
    const int found = version(db);
    if (found < 0)
        return Status::failure(
            QStringLiteral("cannot read the schema version: %1").arg(db.lastError().text()));
    if (found > currentVersion) {
        return Status::failure(
            QStringLiteral("store schema v%1 is newer than this Cascade (v%2); upgrade Cascade")
                .arg(found)
                .arg(currentVersion));
    }
    for (int target = found + 1; target <= currentVersion; ++target) {
        if (Status status = migrateTo(db, target); !status)
            return status;
    }
    return {};
}

} // namespace cascade::SqliteSchema
