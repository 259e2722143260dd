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
