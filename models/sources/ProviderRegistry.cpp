#include "sources/ProviderRegistry.h"

#include "sources/BinanceProvider.h"
#include "sources/BybitProvider.h"
#include "sources/CoinGlassProvider.h"
#include "sources/DeribitProvider.h"
#include "sources/OkxProvider.h"

namespace cascade {

QStringList ProviderRegistry::names()
{
    return {QStringLiteral("binance"), QStringLiteral("bybit"), QStringLiteral("okx"),
            QStringLiteral("deribit"), QStringLiteral("coinglass")};
}

std::unique_ptr<ExchangeProvider> ProviderRegistry::create(const QString &name)
{
    if (name == QLatin1String("binance"))
        return std::make_unique<BinanceProvider>();
    if (name == QLatin1String("bybit"))
        return std::make_unique<BybitProvider>();
    if (name == QLatin1String("okx"))
        return std::make_unique<OkxProvider>();
    if (name == QLatin1String("deribit"))
        return std::make_unique<DeribitProvider>();
    if (name == QLatin1String("coinglass"))
        return std::make_unique<CoinGlassProvider>();
    return nullptr;
}

} // namespace cascade
