#include "FetchCommand.h"

#include "Settings.h"

#include "CliOptions.h"
#include "sources/CurlGlobal.h"
#include "sources/FetchJob.h"
#include "sources/ProviderRegistry.h"
#include "store/StoreFactory.h"
#include "StoreLocation.h"

#include <QDateTime>
#include <QUrl>

#include <csignal>
#include <cstdio>

#include <unistd.h>

namespace cascade {

namespace {

std::atomic_bool g_interrupted = false;

extern "C" void onInterrupt(int)
{
    g_interrupted = true;
}

// --kinds names -> series kinds; "ratios" means every ratio series the exchange offers.
std::optional<std::vector<SeriesKind>> parseKinds(const QString &text, const ExchangeProvider &provider,
                                                  QString *error)
{
    std::vector<SeriesKind> kinds;
    const auto add = [&kinds](SeriesKind kind) {
        if (std::find(kinds.begin(), kinds.end(), kind) == kinds.end())
            kinds.push_back(kind);
    };
    for (const QString &raw : text.split(u',', Qt::SkipEmptyParts)) {
        const QString name = raw.trimmed();
        if (name == QLatin1String("ratios")) {
            for (const SeriesKind kind :
                 {SeriesKind::LongShortAccountRatio, SeriesKind::TopTraderPositionRatio,
                  SeriesKind::TopTraderAccountRatio, SeriesKind::TakerBuySellRatio}) {
                if (provider.supports(kind))
                    add(kind);
            }
            continue;
        }
        const auto kind = kindFromName(name);
        const bool known = kind && (*kind == SeriesKind::Candles || *kind == SeriesKind::OpenInterest ||
                                    *kind == SeriesKind::Liquidations || *kind == SeriesKind::Options);
        if (!known) {
            *error = QStringLiteral(
                         "--kinds: '%1' is not one of candles, open-interest, ratios, liquidations, options")
                         .arg(name);
            return std::nullopt;
        }
        if (!provider.supports(*kind)) {
            *error = QStringLiteral("--kinds: %1 serves no %2 without a key%3")
                         .arg(provider.name(), name,
                              *kind == SeriesKind::Liquidations
                                  ? QStringLiteral(" (`cascade record` captures them live)")
                                  : QString());
            return std::nullopt;
        }
        add(*kind);
    }
    if (kinds.empty())
        *error = QStringLiteral("--kinds: %1 offers none of '%2'").arg(provider.name(), text);
    return kinds.empty() ? std::nullopt : std::optional(kinds);
}

bool isWebUrl(const QString &text, const QStringList &schemes)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && schemes.contains(url.scheme()) && !url.host().isEmpty();
}

// One line rewritten in place on a terminal; one line per page in logs and pipes.
void printProgress(const FetchProgress &progress)
{
    if (progress.requestsPlanned == 0)
        return;
    static const bool terminal = isatty(fileno(stderr));
    std::fprintf(stderr,
                 terminal ? "\rcascade fetch: %d/%d requests, %lld rows  %s\033[K"
                          : "cascade fetch: %d/%d requests, %lld rows  %s\n",
                 progress.requestsDone, progress.requestsPlanned, qlonglong(progress.rowsReceived),
                 qPrintable(progress.current));
    std::fflush(stderr);
}

// --api-base NAME=URL values: every one must name a known exchange and an http(s) URL; the one
// for `provider` replaces its base URL. Returns the error message, or nothing.
QString applyApiBases(const QStringList &values, ExchangeProvider &provider)
{
    for (const QString &value : values) {
        const auto equals = value.indexOf(u'=');
        const QString name = value.left(equals).trimmed().toLower();
        const QString url = value.mid(equals + 1).trimmed();
        if (equals <= 0 || !ProviderRegistry::names().contains(name)) {
            return QStringLiteral("--api-base: '%1' is not NAME=URL with NAME one of %2")
                .arg(value, ProviderRegistry::names().join(QStringLiteral(", ")));
        }
        if (!isWebUrl(url, {QStringLiteral("http"), QStringLiteral("https")}))
            return QStringLiteral("--api-base: '%1' is not an http(s) URL").arg(url);
        if (name == provider.name())
            provider.setBaseUrl(url);
    }
    return {};
}

// Runs the fetch on this thread with the exchange's rate budget; Ctrl-C cancels it.
Result<FetchJob::Outcome> runJob(const ExchangeProvider &provider, MarketStore &store,
                                 const HttpClient::Options &http, const FetchRequest &request)
{
    const auto budget = provider.budget();
    const RequestExecutor executor(HttpClient(http), RetryPolicy(),
                                   std::make_shared<RateLimiter>(budget.capacity, budget.windowMs));
    FetchJob job(provider, store, executor);
    g_interrupted = false;
    const auto previous = std::signal(SIGINT, onInterrupt);
    auto outcome = job.run(request, &g_interrupted, printProgress);
    std::signal(SIGINT, previous);
    if (isatty(fileno(stderr)))
        std::fputs("\n", stderr);
    return outcome;
}

} // namespace

int FetchCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() + QStringLiteral(".\nExchanges: %1. Only what the store does not cover yet is requested.\n"
                                   "The API key of CoinGlass may also come from CASCADE_COINGLASS_KEY.")
                        .arg(ProviderRegistry::names().join(QStringLiteral(", "))));
    const QCommandLineOption kindsOption(
        QStringLiteral("kinds"),
        QStringLiteral(
            "Comma-separated: candles, open-interest, ratios, liquidations, options (default: candles)."),
        QStringLiteral("LIST"), QStringLiteral("candles"));
    const QCommandLineOption apiBaseOption(QStringLiteral("api-base"),
                                           QStringLiteral("Base URL of an exchange's API (repeatable), e.g. "
                                                          "binance=https://fapi.binance.com."),
                                           QStringLiteral("NAME=URL"));
    const QCommandLineOption proxyOption(
        QStringLiteral("proxy"),
        QStringLiteral("Proxy URL (http, https, socks5); default: the http(s)_proxy environment."),
        QStringLiteral("URL"));
    const QCommandLineOption keyOption(QStringLiteral("api-key"), QStringLiteral("CoinGlass API key."),
                                       QStringLiteral("KEY"));
    parser.addOptions({kindsOption, apiBaseOption, proxyOption, keyOption});
    CliOptions options(parser, CliOptions::Store | CliOptions::Series | CliOptions::Range |
                                   CliOptions::IntervalOption);
    if (const auto exit = options.parse(arguments))
        return *exit;
    const QString command = arguments[0];

    const QString exchange = options.exchange().toLower();
    auto provider = ProviderRegistry::create(exchange);
    if (exchange.isEmpty())
        return CliOptions::badArgument(
            command, QStringLiteral("--exchange: required (%1)").arg(ProviderRegistry::names().join(u'|')));
    if (!provider) {
        return CliOptions::badArgument(
            command, QStringLiteral("--exchange: '%1' is not one of %2")
                         .arg(exchange, ProviderRegistry::names().join(QStringLiteral(", "))));
    }
    if (options.symbol().trimmed().isEmpty())
        return CliOptions::badArgument(command, QStringLiteral("--symbol: required, e.g. BTCUSDT"));
    QString kindError;
    const auto kinds = parseKinds(parser.value(kindsOption), *provider, &kindError);
    if (!kinds)
        return CliOptions::badArgument(command, kindError);
    const bool snapshotsOnly = std::all_of(kinds->begin(), kinds->end(), ExchangeProvider::isSnapshot);
    if (!snapshotsOnly && !parser.isSet(QStringLiteral("from")))
        return CliOptions::badArgument(
            command, QStringLiteral("--from: required for %1").arg(kindName(kinds->front())));

    if (const QString error = applyApiBases(parser.values(apiBaseOption), *provider); !error.isEmpty())
        return CliOptions::badArgument(command, error);
    HttpClient::Options http;
    if (parser.isSet(proxyOption)) {
        http.proxy = parser.value(proxyOption);
        if (!isWebUrl(http.proxy, {"http", "https", "socks4", "socks4a", "socks5", "socks5h"}))
            return CliOptions::badArgument(command, QStringLiteral("--proxy: '%1' is not a proxy URL such as "
                                                                   "http://host:3128 or socks5://host:1080")
                                                        .arg(http.proxy));
    }

    FetchRequest request;
    request.exchange = exchange;
    request.symbol = options.symbol().trimmed();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    request.range = {options.range().from,
                     options.hasRange() && parser.isSet(QStringLiteral("to")) ? options.range().to : now};
    request.interval = options.interval().value_or(Interval::minutes(1));
    request.kinds = *kinds;
    request.apiKey =
        parser.isSet(keyOption) ? parser.value(keyOption) : qEnvironmentVariable("CASCADE_COINGLASS_KEY");
    if (request.apiKey.isEmpty() && exchange == QLatin1String("coinglass"))
        request.apiKey = Settings().coinGlassKey(); // the one the settings dialog saved (keychain)
    for (const SeriesKind kind : request.kinds) {
        if (const auto step = provider->step(kind, request.interval); !step)
            return CliOptions::badArgument(command, QStringLiteral("--interval: ") + step.error());
    }
    if (exchange == QLatin1String("coinglass") && request.apiKey.isEmpty())
        return CliOptions::badArgument(
            command, QStringLiteral("--api-key: coinglass needs a key (or CASCADE_COINGLASS_KEY)"));

    const CurlGlobal curl; // the command line runs no other thread yet
    if (!curl.ok())
        return CliOptions::failure(command, QStringLiteral("libcurl could not be initialised"));
    auto store = openStore(StoreLocation::resolve(options.store()));
    if (!store)
        return CliOptions::failure(command, store.error());

    const auto outcome = runJob(*provider, *store.value(), http, request);
    if (!outcome)
        return CliOptions::failure(command, outcome.error());
    for (const QString &note : outcome->notes)
        std::fprintf(stderr, "%s: %s\n", qPrintable(command), qPrintable(note));
    std::printf("%s %s: %d requests, %lld rows stored in %s\n", qPrintable(exchange),
                qPrintable(request.symbol), outcome->requests, qlonglong(outcome->rows),
                qPrintable(store.value()->location()));
    return Success;
}

} // namespace cascade
