#include "ZonesModel.h"

#include <QLocale>

#include <map>

namespace cascade {

ZonesModel::ZonesModel(QObject *parent) : QAbstractTableModel(parent) {}

void ZonesModel::setReport(ZoneReport report)
{
    beginResetModel();
    m_report = std::move(report);
    endResetModel();
}

const PriceZone &ZonesModel::zone(int row) const
{
    const auto supports = int(m_report.support.size());
    return row < supports ? m_report.support[std::size_t(row)] : m_report.resistance[std::size_t(row - supports)];
}

QString ZonesModel::evidenceLabel(EvidenceKind kind)
{
    switch (kind) {
    case EvidenceKind::PutWall: return tr("put wall");
    case EvidenceKind::CallWall: return tr("call wall");
    case EvidenceKind::LongLevels: return tr("long levels");
    case EvidenceKind::ShortLevels: return tr("short levels");
    case EvidenceKind::RealizedLiquidations: return tr("realized liquidations");
    case EvidenceKind::RangeLow: return tr("range low");
    case EvidenceKind::RangeHigh: return tr("range high");
    case EvidenceKind::VolumeNode: return tr("volume node");
    }
    return {};
}

QString ZonesModel::evidenceText(const PriceZone &zone)
{
    std::map<EvidenceKind, double> scores;
    for (const ZoneEvidence &evidence : zone.evidence)
        scores[evidence.kind] += evidence.score;
    QStringList parts;
    const QLocale locale;
    for (const auto &[kind, score] : scores)
        parts << QStringLiteral("%1 %2").arg(evidenceLabel(kind), locale.toString(score, 'f', 2));
    return parts.join(QStringLiteral(" · "));
}

int ZonesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.support.size() + m_report.resistance.size());
}

int ZonesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ZonesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PriceZone &z = zone(index.row());
    const double distancePct = m_report.price > 0 ? (z.middle() - m_report.price) / m_report.price * 100.0 : 0.0;
    const QLocale locale;
    if (role == RawValueRole) {
        switch (index.column()) {
        case Side: return z.support ? 0 : 1;
        case Low: return z.low;
        case High: return z.high;
        case Score: return z.score;
        case Distance: return distancePct;
        case Evidence: return evidenceText(z);
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() == Side || index.column() == Evidence ? int(Qt::AlignLeft | Qt::AlignVCenter)
                                                                     : int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Side: return z.support ? tr("Support") : tr("Resistance");
    case Low: return locale.toString(z.low, 'f', 0);
    case High: return locale.toString(z.high, 'f', 0);
    case Score: return locale.toString(z.score, 'f', 2);
    case Distance: return QString(locale.toString(distancePct, 'f', 2) + u'%');
    case Evidence: return evidenceText(z);
    default: return {};
    }
}

QVariant ZonesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Side: return tr("Side");
    case Low: return tr("From");
    case High: return tr("To");
    case Score: return tr("Score");
    case Distance: return tr("From price");
    case Evidence: return tr("Evidence");
    default: return {};
    }
}

} // namespace cascade
