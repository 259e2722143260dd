#include "LiquidationBarModel.h"

#include "market/TimeFormat.h"

#include <QLocale>

#include <algorithm>

namespace cascade {

LiquidationBarModel::LiquidationBarModel(QObject *parent) : QAbstractTableModel(parent) {}

void LiquidationBarModel::setBars(std::vector<BarLiquidations> bars)
{
    beginResetModel();
    m_bars = std::move(bars);
    endResetModel();
}

const BarLiquidations *LiquidationBarModel::barAt(qint64 openTime) const
{
    auto it = std::lower_bound(m_bars.begin(), m_bars.end(), openTime,
                               [](const BarLiquidations &b, qint64 t) { return b.openTime < t; });
    if (it == m_bars.end() || it->openTime != openTime)
        return nullptr;
    return &*it;
}

int LiquidationBarModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_bars.size());
}

int LiquidationBarModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LiquidationBarModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BarLiquidations &bar = m_bars[std::size_t(index.row())];
    if (role == RawValueRole) {
        switch (index.column()) {
        case Time: return QVariant::fromValue(bar.openTime);
        case LongUsd: return bar.longUsd;
        case ShortUsd: return bar.shortUsd;
        case LongCount: return bar.longCount;
        case ShortCount: return bar.shortCount;
        case LargestUsd: return bar.largestUsd;
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() == Time ? int(Qt::AlignLeft | Qt::AlignVCenter) : int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Time: return TimeFormat::shortUtc(bar.openTime);
    case LongUsd: return locale.toString(bar.longUsd, 'f', 0);
    case ShortUsd: return locale.toString(bar.shortUsd, 'f', 0);
    case LongCount: return bar.longCount;
    case ShortCount: return bar.shortCount;
    case LargestUsd: return locale.toString(bar.largestUsd, 'f', 0);
    default: return {};
    }
}

QVariant LiquidationBarModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time: return tr("Time (UTC)");
    case LongUsd: return tr("Longs liquidated (USD)");
    case ShortUsd: return tr("Shorts liquidated (USD)");
    case LongCount: return tr("Long events");
    case ShortCount: return tr("Short events");
    case LargestUsd: return tr("Largest (USD)");
    default: return {};
    }
}

} // namespace cascade
