#include "sources/DeribitParser.h"

#include "sources/JsonResponse.h"
#include "sources/OptionName.h"

namespace cascade {

namespace {

using J = JsonResponse;
constexpr const char *kExchange = "deribit";

const J::Json &resultOf(const J::Json &json)
{
    if (json.is_object() && json.contains("error")) {
        const auto &error = json["error"];
        const std::string code = error.contains("code") ? J::string(error["code"], "code") : "?";
        const std::string text = error.contains("message") ? J::string(error["message"], "message") : "";
        throw ParseFailure("error " + code + ": " + text);
    }
    return J::field(json, "result");
}

OptionQuote quoteFrom(const J::Json &row, const std::string &instrument, const OptionName &name,
                      const char *timeField)
{
    OptionQuote q;
    q.snapshotTime = J::integerField(row, timeField);
    q.instrument = QString::fromStdString(instrument);
    q.expiry = name.expiry;
    q.strike = name.strike;
    q.type = name.type;
    q.openInterest = J::numberField(row, "open_interest");
    q.underlyingPrice = J::numberField(row, "underlying_price");
    q.openInterestUsd = q.openInterest * q.underlyingPrice;
    q.markIv = J::optionalNumber(row, "mark_iv", OptionQuote::unknown);
    return q;
}

} // namespace

Result<DeribitInstrument> DeribitParser::instrumentName(QStringView text)
{
    const auto name = OptionName::parse(text);
    if (!name) {
        return Result<DeribitInstrument>::failure(
            QStringLiteral("deribit instrument '%1': not an option name like BTC-27DEC25-100000-P")
                .arg(text));
    }
    DeribitInstrument out;
    out.name = text.toString();
    out.underlying = name->underlying;
    out.kind = QStringLiteral("option");
    out.expiry = name->expiry;
    out.strike = name->strike;
    out.type = name->type;
    return out;
}

Result<std::vector<DeribitInstrument>> DeribitParser::instruments(std::string_view body)
{
    return J::guard<std::vector<DeribitInstrument>>(kExchange, "public/get_instruments", [&] {
        const auto json = J::parse(body);
        std::vector<DeribitInstrument> out;
        J::forEachRow(J::array(resultOf(json), "result"), [&](const J::Json &row) {
            DeribitInstrument i;
            i.name = QString::fromStdString(J::stringField(row, "instrument_name"));
            i.kind = QString::fromStdString(J::stringField(row, "kind"));
            i.underlying = QString::fromStdString(J::stringField(row, "base_currency"));
            i.expiry = J::integerField(row, "expiration_timestamp");
            i.contractSize = J::optionalNumber(row, "contract_size", 1.0);
            if (i.isOption()) {
                i.strike = J::numberField(row, "strike");
                const std::string type = J::stringField(row, "option_type");
                if (type != "put" && type != "call")
                    throw ParseFailure("unknown option_type '" + type + "'");
                i.type = type == "put" ? OptionType::Put : OptionType::Call;
            }
            out.push_back(i);
        });
        return out;
    });
}

Result<std::vector<OptionQuote>> DeribitParser::optionBookSummary(std::string_view body)
{
    return J::guard<std::vector<OptionQuote>>(kExchange, "public/get_book_summary_by_currency", [&] {
        const auto json = J::parse(body);
        std::vector<OptionQuote> quotes;
        J::forEachRow(J::array(resultOf(json), "result"), [&](const J::Json &row) {
            const std::string instrument = J::stringField(row, "instrument_name");
            const auto name = OptionName::parse(QString::fromStdString(instrument));
            if (!name)
                return; // a future or perpetual in a mixed summary
            quotes.push_back(quoteFrom(row, instrument, *name, "creation_timestamp"));
        });
        return quotes;
    });
}

Result<OpenInterestPoint> DeribitParser::futureOpenInterest(std::string_view body)
{
    return J::guard<OpenInterestPoint>(kExchange, "public/get_book_summary_by_instrument", [&] {
        const auto json = J::parse(body);
        const auto &rows = J::array(resultOf(json), "result");
        if (rows.size() != 1)
            throw ParseFailure("expected one instrument, got " + std::to_string(rows.size()));
        const auto &row = rows[0];
        OpenInterestPoint point;
        point.time = J::integerField(row, "creation_timestamp");
        point.openInterestUsd = J::numberField(row, "open_interest");
        const double mark = J::numberField(row, "mark_price");
        if (mark <= 0.0)
            throw ParseFailure("mark_price is not positive");
        point.openInterest = point.openInterestUsd / mark;
        return point;
    });
}

Result<CandlePage> DeribitParser::chartData(std::string_view body, Interval interval, qint64 now)
{
    return J::guard<CandlePage>(kExchange, "public/get_tradingview_chart_data", [&] {
        const auto json = J::parse(body);
        const auto &result = resultOf(json);
        CandlePage page;
        if (result.contains("status") && J::string(result["status"], "status") == "no_data")
            return page;
        const auto &ticks = J::array(J::field(result, "ticks"), "ticks");
        const char *columns[] = {"open", "high", "low", "close", "volume", "cost"};
        for (const char *column : columns) {
            if (J::array(J::field(result, column), column).size() != ticks.size())
                throw ParseFailure(std::string("'") + column + "' and 'ticks' differ in length");
        }
        std::vector<Candle> rows;
        for (std::size_t i = 0; i < ticks.size(); ++i) {
            Candle c;
            c.openTime = J::integer(ticks[i], "ticks");
            c.open = J::number(result["open"][i], "open");
            c.high = J::number(result["high"][i], "high");
            c.low = J::number(result["low"][i], "low");
            c.close = J::number(result["close"][i], "close");
            c.volume = J::number(result["volume"][i], "volume");
            c.quoteVolume = J::number(result["cost"][i], "cost");
            rows.push_back(c);
        }
        J::requireAscending(rows, [](const Candle &c) { return c.openTime; });
        if (!rows.empty() && rows.back().openTime + interval.ms() > now) {
            page.unclosed = rows.back();
            rows.pop_back();
        }
        page.candles = std::move(rows);
        return page;
    });
}

Result<OptionQuote> DeribitParser::optionTicker(std::string_view body)
{
    return J::guard<OptionQuote>(kExchange, "ticker stream", [&] {
        const auto json = J::parse(body);
        const auto &data = J::field(J::field(json, "params"), "data");
        const std::string instrument = J::stringField(data, "instrument_name");
        const auto name = OptionName::parse(QString::fromStdString(instrument));
        if (!name)
            throw ParseFailure("'" + instrument + "' is not an option");
        OptionQuote q = quoteFrom(data, instrument, *name, "timestamp");
        if (data.contains("greeks")) {
            const auto &greeks = data["greeks"];
            q.delta = J::optionalNumber(greeks, "delta", OptionQuote::unknown);
            q.gamma = J::optionalNumber(greeks, "gamma", OptionQuote::unknown);
            q.vega = J::optionalNumber(greeks, "vega", OptionQuote::unknown);
            q.theta = J::optionalNumber(greeks, "theta", OptionQuote::unknown);
        }
        return q;
    });
}

} // namespace cascade
