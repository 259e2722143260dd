#pragma once

#include "market/OptionQuote.h"

#include <QString>
#include <QtGlobal>

namespace cascade {

// What a Deribit instrument is, from get_instruments or from its name
// ("BTC-27DEC25-100000-P": underlying, expiry day, strike, P/C).
struct DeribitInstrument
{
    QString name;
    QString underlying; // "BTC", "XRP_USDC"
    QString kind;       // "option", "future", ...
    qint64 expiry = 0;  // UTC ms (08:00 UTC for dated instruments)
    double strike = 0.0;
    OptionType type = OptionType::Call;
    double contractSize = 1.0;

    bool isOption() const { return kind == QLatin1String("option"); }
};

} // namespace cascade
