#pragma once

#include <QMetaObject>
#include <QObject>
#include <QThread>

#include <utility>

#include "market/HandOff.h"

namespace cascade {

/// A function run on another object's thread through that thread's event queue (a queued
/// call), written so that ThreadSanitizer sees the hand-over.
///
/// Qt's event queue is guarded by a QMutex inside libQt6Core, a futex that ThreadSanitizer
/// cannot see unless Qt itself is built for it (Debian's is not). Without this, every capture
/// written by the posting thread and read by the receiving one is reported as a race. The
/// queue mutex orders each post before everything the receiving thread does after taking the
/// event; this declares exactly that, with the receiving QThread as the token: the last copy
/// into Qt's storage releases it (so the captures are covered), the call acquires it before
/// touching any capture. Outside ThreadSanitizer builds both are empty.
template<typename Work> class QueuedCall
{
public:
    QueuedCall(QThread *receiverThread, Work work)
        : m_work(std::move(work))
        , m_receiverThread(receiverThread)
    {
        release();
    }
    QueuedCall(const QueuedCall &other)
        : m_work(other.m_work)
        , m_receiverThread(other.m_receiverThread)
    {
        release();
    }
    QueuedCall(QueuedCall &&other) noexcept
        : m_work(std::move(other.m_work))
        , m_receiverThread(other.m_receiverThread)
    {
        release();
    }
    QueuedCall &operator=(const QueuedCall &) = delete;
    QueuedCall &operator=(QueuedCall &&) = delete;
    ~QueuedCall()
    {
        // Qt's slot object is reference counted (uninstrumented atomics): when the receiving
        // thread runs the call before invokeMethod has dropped its own reference, the posting
        // thread is the one that destroys it, after the call's release below.
        HandOff::acquire(this);
    }

    void operator()()
    {
        // Before any member is read: the token is the thread we are running on.
        HandOff::acquire(QThread::currentThread());
        m_work();
        HandOff::release(this);
    }

private:
    void release() const { HandOff::release(m_receiverThread); }

    Work m_work;
    QThread *m_receiverThread;
};

/// Runs `work` later on `receiver`'s thread (Qt::QueuedConnection); dropped if `receiver` is
/// null or is deleted first.
template<typename Work> void postQueuedCall(QObject *receiver, Work work)
{
    if (!receiver)
        return;
    QMetaObject::invokeMethod(receiver, QueuedCall<Work>(receiver->thread(), std::move(work)),
                              Qt::QueuedConnection);
}

} // namespace cascade
