#pragma once

#include "analysis/LiquidationMap.h"

#include <QAbstractTableModel>

namespace cascade {

// The estimated liquidation map at one moment, one row per price bucket (lowest first): open long
// and short notional and the cumulative curves, for the map panel and tables.
class LiquidationMapModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { PriceFrom, PriceTo, LongUsd, ShortUsd, CumulativeLong, CumulativeShort, ColumnCount };
    static constexpr int RawValueRole = Qt::UserRole + 1;

    explicit LiquidationMapModel(QObject *parent = nullptr);

    void setMap(LiquidationMap map);
    const LiquidationMap &map() const { return m_map; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    LiquidationMap m_map;
};

} // namespace cascade
