#pragma once

#include "market/Result.h"
#include "sources/ParseFailure.h"

#include <QString>
#include <QtGlobal>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <exception>
#include <string>
#include <string_view>

namespace cascade {

// The shared edge of every exchange parser: reads a body into JSON, telling an HTML page, a
// truncated body and malformed JSON apart, and reads numbers whether the exchange sent them as
// numbers or as strings (real payloads do both, for prices and for timestamps alike).
class JsonResponse
{
public:
    using Json = nlohmann::json;

    // Throws ParseFailure for an empty body, an HTML page, truncated or malformed JSON.
    static Json parse(std::string_view body);

    static double number(const Json &value, std::string_view what);
    static qint64 integer(const Json &value, std::string_view what);
    static std::string string(const Json &value, std::string_view what);

    static const Json &field(const Json &object, const char *key);
    static double numberField(const Json &object, const char *key) { return number(field(object, key), key); }
    static qint64 integerField(const Json &object, const char *key)
    {
        return integer(field(object, key), key);
    }
    static std::string stringField(const Json &object, const char *key)
    {
        return string(field(object, key), key);
    }
    // A number that may be absent, null or "" (optional fields); fallback then.
    static double optionalNumber(const Json &object, const char *key, double fallback);

    static const Json &array(const Json &value, std::string_view what);
    static const Json &element(const Json &row, std::size_t index);

    // Calls fn(row) for each row of an array; a failure names the row.
    template<typename Fn> static void forEachRow(const Json &rows, Fn &&fn)
    {
        std::size_t index = 0;
        for (const auto &row : rows) {
            try {
                fn(row);
            } catch (const ParseFailure &failure) {
                throw ParseFailure("row " + std::to_string(index) + ": " + failure.what());
            }
            ++index;
        }
    }

    // Rows must come strictly ascending by time once the exchange's documented order is undone.
    template<typename Row, typename TimeOf>
    static void requireAscending(const std::vector<Row> &rows, TimeOf &&timeOf)
    {
        for (std::size_t i = 1; i < rows.size(); ++i) {
            const qint64 previous = timeOf(rows[i - 1]);
            const qint64 current = timeOf(rows[i]);
            if (current == previous)
                throw ParseFailure("duplicate row for time " + std::to_string(current));
            if (current < previous)
                throw ParseFailure("rows out of order at time " + std::to_string(current));
        }
    }

    // Runs a parser body, turning any failure into "<exchange> <endpoint>: <reason>".
    template<typename T, typename Fn>
    static Result<T> guard(const char *exchange, const char *endpoint, Fn &&fn)
    {
        try {
            return Result<T>(fn());
        } catch (const ParseFailure &failure) {
            return Result<T>::failure(message(exchange, endpoint, failure.what()));
        } catch (const Json::exception &error) {
            return Result<T>::failure(
                message(exchange, endpoint, std::string("unexpected shape: ") + error.what()));
        } catch (const std::exception &error) {
            return Result<T>::failure(message(exchange, endpoint, error.what()));
        }
    }

    static QString message(const char *exchange, const char *endpoint, const std::string &reason);
};

} // namespace cascade
