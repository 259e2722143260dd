// `cascade import` on a .zip: the bytes go to a file (ImportSource reads from disk), then
// libzip, the entry checks and the CSV readers run as for a downloaded archive.
#include "FuzzCheck.h"

#include "store/ImportReader.h"

#include <QFile>

#include <unistd.h>

using namespace cascade;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString path = QStringLiteral("/dev/shm/cascade-fuzz-%1.zip").arg(::getpid());
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort();
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    fuzz::requireMessage(ImportReader::read(path), "import zip");
    QFile::remove(path);
    return 0;
}
