#pragma once

#include <QString>

namespace cascade {

// Where the store lives: `--store` wins, then the CASCADE_STORE environment variable, then the
// store chosen in Edit > Settings (a file or a postgresql:// URL), then `store.sqlite` under the
// platform's app-data location.
class StoreLocation
{
public:
    static QString resolve(const QString &storeOption = {});
    static QString defaultLocation();
};

} // namespace cascade
