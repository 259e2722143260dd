#pragma once

#include <QString>

#include <vector>

namespace cascade {

enum class EvidenceKind {
    PutWall,              // put open interest concentrated at a strike below price
    CallWall,             // call open interest above price
    LongLevels,           // cluster of estimated long liquidation levels (below price)
    ShortLevels,          // cluster of estimated short liquidation levels (above price)
    RealizedLiquidations, // cluster of liquidations that really printed in the lookback window
    RangeLow,             // the window's low, touched repeatedly
    RangeHigh,
    VolumeNode, // high-volume node of the window's volume profile
};

// One reason a price band matters, with its raw size and its normalised strength.
struct ZoneEvidence
{
    EvidenceKind kind = EvidenceKind::PutWall;
    double low = 0.0;
    double high = 0.0;
    double value = 0.0;    // raw: contracts (walls), USD (levels, realized), touches (range), USD volume
    double strength = 0.0; // 0..1: value over the strongest of its source (range: touches / 3, at most 1)
    double score = 0.0;    // strength x the kind's weight

    static QString kindName(EvidenceKind kind);
};

// A ranked support (below price) or resistance (above) zone: overlapping evidence merged.
struct PriceZone
{
    double low = 0.0;
    double high = 0.0;
    double score = 0.0; // sum of the evidence scores
    bool support = true;
    std::vector<ZoneEvidence> evidence;

    double middle() const { return (low + high) / 2.0; }
};

} // namespace cascade
