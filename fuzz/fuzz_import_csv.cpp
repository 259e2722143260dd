// `cascade import` on a CSV file, from format recognition to rows (no store): candles,
// liquidations, open interest, ratios and option chains with their many column spellings.
#include "FuzzCheck.h"

#include "store/ImportReader.h"

using namespace cascade;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ImportSource source;
    source.path = QStringLiteral("fuzz.csv");
    source.entryName = source.path;
    source.bytes = QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
    fuzz::requireMessage(ImportReader::read(source, ImportHints{source.entryName, {}, {}}), "import csv");
    return 0;
}
