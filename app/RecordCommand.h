#pragma once

#include "Command.h"

namespace cascade {

// `cascade record --exchange binance|bybit|okx --symbol S [--duration SECONDS] [--ws-base URL]
//  [--proxy URL] [--buffer ROWS] [--store PATH]` appends live liquidations to the store until
// stopped (Ctrl-C, SIGTERM or the duration); with `--options` (deribit, bybit) it instead stores an
// options-chain snapshot every `--every` seconds, so per-strike history accumulates. Meant to run
// as a service (packaging/systemd/cascade-recorder@.service): when the store goes away it keeps up
// to `--buffer` liquidations or option quotes in memory, retries with backoff and says what it had
// to drop (RecorderLog).
class RecordCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("record"); }
    QString summary() const override
    {
        return QStringLiteral("Record live liquidations or option-chain snapshots into the store");
    }
    int run(const QStringList &arguments) override;
};

} // namespace cascade
