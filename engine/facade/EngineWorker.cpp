#include "facade/EngineWorker.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <openssl/crypto.h>

namespace lifeboat {

EngineWorker::EngineWorker(EngineOptions options)
    : m_options(std::move(options))
{}

EngineWorker::~EngineWorker()
{
    // Runs on the engine thread (deleteLater on QThread::finished), while Qt still knows
    // the thread: the connection's driver must go before the thread's data does.
    if (m_catalog)
        m_catalog->closeConnection();
    // OpenSSL's per-thread state (random generator) of the engine thread.
    OPENSSL_thread_stop();
}

Status EngineWorker::start()
{
    if (m_options.catalogPath.isEmpty()) {
        // Offline work (a repository alone, no server) needs no catalog.
        m_started = true;
        qCInfo(lcEngine) << "engine started without a catalog";
        return success();
    }
    catalog::Catalog catalog(m_options.catalogPath);
    if (Status opened = catalog.open(); !opened) {
        qCWarning(lcEngine) << "engine start failed:" << opened.error().code << opened.error().message;
        return opened;
    }
    m_catalog = std::move(catalog);
    m_jobStore.emplace(*m_catalog);
    m_tenantStore.emplace(*m_catalog);
    if (auto closed = m_jobStore->closeInterruptedSessions(); !closed)
        qCWarning(lcEngine) << "cannot close interrupted sessions:" << closed.error().message;
    else if (*closed > 0)
        qCWarning(lcEngine) << *closed << "interrupted session(s) marked as failed";
    m_started = true;
    qCInfo(lcEngine) << "engine started with catalog" << m_options.catalogPath;
    return success();
}

Status EngineWorker::requireStarted() const
{
    if (m_started)
        return success();
    return Error{QStringLiteral("engine.not_started"),
                 tr("The engine is not running because its catalog could not be opened.")};
}

Result<catalog::CatalogInfo> EngineWorker::catalogInfo() const
{
    if (Status ready = requireStarted(); !ready)
        return ready.error();
    if (!m_catalog)
        return Error{QStringLiteral("engine.no_catalog"), tr("This engine runs without a catalog.")};
    return m_catalog->info();
}

void EngineWorker::startBackup(jobs::RunRequest request, std::function<void(Result<jobs::Session>)> done,
                               std::function<void(const QString&, qint64, qint64)> progress)
{
    if (Status ready = requireStarted(); !ready)
        return done(ready.error());
    if (!m_jobStore)
        return done(Error{QStringLiteral("engine.no_catalog"), tr("Jobs need the catalog.")});
    // Whose job it is decides what it may touch: the account it signs in with.
    auto caller = m_tenantStore->callerFor(request.job.account);
    if (!caller)
        return done(caller.error());
    request.caller = *caller;
    const qint64 jobId = request.job.id;
    if (m_runs.value(jobId))
        return done(
            Error{QStringLiteral("job.running"), tr("The job %1 is running already.").arg(request.job.name)});
    auto* run = new jobs::BackupRun(std::move(request), *m_jobStore, this);
    m_runs.insert(jobId, run);
    if (progress)
        connect(run, &jobs::BackupRun::progressed, this, progress);
    run->start([this, run, jobId, done = std::move(done)](Result<jobs::Session> session) {
        m_runs.remove(jobId);
        run->deleteLater();
        done(std::move(session));
    });
}

bool EngineWorker::stopBackup(qint64 jobId)
{
    jobs::BackupRun* run = m_runs.value(jobId);
    if (!run)
        return false;
    run->stop();
    return true;
}

} // namespace lifeboat
