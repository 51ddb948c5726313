#include "restore/VmRestore.h"

#include "core/Logging.h"
#include "core/OffThread.h"
#include "repository/Pipeline.h"
#include "repository/Repository.h"
#include "restore/RestoreAudit.h"
#include "restore/VmConfigSpec.h"
#include "vsphere/DatastoreSource.h"
#include "vsphere/DatastoreUpload.h"
#include "vsphere/Inventory.h"
#include "vsphere/Tagging.h"
#include "vsphere/VsphereClient.h"

#include <QJsonArray>
#include <QLocale>

namespace lifeboat::restore {

using jobs::SessionResult;
using repository::DiskManifest;
using vsphere::VirtualDiskInfo;

namespace {

QString formatAge(qint64 seconds)
{
    if (seconds < 2 * 3600)
        return VmRestore::tr("%n minute(s)", nullptr, int(seconds / 60));
    if (seconds < 2 * 86400)
        return VmRestore::tr("%n hour(s)", nullptr, int(seconds / 3600));
    return VmRestore::tr("%n day(s)", nullptr, int(seconds / 86400));
}

// The saved description of the disk a manifest disk was read from.
QJsonObject savedDisk(const QJsonObject& config, const QString& name)
{
    for (const QJsonValue& disk : config.value(QStringLiteral("disks")).toArray())
        if (disk[QStringLiteral("name")].toString() == name)
            return disk.toObject();
    return {};
}

} // namespace

Result<VappRestorePlan> planVappRestore(const vsphere::Inventory& inventory, const tenants::Caller& caller,
                                        qint64 endpointId, const QString& vapp,
                                        const QVector<VappRestoreCandidate>& candidates,
                                        const QDateTime& asOf)
{
    const vsphere::InventoryObject* found = inventory.object(vapp);
    if (!found || found->type != QLatin1String("VirtualApp")) {
        found = nullptr;
        for (const vsphere::InventoryObject& object : std::as_const(inventory.objects)) {
            if (object.type != QLatin1String("VirtualApp") || object.name != vapp)
                continue;
            // Restoring the wrong one of two namesakes would overwrite VMs nobody chose.
            if (found)
                return Error{QStringLiteral("restore.ambiguous_vapp"),
                             VmRestore::tr("Several vApps are named %1; give its moref instead.").arg(vapp)};
            found = &object;
        }
    }
    if (!found)
        return Error{QStringLiteral("restore.unknown_vapp"), VmRestore::tr("There is no vApp %1.").arg(vapp)};
    if (Status allowed = caller.checkAccess(endpointId, inventory, found->moref); !allowed)
        return allowed.error();
    auto plan = planMembersRestore(inventory, caller, endpointId, found->name, inventory.vmsIn(found->moref),
                                   candidates, asOf);
    if (plan)
        plan->vappMoref = found->moref;
    return plan;
}

Result<VappRestorePlan> planMembersRestore(const vsphere::Inventory& inventory, const tenants::Caller& caller,
                                           qint64 endpointId, const QString& vappName,
                                           const QStringList& members,
                                           const QVector<VappRestoreCandidate>& candidates,
                                           const QDateTime& asOf)
{
    // Every member is checked before anything starts: a scope by VM or tag may cover only some.
    for (const QString& member : members)
        if (Status allowed = caller.checkAccess(endpointId, inventory, member); !allowed)
            return Error{
                allowed.error().code,
                VmRestore::tr("The vApp %1 is not restored: %2").arg(vappName, allowed.error().message)};
    VappRestorePlan plan;
    plan.vappName = vappName;
    for (const QString& member : members) {
        const vsphere::VirtualMachineInfo* vm = inventory.vm(member);
        const QString identity = vm && !vm->instanceUuid.isEmpty() ? vm->instanceUuid : member;
        const QString name = vm ? vm->name : member;
        const VappRestoreCandidate* chosen = nullptr;
        for (const VappRestoreCandidate& candidate : candidates)
            if ((candidate.vmId == identity || candidate.vmId == member) &&
                (!asOf.isValid() || candidate.time <= asOf) && (!chosen || candidate.time > chosen->time))
                chosen = &candidate;
        if (!chosen) {
            plan.withoutRestorePoint.append(name);
            continue;
        }
        plan.members.append(VappRestoreMember{member, name, *chosen});
    }
    if (plan.members.isEmpty())
        return Error{QStringLiteral("restore.no_restore_point"),
                     asOf.isValid()
                         ? VmRestore::tr("No VM of the vApp %1 has a restore point as old as %2 that you may "
                                         "restore.")
                               .arg(vappName, QLocale().toString(asOf.toLocalTime(), QLocale::ShortFormat))
                         : VmRestore::tr("No VM of the vApp %1 has a restore point that you may restore.")
                               .arg(vappName)};
    return plan;
}

VmRestore::VmRestore(VmRestoreRequest request, jobs::JobStore& store, QObject* parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_store(store)
{}

VmRestore::~VmRestore()
{
    m_cancel->store(true);
    for (const QPointer<QThread>& thread : std::as_const(m_threads))
        if (thread)
            thread->wait();
}

template <typename R> void VmRestore::offThread(std::function<R()> work, std::function<void(R)> then)
{
    runOffThread<R>(this, m_threads, std::move(work), std::move(then));
}

void VmRestore::log(const QString& severity, const QString& message)
{
    qCInfo(lcEngine).noquote() << "restore session" << m_session << severity << message;
    const QString object = m_manifest ? m_manifest->vmName : QString();
    if (Status logged = m_store.log(m_session, severity, object, message); !logged)
        qCWarning(lcEngine) << "cannot write the session log:" << logged.error().message;
}

void VmRestore::fail(const QString& message)
{
    log(QStringLiteral("error"), message);
    finish(SessionResult::Failed, message);
}

void VmRestore::stop()
{
    m_cancel->store(true);
}

void VmRestore::start(std::function<void(Result<jobs::Session>)> done)
{
    m_done = std::move(done);
    auto session = m_store.startSession(0, QStringLiteral("restore"), 0);
    if (!session)
        return m_done(session.error());
    m_session = *session;

    auto codec = m_request.repository->codec();
    auto manifest = m_request.repository->loadManifest(m_request.restorePoint, *codec);
    // Another tenant's restore point answers exactly like a missing one.
    const bool allowed = manifest && m_request.caller.owns(manifest->tenant);
    const bool keep = m_request.mode == VmRestoreMode::Keep;
    // Refused attempts are audited too: they are what an auditor looks for.
    AuditRecord audit;
    audit.session = m_session;
    audit.operatorAccount = m_request.operatorAccount.isEmpty() ? m_request.user : m_request.operatorAccount;
    audit.kind = QStringLiteral("vm");
    audit.restorePoint = m_request.restorePoint;
    audit.target = m_request.endpoint.url;
    audit.mode = m_request.newLocation() ? QStringLiteral("new-location")
                 : keep                  ? QStringLiteral("keep")
                                         : QStringLiteral("overwrite");
    if (allowed) {
        audit.objectName = manifest->vmName;
        audit.objectId = manifest->vmId;
        audit.restorePointTime = manifest->time;
    }
    if (Status recorded = RestoreAudit(m_store.catalog()).record(audit); !recorded)
        return fail(recorded.error().message);
    if (!allowed)
        return fail(tr("There is no restore point %1 that %2 may restore.")
                        .arg(m_request.restorePoint, audit.operatorAccount));
    m_manifest = std::make_unique<repository::Manifest>(*manifest);
    auto task = m_store.startTask(m_session, m_manifest->vmId, m_manifest->vmName);
    if (!task)
        return fail(task.error().message);
    m_task = *task;
    m_taskStarted = QDateTime::currentDateTimeUtc();
    log(QStringLiteral("info"),
        tr("Restoring %1 from the restore point of %2 (%3 old): %4.")
            .arg(m_manifest->vmName, QLocale().toString(m_manifest->time.toLocalTime(), QLocale::ShortFormat),
                 formatAge(m_manifest->time.secsTo(m_taskStarted)),
                 m_request.newLocation() ? tr("as a new VM in another place")
                 : keep                  ? tr("keeping the original VM")
                                         : tr("overwriting the VM")));

    const QString savedEndpoint = m_manifest->vmConfig.value(QStringLiteral("endpoint")).toString();
    if (!savedEndpoint.isEmpty() && savedEndpoint != m_request.endpoint.url)
        return fail(tr("The restore point was made on %1, not on %2: restore it through that endpoint.")
                        .arg(savedEndpoint, m_request.endpoint.url));
    connectEndpoint();
}

void VmRestore::connectEndpoint()
{
    m_client =
        new vsphere::VsphereClient(QUrl(m_request.endpoint.url), m_request.endpoint.pinnedSha256, this);
    m_client->setTimeout(vsphere::networkTimeoutMs());
    // Uploading large disks takes hours with no SOAP call in between; the session must outlive it.
    m_client->setKeepAlive(10 * 60 * 1000);
    m_client->retrieveServiceContent([this](Result<vsphere::ServiceContent> content) {
        if (!content)
            return fail(tr("Cannot connect to %1: %2").arg(m_request.endpoint.url, content.error().message));
        m_client->login(m_request.user, m_request.password, [this](Result<vsphere::UserSession> user) {
            if (!user)
                return fail(tr("Cannot sign in to %1 as %2: %3")
                                .arg(m_request.endpoint.url, m_request.user, user.error().message));
            // A tenant scoped by tags needs their members for the scope check.
            vsphere::readTagMembers(
                QUrl(m_request.endpoint.url), m_request.endpoint.pinnedSha256, m_request.user,
                m_request.password, m_request.caller.tagNames(m_request.endpoint.id),
                [this, self = QPointer<VmRestore>(this)](Result<QHash<QString, QStringList>> members) {
                    if (!self)
                        return;
                    if (!members)
                        return fail(members.error().message);
                    for (auto it = members->cbegin(); it != members->cend(); ++it)
                        m_request.caller.setTagMembers(it.key(), it.value());
                    m_client->listInventory([this](Result<vsphere::Inventory> inventory) {
                        if (!inventory)
                            return fail(tr("Cannot read the inventory of %1: %2")
                                            .arg(m_request.endpoint.url, inventory.error().message));
                        m_inventory = std::make_shared<vsphere::Inventory>(std::move(*inventory));
                        locate();
                    });
                });
        });
    });
}

void VmRestore::locate()
{
    const QJsonObject& config = m_manifest->vmConfig;
    const QString uuid = config.value(QStringLiteral("instance_uuid")).toString();
    const QString moref = config.value(QStringLiteral("moref")).toString();
    for (const vsphere::VirtualMachineInfo& vm : std::as_const(m_inventory->vms)) {
        // The instance UUID survives re-registration; a moref alone may have been reused.
        if ((!uuid.isEmpty() && vm.instanceUuid == uuid) ||
            (uuid.isEmpty() && vm.moref == moref && vm.name == m_manifest->vmName)) {
            m_original = vm.moref;
            break;
        }
    }
    const QString datacenterName = config.value(QStringLiteral("datacenter")).toString();
    for (const vsphere::InventoryObject& object : std::as_const(m_inventory->objects))
        if (object.type == QLatin1String("Datacenter") && object.name == datacenterName)
            m_datacenterMoref = object.moref;

    // Scope: the VM itself, or, when it is gone, the place it would be created in.
    const QString place = !m_original.isEmpty() ? m_original
                          : !config.value(QStringLiteral("vapp")).toString().isEmpty()
                              ? config.value(QStringLiteral("vapp")).toString()
                              : config.value(QStringLiteral("folder")).toString();
    if (place.isEmpty())
        return fail(tr("%1 no longer exists and the restore point does not record where it was (it was made "
                       "by an older version). Restore its disks with 'restore-point download' instead.")
                        .arg(m_manifest->vmName));
    if (Status allowed = m_request.caller.checkAccess(m_request.endpoint.id, *m_inventory, place); !allowed)
        return fail(allowed.error().message);

    if (m_request.newLocation()) {
        // Placing VMs anywhere in the inventory is an administrator's decision.
        if (!m_request.caller.isAdministrator())
            return fail(tr("Only an administrator may restore a VM to a new location."));
        for (const auto& [target, kinds] :
             {std::pair{m_request.targetFolder, QStringList{QStringLiteral("Folder")}},
              std::pair{m_request.targetPool,
                        QStringList{QStringLiteral("ResourcePool"), QStringLiteral("VirtualApp")}},
              std::pair{m_request.targetHost, QStringList{QStringLiteral("HostSystem")}}}) {
            const vsphere::InventoryObject* object = target.isEmpty() ? nullptr : m_inventory->object(target);
            if (!target.isEmpty() && (!object || !kinds.contains(object->type)))
                return fail(tr("%1 is not a %2 of %3.")
                                .arg(target, kinds.join(QLatin1Char('/')), m_request.endpoint.url));
        }
        log(QStringLiteral("info"), tr("Restoring to a new location."));
        return create(m_request.newName.isEmpty() ? m_manifest->vmName + QStringLiteral("_restored")
                                                  : m_request.newName);
    }
    if (m_request.mode == VmRestoreMode::Overwrite) {
        if (!m_original.isEmpty())
            return overwrite();
        log(QStringLiteral("info"), tr("%1 no longer exists; it is created again.").arg(m_manifest->vmName));
        return create(m_manifest->vmName);
    }
    create(m_request.newName.isEmpty() ? m_manifest->vmName + QStringLiteral("_restored")
                                       : m_request.newName);
}

void VmRestore::overwrite()
{
    m_target = m_original;
    m_targetName = m_manifest->vmName;
    m_client->listSnapshots(m_original, [this](Result<QVector<vsphere::SnapshotInfo>> snapshots) {
        if (!snapshots)
            return fail(
                tr("Cannot read the snapshots of %1: %2").arg(m_manifest->vmName, snapshots.error().message));
        // With snapshots the VM runs on delta disks: writing the base disks would change
        // nothing the VM sees and break its snapshot chain.
        if (!snapshots->isEmpty()) {
            QStringList names;
            for (const vsphere::SnapshotInfo& snapshot : std::as_const(*snapshots))
                names.append(snapshot.name);
            return fail(
                tr("%1 has snapshots (%2). Delete them before overwriting the VM, or restore it beside "
                   "the original with the keep mode.")
                    .arg(m_manifest->vmName, names.join(QStringLiteral(", "))));
        }
        m_client->currentDisks(m_original, [this](Result<QVector<VirtualDiskInfo>> disks) {
            if (!disks)
                return fail(
                    tr("Cannot read the disks of %1: %2").arg(m_manifest->vmName, disks.error().message));
            overwriteDisks(std::move(*disks));
        });
    });
}

void VmRestore::overwriteDisks(QVector<VirtualDiskInfo> current)
{
    QVector<QString> flatFiles;
    for (const DiskManifest& disk : std::as_const(m_manifest->disks)) {
        const int key = savedDisk(m_manifest->vmConfig, disk.name).value(QStringLiteral("key")).toInt();
        auto match = std::find_if(current.begin(), current.end(),
                                  [key](const VirtualDiskInfo& info) { return info.key == key; });
        if (match == current.end())
            return fail(
                tr("%1 no longer has the disk %2. Restore the VM beside the original with the keep mode.")
                    .arg(m_manifest->vmName, disk.name));
        if (match->capacityBytes != disk.size)
            return fail(
                tr("The disk %1 of %2 is now %3 bytes, the restore point's is %4 bytes. Restore the VM "
                   "beside the original with the keep mode.")
                    .arg(disk.name, m_manifest->vmName)
                    .arg(match->capacityBytes)
                    .arg(disk.size));
        const QString flat = vsphere::flatFileOf(match->fileName);
        if (flat.isEmpty())
            return fail(tr("The disk %1 cannot be written through the datastore API.").arg(match->fileName));
        flatFiles.append(flat);
    }
    const vsphere::VirtualMachineInfo* vm = m_inventory->vm(m_original);
    // A suspended VM is powered off too: its saved memory would not match the new disks.
    const bool running = vm && vm->powerState != QLatin1String("poweredOff");
    auto write = [this, flatFiles] {
        uploadDisks(flatFiles, {}, [this](Status written) {
            if (!written)
                return fail(tr("Writing the disks of %1 failed: %2. The VM is powered off and its disks are "
                               "incomplete: run the restore again.")
                                .arg(m_manifest->vmName, written.error().message));
            const auto vmx = parseVmx(m_manifest->vmConfig.value(QStringLiteral("vmx")).toString());
            m_client->setCpuAndMemory(
                m_original, vmx.value(QStringLiteral("numvcpus")).toInt(),
                vmx.value(QStringLiteral("memsize")).toLongLong(), [this](Status set) {
                    if (!set) {
                        m_warning = true;
                        log(QStringLiteral("warning"),
                            tr("The CPU and memory settings were not restored: %1").arg(set.error().message));
                    }
                    afterDisks(m_original);
                });
        });
    };
    auto powerOffAndWrite = [this, running, write] {
        if (!running)
            return write();
        log(QStringLiteral("info"), tr("Powering off %1.").arg(m_manifest->vmName));
        m_client->powerOff(m_original, [this, write](Status off) {
            if (!off)
                return fail(tr("Cannot power off %1: %2").arg(m_manifest->vmName, off.error().message));
            write();
        });
    };
    // Before the VM is touched: every chunk the disks need is in the repository, and each
    // target is a flat disk file of the right size (not a vSAN/vVol object or a linked
    // clone's delta, where a PUT would write a stray file and change nothing).
    auto repository = m_request.repository;
    const QVector<DiskManifest> disks = m_manifest->disks;
    QVector<vsphere::DatastoreAccess> accesses;
    const QString datacenter = m_manifest->vmConfig.value(QStringLiteral("datacenter")).toString();
    for (const QString& flat : std::as_const(flatFiles)) {
        vsphere::DatastoreAccess access;
        access.fileUrl = m_client->datastoreFileUrl(datacenter, flat);
        access.pinnedSha256 = m_request.endpoint.pinnedSha256;
        access.cookie = m_client->sessionCookie();
        access.timeoutMs = vsphere::networkTimeoutMs();
        accesses.append(access);
    }
    offThread<Status>(
        [repository, disks, accesses]() -> Status {
            auto codec = repository->codec();
            for (qsizetype i = 0; i < disks.size(); ++i) {
                auto chunks = repository->chunkList(disks[i], *codec);
                if (!chunks)
                    return chunks.error();
                for (const auto& chunk : *chunks)
                    if (!repository::isZeroChunk(chunk) && !repository->contains(chunk))
                        return Error{QStringLiteral("restore.chunk_missing"),
                                     tr("The restore point lacks data of the disk %1 (run repo verify).")
                                         .arg(disks[i].name)};
                auto target = vsphere::DatastoreSource::open(accesses[i], disks[i].size);
                if (!target)
                    return Error{target.error().code,
                                 tr("The disk file %1 cannot be overwritten through the datastore API: %2")
                                     .arg(accesses[i].fileUrl.path(), target.error().message)};
            }
            return success();
        },
        [this, powerOffAndWrite](Status ready) {
            if (!ready)
                return fail(tr("Nothing was changed: %1").arg(ready.error().message));
            powerOffAndWrite();
        });
}

void VmRestore::create(const QString& name)
{
    m_targetName = name;
    const QJsonObject& config = m_manifest->vmConfig;
    auto vmx = vsphere::DatastorePath::parse(config.value(QStringLiteral("vmx_path")).toString());
    if (!vmx || m_datacenterMoref.isEmpty())
        return fail(tr("The restore point does not say on which datastore %1 was.").arg(m_manifest->vmName));
    if (!m_request.targetDatastore.isEmpty())
        vmx->datastore = m_request.targetDatastore;
    for (const vsphere::VirtualMachineInfo& vm : std::as_const(m_inventory->vms))
        if (vm.name == name)
            return fail(tr("A VM named %1 exists already. Remove it, or give the restored VM another name.")
                            .arg(name));
    const QString folder = QStringLiteral("[%1] %2").arg(vmx->datastore, name);
    const QString vmxPath = folder + QLatin1Char('/') + name + QStringLiteral(".vmx");
    // A folder of that name may hold another VM's files: never write into it.
    m_client->downloadDatastoreFile(
        config.value(QStringLiteral("datacenter")).toString(), vmxPath, 1024 * 1024,
        [this, name, folder, datastore = vmx->datastore](Result<QByteArray> existing) {
            if (existing)
                return fail(tr("The datastore folder %1 exists already. Remove it, or give the restored VM "
                               "another name.")
                                .arg(folder));
            // Only a clear "not found" makes the folder ours to fill (and to remove on failure).
            if (existing.error().code != QLatin1String("vsphere.file_not_found"))
                return fail(tr("Cannot tell whether %1 exists: %2").arg(folder, existing.error().message));
            QVector<QString> descriptors, flatFiles;
            for (qsizetype i = 0; i < m_manifest->disks.size(); ++i) {
                const QString base = i == 0 ? name : QStringLiteral("%1_%2").arg(name).arg(i);
                descriptors.append(folder + QLatin1Char('/') + base + QStringLiteral(".vmdk"));
                flatFiles.append(vsphere::flatFileOf(descriptors.last()));
            }
            uploadDisks(flatFiles, descriptors, [this, name, folder, datastore, descriptors](Status written) {
                if (!written) {
                    cleanUpFolder(folder, written.error().message);
                    return fail(tr("Writing the disks of %1 failed: %2").arg(name, written.error().message));
                }
                createAround(name, datastore, descriptors);
            });
        });
}

void VmRestore::createAround(const QString& name, const QString& datastore, QVector<QString> descriptors)
{
    const QJsonObject& config = m_manifest->vmConfig;
    QString folder, pool, vapp;
    if (const vsphere::InventoryObject* original = m_inventory->object(m_original)) {
        folder = original->parent;
        pool = original->resourcePool;
        vapp = original->parentVApp;
    } else {
        folder = config.value(QStringLiteral("folder")).toString();
        pool = config.value(QStringLiteral("resource_pool")).toString();
        vapp = config.value(QStringLiteral("vapp")).toString();
    }
    // A VM of a vApp draws its resources from the vApp: it is created through it.
    if (const vsphere::InventoryObject* owner = m_inventory->object(pool);
        vapp.isEmpty() && owner && owner->type == QLatin1String("VirtualApp"))
        vapp = pool;
    if (!m_request.targetFolder.isEmpty()) {
        folder = m_request.targetFolder;
        vapp.clear();
    }
    if (!m_request.targetPool.isEmpty()) {
        const vsphere::InventoryObject* target = m_inventory->object(m_request.targetPool);
        (target && target->type == QLatin1String("VirtualApp") ? vapp : pool) = m_request.targetPool;
    }
    const QString datastoreFolder = QStringLiteral("[%1] %2").arg(datastore, name);
    if (vapp.isEmpty() && (folder.isEmpty() || pool.isEmpty())) {
        cleanUpFolder(datastoreFolder, tr("the original location is unknown"));
        return fail(tr("The restore point does not record the folder and resource pool of %1.")
                        .arg(m_manifest->vmName));
    }
    QVector<DiskPlacement> placements;
    for (qsizetype i = 0; i < m_manifest->disks.size(); ++i) {
        const DiskManifest& disk = m_manifest->disks[i];
        const QJsonObject saved = savedDisk(config, disk.name);
        DiskPlacement placement;
        placement.size = disk.size;
        placement.controllerKey = saved.value(QStringLiteral("controller_key")).toInt();
        placement.controllerType = saved.value(QStringLiteral("controller_type")).toString();
        placement.controllerBus = saved.value(QStringLiteral("controller_bus")).toInt(-1);
        placement.unitNumber = saved.value(QStringLiteral("unit_number")).toInt(-1);
        placement.file = descriptors[i];
        placements.append(placement);
    }
    const QByteArray spec =
        buildConfigSpec(name, datastoreFolder + QLatin1Char('/') + name + QStringLiteral(".vmx"),
                        parseVmx(config.value(QStringLiteral("vmx")).toString()), placements);
    m_client->createVm(folder, pool, vapp, m_request.targetHost, spec,
                       [this, name, datastoreFolder](Result<QString> created) {
                           if (!created || created->isEmpty()) {
                               const QString reason = created ? tr("the server did not name the new VM")
                                                              : created.error().message;
                               cleanUpFolder(datastoreFolder, reason);
                               return fail(tr("Creating the VM %1 failed: %2").arg(name, reason));
                           }
                           m_target = *created;
                           log(QStringLiteral("info"), tr("Created the VM %1 (%2).").arg(name, m_target));
                           afterDisks(m_target);
                       });
}

void VmRestore::cleanUpFolder(const QString& datastoreFolder, const QString& reason)
{
    if (m_datacenterMoref.isEmpty())
        return;
    log(QStringLiteral("info"), tr("Removing %1 (%2).").arg(datastoreFolder, reason));
    // Best effort and not awaited: the failure being reported matters more.
    m_client->deleteDatastoreFile(
        m_datacenterMoref, datastoreFolder, [this, datastoreFolder](Status removed) {
            if (!removed)
                qCWarning(lcEngine) << "restore: cannot remove" << datastoreFolder << removed.error().message;
        });
}

void VmRestore::afterDisks(const QString& vm)
{
    if (!m_request.powerOn)
        return finish(m_warning ? SessionResult::Warning : SessionResult::Success,
                      tr("Restored %1.").arg(m_manifest->vmName));
    log(QStringLiteral("info"), tr("Powering on the restored VM."));
    m_client->powerOn(vm, [this](Status on) {
        if (!on) {
            m_warning = true;
            log(QStringLiteral("warning"),
                tr("The restored VM did not power on: %1").arg(on.error().message));
        }
        finish(m_warning ? SessionResult::Warning : SessionResult::Success,
               tr("Restored %1.").arg(m_manifest->vmName));
    });
}

void VmRestore::uploadDisks(QVector<QString> flatFiles, QVector<QString> descriptors,
                            std::function<void(Status)> then)
{
    const qsizetype index = m_manifest->disks.size() - flatFiles.size();
    if (flatFiles.isEmpty())
        return then(success());
    const DiskManifest disk = m_manifest->disks[index];
    const QString datacenter = m_manifest->vmConfig.value(QStringLiteral("datacenter")).toString();
    vsphere::DatastoreAccess access;
    access.fileUrl = m_client->datastoreFileUrl(datacenter, flatFiles.front());
    access.pinnedSha256 = m_request.endpoint.pinnedSha256;
    access.cookie = m_client->sessionCookie();
    access.timeoutMs = vsphere::networkTimeoutMs();
    vsphere::DatastoreAccess descriptorAccess = access;
    QByteArray descriptor;
    if (!descriptors.isEmpty()) {
        descriptorAccess.fileUrl = m_client->datastoreFileUrl(datacenter, descriptors.front());
        descriptor =
            flatDescriptor(vsphere::flatFileOf(descriptors.front()).section(QLatin1Char('/'), -1), disk.size);
    }
    log(QStringLiteral("info"),
        tr("Writing the disk %1 (%2) to %3.")
            .arg(disk.name, QLocale().formattedDataSize(disk.size, 1, QLocale::DataSizeTraditionalFormat),
                 flatFiles.front()));
    qint64 total = 0;
    for (const DiskManifest& each : std::as_const(m_manifest->disks))
        total += each.size;
    const qint64 before = m_bytesWritten;
    auto repository = m_request.repository;
    auto cancel = m_cancel;
    QPointer<VmRestore> self(this);
    offThread<Status>(
        [repository, disk, access, descriptorAccess, descriptor, cancel, self, before, total]() -> Status {
            auto reader = repository::DiskReader::open(*repository, disk);
            if (!reader)
                return reader.error();
            qint64 reported = 0;
            Status written = vsphere::uploadDatastoreFile(
                access, disk.size,
                [&reader](qint64 offset, char* data, qint64 length) {
                    return (*reader)->read(offset, data, length);
                },
                [&](qint64 sent) {
                    // A few hundred updates per disk at most: the session view must not drown.
                    if (sent - reported < 8 * 1024 * 1024 && sent != disk.size)
                        return;
                    reported = sent;
                    QMetaObject::invokeMethod(
                        self.data(),
                        [self, done = before + sent, total] {
                            if (self)
                                Q_EMIT self->progressed(done, total);
                        },
                        Qt::QueuedConnection);
                },
                cancel.get());
            if (!written || descriptor.isEmpty())
                return written;
            return vsphere::uploadDatastoreFile(descriptorAccess, descriptor);
        },
        [this, flatFiles, descriptors, then, size = disk.size](Status written) mutable {
            if (!written)
                return then(written);
            m_bytesWritten += size;
            flatFiles.removeFirst();
            if (!descriptors.isEmpty())
                descriptors.removeFirst();
            uploadDisks(std::move(flatFiles), std::move(descriptors), std::move(then));
        });
}

void VmRestore::finish(SessionResult result, const QString& message)
{
    if (m_finished)
        return;
    m_finished = true;
    if (result != SessionResult::Failed)
        log(result == SessionResult::Warning ? QStringLiteral("warning") : QStringLiteral("info"), message);
    if (m_task) {
        jobs::SessionTask task;
        task.id = m_task;
        task.objectId = m_target.isEmpty() ? m_manifest->vmId : m_target;
        task.objectName = m_manifest->vmName;
        task.started = m_taskStarted;
        task.finished = QDateTime::currentDateTimeUtc();
        task.result = result;
        task.bytesRead = m_bytesWritten;
        task.restorePoint = m_manifest->id;
        task.message = message;
        if (Status saved = m_store.finishTask(task); !saved)
            qCWarning(lcEngine) << "restore task:" << saved.error().message;
    }
    if (Status closed = m_store.finishSession(m_session, result, message); !closed)
        return m_done(closed.error());
    auto finishing = [this] {
        auto session = m_store.session(m_session);
        m_done(session);
    };
    if (!m_client)
        return finishing();
    m_client->setKeepAlive(0);
    m_client->logout([finishing](Status) { finishing(); });
}

} // namespace lifeboat::restore
