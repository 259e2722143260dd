// Binance public-data archive CSVs (klines with and without header, metrics,
// liquidationSnapshot): the archive's file name carries symbol, interval and day, so the first
// byte picks one of the real names and the rest is the CSV.
#include "FuzzCheck.h"

#include "store/ImportReader.h"

#include <array>

using namespace cascade;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const std::array<const char *, 5> names{
        "BTCUSDT-1h-2023-10-27.csv", "BTCUSD_PERP-1h-2023-10-27.csv", "BTCUSDT-metrics-2023-10-27.csv",
        "BTCUSD_PERP-liquidationSnapshot-2023-06-25.csv", "BTCUSDT-1m-2024-01.csv"};
    if (size == 0)
        return 0;
    ImportSource source;
    source.entryName = QString::fromLatin1(names[data[0] % names.size()]);
    source.path = source.entryName;
    source.bytes = QByteArray(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    fuzz::requireMessage(ImportReader::read(source, ImportHints{source.entryName, {}, {}}),
                         "import archive csv");
    return 0;
}
