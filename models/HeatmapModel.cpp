#include "HeatmapModel.h"

#include "market/TimeFormat.h"

#include <QLocale>

namespace cascade {

HeatmapModel::HeatmapModel(QObject *parent) : QAbstractTableModel(parent) {}

void HeatmapModel::setGrid(HeatGrid grid)
{
    beginResetModel();
    m_grid = std::move(grid);
    endResetModel();
}

int HeatmapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_grid.isEmpty() ? 0 : m_grid.prices.count;
}

int HeatmapModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_grid.isEmpty() ? 0 : m_grid.columns;
}

QVariant HeatmapModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const std::size_t cell = m_grid.at(index.column(), index.row());
    switch (role) {
    case LongRole: return double(m_grid.longUsd[cell]);
    case ShortRole: return double(m_grid.shortUsd[cell]);
    case RawValueRole: return m_grid.totalUsd(index.column(), index.row());
    case Qt::DisplayRole: return QLocale().toString(m_grid.totalUsd(index.column(), index.row()), 'f', 0);
    default: return {};
    }
}

QVariant HeatmapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || m_grid.isEmpty())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal)
        return TimeFormat::shortUtc(m_grid.timeOrigin + qint64(section) * m_grid.interval.ms());
    return QLocale().toString(m_grid.prices.from(section), 'f', 0);
}

} // namespace cascade
