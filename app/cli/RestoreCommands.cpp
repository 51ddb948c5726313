// lifeboat-cli restore vm, audit export: restores to vSphere and their audit trail.

#include "CliContext.h"
#include "guest/FileIndex.h"
#include "guest/FolderExtractor.h"
#include "guest/RestorePointVolumes.h"
#include "repository/Repository.h"
#include "restore/FileRestore.h"
#include "restore/ItemRestore.h"
#include "restore/RestoreAudit.h"
#include "restore/VmRestore.h"
#include "vsphere/Inventory.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <csignal>

namespace lifeboat::cli {

const char* const kRestoreUsage = QT_TRANSLATE_NOOP(
    "lifeboat::cli::Cli",
    "Restore commands (sign in with --endpoint URL --user NAME; --repo PATH):\n"
    "  restore vm ID|--vm NAME [--mode keep|overwrite] [--power-on] [--new-name NAME]\n"
    "      keep: a new VM <name>_restored beside the original; overwrite: the VM's disks,\n"
    "      CPUs and memory are replaced (it is powered off first)\n"
    "      [--to-folder MOREF] [--to-pool MOREF] [--to-host MOREF] [--to-datastore NAME]:\n"
    "      a new location (administrators)\n"
    "  restore vapp NAME|MOREF [--mode keep|overwrite] [--power-on]\n"
    "      every member VM from its newest restore point\n"
    "  restore files ID PATH... --to FOLDER [--volume DISK:PART] [--overwrite]\n"
    "      guest files, symlinks or folders into a local folder, with modes and times\n"
    "  restore files ID PATH... --zip FILE   the same into a new .zip file\n"
    "  restore files ID PATH... --guest HOST[:PORT] --guest-user NAME [--guest-key FILE]\n"
    "      --guest-host-key SHA256:... [--mode keep|overwrite] [--guest-root DIR]\n"
    "      back to their place in the running guest over SFTP; keep puts a copy named\n"
    "      _RESTORED_<date>_<time>_<name> beside what exists (password: $LIFEBOAT_GUEST_PASSWORD)\n"
    "  files ls ID [PATH] [--volume DISK:PART]\n"
    "      the volumes of a restore point, or a folder of one\n"
    "  files index ID|--all      add restore points to the guest file index\n"
    "  files search [NAME] [--under PATH] [--min-size N] [--max-size N] [--after DATE]\n"
    "      [--before DATE] [--vm NAME] [--restore-point ID] [--limit N]\n"
    "      NAME is a substring, or a glob with * ? [...]\n"
    "  items list ID           the database items of a restore point\n"
    "  restore item ID KIND:DATABASE (--guest HOST[:PORT] --guest-user NAME [--guest-key FILE]\n"
    "      --guest-host-key SHA256:... [--mode keep|overwrite] [--new-database NAME]\n"
    "      [--item-env \"PGPORT=...\"] | --to FILE)\n"
    "      into the database server over SSH: keep creates <database>_restored (or\n"
    "      --new-database), overwrite replaces the database; or the dump into a file\n"
    "  audit export [--format csv|json] [--since DATE] [--to FILE]\n");

namespace {

using jobs::Session;

std::atomic<bool> g_restoreStop{false};
// Set with g_restoreStop and never cleared within a command: a vApp restore stopped during
// one member must not go on with the next.
std::atomic<bool> g_restoreStopped{false};

// The restore point's manifest, if the caller may see it; another tenant's restore point
// answers exactly like a missing one.
Result<repository::Manifest> ownedManifest(const SignedInRepository& opened, const QString& id,
                                           const QString& user)
{
    auto codec = opened.repository->codec();
    auto manifest = opened.repository->loadManifest(id, *codec);
    if (!manifest || !opened.caller.owns(manifest->tenant))
        return Error{QStringLiteral("scope.denied"),
                     Cli::tr("There is no restore point %1 that %2 may restore.").arg(id, user)};
    return manifest;
}

// --endpoint, --user and --repo: what every restore command signs in with.
bool signInGiven(const CliContext& context)
{
    return !context.value("endpoint").isEmpty() && !context.value("user").isEmpty() &&
           !context.value("repo").isEmpty();
}

struct OpenedRestorePoint
{
    SignedInRepository opened;
    repository::Manifest manifest;
};

// Signs in, opens the repository and loads a restore point the caller may see.
Result<OpenedRestorePoint> openRestorePoint(CliContext& context, EngineWorker& worker, const QString& id)
{
    if (!worker.catalog())
        return noCatalog();
    auto opened = signInAndOpen(context, worker);
    if (!opened)
        return opened.error();
    auto manifest = ownedManifest(*opened, id, context.value("user"));
    if (!manifest)
        return manifest.error();
    return OpenedRestorePoint{std::move(*opened), std::move(*manifest)};
}

// The newest restore point of a VM that the caller may restore.
Result<QString> latestRestorePoint(const SignedInRepository& opened, const QString& vmName)
{
    auto codec = opened.repository->codec();
    auto ids = opened.repository->restorePointIds();
    if (!ids)
        return ids.error();
    QString latest;
    QDateTime latestTime;
    QSet<QString> vms;
    for (const QString& id : *ids) {
        auto manifest = opened.repository->loadManifest(id, *codec);
        if (!manifest || manifest->vmName != vmName || !opened.caller.owns(manifest->tenant))
            continue;
        vms.insert(manifest->vmId);
        if (latest.isEmpty() || manifest->time > latestTime) {
            latest = id;
            latestTime = manifest->time;
        }
    }
    if (latest.isEmpty())
        return Error{QStringLiteral("restore.no_restore_point"),
                     Cli::tr("There is no restore point of %1 that you may restore.").arg(vmName)};
    // Two VMs may share a name (other folders, datacenters): the wrong one must not be picked.
    if (vms.size() > 1)
        return Error{
            QStringLiteral("restore.ambiguous_vm"),
            Cli::tr("Several VMs are named %1; give the restore point ID instead (restore-point list).")
                .arg(vmName)};
    return latest;
}

// Runs one VM restore on the engine thread and waits for it; Ctrl-C stops its upload (the
// session says what state the VM was left in).
// The VM a restore wrote to.
struct RestoredVm
{
    QString moref;
    QString name;
};

// `target`, if given, receives the VM the restore wrote to.
Result<Session> runVmRestore(CliContext& context, Engine& engine, restore::VmRestoreRequest request,
                             RestoredVm* target = nullptr)
{
    g_restoreStop = false;
    std::signal(SIGINT, [](int) { g_restoreStop = g_restoreStopped = true; });
    std::signal(SIGTERM, [](int) { g_restoreStop = g_restoreStopped = true; });
    QEventLoop loop;
    std::optional<Result<Session>> outcome;
    auto running = std::make_shared<QPointer<restore::VmRestore>>();
    QTimer stopWatch;
    QObject::connect(&stopWatch, &QTimer::timeout, &loop, [&] {
        if (!g_restoreStop.exchange(false))
            return;
        context.err << Cli::tr("Stopping the restore...") << Qt::endl;
        engine.run<bool>(
            &loop,
            [running](EngineWorker&) {
                if (*running)
                    (*running)->stop();
                return true;
            },
            [](bool) {});
    });
    stopWatch.start(200);
    QTextStream& err = context.err;
    engine.runAsync<Result<Session>>(
        &loop,
        [request = std::move(request), running, &err, printer = &stopWatch,
         target](EngineWorker& worker, std::function<void(Result<Session>)> reply) mutable {
            auto* restore = new restore::VmRestore(std::move(request), *worker.jobStore(), &worker);
            *running = restore;
            QObject::connect(
                restore, &restore::VmRestore::progressed, restore,
                [&err, printer](qint64 done, qint64 total) {
                    const QString line = Cli::tr("Restoring: %1%").arg(total > 0 ? done * 100 / total : 0);
                    QMetaObject::invokeMethod(
                        printer, [&err, line] { err << line << Qt::endl; }, Qt::QueuedConnection);
                });
            restore->start([restore, reply, target](Result<Session> session) {
                if (target)
                    *target = {restore->target(), restore->targetName()};
                restore->deleteLater();
                reply(std::move(session));
            });
        },
        [&](Result<Session> session) {
            outcome.emplace(std::move(session));
            loop.quit();
        });
    loop.exec();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    return std::move(*outcome);
}

// Where a Cloud Director user's restored VMs must be made known to Cloud Director.
struct CloudDirectorTarget
{
    catalog::EndpointRecord endpoint; // id 0: not signed in through a Cloud Director
    QHash<QString, vcd::Vm> vms;      // the organization's VMs as signed in: moref → record
    bool powerOn = false;             // through Cloud Director, after the restore
};

// A restore that created a VM (keep, or overwrite of a VM that was gone) made it on the
// vCenter only; Cloud Director learns of it when the provider imports it into the original's
// vApp, and powers it on if asked (vcd::settleRestoredVm). Returns what was done, for the
// command's output; a failed import leaves the restored VM on the vCenter and says so, it
// does not fail the restore.
QJsonArray settleInCloudDirector(CliContext& context, Engine& engine, const CloudDirectorTarget& target,
                                 const Session& session, const RestoredVm& restored)
{
    QJsonArray done;
    if (target.endpoint.id == 0 || session.result == jobs::SessionResult::Failed || session.tasks.isEmpty())
        return done;
    const auto original = vcd::organizationVm(target.vms, session.tasks.first().objectName);
    if (!original || (original->moref == restored.moref && !target.powerOn))
        return done;
    auto settled = callEngine<Result<vcd::SettledVm>>(engine, [&](EngineWorker& worker) {
        return await<Result<vcd::SettledVm>>([&](auto reply) {
            vcd::settleRestoredVm(*worker.catalog(), target.endpoint, *original, restored.moref,
                                  restored.name, target.powerOn, reply);
        });
    });
    QJsonObject entry{{QStringLiteral("vm"), restored.name}, {QStringLiteral("moref"), restored.moref}};
    if (settled) {
        entry.insert(QStringLiteral("href"), settled->href);
        entry.insert(QStringLiteral("imported"), settled->imported);
        entry.insert(QStringLiteral("powered_on"), settled->poweredOn);
        if (settled->imported && !context.json)
            context.out << Cli::tr("%1 is now a VM of the vApp %2 in Cloud Director.")
                               .arg(restored.name, original->vappName)
                        << Qt::endl;
        if (!settled->warning.isEmpty()) {
            entry.insert(QStringLiteral("warning"), settled->warning);
            context.err << Cli::tr("Warning: %1").arg(settled->warning) << Qt::endl;
        }
    } else {
        entry.insert(QStringLiteral("error"), settled.error().code);
        entry.insert(QStringLiteral("message"), settled.error().message);
        context.err << Cli::tr("Warning: %1").arg(settled.error().message) << Qt::endl;
    }
    done.append(entry);
    return done;
}

int restoreVm(CliContext& context, Engine& engine)
{
    const QString id = context.command.value(2);
    if (!signInGiven(context))
        return context.usage(Cli::tr("restore vm needs --endpoint URL, --user NAME and --repo PATH."));
    if (id.isEmpty() == context.value("vm").isEmpty())
        return context.usage(Cli::tr("restore vm needs a restore point ID or --vm NAME (its newest one)."));
    const QString mode = context.isSet("mode") ? context.value("mode") : QStringLiteral("keep");
    if (mode != QLatin1String("keep") && mode != QLatin1String("overwrite"))
        return context.usage(Cli::tr("--mode is keep or overwrite."));

    CloudDirectorTarget cloudDirector;
    auto prepared = callEngine<Result<restore::VmRestoreRequest>>(
        engine, [&](EngineWorker& worker) -> Result<restore::VmRestoreRequest> {
            if (!worker.jobStore())
                return noCatalog();
            auto opened = signInAndOpen(context, worker);
            if (!opened)
                return opened.error();
            cloudDirector = {opened->cloudDirector, opened->vcdVms, context.isSet("power-on")};
            restore::VmRestoreRequest request;
            request.restorePoint = id;
            if (id.isEmpty()) {
                auto latest = latestRestorePoint(*opened, context.value("vm"));
                if (!latest)
                    return latest.error();
                request.restorePoint = *latest;
            }
            request.endpoint = opened->endpoint;
            request.user = opened->endpointAccount;
            request.operatorAccount = context.value("user");
            request.password = opened->endpointPassword;
            request.repository = opened->repository;
            request.mode = mode == QLatin1String("overwrite") ? restore::VmRestoreMode::Overwrite
                                                              : restore::VmRestoreMode::Keep;
            // Cloud Director owns its VMs' power state: it powers them on after the restore.
            request.powerOn = context.isSet("power-on") && opened->cloudDirector.id == 0;
            request.newName = context.value("new-name");
            request.targetFolder = context.value("to-folder");
            request.targetPool = context.value("to-pool");
            request.targetDatastore = context.value("to-datastore");
            request.targetHost = context.value("to-host");
            request.caller = opened->caller;
            return request;
        });
    if (!prepared)
        return context.fail(prepared.error());

    RestoredVm restored;
    auto outcome = runVmRestore(context, engine, std::move(*prepared), &restored);
    if (!outcome)
        return context.fail(outcome.error());
    const Session& session = outcome.value();
    const QJsonArray imports = settleInCloudDirector(context, engine, cloudDirector, session, restored);
    if (context.json) {
        QJsonObject json = sessionJson(session);
        if (cloudDirector.endpoint.id != 0)
            json.insert(QStringLiteral("cloud_director"), imports);
        context.printJson(json);
    } else
        printSession(context, session);
    return session.result == jobs::SessionResult::Failed ? Failed : Ok;
}

int restoreVapp(CliContext& context, Engine& engine)
{
    const QString vapp = context.command.value(2);
    if (vapp.isEmpty() || !signInGiven(context))
        return context.usage(Cli::tr(
            "restore vapp needs the vApp (name or moref), --endpoint URL, --user NAME and --repo PATH."));
    const QString mode = context.isSet("mode") ? context.value("mode") : QStringLiteral("keep");
    if (mode != QLatin1String("keep") && mode != QLatin1String("overwrite"))
        return context.usage(Cli::tr("--mode is keep or overwrite."));
    // The member VMs and, for each, the newest restore point the caller may restore.
    struct Plan
    {
        QString vappName;
        QVector<restore::VmRestoreRequest> requests;
        QStringList missing;
    };
    CloudDirectorTarget cloudDirector;
    auto plan = callEngine<Result<Plan>>(engine, [&](EngineWorker& worker) -> Result<Plan> {
        if (!worker.jobStore())
            return noCatalog();
        auto opened = signInAndOpen(context, worker);
        if (!opened)
            return opened.error();
        cloudDirector = {opened->cloudDirector, opened->vcdVms, context.isSet("power-on")};
        auto inventory = inventoryOf(opened->endpoint, opened->endpointAccount, opened->endpointPassword);
        if (!inventory)
            return inventory.error();
        auto ids = opened->repository->restorePointIds();
        if (!ids)
            return ids.error();
        auto codec = opened->repository->codec();
        QVector<restore::VappRestoreCandidate> candidates;
        for (const QString& id : *ids)
            if (auto manifest = opened->repository->loadManifest(id, *codec);
                manifest && opened->caller.owns(manifest->tenant))
                candidates.append({QString(), manifest->id, manifest->vmId, manifest->time});
        // A Cloud Director user's vApps are Cloud Director's, which vCenter does not know.
        if (!opened->vcdVapps.isEmpty() && !opened->vcdVapps.contains(vapp))
            return Error{QStringLiteral("restore.unknown_vapp"),
                         Cli::tr("Your organization has no vApp %1.").arg(vapp)};
        auto chosen =
            opened->vcdVapps.isEmpty()
                ? restore::planVappRestore(*inventory, opened->caller, opened->endpoint.id, vapp, candidates)
                : restore::planMembersRestore(*inventory, opened->caller, opened->endpoint.id, vapp,
                                              opened->vcdVapps.value(vapp), candidates);
        if (!chosen)
            return chosen.error();
        Plan result;
        result.vappName = chosen->vappName;
        result.missing = chosen->withoutRestorePoint;
        for (const restore::VappRestoreMember& member : std::as_const(chosen->members)) {
            restore::VmRestoreRequest request;
            request.restorePoint = member.point.restorePoint;
            request.endpoint = opened->endpoint;
            request.user = opened->endpointAccount;
            request.operatorAccount = context.value("user");
            request.password = opened->endpointPassword;
            request.repository = opened->repository;
            request.mode = mode == QLatin1String("overwrite") ? restore::VmRestoreMode::Overwrite
                                                              : restore::VmRestoreMode::Keep;
            // Cloud Director owns its VMs' power state: it powers them on after the restore.
            request.powerOn = context.isSet("power-on") && opened->cloudDirector.id == 0;
            request.caller = opened->caller;
            result.requests.append(request);
        }
        return result;
    });
    if (!plan)
        return context.fail(plan.error());
    QJsonArray sessions;
    bool failed = false;
    g_restoreStopped = false;
    for (const restore::VmRestoreRequest& request : std::as_const(plan->requests)) {
        if (g_restoreStopped)
            break;
        RestoredVm restored;
        auto session = runVmRestore(context, engine, request, &restored);
        if (!session)
            return context.fail(session.error());
        failed = failed || session->result == jobs::SessionResult::Failed;
        QJsonObject json = sessionJson(*session);
        if (cloudDirector.endpoint.id != 0)
            json.insert(QStringLiteral("cloud_director"),
                        settleInCloudDirector(context, engine, cloudDirector, *session, restored));
        sessions.append(json);
        if (!context.json)
            printSession(context, *session);
    }
    if (context.json)
        context.printJson(
            QJsonObject{{QStringLiteral("vapp"), plan->vappName},
                        {QStringLiteral("result"), failed                    ? QStringLiteral("Failed")
                                                   : plan->missing.isEmpty() ? QStringLiteral("Success")
                                                                             : QStringLiteral("Warning")},
                        {QStringLiteral("without_restore_point"), QJsonArray::fromStringList(plan->missing)},
                        {QStringLiteral("sessions"), sessions}});
    else if (!plan->missing.isEmpty())
        context.out
            << Cli::tr("Not restored, no restore point: %1").arg(plan->missing.join(QStringLiteral(", ")))
            << Qt::endl;
    return failed ? Failed : Ok;
}

const char* typeName(guest::EntryType type)
{
    switch (type) {
    case guest::EntryType::File:
        return "file";
    case guest::EntryType::Directory:
        return "dir";
    case guest::EntryType::Symlink:
        return "symlink";
    case guest::EntryType::Other:
        break;
    }
    return "other";
}

int filesLs(CliContext& context, Engine& engine)
{
    const QString id = context.command.value(2);
    const QByteArray path = context.command.value(3).toUtf8();
    if (id.isEmpty() || !signInGiven(context))
        return context.usage(
            Cli::tr("files ls needs the restore point ID, --endpoint URL, --user NAME and --repo PATH."));
    auto listing = callEngine<Result<QJsonObject>>(engine, [&](EngineWorker& worker) -> Result<QJsonObject> {
        auto point = openRestorePoint(context, worker, id);
        if (!point)
            return point.error();
        const SignedInRepository* opened = &point->opened;
        const repository::Manifest* manifest = &point->manifest;
        auto volumes = guest::RestorePointVolumes::open(*opened->repository, *manifest);
        if (!volumes)
            return volumes.error();
        if (path.isEmpty()) {
            QJsonArray list;
            for (const guest::Volume& volume : (*volumes)->volumes())
                list.append(QJsonObject{{QStringLiteral("id"), volume.id},
                                        {QStringLiteral("file_system"), volume.fileSystem},
                                        {QStringLiteral("label"), volume.label},
                                        {QStringLiteral("size"), volume.size},
                                        {QStringLiteral("readable"), volume.fs != nullptr},
                                        {QStringLiteral("problem"), volume.problem}});
            return QJsonObject{{QStringLiteral("volumes"), list}};
        }
        auto volume = (*volumes)->volume(context.value("volume"));
        if (!volume)
            return volume.error();
        auto entry = (*volume)->fs->stat(path);
        if (!entry)
            return entry.error();
        QVector<guest::FileEntry> entries{*entry};
        if (entry->type == guest::EntryType::Directory) {
            auto children = (*volume)->fs->list(path);
            if (!children)
                return children.error();
            entries = *children;
        }
        QJsonArray list;
        for (const guest::FileEntry& each : std::as_const(entries))
            list.append(QJsonObject{
                {QStringLiteral("name"), guest::displayPath(each.name)},
                {QStringLiteral("type"), QLatin1String(typeName(each.type))},
                {QStringLiteral("size"), each.size},
                {QStringLiteral("mtime"),
                 QDateTime::fromSecsSinceEpoch(each.mtime, Qt::UTC).toString(Qt::ISODate)},
                {QStringLiteral("mode"), QStringLiteral("%1").arg(each.mode, 4, 8, QLatin1Char('0'))},
                {QStringLiteral("uid"), qint64(each.uid)},
                {QStringLiteral("gid"), qint64(each.gid)},
                {QStringLiteral("link_target"), guest::displayPath(each.linkTarget)}});
        return QJsonObject{{QStringLiteral("volume"), (*volume)->id}, {QStringLiteral("entries"), list}};
    });
    if (!listing)
        return context.fail(listing.error());
    if (context.json) {
        context.printJson(*listing);
        return Ok;
    }
    for (const QJsonValue& volume : listing->value(QStringLiteral("volumes")).toArray())
        context.out << QStringLiteral("%1  %2  %3  %4")
                           .arg(volume[QStringLiteral("id")].toString(), -16)
                           .arg(volume[QStringLiteral("file_system")].toString(), -6)
                           .arg(volume[QStringLiteral("label")].toString(), -12)
                           .arg(volume[QStringLiteral("problem")].toString())
                    << Qt::endl;
    for (const QJsonValue& entry : listing->value(QStringLiteral("entries")).toArray())
        context.out << QStringLiteral("%1 %2 %3 %4 %5")
                           .arg(entry[QStringLiteral("type")].toString(), -7)
                           .arg(entry[QStringLiteral("mode")].toString())
                           .arg(entry[QStringLiteral("size")].toInteger(), 12)
                           .arg(entry[QStringLiteral("mtime")].toString())
                           .arg(entry[QStringLiteral("name")].toString())
                    << Qt::endl;
    return Ok;
}

int filesIndex(CliContext& context, Engine& engine)
{
    const QString id = context.command.value(2);
    if (id.isEmpty() == !context.isSet("all") || !signInGiven(context))
        return context.usage(Cli::tr(
            "files index needs a restore point ID or --all, --endpoint URL, --user NAME and --repo PATH."));
    auto indexed = callEngine<Result<QJsonObject>>(engine, [&](EngineWorker& worker) -> Result<QJsonObject> {
        if (!worker.catalog())
            return noCatalog();
        auto opened = signInAndOpen(context, worker);
        if (!opened)
            return opened.error();
        auto all = opened->repository->restorePointIds();
        if (!all)
            return all.error();
        guest::FileIndex index(*worker.catalog());
        QVector<repository::Manifest> manifests;
        for (const QString& each : id.isEmpty() ? *all : QStringList{id}) {
            auto manifest = ownedManifest(*opened, each, context.value("user"));
            if (!manifest) {
                if (!id.isEmpty())
                    return manifest.error();
                continue; // --all: another tenant's restore points are simply not this caller's
            }
            manifests.append(*manifest);
        }
        // Oldest first, so that each restore point is compared with the one before it.
        std::sort(
            manifests.begin(), manifests.end(),
            [](const repository::Manifest& a, const repository::Manifest& b) { return a.time < b.time; });
        QJsonArray points;
        for (const repository::Manifest& manifest : std::as_const(manifests)) {
            auto volumes = guest::RestorePointVolumes::open(*opened->repository, manifest);
            if (!volumes)
                return volumes.error();
            auto stats = index.index(opened->repository->location(), manifest, **volumes);
            if (!stats)
                return stats.error();
            points.append(
                QJsonObject{{QStringLiteral("restore_point"), manifest.id},
                            {QStringLiteral("vm"), manifest.vmName},
                            {QStringLiteral("entries"), stats->entries},
                            {QStringLiteral("added"), stats->added},
                            {QStringLiteral("unchanged"), stats->unchanged},
                            {QStringLiteral("problems"), QJsonArray::fromStringList(stats->problems)}});
        }
        if (Status forgotten = index.forgetMissing(opened->repository->location(), *all); !forgotten)
            return forgotten.error();
        return QJsonObject{{QStringLiteral("indexed"), points}};
    });
    if (!indexed)
        return context.fail(indexed.error());
    if (context.json) {
        context.printJson(*indexed);
        return Ok;
    }
    for (const QJsonValue& point : indexed->value(QStringLiteral("indexed")).toArray())
        context.out << Cli::tr("%1 (%2): %3 entries, %4 new or changed")
                           .arg(point[QStringLiteral("restore_point")].toString(),
                                point[QStringLiteral("vm")].toString())
                           .arg(point[QStringLiteral("entries")].toInteger())
                           .arg(point[QStringLiteral("added")].toInteger())
                    << Qt::endl;
    return Ok;
}

int filesSearch(CliContext& context, Engine& engine)
{
    guest::SearchQuery query;
    query.name = context.command.value(2);
    query.path = context.value("under");
    query.vmName = context.value("vm");
    query.restorePoint = context.value("restore-point");
    if (context.isSet("limit"))
        query.limit = context.value("limit").toInt();
    for (const auto& [option, bound] :
         {std::pair{"min-size", &query.minSize}, std::pair{"max-size", &query.maxSize}})
        if (context.isSet(option)) {
            bool ok = false;
            *bound = context.value(option).toLongLong(&ok);
            if (!ok || **bound < 0)
                return context.usage(Cli::tr("--%1 needs a number of bytes.").arg(QLatin1String(option)));
        }
    for (const auto& [option, bound] :
         {std::pair{"after", &query.modifiedAfter}, std::pair{"before", &query.modifiedBefore}})
        if (context.isSet(option)) {
            *bound = QDateTime::fromString(context.value(option), Qt::ISODate);
            if (!bound->isValid())
                return context.usage(Cli::tr("--%1 takes a date or time in ISO 8601, e.g. 2026-11-01.")
                                         .arg(QLatin1String(option)));
        }
    if (!signInGiven(context))
        return context.usage(Cli::tr("files search needs --endpoint URL, --user NAME and --repo PATH."));
    QElapsedTimer clock;
    qint64 searchMs = 0;
    auto hits = callEngine<Result<QVector<guest::SearchHit>>>(
        engine, [&](EngineWorker& worker) -> Result<QVector<guest::SearchHit>> {
            if (!worker.catalog())
                return noCatalog();
            auto opened = signInAndOpen(context, worker);
            if (!opened)
                return opened.error();
            query.repository = opened->repository->location();
            clock.start();
            auto found = guest::FileIndex(*worker.catalog()).search(query, opened->caller);
            searchMs = clock.elapsed();
            return found;
        });
    if (!hits)
        return context.fail(hits.error());
    if (context.json) {
        QJsonArray list;
        for (const guest::SearchHit& hit : std::as_const(*hits))
            list.append(QJsonObject{
                {QStringLiteral("vm"), hit.vmName},
                {QStringLiteral("volume"), hit.volume},
                {QStringLiteral("path"), hit.path},
                {QStringLiteral("type"), QLatin1String(typeName(hit.type))},
                {QStringLiteral("size"), hit.size},
                {QStringLiteral("mtime"),
                 QDateTime::fromSecsSinceEpoch(hit.mtime, Qt::UTC).toString(Qt::ISODate)},
                {QStringLiteral("restore_point"), hit.restorePoint},
                {QStringLiteral("restore_point_time"), hit.restorePointTime.toString(Qt::ISODate)},
                {QStringLiteral("restore_points"), hit.restorePoints}});
        context.printJson(
            QJsonObject{{QStringLiteral("results"), list}, {QStringLiteral("search_ms"), searchMs}});
        return Ok;
    }
    for (const guest::SearchHit& hit : std::as_const(*hits))
        context.out << QStringLiteral("%1  %2  %3  %4  %5")
                           .arg(hit.vmName, -16)
                           .arg(hit.restorePoint, -26)
                           .arg(hit.size, 12)
                           .arg(QDateTime::fromSecsSinceEpoch(hit.mtime, Qt::UTC).toString(Qt::ISODate))
                           .arg(hit.path)
                    << Qt::endl;
    return Ok;
}

int itemsList(CliContext& context, Engine& engine)
{
    const QString id = context.command.value(2);
    if (id.isEmpty() || !signInGiven(context))
        return context.usage(
            Cli::tr("items list needs the restore point ID, --endpoint URL, --user NAME and --repo PATH."));
    auto listed = callEngine<Result<QJsonObject>>(engine, [&](EngineWorker& worker) -> Result<QJsonObject> {
        auto point = openRestorePoint(context, worker, id);
        if (!point)
            return point.error();
        const repository::Manifest* manifest = &point->manifest;
        QJsonArray items;
        for (const repository::DiskManifest& item : std::as_const(manifest->items))
            items.append(QJsonObject{{QStringLiteral("name"), item.name},
                                     {QStringLiteral("kind"), item.itemKind},
                                     {QStringLiteral("database"), item.itemDatabase},
                                     {QStringLiteral("size"), item.size}});
        return QJsonObject{{QStringLiteral("vm"), manifest->vmName}, {QStringLiteral("items"), items}};
    });
    if (!listed)
        return context.fail(listed.error());
    if (context.json) {
        context.printJson(*listed);
        return Ok;
    }
    for (const QJsonValue& item : listed->value(QStringLiteral("items")).toArray())
        context.out << QStringLiteral("%1  %2")
                           .arg(item[QStringLiteral("name")].toString(), -40)
                           .arg(QLocale().formattedDataSize(item[QStringLiteral("size")].toInteger()))
                    << Qt::endl;
    return Ok;
}

// --guest HOST[:PORT] --guest-user --guest-key --guest-host-key: where a restore goes in a guest.
Result<guest::GuestConnection> guestConnection(CliContext& context)
{
    guest::GuestConnection connection;
    const bool addressOk = guest::parseGuestAddress(context.value("guest"), connection.target);
    connection.target.user = context.value("guest-user");
    connection.credentials.privateKeyFile = context.value("guest-key");
    connection.credentials.password = qEnvironmentVariable("LIFEBOAT_GUEST_PASSWORD");
    connection.pinnedHostKey = context.value("guest-host-key");
    if (context.isSet("guest-root"))
        connection.root = context.value("guest-root").toUtf8();
    if (!addressOk || connection.target.user.isEmpty() ||
        (connection.credentials.privateKeyFile.isEmpty() && connection.credentials.password.isEmpty()))
        return Error{
            QStringLiteral("cli.usage"),
            Cli::tr(
                "A restore into a guest needs --guest HOST[:PORT], --guest-user NAME and --guest-key FILE "
                "or $LIFEBOAT_GUEST_PASSWORD.")};
    return connection;
}

int restoreItem(CliContext& context, Engine& engine)
{
    const QString id = context.command.value(2);
    const QString item = context.command.value(3);
    const bool toServer = context.isSet("guest");
    if (id.isEmpty() || item.isEmpty() || context.value("to").isEmpty() == !toServer)
        return context.usage(Cli::tr(
            "restore item needs the restore point ID, the item and either --guest HOST or --to FILE."));
    if (!signInGiven(context))
        return context.usage(Cli::tr("restore item needs --endpoint URL, --user NAME and --repo PATH."));
    const QString mode = context.isSet("mode") ? context.value("mode") : QStringLiteral("keep");
    if (mode != QLatin1String("keep") && mode != QLatin1String("overwrite"))
        return context.usage(Cli::tr("--mode is keep or overwrite."));
    // Overwrite replaces the item's own database; a new name is a keep restore.
    if (mode == QLatin1String("overwrite") && context.isSet("new-database"))
        return context.usage(
            Cli::tr("--new-database restores beside the original; it cannot be combined with "
                    "--mode overwrite."));
    guest::GuestConnection connection;
    if (toServer) {
        auto given = guestConnection(context);
        if (!given)
            return context.usage(given.error().message);
        connection = *given;
    }
    auto outcome = callEngine<Result<Session>>(engine, [&](EngineWorker& worker) -> Result<Session> {
        if (!worker.jobStore())
            return noCatalog();
        auto opened = signInAndOpen(context, worker);
        if (!opened)
            return opened.error();
        restore::ItemRestoreRequest request;
        request.repository = opened->repository;
        request.restorePoint = id;
        request.item = item;
        request.overwrite = mode == QLatin1String("overwrite");
        request.newDatabase = context.value("new-database");
        request.environment = context.value("item-env");
        request.user = context.value("user");
        request.caller = opened->caller;
        return toServer ? restore::ItemRestore::toServer(*worker.jobStore(), request, connection)
                        : restore::ItemRestore::toFile(*worker.jobStore(), request, context.value("to"));
    });
    if (!outcome)
        return context.fail(outcome.error());
    if (context.json)
        context.printJson(sessionJson(*outcome));
    else
        printSession(context, *outcome);
    return outcome->result == jobs::SessionResult::Failed ? Failed : Ok;
}

int restoreFiles(CliContext& context, Engine& engine)
{
    const QString id = context.command.value(2);
    const QStringList paths = context.command.mid(3);
    const bool toGuest = context.isSet("guest");
    const bool toZip = context.isSet("zip");
    if (id.isEmpty() || paths.isEmpty() || int(context.isSet("to")) + int(toGuest) + int(toZip) != 1)
        return context.usage(Cli::tr("restore files needs the restore point ID, guest paths and one of --to "
                                     "FOLDER, --zip FILE or --guest HOST."));
    guest::GuestConnection connection;
    if (toGuest) {
        auto given = guestConnection(context);
        if (!given)
            return context.usage(given.error().message);
        connection = *given;
    }
    if (!signInGiven(context))
        return context.usage(Cli::tr("restore files needs --endpoint URL, --user NAME and --repo PATH."));
    auto outcome = callEngine<Result<Session>>(engine, [&](EngineWorker& worker) -> Result<Session> {
        if (!worker.jobStore())
            return noCatalog();
        auto opened = signInAndOpen(context, worker);
        if (!opened)
            return opened.error();
        restore::FileRestoreRequest request;
        request.repository = opened->repository;
        request.restorePoint = id;
        request.volume = context.value("volume");
        for (const QString& path : paths)
            request.paths.append(path.toUtf8());
        request.target = context.value("to");
        request.overwrite = context.isSet("overwrite") || context.value("mode") == QLatin1String("overwrite");
        request.user = context.value("user");
        request.caller = opened->caller;
        if (toZip)
            return restore::FileRestore::toZip(*worker.jobStore(), request, context.value("zip"));
        return toGuest ? restore::FileRestore::toGuest(*worker.jobStore(), request, connection)
                       : restore::FileRestore::toFolder(*worker.jobStore(), request);
    });
    if (!outcome)
        return context.fail(outcome.error());
    if (context.json)
        context.printJson(sessionJson(*outcome));
    else
        printSession(context, *outcome);
    return outcome->result == jobs::SessionResult::Failed ? Failed : Ok;
}

int auditExport(CliContext& context, Engine& engine)
{
    const QString format = context.isSet("format") ? context.value("format") : QStringLiteral("csv");
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        return context.usage(Cli::tr("audit export writes csv or json."));
    QDateTime since;
    if (context.isSet("since")) {
        since = QDateTime::fromString(context.value("since"), Qt::ISODate);
        if (!since.isValid())
            return context.usage(Cli::tr("--since takes a date or time in ISO 8601, e.g. 2026-11-01."));
    }
    auto records = callEngine<Result<QVector<restore::AuditRecord>>>(
        engine, [&](EngineWorker& worker) -> Result<QVector<restore::AuditRecord>> {
            if (!worker.catalog())
                return noCatalog();
            return restore::RestoreAudit(*worker.catalog()).records(since);
        });
    if (!records)
        return context.fail(records.error());
    QByteArray data;
    if (format == QLatin1String("csv")) {
        data = restore::auditCsv(*records);
    } else {
        QJsonArray rows;
        for (const restore::AuditRecord& record : std::as_const(*records))
            rows.append(QJsonObject{
                {QStringLiteral("session"), record.session},
                {QStringLiteral("started"), record.started.toString(Qt::ISODate)},
                {QStringLiteral("finished"), record.finished.toString(Qt::ISODate)},
                {QStringLiteral("operator"), record.operatorAccount},
                {QStringLiteral("kind"), record.kind},
                {QStringLiteral("object"), record.objectName},
                {QStringLiteral("object_id"), record.objectId},
                {QStringLiteral("restore_point"), record.restorePoint},
                {QStringLiteral("restore_point_time"), record.restorePointTime.toString(Qt::ISODate)},
                {QStringLiteral("restore_point_age_s"), record.restorePointAge()},
                {QStringLiteral("target"), record.target},
                {QStringLiteral("mode"), record.mode},
                {QStringLiteral("result"), record.result},
                {QStringLiteral("message"), record.message}});
        data = QJsonDocument(QJsonObject{{QStringLiteral("restores"), rows}}).toJson(QJsonDocument::Compact) +
               "\n";
    }
    if (!context.isSet("to")) {
        context.out << QString::fromUtf8(data);
        context.out.flush();
        return Ok;
    }
    QFile file(context.value("to"));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size())
        return context.fail(
            Error{QStringLiteral("cli.write_failed"),
                  Cli::tr("Cannot write %1: %2").arg(context.value("to"), file.errorString())});
    return Ok;
}

} // namespace

int runRestoreCommand(CliContext& context)
{
    const QString group = context.command.value(0);
    const QString sub = context.command.value(1);
    using Handler = int (*)(CliContext&, Engine&);
    Handler handler = nullptr;
    if (group == QLatin1String("restore") && sub == QLatin1String("vm"))
        handler = &restoreVm;
    else if (group == QLatin1String("restore") && sub == QLatin1String("vapp"))
        handler = &restoreVapp;
    else if (group == QLatin1String("restore") && sub == QLatin1String("files"))
        handler = &restoreFiles;
    else if (group == QLatin1String("files") && sub == QLatin1String("ls"))
        handler = &filesLs;
    else if (group == QLatin1String("restore") && sub == QLatin1String("item"))
        handler = &restoreItem;
    else if (group == QLatin1String("items") && sub == QLatin1String("list"))
        handler = &itemsList;
    else if (group == QLatin1String("files") && sub == QLatin1String("index"))
        handler = &filesIndex;
    else if (group == QLatin1String("files") && sub == QLatin1String("search"))
        handler = &filesSearch;
    else if (group == QLatin1String("audit") && sub == QLatin1String("export"))
        handler = &auditExport;
    if (!handler) {
        context.err << Cli::tr("error: unknown command '%1'").arg(context.command.join(QLatin1Char(' ')))
                    << Qt::endl
                    << Cli::tr(kRestoreUsage);
        return Usage;
    }
    return runWithCatalogEngine(context, handler);
}

} // namespace lifeboat::cli
