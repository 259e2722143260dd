#include "SessionRepository.h"

#include "store/MarketStore.h"

#include <QRegularExpression>

#include <algorithm>
#include <map>
#include <tuple>

namespace cascade {

namespace {
template<typename T>
Status take(Result<std::vector<T>> result, std::vector<T> &into)
{
    if (!result)
        return Status::failure(result.error());
    into = std::move(result).value();
    return {};
}

TimeRange candleSpan(const MarketData &data)
{
    if (!data.candleCoverage.isEmpty())
        return data.candleCoverage.span();
    if (data.candles.empty())
        return {};
    return {data.candles.front().openTime, data.candles.back().openTime + data.baseInterval.ms()};
}
} // namespace

SessionRepository::SessionRepository(MarketStore &store) : m_store(store) {}

QString SessionRepository::underlyingOf(const QString &symbol)
{
    static const QRegularExpression quote(QStringLiteral("[-_]?(USDT|USDC|USD|PERPETUAL|PERP|SWAP)([-_].*)?$"));
    QString base = symbol.toUpper();
    base.remove(QRegularExpression(QStringLiteral("-SWAP$|-PERPETUAL$")));
    base.remove(quote);
    return base;
}

Result<MarketData> SessionRepository::load(const QString &exchange, const QString &symbol, TimeRange range)
{
    MarketData data;
    data.exchange = exchange;
    data.symbol = symbol;
    data.underlying = underlyingOf(symbol);
    data.simulated = exchange == QLatin1String("simulated");

    const SeriesKey candleKey{exchange, symbol, SeriesKind::Candles};
    auto coverage = m_store.coverage(candleKey);
    if (!coverage)
        return Result<MarketData>::failure(coverage.error());
    if (range.isEmpty())
        range = coverage->span();
    data.candleCoverage = coverage->intersected(range);

    auto series = m_store.listSeries();
    if (!series)
        return Result<MarketData>::failure(series.error());
    for (const SeriesInfo &info : series.value()) {
        if (info.key == candleKey && info.baseInterval.isValid())
            data.baseInterval = info.baseInterval;
    }

    Status status = take(m_store.candles(candleKey, range), data.candles);
    if (status)
        status = take(m_store.liquidations({exchange, symbol, SeriesKind::Liquidations}, range), data.liquidations);
    if (status)
        status = take(m_store.openInterest({exchange, symbol, SeriesKind::OpenInterest}, range), data.openInterest);
    if (status)
        status = take(m_store.ratios({exchange, symbol, SeriesKind::LongShortAccountRatio}, range),
                      data.longShortAccountRatio);
    if (status)
        status = take(m_store.ratios({exchange, symbol, SeriesKind::TakerBuySellRatio}, range),
                      data.takerBuySellRatio);
    if (status)
        status = loadOptions(data.underlying, range, data);
    if (!status)
        return Result<MarketData>::failure(status.error());
    return data;
}

Result<MarketData> SessionRepository::loadAllExchanges(const QString &symbol, TimeRange range)
{
    using R = Result<MarketData>;
    auto series = m_store.listSeries();
    if (!series)
        return R::failure(series.error());
    QStringList exchanges;
    QString reference;
    qint64 bestCoverage = -1;
    for (const SeriesInfo &info : series.value()) {
        if (info.key.kind != SeriesKind::Candles || info.key.symbol != symbol)
            continue;
        exchanges << info.key.exchange;
        if (info.coverage.totalDuration() > bestCoverage) {
            bestCoverage = info.coverage.totalDuration();
            reference = info.key.exchange;
        }
    }
    if (exchanges.isEmpty())
        return R::failure(QStringLiteral("no exchange holds candles of %1").arg(symbol));
    auto combined = load(reference, symbol, range);
    if (!combined)
        return combined;
    MarketData &all = combined.value();
    const TimeRange span = all.candleCoverage.span();
    std::map<qint64, std::pair<OpenInterestPoint, int>> openInterest; // summed, and how many venues
    auto addOpenInterest = [&](const std::vector<OpenInterestPoint> &points) {
        for (const OpenInterestPoint &p : points) {
            auto &[sum, venues] = openInterest[p.time];
            sum.time = p.time;
            sum.openInterest += p.openInterest;
            sum.openInterestUsd += p.openInterestUsd;
            ++venues;
        }
    };
    addOpenInterest(all.openInterest);
    for (const QString &exchange : exchanges) {
        if (exchange == reference)
            continue;
        auto other = load(exchange, symbol, span);
        if (!other)
            return other;
        all.liquidations.insert(all.liquidations.end(), other->liquidations.begin(), other->liquidations.end());
        all.optionChain.insert(all.optionChain.end(), other->optionChain.begin(), other->optionChain.end());
        addOpenInterest(other->openInterest);
    }
    std::stable_sort(all.liquidations.begin(), all.liquidations.end(),
                     [](const Liquidation &a, const Liquidation &b) { return a.time < b.time; });
    std::stable_sort(all.optionChain.begin(), all.optionChain.end(), [](const OptionQuote &a, const OptionQuote &b) {
        return std::tie(a.snapshotTime, a.expiry, a.strike, a.type) < std::tie(b.snapshotTime, b.expiry, b.strike, b.type);
    });
    // A sum missing a venue would read as a drop in open interest: keep complete timestamps only.
    all.openInterest.clear();
    for (const auto &[time, entry] : openInterest) {
        if (entry.second == int(exchanges.size()))
            all.openInterest.push_back(entry.first);
    }
    all.exchange = allExchanges;
    all.simulated = all.simulated && exchanges.size() == 1;
    return combined;
}

Status SessionRepository::loadOptions(const QString &underlying, const TimeRange &range, MarketData &data)
{
    // The chain in force at the start of the range is the last snapshot taken before it.
    constexpr qint64 kLookBack = 7LL * 86'400'000;
    const SeriesKey key{data.exchange, underlying, SeriesKind::Options};
    auto earlier = m_store.optionSnapshotTimes(key, {range.from - kLookBack, range.from});
    if (!earlier)
        return Status::failure(earlier.error());
    const qint64 from = earlier->empty() ? range.from : earlier->back();
    return take(m_store.optionQuotes(key, {from, range.to}), data.optionChain);
}

Status SessionRepository::save(const MarketData &data, const QString &source)
{
    const TimeRange covered = candleSpan(data);
    const QString &exchange = data.exchange;
    const QString &symbol = data.symbol;
    const QString underlying = data.underlying.isEmpty() ? underlyingOf(symbol) : data.underlying;
    return m_store.inTransaction([&]() -> Status {
        Status status = m_store.writeCandles({exchange, symbol, SeriesKind::Candles}, data.baseInterval, data.candles,
                                             covered, source);
        if (status)
            status = m_store.writeLiquidations({exchange, symbol, SeriesKind::Liquidations}, data.liquidations,
                                               covered, source);
        if (status)
            status = m_store.writeOpenInterest({exchange, symbol, SeriesKind::OpenInterest}, data.openInterest,
                                               covered, source);
        if (status)
            status = m_store.writeRatios({exchange, symbol, SeriesKind::LongShortAccountRatio},
                                         data.longShortAccountRatio, covered, source);
        if (status)
            status = m_store.writeRatios({exchange, symbol, SeriesKind::TakerBuySellRatio}, data.takerBuySellRatio,
                                         covered, source);
        // One snapshot per write call: quotes are grouped by their snapshot time.
        std::map<qint64, std::vector<OptionQuote>> snapshots;
        for (const OptionQuote &quote : data.optionChain)
            snapshots[quote.snapshotTime].push_back(quote);
        for (auto it = snapshots.begin(); status && it != snapshots.end(); ++it)
            status = m_store.writeOptionSnapshot({exchange, underlying, SeriesKind::Options}, it->second, source);
        return status;
    });
}

} // namespace cascade
