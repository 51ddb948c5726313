#include "console/ConsoleJobs.h"

#include "apps/DatabaseItems.h"
#include "credentials/Keychain.h"
#include "facade/EngineWorker.h"
#include "notify/Mailer.h"
#include "repository/Backend.h"
#include "repository/Repository.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace lifeboat::console {

namespace {

struct JobText
{
    Q_DECLARE_TR_FUNCTIONS(lifeboat::console::ConsoleJobs)
};

Error invalid(const QString& message)
{
    return Error{QStringLiteral("job.invalid"), message};
}

} // namespace

Status checkJobPolicy(const tenants::Caller& owner, const jobs::JobDefinition& job)
{
    const auto& record = owner.tenantRecord();
    if (owner.isAdministrator() || !record)
        return success();
    auto policy = jobs::SchedulePolicy::parse(record->schedulePolicy);
    if (!policy)
        return policy.error();
    return policy->allows(job.schedule);
}

Status checkJobOptions(const jobs::JobDefinition& job)
{
    if (job.keepRestorePoints < 1)
        return invalid(JobText::tr("Keep at least one restore point."));
    if (job.retryCount < 0 || job.retryCount > 10)
        return invalid(JobText::tr("Retries go from 0 to 10."));
    if (job.retryWaitSeconds < 0)
        return invalid(JobText::tr("The wait between retries cannot be negative."));
    const jobs::GuestProcessing& guest = job.guest;
    for (const QString& kind : guest.items)
        if (auto provider = apps::providerFor(kind); !provider)
            return provider.error();
    if (!guest.itemEnvironment.isEmpty() && !apps::isSafeEnvironment(guest.itemEnvironment))
        return invalid(JobText::tr("The database environment takes NAME=value assignments separated by "
                                   "spaces, without quotes or shell syntax."));
    if (!guest.items.isEmpty() && guest.user.isEmpty())
        return invalid(JobText::tr("Database items are read through guest processing: give a guest user."));
    if (guest.enabled && guest.user.isEmpty())
        return invalid(JobText::tr("Guest processing needs a guest user."));
    for (const QString& address : job.notify.to)
        if (Status valid = notify::checkAddress(address); !valid)
            return valid;
    if (!QStringList{QStringLiteral("failure"), QStringLiteral("warning"), QStringLiteral("always")}.contains(
            job.notify.when))
        return invalid(JobText::tr("Reports go out on failure, warning or always."));
    const jobs::Schedule& schedule = job.schedule;
    using Kind = jobs::Schedule::Kind;
    if ((schedule.kind == Kind::Daily || schedule.kind == Kind::Monthly) && schedule.times.isEmpty())
        return invalid(JobText::tr("The schedule needs at least one time of day."));
    for (const QTime& time : schedule.times)
        if (!time.isValid())
            return invalid(JobText::tr("The schedule has a time that is not valid."));
    for (int day : schedule.weekdays)
        if (day < 1 || day > 7)
            return invalid(JobText::tr("Weekdays go from 1 (Monday) to 7 (Sunday)."));
    if (schedule.kind == Kind::Monthly && (schedule.dayOfMonth < 1 || schedule.dayOfMonth > 31))
        return invalid(JobText::tr("The day of the month goes from 1 to 31."));
    if (schedule.kind == Kind::EveryHours && (schedule.everyHours < 1 || schedule.everyHours > 24))
        return invalid(JobText::tr("Every N hours takes 1 to 24 hours."));
    if (schedule.kind == Kind::After && job.id != 0 && schedule.afterJob == job.id)
        return Error{QStringLiteral("job.bad_schedule"), JobText::tr("A job cannot run after itself.")};
    if (job.repository.startsWith(QLatin1String("sftp://")))
        return Error{QStringLiteral("job.sftp_unsupported"),
                     JobText::tr("Jobs cannot write to SFTP repositories yet; use a local folder.")};
    return success();
}

Result<jobs::JobDefinition> saveConsoleJob(EngineWorker& worker, ConsoleSession& session,
                                           jobs::JobDefinition job, const QString& guestPassword)
{
    jobs::JobStore* store = worker.jobStore();
    if (!store)
        return Error{QStringLiteral("engine.no_catalog"), JobText::tr("Jobs need the catalog.")};
    const tenants::Caller& caller = session.caller();
    job.name = job.name.trimmed();
    if (job.name.isEmpty())
        return invalid(JobText::tr("The job needs a name."));
    std::optional<jobs::JobDefinition> previous;
    if (job.id != 0) {
        auto stored = store->job(QString::number(job.id));
        if (!stored)
            return stored.error();
        if (Status mine = session.checkJob(*stored); !mine)
            return mine.error();
        previous = *stored;
        // Whose job it is and where it runs never change through an edit.
        job.account = stored->account;
        job.endpointId = stored->endpointId;
    } else {
        job.account = session.jobOwner();
        job.endpointId = session.endpoint().id;
    }
    if (Status mine = session.checkJob(job); !mine)
        return mine.error();
    if (!caller.isAdministrator()) {
        if (job.endpointId != session.endpoint().id)
            return Error{QStringLiteral("scope.denied"),
                         JobText::tr("You can only change jobs on the server you signed in to.")};
        // A tenant's backups go where its record says; it cannot pick another folder.
        if (const auto& record = caller.tenantRecord(); record && !record->repository.isEmpty())
            job.repository = record->repository;
    }
    if (job.repository.isEmpty())
        if (const auto& record = caller.tenantRecord(); record)
            job.repository = record->repository;
    if (job.repository.isEmpty())
        return invalid(JobText::tr("Choose the repository the job writes to."));
    if (Status valid = checkJobOptions(job); !valid)
        return valid.error();
    if (Status allowed = checkJobPolicy(caller, job); !allowed)
        return allowed.error();
    if (auto id = repository::Repository::peekId(*repository::openLocalBackend(job.repository)); !id)
        return Error{
            QStringLiteral("job.no_repository"),
            JobText::tr("%1 is not a Lifeboat repository: %2").arg(job.repository, id.error().message)};

    // Objects: against the inventory the account proved it may see. Jobs on another
    // endpoint (an administrator editing one) keep their objects as they were.
    if (job.objects.isEmpty())
        return invalid(JobText::tr("Choose at least one VM or container to back up."));
    const vsphere::Inventory& inventory = session.inventory();
    const bool here = job.endpointId == session.endpoint().id;
    if (here && session.isCloudDirector()) {
        QVector<jobs::JobObject> expanded;
        for (const jobs::JobObject& object : std::as_const(job.objects)) {
            if (!object.moref.startsWith(QLatin1String(kCloudDirectorVappPrefix))) {
                expanded.append(object);
                continue;
            }
            const QString vapp = object.moref.mid(qsizetype(qstrlen(kCloudDirectorVappPrefix)));
            const QStringList members = session.cloudDirectorVapp(vapp);
            if (members.isEmpty())
                return Error{QStringLiteral("job.unknown_object"),
                             JobText::tr("Your organization has no vApp %1.").arg(vapp)};
            for (const QString& member : members)
                if (std::none_of(expanded.cbegin(), expanded.cend(),
                                 [&](const jobs::JobObject& o) { return o.moref == member; }))
                    expanded.append(jobs::JobObject{QStringLiteral("VirtualMachine"), member, QString()});
        }
        job.objects = expanded;
    }
    if (here) {
        for (jobs::JobObject& object : job.objects) {
            const vsphere::InventoryObject* found = inventory.object(object.moref);
            if (!found || !caller.mayAccess(job.endpointId, inventory, object.moref))
                return Error{QStringLiteral("job.unknown_object"),
                             JobText::tr("%1 is not a VM or container you may back up.")
                                 .arg(object.name.isEmpty() ? object.moref : object.name)};
            if (found->type != QLatin1String("VirtualMachine") &&
                !vsphere::Inventory::isContainerType(found->type))
                return Error{
                    QStringLiteral("job.unknown_object"),
                    JobText::tr("%1 is a %2, which a job cannot back up.").arg(found->name, found->type)};
            object.type = found->type;
            object.name = found->name;
        }
        for (const QString& vm : job.excludedVms)
            if (!caller.mayAccess(job.endpointId, inventory, vm))
                return Error{QStringLiteral("job.unknown_object"),
                             JobText::tr("The excluded VM %1 is not one you may see.").arg(vm)};
    } else if (!previous || previous->objects.size() != job.objects.size() ||
               !std::equal(
                   job.objects.cbegin(), job.objects.cend(), previous->objects.cbegin(),
                   [](const jobs::JobObject& a, const jobs::JobObject& b) { return a.moref == b.moref; })) {
        return Error{
            QStringLiteral("job.other_endpoint"),
            JobText::tr("The objects of a job on another server can only be changed signed in there.")};
    }
    static const QRegularExpression diskPattern(QStringLiteral("^[^:\\s]+:\\d+$"));
    for (const QString& disk : job.excludedDisks)
        if (!diskPattern.match(disk).hasMatch())
            return invalid(JobText::tr("An excluded disk is written VM:KEY, not %1.").arg(disk));

    if (job.schedule.kind == jobs::Schedule::Kind::After) {
        auto after = store->job(QString::number(job.schedule.afterJob));
        if (!after || !session.checkJob(*after))
            return Error{QStringLiteral("job.bad_schedule"),
                         JobText::tr("The job to run after is not one of your jobs.")};
        job.schedule.afterJobName = after->name;
    }

    // The guest password goes to the keychain before the job is saved: without a keychain
    // nothing is saved and the user hears why.
    const bool needsPassword = job.guest.enabled && job.guest.keyFile.isEmpty();
    if (needsPassword) {
        const QString key = credentials::guestPasswordKey(job.name, job.guest.user);
        QString secret = guestPassword;
        if (secret.isEmpty() && previous && previous->guest.enabled && previous->guest.keyFile.isEmpty() &&
            (previous->name != job.name || previous->guest.user != job.guest.user)) {
            // Renamed: the stored password moves to the new entry.
            if (auto old = credentials::readSecret(
                    credentials::guestPasswordKey(previous->name, previous->guest.user)))
                secret = *old;
        }
        if (!secret.isEmpty()) {
            if (Status kept = credentials::writeSecret(key, secret); !kept)
                return Error{kept.error().code,
                             JobText::tr("The guest password could not be kept in the system keychain: %1")
                                 .arg(kept.error().message)};
            // A renamed job's old entry goes: a later job of the old name must not find it.
            if (previous && (previous->name != job.name || previous->guest.user != job.guest.user))
                (void)credentials::deleteSecret(
                    credentials::guestPasswordKey(previous->name, previous->guest.user));
        } else if (!previous || !previous->guest.enabled || !previous->guest.keyFile.isEmpty() ||
                   previous->name != job.name || previous->guest.user != job.guest.user) {
            // An entry left under this job name and user by a deleted or renamed job may be
            // another account's password: a new or renamed job must be given its own. Only
            // a service account's environment may carry it, as for scheduled runs.
            if (qEnvironmentVariableIsEmpty("LIFEBOAT_GUEST_PASSWORD"))
                return invalid(JobText::tr("Guest processing needs a key file or the guest password."));
        }
    }
    auto id = store->saveJob(job);
    if (!id)
        return id.error();
    job.id = *id;
    return job;
}

} // namespace lifeboat::console
