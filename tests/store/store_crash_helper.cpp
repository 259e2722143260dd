// Child process of tst_store_crash: imports files into a store until it finishes or is killed.
//   store_crash_helper STORE FILE...
#include "store/Importer.h"
#include "store/SqliteMarketStore.h"

#include <QCoreApplication>

#include <cstdio>

using namespace cascade;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: store_crash_helper STORE FILE...\n");
        return 2;
    }
    auto store = SqliteMarketStore::open(args[1]);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error()));
        return 1;
    }
    Importer importer(*store.value());
    for (const QString &file : args.mid(2)) {
        const auto summary = importer.importFile(file);
        if (!summary) {
            std::fprintf(stderr, "%s\n", qPrintable(summary.error()));
            return 1;
        }
    }
    return 0;
}
