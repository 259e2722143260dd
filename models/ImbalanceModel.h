#pragma once

#include "analysis/ImbalanceRow.h"

#include <QAbstractTableModel>

#include <vector>

namespace cascade {

// Long/short imbalance per bar (liquidated notional each side, long share, imbalance ratio and
// the positioning series aligned to the bar) for the imbalance panel and tables.
class ImbalanceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, LongUsd, ShortUsd, LongShare, Imbalance, AccountRatio, TakerRatio, OpenInterest, ColumnCount };
    static constexpr int RawValueRole = Qt::UserRole + 1;

    explicit ImbalanceModel(QObject *parent = nullptr);

    void setRows(std::vector<ImbalanceRow> rows);
    const std::vector<ImbalanceRow> &rows() const { return m_rows; }
    // The rows whose bars open in [from, to), combined into one (shares and ratio recomputed).
    ImbalanceRow combined(qint64 from, qint64 to) const;
    // "93.2% long · 1,364%", "all long", "no liquidations": the imbalance as an analyst reads it.
    static QString describe(const ImbalanceRow &row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<ImbalanceRow> m_rows;
};

} // namespace cascade
