#include "LiquidationMapModel.h"

#include <QLocale>

namespace cascade {

LiquidationMapModel::LiquidationMapModel(QObject *parent) : QAbstractTableModel(parent) {}

void LiquidationMapModel::setMap(LiquidationMap map)
{
    beginResetModel();
    m_map = std::move(map);
    endResetModel();
}

int LiquidationMapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_map.grid.isValid() ? 0 : m_map.grid.count;
}

int LiquidationMapModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LiquidationMapModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const auto at = [row](const std::vector<double> &values) {
        return std::size_t(row) < values.size() ? values[std::size_t(row)] : 0.0;
    };
    double value = 0;
    switch (index.column()) {
    case PriceFrom: value = m_map.grid.from(row); break;
    case PriceTo: value = m_map.grid.to(row); break;
    case LongUsd: value = at(m_map.longTotal); break;
    case ShortUsd: value = at(m_map.shortTotal); break;
    case CumulativeLong: value = at(m_map.cumulativeLong); break;
    case CumulativeShort: value = at(m_map.cumulativeShort); break;
    default: return {};
    }
    if (role == RawValueRole)
        return value;
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::DisplayRole)
        return QLocale().toString(value, 'f', 0);
    return {};
}

QVariant LiquidationMapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PriceFrom: return tr("Price from");
    case PriceTo: return tr("Price to");
    case LongUsd: return tr("Long levels (USD)");
    case ShortUsd: return tr("Short levels (USD)");
    case CumulativeLong: return tr("Cumulative long (USD)");
    case CumulativeShort: return tr("Cumulative short (USD)");
    default: return {};
    }
}

} // namespace cascade
