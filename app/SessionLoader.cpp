#include "SessionLoader.h"

#include "DemoSession.h"
#include "SeriesSelector.h"
#include "SessionRepository.h"
#include "StoreLocation.h"
#include "store/StoreFactory.h"

namespace cascade {

Result<MarketData> SessionLoader::load(const CliOptions &options, bool createDemoIfEmpty)
{
    using R = Result<MarketData>;
    const QString location = StoreLocation::resolve(options.store());
    auto store = openStore(location);
    if (!store)
        return R::failure(store.error());
    if (createDemoIfEmpty && location == StoreLocation::defaultLocation()) {
        if (const Status status = DemoSession::ensure(*store.value()); !status)
            return R::failure(status.error());
    }
    auto key = SeriesSelector::select(*store.value(), options.exchange(), options.symbol());
    if (!key)
        return R::failure(key.error());
    const TimeRange range = options.hasRange() ? options.range() : TimeRange{};
    auto data = SessionRepository(*store.value()).load(key->exchange, key->symbol, range);
    if (data && data->candles.empty()) {
        return R::failure(QStringLiteral("no candles for %1 %2 in the requested range")
                              .arg(key->exchange, key->symbol));
    }
    return data;
}

} // namespace cascade
