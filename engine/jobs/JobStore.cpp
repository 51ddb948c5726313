#include "jobs/JobStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#ifdef Q_OS_UNIX
#include <cerrno>
#include <signal.h>
#endif

namespace lifeboat::jobs {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// A null QString binds as SQL NULL; the text columns are NOT NULL.
QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

bool processGone(qint64 pid)
{
    if (pid <= 0)
        return true;
#ifdef Q_OS_UNIX
    return ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH;
#else
    return false; // not checked here: such sessions are closed by hand
#endif
}

QDateTime timeOf(const QVariant& value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (time.isValid())
        time.setTimeSpec(Qt::UTC);
    return time;
}

Error queryFailed(const QSqlQuery& query, const QString& what)
{
    return Error{QStringLiteral("catalog.query_failed"),
                 JobStore::tr("The catalog could not %1: %2").arg(what, query.lastError().text())};
}

Result<JobDefinition> jobFromRow(const QSqlQuery& query)
{
    const QJsonDocument document = QJsonDocument::fromJson(query.value(4).toByteArray());
    auto job = JobDefinition::fromJson(document.object());
    if (!job)
        return job.error();
    job->id = query.value(0).toLongLong();
    job->name = query.value(1).toString();
    job->description = query.value(2).toString();
    job->enabled = query.value(3).toBool();
    return job;
}

const char* const kSessionColumns =
    "s.id, s.job_id, COALESCE(j.name, ''), s.kind, s.started_at, s.finished_at, "
    "s.result, s.bytes_read, s.bytes_stored, COALESCE(s.retry_of, 0), s.message";

Session sessionFromRow(const QSqlQuery& query)
{
    Session session;
    session.id = query.value(0).toLongLong();
    session.jobId = query.value(1).toLongLong();
    session.jobName = query.value(2).toString();
    session.kind = query.value(3).toString();
    session.started = timeOf(query.value(4));
    session.finished = timeOf(query.value(5));
    session.result = sessionResultFromString(query.value(6).toString());
    session.bytesRead = query.value(7).toLongLong();
    session.bytesStored = query.value(8).toLongLong();
    session.retryOf = query.value(9).toLongLong();
    session.message = query.value(10).toString();
    return session;
}

} // namespace

Result<qint64> JobStore::saveJob(const JobDefinition& job)
{
    QSqlQuery query(m_catalog.connection());
    const QByteArray definition = QJsonDocument(job.toJson()).toJson(QJsonDocument::Compact);
    if (job.id == 0) {
        query.prepare(
            QStringLiteral("INSERT INTO jobs (name, description, definition_json, enabled, created_at, "
                           "updated_at) VALUES (?, ?, ?, ?, ?, ?)"));
        for (const QVariant& value : {QVariant(job.name), text(job.description), QVariant(definition),
                                      QVariant(job.enabled), QVariant(now()), QVariant(now())})
            query.addBindValue(value);
    } else {
        query.prepare(
            QStringLiteral("UPDATE jobs SET name = ?, description = ?, definition_json = ?, enabled = ?, "
                           "updated_at = ? WHERE id = ?"));
        for (const QVariant& value : {QVariant(job.name), text(job.description), QVariant(definition),
                                      QVariant(job.enabled), QVariant(now()), QVariant(job.id)})
            query.addBindValue(value);
    }
    if (!query.exec()) {
        if (query.lastError().nativeErrorCode() == QLatin1String("2067")) // SQLITE_CONSTRAINT_UNIQUE
            return Error{QStringLiteral("job.name_taken"),
                         tr("A job named %1 exists already.").arg(job.name)};
        return queryFailed(query, tr("save the job"));
    }
    if (job.id != 0 && query.numRowsAffected() == 0)
        return Error{QStringLiteral("job.not_found"), tr("There is no job with id %1.").arg(job.id)};
    return job.id != 0 ? job.id : query.lastInsertId().toLongLong();
}

Result<QVector<JobDefinition>> JobStore::jobs() const
{
    QSqlQuery query(m_catalog.connection());
    if (!query.exec(
            QStringLiteral("SELECT id, name, description, enabled, definition_json FROM jobs ORDER BY name")))
        return queryFailed(query, tr("list the jobs"));
    QVector<JobDefinition> found;
    while (query.next()) {
        auto job = jobFromRow(query);
        if (!job)
            return job.error();
        found.append(*job);
    }
    return found;
}

Result<JobDefinition> JobStore::job(const QString& nameOrId) const
{
    QSqlQuery query(m_catalog.connection());
    bool isId = false;
    const qint64 id = nameOrId.toLongLong(&isId);
    query.prepare(
        isId ? QStringLiteral("SELECT id, name, description, enabled, definition_json FROM jobs WHERE id = ?")
             : QStringLiteral(
                   "SELECT id, name, description, enabled, definition_json FROM jobs WHERE name = ?"));
    query.addBindValue(isId ? QVariant(id) : QVariant(nameOrId));
    if (!query.exec())
        return queryFailed(query, tr("read the job"));
    if (!query.next())
        return Error{QStringLiteral("job.not_found"), tr("There is no job %1.").arg(nameOrId)};
    return jobFromRow(query);
}

Status JobStore::deleteJob(qint64 id)
{
    QSqlQuery query(m_catalog.connection());
    query.prepare(QStringLiteral("DELETE FROM jobs WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return queryFailed(query, tr("delete the job"));
    if (query.numRowsAffected() == 0)
        return Error{QStringLiteral("job.not_found"), tr("There is no job with id %1.").arg(id)};
    return success();
}

Result<qint64> JobStore::startSession(qint64 jobId, const QString& kind, qint64 retryOf)
{
    QSqlQuery query(m_catalog.connection());
    query.prepare(
        QStringLiteral("INSERT INTO sessions (job_id, kind, started_at, result, retry_of, runner_pid) "
                       "VALUES (?, ?, ?, 'Running', ?, ?)"));
    query.addBindValue(jobId == 0 ? QVariant() : QVariant(jobId));
    query.addBindValue(kind);
    query.addBindValue(now());
    query.addBindValue(retryOf == 0 ? QVariant() : QVariant(retryOf));
    query.addBindValue(QCoreApplication::applicationPid());
    if (!query.exec())
        return queryFailed(query, tr("start a session"));
    return query.lastInsertId().toLongLong();
}

Result<int> JobStore::closeInterruptedSessions()
{
    QSqlQuery running(m_catalog.connection());
    if (!running.exec(
            QStringLiteral("SELECT id, COALESCE(runner_pid, 0) FROM sessions WHERE result = 'Running'")))
        return queryFailed(running, tr("list the running sessions"));
    QVector<qint64> orphans;
    while (running.next()) {
        const qint64 pid = running.value(1).toLongLong();
        // The catalog is local, so the runner is a process of this computer: if it is gone,
        // nothing will ever finish the session.
        if (processGone(pid))
            orphans.append(running.value(0).toLongLong());
    }
    running.finish();
    const QString message = tr("Interrupted: Lifeboat stopped while the session ran.");
    for (qint64 id : orphans) {
        QSqlQuery tasks(m_catalog.connection());
        tasks.prepare(
            QStringLiteral("UPDATE session_tasks SET result = 'Failed', finished_at = ?, message = ? "
                           "WHERE session_id = ? AND result = 'Running'"));
        tasks.addBindValue(now());
        tasks.addBindValue(message);
        tasks.addBindValue(id);
        if (!tasks.exec())
            return queryFailed(tasks, tr("close an interrupted session"));
        if (Status logged = log(id, QStringLiteral("error"), QString(), message); !logged)
            return logged.error();
        if (Status finished = finishSession(id, SessionResult::Failed, message); !finished)
            return finished.error();
    }
    return static_cast<int>(orphans.size());
}

Status JobStore::finishSession(qint64 session, SessionResult result, const QString& message)
{
    QSqlQuery query(m_catalog.connection());
    // The session's byte counts are the sum of its tasks', so they cannot disagree.
    query.prepare(QStringLiteral("UPDATE sessions SET finished_at = ?, result = ?, message = ?, "
                                 "bytes_read = (SELECT COALESCE(SUM(bytes_read), 0) FROM session_tasks WHERE "
                                 "session_id = sessions.id), "
                                 "bytes_stored = (SELECT COALESCE(SUM(bytes_stored), 0) FROM session_tasks "
                                 "WHERE session_id = sessions.id) "
                                 "WHERE id = ?"));
    query.addBindValue(now());
    query.addBindValue(toString(result));
    query.addBindValue(text(message));
    query.addBindValue(session);
    if (!query.exec())
        return queryFailed(query, tr("finish the session"));
    return success();
}

Result<qint64> JobStore::startTask(qint64 session, const QString& objectId, const QString& objectName)
{
    QSqlQuery query(m_catalog.connection());
    query.prepare(
        QStringLiteral("INSERT INTO session_tasks (session_id, object_id, object_name, started_at, result) "
                       "VALUES (?, ?, ?, ?, 'Running')"));
    query.addBindValue(session);
    query.addBindValue(text(objectId));
    query.addBindValue(text(objectName));
    query.addBindValue(now());
    if (!query.exec())
        return queryFailed(query, tr("start a task"));
    return query.lastInsertId().toLongLong();
}

Status JobStore::finishTask(const SessionTask& task)
{
    QSqlQuery query(m_catalog.connection());
    query.prepare(
        QStringLiteral("UPDATE session_tasks SET finished_at = ?, result = ?, bytes_read = ?, "
                       "bytes_stored = ?, restore_point = ?, message = ?, source_share = ? WHERE id = ?"));
    for (const QVariant& value :
         {QVariant(now()), QVariant(toString(task.result)), QVariant(task.bytesRead),
          QVariant(task.bytesStored), text(task.restorePoint), text(task.message),
          task.sourceShare < 0 ? QVariant() : QVariant(task.sourceShare), QVariant(task.id)})
        query.addBindValue(value);
    if (!query.exec())
        return queryFailed(query, tr("finish a task"));
    return success();
}

Status JobStore::log(qint64 session, const QString& severity, const QString& object, const QString& message)
{
    QSqlQuery query(m_catalog.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO session_log (session_id, at, severity, object, message) VALUES (?, ?, ?, ?, ?)"));
    for (const QVariant& value :
         {QVariant(session), QVariant(now()), text(severity), text(object), text(message)})
        query.addBindValue(value);
    if (!query.exec())
        return queryFailed(query, tr("write the session log"));
    return success();
}

Result<std::optional<JobStore::ScheduleState>> JobStore::scheduleState(qint64 jobId) const
{
    QSqlQuery query(m_catalog.connection());
    query.prepare(QStringLiteral("SELECT last_checked_at, last_due_at FROM job_schedule WHERE job_id = ?"));
    query.addBindValue(jobId);
    if (!query.exec())
        return queryFailed(query, tr("read the schedule"));
    if (!query.next())
        return std::optional<ScheduleState>();
    return std::optional<ScheduleState>(ScheduleState{timeOf(query.value(0)), timeOf(query.value(1))});
}

Status JobStore::setScheduleState(qint64 jobId, const ScheduleState& state)
{
    QSqlQuery query(m_catalog.connection());
    query.prepare(
        QStringLiteral("INSERT INTO job_schedule (job_id, last_checked_at, last_due_at) VALUES (?, ?, ?) "
                       "ON CONFLICT(job_id) DO UPDATE SET last_checked_at = excluded.last_checked_at, "
                       "last_due_at = excluded.last_due_at"));
    query.addBindValue(jobId);
    query.addBindValue(state.lastChecked.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(state.lastDue.isValid() ? QVariant(state.lastDue.toUTC().toString(Qt::ISODateWithMs))
                                               : QVariant());
    if (!query.exec())
        return queryFailed(query, tr("save the schedule"));
    return success();
}

Result<qint64> JobStore::recordMissed(qint64 jobId, const QString& message)
{
    auto session = startSession(jobId, QStringLiteral("missed"), 0);
    if (!session)
        return session;
    if (Status logged = log(*session, QStringLiteral("warning"), QString(), message); !logged)
        return logged.error();
    if (Status finished = finishSession(*session, SessionResult::Warning, message); !finished)
        return finished.error();
    return session;
}

Result<int> JobStore::requestStop(qint64 jobId)
{
    QSqlQuery query(m_catalog.connection());
    query.prepare(
        QStringLiteral("UPDATE sessions SET stop_requested = 1 WHERE job_id = ? AND result = 'Running'"));
    query.addBindValue(jobId);
    if (!query.exec())
        return queryFailed(query, tr("request a stop"));
    return query.numRowsAffected();
}

Result<bool> JobStore::stopRequested(qint64 session) const
{
    QSqlQuery query(m_catalog.connection());
    query.prepare(QStringLiteral("SELECT stop_requested FROM sessions WHERE id = ?"));
    query.addBindValue(session);
    if (!query.exec())
        return queryFailed(query, tr("read the session"));
    return query.next() && query.value(0).toInt() != 0;
}

Result<bool> JobStore::sessionIsLive(qint64 session) const
{
    QSqlQuery query(m_catalog.connection());
    query.prepare(
        QStringLiteral("SELECT COALESCE(runner_pid, 0) FROM sessions WHERE id = ? AND result = 'Running'"));
    query.addBindValue(session);
    if (!query.exec())
        return queryFailed(query, tr("read the session"));
    return query.next() && !processGone(query.value(0).toLongLong());
}

Result<qint64> JobStore::liveSessionOf(qint64 jobId) const
{
    QSqlQuery query(m_catalog.connection());
    query.prepare(QStringLiteral("SELECT id, COALESCE(runner_pid, 0) FROM sessions WHERE job_id = ? AND "
                                 "result = 'Running' AND kind = 'backup'"));
    query.addBindValue(jobId);
    if (!query.exec())
        return queryFailed(query, tr("read the session"));
    while (query.next())
        if (!processGone(query.value(1).toLongLong()))
            return query.value(0).toLongLong();
    return qint64(0);
}

Result<bool> JobStore::claimScheduler(qint64 pid, const QDateTime& time, int staleSeconds)
{
    QSqlDatabase db = m_catalog.connection();
    // IMMEDIATE: two processes claiming at once are serialised by SQLite's write lock.
    QSqlQuery begin(db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return queryFailed(begin, tr("claim the scheduler"));
    QSqlQuery read(db);
    read.prepare(QStringLiteral("SELECT value FROM settings WHERE key = 'scheduler.owner'"));
    if (!read.exec()) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return queryFailed(read, tr("claim the scheduler"));
    }
    bool mine = true;
    if (read.next()) {
        const QStringList owner = read.value(0).toString().split(QLatin1Char(' '));
        const qint64 ownerPid = owner.value(0).toLongLong();
        const QDateTime heartbeat = QDateTime::fromString(owner.value(1), Qt::ISODateWithMs);
        const bool stale = !heartbeat.isValid() || heartbeat.secsTo(time) > staleSeconds;
        mine = ownerPid == pid || processGone(ownerPid) || stale;
    }
    read.finish();
    if (mine) {
        QSqlQuery write(db);
        write.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES ('scheduler.owner', ?) "
                                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
        write.addBindValue(QStringLiteral("%1 %2").arg(pid).arg(time.toUTC().toString(Qt::ISODateWithMs)));
        if (!write.exec()) {
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return queryFailed(write, tr("claim the scheduler"));
        }
    }
    QSqlQuery commit(db);
    if (!commit.exec(QStringLiteral("COMMIT")))
        return queryFailed(commit, tr("claim the scheduler"));
    return mine;
}

Status JobStore::releaseScheduler(qint64 pid)
{
    QSqlQuery query(m_catalog.connection());
    query.prepare(QStringLiteral("DELETE FROM settings WHERE key = 'scheduler.owner' AND value LIKE ?"));
    query.addBindValue(QStringLiteral("%1 %").arg(pid));
    if (!query.exec())
        return queryFailed(query, tr("release the scheduler"));
    return success();
}

Result<QVector<Session>> JobStore::sessions(qint64 jobId, int limit) const
{
    QSqlQuery query(m_catalog.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM sessions s LEFT JOIN jobs j ON j.id = s.job_id "
                                 "WHERE (? = 0 OR s.job_id = ?) ORDER BY s.id DESC LIMIT ?")
                      .arg(QLatin1String(kSessionColumns)));
    query.addBindValue(jobId);
    query.addBindValue(jobId);
    query.addBindValue(limit);
    if (!query.exec())
        return queryFailed(query, tr("list the sessions"));
    QVector<Session> found;
    while (query.next())
        found.append(sessionFromRow(query));
    return found;
}

Result<Session> JobStore::session(qint64 id) const
{
    QSqlQuery query(m_catalog.connection());
    query.prepare(
        QStringLiteral("SELECT %1 FROM sessions s LEFT JOIN jobs j ON j.id = s.job_id WHERE s.id = ?")
            .arg(QLatin1String(kSessionColumns)));
    query.addBindValue(id);
    if (!query.exec())
        return queryFailed(query, tr("read the session"));
    if (!query.next())
        return Error{QStringLiteral("session.not_found"), tr("There is no session %1.").arg(id)};
    Session session = sessionFromRow(query);
    QSqlQuery tasks(m_catalog.connection());
    tasks.prepare(
        QStringLiteral("SELECT id, object_id, object_name, started_at, finished_at, result, bytes_read, "
                       "bytes_stored, restore_point, message, COALESCE(source_share, -1) FROM session_tasks "
                       "WHERE session_id = ? ORDER BY id"));
    tasks.addBindValue(id);
    if (!tasks.exec())
        return queryFailed(tasks, tr("read the session"));
    while (tasks.next()) {
        SessionTask task;
        task.id = tasks.value(0).toLongLong();
        task.objectId = tasks.value(1).toString();
        task.objectName = tasks.value(2).toString();
        task.started = timeOf(tasks.value(3));
        task.finished = timeOf(tasks.value(4));
        task.result = sessionResultFromString(tasks.value(5).toString());
        task.bytesRead = tasks.value(6).toLongLong();
        task.bytesStored = tasks.value(7).toLongLong();
        task.restorePoint = tasks.value(8).toString();
        task.message = tasks.value(9).toString();
        task.sourceShare = tasks.value(10).toDouble();
        task.sourceShare = tasks.value(10).toDouble();
        session.tasks.append(task);
    }
    return session;
}

Result<QVector<SessionLogLine>> JobStore::sessionLog(qint64 id) const
{
    QSqlQuery query(m_catalog.connection());
    query.prepare(QStringLiteral(
        "SELECT at, severity, object, message FROM session_log WHERE session_id = ? ORDER BY id"));
    query.addBindValue(id);
    if (!query.exec())
        return queryFailed(query, tr("read the session log"));
    QVector<SessionLogLine> lines;
    while (query.next())
        lines.append(SessionLogLine{timeOf(query.value(0)), query.value(1).toString(),
                                    query.value(2).toString(), query.value(3).toString()});
    return lines;
}

} // namespace lifeboat::jobs
