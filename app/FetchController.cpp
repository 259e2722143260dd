#include "FetchController.h"

#include "FetchProgressBar.h"
#include "MainWindow.h"
#include "Settings.h"
#include "sources/ProviderRegistry.h"

#include <QLocale>

namespace cascade {

FetchController::FetchController(const QString &storeLocation, Settings *settings, MainWindow *window,
                                 QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_window(window)
    , m_service(storeLocation)
{
    connect(&m_service, &FetchService::progress, this, &FetchController::onProgress);
    connect(&m_service, &FetchService::finished, this, &FetchController::onFinished);
    connect(m_window->fetchProgress(), &FetchProgressBar::cancelRequested, this, &FetchController::cancel);
}

QString FetchController::label(const QString &exchange)
{
    static const QHash<QString, QString> labels = {
        {QStringLiteral("binance"), QStringLiteral("Binance")},
        {QStringLiteral("bybit"), QStringLiteral("Bybit")},
        {QStringLiteral("okx"), QStringLiteral("OKX")},
        {QStringLiteral("deribit"), QStringLiteral("Deribit")},
        {QStringLiteral("coinglass"), QStringLiteral("CoinGlass")}};
    return labels.value(exchange, exchange);
}

QList<FetchDialog::Exchange> FetchController::exchanges(const Settings &settings)
{
    QList<FetchDialog::Exchange> out;
    for (const QString &name : ProviderRegistry::names()) {
        const auto provider = ProviderRegistry::create(name);
        FetchDialog::Exchange exchange{name, label(name), provider->kinds(), {}};
        if (name == QLatin1String("coinglass") && settings.coinGlassKey().isEmpty())
            exchange.unavailable = tr("CoinGlass needs an API key: enter it under Edit › Settings….");
        out.append(exchange);
    }
    return out;
}

QList<SettingsDialog::Endpoint> FetchController::endpoints()
{
    QList<SettingsDialog::Endpoint> out;
    for (const QString &name : ProviderRegistry::names())
        out.append({name, label(name), ProviderRegistry::create(name)->defaultBaseUrl()});
    return out;
}

QString FetchController::check(const FetchRequest &request)
{
    const auto provider = ProviderRegistry::create(request.exchange);
    if (!provider)
        return tr("Unknown exchange '%1'.").arg(request.exchange);
    for (const SeriesKind kind : request.kinds) {
        if (const auto step = provider->step(kind, request.interval); !step)
            return step.error();
    }
    return {};
}

FetchDialog *FetchController::openDialog()
{
    auto *dialog = new FetchDialog(exchanges(*m_settings), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setChecker(&FetchController::check);
    const QString exchange = m_settings->get(Settings::lastExchange);
    const bool known = ProviderRegistry::names().contains(exchange); // not "simulated"
    dialog->setSeries(known ? exchange : QStringLiteral("binance"),
                      known ? m_settings->get(Settings::lastSymbol) : QStringLiteral("BTCUSDT"));
    connect(dialog, &FetchDialog::requested, this, &FetchController::start);
    dialog->open();
    return dialog;
}

int FetchController::start(FetchRequest request)
{
    for (const QString &name : ProviderRegistry::names())
        m_service.setApiBase(name, m_settings->apiBase(name)); // empty: the provider's default
    m_service.setProxy(m_settings->get(Settings::proxyUrl));
    request.apiKey = m_settings->coinGlassKey();
    m_request = request;
    m_cancelled = false;
    m_window->fetchProgress()->begin(QStringLiteral("%1 %2").arg(label(request.exchange), request.symbol));
    m_window->showStatus(tr("Fetching %1 %2…").arg(label(request.exchange), request.symbol));
    m_job = m_service.start(request);
    return m_job;
}

void FetchController::cancel()
{
    m_cancelled = true;
    m_service.cancel();
}

void FetchController::onProgress(int job, const FetchProgress &progress)
{
    if (job == m_job)
        m_window->fetchProgress()->setProgress(progress);
}

void FetchController::onFinished(int job, bool ok, const QString &message, int requests, qint64 rows)
{
    if (job != m_job)
        return; // a superseded fetch
    m_window->fetchProgress()->end();
    const auto provider = ProviderRegistry::create(m_request.exchange);
    const QString symbol =
        provider ? provider->storeSymbol(m_request.symbol, SeriesKind::Candles) : m_request.symbol;
    const bool candles = std::find(m_request.kinds.begin(), m_request.kinds.end(), SeriesKind::Candles) !=
                         m_request.kinds.end();
    if (ok) {
        //: %3 is "N request(s)", %4 is "N row(s)"
        QString status =
            tr("Fetched %1 %2: %3, %4")
                .arg(label(m_request.exchange), m_request.symbol, tr("%Ln request(s)", nullptr, requests),
                     tr("%Ln row(s)", nullptr, int(std::min<qint64>(rows, INT_MAX))));
        if (!message.isEmpty())
            status += QStringLiteral(" (") + QString(message).replace(u'\n', QStringLiteral("; ")) + u')';
        m_window->showStatus(status);
    } else if (m_cancelled) {
        // Asked for, so not an error; the page in flight is dropped, whole pages stay stored.
        m_window->showStatus(tr("Fetch of %1 %2 cancelled; the pages fetched before stay stored.")
                                 .arg(label(m_request.exchange), m_request.symbol));
    } else {
        m_window->showError(tr("Fetch from %1 failed: %2").arg(label(m_request.exchange), message));
    }
    emit storeChanged(m_request.exchange, symbol, ok && candles);
}

} // namespace cascade
