#pragma once

#include <QHash>
#include <QString>

#include <optional>

namespace cascade {

// OKX sizes derivatives in contracts. A linear contract (BTC-USDT-SWAP) is ctVal base coins;
// an inverse contract (BTC-USD-SWAP) is ctVal USD. The table starts with the main swaps and
// learns the rest from /api/v5/public/instruments.
class OkxContracts
{
public:
    struct Contract
    {
        double value = 0.0; // ctVal
        bool inverse = false;
    };

    OkxContracts();

    void add(const QString &instrument, Contract contract) { m_contracts.insert(instrument, contract); }
    std::optional<Contract> find(const QString &instrument) const;

    // Base units and USD notional of `contracts` traded at `price`.
    static double baseSize(Contract contract, double contracts, double price);
    static double notionalUsd(Contract contract, double contracts, double price);

private:
    QHash<QString, Contract> m_contracts;
};

} // namespace cascade
