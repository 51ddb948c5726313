// The console's side of the facade: each request runs on the engine thread for the account
// signed in there, and only ever sees that account's scope.
#include "credentials/Keychain.h"
#include "facade/ConsoleRequest.h"
#include "facade/Engine.h"
#include "facade/OffThreadRequest.h"
#include "repository/Pipeline.h"
#include "repository/Repository.h"
#include "restore/VmRestore.h"
#include "vcd/VcdTenancy.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <algorithm>
#include <optional>

namespace lifeboat {

namespace {

using facade::ConsoleText;
using facade::myJob;
using facade::signedOut;
using facade::withSession;

Error superseded()
{
    return Error{QStringLiteral("console.superseded"),
                 ConsoleText::tr("A newer sign-in or sign-out replaced this one.")};
}

// The first of the caller's jobs that protects `vm` ("job.none" when none does).
Result<jobs::JobDefinition> protectingJob(EngineWorker& worker, const console::ConsoleSession& session,
                                          const QString& vm)
{
    auto mine = session.jobs(worker);
    if (!mine)
        return mine.error();
    for (const auto& job : *mine)
        if (job.endpointId == session.endpoint().id && !job.excludedVms.contains(vm) &&
            std::any_of(job.objects.cbegin(), job.objects.cend(), [&](const jobs::JobObject& object) {
                return session.inventory().contains(object.moref, vm);
            }))
            return job;
    return Error{QStringLiteral("job.none"),
                 ConsoleText::tr("No backup job protects this VM yet; create one in the Jobs tab.")};
}

// Starts restoring one VM for the signed-in account from one of its repositories; `done`
// is called only when this answers success. VmRestore checks the restore point's owner.
Status startVmRestore(EngineWorker& worker, console::ConsoleSession& session, const QString& repository,
                      restore::VmRestoreRequest request, std::function<void(qint64, qint64)> progress,
                      std::function<void(Result<jobs::Session>)> done)
{
    if (session.isOffline())
        return Error{QStringLiteral("console.offline"),
                     ConsoleText::tr("The repository is open offline: restoring a VM needs a vCenter. "
                                     "Extract its disks instead, or sign in to a server.")};
    auto mine = session.repositories(worker);
    if (!mine)
        return mine.error();
    if (!mine->contains(repository))
        return Error{
            QStringLiteral("scope.denied"),
            ConsoleText::tr("The repository %1 is not one of your jobs' repositories.").arg(repository)};
    auto opened = session.openRepository(worker, repository);
    if (!opened)
        return opened.error();
    request.endpoint = session.endpoint();
    request.user = session.user();
    request.password = session.password();
    request.operatorAccount = session.signedInAs();
    request.repository = *opened;
    request.caller = session.caller();
    // Cloud Director owns its VMs' power state: it powers them on after the restore.
    const bool powerOn = request.powerOn;
    if (session.isCloudDirector())
        request.powerOn = false;
    auto* restore = new restore::VmRestore(std::move(request), *worker.jobStore(), &worker);
    QObject::connect(restore, &restore::VmRestore::progressed, restore, std::move(progress));
    restore->start([&worker, restore, cloudDirector = session.cloudDirector(),
                    vms = session.cloudDirectorVms(), weakSession = session.weak_from_this(), powerOn,
                    done = std::move(done)](Result<jobs::Session> ended) mutable {
        const QString target = restore->target();
        const QString targetName = restore->targetName();
        restore->deleteLater();
        if (cloudDirector.id == 0 || !ended || ended->result == jobs::SessionResult::Failed ||
            ended->tasks.isEmpty())
            return done(std::move(ended));
        const auto original = vcd::organizationVm(vms, ended->tasks.first().objectName);
        if (!original || (original->moref == target && !powerOn))
            return done(std::move(ended));
        // What Cloud Director does after the restore is logged in the restore's session; a
        // failure there is a warning, not a failed restore: the VM is back on the vCenter.
        vcd::settleRestoredVm(
            *worker.catalog(), cloudDirector, *original, target, targetName, powerOn,
            [&worker, ended = std::move(ended), targetName, target, original = *original, weakSession,
             done = std::move(done)](Result<vcd::SettledVm> settled) mutable {
                const QString vapp = original.vappName;
                auto log = [&](const QString& severity, const QString& message) {
                    (void)worker.jobStore()->log(ended->id, severity, targetName, message);
                };
                if (!settled)
                    log(QStringLiteral("warning"), settled.error().message);
                else {
                    if (settled->imported) {
                        // The restored VM shows in the tabs at once, without a new sign-in.
                        vcd::Vm adopted = original;
                        adopted.name = targetName;
                        adopted.href = settled->href;
                        adopted.moref = target;
                        if (auto signedIn = weakSession.lock())
                            if (Status kept = signedIn->adoptCloudDirectorVm(*worker.tenantStore(), adopted);
                                !kept)
                                log(QStringLiteral("warning"), kept.error().message);
                    }
                    if (settled->imported)
                        log(QStringLiteral("info"),
                            ConsoleText::tr("%1 is now a VM of the vApp %2 in Cloud Director.")
                                .arg(targetName, vapp));
                    if (settled->poweredOn)
                        log(QStringLiteral("info"),
                            ConsoleText::tr("%1 was powered on through Cloud Director.").arg(targetName));
                    if (!settled->warning.isEmpty())
                        log(QStringLiteral("warning"), settled->warning);
                }
                done(std::move(ended));
            });
    });
    return success();
}

// The vApp `vapp` (moref or unique name) of the caller's inventory, if the caller may reach it.
Result<vsphere::InventoryObject> myVapp(const console::ConsoleSession& session, const QString& vapp)
{
    const vsphere::Inventory& inventory = session.inventory();
    const vsphere::InventoryObject* found = inventory.object(vapp);
    if (!found || found->type != QLatin1String("VirtualApp")) {
        found = nullptr;
        for (const vsphere::InventoryObject& object : std::as_const(inventory.objects))
            if (object.type == QLatin1String("VirtualApp") && object.name == vapp) {
                if (found)
                    return Error{QStringLiteral("restore.ambiguous_vapp"),
                                 ConsoleText::tr("Several vApps are named %1.").arg(vapp)};
                found = &object;
            }
    }
    if (!found)
        return Error{QStringLiteral("restore.unknown_vapp"),
                     ConsoleText::tr("There is no vApp %1.").arg(vapp)};
    if (Status allowed = session.caller().checkAccess(session.endpoint().id, inventory, found->moref);
        !allowed)
        return allowed.error();
    return *found;
}

} // namespace

void Engine::endpoints(QObject* context, std::function<void(Result<QVector<catalog::EndpointRecord>>)> done)
{
    run<Result<QVector<catalog::EndpointRecord>>>(
        context,
        [](EngineWorker& worker) -> Result<QVector<catalog::EndpointRecord>> {
            if (!worker.catalog())
                return Error{QStringLiteral("engine.no_catalog"), ConsoleText::tr("There is no catalog.")};
            return worker.catalog()->endpoints();
        },
        std::move(done));
}

void Engine::signIn(QObject* context, console::SignInRequest request, bool remember, bool forgetRemembered,
                    std::function<void(Result<console::Identity>)> done)
{
    runAsync<Result<console::Identity>>(
        context,
        [request = std::move(request), remember, forgetRemembered](EngineWorker& worker, auto reply) {
            // A new sign-in ends the previous one first: its account's rights must not linger.
            worker.setConsoleSession(nullptr);
            const quint64 generation = worker.beginSignIn();
            console::ConsoleSession::signIn(
                worker, request,
                [&worker, remember, forgetRemembered, generation, password = request.password,
                 reply](Result<std::shared_ptr<console::ConsoleSession>> session) {
                    if (!worker.isCurrentSignIn(generation))
                        return reply(superseded());
                    if (!session)
                        return reply(session.error());
                    worker.setConsoleSession(*session);
                    const console::Identity identity = (*session)->identity();
                    const QString key = credentials::consolePasswordKey(identity.server, identity.user);
                    // A keychain that cannot keep the password does not stop the sign-in; the
                    // user only has to type it again next time. It is the password typed in,
                    // not the session's: through Cloud Director the session works with the
                    // provider's service account.
                    if (remember)
                        (void)credentials::writeSecret(key, password);
                    else if (forgetRemembered)
                        (void)credentials::deleteSecret(key);
                    reply(identity);
                });
        },
        std::move(done));
}

void Engine::signInRemembered(QObject* context, const QString& server, const QString& user,
                              std::function<void(Result<console::Identity>)> done)
{
    runAsync<Result<console::Identity>>(
        context,
        [server, user](EngineWorker& worker, auto reply) {
            worker.setConsoleSession(nullptr);
            const quint64 generation = worker.beginSignIn();
            if (!worker.catalog())
                return reply(
                    Error{QStringLiteral("engine.no_catalog"), ConsoleText::tr("There is no catalog.")});
            auto endpoint = console::endpointForServer(*worker.catalog(), server);
            if (!endpoint)
                return reply(endpoint.error());
            auto password = credentials::readSecret(credentials::consolePasswordKey(endpoint->url, user));
            if (!password)
                return reply(password.error());
            console::ConsoleSession::signIn(
                worker, console::SignInRequest{server, user, *password},
                [&worker, generation, reply](Result<std::shared_ptr<console::ConsoleSession>> session) {
                    if (!worker.isCurrentSignIn(generation))
                        return reply(superseded());
                    if (!session)
                        return reply(session.error());
                    worker.setConsoleSession(*session);
                    reply((*session)->identity());
                });
        },
        std::move(done));
}

void Engine::signOut(QObject* context, std::function<void(Status)> done)
{
    run<Status>(
        context,
        [](EngineWorker& worker) -> Status {
            auto session = worker.consoleSession();
            if (!session)
                return success();
            const console::Identity identity = session->identity();
            const QString key = credentials::consolePasswordKey(identity.server, identity.user);
            // Signed out before the keychain is asked: its call runs a local event loop, and a
            // request queued meanwhile must already find nobody signed in.
            worker.setConsoleSession(nullptr);
            worker.beginSignIn();
            return credentials::deleteSecret(key);
        },
        std::move(done));
}

void Engine::trustServer(QObject* context, const QString& server, const QString& thumbprint,
                         std::function<void(Status)> done)
{
    run<Status>(
        context,
        [server, thumbprint](EngineWorker& worker) -> Status {
            if (!worker.catalog())
                return Error{QStringLiteral("engine.no_catalog"), ConsoleText::tr("There is no catalog.")};
            return console::trustServer(*worker.catalog(), server, thumbprint);
        },
        std::move(done));
}

void Engine::dashboard(QObject* context, std::function<void(Result<console::DashboardData>)> done)
{
    run<Result<console::DashboardData>>(
        context,
        [](EngineWorker& worker) {
            return withSession<Result<console::DashboardData>>(worker, [&](console::ConsoleSession& session) {
                return session.dashboard(worker, QDateTime::currentDateTimeUtc());
            });
        },
        std::move(done));
}

void Engine::vms(QObject* context, bool reread, std::function<void(Result<QVector<console::VmRow>>)> done)
{
    runAsync<Result<QVector<console::VmRow>>>(
        context,
        [reread](EngineWorker& worker, std::function<void(Result<QVector<console::VmRow>>)> reply) {
            facade::withFreshInventory<Result<QVector<console::VmRow>>>(
                worker, reread, std::move(reply),
                [&worker](console::ConsoleSession& session) -> Result<QVector<console::VmRow>> {
                    auto rows = session.vmRows(worker);
                    if (!rows)
                        return rows;
                    // Some servers (vcsim) leave parentVApp empty for a vApp's VMs and only
                    // name the vApp as their resource pool, as VmRestore also allows for.
                    for (console::VmRow& row : *rows) {
                        const vsphere::InventoryObject* vm = session.inventory().object(row.moref);
                        const vsphere::InventoryObject* pool =
                            vm ? session.inventory().object(vm->resourcePool) : nullptr;
                        if (row.vapp.isEmpty() && pool && pool->type == QLatin1String("VirtualApp"))
                            row.vapp = pool->name;
                    }
                    return rows;
                });
        },
        std::move(done));
}

void Engine::restorePoints(QObject* context,
                           std::function<void(Result<QVector<console::RestorePointRow>>)> done)
{
    run<Result<QVector<console::RestorePointRow>>>(
        context,
        [](EngineWorker& worker) {
            return withSession<Result<QVector<console::RestorePointRow>>>(
                worker, [&](console::ConsoleSession& session) { return session.restorePoints(worker); });
        },
        std::move(done));
}

void Engine::jobs(QObject* context, std::function<void(Result<QVector<console::JobRow>>)> done)
{
    run<Result<QVector<console::JobRow>>>(
        context,
        [](EngineWorker& worker) {
            return withSession<Result<QVector<console::JobRow>>>(
                worker, [&](console::ConsoleSession& session) { return session.jobRows(worker); });
        },
        std::move(done));
}

void Engine::sessions(QObject* context, qint64 jobId, int limit,
                      std::function<void(Result<QVector<jobs::Session>>)> done)
{
    run<Result<QVector<jobs::Session>>>(
        context,
        [jobId, limit = std::clamp(limit, 1, 1000)](EngineWorker& worker) {
            return withSession<Result<QVector<jobs::Session>>>(
                worker, [&](console::ConsoleSession& session) -> Result<QVector<jobs::Session>> {
                    auto mine = session.jobs(worker);
                    if (!mine)
                        return mine.error();
                    QVector<jobs::Session> found;
                    for (const auto& job : *mine) {
                        if (jobId != 0 && job.id != jobId)
                            continue;
                        auto list = worker.jobStore()->sessions(job.id, limit);
                        if (!list)
                            return list.error();
                        found += *list;
                    }
                    std::sort(found.begin(), found.end(),
                              [](const jobs::Session& a, const jobs::Session& b) { return a.id > b.id; });
                    if (found.size() > limit)
                        found.resize(limit);
                    return found;
                });
        },
        std::move(done));
}

void Engine::sessionLog(QObject* context, qint64 sessionId,
                        std::function<void(Result<QVector<jobs::SessionLogLine>>)> done)
{
    run<Result<QVector<jobs::SessionLogLine>>>(
        context,
        [sessionId](EngineWorker& worker) {
            return withSession<Result<QVector<jobs::SessionLogLine>>>(
                worker, [&](console::ConsoleSession& session) -> Result<QVector<jobs::SessionLogLine>> {
                    auto found = worker.jobStore()->session(sessionId);
                    if (!found)
                        return found.error();
                    // Restore sessions have no job: only an administrator reads those here.
                    // Offline, "administrator" means owning one repository, not this catalog.
                    bool mine = session.caller().isAdministrator() && !session.isOffline();
                    if (!mine && found->jobId != 0)
                        if (auto job = worker.jobStore()->job(QString::number(found->jobId)))
                            mine = static_cast<bool>(session.checkJob(*job));
                    if (!mine)
                        return Error{
                            QStringLiteral("scope.denied"),
                            ConsoleText::tr("The session %1 belongs to another account.").arg(sessionId)};
                    return worker.jobStore()->sessionLog(sessionId);
                });
        },
        std::move(done));
}

void Engine::startJob(QObject* context, qint64 jobId, const QStringList& onlyVms,
                      std::function<void(Status)> done)
{
    run<Status>(
        context,
        [this, jobId, onlyVms](EngineWorker& worker) -> Status {
            auto session = worker.consoleSession();
            if (!session)
                return signedOut();
            auto job = myJob(worker, *session, jobId);
            if (!job)
                return job.error();
            // The signed-in account's own job runs with the password it just proved;
            // others (an administrator starting a tenant's job) with the stored one.
            const bool ownAccount = job->endpointId == session->endpoint().id &&
                                    tenants::sameAccount(job->account, session->jobOwner());
            auto request = worker.prepareRun(*job, {}, ownAccount ? session->password() : QString());
            if (!request)
                return request.error();
            request->onlyVms = onlyVms;
            auto throttle = std::make_shared<QElapsedTimer>();
            // A refusal (the job runs already) is answered at once, inside startBackup: it is
            // this request's error then, not a finished run.
            auto starting = std::make_shared<bool>(true);
            auto refused = std::make_shared<std::optional<Error>>();
            worker.startBackup(
                std::move(*request),
                [this, jobId, starting, refused](Result<jobs::Session> ended) {
                    if (*starting && !ended) {
                        *refused = ended.error();
                        return;
                    }
                    if (ended)
                        Q_EMIT jobFinished(jobId, ended->id, jobs::toString(ended->result), ended->message);
                    else
                        Q_EMIT jobFinished(jobId, 0, jobs::toString(jobs::SessionResult::Failed),
                                           ended.error().message);
                },
                [this, jobId, throttle](const QString& vm, qint64 doneBytes, qint64 totalBytes) {
                    if (throttle->isValid() && throttle->elapsed() < 250 && doneBytes < totalBytes)
                        return;
                    throttle->start();
                    Q_EMIT jobProgress(jobId, vm, doneBytes, totalBytes);
                });
            *starting = false;
            if (*refused)
                return **refused;
            Q_EMIT jobStarted(jobId);
            return success();
        },
        std::move(done));
}

void Engine::backUpVm(QObject* context, const QString& vm, std::function<void(Status)> done)
{
    run<Result<qint64>>(
        context,
        [vm](EngineWorker& worker) {
            return withSession<Result<qint64>>(
                worker, [&](console::ConsoleSession& session) -> Result<qint64> {
                    if (Status allowed =
                            session.caller().checkAccess(session.endpoint().id, session.inventory(), vm);
                        !allowed)
                        return allowed.error();
                    auto job = protectingJob(worker, session, vm);
                    if (!job)
                        return job.error();
                    return job->id;
                });
        },
        [this, context, vm, done = std::move(done)](Result<qint64> job) {
            if (!job)
                return done(job.error());
            startJob(context, *job, {vm}, done);
        });
}

void Engine::stopJob(QObject* context, qint64 jobId, std::function<void(Status)> done)
{
    run<Status>(
        context,
        [jobId](EngineWorker& worker) -> Status {
            auto session = worker.consoleSession();
            if (!session)
                return signedOut();
            auto job = myJob(worker, *session, jobId);
            if (!job)
                return job.error();
            if (worker.stopBackup(jobId))
                return success();
            // Running in another process (lifeboat-cli serve): ask it through the catalog.
            auto asked = worker.jobStore()->requestStop(jobId);
            if (!asked)
                return asked.error();
            if (*asked == 0)
                return Error{QStringLiteral("job.not_running"),
                             ConsoleText::tr("The job %1 is not running.").arg(job->name)};
            return success();
        },
        std::move(done));
}

void Engine::restoreVm(QObject* context, const QString& repository, const QString& restorePoint,
                       bool overwrite, bool powerOn, const QString& newName,
                       std::function<void(Result<jobs::Session>)> done)
{
    runAsync<Result<jobs::Session>>(
        context,
        [this, repository, restorePoint, overwrite, powerOn, newName](EngineWorker& worker, auto reply) {
            auto session = worker.consoleSession();
            if (!session)
                return reply(signedOut());
            restore::VmRestoreRequest request;
            request.restorePoint = restorePoint;
            request.mode = overwrite ? restore::VmRestoreMode::Overwrite : restore::VmRestoreMode::Keep;
            request.powerOn = powerOn;
            request.newName = newName;
            auto throttle = std::make_shared<QElapsedTimer>();
            Status started = startVmRestore(
                worker, *session, repository, std::move(request),
                [this, restorePoint, throttle](qint64 doneBytes, qint64 totalBytes) {
                    if (throttle->isValid() && throttle->elapsed() < 250 && doneBytes < totalBytes)
                        return;
                    throttle->start();
                    Q_EMIT restoreProgress(restorePoint, doneBytes, totalBytes);
                },
                reply);
            if (!started)
                reply(started.error());
        },
        std::move(done));
}

void Engine::backUpVapp(QObject* context, const QString& vapp, std::function<void(Result<VappBackup>)> done)
{
    struct Groups
    {
        QString vappName;
        QVector<std::pair<qint64, QString>> jobs; // id, name
        QVector<QStringList> members;             // morefs, per job
        QStringList unprotected;
    };
    run<Result<Groups>>(
        context,
        [vapp](EngineWorker& worker) {
            return withSession<Result<Groups>>(
                worker, [&](console::ConsoleSession& session) -> Result<Groups> {
                    Groups groups;
                    QStringList members;
                    // A Cloud Director user's vApps are Cloud Director's, which vCenter does not
                    // know (as for the restore): their members are those Cloud Director named.
                    if (session.isCloudDirector()) {
                        members = session.cloudDirectorVapp(vapp);
                        if (members.isEmpty())
                            return Error{QStringLiteral("restore.unknown_vapp"),
                                         ConsoleText::tr("Your organization has no vApp %1.").arg(vapp)};
                        groups.vappName = vapp;
                    } else {
                        auto found = myVapp(session, vapp);
                        if (!found)
                            return found.error();
                        groups.vappName = found->name;
                        members = session.inventory().vmsIn(found->moref);
                    }
                    for (const QString& member : std::as_const(members)) {
                        const vsphere::VirtualMachineInfo* vm = session.inventory().vm(member);
                        auto job = protectingJob(worker, session, member);
                        if (!job) {
                            if (job.error().code != QLatin1String("job.none"))
                                return job.error();
                            groups.unprotected.append(vm ? vm->name : member);
                            continue;
                        }
                        qsizetype at = 0;
                        while (at < groups.jobs.size() && groups.jobs[at].first != job->id)
                            ++at;
                        if (at == groups.jobs.size()) {
                            groups.jobs.append({job->id, job->name});
                            groups.members.append(QStringList());
                        }
                        groups.members[at].append(member);
                    }
                    if (groups.jobs.isEmpty())
                        return Error{
                            QStringLiteral("job.none"),
                            ConsoleText::tr("No backup job protects a VM of the vApp %1 yet; create one "
                                            "in the Jobs tab.")
                                .arg(groups.vappName)};
                    return groups;
                });
        },
        [this, context, done = std::move(done)](Result<Groups> groups) {
            if (!groups)
                return done(groups.error());
            // One run per job, each limited to the vApp's members; answered when all have
            // started (or were refused, e.g. because the job runs already).
            auto result = std::make_shared<VappBackup>();
            result->unprotected = groups->unprotected;
            auto pending = std::make_shared<qsizetype>(groups->jobs.size());
            for (qsizetype i = 0; i < groups->jobs.size(); ++i) {
                const QString name = groups->jobs[i].second;
                startJob(context, groups->jobs[i].first, groups->members[i],
                         [result, pending, name, done](Status started) {
                             if (started)
                                 result->jobs.append(name);
                             else
                                 result->failed.append(name + QStringLiteral(": ") + started.error().message);
                             if (--*pending == 0)
                                 done(*result);
                         });
            }
        });
}

void Engine::restoreVapp(QObject* context, VappRestoreOrder order,
                         std::function<void(Result<VappRestoreResult>)> done)
{
    using Answer = Result<VappRestoreResult>;
    runAsync<Answer>(
        context,
        [this, order](EngineWorker& worker, std::function<void(Answer)> reply) {
            auto plan = withSession<Result<restore::VappRestorePlan>>(
                worker, [&](console::ConsoleSession& session) -> Result<restore::VappRestorePlan> {
                    if (session.isOffline())
                        return Error{QStringLiteral("console.offline"),
                                     ConsoleText::tr("The repository is open offline: restoring a vApp needs "
                                                     "a vCenter.")};
                    // The caller's own restore points only: those of its tenant, in its repositories.
                    auto points = session.restorePoints(worker);
                    if (!points)
                        return points.error();
                    QVector<restore::VappRestoreCandidate> candidates;
                    for (const console::RestorePointRow& point : std::as_const(*points))
                        candidates.append({point.repository, point.id, point.vmId, point.time});
                    if (session.isCloudDirector()) {
                        const QStringList members = session.cloudDirectorVapp(order.vapp);
                        if (members.isEmpty())
                            return Error{
                                QStringLiteral("restore.unknown_vapp"),
                                ConsoleText::tr("Your organization has no vApp %1.").arg(order.vapp)};
                        return restore::planMembersRestore(session.inventory(), session.caller(),
                                                           session.endpoint().id, order.vapp, members,
                                                           candidates, order.asOf);
                    }
                    return restore::planVappRestore(session.inventory(), session.caller(),
                                                    session.endpoint().id, order.vapp, candidates,
                                                    order.asOf);
                });
            // Refused before anything starts. The scope check names the vApp or a member by moref,
            // which the user never saw (nor should learn, for a VM outside the scope).
            if (!plan && plan.error().code == QLatin1String("scope.denied"))
                return reply(Error{plan.error().code,
                                   ConsoleText::tr("The vApp %1 is not restored: not all of its VMs are in "
                                                   "your scope.")
                                       .arg(order.vapp)});
            if (!plan)
                return reply(plan.error());
            struct Run
            {
                restore::VappRestorePlan plan;
                VappRestoreResult result;
                qsizetype next = 0;
                QElapsedTimer throttle;
            };
            auto state = std::make_shared<Run>();
            state->plan = std::move(*plan);
            state->result.vappName = state->plan.vappName;
            state->result.withoutRestorePoint = state->plan.withoutRestorePoint;
            // One member after the other, each an asynchronous VmRestore on this thread; the
            // pending restore's callback holds the chain, so it ends with the last member.
            auto step = std::make_shared<std::function<void()>>();
            *step = [this, &worker, state, reply, order, weakStep = std::weak_ptr(step)] {
                const qsizetype count = state->plan.members.size();
                if (state->next == count)
                    return reply(state->result);
                auto session = worker.consoleSession();
                if (!session)
                    return reply(signedOut());
                const qsizetype index = state->next++;
                const restore::VappRestoreMember& member = state->plan.members[index];
                restore::VmRestoreRequest request;
                request.restorePoint = member.point.restorePoint;
                request.mode =
                    order.overwrite ? restore::VmRestoreMode::Overwrite : restore::VmRestoreMode::Keep;
                request.powerOn = order.powerOn;
                Status started = startVmRestore(
                    worker, *session, member.point.repository, std::move(request),
                    [this, state, index, count](qint64 doneBytes, qint64 totalBytes) {
                        if (state->throttle.isValid() && state->throttle.elapsed() < 250 &&
                            doneBytes < totalBytes)
                            return;
                        state->throttle.start();
                        const qint64 part = totalBytes > 0 ? doneBytes * 1000 / totalBytes : 0;
                        Q_EMIT restoreProgress(state->plan.vappName, index * 1000 + part, count * 1000);
                    },
                    [state, reply, step = weakStep.lock()](Result<jobs::Session> ended) {
                        if (!ended)
                            return reply(ended.error());
                        state->result.sessions.append(*ended);
                        (*step)();
                    });
                if (!started)
                    reply(started.error());
            };
            (*step)();
        },
        std::move(done));
}

void Engine::openOffline(QObject* context, const QString& repository, const QByteArray& password,
                         std::function<void(Result<console::Identity>)> done)
{
    run<Result<console::Identity>>(
        context,
        [repository, password](EngineWorker& worker) -> Result<console::Identity> {
            worker.setConsoleSession(nullptr);
            worker.beginSignIn();
            auto session = console::ConsoleSession::openOffline(repository, password);
            if (!session)
                return session.error();
            worker.setConsoleSession(*session);
            return (*session)->identity();
        },
        std::move(done));
}

void Engine::extractDisks(QObject* context, const QString& repository, const QString& restorePoint,
                          const QString& folder, std::function<void(Result<QStringList>)> done)
{
    using Written = Result<QStringList>;
    runAsync<Written>(
        context,
        [repository, restorePoint, folder](EngineWorker& worker, std::function<void(Written)> reply) {
            struct Prepared
            {
                std::shared_ptr<repository::Repository> repository;
                repository::Manifest manifest;
            };
            auto prepared = withSession<Result<Prepared>>(
                worker, [&](console::ConsoleSession& session) -> Result<Prepared> {
                    auto mine = session.repositories(worker);
                    if (!mine)
                        return mine.error();
                    if (!mine->contains(repository))
                        return Error{
                            QStringLiteral("scope.denied"),
                            ConsoleText::tr("The repository %1 is not one of yours.").arg(repository)};
                    if (!QFileInfo(folder).isDir())
                        return Error{QStringLiteral("restore.bad_target"),
                                     ConsoleText::tr("%1 is not a folder.").arg(folder)};
                    auto opened = session.openRepository(worker, repository);
                    if (!opened)
                        return opened.error();
                    auto codec = (*opened)->codec();
                    auto manifest = (*opened)->loadManifest(restorePoint, *codec);
                    // Another account's restore point answers like a missing one.
                    if (!manifest || !session.caller().owns(manifest->tenant))
                        return Error{QStringLiteral("scope.denied"),
                                     ConsoleText::tr("There is no restore point %1 that you may restore.")
                                         .arg(restorePoint)};
                    return Prepared{*opened, *manifest};
                });
            if (!prepared)
                return reply(prepared.error());
            // Whole disks take minutes: written on a helper thread while the tabs keep asking.
            facade::RequestThreads::of(worker).start<Written>(
                worker,
                [prepared = *prepared, folder](const std::atomic<bool>& cancel) -> Written {
                    repository::PipelineOptions options;
                    options.cancel = &cancel;
                    QStringList written;
                    for (const auto& disk : prepared.manifest.disks) {
                        // Disk names come from the source; only their last component is used,
                        // so a hostile name cannot leave the chosen folder.
                        QString name = QFileInfo(disk.name).fileName();
                        if (name.isEmpty() || name == QLatin1String("..") || name == QLatin1String("."))
                            name = QStringLiteral("disk-%1.img").arg(written.size());
                        const QString target = QDir(folder).filePath(
                            prepared.manifest.vmName.isEmpty()
                                ? name
                                : QFileInfo(prepared.manifest.vmName).fileName() + QLatin1Char('_') + name);
                        auto restored = repository::restoreImage(*prepared.repository, prepared.manifest,
                                                                 disk.name, target, false, options);
                        if (!restored)
                            return restored.error();
                        written << target;
                    }
                    return written;
                },
                std::move(reply));
        },
        std::move(done));
}

namespace {

// The mail relay belongs to the installation: only an administrator signed in to the
// console (not offline, where anyone with the repository password is "administrator") may
// read or change it.
Status checkAdministrator(EngineWorker& worker)
{
    auto session = worker.consoleSession();
    if (!session)
        return signedOut();
    if (!session->caller().isAdministrator() || session->isOffline())
        return Error{QStringLiteral("scope.denied"),
                     ConsoleText::tr("Only an administrator can change the mail server.")};
    return success();
}

} // namespace

void Engine::mailSettings(QObject* context, std::function<void(Result<notify::SmtpSettings>)> done)
{
    run<Result<notify::SmtpSettings>>(
        context,
        [](EngineWorker& worker) -> Result<notify::SmtpSettings> {
            if (Status allowed = checkAdministrator(worker); !allowed)
                return allowed.error();
            return worker.mailSettings();
        },
        std::move(done));
}

void Engine::saveMailSettings(QObject* context, notify::SmtpSettings settings, const QByteArray& password,
                              std::function<void(Status)> done)
{
    run<Status>(
        context,
        [settings = std::move(settings), password](EngineWorker& worker) -> Status {
            if (Status allowed = checkAdministrator(worker); !allowed)
                return allowed;
            return worker.saveMailSettings(settings, password);
        },
        std::move(done));
}

void Engine::sendTestMail(QObject* context, const QString& to, std::function<void(Status)> done)
{
    runAsync<Status>(
        context,
        [to](EngineWorker& worker, auto reply) {
            if (Status allowed = checkAdministrator(worker); !allowed)
                return reply(allowed);
            notify::MailMessage message;
            message.to = {to};
            message.subject = ConsoleText::tr("[Lifeboat] Test message");
            message.body =
                ConsoleText::tr("Lifeboat can send reports through this mail server.") + QLatin1Char('\n');
            worker.sendMail(message, reply);
        },
        std::move(done));
}

} // namespace lifeboat
