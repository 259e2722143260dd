#pragma once

#include "analysis/SupportZones.h"

#include <QAbstractTableModel>

namespace cascade {

// Ranked support and resistance zones for the zones table: support first (best first), then
// resistance. RawValueRole gives numbers for sorting; the evidence column names each source.
class ZonesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Side, Low, High, Score, Distance, Evidence, ColumnCount };
    static constexpr int RawValueRole = Qt::UserRole + 1;

    explicit ZonesModel(QObject *parent = nullptr);

    void setReport(ZoneReport report);
    const ZoneReport &report() const { return m_report; }
    const PriceZone &zone(int row) const;
    // "put wall 0.82 · long levels 0.40": each evidence kind with its summed score.
    static QString evidenceText(const PriceZone &zone);
    static QString evidenceLabel(EvidenceKind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ZoneReport m_report;
};

} // namespace cascade
