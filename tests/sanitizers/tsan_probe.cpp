// Checks what a ThreadSanitizer run of the test suite can and cannot see (docs/RELIABILITY.md).
// Debian's Qt is not built for TSan, so the suite runs with scripts/sanitizers/tsan.options
// (ignore_noninstrumented_modules: Qt's and GLib's own calls are not checked), and
// postQueuedCall and startInPool declare the ordering of Qt's queues. None of that may hide a
// race in our own code: each "planted" mode below has one, on a thread of each kind Cascade
// starts, and the ctest entries require TSan to report it under the suite's options. The
// "handoff" mode is correct code going through both helpers and back, as DataService and
// AnalysisService do, and must stay silent.
#include "market/PoolTask.h"
#include "market/QueuedCall.h"

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstring>
#include <memory>
#include <thread>
#include <vector>

namespace {

using cascade::postQueuedCall;
using cascade::startInPool;

// Not atomic and not locked on purpose: the planted races write it from two threads.
int plantedCounter = 0;

void plantedRaceOnCounter()
{
    ++plantedCounter;
}

// A QThreadPool task started as AnalysisService starts them, and the main thread, write the
// counter with no ordering between them: the annotation orders what came before the start only.
int plantedInPool()
{
    QThreadPool pool;
    startInPool(pool, [] { plantedRaceOnCounter(); });
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

// A queued call through postQueuedCall, and the main thread writing while that call runs: the
// annotation orders what came before the post, not what comes after. The two threads meet
// through relaxed atomics, which order nothing, so the writes are concurrent whichever thread
// gets there first (and Qt's slot object cannot be freed by the main thread in between, which
// would really order them).
int plantedAfterQueuedCall()
{
    QThread worker;
    QObject receiver;
    receiver.moveToThread(&worker);
    worker.start();
    std::atomic<int> stage{0};
    postQueuedCall(&receiver, [&stage] {
        plantedRaceOnCounter();
        stage.store(1, std::memory_order_relaxed);
        while (stage.load(std::memory_order_relaxed) != 2)
            QThread::yieldCurrentThread();
    });
    while (stage.load(std::memory_order_relaxed) != 1)
        QThread::yieldCurrentThread();
    plantedRaceOnCounter();
    stage.store(2, std::memory_order_relaxed);
    worker.quit();
    worker.wait();
    return 0;
}

// Correct code: requests built on the main thread, worked on by a worker thread's object (as
// DataService does it) and by a pool task (as AnalysisService does it), the answers delivered
// back to the main thread. Must give no report.
int handOffBothWays(QCoreApplication &app)
{
    QThread worker;
    QObject onWorker;
    onWorker.moveToThread(&worker);
    worker.start();
    QThreadPool pool;
    QObject onMain;
    std::vector<int> answers;
    const auto deliver = [&onMain, &answers, &app](int sum) {
        postQueuedCall(&onMain, [&answers, &app, sum] {
            answers.push_back(sum);
            if (answers.size() == 2)
                app.quit();
        });
    };
    const auto sumOf = [](const std::vector<int> &values) {
        int sum = 0;
        for (int value : values)
            sum += value;
        return sum;
    };
    auto request = std::make_unique<std::vector<int>>(std::vector<int>{3, 4, 5});
    postQueuedCall(&onWorker, [deliver, sumOf, request = std::move(request)] { deliver(sumOf(*request)); });
    // One pool thread, busy when the second task comes: it takes that task straight from the
    // queue (under Qt's mutex) instead of being woken through a condition variable TSan sees.
    pool.setMaxThreadCount(1);
    startInPool(pool, [] { QThread::msleep(100); });
    QThread::msleep(20);
    auto pooled = std::make_shared<std::vector<int>>(std::vector<int>{10, 20});
    startInPool(pool, [deliver, sumOf, pooled] { deliver(sumOf(*pooled)); });
    QTimer::singleShot(10000, &app, &QCoreApplication::quit);
    app.exec();
    pool.waitForDone();
    worker.quit();
    worker.wait();
    std::sort(answers.begin(), answers.end());
    std::printf("handoff answers %d %d\n", answers.empty() ? -1 : answers.front(),
                answers.size() < 2 ? -1 : answers.back());
    return answers == std::vector<int>{12, 30} ? 0 : 1;
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
