// Child process of tst_store_crash: does one piece of store work until it finishes or is killed.
//   store_crash_helper [import] STORE FILE...          cascade import of each file
//   store_crash_helper fetch STORE EXCHANGE BASE FROM TO   1-minute candles, as cascade fetch
//   store_crash_helper export STORE EXCHANGE SYMBOL OUT.csv
// With CASCADE_FSIZE_LIMIT=BYTES no file may grow past BYTES (RLIMIT_FSIZE, SIGXFSZ ignored):
// writes fail as on a full disk.
#include "sources/CurlGlobal.h"
#include "sources/FetchJob.h"
#include "sources/ProviderRegistry.h"
#include "store/Importer.h"
#include "store/SeriesCsvWriter.h"
#include "store/SqliteMarketStore.h"

#include <QCoreApplication>

#include <csignal>
#include <cstdio>

#include <sys/resource.h>

using namespace cascade;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}

void limitFileSize()
{
    const qint64 limit = qEnvironmentVariableIntValue("CASCADE_FSIZE_LIMIT");
    if (limit <= 0)
        return;
    std::signal(SIGXFSZ, SIG_IGN); // write() then fails with EFBIG instead of killing us
    const rlimit size{rlim_t(limit), rlim_t(limit)};
    setrlimit(RLIMIT_FSIZE, &size);
}

int import(MarketStore &store, const QStringList &files)
{
    Importer importer(store);
    for (const QString &file : files) {
        const auto summary = importer.importFile(file);
        if (!summary)
            return fail(summary.error());
    }
    return 0;
}

int fetch(MarketStore &store, const QStringList &args)
{
    CurlGlobal curl;
    auto provider = ProviderRegistry::create(args.value(0));
    if (!provider || args.size() < 4)
        return fail(QStringLiteral("usage: fetch STORE EXCHANGE BASE FROM TO"));
    provider->setBaseUrl(args[1]);
    RetryPolicy::Options retry;
    retry.maxAttempts = 2;
    retry.baseDelayMs = 10;
    const RequestExecutor executor(HttpClient(), RetryPolicy(retry),
                                   std::make_shared<RateLimiter>(10000, 1000));
    FetchRequest request;
    request.exchange = args[0];
    request.symbol = QStringLiteral("BTCUSDT");
    request.range = {args[2].toLongLong(), args[3].toLongLong()};
    FetchJob job(*provider, store, executor);
    job.setClock([&] { return request.range.to + 86'400'000; });
    const auto outcome = job.run(request, nullptr);
    return outcome ? 0 : fail(outcome.error());
}

int exportCandles(MarketStore &store, const QStringList &args)
{
    if (args.size() < 3)
        return fail(QStringLiteral("usage: export STORE EXCHANGE SYMBOL OUT.csv"));
    const auto candles = store.candles({args[0], args[1], SeriesKind::Candles}, {0, 4'000'000'000'000});
    if (!candles)
        return fail(candles.error());
    const Status written =
        SeriesCsvWriter::writeCandles(args[2], args[0], args[1], *candles, Interval::minutes(1));
    return written ? 0 : fail(written.error());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString mode = QStringLiteral("import");
    if (!args.isEmpty() && (args[0] == QLatin1String("import") || args[0] == QLatin1String("fetch") ||
                            args[0] == QLatin1String("export")))
        mode = args.takeFirst();
    if (args.size() < 2)
        return fail(QStringLiteral("usage: store_crash_helper [import|fetch|export] STORE ..."));
    limitFileSize();
    auto store = SqliteMarketStore::open(args.takeFirst());
    if (!store)
        return fail(store.error());
    if (mode == QLatin1String("fetch"))
        return fetch(*store.value(), args);
    if (mode == QLatin1String("export"))
        return exportCandles(*store.value(), args);
    return import(*store.value(), args);
}
