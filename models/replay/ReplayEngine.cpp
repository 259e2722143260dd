#include "replay/ReplayEngine.h"

#include "analysis/CandleAggregator.h"
#include "analysis/LiquidationBars.h"
#include "analysis/LongShortImbalance.h"
#include "replay/KnowledgeCut.h"

#include <algorithm>
#include <cmath>

namespace cascade {

namespace {

// Enough checkpoints that stepping back never replays more than ~1/64 of the session, and never
// fewer than 2,048 candles apart (each one is a full copy of the level model).
constexpr std::size_t kCheckpointsPerSession = 64;
constexpr std::size_t kMinimumSpacing = 2048;

template<typename V, typename TimeOf> auto firstAtOrAfter(const V &v, qint64 t, TimeOf timeOf)
{
    return std::partition_point(v.begin(), v.end(), [&](const auto &x) { return timeOf(x) < t; });
}

// Makes `rows` the first `target` rows of `all`, given that its first `closed` rows already are:
// only the rows crossed since the last position are copied or dropped.
template<typename T>
void keepPrefix(std::vector<T> &rows, std::size_t &closed, const std::vector<T> &all, std::size_t target)
{
    rows.resize(std::min(closed, target));
    if (target > closed)
        rows.insert(rows.end(), all.begin() + qsizetype(closed), all.begin() + qsizetype(target));
    closed = target;
}

// The last open interest sample strictly before t, or unknown.
double openInterestBefore(const MarketData &data, qint64 t)
{
    const auto it = firstAtOrAfter(data.openInterest, t, [](const OpenInterestPoint &p) { return p.time; });
    return it == data.openInterest.begin() ? ImbalanceRow::unknown : std::prev(it)->openInterestUsd;
}

} // namespace

ReplayEngine::ReplayEngine(std::shared_ptr<const MarketData> data, Interval interval, AnalysisParams params)
    : m_data(std::move(data))
    , m_interval(std::max(interval, m_data->baseInterval))
    , m_params(std::move(params))
    , m_levels(m_params.levels)
{
    const MarketData &d = *m_data;
    m_bars = m_interval == d.baseInterval ? d.candles : CandleAggregator::aggregate(d.candles, m_interval);
    m_liquidationBars = LiquidationBars::perBar(d.liquidations, m_interval);
    const TimeRange whole = span();
    m_imbalance = LongShortImbalance::perBar(d, m_interval, ReplayFrame::imbalanceRange(d, whole.to));
    m_inputs = LevelEstimator::inputs(d, d.candles);
    m_spacing = std::max(kMinimumSpacing, m_inputs.size() / kCheckpointsPerSession + 1);
    m_checkpoints.emplace(0, m_levels);
    seek(whole.from);
}

TimeRange ReplayEngine::span() const
{
    if (m_data->candles.empty())
        return {};
    return {m_data->candles.front().openTime, m_data->candles.back().openTime + m_data->baseInterval.ms()};
}

qint64 ReplayEngine::nextBarTime(qint64 t) const
{
    return m_interval.floor(t) + m_interval.ms();
}

qint64 ReplayEngine::previousBarTime(qint64 t) const
{
    const qint64 floor = m_interval.floor(t);
    return floor == t ? t - m_interval.ms() : floor;
}

void ReplayEngine::seek(qint64 t)
{
    m_time = t;
    moveLevelsTo(KnowledgeCut::knownCandles(m_data->candles, m_data->baseInterval, t));
    updateFrame();
}

void ReplayEngine::moveLevelsTo(std::size_t count)
{
    if (count == m_stepped)
        return;
    if (count < m_stepped || count - m_stepped > m_spacing) {
        // Back, or far ahead: start from the last checkpoint at or before the target.
        auto it = std::prev(m_checkpoints.upper_bound(count));
        if (count < m_stepped || it->first > m_stepped) {
            m_levels = it->second;
            m_stepped = it->first;
        }
    }
    stepLevelsTo(count);
}

void ReplayEngine::stepLevelsTo(std::size_t count)
{
    while (m_stepped < count) {
        m_levels.step(m_inputs[m_stepped]);
        ++m_stepped;
        if (m_stepped % m_spacing == 0)
            m_checkpoints.try_emplace(m_stepped, m_levels);
    }
}

void ReplayEngine::updateFrame()
{
    const MarketData &d = *m_data;
    const qint64 t = m_time;
    ReplayFrame &frame = m_frame;
    frame.time = t;
    const qint64 forming = m_interval.floor(t);
    // The bar forming at t, from the data known at t alone; with it the candles, open interest
    // and ratio samples known before it, which its rows read as "the last value".
    MarketData formingData = KnowledgeCut::slice(d, forming, t);

    keepPrefix(frame.candles, m_closedCandles, m_bars, KnowledgeCut::knownCandles(m_bars, m_interval, t));
    if (m_interval == d.baseInterval) {
        // A bar of the base interval is either closed or not known at all.
    } else if (const auto partial = CandleAggregator::aggregate(formingData.candles, m_interval);
               !partial.empty()) {
        frame.candles.push_back(partial.front());
    }

    const auto liquidationEnd =
        firstAtOrAfter(m_liquidationBars, forming, [](const auto &b) { return b.openTime; });
    keepPrefix(frame.liquidationBars, m_closedLiquidationBars, m_liquidationBars,
               std::size_t(liquidationEnd - m_liquidationBars.begin()));
    for (const BarLiquidations &bar : LiquidationBars::perBar(formingData.liquidations, m_interval))
        frame.liquidationBars.push_back(bar);

    const TimeRange rows = ReplayFrame::imbalanceRange(d, t);
    // Before the first candle closes there is no imbalance range, hence no rows.
    const auto imbalanceEnd =
        firstAtOrAfter(m_imbalance, forming, [](const ImbalanceRow &r) { return r.time; });
    keepPrefix(frame.imbalance, m_closedImbalance, m_imbalance,
               m_stepped > 0 ? std::size_t(imbalanceEnd - m_imbalance.begin()) : 0);
    if (m_stepped > 0) {
        // The forming row reads the last open interest and account ratio known before it too.
        const auto oiEnd = firstAtOrAfter(d.openInterest, forming, [](const auto &p) { return p.time; });
        if (oiEnd != d.openInterest.begin())
            formingData.openInterest.insert(formingData.openInterest.begin(), *std::prev(oiEnd));
        const auto ratioEnd =
            firstAtOrAfter(d.longShortAccountRatio, forming, [](const auto &p) { return p.time; });
        if (ratioEnd != d.longShortAccountRatio.begin())
            formingData.longShortAccountRatio.insert(formingData.longShortAccountRatio.begin(),
                                                     *std::prev(ratioEnd));
        const TimeRange formingRange{std::max(forming, rows.from), rows.to};
        for (ImbalanceRow row : LongShortImbalance::perBar(formingData, m_interval, formingRange)) {
            const double previous = frame.imbalance.empty() ? openInterestBefore(d, rows.from)
                                                            : frame.imbalance.back().openInterestUsd;
            row.openInterestChangeUsd = row.openInterestUsd - previous;
            frame.imbalance.push_back(row);
        }
    }

    const std::span<const Candle> known(d.candles.data(), m_stepped);
    frame.structure = MarketStructure::assemble(d, known, m_params, t, m_levels);
}

} // namespace cascade
