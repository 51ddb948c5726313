#pragma once

#include "catalog/Catalog.h"
#include "core/Result.h"
#include "facade/EngineWorker.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <functional>
#include <memory>

namespace lifeboat {

// The one door into the engine for the GUI and lifeboat-cli. It lives on the caller's
// thread and owns the engine thread; every request is queued to the EngineWorker there,
// and every answer is queued back to the caller's thread. No method blocks.
//
// Answers are delivered to a `context` object: if it is destroyed before the answer
// arrives (a dialog closed mid-request), the answer is dropped instead of crashing.
class Engine : public QObject
{
    Q_OBJECT
public:
    explicit Engine(EngineOptions options, QObject* parent = nullptr);
    ~Engine() override;

    // Starts the engine thread and opens the catalog there; emits started() when done.
    void start();
    QThread* engineThread() const { return m_thread.get(); }

    void catalogInfo(QObject* context, std::function<void(Result<catalog::CatalogInfo>)> done);

    // Runs `work` on the engine thread and hands its result to `done` on the caller's
    // thread. Named methods above are preferred; this is the mechanism under them.
    template <typename R>
    void run(QObject* context, std::function<R(EngineWorker&)> work, std::function<void(R)> done)
    {
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(
            m_worker,
            [this, worker = m_worker, work = std::move(work), done = std::move(done), guard]() mutable {
                auto result = std::make_shared<R>(work(*worker));
                // Back through the facade: queued events to a deleted facade are discarded
                // by Qt, and the guard is checked on the thread that owns the context.
                QMetaObject::invokeMethod(
                    this,
                    [done = std::move(done), guard, result]() {
                        if (guard)
                            done(std::move(*result));
                    },
                    Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    }

    // Like run(), for engine work that finishes later (network calls, a backup job):
    // `work` gets a `reply` to call once, on the engine thread, when it is done.
    template <typename R>
    void runAsync(QObject* context, std::function<void(EngineWorker&, std::function<void(R)> reply)> work,
                  std::function<void(R)> done)
    {
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(
            m_worker,
            [this, worker = m_worker, work = std::move(work), done = std::move(done), guard]() mutable {
                work(*worker, [this, done = std::move(done), guard](R value) mutable {
                    auto result = std::make_shared<R>(std::move(value));
                    QMetaObject::invokeMethod(
                        this,
                        [done = std::move(done), guard, result]() {
                            if (guard)
                                done(std::move(*result));
                        },
                        Qt::QueuedConnection);
                });
            },
            Qt::QueuedConnection);
    }

Q_SIGNALS:
    void started(bool ok, const QString& errorCode, const QString& errorMessage);

private:
    struct ThreadStopper
    {
        void operator()(QThread* thread) const;
    };
    std::unique_ptr<QThread, ThreadStopper> m_thread;
    EngineWorker* m_worker = nullptr; // owned by the engine thread, deleted on its finish
};

} // namespace lifeboat
