#pragma once

#include "market/Result.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

// Shared by every harness: a failed parse must say why (an empty message is a bug of its own),
// and Qt parts that expect an application object get one.
namespace cascade::fuzz {

inline std::string_view view(const uint8_t *data, size_t size)
{
    return {reinterpret_cast<const char *>(data), size};
}

// One exchange's parsers in one harness: the first byte of an input picks the parser (modulo
// `parsers`) and the rest is the body. Handing every parser the same bytes instead made each
// input cost one JSON parse per parser, and that parse is about 90% of a parser's time (perf,
// fuzz_deribit): the same run explored a fifth to an eighth as many bodies. scripts/fuzz.sh
// seeds each body once per parser, with that parser's byte in front.
struct Pick
{
    unsigned parser = 0;
    std::string_view body;
};

inline Pick pick(const uint8_t *data, size_t size, unsigned parsers)
{
    if (size == 0)
        return {0, {}};
    return {unsigned(data[0]) % parsers, view(data + 1, size - 1)};
}

template<typename R> void requireMessage(const R &result, const char *what)
{
    if (!result.ok() && result.error().isEmpty()) {
        std::fprintf(stderr, "%s failed without a message\n", what);
        std::abort();
    }
}

inline void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "cascade-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
}

} // namespace cascade::fuzz
