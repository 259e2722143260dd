#include "AppController.h"

#include "analysis/CandleAggregator.h"
#include "BookmarkKeeper.h"
#include "BookmarkModel.h"
#include "DemoSession.h"
#include "PriceChartWidget.h"
#include "ReplayDocks.h"
#include "SessionRepository.h"
#include "store/StoreFactory.h"

#include <QApplication>
#include <QHash>

#include <utility>

namespace cascade {

AppController::AppController(const QString &storeLocation, QObject *parent)
    : QObject(parent)
    , m_storeLocation(storeLocation)
    , m_data([storeLocation] { return openStore(storeLocation); })
    , m_window(std::make_unique<MainWindow>(&m_session))
    , m_fetch(storeLocation, &m_settings, m_window.get())
    , m_export(m_window.get(), &m_session, &m_data, storeLocation)
    , m_import(m_window.get(), &m_data)
    , m_live(storeLocation)
{
    connect(&m_data, &DataService::seriesListed, this, &AppController::onSeriesListed);
    connect(&m_data, &DataService::sessionLoaded, this, &AppController::onSessionLoaded);
    connect(&m_data, &DataService::failed, this, &AppController::onFailed);
    connect(&m_data, &DataService::taskFinished, this, &AppController::onTaskFinished);
    connect(m_window.get(), &MainWindow::seriesSelected, this, &AppController::loadSeries);
    connect(m_window.get(), &MainWindow::fetchDataRequested, &m_fetch, &FetchController::openDialog);
    connect(m_window.get(), &MainWindow::settingsRequested, this, &AppController::openSettings);
    connect(&m_fetch, &FetchController::storeChanged, this, &AppController::onStoreChanged);
    connect(&m_live, &LiveFollower::changed, this, [this](const QString &exchange, const QString &symbol) {
        if (exchange != m_session.marketData().exchange || symbol != m_session.marketData().symbol)
            return;
        m_liveReload = true;
        m_quietReload = true;
        m_pendingLoad = m_data.loadSession(exchange, symbol);
    });
    connect(m_window.get(), &MainWindow::exportReportRequested, &m_export,
            &ExportController::openReportDialog);
    connect(m_window.get(), &MainWindow::exportImageRequested, &m_export, &ExportController::openImageDialog);
    connect(m_window.get(), &MainWindow::exportViewCsvRequested, &m_export, &ExportController::exportCsv);
    connect(m_window.get(), &MainWindow::copyImageRequested, &m_export, &ExportController::copyImage);
    connect(m_window.get(), &MainWindow::importRequested, &m_import, &ImportController::openImport);
    // Imported rows appear in the series list and, for the current series, in the session.
    connect(&m_import, &ImportController::storeChanged, this, [this] { onStoreChanged({}, {}, false); });
    connect(&m_settings, &Settings::changed, this, [this](const QString &path) {
        if (path == QLatin1String(Settings::theme.path))
            applyTheme();
    });
    connect(&m_session, &SessionModel::analysisParamsChanged, this, [this](const AnalysisParams &params) {
        m_settings.set(Settings::analysisParams, params.toJsonBytes());
    });
    connect(&m_session, &SessionModel::intervalChanged, this,
            [this](Interval interval) { m_settings.set(Settings::intervalMs, interval.ms()); });
    connect(qApp, &QApplication::aboutToQuit, this, &AppController::saveWindowState);
    // Replay bookmarks live beside the app's data, one file per exchange and symbol.
    auto *bookmarks = new BookmarkKeeper(m_window->replayDocks()->bookmarks(), &m_session,
                                         BookmarkKeeper::defaultFolder(), this);
    connect(bookmarks, &BookmarkKeeper::failed, m_window.get(), &MainWindow::showError);
}

AppController::~AppController() = default;

void AppController::start()
{
    // Parameters saved by an older Cascade that no longer validate fall back to the defaults.
    if (auto params = AnalysisParams::fromJsonBytes(m_settings.get(Settings::analysisParams)); params)
        m_session.setAnalysisParams(params.value());
    const bool restored = m_window->restoreGeometry(m_settings.get(Settings::windowGeometry));
    m_window->restoreState(m_settings.get(Settings::windowState));
    applyTheme();
    // First launch: the whole screen, as a charting workspace wants.
    if (restored)
        m_window->show();
    else
        m_window->showMaximized();
    m_window->showStatus(tr("Opening %1…").arg(m_storeLocation));
    m_pendingList = m_data.listSeries();
}

void AppController::applyTheme()
{
    const ChartTheme theme = ChartTheme::byName(m_settings.get(Settings::theme));
    theme.applyToApplication();
    m_window->applyTheme(theme);
}

SettingsDialog *AppController::openSettings()
{
    auto *dialog = new SettingsDialog(&m_settings, FetchController::endpoints(), m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void AppController::onStoreChanged(const QString &exchange, const QString &symbol, bool select)
{
    if (select) {
        m_settings.set(Settings::lastExchange, exchange);
        m_settings.set(Settings::lastSymbol, symbol);
    }
    // Listing picks the last series again and reloads it, so fetched rows appear in the session;
    // quietly, so the fetch's own outcome stays in the status bar.
    m_quietReload = true;
    m_pendingList = m_data.listSeries();
}

void AppController::onSeriesListed(quint64 id, const std::vector<SeriesInfo> &series)
{
    if (id != m_pendingList)
        return;
    QList<MainWindow::SeriesChoice> choices;
    QHash<QString, int> venues; // exchanges per symbol
    for (const SeriesInfo &info : series) {
        if (info.key.kind == SeriesKind::Candles) {
            choices.append({info.key.exchange, info.key.symbol});
            ++venues[info.key.symbol];
        }
    }
    // A symbol on several exchanges can also be read across all of them.
    for (auto it = venues.cbegin(); it != venues.cend(); ++it) {
        if (it.value() > 1)
            choices.append({SessionRepository::allExchanges, it.key()});
    }
    if (choices.isEmpty() && !m_demoChecked) {
        // First run: the store is empty, so the simulated session becomes the embedded default.
        m_demoChecked = true;
        m_window->showStatus(tr("Creating the simulated demo session…"));
        m_pendingDemo = m_data.run([](MarketStore &store) { return DemoSession::ensure(store); });
        return;
    }
    if (choices.isEmpty()) {
        m_window->showError(
            tr("The store %1 holds no candles. Fetch or import data first.").arg(m_storeLocation));
        return;
    }
    const QString lastExchange = m_settings.get(Settings::lastExchange);
    const QString lastSymbol = m_settings.get(Settings::lastSymbol);
    int current = 0;
    for (int i = 0; i < choices.size(); ++i) {
        if (choices[i].exchange == lastExchange && choices[i].symbol == lastSymbol)
            current = i;
    }
    m_window->setSeriesChoices(choices, current);
    loadSeries(choices[current].exchange, choices[current].symbol);
}

void AppController::onTaskFinished(quint64 id)
{
    if (id == m_pendingDemo)
        m_pendingList = m_data.listSeries();
}

void AppController::loadSeries(const QString &exchange, const QString &symbol)
{
    if (!m_quietReload)
        m_window->showStatus(tr("Loading %1 %2…").arg(exchange, symbol));
    m_pendingLoad = m_data.loadSession(exchange, symbol);
}

void AppController::onSessionLoaded(quint64 id, const MarketData &data)
{
    if (id != m_pendingLoad)
        return; // superseded by a later request
    m_settings.set(Settings::lastExchange, data.exchange);
    m_settings.set(Settings::lastSymbol, data.symbol);
    const bool live = std::exchange(m_liveReload, false);
    const TimeRange shown{m_window->priceChart()->visibleFrom(), m_window->priceChart()->visibleTo()};
    m_session.setMarketData(data);
    m_session.setInterval(Interval(m_settings.get(Settings::intervalMs)));
    if (live)
        m_window->priceChart()->setVisibleRange(shown.from, shown.to); // new bars arrive, the view stays
    else
        restoreVisibleRange();
    m_live.follow(data.exchange, data.symbol);
    if (!std::exchange(m_quietReload, false))
        m_window->showStatus(tr("Loaded %n candle(s)", nullptr, int(data.candles.size())));
}

void AppController::onFailed(quint64 id, const QString &message)
{
    Q_UNUSED(id);
    m_window->showError(message);
}

void AppController::restoreVisibleRange()
{
    if (std::exchange(m_rangeRestored, true))
        return;
    const TimeRange saved{m_settings.get(Settings::visibleFromMs), m_settings.get(Settings::visibleToMs)};
    // A range of another session (or from before a re-import) that shows none of this one is dropped.
    if (!saved.isEmpty() && saved.intersects(m_session.span()))
        m_window->priceChart()->setVisibleRange(saved.from, saved.to);
}

void AppController::saveWindowState()
{
    m_settings.set(Settings::windowGeometry, m_window->saveGeometry());
    m_settings.set(Settings::windowState, m_window->saveState());
    if (m_session.hasData()) {
        m_settings.set(Settings::visibleFromMs, m_window->priceChart()->visibleFrom());
        m_settings.set(Settings::visibleToMs, m_window->priceChart()->visibleTo());
    }
}

} // namespace cascade
