#pragma once

#include "market/Result.h"
#include "sources/FetchRequest.h"

#include <QDialog>
#include <QList>

#include <functional>
#include <vector>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;

namespace cascade {

// "Fetch data…": exchange, symbol, UTC time range (or a 24 h / 7 d / 30 d preset ending now),
// interval and the kinds of series. It only describes the fetch: accepting a valid form emits
// `requested`, and app/ runs it. What each exchange serves is handed in, so no network is needed.
class FetchDialog : public QDialog
{
    Q_OBJECT

public:
    struct Exchange
    {
        QString name;                  // "binance"
        QString label;                 // "Binance"
        std::vector<SeriesKind> kinds; // what it serves
        QString unavailable;           // why it cannot fetch right now (a missing key); empty if it can
    };
    enum class Preset { Day, Week, Month };
    using Clock = std::function<qint64()>;
    // A last look at a well-formed request (intervals the exchange offers, …): why not, or empty.
    using Checker = std::function<QString(const FetchRequest &)>;

    explicit FetchDialog(QList<Exchange> exchanges, QWidget *parent = nullptr);

    // Also restarts the range at the last 24 hours of the new clock.
    void setClock(Clock clock);
    void setChecker(Checker checker) { m_checker = std::move(checker); }
    void setSeries(const QString &exchange, const QString &symbol);
    void applyPreset(Preset preset);

    // The request the form describes, or what is wrong with it.
    Result<FetchRequest> request() const;
    QString errorText() const;

    // Emits `requested` and closes when the form is valid; otherwise says why and stays open.
    void accept() override;

signals:
    void requested(const cascade::FetchRequest &request);

private:
    QWidget *buildRangeRow();
    QWidget *buildKindsBox();
    void onExchangeChanged();
    void showError(const QString &message);
    std::vector<SeriesKind> checkedKinds() const;
    const Exchange *currentExchange() const;
    qint64 now() const;

    QList<Exchange> m_exchanges;
    Clock m_clock;
    Checker m_checker;
    QComboBox *m_exchange = nullptr;
    QLineEdit *m_symbol = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QComboBox *m_interval = nullptr;
    QCheckBox *m_candles = nullptr;
    QCheckBox *m_openInterest = nullptr;
    QCheckBox *m_ratios = nullptr;
    QCheckBox *m_liquidations = nullptr;
    QCheckBox *m_options = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace cascade
