#pragma once

#include <QString>

namespace cascade {

// A moment of a replayed session the analyst marked, with their note.
struct ReplayBookmark
{
    qint64 time = 0; // UTC ms
    QString note;

    friend bool operator==(const ReplayBookmark &, const ReplayBookmark &) = default;
};

} // namespace cascade
