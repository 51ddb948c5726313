#pragma once

#include "catalog/Catalog.h"
#include "jobs/Job.h"

namespace lifeboat::jobs {

// Jobs, sessions, their per-VM tasks and log lines in the catalog. Engine-thread only
// (one catalog connection per thread).
class JobStore
{
    Q_DECLARE_TR_FUNCTIONS(lifeboat::jobs::JobStore)

public:
    explicit JobStore(catalog::Catalog& catalog)
        : m_catalog(catalog)
    {}

    catalog::Catalog& catalog() { return m_catalog; }

    // Inserts (id 0) or updates a job; returns its id. Names are unique.
    Result<qint64> saveJob(const JobDefinition& job);
    Result<QVector<JobDefinition>> jobs() const;
    // By id, or by name when `nameOrId` is not a number.
    Result<JobDefinition> job(const QString& nameOrId) const;
    Status deleteJob(qint64 id);

    Result<qint64> startSession(qint64 jobId, const QString& kind, qint64 retryOf);
    // Sessions left "Running" by a process that no longer exists (crash, power loss) are
    // closed as Failed, so they do not show as running forever. Returns how many.
    Result<int> closeInterruptedSessions();
    Status finishSession(qint64 session, SessionResult result, const QString& message);
    Result<qint64> startTask(qint64 session, const QString& objectId, const QString& objectName);
    Status finishTask(const SessionTask& task);
    Status log(qint64 session, const QString& severity, const QString& object, const QString& message);

    // Scheduler bookkeeping: when the scheduler last looked at a job, and the due time it
    // last started it for. nullopt: never looked at.
    struct ScheduleState
    {
        QDateTime lastChecked;
        QDateTime lastDue;
    };
    Result<std::optional<ScheduleState>> scheduleState(qint64 jobId) const;
    Status setScheduleState(qint64 jobId, const ScheduleState& state);
    // A run that should have happened and did not, with the reason, as a session of its own.
    Result<qint64> recordMissed(qint64 jobId, const QString& message);
    // Stop requests go through the catalog, so any process (the console, another
    // lifeboat-cli) can stop a run another process is doing.
    Result<int> requestStop(qint64 jobId);
    Result<bool> stopRequested(qint64 session) const;
    // A session still running in a live process (this one or another).
    Result<bool> sessionIsLive(qint64 session) const;
    // The job's session running in a live process, if any: one run per job across processes.
    Result<qint64> liveSessionOf(qint64 jobId) const;
    // One scheduler per catalog: the process that holds the claim, renewed every tick,
    // runs scheduled jobs; others wait until it is gone or stale.
    Result<bool> claimScheduler(qint64 pid, const QDateTime& now, int staleSeconds);
    Status releaseScheduler(qint64 pid);

    // Newest first; `jobId` 0: every job's.
    Result<QVector<Session>> sessions(qint64 jobId, int limit) const;
    Result<Session> session(qint64 id) const;
    Result<QVector<SessionLogLine>> sessionLog(qint64 id) const;

private:
    catalog::Catalog& m_catalog;
};

} // namespace lifeboat::jobs
