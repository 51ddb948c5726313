#pragma once

#include "jobs/JobStore.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <functional>

namespace lifeboat::jobs {

// Starts scheduled jobs while a console or `lifeboat-cli serve` runs. Lives on the engine
// thread and looks at the jobs every tick: a job whose due time has passed since the last
// look is started. A due time that passed while nobody looked (computer asleep or off,
// Lifeboat not running) is recorded as a missed run with the reason, and the job is run
// once to catch up. Only one process per catalog schedules (a claim in the catalog,
// renewed every tick), so a console and a service never start the same run twice.
class Scheduler : public QObject
{
    Q_OBJECT
public:
    // Starts one run of a job; `reason` goes into the session log.
    using Runner = std::function<void(const JobDefinition& job, const QString& reason)>;

    Scheduler(JobStore& store, Runner runner, QObject* parent = nullptr);
    ~Scheduler() override;

    void start(int tickMs);
    void stop();
    // A job has finished: the jobs scheduled "after" it start now.
    void jobFinished(qint64 jobId);
    // One look at the jobs (the timer calls it; tests call it directly).
    void tick();
    bool isOwner() const { return m_owner; }

private:
    JobStore& m_store;
    Runner m_runner;
    QTimer m_timer;
    int m_tickMs = 30000;
    QDateTime m_lastTick;
    bool m_owner = false;
};

} // namespace lifeboat::jobs
