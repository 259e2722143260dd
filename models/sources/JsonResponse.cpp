#include "sources/JsonResponse.h"

#include <cctype>
#include <charconv>
#include <cmath>

namespace cascade {

namespace {

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
        text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
        text.remove_suffix(1);
    return text;
}

std::string excerpt(std::string_view text)
{
    constexpr std::size_t limit = 60;
    std::string out(text.substr(0, limit));
    for (char &c : out) {
        if (c == '\n' || c == '\r' || c == '\t')
            c = ' ';
    }
    return text.size() > limit ? out + "..." : out;
}

std::string describe(const nlohmann::json &value)
{
    return excerpt(value.dump());
}

} // namespace

JsonResponse::Json JsonResponse::parse(std::string_view body)
{
    const std::string_view text = trimmed(body);
    if (text.empty())
        throw ParseFailure("empty response body");
    if (text.front() == '<')
        throw ParseFailure("got an HTML page instead of JSON (a proxy, firewall or maintenance page?): \"" +
                           excerpt(text) + "\"");
    try {
        return Json::parse(text.begin(), text.end());
    } catch (const Json::parse_error &error) {
        // nlohmann reports the byte where parsing stopped; stopping at the very end means the
        // body was cut short rather than malformed.
        if (error.byte > text.size() ||
            std::string_view(error.what()).find("end of input") != std::string_view::npos)
            throw ParseFailure("truncated JSON (body ends after " + std::to_string(body.size()) + " bytes)");
        throw ParseFailure("malformed JSON at byte " + std::to_string(error.byte) + ": \"" +
                           excerpt(text.substr(error.byte > 20 ? error.byte - 20 : 0)) + "\"");
    }
}

double JsonResponse::number(const Json &value, std::string_view what)
{
    if (value.is_number())
        return value.get<double>();
    if (value.is_string()) {
        const auto &text = value.get_ref<const std::string &>();
        double result = 0.0;
        const char *begin = text.data();
        const char *end = text.data() + text.size();
        if (begin != end && *begin == '+')
            ++begin;
        const auto [ptr, ec] = std::from_chars(begin, end, result);
        if (ec == std::errc() && ptr == end && begin != end && std::isfinite(result))
            return result;
    }
    throw ParseFailure("'" + std::string(what) + "' is not a number: " + describe(value));
}

qint64 JsonResponse::integer(const Json &value, std::string_view what)
{
    if (value.is_number_integer())
        return value.get<qint64>();
    if (value.is_number_float()) {
        const double d = value.get<double>();
        if (d == std::floor(d) && std::abs(d) < 9.0e15)
            return static_cast<qint64>(d);
    }
    if (value.is_string()) {
        const auto &text = value.get_ref<const std::string &>();
        qint64 result = 0;
        const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), result);
        if (ec == std::errc() && ptr == text.data() + text.size() && !text.empty())
            return result;
    }
    throw ParseFailure("'" + std::string(what) + "' is not an integer: " + describe(value));
}

std::string JsonResponse::string(const Json &value, std::string_view what)
{
    if (value.is_string())
        return value.get<std::string>();
    if (value.is_number())
        return value.dump();
    throw ParseFailure("'" + std::string(what) + "' is not a string: " + describe(value));
}

const JsonResponse::Json &JsonResponse::field(const Json &object, const char *key)
{
    if (!object.is_object())
        throw ParseFailure("expected an object with '" + std::string(key) + "', got " + describe(object));
    const auto it = object.find(key);
    if (it == object.end())
        throw ParseFailure("missing field '" + std::string(key) + "'");
    return *it;
}

double JsonResponse::optionalNumber(const Json &object, const char *key, double fallback)
{
    if (!object.is_object())
        return fallback;
    const auto it = object.find(key);
    if (it == object.end() || it->is_null() ||
        (it->is_string() && it->get_ref<const std::string &>().empty()))
        return fallback;
    return number(*it, key);
}

const JsonResponse::Json &JsonResponse::array(const Json &value, std::string_view what)
{
    if (!value.is_array())
        throw ParseFailure("expected '" + std::string(what) + "' to be an array, got " + describe(value));
    return value;
}

const JsonResponse::Json &JsonResponse::element(const Json &row, std::size_t index)
{
    if (!row.is_array())
        throw ParseFailure("expected an array row, got " + describe(row));
    if (index >= row.size())
        throw ParseFailure("row has " + std::to_string(row.size()) + " columns, expected at least " +
                           std::to_string(index + 1));
    return row[index];
}

QString JsonResponse::message(const char *exchange, const char *endpoint, const std::string &reason)
{
    return QString::fromLatin1(exchange) + u' ' + QString::fromLatin1(endpoint) + QStringLiteral(": ") +
           QString::fromStdString(reason);
}

} // namespace cascade
