#include "ExportCommand.h"

#include "AnalysisExporter.h"
#include "CliOptions.h"
#include "PanelCsv.h"
#include "market/TimeFormat.h"
#include "SeriesSelector.h"
#include "SessionLoader.h"
#include "SessionRepository.h"
#include "store/MarketStore.h"
#include "store/SeriesCsvWriter.h"
#include "store/StoreFactory.h"
#include "StoreLocation.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <map>

namespace cascade {

namespace {

const QStringList kSeriesKinds{QStringLiteral("candles"), QStringLiteral("liquidations"),
                               QStringLiteral("open-interest"), QStringLiteral("ratios"),
                               QStringLiteral("options")};
const std::map<QString, SeriesKind> &ratioKinds()
{
    static const std::map<QString, SeriesKind> kinds{
        {QStringLiteral("long-short-account"), SeriesKind::LongShortAccountRatio},
        {QStringLiteral("top-trader-position"), SeriesKind::TopTraderPositionRatio},
        {QStringLiteral("top-trader-account"), SeriesKind::TopTraderAccountRatio},
        {QStringLiteral("taker-buy-sell"), SeriesKind::TakerBuySellRatio},
    };
    return kinds;
}

QString ratioName(SeriesKind kind)
{
    for (const auto &[name, k] : ratioKinds())
        if (k == kind)
            return name;
    return {};
}

// The ratio series to export: --ratio picks the kind; without it, the only ratio series stored
// for the instrument (several: the message lists them).
Result<SeriesKey> selectRatio(MarketStore &store, const QString &exchange, const QString &symbol,
                              const QString &ratio)
{
    if (!ratio.isEmpty())
        return SeriesSelector::select(store, exchange, symbol, ratioKinds().at(ratio));
    auto series = store.listSeries();
    if (!series)
        return Result<SeriesKey>::failure(series.error());
    std::vector<SeriesKey> matches;
    QStringList names;
    for (const SeriesInfo &info : series.value()) {
        const QString name = ratioName(info.key.kind);
        const bool exchangeMatches =
            exchange.isEmpty() || info.key.exchange.compare(exchange, Qt::CaseInsensitive) == 0;
        const bool symbolMatches =
            symbol.isEmpty() || info.key.symbol.compare(symbol, Qt::CaseInsensitive) == 0;
        if (!name.isEmpty() && exchangeMatches && symbolMatches) {
            matches.push_back(info.key);
            names << info.key.exchange + u' ' + info.key.symbol + u' ' + name;
        }
    }
    if (matches.size() == 1)
        return matches.front();
    if (matches.empty()) {
        return Result<SeriesKey>::failure(
            QStringLiteral("store %1 holds no ratio series for exchange '%2' symbol '%3'")
                .arg(store.location(), exchange, symbol));
    }
    return Result<SeriesKey>::failure(
        QStringLiteral("several ratio series match; choose one with --ratio (and --exchange, --symbol): %1")
            .arg(names.join(QStringLiteral(", "))));
}

QJsonObject withValue(QJsonObject object, QStringList path, const QJsonValue &value)
{
    const QString head = path.takeFirst();
    object[head] = path.isEmpty() ? value : withValue(object.value(head).toObject(), path, value);
    return object;
}

// `params` with each "group.key=value" applied. A value is read as JSON when it is JSON (numbers,
// booleans, the tiers array) and as a string otherwise (levels.split=even); AnalysisParams then
// checks the result, so an unknown key or a bad value is named as in a --params file.
Result<AnalysisParams> withAssignments(const AnalysisParams &params, const QStringList &assignments)
{
    QJsonObject json = params.toJson();
    for (const QString &assignment : assignments) {
        const qsizetype equals = assignment.indexOf(u'=');
        if (equals <= 0)
            return Result<AnalysisParams>::failure(QStringLiteral("'%1' is not KEY=VALUE").arg(assignment));
        const QString text = assignment.mid(equals + 1);
        QJsonParseError error;
        const QByteArray array = "[" + text.toUtf8() + "]";
        const QJsonDocument wrapped = QJsonDocument::fromJson(array, &error);
        const QJsonValue value = error.error == QJsonParseError::NoError && wrapped.array().size() == 1
                                     ? wrapped.array().first()
                                     : QJsonValue(text);
        json = withValue(json, assignment.left(equals).split(u'.'), value);
    }
    return AnalysisParams::fromJson(json);
}

} // namespace

int ExportCommand::run(const QStringList &arguments)
{
    m_parser.setApplicationDescription(summary());
    CliOptions options(m_parser, CliOptions::Store | CliOptions::Series | CliOptions::Range |
                                     CliOptions::IntervalOption);
    const QCommandLineOption kindOption(
        QStringLiteral("kind"),
        QStringLiteral("What to export: %1 (series) or %2 (analyses).")
            .arg(kSeriesKinds.join(QStringLiteral(", ")), PanelCsv::analysisKinds().join(QStringLiteral(", "))),
        QStringLiteral("KIND"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("CSV file to write."),
                                       QStringLiteral("FILE.csv"));
    m_parser.addOptions({kindOption, outOption, m_at, m_params, m_param, m_source, m_ratio});
    if (const auto exit = options.parse(arguments))
        return *exit;

    m_command = arguments[0];
    const QString kind = m_parser.value(kindOption);
    if (!kSeriesKinds.contains(kind) && !PanelCsv::analysisKinds().contains(kind)) {
        return CliOptions::badArgument(m_command,
                                       QStringLiteral("--kind: '%1' is not one of %2")
                                           .arg(kind, (kSeriesKinds + PanelCsv::analysisKinds()).join(u", ")));
    }
    const QString out = m_parser.value(outOption);
    if (out.isEmpty())
        return CliOptions::badArgument(m_command, QStringLiteral("--out: the CSV file to write is required"));
    if (m_parser.isSet(m_ratio) && kind != QLatin1String("ratios"))
        return CliOptions::badArgument(m_command, QStringLiteral("--ratio applies to --kind ratios only"));
    if (m_parser.isSet(m_ratio) && !ratioKinds().contains(m_parser.value(m_ratio))) {
        QStringList names;
        for (const auto &[name, k] : ratioKinds())
            names << name;
        return CliOptions::badArgument(
            m_command,
            QStringLiteral("--ratio: '%1' is not one of %2").arg(m_parser.value(m_ratio), names.join(u", ")));
    }
    if (kSeriesKinds.contains(kind)) {
        for (const QCommandLineOption *option : {&m_at, &m_params, &m_param, &m_source}) {
            if (m_parser.isSet(*option)) {
                return CliOptions::badArgument(
                    m_command,
                    QStringLiteral("--%1 applies to the analysis kinds only").arg(option->names().first()));
            }
        }
        return exportSeries(kind, options, out);
    }
    if (const auto exit = readAnalysisOptions(kind))
        return *exit;
    return exportAnalysis(kind, options, out);
}

std::optional<int> ExportCommand::readAnalysisOptions(const QString &kind)
{
    if (m_parser.isSet(m_source)) {
        const QString source = m_parser.value(m_source);
        if (kind != QLatin1String("heatmap"))
            return CliOptions::badArgument(m_command,
                                           QStringLiteral("--source applies to --kind heatmap only"));
        if (source != QLatin1String("realized") && source != QLatin1String("estimated")) {
            return CliOptions::badArgument(
                m_command, QStringLiteral("--source: '%1' is not one of realized, estimated").arg(source));
        }
    }
    if (m_parser.isSet(m_at)) {
        const auto at = TimeFormat::parse(m_parser.value(m_at));
        if (!at)
            return CliOptions::badArgument(m_command, QStringLiteral("--at: %1").arg(at.error()));
        m_atTime = at.value();
    }
    if (m_parser.isSet(m_params)) {
        const QString path = m_parser.value(m_params);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return CliOptions::badArgument(
                m_command, QStringLiteral("--params: cannot read %1: %2").arg(path, file.errorString()));
        auto params = AnalysisParams::fromJsonBytes(file.readAll());
        if (!params)
            return CliOptions::badArgument(m_command,
                                           QStringLiteral("--params %1: %2").arg(path, params.error()));
        m_analysisParams = params.value();
    }
    if (m_parser.isSet(m_param)) {
        auto params = withAssignments(m_analysisParams, m_parser.values(m_param));
        if (!params)
            return CliOptions::badArgument(m_command, QStringLiteral("--param: %1").arg(params.error()));
        m_analysisParams = params.value();
    }
    return std::nullopt;
}

int ExportCommand::exportAnalysis(const QString &kind, const CliOptions &options, const QString &out)
{
    auto data = SessionLoader::load(options, false);
    if (!data)
        return CliOptions::failure(m_command, data.error());
    PanelCsv::Request request;
    request.kind = kind;
    request.estimatedHeatmap = m_parser.value(m_source) == QLatin1String("estimated");
    request.interval = options.interval();
    request.at = m_atTime;
    request.params = m_analysisParams;
    if (const Status saved = PanelCsv::write(data.value(), request, out); !saved)
        return CliOptions::failure(m_command, saved.error());
    std::printf("%s\n%s\n", qPrintable(QFileInfo(out).absoluteFilePath()),
                qPrintable(QFileInfo(AnalysisExporter::paramsPath(out)).absoluteFilePath()));
    return Success;
}

int ExportCommand::exportSeries(const QString &kind, const CliOptions &options, const QString &out)
{
    Status written;
    if (kind == QLatin1String("candles") || kind == QLatin1String("liquidations")) {
        auto data = SessionLoader::load(options, false);
        if (!data)
            return CliOptions::failure(m_command, data.error());
        PanelCsv::Request request;
        request.kind = kind;
        request.interval = options.interval();
        written = PanelCsv::write(data.value(), request, out);
    } else {
        // Open interest, ratios and option chains are read directly: they need no candles.
        auto store = openStore(StoreLocation::resolve(options.store()));
        if (!store)
            return CliOptions::failure(m_command, store.error());
        MarketStore &s = *store.value();
        const TimeRange range = options.range();
        if (kind == QLatin1String("options")) {
            const QString underlying =
                options.symbol().isEmpty() ? QString() : SessionRepository::underlyingOf(options.symbol());
            auto key = SeriesSelector::select(s, options.exchange(), underlying, SeriesKind::Options);
            auto quotes =
                key ? s.optionQuotes(*key, range) : Result<std::vector<OptionQuote>>::failure(key.error());
            if (!quotes)
                return CliOptions::failure(m_command, quotes.error());
            written = SeriesCsvWriter::writeOptions(out, key->exchange, key->symbol, quotes.value());
        } else if (kind == QLatin1String("ratios")) {
            auto key = selectRatio(s, options.exchange(), options.symbol(), m_parser.value(m_ratio));
            auto points = key ? s.ratios(*key, range) : Result<std::vector<RatioPoint>>::failure(key.error());
            if (!points)
                return CliOptions::failure(m_command, points.error());
            written =
                SeriesCsvWriter::writeRatios(out, key->exchange, key->symbol, key->kind, points.value());
        } else {
            auto key =
                SeriesSelector::select(s, options.exchange(), options.symbol(), SeriesKind::OpenInterest);
            auto points = key ? s.openInterest(*key, range)
                              : Result<std::vector<OpenInterestPoint>>::failure(key.error());
            if (!points)
                return CliOptions::failure(m_command, points.error());
            written = SeriesCsvWriter::writeOpenInterest(out, key->exchange, key->symbol, points.value());
        }
    }
    if (!written)
        return CliOptions::failure(m_command, written.error());
    std::printf("%s\n", qPrintable(QFileInfo(out).absoluteFilePath()));
    return Success;
}

} // namespace cascade
