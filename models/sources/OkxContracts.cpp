#include "sources/OkxContracts.h"

namespace cascade {

OkxContracts::OkxContracts()
{
    // Published contract values of the most traded swaps (OKX instrument list, ctVal).
    add(QStringLiteral("BTC-USDT-SWAP"), {0.01, false});
    add(QStringLiteral("ETH-USDT-SWAP"), {0.1, false});
    add(QStringLiteral("SOL-USDT-SWAP"), {1.0, false});
    add(QStringLiteral("BTC-USD-SWAP"), {100.0, true});
    add(QStringLiteral("ETH-USD-SWAP"), {10.0, true});
}

std::optional<OkxContracts::Contract> OkxContracts::find(const QString &instrument) const
{
    const auto it = m_contracts.constFind(instrument);
    if (it == m_contracts.constEnd())
        return std::nullopt;
    return *it;
}

double OkxContracts::baseSize(Contract contract, double contracts, double price)
{
    if (!contract.inverse)
        return contracts * contract.value;
    return price > 0.0 ? contracts * contract.value / price : 0.0;
}

double OkxContracts::notionalUsd(Contract contract, double contracts, double price)
{
    if (contract.inverse)
        return contracts * contract.value;
    return contracts * contract.value * price;
}

} // namespace cascade
