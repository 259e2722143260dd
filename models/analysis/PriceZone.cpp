#include "analysis/PriceZone.h"

namespace cascade {

QString ZoneEvidence::kindName(EvidenceKind kind)
{
    switch (kind) {
    case EvidenceKind::PutWall:
        return QStringLiteral("put_wall");
    case EvidenceKind::CallWall:
        return QStringLiteral("call_wall");
    case EvidenceKind::LongLevels:
        return QStringLiteral("long_levels");
    case EvidenceKind::ShortLevels:
        return QStringLiteral("short_levels");
    case EvidenceKind::RealizedLiquidations:
        return QStringLiteral("realized_liquidations");
    case EvidenceKind::RangeLow:
        return QStringLiteral("range_low");
    case EvidenceKind::RangeHigh:
        return QStringLiteral("range_high");
    case EvidenceKind::VolumeNode:
        return QStringLiteral("volume_node");
    }
    return {};
}

} // namespace cascade
