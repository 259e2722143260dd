// Opening a store file: SQLite reads whatever is on disk, then the schema reader decides the
// version and migrates. A damaged or foreign file must be refused with a message, never crash.
#include "FuzzCheck.h"

#include "store/SqliteMarketStore.h"

#include <QFile>

#include <unistd.h>

using namespace cascade;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    static const QString path = QStringLiteral("/dev/shm/cascade-fuzz-%1.sqlite").arg(::getpid());
    QFile::remove(path + QStringLiteral("-journal"));
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort();
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    {
        auto store = SqliteMarketStore::open(path);
        fuzz::requireMessage(store, "open store");
        if (store) {
            const auto series = store.value()->listSeries();
            fuzz::requireMessage(series, "list series");
        }
    }
    QFile::remove(path);
    return 0;
}
