#include "apps/DatabaseItems.h"
#include "cli/CliContext.h"
#include "console/ConsoleJobs.h"
#include "core/Paths.h"
#include "credentials/Keychain.h"
#include "jobs/BackupRun.h"
#include "jobs/SessionReport.h"
#include "notify/Mailer.h"
#include "repository/Backend.h"
#include "repository/Pipeline.h"
#include "repository/Repository.h"
#include "vsphere/Inventory.h"
#include "vsphere/InventoryCache.h"
#include "vsphere/Tagging.h"
#include "vsphere/VsphereClient.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTimer>
#include <atomic>
#include <csignal>

namespace lifeboat::cli {

const char* const kJobUsage = QT_TRANSLATE_NOOP(
    "lifeboat::cli::Cli",
    "Usage: lifeboat-cli COMMAND [options] [--json]\n"
    "\n"
    "Commands:\n"
    "  inventory --endpoint URL --user NAME | --cached\n"
    "                     the VMs of an endpoint, with their disks (the catalog keeps the last one read)\n"
    "  job create NAME --endpoint URL --user NAME --repo PATH --objects MOREF[,MOREF...]\n"
    "             [--keep-last N] [--no-cbt] [--quiesce] [--index-files] [--exclude-vm MOREF] "
    "[--exclude-disk MOREF:KEY]\n"
    "             [--schedule \"daily 22:00 [mon-fri]\"|\"monthly 1 03:00\"|\"every 4h\"|\"after "
    "JOB\"|none]\n"
    "             [--retries N] [--retry-wait SECONDS] [--description TEXT]\n"
    "             [--guest-user NAME [--guest-key FILE] [--pre-freeze CMD] [--post-thaw CMD]\n"
    "              [--guest-address MOREF=HOST[:PORT]] [--guest-host-key MOREF=SHA256:...] [--guest-errors "
    "fail|ignore]\n"
    "              [--items postgresql,mariadb [--item-env \"PGHOST=... MYSQL_UNIX_PORT=...\"]]]\n"
    "                     a backup job (the VMs are checked against the endpoint's inventory)\n"
    "  job edit NAME [--schedule S] [--keep-last N] [--retries N] [--retry-wait SECONDS] [--cbt|--no-cbt]\n"
    "             [--quiesce] [--description TEXT]\n"
    "  job enable NAME | job disable NAME\n"
    "  job stop NAME      stop a run, also one another process is doing\n"
    "  serve [--tick SECONDS]\n"
    "                     run scheduled jobs until stopped (SIGTERM/Ctrl-C); missed runs are recorded\n"
    "  job list           the jobs\n"
    "  job show NAME      one job's definition\n"
    "  job run NAME       run a job now and wait for it (Ctrl-C stops it gracefully)\n"
    "  job retry NAME [--session ID]\n"
    "                     run the job again for the VMs that failed in its last (or the given) session\n"
    "  job delete NAME    delete a job (its sessions and restore points stay)\n"
    "  session list [--job NAME] [--limit N]\n"
    "  session show ID    a session's VMs and log\n"
    "  session export ID --format csv|html --to FILE\n"
    "  tenant add ACCOUNT [--admin] [--endpoint URL --scope KIND:MOREF ...] [--repo PATH] [--quota BYTES]\n"
    "                     let an account use Lifeboat: an administrator sees everything, a tenant only\n"
    "                     the VMs in its scope (KIND: folder, resource-pool, vapp, vm, tag). Until the "
    "first\n"
    "                     account is added, whoever the endpoint signs in is an administrator.\n"
    "  tenant list | tenant delete ACCOUNT\n"
    "  notify set --smtp-host HOST [--smtp-port N] [--security none|starttls|tls] --from ADDRESS\n"
    "             [--smtp-user NAME [--remember-password]] [--trust THUMBPRINT]\n"
    "  notify show | notify test --to ADDRESS\n"
    "                     the mail server for job reports (jobs: --notify ADDRESS --notify-on "
    "failure|warning|always)\n"
    "  restore-point list --endpoint URL --user NAME --repo PATH\n"
    "  restore-point download ID --disk NAME --to FILE --endpoint URL --user NAME --repo PATH\n"
    "                     the restore points the signed-in account may see, and a disk of one as a file\n"
    "\n"
    "Guest processing runs the pre-freeze script over SSH before the snapshot and the post-thaw script "
    "right\n"
    "after it; the guest's password (without --guest-key) comes from $LIFEBOAT_GUEST_PASSWORD or the "
    "keychain.\n"
    "Passwords: the endpoint's from $LIFEBOAT_ENDPOINT_PASSWORD or the keychain (see endpoint login\n"
    "--remember-password); the repository's from --password-stdin, --password-file, $LIFEBOAT_REPO_PASSWORD "
    "or\n"
    "the keychain (see repo --remember-password).\n");

namespace {

using jobs::JobDefinition;
using jobs::Session;

Result<QString> endpointPassword(const QString& url, const QString& user)
{
    QString password = qEnvironmentVariable("LIFEBOAT_ENDPOINT_PASSWORD");
    if (password.isEmpty())
        if (auto remembered = credentials::readSecret(credentials::endpointPasswordKey(url, user)))
            password = *remembered;
    if (password.isEmpty())
        return Error{QStringLiteral("endpoint.password_required"),
                     Cli::tr("No password for %1 on %2: set $LIFEBOAT_ENDPOINT_PASSWORD or remember it with "
                             "'lifeboat-cli endpoint login --remember-password'.")
                         .arg(user, url)};
    return password;
}

} // namespace

Result<vcd::OrganizationSignIn>
signInOrganization(EngineWorker& worker, const catalog::EndpointRecord& vcdEndpoint, const QString& user)
{
    auto password = endpointPassword(vcdEndpoint.url, user);
    if (!password)
        return password.error();
    auto signedIn = await<Result<vcd::OrganizationSignIn>>([&](auto done) {
        vcd::signInOrganizationUser(*worker.catalog(), *worker.tenantStore(), vcdEndpoint, user, *password,
                                    done);
    });
    if (signedIn && signedIn->vcenter.id == 0)
        return Error{
            QStringLiteral("vcd.no_vms"),
            Cli::tr("The organization %1 has no VMs in Cloud Director yet.").arg(signedIn->session.org)};
    return signedIn;
}

Result<vsphere::Inventory> inventoryOf(const catalog::EndpointRecord& endpoint, const QString& user,
                                       const QString& password)
{
    vsphere::VsphereClient client{QUrl(endpoint.url), endpoint.pinnedSha256};
    auto content =
        await<Result<vsphere::ServiceContent>>([&](auto done) { client.retrieveServiceContent(done); });
    if (!content)
        return content.error();
    auto session =
        await<Result<vsphere::UserSession>>([&](auto done) { client.login(user, password, done); });
    if (!session)
        return session.error();
    auto inventory = await<Result<vsphere::Inventory>>([&](auto done) { client.listInventory(done); });
    await<Status>([&](auto done) { client.logout(done); });
    return inventory;
}

namespace {

QJsonObject vmJson(const vsphere::VirtualMachineInfo& vm)
{
    QJsonArray disks;
    for (const auto& disk : vm.disks)
        disks.append(QJsonObject{{QStringLiteral("key"), disk.key},
                                 {QStringLiteral("file"), disk.fileName},
                                 {QStringLiteral("capacity_bytes"), disk.capacityBytes}});
    return QJsonObject{{QStringLiteral("moref"), vm.moref},
                       {QStringLiteral("name"), vm.name},
                       {QStringLiteral("power_state"), vm.powerState},
                       {QStringLiteral("instance_uuid"), vm.instanceUuid},
                       {QStringLiteral("guest_os"), vm.guestFullName},
                       {QStringLiteral("datacenter"), vm.datacenter},
                       {QStringLiteral("change_tracking"), vm.changeTrackingEnabled},
                       {QStringLiteral("disks"), disks}};
}

struct ScopedInventory
{
    vsphere::Inventory inventory;
    catalog::EndpointRecord endpoint; // a vCenter (a Cloud Director's user reads its organization's)
    QString account;                  // whose view it is: the user, or the user's organization
    bool administrator = false;
    vsphere::InventoryCache::Changes changes;
    QDateTime readAt;
    QHash<QString, QStringList> vcdVapps; // a Cloud Director user's vApps: name → member morefs
};

// Signs in as `user` (which proves who is asking) and returns what that account may see:
// everything for an administrator, the VMs and containers inside its scope for a tenant.
// Objects outside the scope stay in the tree (paths and containment need them) with their
// type prefixed by "-", so nothing lists or selects them.
Result<ScopedInventory> scopedInventory(EngineWorker& worker, const QString& endpointText,
                                        const QString& user)
{
    if (!worker.tenantStore())
        return noCatalog();
    auto endpoint = endpointByUrlOrId(worker, endpointText);
    if (!endpoint)
        return endpoint.error();
    // A Cloud Director user is its organization, reading the organization's vCenter through
    // the provider's service account.
    std::optional<vcd::OrganizationSignIn> organization;
    if (endpoint->kind == QLatin1String("vcd")) {
        auto signedIn = signInOrganization(worker, *endpoint, user);
        if (!signedIn)
            return signedIn.error();
        organization = std::move(*signedIn);
        endpoint = organization->vcenter;
    }
    const QString account = organization ? organization->vcenterAccount : user;
    auto password =
        organization ? Result<QString>(organization->vcenterPassword) : endpointPassword(endpoint->url, user);
    if (!password)
        return password.error();
    auto inventory = inventoryOf(*endpoint, account, *password);
    if (!inventory)
        return inventory.error();
    auto caller =
        organization ? Result<tenants::Caller>(organization->caller) : worker.tenantStore()->callerFor(user);
    if (!caller)
        return caller.error();
    // Tag scopes are looked up now: tags move with the objects an administrator tags.
    const QStringList tags = caller->tagNames(endpoint->id);
    if (!tags.isEmpty()) {
        vsphere::TagClient tagging(QUrl(endpoint->url), endpoint->pinnedSha256);
        if (Status in = await<Status>([&](auto done) { tagging.login(account, *password, done); }); !in)
            return in.error();
        for (const QString& tag : tags) {
            auto members = await<Result<QStringList>>([&](auto done) { tagging.attachedObjects(tag, done); });
            if (!members)
                return members.error();
            caller->setTagMembers(tag, *members);
        }
        await<bool>([&](auto done) { tagging.logout([done] { done(true); }); });
    }
    // The whole tree goes into the cache, whoever asked; what is shown is scoped below.
    auto changes = vsphere::InventoryCache(*worker.catalog()).store(endpoint->id, *inventory);
    if (!changes)
        return changes.error();
    ScopedInventory scoped{std::move(*inventory),
                           *endpoint,
                           organization ? caller->account() : user,
                           caller->isAdministrator(),
                           *changes,
                           QDateTime::currentDateTimeUtc(),
                           {}};
    if (organization)
        for (auto it = organization->vappOfVm.cbegin(); it != organization->vappOfVm.cend(); ++it)
            scoped.vcdVapps[it.value()].append(it.key());
    if (!caller->isAdministrator()) {
        const vsphere::Inventory full = scoped.inventory;
        QVector<vsphere::VirtualMachineInfo> visible;
        for (const auto& vm : full.vms)
            if (caller->mayAccess(endpoint->id, full, vm.moref))
                visible.append(vm);
        scoped.inventory.vms = visible;
        for (auto it = scoped.inventory.objects.begin(); it != scoped.inventory.objects.end(); ++it)
            if (!caller->mayAccess(endpoint->id, full, it.key()))
                it->type.prepend(QLatin1Char('-'));
    }
    return scoped;
}

// The cached inventory, without connecting: only in single-user mode, where nobody has to
// prove who they are.
Result<ScopedInventory> cachedInventory(EngineWorker& worker, const QString& endpointText)
{
    if (!worker.tenantStore())
        return noCatalog();
    auto accounts = worker.tenantStore()->tenants();
    if (!accounts)
        return accounts.error();
    if (!accounts->isEmpty())
        return Error{
            QStringLiteral("scope.sign_in_needed"),
            Cli::tr("Accounts are set up on this computer: sign in with --user NAME to see the inventory.")};
    auto endpoint = endpointByUrlOrId(worker, endpointText);
    if (!endpoint)
        return endpoint.error();
    auto cached = vsphere::InventoryCache(*worker.catalog()).load(endpoint->id);
    if (!cached)
        return cached.error();
    return ScopedInventory{std::move(cached->first), *endpoint, QString(), true, {}, cached->second, {}};
}

int inventory(CliContext& context, Engine& engine)
{
    const QString user = context.value("user");
    const bool fromCache = context.isSet("cached");
    if (context.value("endpoint").isEmpty() || (user.isEmpty() && !fromCache))
        return context.usage(Cli::tr("inventory needs --endpoint URL and --user NAME (or --cached)."));
    auto scoped = callEngine<Result<ScopedInventory>>(engine, [&](EngineWorker& worker) {
        return fromCache ? cachedInventory(worker, context.value("endpoint"))
                         : scopedInventory(worker, context.value("endpoint"), user);
    });
    if (!scoped)
        return context.fail(scoped.error());
    const vsphere::Inventory& inventory = scoped->inventory;
    if (context.json) {
        QJsonArray list;
        for (const auto& vm : inventory.vms) {
            QJsonObject json = vmJson(vm);
            json.insert(QStringLiteral("path"), inventory.path(vm.moref));
            list.append(json);
        }
        QJsonArray containers;
        for (const auto& object : inventory.objects)
            if (vsphere::Inventory::isContainerType(object.type))
                containers.append(QJsonObject{{QStringLiteral("moref"), object.moref},
                                              {QStringLiteral("type"), object.type},
                                              {QStringLiteral("name"), object.name},
                                              {QStringLiteral("path"), inventory.path(object.moref)}});
        context.printJson(
            {{QStringLiteral("vms"), list},
             {QStringLiteral("containers"), containers},
             {QStringLiteral("read_at"), scoped->readAt.toString(Qt::ISODate)},
             {QStringLiteral("cache"), QJsonObject{{QStringLiteral("added"), scoped->changes.added},
                                                   {QStringLiteral("changed"), scoped->changes.changed},
                                                   {QStringLiteral("removed"), scoped->changes.removed}}}});
        return Ok;
    }
    for (const auto& vm : inventory.vms) {
        qint64 capacity = 0;
        for (const auto& disk : vm.disks)
            capacity += disk.capacityBytes;
        context.out << QStringLiteral("%1  %2  %3  %4  %5  %6")
                           .arg(vm.moref, -8)
                           .arg(vm.name, -24)
                           .arg(vm.powerState, -11)
                           .arg(Cli::tr("%n disk(s)", nullptr, static_cast<int>(vm.disks.size())), -9)
                           .arg(QLocale().formattedDataSize(capacity), -10)
                           .arg(inventory.path(vm.moref))
                    << Qt::endl;
    }
    return Ok;
}

QJsonObject jobJson(const JobDefinition& job)
{
    QJsonObject json = job.toJson();
    json.insert(QStringLiteral("id"), job.id);
    json.insert(QStringLiteral("name"), job.name);
    json.insert(QStringLiteral("description"), job.description);
    json.insert(QStringLiteral("enabled"), job.enabled);
    return json;
}

Result<JobDefinition> findJob(Engine& engine, const QString& nameOrId)
{
    return callEngine<Result<JobDefinition>>(engine, [nameOrId](EngineWorker& worker) {
        return worker.jobStore() ? worker.jobStore()->job(nameOrId) : Result<JobDefinition>(noCatalog());
    });
}

// The options create and edit share; only the ones given change `job`.
int applyJobOptions(CliContext& context, Engine& engine, JobDefinition& job)
{
    if (context.isSet("description"))
        job.description = context.value("description");
    if (context.isSet("keep-last")) {
        bool ok = false;
        job.keepRestorePoints = context.value("keep-last").toInt(&ok);
        if (!ok || job.keepRestorePoints < 1)
            return context.usage(Cli::tr("--keep-last needs a number of at least 1."));
    }
    if (context.isSet("retries")) {
        bool ok = false;
        job.retryCount = context.value("retries").toInt(&ok);
        if (!ok || job.retryCount < 0 || job.retryCount > 10)
            return context.usage(Cli::tr("--retries needs a number from 0 to 10."));
    }
    if (context.isSet("retry-wait")) {
        bool ok = false;
        job.retryWaitSeconds = context.value("retry-wait").toInt(&ok);
        if (!ok || job.retryWaitSeconds < 0)
            return context.usage(Cli::tr("--retry-wait needs a number of seconds."));
    }
    if (context.isSet("no-cbt"))
        job.changeTracking = false;
    if (context.isSet("cbt"))
        job.changeTracking = true;
    if (context.isSet("quiesce"))
        job.quiesce = true;
    if (context.isSet("index-files"))
        job.indexFiles = true;
    if (context.isSet("no-index-files"))
        job.indexFiles = false;
    // Guest processing: any guest option turns it on, --no-guest off.
    jobs::GuestProcessing& guest = job.guest;
    if (context.isSet("guest-user"))
        guest.user = context.value("guest-user");
    if (context.isSet("guest-key"))
        guest.keyFile = QFileInfo(context.value("guest-key")).absoluteFilePath();
    if (context.isSet("pre-freeze"))
        guest.preFreeze = context.value("pre-freeze");
    if (context.isSet("post-thaw"))
        guest.postThaw = context.value("post-thaw");
    if (context.isSet("guest-errors")) {
        const QString mode = context.value("guest-errors");
        if (mode != QLatin1String("fail") && mode != QLatin1String("ignore"))
            return context.usage(Cli::tr("--guest-errors takes fail or ignore."));
        guest.ignoreErrors = mode == QLatin1String("ignore");
    }
    for (const char* option : {"guest-address", "guest-host-key"})
        for (const QString& entry : context.values(option)) {
            const QString moref = entry.section(QLatin1Char('='), 0, 0);
            const QString value = entry.section(QLatin1Char('='), 1);
            if (moref.isEmpty() || value.isEmpty())
                return context.usage(Cli::tr("--%1 takes MOREF=VALUE.").arg(QLatin1String(option)));
            (qstrcmp(option, "guest-address") == 0 ? guest.addresses : guest.hostKeys).insert(moref, value);
        }
    if (context.isSet("items")) {
        guest.items = context.value("items").split(QLatin1Char(','), Qt::SkipEmptyParts);
    }
    if (context.isSet("item-env")) {
        if (!apps::isSafeEnvironment(context.value("item-env")))
            return context.usage(
                Cli::tr("--item-env takes NAME=value assignments separated by spaces, without "
                        "quotes or shell syntax."));
        guest.itemEnvironment = context.value("item-env");
    }
    if (!guest.items.isEmpty() && guest.user.isEmpty())
        return context.usage(
            Cli::tr("Database items are read through guest processing: add --guest-user NAME."));
    for (const char* option :
         {"guest-user", "guest-key", "pre-freeze", "post-thaw", "guest-address", "guest-host-key"})
        if (context.isSet(option))
            guest.enabled = true;
    if (context.isSet("no-guest"))
        guest.enabled = false;
    if (guest.enabled && guest.user.isEmpty())
        return context.usage(Cli::tr("Guest processing needs --guest-user NAME."));
    if (context.isSet("notify"))
        job.notify.to = context.values("notify");
    if (context.isSet("notify-on")) {
        job.notify.when = context.value("notify-on");
        if (!QStringList{QStringLiteral("failure"), QStringLiteral("warning"), QStringLiteral("always")}
                 .contains(job.notify.when))
            return context.usage(Cli::tr("--notify-on takes failure, warning or always."));
    }
    if (context.isSet("schedule")) {
        auto schedule = jobs::Schedule::parse(context.value("schedule"));
        if (!schedule)
            return context.fail(schedule.error());
        if (schedule->kind == jobs::Schedule::Kind::After) {
            auto after = findJob(engine, schedule->afterJobName);
            if (!after)
                return context.fail(after.error());
            if (after->id == job.id && job.id != 0)
                return context.fail(
                    Error{QStringLiteral("job.bad_schedule"), Cli::tr("A job cannot run after itself.")});
            schedule->afterJob = after->id;
            schedule->afterJobName = after->name;
        }
        job.schedule = *schedule;
    }
    // What the console's wizard must satisfy too: database kinds, addresses, schedule.
    if (Status valid = console::checkJobOptions(job); !valid)
        return context.fail(valid.error());
    return Ok;
}

int createJob(CliContext& context, Engine& engine)
{
    JobDefinition job;
    job.name = context.command.value(2);
    job.description = context.value("description");
    if (job.description.isNull())
        job.description = QLatin1String("");
    job.account = context.value("user");
    job.repository = context.value("repo");
    const QStringList morefs = context.value("objects").split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (job.name.isEmpty() || context.value("endpoint").isEmpty() || job.account.isEmpty() ||
        morefs.isEmpty())
        return context.usage(Cli::tr("job create needs NAME, --endpoint, --user, --repo and --objects."));
    // A Cloud Director organization's jobs start from the template its provider set; the
    // options given here still win.
    auto templated = callEngine<Result<std::optional<JobDefinition>>>(
        engine, [&](EngineWorker& worker) -> Result<std::optional<JobDefinition>> {
            if (!worker.tenantStore())
                return noCatalog();
            auto endpoint = endpointByUrlOrId(worker, context.value("endpoint"));
            if (!endpoint)
                return endpoint.error();
            if (endpoint->kind != QLatin1String("vcd"))
                return std::optional<JobDefinition>();
            auto organization = worker.tenantStore()->findOrganization(
                endpoint->id, job.account.section(QLatin1Char('@'), -1));
            if (!organization)
                return organization.error();
            if (!*organization || (*organization)->jobTemplate.isEmpty())
                return std::optional<JobDefinition>();
            auto fromTemplate = JobDefinition::fromJson((*organization)->jobTemplate);
            if (!fromTemplate)
                return fromTemplate.error();
            return std::optional<JobDefinition>(*fromTemplate);
        });
    if (!templated)
        return context.fail(templated.error());
    if (*templated) {
        JobDefinition base = **templated;
        base.name = job.name;
        base.description = job.description;
        base.account = job.account;
        base.repository = job.repository;
        job = base;
    }
    if (int applied = applyJobOptions(context, engine, job); applied != Ok)
        return applied;
    job.excludedDisks = context.values("exclude-disk");
    job.excludedVms = context.values("exclude-vm");
    if (job.repository.startsWith(QLatin1String("sftp://")))
        return context.fail(
            Error{QStringLiteral("job.sftp_unsupported"),
                  Cli::tr("Jobs cannot write to SFTP repositories yet; use a local folder.")});
    auto saved =
        callEngine<Result<JobDefinition>>(engine, [&](EngineWorker& worker) -> Result<JobDefinition> {
            if (!worker.jobStore())
                return noCatalog();
            auto endpoint = endpointByUrlOrId(worker, context.value("endpoint"));
            if (!endpoint)
                return endpoint.error();
            job.endpointId = endpoint->id;
            auto scoped = scopedInventory(worker, context.value("endpoint"), job.account);
            if (!scoped)
                return scoped.error();
            // An organization's job runs on its vCenter and belongs to the organization.
            job.endpointId = scoped->endpoint.id;
            job.account = scoped->account;
            // As in the console: a tenant's backups go where its record says.
            auto owner = worker.tenantStore()->callerForOwner(job.account);
            if (!owner)
                return owner.error();
            if (!owner->isAdministrator())
                if (const auto& record = owner->tenantRecord(); record && !record->repository.isEmpty())
                    job.repository = record->repository;
            if (Status allowed = console::checkJobPolicy(*owner, job); !allowed)
                return allowed.error();
            if (job.repository.isEmpty())
                return Error{QStringLiteral("job.no_repository"),
                             Cli::tr("Give the job's repository with --repo PATH.")};
            auto backend = repository::openLocalBackend(job.repository);
            if (auto id = repository::Repository::peekId(*backend); !id)
                return Error{
                    QStringLiteral("job.no_repository"),
                    Cli::tr("%1 is not a Lifeboat repository: %2").arg(job.repository, id.error().message)};
            // vCenter does not know a Cloud Director vApp: the job backs up its members.
            QStringList objects;
            for (const QString& moref : morefs)
                objects << (scoped->vcdVapps.contains(moref) ? scoped->vcdVapps.value(moref)
                                                             : QStringList{moref});
            for (const QString& moref : std::as_const(objects)) {
                const vsphere::InventoryObject* object = scoped->inventory.object(moref);
                if (!object || object->type.startsWith(QLatin1Char('-')))
                    return Error{
                        QStringLiteral("job.unknown_object"),
                        Cli::tr("%1 has no VM or container %2 that %3 may back up; see 'lifeboat-cli "
                                "inventory'.")
                            .arg(scoped->endpoint.url, moref, job.account)};
                if (object->type != QLatin1String("VirtualMachine") &&
                    !vsphere::Inventory::isContainerType(object->type))
                    return Error{QStringLiteral("job.unknown_object"),
                                 Cli::tr("%1 is a %2, which a job cannot back up.").arg(moref, object->type)};
                job.objects.append(jobs::JobObject{object->type, moref, object->name});
            }
            auto id = worker.jobStore()->saveJob(job);
            if (!id)
                return id.error();
            job.id = *id;
            return job;
        });
    if (!saved)
        return context.fail(saved.error());
    if (context.json)
        context.printJson(jobJson(*saved));
    else
        context.out << Cli::tr("Job %1 created (id %2).").arg(saved->name).arg(saved->id) << Qt::endl;
    return Ok;
}

int listJobs(CliContext& context, Engine& engine)
{
    auto jobs = callEngine<Result<QVector<JobDefinition>>>(engine, [](EngineWorker& worker) {
        return worker.jobStore() ? worker.jobStore()->jobs() : Result<QVector<JobDefinition>>(noCatalog());
    });
    if (!jobs)
        return context.fail(jobs.error());
    if (context.json) {
        QJsonArray list;
        for (const auto& job : *jobs)
            list.append(jobJson(job));
        context.printJson({{QStringLiteral("jobs"), list}});
        return Ok;
    }
    for (const auto& job : *jobs)
        context.out << QStringLiteral("%1  %2  ").arg(job.id, 4).arg(job.name, -24)
                    << Cli::tr("%n VM(s)", nullptr, static_cast<int>(job.objects.size())) << Qt::endl;
    return Ok;
}

int showJob(CliContext& context, Engine& engine)
{
    auto job = findJob(engine, context.command.value(2));
    if (!job)
        return context.fail(job.error());
    context.printJson(jobJson(*job));
    return Ok;
}

int saveEdited(CliContext& context, Engine& engine, const JobDefinition& job, const QString& done)
{
    auto saved = callEngine<Result<qint64>>(engine, [&job](EngineWorker& worker) -> Result<qint64> {
        // The owner's schedule policy holds for every change, whoever makes it from here.
        auto owner = worker.tenantStore()->callerForOwner(job.account);
        if (owner)
            if (Status allowed = console::checkJobPolicy(*owner, job); !allowed)
                return allowed.error();
        return worker.jobStore()->saveJob(job);
    });
    if (!saved)
        return context.fail(saved.error());
    if (context.json)
        context.printJson(jobJson(job));
    else
        context.out << done << Qt::endl;
    return Ok;
}

int editJob(CliContext& context, Engine& engine)
{
    auto job = findJob(engine, context.command.value(2));
    if (!job)
        return context.fail(job.error());
    if (int applied = applyJobOptions(context, engine, *job); applied != Ok)
        return applied;
    return saveEdited(context, engine, *job, Cli::tr("Job %1 saved.").arg(job->name));
}

int enableJob(CliContext& context, Engine& engine)
{
    auto job = findJob(engine, context.command.value(2));
    if (!job)
        return context.fail(job.error());
    job->enabled = context.command.value(1) == QLatin1String("enable");
    return saveEdited(context, engine, *job,
                      job->enabled
                          ? Cli::tr("Job %1 enabled.").arg(job->name)
                          : Cli::tr("Job %1 disabled: the scheduler leaves it alone.").arg(job->name));
}

int stopJob(CliContext& context, Engine& engine)
{
    auto job = findJob(engine, context.command.value(2));
    if (!job)
        return context.fail(job.error());
    auto requested = callEngine<Result<int>>(
        engine, [id = job->id](EngineWorker& worker) { return worker.jobStore()->requestStop(id); });
    if (!requested)
        return context.fail(requested.error());
    if (*requested == 0)
        return context.fail(
            Error{QStringLiteral("job.not_running"), Cli::tr("The job %1 is not running.").arg(job->name)});
    if (!context.json)
        context.out << Cli::tr("Stop requested; the run removes its snapshot and ends within seconds.")
                    << Qt::endl;
    return Ok;
}

std::atomic<bool> g_serveStop{false};

int serve(CliContext& context, Engine& engine)
{
    const int tickSeconds = context.isSet("tick") ? context.value("tick").toInt() : 30;
    if (tickSeconds < 1)
        return context.usage(Cli::tr("--tick needs a number of seconds."));
    Status started = callEngine<Status>(
        engine, [tickSeconds](EngineWorker& worker) { return worker.startScheduler(tickSeconds * 1000); });
    if (!started)
        return context.fail(started.error());
    context.out << Cli::tr("Lifeboat is running scheduled jobs; Ctrl-C or SIGTERM stops it.") << Qt::endl;
    QTextStream& out = context.out;
    // Notices are printed on this thread (the receiver lives here), never on the engine's.
    QObject printer;
    engine.run<bool>(
        &engine,
        [&out, receiver = &printer](EngineWorker& worker) {
            QObject::connect(&worker, &EngineWorker::notice, receiver, [&out](const QString& message) {
                out << QDateTime::currentDateTime().toString(Qt::ISODate) << "  " << message << Qt::endl;
            });
            return true;
        },
        [](bool) {});
    g_serveStop = false;
    std::signal(SIGINT, [](int) { g_serveStop = true; });
    std::signal(SIGTERM, [](int) { g_serveStop = true; });
    QEventLoop loop;
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, &loop, [&] {
        if (!g_serveStop.exchange(false))
            return;
        watch.stop();
        out << Cli::tr("Stopping: running jobs remove their snapshots first.") << Qt::endl;
        engine.runAsync<bool>(
            &loop,
            [](EngineWorker& worker, std::function<void(bool)> reply) {
                worker.stopScheduler();
                worker.stopAll([reply] { reply(true); });
            },
            [&loop](bool) { loop.quit(); });
    });
    watch.start(200);
    loop.exec();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    return Ok;
}

int deleteJob(CliContext& context, Engine& engine)
{
    auto job = findJob(engine, context.command.value(2));
    if (!job)
        return context.fail(job.error());
    Status deleted = callEngine<Status>(
        engine, [id = job->id](EngineWorker& worker) { return worker.jobStore()->deleteJob(id); });
    if (!deleted)
        return context.fail(deleted.error());
    if (!context.json)
        context.out << Cli::tr("Job %1 deleted.").arg(job->name) << Qt::endl;
    return Ok;
}

} // namespace

QJsonObject sessionJson(const Session& session)
{
    QJsonArray tasks;
    for (const auto& task : session.tasks)
        tasks.append(
            QJsonObject{{QStringLiteral("vm"), task.objectName},
                        {QStringLiteral("moref"), task.objectId},
                        {QStringLiteral("result"), jobs::toString(task.result)},
                        {QStringLiteral("bytes_read"), task.bytesRead},
                        {QStringLiteral("bytes_stored"), task.bytesStored},
                        {QStringLiteral("restore_point"), task.restorePoint},
                        {QStringLiteral("started"), task.started.toString(Qt::ISODate)},
                        {QStringLiteral("finished"), task.finished.toString(Qt::ISODate)},
                        {QStringLiteral("duration_s"), jobs::durationSeconds(task.started, task.finished)},
                        {QStringLiteral("read_MBps"), jobs::megabytesPerSecond(task)},
                        {QStringLiteral("bottleneck"), task.bottleneck()},
                        {QStringLiteral("message"), task.message}});
    return QJsonObject{{QStringLiteral("id"), session.id},
                       {QStringLiteral("job_id"), session.jobId},
                       {QStringLiteral("job"), session.jobName},
                       {QStringLiteral("kind"), session.kind},
                       {QStringLiteral("result"), jobs::toString(session.result)},
                       {QStringLiteral("started"), session.started.toString(Qt::ISODate)},
                       {QStringLiteral("finished"), session.finished.toString(Qt::ISODate)},
                       {QStringLiteral("bytes_read"), session.bytesRead},
                       {QStringLiteral("bytes_stored"), session.bytesStored},
                       {QStringLiteral("retry_of"), session.retryOf},
                       {QStringLiteral("message"), session.message},
                       {QStringLiteral("vms"), tasks}};
}

void printSession(const CliContext& context, const Session& session)
{
    // Restores belong to no job: their kind says what they were.
    context.out << (session.jobName.isEmpty() ? Cli::tr("Session %1 (%2): %3")
                                                    .arg(session.id)
                                                    .arg(session.kind, jobs::toString(session.result))
                                              : Cli::tr("Session %1 of %2: %3")
                                                    .arg(session.id)
                                                    .arg(session.jobName, jobs::toString(session.result)))
                << Qt::endl;
    for (const auto& task : session.tasks)
        context.out << QStringLiteral("  %1  %2  %3  %4  %5  %6  %7")
                           .arg(jobs::toString(task.result), -8)
                           .arg(task.objectName, -20)
                           .arg(QLocale().formattedDataSize(task.bytesRead), -10)
                           .arg(Cli::tr("%1 MB/s").arg(jobs::megabytesPerSecond(task), 0, 'f', 1), -11)
                           .arg(task.bottleneck().isEmpty()
                                    ? QString()
                                    : Cli::tr("bottleneck: %1").arg(task.bottleneck()),
                                -22)
                           .arg(task.restorePoint, -26)
                           .arg(task.message)
                    << Qt::endl;
    if (!session.message.isEmpty())
        context.out << "  " << session.message << Qt::endl;
}

namespace {

std::atomic<bool> g_stopRequested{false};

int runJob(CliContext& context, Engine& engine, bool retry)
{
    auto job = findJob(engine, context.command.value(2));
    if (!job)
        return context.fail(job.error());
    jobs::RunRequest request;
    request.job = *job;
    if (retry) {
        auto previous = callEngine<Result<Session>>(engine, [&](EngineWorker& worker) -> Result<Session> {
            qint64 id = context.value("session").toLongLong();
            if (id == 0) {
                auto sessions = worker.jobStore()->sessions(job->id, 1);
                if (!sessions)
                    return sessions.error();
                if (sessions->isEmpty())
                    return Error{QStringLiteral("session.not_found"),
                                 Cli::tr("The job %1 has not run yet.").arg(job->name)};
                id = sessions->front().id;
            }
            return worker.jobStore()->session(id);
        });
        if (!previous)
            return context.fail(previous.error());
        for (const auto& task : previous->tasks)
            if (task.result == jobs::SessionResult::Failed)
                request.onlyVms << task.objectId;
        if (request.onlyVms.isEmpty()) {
            context.out << Cli::tr("No VM failed in session %1; nothing to retry.").arg(previous->id)
                        << Qt::endl;
            return Ok;
        }
        request.retryOf = previous->id;
    }
    auto given = readSecretInput(context, "LIFEBOAT_REPO_PASSWORD");
    if (!given)
        return context.fail(given.error());
    auto prepared = callEngine<Status>(engine, [&](EngineWorker& worker) -> Status {
        auto filled = worker.prepareRun(*job, *given);
        if (!filled)
            return filled.error();
        filled->retryOf = request.retryOf;
        filled->onlyVms = request.onlyVms;
        request = *filled;
        return success();
    });
    if (!prepared)
        return context.fail(prepared.error());

    // Ctrl-C or SIGTERM asks for a graceful stop: snapshots are removed before exiting.
    g_stopRequested = false;
    std::signal(SIGINT, [](int) { g_stopRequested = true; });
    std::signal(SIGTERM, [](int) { g_stopRequested = true; });
    QEventLoop loop;
    std::optional<Result<Session>> outcome;
    QTimer stopWatch;
    const qint64 jobId = job->id;
    QObject::connect(&stopWatch, &QTimer::timeout, &loop, [&] {
        if (!g_stopRequested.exchange(false))
            return;
        context.err << Cli::tr("Stopping; removing snapshots first...") << Qt::endl;
        engine.run<bool>(
            &loop, [jobId](EngineWorker& worker) { return worker.stopBackup(jobId); }, [](bool) {});
    });
    stopWatch.start(200);
    QTextStream& err = context.err;
    engine.runAsync<Result<Session>>(
        &loop,
        [request, &err, printer = &stopWatch](EngineWorker& worker,
                                              std::function<void(Result<Session>)> reply) mutable {
            // Progress goes to stderr also with --json, whose object is on stdout. It is
            // printed on the CLI's thread, which also prints "Stopping…".
            auto progress = [&err, printer](const QString& vm, qint64 done, qint64 total) {
                const QString line =
                    QStringLiteral("%1: %2%").arg(vm).arg(total > 0 ? done * 100 / total : 0);
                QMetaObject::invokeMethod(
                    printer, [&err, line] { err << line << Qt::endl; }, Qt::QueuedConnection);
            };
            worker.startBackup(std::move(request), std::move(reply), progress);
        },
        [&](Result<Session> session) {
            outcome.emplace(std::move(session));
            loop.quit();
        });
    loop.exec();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    if (!*outcome)
        return context.fail(outcome->error());
    const Session& session = outcome->value();
    if (context.json)
        context.printJson(sessionJson(session));
    else
        printSession(context, session);
    return session.result == jobs::SessionResult::Failed ? Failed : Ok;
}

int runJobNow(CliContext& context, Engine& engine)
{
    return runJob(context, engine, false);
}

int retryJob(CliContext& context, Engine& engine)
{
    return runJob(context, engine, true);
}

int sessionList(CliContext& context, Engine& engine)
{
    qint64 jobId = 0;
    if (!context.value("job").isEmpty()) {
        auto job = findJob(engine, context.value("job"));
        if (!job)
            return context.fail(job.error());
        jobId = job->id;
    }
    const int limit = context.isSet("limit") ? context.value("limit").toInt() : 50;
    auto sessions = callEngine<Result<QVector<Session>>>(engine, [jobId, limit](EngineWorker& worker) {
        return worker.jobStore() ? worker.jobStore()->sessions(jobId, limit)
                                 : Result<QVector<Session>>(noCatalog());
    });
    if (!sessions)
        return context.fail(sessions.error());
    if (context.json) {
        QJsonArray list;
        for (const auto& session : *sessions)
            list.append(sessionJson(session));
        context.printJson({{QStringLiteral("sessions"), list}});
        return Ok;
    }
    for (const auto& session : *sessions)
        context.out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7")
                           .arg(session.id, 5)
                           .arg(session.started.toLocalTime().toString(Qt::ISODate), -19)
                           .arg(session.jobName, -20)
                           .arg(session.kind, -7)
                           .arg(jobs::toString(session.result), -8)
                           .arg(QLocale().formattedDataSize(session.bytesStored), -10)
                           .arg(session.message)
                    << Qt::endl;
    return Ok;
}

Result<jobs::SessionReport> loadReport(Engine& engine, qint64 id)
{
    return callEngine<Result<jobs::SessionReport>>(engine,
                                                   [id](EngineWorker& worker) -> Result<jobs::SessionReport> {
                                                       if (!worker.jobStore())
                                                           return noCatalog();
                                                       return jobs::loadSessionReport(*worker.jobStore(), id);
                                                   });
}

int sessionShow(CliContext& context, Engine& engine)
{
    auto report = loadReport(engine, context.command.value(2).toLongLong());
    if (!report)
        return context.fail(report.error());
    if (context.json) {
        QJsonObject json = sessionJson(report->session);
        QJsonArray lines;
        for (const auto& line : report->log)
            lines.append(QJsonObject{{QStringLiteral("at"), line.at.toString(Qt::ISODateWithMs)},
                                     {QStringLiteral("severity"), line.severity},
                                     {QStringLiteral("object"), line.object},
                                     {QStringLiteral("message"), line.message}});
        json.insert(QStringLiteral("log"), lines);
        context.printJson(json);
        return Ok;
    }
    printSession(context, report->session);
    for (const auto& line : report->log)
        context.out << line.at.toLocalTime().toString(Qt::ISODate) << "  " << line.severity.leftJustified(7)
                    << "  " << (line.object.isEmpty() ? QString() : line.object + QStringLiteral(": "))
                    << line.message << Qt::endl;
    return Ok;
}

int sessionExport(CliContext& context, Engine& engine)
{
    const QString format = context.value("format");
    const QString target = context.value("to");
    // lifeboat-cli is built and run without Qt Gui (the headless preset), and drawing a PDF
    // needs its text layout, so PDF stays with the console.
    if (format == QLatin1String("pdf"))
        return context.usage(
            Cli::tr("PDF reports are exported from the console (Jobs tab, Export sessions…); "
                    "lifeboat-cli writes csv or html."));
    if (context.command.value(2).isEmpty() || target.isEmpty() ||
        (format != QLatin1String("csv") && format != QLatin1String("html")))
        return context.usage(Cli::tr("session export needs ID, --format csv|html and --to FILE."));
    auto report = loadReport(engine, context.command.value(2).toLongLong());
    if (!report)
        return context.fail(report.error());
    if (Status written = jobs::writeSessionReports({*report}, *jobs::reportFormatFromString(format), target);
        !written)
        return context.fail(written.error());
    if (!context.json)
        context.out << Cli::tr("Session %1 written to %2.").arg(report->session.id).arg(target) << Qt::endl;
    return Ok;
}

QJsonObject tenantJson(const tenants::Tenant& tenant)
{
    QJsonArray scopes;
    for (const auto& scope : tenant.scopes)
        scopes.append(QJsonObject{{QStringLiteral("endpoint_id"), scope.endpointId},
                                  {QStringLiteral("kind"), scope.kind},
                                  {QStringLiteral("moref"), scope.moref}});
    QJsonObject json{
        {QStringLiteral("account"), tenant.account},
        {QStringLiteral("role"), tenant.admin ? QStringLiteral("admin") : QStringLiteral("tenant")},
        {QStringLiteral("repository"), tenant.repository},
        {QStringLiteral("scopes"), scopes}};
    if (tenant.quotaBytes)
        json.insert(QStringLiteral("quota_bytes"), *tenant.quotaBytes);
    return json;
}

int tenantAdd(CliContext& context, Engine& engine)
{
    tenants::Tenant tenant;
    tenant.account = context.command.value(2);
    tenant.admin = context.isSet("admin");
    tenant.repository = context.value("repo");
    if (tenant.account.isEmpty())
        return context.usage(Cli::tr("tenant add needs the ACCOUNT, as the endpoint signs it in."));
    if (context.isSet("quota")) {
        bool ok = false;
        const qint64 quota = context.value("quota").toLongLong(&ok);
        if (!ok || quota <= 0)
            return context.usage(Cli::tr("--quota needs a number of bytes."));
        tenant.quotaBytes = quota;
    }
    const QStringList scopes = context.values("scope");
    if (!scopes.isEmpty() && context.value("endpoint").isEmpty())
        return context.usage(Cli::tr("--scope needs --endpoint URL: morefs belong to one endpoint."));
    for (const QString& scope : scopes) {
        const QString kind = scope.section(QLatin1Char(':'), 0, 0);
        const QString moref = scope.section(QLatin1Char(':'), 1);
        static const QHash<QString, QString> kinds{
            {QStringLiteral("folder"), QStringLiteral("folder")},
            {QStringLiteral("resource-pool"), QStringLiteral("resource_pool")},
            {QStringLiteral("vapp"), QStringLiteral("vapp")},
            {QStringLiteral("vm"), QStringLiteral("vm")},
            {QStringLiteral("tag"), QStringLiteral("tag")}};
        if (!kinds.contains(kind) || moref.isEmpty())
            return context.usage(Cli::tr(
                "--scope takes KIND:MOREF with KIND one of folder, resource-pool, vapp, vm, or tag:NAME."));
        tenant.scopes.append({0, kinds.value(kind), moref});
    }
    auto saved = callEngine<Result<qint64>>(engine, [&](EngineWorker& worker) -> Result<qint64> {
        if (!worker.tenantStore())
            return noCatalog();
        if (!tenant.scopes.isEmpty()) {
            auto endpoint = endpointByUrlOrId(worker, context.value("endpoint"));
            if (!endpoint)
                return endpoint.error();
            for (auto& scope : tenant.scopes)
                scope.endpointId = endpoint->id;
        }
        auto existing = worker.tenantStore()->tenants();
        if (!existing)
            return existing.error();
        // The first account added ends single-user mode; adding a tenant first would lock
        // the administrator out, so the first one must be an administrator.
        if (existing->isEmpty() && !tenant.admin)
            return Error{
                QStringLiteral("scope.admin_first"),
                Cli::tr("Add an administrator account first (tenant add ACCOUNT --admin): once accounts "
                        "exist, accounts that are not listed are refused.")};
        return worker.tenantStore()->save(tenant);
    });
    if (!saved)
        return context.fail(saved.error());
    if (context.json)
        context.printJson(tenantJson(tenant));
    else
        context.out << (tenant.admin ? Cli::tr("%1 is an administrator.").arg(tenant.account)
                                     : Cli::tr("%1 is a tenant with %n scope(s).", nullptr,
                                               static_cast<int>(tenant.scopes.size()))
                                           .arg(tenant.account))
                    << Qt::endl;
    return Ok;
}

int tenantList(CliContext& context, Engine& engine)
{
    auto all = callEngine<Result<QVector<tenants::Tenant>>>(engine, [](EngineWorker& worker) {
        return worker.tenantStore() ? worker.tenantStore()->tenants()
                                    : Result<QVector<tenants::Tenant>>(noCatalog());
    });
    if (!all)
        return context.fail(all.error());
    if (context.json) {
        QJsonArray list;
        for (const auto& tenant : *all)
            list.append(tenantJson(tenant));
        context.printJson({{QStringLiteral("accounts"), list}});
        return Ok;
    }
    for (const auto& tenant : *all) {
        QStringList scopes;
        for (const auto& scope : tenant.scopes)
            scopes << scope.kind + QLatin1Char(':') + scope.moref;
        context.out << QStringLiteral("%1  %2  %3")
                           .arg(tenant.account, -24)
                           .arg(tenant.admin ? QStringLiteral("admin") : QStringLiteral("tenant"), -6)
                           .arg(scopes.join(QStringLiteral(", ")))
                    << Qt::endl;
    }
    return Ok;
}

int tenantDelete(CliContext& context, Engine& engine)
{
    Status removed = callEngine<Status>(engine, [&](EngineWorker& worker) -> Status {
        return worker.tenantStore() ? worker.tenantStore()->remove(context.command.value(2))
                                    : Status(noCatalog());
    });
    if (!removed)
        return context.fail(removed.error());
    return Ok;
}

} // namespace

Result<SignedInRepository> signInAndOpen(CliContext& context, EngineWorker& worker)
{
    const QString user = context.value("user");
    auto endpoint = endpointByUrlOrId(worker, context.value("endpoint"));
    if (!endpoint)
        return endpoint.error();
    SignedInRepository signedIn;
    if (endpoint->kind == QLatin1String("vcd")) {
        auto organization = signInOrganization(worker, *endpoint, user);
        if (!organization)
            return organization.error();
        signedIn.caller = organization->caller;
        signedIn.endpoint = organization->vcenter;
        signedIn.endpointAccount = organization->vcenterAccount;
        signedIn.endpointPassword = organization->vcenterPassword;
        for (auto it = organization->vappOfVm.cbegin(); it != organization->vappOfVm.cend(); ++it)
            signedIn.vcdVapps[it.value()].append(it.key());
        signedIn.cloudDirector = *endpoint;
        signedIn.vcdVms = organization->vms;
    } else {
        auto password = endpointPassword(endpoint->url, user);
        if (!password)
            return password.error();
        vsphere::VsphereClient client{QUrl(endpoint->url), endpoint->pinnedSha256};
        auto content =
            await<Result<vsphere::ServiceContent>>([&](auto done) { client.retrieveServiceContent(done); });
        if (!content)
            return content.error();
        auto session =
            await<Result<vsphere::UserSession>>([&](auto done) { client.login(user, *password, done); });
        if (!session)
            return session.error();
        await<Status>([&](auto done) { client.logout(done); });
        auto caller = worker.tenantStore()->callerFor(user);
        if (!caller)
            return caller.error();
        signedIn.caller = *caller;
        signedIn.endpoint = *endpoint;
        signedIn.endpointAccount = user;
        signedIn.endpointPassword = *password;
    }
    jobs::JobDefinition probe;
    probe.endpointId = signedIn.endpoint.id;
    probe.account = signedIn.caller.account();
    probe.repository = context.value("repo");
    auto given = readSecretInput(context, "LIFEBOAT_REPO_PASSWORD");
    if (!given)
        return given.error();
    // The repository's password is the administrator's; tenants use it through the engine.
    auto request = worker.prepareRun(probe, *given);
    QByteArray repositoryPassword = request ? request->repositoryPassword : *given;
    auto opened =
        repository::Repository::open(repository::openLocalBackend(probe.repository), repositoryPassword);
    if (!opened)
        return opened.error();
    signedIn.repository = std::shared_ptr<repository::Repository>(std::move(*opened));
    return signedIn;
}

namespace {

int restorePointCommand(CliContext& context, Engine& engine)
{
    const QString sub = context.command.value(1);
    if (context.value("endpoint").isEmpty() || context.value("user").isEmpty() ||
        context.value("repo").isEmpty())
        return context.usage(
            Cli::tr("restore-point commands need --endpoint URL, --user NAME and --repo PATH."));
    if (sub == QLatin1String("download") &&
        (context.command.value(2).isEmpty() || context.value("to").isEmpty()))
        return context.usage(Cli::tr("restore-point download needs the ID, --disk NAME and --to FILE."));
    if (sub != QLatin1String("list") && sub != QLatin1String("download"))
        return context.usage(Cli::tr("Unknown restore-point command %1.").arg(sub));
    auto outcome = callEngine<Result<QJsonObject>>(engine, [&](EngineWorker& worker) -> Result<QJsonObject> {
        if (!worker.tenantStore())
            return noCatalog();
        auto opened = signInAndOpen(context, worker);
        if (!opened)
            return opened.error();
        auto codec = opened->repository->codec();
        if (sub == QLatin1String("list")) {
            auto ids = opened->repository->restorePointIds();
            if (!ids)
                return ids.error();
            QJsonArray points;
            for (const QString& id : *ids) {
                auto manifest = opened->repository->loadManifest(id, *codec);
                if (!manifest)
                    return manifest.error();
                if (!opened->caller.owns(manifest->tenant))
                    continue;
                QJsonArray disks;
                for (const auto& disk : manifest->disks)
                    disks.append(disk.name);
                points.append(QJsonObject{{QStringLiteral("id"), id},
                                          {QStringLiteral("vm"), manifest->vmName},
                                          {QStringLiteral("time"), manifest->time.toString(Qt::ISODate)},
                                          {QStringLiteral("disks"), disks}});
            }
            return QJsonObject{{QStringLiteral("restore_points"), points}};
        }
        const QString id = context.command.value(2);
        auto manifest = opened->repository->loadManifest(id, *codec);
        // Another tenant's restore point answers exactly like a missing one: its existence
        // is not the caller's business either.
        if (!manifest || !opened->caller.owns(manifest->tenant))
            return Error{
                QStringLiteral("scope.denied"),
                Cli::tr("There is no restore point %1 that %2 may restore.").arg(id, context.value("user"))};
        auto restored = repository::restoreImage(*opened->repository, *manifest, context.value("disk"),
                                                 context.value("to"), context.isSet("overwrite"));
        if (!restored)
            return restored.error();
        return QJsonObject{{QStringLiteral("target"), context.value("to")},
                           {QStringLiteral("bytes_written"), restored->bytesWritten}};
    });
    if (!outcome)
        return context.fail(outcome.error());
    if (context.json) {
        context.printJson(*outcome);
    } else if (sub == QLatin1String("list")) {
        for (const QJsonValue& point : outcome->value(QStringLiteral("restore_points")).toArray())
            context.out << point[QStringLiteral("id")].toString() << "  "
                        << point[QStringLiteral("vm")].toString() << Qt::endl;
    } else {
        context.out << Cli::tr("Restored to %1.").arg(context.value("to")) << Qt::endl;
    }
    return Ok;
}

int notifyCommand(CliContext& context, Engine& engine)
{
    const QString sub = context.command.value(1);
    if (sub == QLatin1String("set")) {
        notify::SmtpSettings settings;
        settings.host = context.value("smtp-host");
        settings.port = context.isSet("smtp-port") ? context.value("smtp-port").toInt() : 587;
        settings.security =
            context.isSet("security") ? context.value("security") : QStringLiteral("starttls");
        settings.from = context.value("from");
        settings.user = context.value("smtp-user");
        settings.pinnedSha256 = context.value("trust").toUpper();
        auto valid = notify::SmtpSettings::fromJson(settings.toJson());
        if (!valid)
            return context.fail(valid.error());
        auto password = readSecretInput(context, "LIFEBOAT_SMTP_PASSWORD");
        if (!password)
            return context.fail(password.error());
        Status saved = callEngine<Status>(engine, [&](EngineWorker& worker) -> Status {
            if (!worker.catalog())
                return noCatalog();
            return worker.saveMailSettings(settings,
                                           context.isSet("remember-password") ? *password : QByteArray());
        });
        if (!saved)
            return context.fail(saved.error());
        if (!context.json)
            context.out << Cli::tr("Mail server %1 saved.").arg(settings.host) << Qt::endl;
        return Ok;
    }
    if (sub == QLatin1String("show")) {
        auto settings = callEngine<Result<notify::SmtpSettings>>(
            engine, [](EngineWorker& worker) { return worker.mailSettings(); });
        if (!settings)
            return context.fail(settings.error());
        context.printJson(settings->toJson());
        return Ok;
    }
    if (sub == QLatin1String("test")) {
        notify::MailMessage message;
        message.to = context.values("to");
        message.subject = Cli::tr("[Lifeboat] Test message");
        message.body = Cli::tr("Lifeboat can send reports through this mail server.") + QLatin1Char('\n');
        Status sent = callEngine<Status>(engine, [&](EngineWorker& worker) {
            return await<Status>([&](auto done) { worker.sendMail(message, done); });
        });
        if (!sent)
            return context.fail(sent.error());
        if (!context.json)
            context.out << Cli::tr("Test message sent.") << Qt::endl;
        return Ok;
    }
    return context.usage(Cli::tr("notify takes set, show or test."));
}

} // namespace

int runJobCommand(CliContext& context)
{
    const QString group = context.command.value(0);
    const QString sub = context.command.value(1);
    using Handler = int (*)(CliContext&, Engine&);
    Handler handler = nullptr;
    if (group == QLatin1String("inventory"))
        handler = &inventory;
    else if (group == QLatin1String("serve"))
        handler = &serve;
    else if (group == QLatin1String("restore-point"))
        handler = &restorePointCommand;
    else if (group == QLatin1String("notify"))
        handler = &notifyCommand;
    else if (group == QLatin1String("job"))
        handler = sub == QLatin1String("create")    ? &createJob
                  : sub == QLatin1String("edit")    ? &editJob
                  : sub == QLatin1String("enable")  ? &enableJob
                  : sub == QLatin1String("disable") ? &enableJob
                  : sub == QLatin1String("stop")    ? &stopJob
                  : sub == QLatin1String("list")    ? &listJobs
                  : sub == QLatin1String("show")    ? &showJob
                  : sub == QLatin1String("delete")  ? &deleteJob
                  : sub == QLatin1String("run")     ? &runJobNow
                  : sub == QLatin1String("retry")   ? &retryJob
                                                    : nullptr;
    else if (group == QLatin1String("tenant"))
        handler = sub == QLatin1String("add")      ? &tenantAdd
                  : sub == QLatin1String("list")   ? &tenantList
                  : sub == QLatin1String("delete") ? &tenantDelete
                                                   : nullptr;
    else if (group == QLatin1String("session"))
        handler = sub == QLatin1String("list")     ? &sessionList
                  : sub == QLatin1String("show")   ? &sessionShow
                  : sub == QLatin1String("export") ? &sessionExport
                                                   : nullptr;
    if (!handler) {
        context.err << Cli::tr("error: unknown command '%1'").arg(context.command.join(QLatin1Char(' ')))
                    << Qt::endl
                    << Cli::tr(kJobUsage);
        return Usage;
    }
    return runWithCatalogEngine(context, handler);
}

} // namespace lifeboat::cli
