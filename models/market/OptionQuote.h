#pragma once

#include <QString>
#include <QtGlobal>

#include <limits>

namespace cascade {

enum class OptionType : quint8 { Call = 0, Put = 1 };

// One option instrument inside a chain snapshot taken at snapshotTime.
// Greeks and IV are NaN where the source does not give them.
struct OptionQuote
{
    static constexpr double unknown = std::numeric_limits<double>::quiet_NaN();

    qint64 snapshotTime = 0;
    QString instrument; // e.g. BTC-27DEC25-100000-P
    qint64 expiry = 0;  // UTC ms of expiry (08:00 UTC on Deribit)
    double strike = 0.0;
    OptionType type = OptionType::Put;
    double openInterest = 0.0;    // contracts (1 contract = 1 underlying coin on Deribit)
    double openInterestUsd = 0.0; // openInterest * underlyingPrice
    double underlyingPrice = 0.0;
    double markIv = unknown; // percent
    double delta = unknown;
    double gamma = unknown;
    double vega = unknown;
    double theta = unknown;
};

} // namespace cascade
