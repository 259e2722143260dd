#pragma once

#include "ChartTheme.h"

#include <QMainWindow>

class QComboBox;
class QLabel;
class QTableView;

namespace cascade {

class ErrorBanner;
class FetchProgressBar;
class PriceChartWidget;
class ReplayDocks;
class SessionModel;
class WorkspaceDocks;

// The main window: toolbar pickers, the price chart in the centre, panels in docks. It adapts
// the session model and asks for data through signals; app/ decides where data comes from.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    struct SeriesChoice
    {
        QString exchange;
        QString symbol;
    };

    explicit MainWindow(SessionModel *session, QWidget *parent = nullptr);

    void setSeriesChoices(const QList<SeriesChoice> &choices, int current);
    void showError(const QString &message);
    void showStatus(const QString &message);
    void applyTheme(const ChartTheme &theme);

    PriceChartWidget *priceChart() const { return m_priceChart; }
    ErrorBanner *errorBanner() const { return m_banner; }
    ReplayDocks *replayDocks() const { return m_replay; }
    // Shown in the status bar while a fetch runs; app/ feeds it and hears its Cancel.
    FetchProgressBar *fetchProgress() const { return m_fetchProgress; }

signals:
    void seriesSelected(const QString &exchange, const QString &symbol);
    void fetchDataRequested();
    void settingsRequested();
    void importRequested();
    void exportReportRequested();
    void exportImageRequested();
    void exportViewCsvRequested(const QString &kind);
    void copyImageRequested();

private:
    void buildToolbar();
    void buildMenus();
    void buildLiquidationDock();
    void onSessionChanged();
    void onIntervalPicked(int index);
    void jumpToLiquidationRow(const QModelIndex &index);

    SessionModel *m_session = nullptr;
    PriceChartWidget *m_priceChart = nullptr;
    WorkspaceDocks *m_docks = nullptr;
    ReplayDocks *m_replay = nullptr;
    ErrorBanner *m_banner = nullptr;
    FetchProgressBar *m_fetchProgress = nullptr;
    QComboBox *m_seriesPicker = nullptr;
    QComboBox *m_intervalPicker = nullptr;
    QLabel *m_sessionLabel = nullptr;
    QLabel *m_simulatedBadge = nullptr;
    QTableView *m_liquidationTable = nullptr;
    QList<SeriesChoice> m_choices;
};

} // namespace cascade
