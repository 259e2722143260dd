#include "ImbalanceModel.h"

#include "analysis/LongShortImbalance.h"
#include "market/TimeFormat.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace cascade {

ImbalanceModel::ImbalanceModel(QObject *parent) : QAbstractTableModel(parent) {}

void ImbalanceModel::setRows(std::vector<ImbalanceRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

ImbalanceRow ImbalanceModel::combined(qint64 from, qint64 to) const
{
    ImbalanceRow total;
    total.time = from;
    total.end = to;
    auto first = std::lower_bound(m_rows.begin(), m_rows.end(), from,
                                  [](const ImbalanceRow &r, qint64 t) { return r.time < t; });
    for (auto it = first; it != m_rows.end() && it->time < to; ++it) {
        total.longUsd += it->longUsd;
        total.shortUsd += it->shortUsd;
        total.longCount += it->longCount;
        total.shortCount += it->shortCount;
    }
    LongShortImbalance::classify(total);
    return total;
}

QString ImbalanceModel::describe(const ImbalanceRow &row)
{
    const QLocale locale;
    switch (row.state) {
    case ImbalanceState::None: return tr("no liquidations");
    case ImbalanceState::AllLong: return tr("all long");
    case ImbalanceState::AllShort: return tr("all short");
    case ImbalanceState::Ratio:
        return tr("%1% long · imbalance %2%")
            .arg(locale.toString(row.longSharePct, 'f', 1), locale.toString(row.imbalancePct, 'f', 0));
    }
    return {};
}

int ImbalanceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImbalanceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImbalanceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImbalanceRow &row = m_rows[std::size_t(index.row())];
    if (index.column() == Time) {
        if (role == RawValueRole)
            return QVariant::fromValue(row.time);
        return role == Qt::DisplayRole ? QVariant(TimeFormat::shortUtc(row.time)) : QVariant();
    }
    double value = 0;
    int decimals = 0;
    switch (index.column()) {
    case LongUsd: value = row.longUsd; break;
    case ShortUsd: value = row.shortUsd; break;
    case LongShare: value = row.longSharePct; decimals = 1; break;
    case Imbalance: value = row.imbalancePct; break;
    case AccountRatio: value = row.accountRatio; decimals = 2; break;
    case TakerRatio: value = row.takerRatio; decimals = 2; break;
    case OpenInterest: value = row.openInterestUsd; break;
    default: return {};
    }
    if (role == RawValueRole)
        return value;
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    if (index.column() == Imbalance && row.state == ImbalanceState::AllLong)
        return tr("all long");
    return std::isfinite(value) ? QLocale().toString(value, 'f', decimals) : QString();
}

QVariant ImbalanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time: return tr("Time (UTC)");
    case LongUsd: return tr("Longs liquidated (USD)");
    case ShortUsd: return tr("Shorts liquidated (USD)");
    case LongShare: return tr("Long share (%)");
    case Imbalance: return tr("Imbalance (%)");
    case AccountRatio: return tr("Long/short accounts");
    case TakerRatio: return tr("Taker buy/sell");
    case OpenInterest: return tr("Open interest (USD)");
    default: return {};
    }
}

} // namespace cascade
