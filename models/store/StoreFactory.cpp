#include "store/StoreFactory.h"

#include "store/PostgresLocation.h"
#include "store/PostgresMarketStore.h"
#include "store/SqliteMarketStore.h"

#include <QDir>
#include <QFileInfo>

namespace cascade {

Result<std::unique_ptr<MarketStore>> openStore(const QString &location)
{
    using R = Result<std::unique_ptr<MarketStore>>;
    if (location.trimmed().isEmpty())
        return R::failure(QStringLiteral("no store location given"));
    if (PostgresLocation::isPostgres(location)) {
        auto store = PostgresMarketStore::open(location);
        if (!store)
            return R::failure(store.error());
        return std::unique_ptr<MarketStore>(std::move(store).value());
    }
    const QFileInfo file(location);
    if (file.isDir())
        return R::failure(
            QStringLiteral("store %1: is a folder; give the path of a store file").arg(location));
    const QString folder = file.absolutePath();
    if (!QDir().mkpath(folder))
        return R::failure(QStringLiteral("store %1: cannot create the folder %2").arg(location, folder));
    auto store = SqliteMarketStore::open(location);
    if (!store)
        return R::failure(store.error());
    return std::unique_ptr<MarketStore>(std::move(store).value());
}

} // namespace cascade
