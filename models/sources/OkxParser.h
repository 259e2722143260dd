#pragma once

#include "market/OpenInterestPoint.h"
#include "market/OptionQuote.h"
#include "market/RatioPoint.h"
#include "market/Result.h"
#include "sources/CandlePage.h"
#include "sources/OkxContracts.h"
#include "sources/SymbolLiquidation.h"

#include <QString>

#include <string_view>
#include <utility>
#include <vector>

namespace cascade {

// OKX v5 responses and stream frames -> market types. Errors are code != "0"; lists come
// newest first with values as strings; sizes of derivatives are in contracts.
class OkxParser
{
public:
    // GET /api/v5/market/history-candles (and /candles). Volume = volCcy (base),
    // quote volume = volCcyQuote; confirm "0" marks the bar still forming.
    static Result<CandlePage> candles(std::string_view body);
    // GET /api/v5/rubik/stat/contracts/open-interest-history: [ts, oi, oiCcy, oiUsd].
    static Result<std::vector<OpenInterestPoint>> openInterestHistory(std::string_view body);
    // GET /api/v5/public/open-interest: current OI per instrument (oiCcy when sent, else contracts
    // converted with the contract value; oiUsd when sent, else 0).
    static Result<std::vector<std::pair<QString, OpenInterestPoint>>>
    openInterest(std::string_view body, const OkxContracts &contracts);
    // GET /api/v5/rubik/stat/contracts/long-short-account-ratio-contract (and the ccy-level
    // long-short-account-ratio): [ts, ratio]. Shares are derived: long = r / (1 + r).
    static Result<std::vector<RatioPoint>> longShortRatio(std::string_view body, const char *endpoint);
    // GET /api/v5/public/liquidation-orders and the liquidation-orders stream share one shape.
    // side sell (posSide long) = a long liquidated; sz is in contracts. With `onlyInstrument`
    // set, other instruments are skipped (stream frames mix every swap).
    static Result<std::vector<SymbolLiquidation>> liquidationOrders(std::string_view body,
                                                                    const OkxContracts &contracts,
                                                                    const char *endpoint,
                                                                    const QString &onlyInstrument = {});
    // GET /api/v5/public/open-interest?instType=OPTION: one chain snapshot (at the first row's
    // ts). openInterest is oiCcy (coins, as on Deribit), USD is oiUsd, and the underlying price
    // is implied as oiUsd / oiCcy (OKX sends no index price here).
    static Result<std::vector<OptionQuote>> optionOpenInterest(std::string_view body);
    // GET /api/v5/public/instruments: learns ctVal (and whether it is in USD) per instrument.
    static Status instruments(std::string_view body, OkxContracts &contracts);
};

} // namespace cascade
