#include "CandleTableModel.h"

#include "market/TimeFormat.h"

#include <QLocale>

#include <algorithm>

namespace cascade {

CandleTableModel::CandleTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void CandleTableModel::setCandles(std::vector<Candle> candles, Interval interval)
{
    beginResetModel();
    m_candles = std::move(candles);
    m_interval = interval;
    endResetModel();
}

int CandleTableModel::rowAt(qint64 t) const
{
    auto it = std::upper_bound(m_candles.begin(), m_candles.end(), t,
                               [](qint64 time, const Candle &c) { return time < c.openTime; });
    if (it == m_candles.begin())
        return -1;
    --it;
    if (t >= it->openTime + m_interval.ms())
        return -1;
    return int(it - m_candles.begin());
}

int CandleTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_candles.size());
}

int CandleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CandleTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Candle &c = m_candles[std::size_t(index.row())];
    if (role == RawValueRole) {
        switch (index.column()) {
        case Time: return QVariant::fromValue(c.openTime);
        case Open: return c.open;
        case High: return c.high;
        case Low: return c.low;
        case Close: return c.close;
        case Volume: return c.volume;
        case TakerBuyVolume: return c.takerBuyVolume;
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() == Time ? int(Qt::AlignLeft | Qt::AlignVCenter) : int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Time: return TimeFormat::shortUtc(c.openTime);
    case Open: return locale.toString(c.open, 'f', 1);
    case High: return locale.toString(c.high, 'f', 1);
    case Low: return locale.toString(c.low, 'f', 1);
    case Close: return locale.toString(c.close, 'f', 1);
    case Volume: return locale.toString(c.volume, 'f', 3);
    case TakerBuyVolume: return locale.toString(c.takerBuyVolume, 'f', 3);
    default: return {};
    }
}

QVariant CandleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time: return tr("Time (UTC)");
    case Open: return tr("Open");
    case High: return tr("High");
    case Low: return tr("Low");
    case Close: return tr("Close");
    case Volume: return tr("Volume");
    case TakerBuyVolume: return tr("Taker buy volume");
    default: return {};
    }
}

} // namespace cascade
