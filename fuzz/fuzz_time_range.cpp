// The command line's time and interval readers (--from/--to/--at and --interval): the first
// line is a time, the second an interval; a parsed time must print and parse back unchanged.
#include "FuzzCheck.h"

#include "market/Interval.h"
#include "market/TimeFormat.h"

using namespace cascade;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 512)
        return 0;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype newline = text.indexOf(u'\n');
    const QString time = newline < 0 ? text : text.left(newline);
    const auto parsed = TimeFormat::parse(time);
    fuzz::requireMessage(parsed, "time");
    if (parsed && *parsed >= 0 && *parsed < 253402300800000) { // years 1970-9999 print as ISO
        const auto again = TimeFormat::parse(TimeFormat::isoUtc(*parsed));
        if (!again || *again != *parsed) {
            std::fprintf(stderr, "time %lld does not round-trip through %s\n",
                         static_cast<long long>(*parsed), qPrintable(TimeFormat::isoUtc(*parsed)));
            std::abort();
        }
    }
    if (newline >= 0) {
        if (const auto interval = Interval::parse(text.mid(newline + 1)); interval && interval->ms() <= 0)
            std::abort(); // a parsed interval is a positive length
    }
    return 0;
}
