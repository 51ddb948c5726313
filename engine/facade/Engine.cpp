#include "facade/Engine.h"

#include "core/Logging.h"

namespace lifeboat {

void Engine::ThreadStopper::operator()(QThread* thread) const
{
    thread->quit();
    thread->wait();
    delete thread;
}

Engine::Engine(EngineOptions options, QObject* parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_worker(new EngineWorker(std::move(options)))
{
    qRegisterMetaType<lifeboat::Error>();
    qRegisterMetaType<lifeboat::catalog::CatalogInfo>();
    m_thread->setObjectName(QStringLiteral("engine"));
    m_worker->moveToThread(m_thread.get());
    // The worker's SQL connections belong to the engine thread, so the worker must
    // also die there, before the thread's connections are removed.
    connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
}

Engine::~Engine()
{
    // The worker is deleted by its thread's finish; a thread that never ran never finishes.
    if (!m_threadStarted)
        delete m_worker;
}

void Engine::start()
{
    if (!m_thread->isRunning()) {
        m_threadStarted = true;
        m_thread->start();
    }
    run<Status>(
        this, [](EngineWorker& worker) { return worker.start(); },
        [this](Status status) {
            if (status)
                Q_EMIT started(true, {}, {});
            else
                Q_EMIT started(false, status.error().code, status.error().message);
        });
}

void Engine::catalogInfo(QObject* context, std::function<void(Result<catalog::CatalogInfo>)> done)
{
    run<Result<catalog::CatalogInfo>>(
        context, [](EngineWorker& worker) { return worker.catalogInfo(); }, std::move(done));
}

} // namespace lifeboat
