#include "analysis/OptionsAnalysis.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace cascade {

namespace {

double usdOf(const OptionQuote &q)
{
    if (q.openInterestUsd > 0 || !(q.underlyingPrice > 0))
        return q.openInterestUsd;
    return q.openInterest * q.underlyingPrice;
}

double medianUnderlying(const std::vector<OptionQuote> &quotes)
{
    std::vector<double> prices;
    for (const OptionQuote &q : quotes)
        if (q.underlyingPrice > 0)
            prices.push_back(q.underlyingPrice);
    if (prices.empty())
        return OptionsReport::none;
    std::sort(prices.begin(), prices.end());
    const std::size_t n = prices.size();
    return n % 2 ? prices[n / 2] : (prices[n / 2 - 1] + prices[n / 2]) / 2.0;
}

void addQuote(StrikeOpenInterest &row, const OptionQuote &q, double spot)
{
    if (q.type == OptionType::Put) {
        row.putOi += q.openInterest;
        row.putUsd += usdOf(q);
    } else {
        row.callOi += q.openInterest;
        row.callUsd += usdOf(q);
    }
    if (std::isfinite(q.gamma) && std::isfinite(spot)) {
        // Dealers assumed long calls and short puts (the usual GEX convention):
        // gamma x OI x S^2 x 1% is the delta change, in USD, of a 1% move.
        const double gex = q.gamma * q.openInterest * spot * spot * 0.01;
        const double sign = q.type == OptionType::Call ? 1.0 : -1.0;
        row.gammaExposureUsd = (std::isnan(row.gammaExposureUsd) ? 0.0 : row.gammaExposureUsd) + sign * gex;
    }
}

double ratio(double puts, double calls)
{
    return calls > 0 ? puts / calls : OptionsReport::none;
}

} // namespace

std::vector<OptionQuote> OptionsAnalysis::snapshotAt(const std::vector<OptionQuote> &chain, qint64 t)
{
    qint64 latest = 0;
    bool found = false;
    for (const OptionQuote &q : chain)
        if (q.snapshotTime <= t && (!found || q.snapshotTime > latest))
            latest = q.snapshotTime, found = true;
    std::vector<OptionQuote> out;
    if (!found)
        return out;
    for (const OptionQuote &q : chain)
        if (q.snapshotTime == latest)
            out.push_back(q);
    return out;
}

OptionsReport OptionsAnalysis::analyse(const std::vector<OptionQuote> &chain, qint64 t, double spot)
{
    return analyseSnapshot(snapshotAt(chain, t), spot);
}

OptionsReport OptionsAnalysis::analyseSnapshot(const std::vector<OptionQuote> &snapshot, double spot)
{
    OptionsReport report;
    if (snapshot.empty())
        return report;
    report.snapshotTime = snapshot.front().snapshotTime;
    report.spot = std::isfinite(spot) ? spot : medianUnderlying(snapshot);

    std::map<std::pair<qint64, double>, StrikeOpenInterest> perExpiry;
    std::map<double, StrikeOpenInterest> perStrike;
    std::map<qint64, std::vector<OptionQuote>> byExpiry;
    for (const OptionQuote &q : snapshot) {
        StrikeOpenInterest &row = perExpiry[{q.expiry, q.strike}];
        row.expiry = q.expiry;
        row.strike = q.strike;
        addQuote(row, q, report.spot);
        StrikeOpenInterest &all = perStrike[q.strike];
        all.strike = q.strike;
        addQuote(all, q, report.spot);
        byExpiry[q.expiry].push_back(q);
    }
    for (const auto &[key, row] : perExpiry)
        report.byExpiryAndStrike.push_back(row);
    for (const auto &[strike, row] : perStrike) {
        report.byStrike.push_back(row);
        report.putOi += row.putOi;
        report.callOi += row.callOi;
        report.putUsd += row.putUsd;
        report.callUsd += row.callUsd;
    }
    report.putCallRatio = ratio(report.putOi, report.callOi);

    for (const auto &[expiry, quotes] : byExpiry) {
        ExpirySummary s;
        s.expiry = expiry;
        for (const OptionQuote &q : quotes)
            (q.type == OptionType::Put ? s.putOi : s.callOi) += q.openInterest;
        s.putCallRatio = ratio(s.putOi, s.callOi);
        std::tie(s.maxPain, s.maxPainPayoutUsd) = maxPain(quotes);
        report.expiries.push_back(s);
    }

    // Walls: the most open interest on the far side of spot; ties go to the strike nearer spot.
    double bestPut = 0, bestCall = 0;
    for (const StrikeOpenInterest &row : report.byStrike) {
        if (row.strike < report.spot && row.putOi > 0 && row.putOi >= bestPut)
            bestPut = row.putOi, report.putWall = row.strike;
    }
    for (auto it = report.byStrike.rbegin(); it != report.byStrike.rend(); ++it)
        if (it->strike > report.spot && it->callOi > 0 && it->callOi >= bestCall)
            bestCall = it->callOi, report.callWall = it->strike;
    return report;
}

std::pair<double, double> OptionsAnalysis::maxPain(const std::vector<OptionQuote> &oneExpiry)
{
    std::vector<double> strikes;
    for (const OptionQuote &q : oneExpiry)
        strikes.push_back(q.strike);
    std::sort(strikes.begin(), strikes.end());
    strikes.erase(std::unique(strikes.begin(), strikes.end()), strikes.end());
    double best = OptionsReport::none, bestPayout = OptionsReport::none;
    for (double settle : strikes) {
        double payout = 0;
        for (const OptionQuote &q : oneExpiry)
            payout += q.openInterest * (q.type == OptionType::Call ? std::max(settle - q.strike, 0.0)
                                                                   : std::max(q.strike - settle, 0.0));
        if (std::isnan(bestPayout) || payout < bestPayout)
            best = settle, bestPayout = payout;
    }
    return {best, bestPayout};
}

} // namespace cascade
