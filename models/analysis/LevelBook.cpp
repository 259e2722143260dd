#include "analysis/LevelBook.h"

#include <algorithm>
#include <cmath>

namespace cascade {

namespace {
constexpr int kNoShorts = std::numeric_limits<int>::max();
constexpr int kMaxBuckets = 50'000'000; // a level this far away is a data error, clamp it

// Moves the levels of `bucket` that `reached` selects into `out`, keeping the rest.
template<typename Pred>
std::size_t takeIf(std::vector<EstimatedLevel> &bucket, std::vector<EstimatedLevel> &out, Pred reached)
{
    std::size_t taken = 0;
    for (std::size_t i = 0; i < bucket.size();) {
        if (reached(bucket[i])) {
            out.push_back(bucket[i]);
            bucket[i] = bucket.back();
            bucket.pop_back();
            ++taken;
        } else {
            ++i;
        }
    }
    return taken;
}
} // namespace

LevelBook::LevelBook(LiquidationSide side, double bucketWidth)
    : m_side(side)
    , m_inverseWidth(1.0 / bucketWidth)
    , m_edge(side == LiquidationSide::LongLiquidated ? -1 : kNoShorts)
{}

int LevelBook::bucketOf(double price) const
{
    const double x = price * m_inverseWidth;
    if (!(x > 0))
        return 0;
    return x < kMaxBuckets ? int(x) : kMaxBuckets - 1;
}

void LevelBook::add(const EstimatedLevel &level)
{
    const int b = bucketOf(level.price);
    if (b >= int(m_buckets.size()))
        m_buckets.resize(std::size_t(b) + b / 4 + 16);
    auto &bucket = m_buckets[b];
    if (bucket.capacity() == 0)
        bucket.reserve(16); // skips the 1-2-4-8 growth steps every new bucket would take
    bucket.push_back(level);
    ++m_size;
    m_edge = m_side == LiquidationSide::LongLiquidated ? std::max(m_edge, b) : std::min(m_edge, b);
}

void LevelBook::sweep(double reach, std::vector<EstimatedLevel> &out)
{
    if (m_size == 0)
        return;
    if (m_side == LiquidationSide::LongLiquidated)
        sweepLongs(reach, out);
    else
        sweepShorts(reach, out);
}

void LevelBook::sweepLongs(double low, std::vector<EstimatedLevel> &out)
{
    const int b = bucketOf(low);
    if (b > m_edge)
        return;
    for (int i = m_edge; i > b; --i) {
        auto &bucket = m_buckets[i];
        out.insert(out.end(), bucket.begin(), bucket.end());
        m_size -= bucket.size();
        bucket.clear();
    }
    m_size -= takeIf(m_buckets[b], out, [low](const EstimatedLevel &l) { return l.price >= low; });
    m_edge = m_size == 0 ? -1 : b;
}

void LevelBook::sweepShorts(double high, std::vector<EstimatedLevel> &out)
{
    const int b = bucketOf(high);
    if (b < m_edge)
        return;
    const int last = std::min(b, int(m_buckets.size()) - 1);
    for (int i = m_edge; i < last; ++i) {
        auto &bucket = m_buckets[i];
        out.insert(out.end(), bucket.begin(), bucket.end());
        m_size -= bucket.size();
        bucket.clear();
    }
    if (last == b)
        m_size -= takeIf(m_buckets[b], out, [high](const EstimatedLevel &l) { return l.price <= high; });
    else
        m_size -= takeIf(m_buckets[last], out, [](const EstimatedLevel &) { return true; });
    m_edge = m_size == 0 ? kNoShorts : b;
}

void LevelBook::rescale(const std::vector<double> &factor, double floor, std::vector<double> &dropped)
{
    for (auto &bucket : m_buckets) {
        for (std::size_t i = 0; i < bucket.size();) {
            EstimatedLevel &l = bucket[i];
            l.weight *= factor[l.tier];
            if (l.weight < floor) {
                dropped[l.tier] += l.weight;
                l = bucket.back();
                bucket.pop_back();
                --m_size;
            } else {
                ++i;
            }
        }
    }
}

} // namespace cascade
