#include "OptionsStrikeModel.h"

#include <QLocale>

namespace cascade {

OptionsStrikeModel::OptionsStrikeModel(QObject *parent) : QAbstractTableModel(parent) {}

void OptionsStrikeModel::setReport(OptionsReport report)
{
    beginResetModel();
    m_report = std::move(report);
    selectRows();
    endResetModel();
}

void OptionsStrikeModel::setExpiry(qint64 expiry)
{
    beginResetModel();
    m_expiry = expiry;
    selectRows();
    endResetModel();
}

void OptionsStrikeModel::selectRows()
{
    if (m_expiry == StrikeOpenInterest::allExpiries) {
        m_rows = m_report.byStrike;
        return;
    }
    m_rows.clear();
    for (const StrikeOpenInterest &row : m_report.byExpiryAndStrike) {
        if (row.expiry == m_expiry)
            m_rows.push_back(row);
    }
}

int OptionsStrikeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OptionsStrikeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OptionsStrikeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StrikeOpenInterest &row = m_rows[std::size_t(index.row())];
    double value = 0;
    switch (index.column()) {
    case Strike: value = row.strike; break;
    case PutOi: value = row.putOi; break;
    case CallOi: value = row.callOi; break;
    case PutUsd: value = row.putUsd; break;
    case CallUsd: value = row.callUsd; break;
    default: return {};
    }
    if (role == RawValueRole)
        return value;
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::DisplayRole) {
        const bool contracts = index.column() == PutOi || index.column() == CallOi;
        return QLocale().toString(value, 'f', contracts ? 1 : 0);
    }
    return {};
}

QVariant OptionsStrikeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Strike: return tr("Strike");
    case PutOi: return tr("Put OI (contracts)");
    case CallOi: return tr("Call OI (contracts)");
    case PutUsd: return tr("Put OI (USD)");
    case CallUsd: return tr("Call OI (USD)");
    default: return {};
    }
}

} // namespace cascade
