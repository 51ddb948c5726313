#include "jobs/Scheduler.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QLocale>

namespace lifeboat::jobs {

Scheduler::Scheduler(JobStore& store, Runner runner, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_runner(std::move(runner))
{
    connect(&m_timer, &QTimer::timeout, this, &Scheduler::tick);
}

Scheduler::~Scheduler()
{
    stop();
}

void Scheduler::start(int tickMs)
{
    m_tickMs = tickMs;
    m_timer.start(tickMs);
    tick();
}

void Scheduler::stop()
{
    m_timer.stop();
    if (m_owner)
        m_store.releaseScheduler(QCoreApplication::applicationPid());
    m_owner = false;
}

void Scheduler::tick()
{
    const QDateTime now = QDateTime::currentDateTime();
    // A claim older than three ticks (at least a minute) belongs to a process that hangs.
    const int staleSeconds = std::max(60, 3 * m_tickMs / 1000);
    auto claimed = m_store.claimScheduler(QCoreApplication::applicationPid(), now, staleSeconds);
    if (!claimed) {
        qCWarning(lcEngine) << "scheduler:" << claimed.error().message;
        return;
    }
    if (*claimed != m_owner)
        qCInfo(lcEngine) << (*claimed ? "scheduler: this process schedules the jobs now"
                                      : "scheduler: another process schedules the jobs");
    m_owner = *claimed;
    const QDateTime previousTick = m_lastTick;
    m_lastTick = now;
    if (!m_owner)
        return;
    auto jobs = m_store.jobs();
    if (!jobs) {
        qCWarning(lcEngine) << "scheduler:" << jobs.error().message;
        return;
    }
    // A gap far longer than the tick while this process ran means the computer slept.
    const bool slept = previousTick.isValid() && previousTick.msecsTo(now) > 3 * m_tickMs + 30000;
    for (const JobDefinition& job : *jobs) {
        const Schedule::Kind kind = job.schedule.kind;
        if (!job.enabled || kind == Schedule::Kind::None || kind == Schedule::Kind::After)
            continue;
        auto state = m_store.scheduleState(job.id);
        if (!state)
            continue;
        if (!*state) {
            // First look at this job: due times before now are not owed.
            m_store.setScheduleState(job.id, {now, QDateTime()});
            continue;
        }
        const QList<QDateTime> due = job.schedule.dueBetween((*state)->lastChecked, now, 50);
        JobStore::ScheduleState next{now, (*state)->lastDue};
        if (!due.isEmpty()) {
            const bool late = due.last().secsTo(now) > std::max(60, 2 * m_tickMs / 1000);
            const QList<QDateTime> missed = late ? due : due.mid(0, due.size() - 1);
            if (!missed.isEmpty()) {
                QStringList times;
                for (const QDateTime& time : missed)
                    times << QLocale().toString(time, QLocale::ShortFormat);
                // A day of hourly runs would make an unreadable list: the first two and the last.
                if (times.size() > 4)
                    times = QStringList{times[0], times[1], QStringLiteral("…"), times.last()};
                const QString reason = slept                    ? tr("the computer was asleep")
                                       : previousTick.isValid() ? tr("the scheduler was held up")
                                                                : tr("Lifeboat was not running");
                const QString message =
                    tr("Missed %n scheduled run(s) (%1) because %2; running the job once now.", nullptr,
                       static_cast<int>(missed.size()))
                        .arg(times.join(QStringLiteral(", ")), reason);
                qCInfo(lcEngine).noquote() << "scheduler:" << job.name << message;
                m_store.recordMissed(job.id, message);
            }
            next.lastDue = due.last();
            m_store.setScheduleState(job.id, next);
            m_runner(job, late ? tr("Catch-up run for the missed schedule.")
                               : tr("Scheduled run (%1).").arg(job.schedule.describe()));
            continue;
        }
        m_store.setScheduleState(job.id, next);
    }
}

void Scheduler::jobFinished(qint64 jobId)
{
    if (!m_owner)
        return;
    auto jobs = m_store.jobs();
    if (!jobs)
        return;
    for (const JobDefinition& job : *jobs)
        if (job.enabled && job.schedule.kind == Schedule::Kind::After && job.schedule.afterJob == jobId)
            m_runner(job, tr("Started after the job %1 finished.").arg(job.schedule.afterJobName));
}

} // namespace lifeboat::jobs
