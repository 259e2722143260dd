#include "store/OptionChainCsvParser.h"

#include "store/SeriesIdentity.h"
#include "store/StoreValidator.h"

#include <QDate>
#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>

namespace cascade {

namespace {
const QStringList kTime{"time", "snapshot_time", "timestamp", "creation_timestamp"};
const QStringList kInstrument{"instrument", "instrument_name"};
const QStringList kOpenInterest{"open_interest", "oi"};

qint64 expiryMs(const QDate &date)
{
    return QDateTime(date, QTime(8, 0), Qt::UTC).toMSecsSinceEpoch();
}

std::optional<OptionType> typeFrom(const QString &text)
{
    const QString t = text.toLower();
    if (t == QLatin1String("p") || t == QLatin1String("put"))
        return OptionType::Put;
    if (t == QLatin1String("c") || t == QLatin1String("call"))
        return OptionType::Call;
    return std::nullopt;
}
} // namespace

std::optional<OptionChainCsvParser::InstrumentName> OptionChainCsvParser::parseInstrument(const QString &name)
{
    static const QRegularExpression deribit(
        QStringLiteral("^([A-Z0-9_]+)-(\\d{1,2})([A-Z]{3})(\\d{2})-(\\d+(?:[d.]\\d+)?)-([CP])(?:-[A-Z]+)?$"));
    static const QRegularExpression okx(
        QStringLiteral("^([A-Z0-9]+)-[A-Z]+-(\\d{2})(\\d{2})(\\d{2})-(\\d+(?:\\.\\d+)?)-([CP])$"));
    static const QStringList months{"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                    "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
    InstrumentName out;
    QDate date;
    QString strike;
    QString type;
    if (const auto m = deribit.match(name); m.hasMatch()) {
        out.underlying = m.captured(1).section(u'_', 0, 0);
        date = QDate(2000 + m.captured(4).toInt(), int(months.indexOf(m.captured(3))) + 1,
                     m.captured(2).toInt());
        strike = m.captured(5);
        type = m.captured(6);
    } else if (const auto o = okx.match(name); o.hasMatch()) {
        out.underlying = o.captured(1);
        date = QDate(2000 + o.captured(2).toInt(), o.captured(3).toInt(), o.captured(4).toInt());
        strike = o.captured(5);
        type = o.captured(6);
    } else {
        return std::nullopt;
    }
    if (!date.isValid())
        return std::nullopt;
    out.expiry = expiryMs(date);
    out.strike = strike.replace(u'd', u'.').toDouble();
    out.type = *typeFrom(type);
    return out;
}

bool OptionChainCsvParser::accepts(const QStringList &header)
{
    auto has = [&](const QStringList &names) {
        return std::any_of(names.begin(), names.end(), [&](const QString &n) { return header.contains(n); });
    };
    const bool named = has(kInstrument) || (header.contains("strike") && header.contains("expiry") &&
                                            (header.contains("type") || header.contains("option_type")));
    return named && has(kTime) && has(kOpenInterest);
}

Result<ImportBatch> OptionChainCsvParser::parse(ImportTable &table, const ImportHints &hints)
{
    using R = Result<ImportBatch>;
    if (!table.readHeader())
        return R::failure(table.error());
    ImportBatch batch;
    const bool cascadeExport =
        table.header().mid(0, 4) == QStringList{"time", "exchange", "symbol", "instrument"};
    batch.format = cascadeExport ? QStringLiteral("Cascade options") : QStringLiteral("option chain CSV");
    const int time = table.column(kTime), instrument = table.column(kInstrument),
              oi = table.column(kOpenInterest), oiUsd = table.column({"open_interest_usd", "oi_usd"}),
              underlying = table.column({"underlying_price", "index_price"}),
              strike = table.column({"strike"}), expiry = table.column({"expiry", "expiration"}),
              type = table.column({"type", "option_type"}), markIv = table.column({"mark_iv", "iv"}),
              delta = table.column({"delta"}), gamma = table.column({"gamma"}), vega = table.column({"vega"}),
              theta = table.column({"theta"});
    SeriesIdentity identity(hints, table.column({"exchange", "venue"}),
                            table.column({"symbol", "underlying_symbol", "base_currency"}));
    QString underlyingName;
    while (table.next()) {
        identity.observe(table);
        OptionQuote q;
        q.snapshotTime = table.time(time);
        table.checkTimeOrder(q.snapshotTime, false, time);
        q.instrument = instrument >= 0 ? table.text(instrument) : QString();
        const auto parsed = parseInstrument(q.instrument);
        if (parsed) {
            q.expiry = parsed->expiry;
            q.strike = parsed->strike;
            q.type = parsed->type;
            underlyingName = parsed->underlying;
        }
        // Explicit columns win over what the name says.
        if (strike >= 0)
            q.strike = table.number(strike);
        if (expiry >= 0)
            q.expiry = table.time(expiry);
        if (type >= 0 && !table.failed()) {
            const auto t = typeFrom(table.text(type));
            if (!t)
                table.fail(QStringLiteral("expected put or call, found '%1'").arg(table.text(type)), type);
            else
                q.type = *t;
        }
        if (!parsed && (strike < 0 || expiry < 0 || type < 0) && !table.failed()) {
            table.fail(QStringLiteral("expected an option name like BTC-27DEC25-100000-P, found '%1'")
                           .arg(q.instrument),
                       instrument);
        }
        if (q.instrument.isEmpty() && !table.failed()) {
            q.instrument = QStringLiteral("%1-%2-%3")
                               .arg(QString::number(q.expiry), QString::number(q.strike, 'g', 17),
                                    q.type == OptionType::Put ? "P" : "C");
        }
        q.openInterest = table.number(oi);
        q.underlyingPrice = table.optionalNumber(underlying, 0.0);
        q.openInterestUsd = table.optionalNumber(oiUsd, q.openInterest * q.underlyingPrice);
        q.markIv = table.optionalNumber(markIv);
        q.delta = table.optionalNumber(delta);
        q.gamma = table.optionalNumber(gamma);
        q.vega = table.optionalNumber(vega);
        q.theta = table.optionalNumber(theta);
        if (table.failed())
            return R::failure(table.error());
        if (!table.accept(StoreValidator::problem(q)))
            return R::failure(table.error());
        batch.options.push_back(q);
    }
    if (table.failed())
        return R::failure(table.error());
    if (batch.options.empty())
        return R::failure(table.fileError(QStringLiteral("a header but no data rows")));
    identity.setFallback(QString(), underlyingName);
    if (const QString missing = identity.settle(batch.exchange, batch.symbol); !missing.isEmpty())
        return R::failure(table.fileError(missing));
    return batch;
}

} // namespace cascade
