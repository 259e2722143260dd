#include "RecordCommand.h"

#include "CliOptions.h"
#include "market/TimeFormat.h"
#include "RecorderLog.h"
#include "sources/CurlGlobal.h"
#include "sources/ExchangeProvider.h"
#include "sources/FetchJob.h"
#include "sources/LiquidationRecorder.h"
#include "sources/LiquidationStream.h"
#include "sources/OkxParser.h"
#include "sources/OkxProvider.h"
#include "sources/OptionSnapshotRecorder.h"
#include "sources/ProviderRegistry.h"
#include "store/StoreFactory.h"
#include "StoreLocation.h"

#include <QDateTime>
#include <QEventLoop>
#include <QNetworkProxy>
#include <QTimer>
#include <QUrl>

#include <algorithm>
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
    std::size_t buffer = BufferedRecorder::defaultMaxBuffered;
};

// --options: one chain snapshot now, then every `every` seconds; a failed poll is reported and
// the next one tries again. Snapshots wait in memory while the store is away (see
// OptionSnapshotRecorder): a poll never depends on the store.
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
    OptionSnapshotRecorder recorder(*store.value(), s.buffer);
    RecorderLog log(recorder, s.command, QStringLiteral("option quotes"));
    FetchJob job(*provider, *store.value(), executor);
    OptionSnapshotRecorder::Snapshot taken;
    job.setPageSink([&taken](const PageRequest &page, const PageData &data, const QString &source) {
        taken.key = page.key;
        taken.source = source;
        taken.quotes.insert(taken.quotes.end(), data.options.begin(), data.options.end());
        return Status();
    });
    FetchRequest request;
    request.exchange = s.exchange;
    request.symbol = s.symbol;
    request.kinds = {SeriesKind::Options};
    const auto flush = [&] {
        recorder.flush(now());
        log.report(now());
    };
    int snapshots = 0;
    const auto poll = [&] {
        taken = {};
        const auto outcome = job.run(request, &g_stop);
        if (!outcome) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(s.command), qPrintable(outcome.error()));
            return; // the next poll tries again; what is kept stays
        }
        for (const QString &note : outcome->notes)
            std::fprintf(stderr, "%s: %s\n", qPrintable(s.command), qPrintable(note));
        if (taken.quotes.empty())
            return;
        ++snapshots;
        const std::size_t quotes = taken.quotes.size();
        const QString at = TimeFormat::isoUtc(taken.quotes.front().snapshotTime);
        if (!recorder.add(std::move(taken))) {
            std::fprintf(stderr,
                         "%s: snapshot %d (%zu quotes at %s) dropped: %zu option quotes are waiting for the "
                         "store and at most %zu fit (--buffer)\n",
                         qPrintable(s.command), snapshots, quotes, qPrintable(at), recorder.buffered(),
                         recorder.maxBuffered());
            return;
        }
        flush();
        if (recorder.bufferedSnapshots() == 0)
            std::fprintf(stderr, "%s: snapshot %d: %zu quotes at %s stored\n", qPrintable(s.command),
                         snapshots, quotes, qPrintable(at));
        else
            std::fprintf(
                stderr, "%s: snapshot %d: %zu quotes at %s kept in memory (snapshots waiting: %zu)\n",
                qPrintable(s.command), snapshots, quotes, qPrintable(at), recorder.bufferedSnapshots());
    };
    QEventLoop loop;
    QObject owner;
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, &owner, poll);
    timer.start(s.every * 1000);
    QTimer::singleShot(0, &owner, poll);
    QTimer retry; // tries again as the backoff allows, between polls too
    QObject::connect(&retry, &QTimer::timeout, &owner, flush);
    retry.start(1000);
    stopWhenDone(loop, s.duration, &owner);
    loop.exec();
    // One last try whatever the backoff says: this is the snapshots' last chance.
    const Status last = recorder.flush(now(), true);
    log.report(now());
    if (!last)
        return CliOptions::failure(s.command,
                                   QStringLiteral("%1 option snapshots lost: ")
                                           .arg(recorder.bufferedSnapshots() + recorder.droppedSnapshots()) +
                                       log.lost(last));
    const QString dropped =
        recorder.droppedSnapshots() > 0
            ? QStringLiteral("; %1 snapshots (%2 quotes) were dropped while the buffer was full")
                  .arg(recorder.droppedSnapshots())
                  .arg(recorder.dropped())
            : QString();
    std::printf("%s %s: %lld option snapshots (%lld quotes) stored in %s%s\n", qPrintable(s.exchange),
                qPrintable(s.symbol), qlonglong(recorder.writtenSnapshots()), qlonglong(recorder.written()),
                qPrintable(store.value()->location()), qPrintable(dropped));
    return recorder.writtenSnapshots() > 0 ? Command::Success : Command::Failure;
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
    RecorderLog log(recorder, s.command, QStringLiteral("liquidations"));
    QTimer flushTimer;
    QObject::connect(&flushTimer, &QTimer::timeout, &stream, [&] {
        recorder.flush(now());
        log.report(now());
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
    const Status last = recorder.flush(now(), true);
    log.report(now());
    if (!last)
        return CliOptions::failure(s.command, log.lost(last));
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
    const QCommandLineOption everyOption(
        QStringLiteral("every"),
        QStringLiteral(
            "Seconds between option snapshots (default 300; at least 10, or 1 from an --api-base)."),
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
        QStringLiteral("Liquidations (with --options: option quotes) kept in memory while the store is "
                       "unavailable (default 1000000)."),
        QStringLiteral("ROWS"));
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
    // The floor spares the exchange (Deribit allows about one instruments call per 10 s); a
    // server of the desk's own given by --api-base (a relay, a test) sets its own limits.
    const QStringList apiBases = parser.values(apiBaseOption);
    const bool ownServer = std::any_of(apiBases.begin(), apiBases.end(),
                                       [&](const QString &base) { return base.startsWith(exchange + u'='); });
    const int minEvery = ownServer ? 1 : 10;
    const int every = parser.value(everyOption).toInt(&ok);
    if (!ok || every < minEvery)
        return CliOptions::badArgument(command,
                                       QStringLiteral("--every: '%1' is not a number of seconds >= %2 "
                                                      "(Deribit allows about one instruments call per 10 s; "
                                                      "from an --api-base of your own, 1 s is the least)")
                                           .arg(parser.value(everyOption))
                                           .arg(minEvery));
    const qlonglong buffer = parser.isSet(bufferOption) ? parser.value(bufferOption).toLongLong(&ok)
                                                        : qlonglong(BufferedRecorder::defaultMaxBuffered);
    if (!ok || buffer < 1)
        return CliOptions::badArgument(
            command,
            QStringLiteral("--buffer: '%1' is not a number of rows >= 1").arg(parser.value(bufferOption)));
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
