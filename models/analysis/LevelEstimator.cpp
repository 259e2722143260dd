#include "analysis/LevelEstimator.h"

#include <algorithm>
#include <cmath>

namespace cascade {

namespace {
// Rebase the decay frame before gains leave double range (2^600 ~ 1e180).
constexpr double kMaxHalvings = 600.0;
// Levels decayed below this many USD are dropped at a rebase.
constexpr double kNegligibleUsd = 1e-6;
constexpr int kLong = int(LiquidationSide::LongLiquidated);
constexpr int kShort = int(LiquidationSide::ShortLiquidated);

double shareOfAccounts(const RatioPoint &p)
{
    if (p.longValue + p.shortValue > 0)
        return p.longValue / (p.longValue + p.shortValue);
    return p.ratio > 0 ? p.ratio / (1.0 + p.ratio) : LevelBar::unknown;
}
} // namespace

LevelEstimator::LevelEstimator(AnalysisParams::Levels params)
    : m_params(std::move(params))
{
    double total = 0;
    for (const LeverageTier &t : m_params.tiers)
        total += std::max(t.weight, 0.0);
    for (const LeverageTier &t : m_params.tiers) {
        m_tierWeight.push_back(total > 0 ? std::max(t.weight, 0.0) / total : 0.0);
        m_decayPerMs.push_back(t.halfLifeHours > 0 ? 1.0 / (t.halfLifeHours * 3'600'000.0) : 0.0);
    }
    m_gain.assign(m_params.tiers.size(), 1.0);
    m_sum[kLong].assign(m_params.tiers.size(), 0.0);
    m_sum[kShort].assign(m_params.tiers.size(), 0.0);
}

std::vector<LevelBar> LevelEstimator::inputs(const MarketData &data, const std::vector<Candle> &candles)
{
    std::vector<LevelBar> bars;
    bars.reserve(candles.size());
    std::size_t oi = 0;
    std::size_t ratio = 0;
    const auto &oiPoints = data.openInterest;
    const auto &ratios = data.longShortAccountRatio;
    for (const Candle &c : candles) {
        LevelBar bar;
        bar.candle = c;
        while (oi < oiPoints.size() && oiPoints[oi].time <= c.openTime)
            ++oi;
        if (oi > 0)
            bar.openInterestUsd = oiPoints[oi - 1].openInterestUsd;
        while (ratio < ratios.size() && ratios[ratio].time <= c.openTime)
            ++ratio;
        if (ratio > 0)
            bar.accountLongShare = shareOfAccounts(ratios[ratio - 1]);
        bars.push_back(bar);
    }
    return bars;
}

double LevelEstimator::newExposure(const LevelBar &bar) const
{
    if (m_params.exposure == ExposureSource::VolumeWeighted) {
        const Candle &c = bar.candle;
        const double quote = c.quoteVolume > 0 ? c.quoteVolume : c.volume * c.close;
        return std::max(quote, 0.0) * m_params.volumeFraction;
    }
    const double delta = bar.openInterestUsd - m_previousOi;
    return std::isfinite(delta) ? std::max(delta, 0.0) : 0.0;
}

double LevelEstimator::longShare(const LevelBar &bar) const
{
    double share = 0.5;
    if (m_params.split == SplitSource::TakerRatio && bar.candle.volume > 0)
        share = bar.candle.takerBuyVolume / bar.candle.volume;
    else if (m_params.split == SplitSource::AccountRatio && std::isfinite(bar.accountLongShare))
        share = bar.accountLongShare;
    return std::clamp(share, 0.0, 1.0);
}

void LevelEstimator::advanceClock(qint64 time)
{
    m_time = time;
    m_rebase.clear();
    bool rebase = false;
    for (std::size_t i = 0; i < m_gain.size(); ++i) {
        const double halvings = double(time - m_frame) * m_decayPerMs[i];
        rebase = rebase || halvings > kMaxHalvings;
        m_gain[i] = std::exp2(halvings);
    }
    if (!rebase)
        return;
    // Move the frame to now: weights become current notionals, gains become 1.
    m_rebase.resize(m_gain.size());
    for (std::size_t i = 0; i < m_gain.size(); ++i)
        m_rebase[i] = 1.0 / m_gain[i];
    for (auto &sum : m_sum)
        for (std::size_t i = 0; i < sum.size(); ++i)
            sum[i] *= m_rebase[i];
    std::vector<double> dropped[2];
    dropped[kLong].assign(m_gain.size(), 0.0);
    dropped[kShort].assign(m_gain.size(), 0.0);
    m_longs.rescale(m_rebase, kNegligibleUsd, dropped[kLong]);
    m_shorts.rescale(m_rebase, kNegligibleUsd, dropped[kShort]);
    for (int side : {kLong, kShort})
        for (std::size_t i = 0; i < m_gain.size(); ++i)
            m_sum[side][i] = std::max(m_sum[side][i] - dropped[side][i], 0.0);
    m_gain.assign(m_gain.size(), 1.0);
    m_frame = time;
}

void LevelEstimator::step(const LevelBar &bar)
{
    const Candle &c = bar.candle;
    if (m_steps == 0) {
        // The bucket width follows the instrument's price scale (1e-3 of 100,000 = 100 USD).
        const double width = std::max(std::abs(c.close) * m_params.resolution, 1e-12);
        m_longs = LevelBook(LiquidationSide::LongLiquidated, width);
        m_shorts = LevelBook(LiquidationSide::ShortLiquidated, width);
        m_frame = c.openTime;
        m_origin = c.openTime;
    }
    advanceClock(c.openTime);

    m_swept.clear();
    m_longs.sweep(c.low, m_swept);
    m_shorts.sweep(c.high, m_swept);
    for (const EstimatedLevel &l : m_swept)
        m_sum[int(l.side)][l.tier] -= l.weight;

    open(bar);
    m_lastClose = c.close;
    if (std::isfinite(bar.openInterestUsd))
        m_previousOi = bar.openInterestUsd;
    ++m_steps;

    m_sweepCalibration = m_calibration;
    m_calibration = 1.0;
    if (m_params.calibrateToOpenInterest && std::isfinite(bar.openInterestUsd)) {
        const double open = openNotional();
        if (open > 0)
            m_calibration = bar.openInterestUsd / open;
    }
}

void LevelEstimator::open(const LevelBar &bar)
{
    m_added.clear();
    const double exposure = newExposure(bar);
    if (!(exposure > 0))
        return;
    const Candle &c = bar.candle;
    const double share = longShare(bar);
    double longEntry = c.close;
    double shortEntry = c.close;
    if (m_params.entry == EntryPrice::Ohlc4)
        longEntry = shortEntry = (c.open + c.high + c.low + c.close) / 4.0;
    else if (m_params.entry == EntryPrice::LowHigh)
        longEntry = c.low, shortEntry = c.high;

    for (std::size_t i = 0; i < m_params.tiers.size(); ++i) {
        const LeverageTier &tier = m_params.tiers[i];
        const double tierExposure = exposure * m_tierWeight[i] * m_gain[i];
        EstimatedLevel level;
        level.createdSeconds = qint32((c.openTime - m_origin) / 1000);
        level.tier = quint8(i);
        if (share > 0) {
            level.side = LiquidationSide::LongLiquidated;
            level.price = longLiquidationPrice(longEntry, tier.leverage, tier.mmr);
            level.weight = tierExposure * share;
            m_longs.add(level);
            m_sum[kLong][i] += level.weight;
            m_added.push_back(level);
        }
        if (share < 1) {
            level.side = LiquidationSide::ShortLiquidated;
            level.price = shortLiquidationPrice(shortEntry, tier.leverage, tier.mmr);
            level.weight = tierExposure * (1.0 - share);
            m_shorts.add(level);
            m_sum[kShort][i] += level.weight;
            m_added.push_back(level);
        }
    }
}

double LevelEstimator::openNotional(LiquidationSide side, int tier) const
{
    return std::max(m_sum[int(side)][tier], 0.0) / m_gain[tier];
}

double LevelEstimator::openNotional() const
{
    double total = 0;
    for (int i = 0; i < tierCount(); ++i)
        total += openNotional(LiquidationSide::LongLiquidated, i) +
                 openNotional(LiquidationSide::ShortLiquidated, i);
    return total;
}

std::vector<SweptLevel> LevelEstimator::lastSwept() const
{
    std::vector<SweptLevel> out;
    out.reserve(m_swept.size());
    for (const EstimatedLevel &l : m_swept)
        out.push_back({m_time, createdTime(l), l.side, int(l.tier), l.price,
                       l.weight / m_gain[l.tier] * m_sweepCalibration});
    return out;
}

} // namespace cascade
