#pragma once

#include "analysis/OptionsReport.h"

#include <QAbstractTableModel>

namespace cascade {

// Open interest by strike (all expiries, or one) from an options report, for the options panel
// and tables. Rows are strikes, lowest first.
class OptionsStrikeModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Strike, PutOi, CallOi, PutUsd, CallUsd, ColumnCount };
    static constexpr int RawValueRole = Qt::UserRole + 1;

    explicit OptionsStrikeModel(QObject *parent = nullptr);

    void setReport(OptionsReport report);
    // StrikeOpenInterest::allExpiries (0) shows every expiry combined.
    void setExpiry(qint64 expiry);
    const OptionsReport &report() const { return m_report; }
    qint64 expiry() const { return m_expiry; }
    const std::vector<StrikeOpenInterest> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void selectRows();

    OptionsReport m_report;
    qint64 m_expiry = StrikeOpenInterest::allExpiries;
    std::vector<StrikeOpenInterest> m_rows;
};

} // namespace cascade
