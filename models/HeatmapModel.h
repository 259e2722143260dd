#pragma once

#include "analysis/HeatGrid.h"

#include <QAbstractTableModel>

namespace cascade {

// A heat grid for views: rows are price buckets (lowest first), columns are time buckets.
// DisplayRole and RawValueRole give the total notional of a cell; LongRole and ShortRole each side.
class HeatmapModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int RawValueRole = Qt::UserRole + 1;
    static constexpr int LongRole = Qt::UserRole + 2;
    static constexpr int ShortRole = Qt::UserRole + 3;

    explicit HeatmapModel(QObject *parent = nullptr);

    void setGrid(HeatGrid grid);
    const HeatGrid &grid() const { return m_grid; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    HeatGrid m_grid;
};

} // namespace cascade
