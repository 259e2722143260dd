#pragma once

#include "market/OptionQuote.h"

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <optional>

namespace cascade {

// An option's identity as exchanges spell it in its name: "BTC-27DEC25-100000-P" (Deribit; no
// leading zero on the day, 'd' as decimal point in strikes such as "XRP_USDC-30MAY25-2d2-C")
// Bybit's "BTC-27DEC25-100000-P-USDT" (settle coin appended) and OKX's "BTC-USD-251227-100000-P".
struct OptionName
{
    QString underlying;
    qint64 expiry = 0; // 08:00 UTC of the expiry day
    double strike = 0.0;
    OptionType type = OptionType::Call;

    static std::optional<OptionName> parse(QStringView name);
};

} // namespace cascade
