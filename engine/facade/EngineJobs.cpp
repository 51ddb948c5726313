// The Jobs tab's side of the facade: creating, editing, enabling, deleting, retrying jobs
// and exporting sessions for the account signed in to the console, checked against its
// scope on the engine thread whatever the GUI offered.
#include "console/ConsoleJobs.h"
#include "credentials/Keychain.h"
#include "facade/ConsoleRequest.h"
#include "facade/Engine.h"
#include "jobs/SessionReport.h"

#include <QCoreApplication>
#include <QLocale>

namespace lifeboat {

namespace {

using facade::ConsoleText;
using facade::myJob;
using facade::signedOut;
using facade::withSession;

QVector<Engine::JobInventoryObject> inventoryObjects(const console::ConsoleSession& session)
{
    const vsphere::Inventory& inventory = session.inventory();
    const tenants::Caller& caller = session.caller();
    const qint64 endpoint = session.endpoint().id;
    auto visible = [&](const QString& moref) {
        const vsphere::InventoryObject* object = inventory.object(moref);
        return object &&
               (object->type == QLatin1String("VirtualMachine") ||
                vsphere::Inventory::isContainerType(object->type)) &&
               caller.mayAccess(endpoint, inventory, moref);
    };
    QVector<Engine::JobInventoryObject> list;
    for (const auto& object : inventory.objects) {
        if (!visible(object.moref))
            continue;
        Engine::JobInventoryObject row;
        row.moref = object.moref;
        row.type = object.type;
        row.name = object.name;
        row.path = inventory.path(object.moref);
        // VMs show under their vApp when they have one, else their folder chain; a tenant's
        // tree starts at the containers it sees.
        QString up = !object.parentVApp.isEmpty() ? object.parentVApp : object.parent;
        for (int depth = 0; !up.isEmpty() && depth < 64; ++depth) {
            if (visible(up)) {
                row.parent = up;
                break;
            }
            const vsphere::InventoryObject* above = inventory.object(up);
            up = above ? above->parent : QString();
        }
        if (const vsphere::VirtualMachineInfo* vm = inventory.vm(object.moref))
            for (const auto& disk : vm->disks)
                row.disks.append(
                    Engine::JobInventoryObject::Disk{disk.key, disk.fileName, disk.capacityBytes});
        list.append(row);
    }
    // A Cloud Director user's VMs show under its Cloud Director vApps, which a job may take
    // whole (saveConsoleJob expands them into their members).
    if (session.isCloudDirector()) {
        QHash<QString, QString> vappOf; // moref → vApp
        QStringList vapps;
        for (const vcd::Vm& vm : session.cloudDirectorVms()) {
            vappOf.insert(vm.moref, vm.vappName);
            if (!vapps.contains(vm.vappName))
                vapps << vm.vappName;
        }
        for (Engine::JobInventoryObject& row : list)
            if (vappOf.contains(row.moref)) {
                row.parent = QLatin1String(console::kCloudDirectorVappPrefix) + vappOf.value(row.moref);
                row.path = QLatin1Char('/') + vappOf.value(row.moref) + QLatin1Char('/') + row.name;
            }
        for (const QString& vapp : std::as_const(vapps)) {
            Engine::JobInventoryObject row;
            row.moref = QLatin1String(console::kCloudDirectorVappPrefix) + vapp;
            row.type = QStringLiteral("VirtualApp");
            row.name = vapp;
            row.path = QLatin1Char('/') + vapp;
            list.append(row);
        }
    }
    std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) {
        return a.path != b.path ? a.path < b.path : a.moref < b.moref;
    });
    return list;
}

} // namespace

void Engine::jobInventory(QObject* context, bool reread,
                          std::function<void(Result<QVector<JobInventoryObject>>)> done)
{
    runAsync<Result<QVector<JobInventoryObject>>>(
        context,
        [reread](EngineWorker& worker, std::function<void(Result<QVector<JobInventoryObject>>)> reply) {
            facade::withFreshInventory<Result<QVector<JobInventoryObject>>>(
                worker, reread, std::move(reply),
                [](console::ConsoleSession& session) { return inventoryObjects(session); });
        },
        std::move(done));
}

void Engine::saveJob(QObject* context, jobs::JobDefinition job, const QString& guestPassword,
                     bool rememberPassword, std::function<void(Result<jobs::JobDefinition>)> done)
{
    run<Result<jobs::JobDefinition>>(
        context,
        [job = std::move(job), guestPassword, rememberPassword](EngineWorker& worker) {
            return withSession<Result<jobs::JobDefinition>>(
                worker, [&](console::ConsoleSession& session) -> Result<jobs::JobDefinition> {
                    // An organization's jobs run with the provider's service account, whose
                    // password is the provider's to keep: nothing of the user's is needed.
                    if (rememberPassword && !session.isCloudDirector()) {
                        if (session.isOffline())
                            return Error{QStringLiteral("console.offline"),
                                         ConsoleText::tr("Offline there is no server password to keep.")};
                        // The job runs as the signed-in account (saveConsoleJob sets it so).
                        if (Status kept = credentials::writeSecret(
                                credentials::endpointPasswordKey(session.endpoint().url, session.user()),
                                session.password());
                            !kept)
                            return Error{
                                kept.error().code,
                                ConsoleText::tr("Your password could not be kept for scheduled runs: %1 "
                                                "Save the job without keeping it, and ask your "
                                                "administrator to store one.")
                                    .arg(kept.error().message)};
                    }
                    return console::saveConsoleJob(worker, session, job, guestPassword);
                });
        },
        std::move(done));
}

void Engine::setJobEnabled(QObject* context, qint64 jobId, bool enabled, std::function<void(Status)> done)
{
    run<Status>(
        context,
        [jobId, enabled](EngineWorker& worker) {
            return withSession<Status>(worker, [&](console::ConsoleSession& session) -> Status {
                auto job = myJob(worker, session, jobId);
                if (!job)
                    return job.error();
                job->enabled = enabled;
                if (auto saved = worker.jobStore()->saveJob(*job); !saved)
                    return saved.error();
                return success();
            });
        },
        std::move(done));
}

void Engine::deleteJob(QObject* context, qint64 jobId, std::function<void(Status)> done)
{
    run<Status>(
        context,
        [jobId](EngineWorker& worker) {
            return withSession<Status>(worker, [&](console::ConsoleSession& session) -> Status {
                auto job = myJob(worker, session, jobId);
                if (!job)
                    return job.error();
                // A run in this or another process still writes sessions for the job.
                auto live = worker.jobStore()->liveSessionOf(jobId);
                if (worker.isRunning(jobId) || (live && *live > 0))
                    return Error{
                        QStringLiteral("job.running"),
                        ConsoleText::tr("The job %1 is running; stop it before deleting it.").arg(job->name)};
                if (Status deleted = worker.jobStore()->deleteJob(jobId); !deleted)
                    return deleted;
                // Its guest password must not wait for a later job of the same name.
                if (job->guest.enabled && job->guest.keyFile.isEmpty())
                    (void)credentials::deleteSecret(
                        credentials::guestPasswordKey(job->name, job->guest.user));
                return success();
            });
        },
        std::move(done));
}

void Engine::retryJob(QObject* context, qint64 jobId, std::function<void(Status)> done)
{
    run<Result<QStringList>>(
        context,
        [jobId](EngineWorker& worker) {
            return withSession<Result<QStringList>>(
                worker, [&](console::ConsoleSession& session) -> Result<QStringList> {
                    auto job = myJob(worker, session, jobId);
                    if (!job)
                        return job.error();
                    auto last = worker.jobStore()->sessions(jobId, 1);
                    if (!last)
                        return last.error();
                    if (last->isEmpty())
                        return Error{QStringLiteral("session.not_found"),
                                     ConsoleText::tr("The job %1 has not run yet.").arg(job->name)};
                    // The list has no tasks; the session itself has.
                    auto previous = worker.jobStore()->session(last->front().id);
                    if (!previous)
                        return previous.error();
                    QStringList failed;
                    for (const auto& task : previous->tasks)
                        if (task.result == jobs::SessionResult::Failed && !failed.contains(task.objectId))
                            failed << task.objectId;
                    if (failed.isEmpty())
                        return Error{
                            QStringLiteral("job.nothing_to_retry"),
                            ConsoleText::tr("No VM failed in the last session of %1; nothing to retry.")
                                .arg(job->name)};
                    return failed;
                });
        },
        [this, context, jobId, done = std::move(done)](Result<QStringList> failed) {
            if (!failed)
                return done(failed.error());
            startJob(context, jobId, *failed, done);
        });
}

namespace {

// The one session as a report, when it belongs to the caller.
Result<QVector<jobs::SessionReport>> callersSession(EngineWorker& worker, console::ConsoleSession& session,
                                                    qint64 sessionId)
{
    auto report = jobs::loadSessionReport(*worker.jobStore(), sessionId);
    if (!report)
        return report.error();
    // Offline, "administrator" means owning one repository, not this catalog.
    bool mine = session.caller().isAdministrator() && !session.isOffline();
    if (!mine && report->session.jobId != 0)
        if (auto job = worker.jobStore()->job(QString::number(report->session.jobId)))
            mine = static_cast<bool>(session.checkJob(*job));
    if (!mine)
        return Error{QStringLiteral("scope.denied"),
                     ConsoleText::tr("The session %1 belongs to another account.").arg(sessionId)};
    return QVector<jobs::SessionReport>{*report};
}

// The sessions of the caller's jobs that started in [from, to), and the report's title.
Result<std::pair<QVector<jobs::SessionReport>, QString>> callersSessions(EngineWorker& worker,
                                                                         console::ConsoleSession& session,
                                                                         const QDateTime& from,
                                                                         const QDateTime& to)
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return Error{QStringLiteral("export.range"),
                     ConsoleText::tr("The end of the period must come after its start.")};
    auto mine = session.jobs(worker);
    if (!mine)
        return mine.error();
    QVector<qint64> ids;
    for (const auto& job : *mine)
        ids << job.id;
    auto reports = jobs::loadSessionReports(*worker.jobStore(), ids, from, to);
    if (!reports)
        return reports.error();
    const QString title = ConsoleText::tr("Sessions from %1 to %2")
                              .arg(QLocale().toString(from.toLocalTime(), QLocale::ShortFormat),
                                   QLocale().toString(to.toLocalTime(), QLocale::ShortFormat));
    return std::pair{std::move(*reports), title};
}

} // namespace

void Engine::exportSession(QObject* context, qint64 sessionId, const QString& format, const QString& path,
                           std::function<void(Status)> done)
{
    run<Status>(
        context,
        [sessionId, format, path](EngineWorker& worker) {
            return withSession<Status>(worker, [&](console::ConsoleSession& session) -> Status {
                const auto kind = jobs::reportFormatFromString(format);
                if (!kind)
                    return Error{QStringLiteral("export.format"), ConsoleText::tr("Export as csv or html.")};
                auto reports = callersSession(worker, session, sessionId);
                if (!reports)
                    return reports.error();
                return jobs::writeSessionReports(*reports, *kind, path);
            });
        },
        std::move(done));
}

void Engine::exportSessions(QObject* context, const QDateTime& from, const QDateTime& to,
                            const QString& format, const QString& path, std::function<void(Result<int>)> done)
{
    run<Result<int>>(
        context,
        [from, to, format, path](EngineWorker& worker) {
            return withSession<Result<int>>(worker, [&](console::ConsoleSession& session) -> Result<int> {
                const auto kind = jobs::reportFormatFromString(format);
                if (!kind)
                    return Error{QStringLiteral("export.format"), ConsoleText::tr("Export as csv or html.")};
                auto reports = callersSessions(worker, session, from, to);
                if (!reports)
                    return reports.error();
                if (Status written = jobs::writeSessionReports(reports->first, *kind, path, reports->second);
                    !written)
                    return written.error();
                return static_cast<int>(reports->first.size());
            });
        },
        std::move(done));
}

void Engine::sessionReportPage(QObject* context, qint64 sessionId,
                               std::function<void(Result<SessionReportPage>)> done)
{
    run<Result<SessionReportPage>>(
        context,
        [sessionId](EngineWorker& worker) {
            return withSession<Result<SessionReportPage>>(
                worker, [&](console::ConsoleSession& session) -> Result<SessionReportPage> {
                    auto reports = callersSession(worker, session, sessionId);
                    if (!reports)
                        return reports.error();
                    const jobs::Session& first = reports->front().session;
                    return SessionReportPage{
                        1, ConsoleText::tr("Job %1, session %2").arg(first.jobName).arg(first.id),
                        jobs::reportHtml(*reports)};
                });
        },
        std::move(done));
}

void Engine::sessionsReportPage(QObject* context, const QDateTime& from, const QDateTime& to,
                                std::function<void(Result<SessionReportPage>)> done)
{
    run<Result<SessionReportPage>>(
        context,
        [from, to](EngineWorker& worker) {
            return withSession<Result<SessionReportPage>>(
                worker, [&](console::ConsoleSession& session) -> Result<SessionReportPage> {
                    auto reports = callersSessions(worker, session, from, to);
                    if (!reports)
                        return reports.error();
                    return SessionReportPage{static_cast<int>(reports->first.size()), reports->second,
                                             jobs::reportHtml(reports->first, reports->second)};
                });
        },
        std::move(done));
}

} // namespace lifeboat
