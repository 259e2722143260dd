#pragma once

#include <stdexcept>
#include <string>

namespace cascade {

// Thrown inside a parser when a response does not have the documented shape. Never escapes a
// parser's public function: JsonResponse::guard turns it into a Result failure that names the
// exchange and endpoint.
class ParseFailure : public std::runtime_error
{
public:
    explicit ParseFailure(const std::string &reason)
        : std::runtime_error(reason)
    {}
};

} // namespace cascade
