#include "StoreLocation.h"

#include "Settings.h"

#include <QDir>
#include <QStandardPaths>

namespace cascade {

QString StoreLocation::resolve(const QString &storeOption)
{
    if (!storeOption.isEmpty())
        return storeOption;
    const QString fromEnvironment = qEnvironmentVariable("CASCADE_STORE");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString fromSettings = Settings().get(Settings::storeLocation);
    return fromSettings.isEmpty() ? defaultLocation() : fromSettings;
}

QString StoreLocation::defaultLocation()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("store.sqlite"));
}

} // namespace cascade
