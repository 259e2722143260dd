#pragma once

#include <QtGlobal>

#include <limits>
#include <vector>

namespace cascade {

// Open interest at one strike, for one expiry or (expiry == allExpiries) all of them combined.
struct StrikeOpenInterest
{
    static constexpr qint64 allExpiries = 0;

    qint64 expiry = allExpiries;
    double strike = 0.0;
    double putOi = 0.0; // contracts
    double callOi = 0.0;
    double putUsd = 0.0;
    double callUsd = 0.0;
    // Dealer-convention gamma exposure, USD per 1% move; NaN where no quote gives gamma.
    double gammaExposureUsd = std::numeric_limits<double>::quiet_NaN();
};

struct ExpirySummary
{
    qint64 expiry = 0;
    double putOi = 0.0;
    double callOi = 0.0;
    double putCallRatio = std::numeric_limits<double>::quiet_NaN(); // put / call contracts
    double maxPain = std::numeric_limits<double>::quiet_NaN();
    double maxPainPayoutUsd = std::numeric_limits<double>::quiet_NaN(); // total payout at maxPain
};

// Options positioning from one chain snapshot (docs/MODELS.md, "Options").
struct OptionsReport
{
    static constexpr double none = std::numeric_limits<double>::quiet_NaN();

    qint64 snapshotTime = 0; // 0 when no snapshot exists at or before the asked time
    double spot = none;
    std::vector<StrikeOpenInterest> byExpiryAndStrike; // sorted by expiry, then strike
    std::vector<StrikeOpenInterest> byStrike;          // all expiries, sorted by strike
    std::vector<ExpirySummary> expiries;               // sorted by expiry
    double putOi = 0.0;
    double callOi = 0.0;
    double putUsd = 0.0;
    double callUsd = 0.0;
    double putCallRatio = none; // put / call contracts, all expiries
    double putWall = none;      // strike with the most put OI below spot
    double callWall = none;     // strike with the most call OI above spot

    bool isEmpty() const { return snapshotTime == 0; }
};

} // namespace cascade
