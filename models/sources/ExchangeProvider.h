#pragma once

#include "market/Result.h"
#include "sources/FetchRequest.h"
#include "sources/PageData.h"
#include "sources/PageRequest.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>
#include <vector>

namespace cascade {

// One exchange: its URLs, symbol and interval names, paging and limits. Parsing is delegated
// to the exchange's parser; storing and coverage to FetchPlanner and FetchJob. Adding an
// exchange is one provider, one parser and one line in ProviderRegistry.
class ExchangeProvider
{
public:
    struct Budget
    {
        double capacity = 10; // weight units per window
        qint64 windowMs = 1000;
    };

    virtual ~ExchangeProvider() = default;

    virtual QString name() const = 0;
    virtual QString defaultBaseUrl() const = 0;
    virtual Budget budget() const = 0;
    virtual std::vector<SeriesKind> kinds() const = 0;
    bool supports(SeriesKind kind) const;
    // Options are chain snapshots taken now, not history over a range.
    static bool isSnapshot(SeriesKind kind) { return kind == SeriesKind::Options; }

    // How far back the exchange keeps a series (0: no limit known).
    virtual qint64 historyLimitMs(SeriesKind) const { return 0; }
    // Bar length or sampling period used for `kind` when the analyst asked for `requested`.
    virtual Result<Interval> step(SeriesKind kind, Interval requested) const = 0;
    // The symbol the store keys the series by.
    virtual QString storeSymbol(const QString &symbol, SeriesKind kind) const;

    // Requests covering `gap` (aligned to `step`; ignored for snapshots).
    virtual Result<std::vector<PageRequest>> pages(const FetchRequest &request, SeriesKind kind,
                                                   const TimeRange &gap, Interval step) const = 0;
    // Rows of one response body, clipped to the page's window.
    virtual Result<PageData> parse(const PageRequest &page, const QByteArray &body, qint64 now) const = 0;

    QString baseUrl() const { return m_baseUrl.isEmpty() ? defaultBaseUrl() : m_baseUrl; }
    void setBaseUrl(const QString &url) { m_baseUrl = url; }

    // "BTCUSDT", "BTC-USDT-SWAP", "BTC-PERPETUAL" -> "BTC".
    static QString baseCoin(const QString &symbol);

protected:
    using Query = QList<QPair<QString, QString>>;
    HttpRequest get(const QString &path, const Query &query) const;
    // Splits an aligned gap into windows of at most `rows` steps.
    static std::vector<TimeRange> windows(const TimeRange &gap, Interval step, int rows);
    static PageRequest page(const SeriesKey &key, Interval step, const TimeRange &window, HttpRequest http,
                            double weight, const QString &endpoint);
    template<typename Row>
    static void keepWithin(std::vector<Row> &rows, const TimeRange &window, qint64 Row::*time)
    {
        std::erase_if(rows, [&](const Row &row) { return !window.contains(row.*time); });
    }

private:
    QString m_baseUrl;
};

} // namespace cascade
