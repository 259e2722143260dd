#pragma once

#include "analysis/LiquidationBars.h"

#include <QAbstractTableModel>

#include <vector>

namespace cascade {

// Adapts realized liquidations per bar (long and short notional, counts, largest) for views and
// for the price chart's liquidation markers.
class LiquidationBarModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, LongUsd, ShortUsd, LongCount, ShortCount, LargestUsd, ColumnCount };
    static constexpr int RawValueRole = Qt::UserRole + 1;

    explicit LiquidationBarModel(QObject *parent = nullptr);

    void setBars(std::vector<BarLiquidations> bars);
    const std::vector<BarLiquidations> &bars() const { return m_bars; }
    // The bar opening exactly at openTime, or nullptr when none had liquidations.
    const BarLiquidations *barAt(qint64 openTime) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<BarLiquidations> m_bars;
};

} // namespace cascade
