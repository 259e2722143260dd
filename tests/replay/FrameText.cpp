#include "FrameText.h"

namespace cascade {

namespace {

class Writer
{
public:
    Writer &operator<<(double v)
    {
        m_text += QByteArray::number(v, 'g', 17) + ' ';
        return *this;
    }
    Writer &operator<<(qint64 v)
    {
        m_text += QByteArray::number(v) + ' ';
        return *this;
    }
    Writer &operator<<(int v) { return *this << qint64(v); }
    Writer &operator<<(const char *label)
    {
        m_text += '\n';
        m_text += label;
        m_text += ": ";
        return *this;
    }
    template<typename T> Writer &operator<<(const std::vector<T> &values)
    {
        for (const T &v : values)
            *this << v;
        return *this;
    }
    QByteArray text() const { return m_text; }

private:
    QByteArray m_text;
};

void writeZones(Writer &w, const char *label, const std::vector<PriceZone> &zones)
{
    for (const PriceZone &z : zones) {
        w << label << z.low << z.high << z.score << int(z.evidence.size());
        for (const ZoneEvidence &e : z.evidence)
            w << int(e.kind) << e.low << e.high << e.value << e.strength << e.score;
    }
}

} // namespace

QByteArray frameText(const ReplayFrame &f)
{
    Writer w;
    w << "time" << f.time;
    for (const Candle &c : f.candles)
        w << "candle" << c.openTime << c.open << c.high << c.low << c.close << c.volume << c.takerBuyVolume
          << c.quoteVolume;
    for (const BarLiquidations &b : f.liquidationBars)
        w << "liquidations" << b.openTime << b.longUsd << b.shortUsd << b.longCount << b.shortCount
          << b.largestUsd << b.longVwap << b.shortVwap;
    for (const ImbalanceRow &r : f.imbalance)
        w << "imbalance" << r.time << r.end << r.longUsd << r.shortUsd << r.longCount << r.shortCount
          << r.longSharePct << int(r.state) << r.imbalancePct << r.accountRatio << r.takerRatio
          << r.openInterestUsd << r.openInterestChangeUsd;
    const MarketStructure &s = f.structure;
    w << "structure" << s.at << s.price << s.barsUsed;
    const LiquidationMap &m = s.map;
    w << "map" << m.time << m.price << m.grid.origin << m.grid.width << m.grid.count << m.tiers
      << m.outsideGrid;
    w << "map long" << m.longByTier << "map short" << m.shortByTier << "map cumulative" << m.cumulativeLong
      << m.cumulativeShort;
    const OptionsReport &o = s.options;
    w << "options" << o.snapshotTime << o.spot << o.putCallRatio << o.putWall << o.callWall;
    for (const StrikeOpenInterest &k : o.byStrike)
        w << "strike" << k.strike << k.putOi << k.callOi << k.putUsd << k.callUsd;
    w << "zones" << s.zones.time << s.zones.price << s.zones.zoneWidth;
    writeZones(w, "support", s.zones.support);
    writeZones(w, "resistance", s.zones.resistance);
    return w.text();
}

} // namespace cascade
