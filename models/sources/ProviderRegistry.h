#pragma once

#include "sources/ExchangeProvider.h"

#include <QStringList>

#include <memory>

namespace cascade {

// The exchanges Cascade can fetch from. Adding one is one line in ProviderRegistry.cpp.
class ProviderRegistry
{
public:
    static QStringList names();
    // nullptr for an unknown name.
    static std::unique_ptr<ExchangeProvider> create(const QString &name);
};

} // namespace cascade
