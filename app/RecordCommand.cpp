#include "RecordCommand.h"

#include "CliOptions.h"
#include "sources/CurlGlobal.h"
#include "sources/ExchangeProvider.h"
#include "sources/FetchJob.h"
#include "sources/LiquidationRecorder.h"
#include "sources/LiquidationStream.h"
#include "sources/OkxParser.h"
#include "sources/OkxProvider.h"
#include "sources/ProviderRegistry.h"
#include "store/StoreFactory.h"
#include "StoreLocation.h"

#include <QDateTime>
#include <QEventLoop>
#include <QNetworkProxy>
#include <QTimer>
#include <QUrl>

#include <csignal>
#include <cstdio>

namespace cascade {

namespace {

std::atomic_bool g_stop = false;

extern "C" void onStopSignal(int)
{
    g_stop = true;
}

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

std::optional<QNetworkProxy> proxyFrom(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return std::nullopt;
    const QString scheme = url.scheme();
    QNetworkProxy::ProxyType type = QNetworkProxy::HttpProxy;
    if (scheme.startsWith(QLatin1String("socks5")))
        type = QNetworkProxy::Socks5Proxy;
    else if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return std::nullopt;
    return QNetworkProxy(type, url.host(), quint16(url.port(type == QNetworkProxy::HttpProxy ? 3128 : 1080)),
                         url.userName(), url.password());
}

// Stops `loop` when the duration ends or a stop signal arrives.
void stopWhenDone(QEventLoop &loop, int durationSeconds, QObject *owner)
{
    auto *poll = new QTimer(owner);
    QObject::connect(poll, &QTimer::timeout, &loop, [&loop] {
        if (g_stop)
            loop.quit();
    });
    poll->start(200);
    if (durationSeconds > 0)
        QTimer::singleShot(durationSeconds * 1000, &loop, &QEventLoop::quit);
}

// What both recording modes need, parsed and checked.
struct Settings
{
    QString command;
    QString exchange;
    QString symbol;
    QString store;
    int duration = 0;
    int every = 300;
    QString proxyUrl;
    std::optional<QNetworkProxy> proxy;
    QStringList apiBases;
    QString wsBase;
    std::size_t buffer = LiquidationRecorder::defaultMaxBuffered;
};

// --options: one chain snapshot now, then every `every` seconds; a failed poll is reported and
// the next one tries again.
int recordOptions(const Settings &s)
{
    auto provider = ProviderRegistry::create(s.exchange);
    if (!provider || !provider->supports(SeriesKind::Options))
        return CliOptions::badArgument(s.command,
                                       QStringLiteral("--exchange: '%1' has no options chain to record "
                                                      "(deribit, bybit)")
                                           .arg(s.exchange));
    for (const QString &value : s.apiBases) {
        const auto equals = value.indexOf(u'=');
        const QUrl url(value.mid(equals + 1), QUrl::StrictMode);
        if (equals <= 0 || !url.isValid() ||
            (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            return CliOptions::badArgument(s.command,
                                           QStringLiteral("--api-base: '%1' is not NAME=URL").arg(value));
        if (value.left(equals) == s.exchange)
            provider->setBaseUrl(value.mid(equals + 1));
    }
    const CurlGlobal curl;
    auto store = openStore(StoreLocation::resolve(s.store));
    if (!store)
        return CliOptions::failure(s.command, store.error());
    HttpClient::Options http;
    if (!s.proxyUrl.isEmpty())
        http.proxy = s.proxyUrl;
    const auto budget = provider->budget();
    const RequestExecutor executor(HttpClient(http), RetryPolicy(),
                                   std::make_shared<RateLimiter>(budget.capacity, budget.windowMs));
    FetchJob job(*provider, *store.value(), executor);
    FetchRequest request;
    request.exchange = s.exchange;
    request.symbol = s.symbol;
    request.kinds = {SeriesKind::Options};
    int snapshots = 0;
    QEventLoop loop;
    QObject owner;
    const auto poll = [&] {
        const auto outcome = job.run(request, &g_stop);
        if (!outcome) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(s.command), qPrintable(outcome.error()));
            return; // the next poll tries again; what is stored stays
        }
        ++snapshots;
        std::fprintf(stderr, "%s: snapshot %d: %lld quotes\n", qPrintable(s.command), snapshots,
                     qlonglong(outcome->rows));
    };
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, &owner, poll);
    timer.start(s.every * 1000);
    QTimer::singleShot(0, &owner, poll);
    stopWhenDone(loop, s.duration, &owner);
    loop.exec();
    std::printf("%s %s: %d option snapshots stored in %s\n", qPrintable(s.exchange), qPrintable(s.symbol),
                snapshots, qPrintable(store.value()->location()));
    return snapshots > 0 ? Command::Success : Command::Failure;
}

// Liquidation streams: batches flushed every second; coverage is the connected time.
// OKX sizes are in contracts: a swap missing from the built-in table has its contract value
// asked from /api/v5/public/instruments before the stream starts.
Status learnOkxContract(const Settings &s, OkxContracts &contracts)
{
    const QString instrument = OkxProvider::instrument(s.symbol);
    if (contracts.find(instrument))
        return {};
    OkxProvider okx;
    for (const QString &value : s.apiBases) {
        if (value.startsWith(QLatin1String("okx=")))
            okx.setBaseUrl(value.mid(4));
    }
    const CurlGlobal curl;
    HttpClient::Options http;
    http.proxy = s.proxyUrl;
    const RequestExecutor executor(HttpClient(http), RetryPolicy(), std::make_shared<RateLimiter>(20, 2000));
    const QUrl url(okx.baseUrl() + QStringLiteral("/api/v5/public/instruments?instType=SWAP&instId=") +
                   instrument);
    const auto response = executor.execute({url, {}}, 1, &g_stop);
    if (!response)
        return Status::failure(
            QStringLiteral("okx: contract value of %1: %2").arg(instrument, response.error()));
    const QByteArray &body = response->body;
    return OkxParser::instruments(std::string_view(body.constData(), std::size_t(body.size())), contracts);
}

int recordLiquidations(const Settings &s)
{
    OkxContracts contracts;
    if (s.exchange == QLatin1String("okx")) {
        if (const Status learnt = learnOkxContract(s, contracts); !learnt)
            return CliOptions::failure(s.command, learnt.error());
    }
    auto endpoint = StreamEndpoint::forExchange(s.exchange, s.symbol, s.wsBase, contracts);
    if (!endpoint)
        return CliOptions::badArgument(s.command, (!s.wsBase.isEmpty() ? QStringLiteral("--ws-base: ")
                                                                       : QStringLiteral("--exchange: ")) +
                                                      endpoint.error());
    auto store = openStore(StoreLocation::resolve(s.store));
    if (!store)
        return CliOptions::failure(s.command, store.error());
    // Stored under the neutral symbol, like fetched history (BTC-USDT-SWAP -> BTCUSDT).
    const QString neutral =
        ProviderRegistry::create(s.exchange)->storeSymbol(s.symbol, SeriesKind::Liquidations);
    LiquidationRecorder recorder(*store.value(), {s.exchange, neutral, SeriesKind::Liquidations},
                                 endpoint->source, s.buffer);
    LiquidationStream stream(endpoint.value());
    if (s.proxy)
        stream.setProxy(*s.proxy);
    qint64 longs = 0;
    qint64 shorts = 0;
    QObject::connect(&stream, &LiquidationStream::connected, &stream, [&](qint64 at) {
        recorder.connected(at);
        std::fprintf(stderr, "%s: connected to %s\n", qPrintable(s.command),
                     qPrintable(endpoint->url.toString()));
    });
    QObject::connect(&stream, &LiquidationStream::disconnected, &stream,
                     [&](qint64 at, const QString &reason) {
                         recorder.disconnected(at);
                         std::fprintf(stderr, "%s: disconnected (%s); reconnecting\n", qPrintable(s.command),
                                      qPrintable(reason));
                     });
    QObject::connect(&stream, &LiquidationStream::liquidations, &stream,
                     [&](const std::vector<Liquidation> &events) {
                         recorder.add(events);
                         for (const auto &event : events)
                             (event.side == LiquidationSide::LongLiquidated ? longs : shorts) += 1;
                     });
    // Its reason reaches stderr with the disconnection that follows.
    QObject::connect(&stream, &LiquidationStream::messageRefused, &stream,
                     [&](qint64, const QString &) { recorder.lost(); });
    QObject::connect(&stream, &LiquidationStream::problem, &stream, [&](const QString &message) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(s.command), qPrintable(message));
    });
    // A service's log must explain any gap: when the store went, each retry, when it came
    // back, and how many events the bounded buffer had to drop meanwhile.
    qint64 outageStart = 0;
    qint64 droppedBefore = 0;
    int reportedFailures = 0;
    QTimer flushTimer;
    QObject::connect(&flushTimer, &QTimer::timeout, &stream, [&] {
        const qint64 droppedEarlier = recorder.dropped();
        recorder.flush(now());
        // Failed tries are counted by the recorder, here or when the stream disconnected.
        if (recorder.failures() > reportedFailures) {
            if (reportedFailures == 0) {
                outageStart = now();
                droppedBefore = droppedEarlier;
            }
            std::fprintf(
                stderr,
                "%s: store unavailable (attempt %d): %s; %zu liquidations kept in memory (at most %zu), "
                "next try in %lld s\n",
                qPrintable(s.command), recorder.failures(), qPrintable(recorder.lastError()),
                recorder.buffered(), recorder.maxBuffered(),
                qlonglong((recorder.retryAt() - now() + 999) / 1000));
        } else if (reportedFailures > 0 && recorder.failures() == 0) {
            std::fprintf(
                stderr, "%s: store available again after %lld s; everything buffered is written%s\n",
                qPrintable(s.command), qlonglong((now() - outageStart + 500) / 1000),
                recorder.dropped() > droppedBefore
                    ? qPrintable(QStringLiteral("; %1 liquidations were dropped while the buffer was full")
                                     .arg(recorder.dropped() - droppedBefore))
                    : "");
        }
        reportedFailures = recorder.failures();
    });
    flushTimer.start(1000);
    QEventLoop loop;
    QObject owner;
    stopWhenDone(loop, s.duration, &owner);
    stream.start();
    loop.exec();
    stream.stop();
    recorder.disconnected(now());
    // One last try whatever the backoff says: this is the events' last chance.
    if (const Status last = recorder.flush(now(), true); !last) {
        return CliOptions::failure(
            s.command,
            QStringLiteral("%1 liquidations could not be stored%2: %3")
                .arg(recorder.buffered())
                .arg(recorder.dropped() > 0 ? QStringLiteral(" and %1 were dropped").arg(recorder.dropped())
                                            : QString())
                .arg(last.error()));
    }
    std::printf("%s %s: %lld liquidations recorded (%lld long, %lld short liquidated) in %s%s\n",
                qPrintable(s.exchange), qPrintable(s.symbol), qlonglong(recorder.written()), qlonglong(longs),
                qlonglong(shorts), qPrintable(store.value()->location()),
                recorder.dropped() > 0 ? qPrintable(QStringLiteral("; %1 dropped").arg(recorder.dropped()))
                                       : "");
    return Command::Success;
}

} // namespace

int RecordCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() +
        QStringLiteral(".\nStreams: binance !forceOrder@arr (at most one event per symbol per second: "
                       "an undercount), bybit allLiquidation.<symbol>, okx liquidation-orders.\n"
                       "The store covers exactly the time the stream was connected."));
    const QCommandLineOption optionsOption(
        QStringLiteral("options"), QStringLiteral("Poll option-chain snapshots (deribit, bybit) instead."));
    const QCommandLineOption everyOption(QStringLiteral("every"),
                                         QStringLiteral("Seconds between option snapshots (default 300)."),
                                         QStringLiteral("SECONDS"), QStringLiteral("300"));
    const QCommandLineOption durationOption(
        QStringLiteral("duration"), QStringLiteral("Stop after this many seconds (default: until Ctrl-C)."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption wsBaseOption(QStringLiteral("ws-base"),
                                          QStringLiteral("WebSocket base URL of the exchange's streams."),
                                          QStringLiteral("URL"));
    const QCommandLineOption apiBaseOption(
        QStringLiteral("api-base"),
        QStringLiteral("REST base URL (--options; okx contract values), NAME=URL."),
        QStringLiteral("NAME=URL"));
    const QCommandLineOption proxyOption(
        QStringLiteral("proxy"), QStringLiteral("Proxy URL (http or socks5)."), QStringLiteral("URL"));
    const QCommandLineOption bufferOption(
        QStringLiteral("buffer"),
        QStringLiteral("Liquidations kept in memory while the store is unavailable (default 1000000)."),
        QStringLiteral("EVENTS"));
    parser.addOptions(
        {optionsOption, everyOption, durationOption, wsBaseOption, apiBaseOption, proxyOption, bufferOption});
    CliOptions options(parser, CliOptions::Store | CliOptions::Series);
    if (const auto exit = options.parse(arguments))
        return *exit;
    const QString command = arguments[0];
    const QString exchange = options.exchange().toLower();
    const QString symbol = options.symbol().trimmed();
    if (symbol.isEmpty())
        return CliOptions::badArgument(command, QStringLiteral("--symbol: required, e.g. BTCUSDT"));
    bool ok = true;
    const int duration = parser.isSet(durationOption) ? parser.value(durationOption).toInt(&ok) : 0;
    if (!ok || duration < 0)
        return CliOptions::badArgument(
            command,
            QStringLiteral("--duration: '%1' is not a number of seconds").arg(parser.value(durationOption)));
    const int every = parser.value(everyOption).toInt(&ok);
    if (!ok || every < 10)
        return CliOptions::badArgument(command,
                                       QStringLiteral("--every: '%1' is not a number of seconds >= 10 "
                                                      "(Deribit allows about one instruments call per 10 s)")
                                           .arg(parser.value(everyOption)));
    const qlonglong buffer = parser.isSet(bufferOption) ? parser.value(bufferOption).toLongLong(&ok)
                                                        : qlonglong(LiquidationRecorder::defaultMaxBuffered);
    if (!ok || buffer < 1)
        return CliOptions::badArgument(
            command,
            QStringLiteral("--buffer: '%1' is not a number of events >= 1").arg(parser.value(bufferOption)));
    std::optional<QNetworkProxy> proxy;
    if (parser.isSet(proxyOption)) {
        proxy = proxyFrom(parser.value(proxyOption));
        if (!proxy)
            return CliOptions::badArgument(command,
                                           QStringLiteral("--proxy: '%1' is not an http:// or socks5:// URL")
                                               .arg(parser.value(proxyOption)));
    }

    Settings settings{command,
                      exchange,
                      symbol,
                      options.store(),
                      duration,
                      every,
                      parser.value(proxyOption),
                      proxy,
                      parser.values(apiBaseOption),
                      parser.value(wsBaseOption),
                      std::size_t(buffer)};
    g_stop = false;
    const auto previousInt = std::signal(SIGINT, onStopSignal);
    const auto previousTerm = std::signal(SIGTERM, onStopSignal);
    const auto restoreSignals = qScopeGuard([&] {
        std::signal(SIGINT, previousInt);
        std::signal(SIGTERM, previousTerm);
    });

    return parser.isSet(optionsOption) ? recordOptions(settings) : recordLiquidations(settings);
}

} // namespace cascade
