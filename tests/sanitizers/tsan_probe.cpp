// Checks what a ThreadSanitizer run of the test suite can and cannot see (docs/RELIABILITY.md).
// Debian's Qt is not built for TSan, so the suite runs with scripts/sanitizers/tsan.options
// (ignore_noninstrumented_modules: Qt's and GLib's own calls are not checked) and postQueuedCall
// declares the event queue's ordering. Neither may hide a race in our own code: each "planted"
// mode below has one, on a thread of each kind Cascade starts, and the ctest entries require TSan
// to report it under the suite's options. The "handoff" mode is correct code going both ways
// through postQueuedCall, as DataService does, and must stay silent.
#include "market/QueuedCall.h"

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <functional>
#include <memory>
#include <thread>
#include <vector>

namespace {

using cascade::postQueuedCall;

// Not atomic and not locked on purpose: the planted races write it from two threads.
int plantedCounter = 0;

void plantedRaceOnCounter()
{
    ++plantedCounter;
}

// A QThreadPool task and the main thread write the counter with no ordering between them.
int plantedInPool()
{
    QThreadPool pool;
    pool.start([] { plantedRaceOnCounter(); });
    plantedRaceOnCounter();
    pool.waitForDone();
    return 0;
}

// A std::thread (as FetchService starts them) and the main thread, likewise.
int plantedInThread()
{
    std::thread thread([] { plantedRaceOnCounter(); });
    plantedRaceOnCounter();
    thread.join();
    return 0;
}

// A queued call through postQueuedCall, with the main thread writing after it posted: the
// annotation orders what came before the post, not what comes after.
int plantedAfterQueuedCall()
{
    QThread worker;
    QObject receiver;
    receiver.moveToThread(&worker);
    worker.start();
    postQueuedCall(&receiver, [] { plantedRaceOnCounter(); });
    plantedRaceOnCounter();
    QThread::msleep(50);
    worker.quit();
    worker.wait();
    return 0;
}

// Correct code: a request built on the main thread, worked on by a worker thread's object, the
// answer delivered back to the main thread as DataService does it. Must give no report.
int handOffBothWays(QCoreApplication &app)
{
    QThread worker;
    QObject onWorker;
    onWorker.moveToThread(&worker);
    worker.start();
    QObject onMain;
    auto request = std::make_unique<std::vector<int>>(std::vector<int>{3, 4, 5});
    int answer = 0;
    postQueuedCall(&onWorker, [&onMain, &answer, &app, request = std::move(request)] {
        int sum = 0;
        for (int value : *request)
            sum += value;
        postQueuedCall(&onMain, [&answer, &app, sum] {
            answer = sum;
            app.quit();
        });
    });
    QTimer::singleShot(10000, &app, &QCoreApplication::quit);
    app.exec();
    worker.quit();
    worker.wait();
    std::printf("handoff answer %d\n", answer);
    return answer == 12 ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const char *mode = argc > 1 ? argv[1] : "";
    if (std::strcmp(mode, "planted-pool") == 0)
        return plantedInPool();
    if (std::strcmp(mode, "planted-thread") == 0)
        return plantedInThread();
    if (std::strcmp(mode, "planted-queued") == 0)
        return plantedAfterQueuedCall();
    if (std::strcmp(mode, "handoff") == 0)
        return handOffBothWays(app);
    std::fprintf(stderr, "usage: tsan_probe planted-pool|planted-thread|planted-queued|handoff\n");
    return 2;
}
