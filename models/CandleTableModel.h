#pragma once

#include "market/Candle.h"
#include "market/Interval.h"

#include <QAbstractTableModel>

#include <vector>

namespace cascade {

// Adapts a vector of candles (one interval) for views and charts. Charts read candles() directly
// for speed; tables use the usual model interface.
class CandleTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Open, High, Low, Close, Volume, TakerBuyVolume, ColumnCount };
    // Raw values for charts: time in UTC ms (qint64), prices and volumes as double.
    static constexpr int RawValueRole = Qt::UserRole + 1;

    explicit CandleTableModel(QObject *parent = nullptr);

    void setCandles(std::vector<Candle> candles, Interval interval);
    const std::vector<Candle> &candles() const { return m_candles; }
    Interval interval() const { return m_interval; }
    // Index of the bar whose [openTime, openTime + interval) contains t, or -1.
    int rowAt(qint64 t) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Candle> m_candles;
    Interval m_interval;
};

} // namespace cascade
