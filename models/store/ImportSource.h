#pragma once

#include "market/Result.h"

#include <QByteArray>
#include <QString>

namespace cascade {

// The bytes of one file to import: a .csv as is, or the single CSV inside a .zip (read with
// libzip, never unpacked to disk). When a Binance-style `<file>.CHECKSUM` (sha256) lies beside
// the file, the file must match it. Binary data is refused before any parsing.
struct ImportSource
{
    QString path;      // as given
    QString entryName; // the CSV's own name (inside the zip, or the file's name)
    QByteArray bytes;
    bool checksumVerified = false;

    static Result<ImportSource> load(const QString &path);
};

} // namespace cascade
