#include "sources/FetchJob.h"

#include "market/TimeFormat.h"
#include "sources/FetchPlanner.h"
#include "sources/PriceFill.h"

#include <QDateTime>

#include <deque>

namespace cascade {

FetchJob::FetchJob(const ExchangeProvider &provider, MarketStore &store, const RequestExecutor &executor)
    : m_provider(provider)
    , m_store(store)
    , m_executor(executor)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{}

QString FetchJob::where(const PageRequest &page) const
{
    if (ExchangeProvider::isSnapshot(page.key.kind))
        return m_provider.name() + u' ' + page.endpoint;
    return QStringLiteral("%1 %2 [%3, %4)")
        .arg(m_provider.name(), page.endpoint, TimeFormat::isoUtc(page.window.from),
             TimeFormat::isoUtc(page.window.to));
}

Result<PageData> FetchJob::fetchPage(const PageRequest &page, const std::atomic_bool *cancel,
                                     qint64 now) const
{
    const auto response = m_executor.execute(page.http, page.weight, cancel);
    if (!response)
        return Result<PageData>::failure(m_provider.name() + QStringLiteral(": ") + response.error());
    auto data = m_provider.parse(page, response->body, now);
    const int status = response->status;
    if (status < 200 || status >= 300) {
        // The body of an HTTP error usually is the exchange's error object: its message is the reason.
        const QString reason =
            data ? QStringLiteral("%1 %2: unexpected body").arg(m_provider.name(), page.endpoint)
                 : data.error();
        return Result<PageData>::failure(QStringLiteral("HTTP %1: %2").arg(status).arg(reason));
    }
    return data;
}

Status FetchJob::fillPrices(const PageRequest &page, PageData &data, QStringList &notes) const
{
    PriceFill fill(m_store);
    if (page.key.kind == SeriesKind::Liquidations)
        return fill.liquidationPrices(page.key, page.step, data.liquidations);
    if (page.key.kind != SeriesKind::OpenInterest || data.openInterest.empty())
        return {};
    const auto unfilled = fill.openInterestUsd(page.key, data.openInterest);
    if (!unfilled)
        return Status::failure(unfilled.error());
    if (*unfilled > 0) {
        notes << QStringLiteral("%1: %2 open-interest points stored without a USD value (%1 sends base units "
                                "only; fetch candles with them to have it)")
                     .arg(where(page))
                     .arg(*unfilled);
    }
    return {};
}

Status FetchJob::write(const PageRequest &page, const PageData &data) const
{
    const QString source = m_provider.name() + u' ' + page.endpoint;
    if (m_sink)
        return m_sink(page, data, source);
    switch (page.key.kind) {
    case SeriesKind::Candles:
        return m_store.writeCandles(page.key, page.step, data.candles, data.covered, source);
    case SeriesKind::OpenInterest:
        return m_store.writeOpenInterest(page.key, data.openInterest, data.covered, source);
    case SeriesKind::Liquidations:
        return m_store.writeLiquidations(page.key, data.liquidations, data.covered, source);
    case SeriesKind::Options:
        return m_store.writeOptionSnapshot(page.key, data.options, source);
    default:
        return m_store.writeRatios(page.key, data.ratios, data.covered, source);
    }
}

Result<FetchJob::Outcome> FetchJob::run(const FetchRequest &request, const std::atomic_bool *cancel,
                                        const ProgressCallback &progress)
{
    const qint64 now = m_clock();
    const auto plan = FetchPlanner::plan(m_provider, m_store, request, now);
    if (!plan)
        return Result<Outcome>::failure(plan.error());

    Outcome outcome;
    outcome.notes = plan->notes;
    std::deque<PageRequest> queue(plan->pages.begin(), plan->pages.end());
    FetchProgress state;
    int stored = 0;
    state.requestsPlanned = int(queue.size());
    if (progress)
        progress(state);
    while (!queue.empty()) {
        const PageRequest page = queue.front();
        queue.pop_front();
        const auto resumeNote = [&] {
            return stored > 0
                       ? QStringLiteral(" (%1 earlier pages are stored; the next fetch resumes after them)")
                             .arg(stored)
                       : QString();
        };
        if (cancel && cancel->load())
            return Result<Outcome>::failure(QStringLiteral("fetch cancelled") + resumeNote());
        state.current = where(page);
        auto data = fetchPage(page, cancel, now);
        if (!data)
            return Result<Outcome>::failure(where(page) + QStringLiteral(": ") + data.error() + resumeNote());
        if (const Status filled = fillPrices(page, data.value(), outcome.notes); !filled)
            return Result<Outcome>::failure(where(page) + QStringLiteral(": ") + filled.error() +
                                            resumeNote());
        if (data->next) {
            queue.push_front(*data->next);
            ++state.requestsPlanned;
        }
        ++outcome.requests;
        ++state.requestsDone;
        if (data->rowCount() == 0 && page.key.kind != SeriesKind::Liquidations) {
            // An empty answer proves nothing (before listing, beyond retention, wrong symbol):
            // the window stays uncovered and is asked again next time.
            outcome.notes << where(page) + QStringLiteral(": empty page, nothing stored");
        } else if (data->rowCount() > 0 || !data->covered.isEmpty()) {
            const Status written = write(page, *data);
            if (!written)
                return Result<Outcome>::failure(where(page) + QStringLiteral(": store: ") + written.error() +
                                                resumeNote());
            ++stored;
        }
        outcome.rows += qint64(data->rowCount());
        state.rowsReceived = outcome.rows;
        if (progress)
            progress(state);
    }
    return outcome;
}

} // namespace cascade
