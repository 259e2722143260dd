#include "analysis/AnalysisCsv.h"

#include "analysis/LongShortImbalance.h"
#include "market/TimeFormat.h"

#include <charconv>
#include <cmath>

namespace cascade {

namespace {

// Decayed estimates reach 1e-100 and below; such dust is written as 0 rather than 100 digits.
constexpr double kDustUsd = 1e-6;

class Rows
{
public:
    Rows(const AnalysisCsv::Series &series, const QList<QByteArray> &columns)
        : m_series(series)
    {
        m_text += "time,exchange,symbol";
        for (const QByteArray &c : columns)
            m_text += ',' + c;
        m_text += "\r\n";
    }
    Rows &start(qint64 time)
    {
        m_text += TimeFormat::isoUtc(time).toLatin1();
        text(m_series.exchange);
        text(m_series.symbol);
        return *this;
    }
    Rows &text(const QString &value)
    {
        QByteArray utf8 = value.toUtf8();
        if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r'))
            utf8 = '"' + utf8.replace("\"", "\"\"") + '"';
        m_text += ',' + utf8;
        return *this;
    }
    Rows &num(double value)
    {
        m_text += ',' + AnalysisCsv::number(value);
        return *this;
    }
    Rows &usd(double value) { return num(std::abs(value) < kDustUsd ? 0.0 : value); }
    Rows &integer(qint64 value)
    {
        m_text += ',' + QByteArray::number(value);
        return *this;
    }
    void end() { m_text += "\r\n"; }
    QByteArray take() { return std::move(m_text); }

private:
    AnalysisCsv::Series m_series;
    QByteArray m_text;
};

QString sideName(LiquidationSide side)
{
    return side == LiquidationSide::LongLiquidated ? QStringLiteral("long") : QStringLiteral("short");
}

QString tierName(const std::vector<LeverageTier> &tiers, int tier)
{
    if (tier < 0 || tier >= int(tiers.size()))
        return QString::number(tier);
    return QString::fromLatin1(AnalysisCsv::number(tiers[tier].leverage)) + u'x';
}

} // namespace

QByteArray AnalysisCsv::number(double value)
{
    if (std::isnan(value))
        return {};
    char text[400];
    const auto result = std::to_chars(text, text + sizeof text, value, std::chars_format::fixed);
    if (result.ec != std::errc())
        return QByteArray::number(value, 'g', 17);
    return QByteArray(text, result.ptr - text);
}

QByteArray AnalysisCsv::realizedHeatmap(const Series &series, const RealizedHeatmap &map)
{
    Rows rows(series, {"price_from", "price_to", "long_usd", "short_usd", "long_count", "short_count"});
    const PriceGrid &g = map.prices();
    for (int c = 0; c < map.columns(); ++c)
        for (int r = 0; r < g.count; ++r) {
            const HeatCell &cell = map.cell(c, r);
            if (cell.longCount() + cell.shortCount() == 0)
                continue;
            rows.start(map.columnTime(c))
                .num(g.from(r))
                .num(g.to(r))
                .usd(cell.longUsd())
                .usd(cell.shortUsd());
            rows.integer(cell.longCount()).integer(cell.shortCount()).end();
        }
    return rows.take();
}

QByteArray AnalysisCsv::estimatedHeatmap(const Series &series, const EstimatedHeatmap &map)
{
    Rows rows(series, {"price_from", "price_to", "long_usd", "short_usd"});
    const PriceGrid &g = map.prices();
    for (int c = 0; c < map.columns(); ++c) {
        if (!map.hasData(c))
            continue;
        for (int r = 0; r < g.count; ++r) {
            const double l = map.longUsd(c, r), s = map.shortUsd(c, r);
            if (l < kDustUsd && s < kDustUsd)
                continue;
            rows.start(map.columnTime(c)).num(g.from(r)).num(g.to(r)).usd(l).usd(s).end();
        }
    }
    return rows.take();
}

QByteArray AnalysisCsv::sweptLevels(const Series &series, const std::vector<SweptLevel> &levels,
                                    const std::vector<LeverageTier> &tiers)
{
    Rows rows(series, {"side", "leverage", "price", "notional_usd", "opened"});
    for (const SweptLevel &l : levels) {
        rows.start(l.time)
            .text(sideName(l.side))
            .text(tierName(tiers, l.tier))
            .num(l.price)
            .usd(l.notionalUsd);
        rows.text(TimeFormat::isoUtc(l.created)).end();
    }
    return rows.take();
}

QByteArray AnalysisCsv::sweeps(const Series &series, const std::vector<SweepComparison> &comparisons)
{
    Rows rows(series, {"side", "price_from", "price_to", "estimated_usd", "realized_usd", "realized_count"});
    for (const SweepComparison &c : comparisons) {
        rows.start(c.time).text(sideName(c.side)).num(c.bandLow).num(c.bandHigh).usd(c.estimatedUsd);
        rows.usd(c.realizedUsd).integer(c.realizedCount).end();
    }
    return rows.take();
}

QByteArray AnalysisCsv::liquidationMap(const Series &series, const LiquidationMap &map,
                                       const std::vector<LeverageTier> &tiers)
{
    QList<QByteArray> columns{"price",
                              "price_from",
                              "price_to",
                              "long_usd",
                              "short_usd",
                              "cumulative_long_usd",
                              "cumulative_short_usd"};
    for (int t = 0; t < map.tiers; ++t) {
        const QByteArray name = tierName(tiers, t).toLatin1();
        columns << "long_" + name + "_usd"
                << "short_" + name + "_usd";
    }
    Rows rows(series, columns);
    for (int r = 0; r < map.grid.count; ++r) {
        rows.start(map.time).num(map.price).num(map.grid.from(r)).num(map.grid.to(r)).usd(map.longTotal[r]);
        rows.usd(map.shortTotal[r]).usd(map.cumulativeLong[r]).usd(map.cumulativeShort[r]);
        for (int t = 0; t < map.tiers; ++t) {
            const std::size_t at = std::size_t(t) * map.grid.count + r;
            rows.usd(map.longByTier[at]).usd(map.shortByTier[at]);
        }
        rows.end();
    }
    return rows.take();
}

QByteArray AnalysisCsv::imbalance(const Series &series, const std::vector<ImbalanceRow> &imbalanceRows)
{
    Rows rows(series, {"long_usd", "short_usd", "long_count", "short_count", "long_share_pct",
                       "imbalance_pct", "imbalance_state", "account_ratio", "taker_ratio",
                       "open_interest_usd", "open_interest_change_usd"});
    for (const ImbalanceRow &r : imbalanceRows) {
        rows.start(r.time).usd(r.longUsd).usd(r.shortUsd).integer(r.longCount).integer(r.shortCount);
        rows.num(r.longSharePct).num(r.imbalancePct).text(LongShortImbalance::stateName(r.state));
        rows.num(r.accountRatio).num(r.takerRatio).num(r.openInterestUsd).num(r.openInterestChangeUsd).end();
    }
    return rows.take();
}

QByteArray AnalysisCsv::optionsOpenInterest(const Series &series, const OptionsReport &report)
{
    Rows rows(series,
              {"expiry", "strike", "put_oi", "call_oi", "put_oi_usd", "call_oi_usd", "gamma_exposure_usd"});
    auto write = [&](const StrikeOpenInterest &s) {
        rows.start(report.snapshotTime)
            .text(s.expiry == StrikeOpenInterest::allExpiries ? QStringLiteral("all")
                                                              : TimeFormat::isoUtc(s.expiry));
        rows.num(s.strike)
            .num(s.putOi)
            .num(s.callOi)
            .num(s.putUsd)
            .num(s.callUsd)
            .num(s.gammaExposureUsd)
            .end();
    };
    // Per strike (ascending): one row per expiry (ascending), then the all-expiries row.
    std::vector<const StrikeOpenInterest *> perExpiry;
    for (const StrikeOpenInterest &s : report.byExpiryAndStrike)
        perExpiry.push_back(&s);
    std::stable_sort(
        perExpiry.begin(), perExpiry.end(),
        [](const StrikeOpenInterest *a, const StrikeOpenInterest *b) { return a->strike < b->strike; });
    std::size_t i = 0;
    for (const StrikeOpenInterest &all : report.byStrike) {
        for (; i < perExpiry.size() && perExpiry[i]->strike == all.strike; ++i)
            write(*perExpiry[i]);
        write(all);
    }
    return rows.take();
}

QByteArray AnalysisCsv::zones(const Series &series, const ZoneReport &report)
{
    Rows rows(series,
              {"price", "side", "rank", "zone_low", "zone_high", "zone_score", "evidence", "evidence_low",
               "evidence_high", "evidence_value", "evidence_strength", "evidence_score"});
    for (const auto *side : {&report.support, &report.resistance}) {
        for (std::size_t rank = 0; rank < side->size(); ++rank) {
            const PriceZone &z = (*side)[rank];
            for (const ZoneEvidence &e : z.evidence) {
                rows.start(report.time).num(report.price);
                rows.text(z.support ? QStringLiteral("support") : QStringLiteral("resistance"));
                rows.integer(qint64(rank) + 1).num(z.low).num(z.high).num(z.score);
                rows.text(ZoneEvidence::kindName(e.kind)).num(e.low).num(e.high).num(e.value).num(e.strength);
                rows.num(e.score).end();
            }
        }
    }
    return rows.take();
}

} // namespace cascade
