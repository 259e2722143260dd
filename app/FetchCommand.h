#pragma once

#include "Command.h"

namespace cascade {

// `cascade fetch --exchange E --symbol S --from T [--to T] [--interval I] [--kinds LIST]
//  [--api-base NAME=URL]... [--proxy URL] [--api-key KEY] [--store PATH]`:
// fetches what the store does not cover yet from an exchange's public API, page by page,
// with progress on stderr. Ctrl-C cancels; pages already stored stay.
class FetchCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("fetch"); }
    QString summary() const override
    {
        return QStringLiteral("Fetch history from an exchange into the store");
    }
    int run(const QStringList &arguments) override;
};

} // namespace cascade
