#pragma once

// The long part of a console request (copying restored data) on a thread of its own, so that
// the engine thread keeps answering the other tabs meanwhile. Scope checks and everything
// else that reads the session stay on the engine thread, before and after.

#include "catalog/Catalog.h"
#include "core/OffThread.h"
#include "facade/ConsoleRequest.h"
#include "facade/EngineWorker.h"
#include "jobs/JobStore.h"

#include <QPointer>
#include <QThread>
#include <QTimer>
#include <atomic>
#include <memory>

namespace lifeboat::facade {

// The catalog seen through the calling thread's own connection (Qt SQL connections must
// not cross threads); a copy of the worker's, so it outlives a worker destroyed meanwhile.
struct ThreadCatalog
{
    explicit ThreadCatalog(const catalog::Catalog& engineCatalog)
        : catalog(engineCatalog)
    {}
    ~ThreadCatalog() { catalog.closeConnection(); }
    ThreadCatalog(const ThreadCatalog&) = delete;
    ThreadCatalog& operator=(const ThreadCatalog&) = delete;

    catalog::Catalog catalog;
    jobs::JobStore store{catalog};
};

// Owns the helper threads of console requests. A child of the worker: it is destroyed on
// the engine thread with it, stops the copies and joins their threads there, so no thread
// outlives the engine and no answer reaches a destroyed object.
class RequestThreads : public QObject
{
public:
    explicit RequestThreads(QObject* parent)
        : QObject(parent)
    {
        setObjectName(QStringLiteral("lifeboatRequestThreads"));
    }
    ~RequestThreads() override
    {
        for (const auto& cancel : std::as_const(m_cancels))
            cancel->store(true);
        for (const QPointer<QThread>& thread : std::as_const(m_threads))
            if (thread)
                thread->wait();
    }

    static RequestThreads& of(EngineWorker& worker)
    {
        auto* threads = worker.findChild<RequestThreads*>(QStringLiteral("lifeboatRequestThreads"),
                                                          Qt::FindDirectChildrenOnly);
        return threads ? *threads : *new RequestThreads(&worker);
    }

    // Runs `work` on a new thread and hands its result to `reply` on the engine thread. A
    // sign-out (or another account signing in) sets `cancel`, which the copy checks at each
    // step, and is answered as "console.signed_out" whatever the copy did: its restore
    // session records the outcome. The session stays alive until the answer.
    template <typename R>
    void start(EngineWorker& worker, std::function<R(const std::atomic<bool>& cancel)> work,
               std::function<void(R)> reply)
    {
        const std::shared_ptr<console::ConsoleSession> session = worker.consoleSession();
        auto cancel = std::make_shared<std::atomic<bool>>(false);
        m_cancels.append(cancel);
        m_threads.removeIf([](const QPointer<QThread>& thread) { return thread.isNull(); });
        auto* watch = new QTimer(this);
        QObject::connect(watch, &QTimer::timeout, this, [&worker, session, cancel] {
            if (worker.consoleSession() != session)
                cancel->store(true);
        });
        watch->start(200);
        runOffThread<R>(
            this, m_threads, [work = std::move(work), cancel]() { return work(*cancel); },
            [this, &worker, session, cancel, watch, reply = std::move(reply)](R result) {
                delete watch;
                m_cancels.removeOne(cancel);
                if (worker.consoleSession() != session)
                    return reply(R(signedOut()));
                reply(std::move(result));
            });
    }

private:
    QVector<QPointer<QThread>> m_threads;
    QVector<std::shared_ptr<std::atomic<bool>>> m_cancels;
};

} // namespace lifeboat::facade
