#include "market/SeriesKey.h"

#include <array>
#include <utility>

namespace cascade {

namespace {
constexpr std::array<std::pair<SeriesKind, const char *>, 8> kNames{{
    {SeriesKind::Candles, "candles"},
    {SeriesKind::OpenInterest, "open-interest"},
    {SeriesKind::LongShortAccountRatio, "long-short-account-ratio"},
    {SeriesKind::TopTraderPositionRatio, "top-trader-position-ratio"},
    {SeriesKind::TopTraderAccountRatio, "top-trader-account-ratio"},
    {SeriesKind::TakerBuySellRatio, "taker-buy-sell-ratio"},
    {SeriesKind::Liquidations, "liquidations"},
    {SeriesKind::Options, "options"},
}};
} // namespace

QString kindName(SeriesKind kind)
{
    for (const auto &[k, name] : kNames) {
        if (k == kind)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<SeriesKind> kindFromName(const QString &name)
{
    for (const auto &[k, n] : kNames) {
        if (name == QLatin1String(n))
            return k;
    }
    return std::nullopt;
}

QString SeriesKey::toString() const
{
    return exchange + u'/' + symbol + u'/' + kindName(kind);
}

} // namespace cascade
