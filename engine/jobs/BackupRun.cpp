#include "jobs/BackupRun.h"

#include "apps/DatabaseItems.h"
#include "core/Logging.h"
#include "core/OffThread.h"
#include "guest/FileIndex.h"
#include "guest/RestorePointVolumes.h"
#include "repository/Backend.h"
#include "repository/Pipeline.h"
#include "repository/Prune.h"
#include "repository/Repository.h"
#include "ssh/SshSession.h"
#include "vsphere/DatastoreSource.h"
#include "vsphere/Inventory.h"
#include "vsphere/InventoryCache.h"
#include "vsphere/Tagging.h"
#include "vsphere/VsphereClient.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <deque>
#include <map>

namespace lifeboat::jobs {

using repository::Manifest;
using repository::Repository;
using vsphere::VirtualDiskInfo;
using vsphere::VirtualMachineInfo;

namespace {

// The stable identity of a VM in restore points: the instance UUID survives renames and
// re-registration; the moref is the fallback for servers that do not report one.
QString vmIdentity(const VirtualMachineInfo& vm)
{
    return vm.instanceUuid.isEmpty() ? vm.moref : vm.instanceUuid;
}

// Disk names in a restore point: the descriptor's file name, made unique with the device
// key when two disks share it (same name on different datastores).
QStringList diskNames(const QVector<VirtualDiskInfo>& disks)
{
    QStringList names;
    for (const VirtualDiskInfo& disk : disks)
        names << disk.fileName.section(QLatin1Char('/'), -1).section(QLatin1Char(']'), -1).trimmed();
    for (qsizetype i = 0; i < names.size(); ++i)
        if (names.count(names[i]) > 1 || names[i].isEmpty())
            names[i] = QStringLiteral("disk-%1").arg(disks[i].key);
    return names;
}

// How long a request may go without progress before it fails. vCenters under load answer
// slowly, so the default is generous; $LIFEBOAT_NETWORK_TIMEOUT (seconds) overrides it.
QString formatBytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

struct BackupRun::Pending
{
    std::deque<VirtualMachineInfo> vms;
};

// A database dump staged for the restore point.
struct ItemDump
{
    QString kind;
    QString database;
    QString file;
    qint64 size = 0;
};

struct BackupRun::VmWork
{
    VirtualMachineInfo vm;
    SessionTask task;
    QString snapshot;
    QVector<VirtualDiskInfo> disks;
    QStringList names;
    std::optional<Manifest> previous;
    std::map<int, std::vector<repository::Extent>> changed; // by device key
    QJsonObject config;
    bool warning = false;
    bool inQueue = true;                    // false for VMs failed before the queue started
    qint64 tenantUsage = 0;                 // bytes the tenant's restore points hold, for the quota
    std::shared_ptr<ssh::SshSession> guest; // open between pre-freeze and post-thaw
    QString failure;
    std::optional<Manifest> saved;             // the restore point, once stored
    std::shared_ptr<QTemporaryDir> itemFolder; // staged database dumps
    QVector<ItemDump> items;
    QElapsedTimer clock;
};

BackupRun::BackupRun(RunRequest request, JobStore& store, QObject* parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_store(store)
    , m_pending(std::make_unique<Pending>())
{}

BackupRun::~BackupRun()
{
    // Destroyed mid-run (the console closes): the pipeline stops at its next chunk, and the
    // helper threads are joined so none posts to this object after it is gone.
    m_cancel->store(true);
    for (const QPointer<QThread>& thread : std::as_const(m_threads))
        if (thread)
            thread->wait();
}

template <typename R> void BackupRun::offThread(std::function<R()> work, std::function<void(R)> then)
{
    runOffThread<R>(this, m_threads, std::move(work), std::move(then));
}

void BackupRun::log(const QString& severity, const QString& object, const QString& message)
{
    qCInfo(lcEngine).noquote() << "session" << m_session << severity << object << message;
    if (Status logged = m_store.log(m_session, severity, object, message); !logged)
        qCWarning(lcEngine) << "cannot write the session log:" << logged.error().message;
}

void BackupRun::start(std::function<void(Result<Session>)> done)
{
    m_done = std::move(done);
    auto session = m_store.startSession(m_request.job.id, QStringLiteral("backup"), m_request.retryOf);
    if (!session)
        return m_done(session.error());
    m_session = *session;
    // Another process (the console, lifeboat-cli job stop) asks for a stop through the catalog.
    auto* stopWatch = new QTimer(this);
    connect(stopWatch, &QTimer::timeout, this, [this] {
        if (auto requested = m_store.stopRequested(m_session); requested && *requested)
            stop();
    });
    stopWatch->start(1000);
    log(QStringLiteral("info"), QString(),
        m_request.retryOf
            ? tr("Retry of session %1 started for job %2.").arg(m_request.retryOf).arg(m_request.job.name)
            : tr("Job %1 started.").arg(m_request.job.name));
    for (const QString& note : std::as_const(m_request.notes))
        log(QStringLiteral("warning"), QString(), note);
    if (m_request.job.repository.startsWith(QLatin1String("sftp://")))
        return fail(tr("Jobs cannot write to SFTP repositories yet; use a local or mounted folder."));
    const QString location = m_request.job.repository;
    const QByteArray password = m_request.repositoryPassword;
    offThread<Result<std::shared_ptr<Repository>>>(
        [location, password]() -> Result<std::shared_ptr<Repository>> {
            auto opened = Repository::open(repository::openLocalBackend(location), password);
            if (!opened)
                return opened.error();
            return std::shared_ptr<Repository>(std::move(*opened));
        },
        [this](Result<std::shared_ptr<Repository>> opened) {
            if (!opened)
                return fail(tr("Cannot open the repository %1: %2")
                                .arg(m_request.job.repository, opened.error().message));
            m_repository = *opened;
            connectEndpoint();
        });
}

void BackupRun::fail(const QString& message)
{
    m_failure = message;
    m_anyFailed = true;
    log(QStringLiteral("error"), QString(), message);
    finishSession();
}

void BackupRun::connectEndpoint()
{
    m_client =
        new vsphere::VsphereClient(QUrl(m_request.endpoint.url), m_request.endpoint.pinnedSha256, this);
    m_client->setTimeout(vsphere::networkTimeoutMs());
    // Reading large disks takes hours with no SOAP call in between; the session must outlive it.
    m_client->setKeepAlive(10 * 60 * 1000);
    m_client->retrieveServiceContent([this](Result<vsphere::ServiceContent> content) {
        if (!content)
            return fail(tr("Cannot connect to %1: %2").arg(m_request.endpoint.url, content.error().message));
        m_client->login(m_request.signInAccount(), m_request.endpointPassword,
                        [this](Result<vsphere::UserSession> user) {
                            if (!user)
                                return fail(tr("Cannot sign in to %1 as %2: %3")
                                                .arg(m_request.endpoint.url, m_request.signInAccount(),
                                                     user.error().message));
                            resolveTags([this] { readInventory(); });
                        });
    });
}

void BackupRun::readInventory()
{
    m_client->listInventory([this](Result<vsphere::Inventory> inventory) {
        if (!inventory)
            return fail(tr("Cannot read the inventory of %1: %2")
                            .arg(m_request.endpoint.url, inventory.error().message));
        m_inventory = std::make_shared<vsphere::Inventory>(std::move(*inventory));
        if (auto cached =
                vsphere::InventoryCache(m_store.catalog()).store(m_request.endpoint.id, *m_inventory);
            !cached)
            qCWarning(lcEngine) << "inventory cache:" << cached.error().message;
        resolveObjects();
        nextVm();
    });
}

void BackupRun::resolveTags(std::function<void()> then)
{
    vsphere::readTagMembers(QUrl(m_request.endpoint.url), m_request.endpoint.pinnedSha256,
                            m_request.signInAccount(), m_request.endpointPassword,
                            m_request.caller.tagNames(m_request.endpoint.id),
                            [this, self = QPointer<BackupRun>(this),
                             then = std::move(then)](Result<QHash<QString, QStringList>> members) {
                                if (!self)
                                    return;
                                if (!members)
                                    return fail(members.error().message);
                                for (auto it = members->cbegin(); it != members->cend(); ++it)
                                    m_request.caller.setTagMembers(it.key(), it.value());
                                then();
                            });
}

void BackupRun::resolveObjects()
{
    const vsphere::Inventory& inventory = *m_inventory;
    QStringList queued;
    const auto failEarly = [this](const QString& moref, const QString& name, const QString& message) {
        auto work = std::make_shared<VmWork>();
        work->inQueue = false;
        work->vm.moref = moref;
        work->vm.name = name;
        auto task = m_store.startTask(m_session, moref, name);
        work->task.id = task ? *task : 0;
        finishVm(work, SessionResult::Failed, message);
    };
    for (const JobObject& object : m_request.job.objects) {
        const vsphere::InventoryObject* entry = inventory.object(object.moref);
        if (!entry) {
            if (m_request.onlyVms.isEmpty() || m_request.onlyVms.contains(object.moref))
                failEarly(object.moref, object.name,
                          tr("%1 (%2) is no longer in the inventory.").arg(object.name, object.moref));
            continue;
        }
        // Containers are resolved now, so VMs added to a folder, pool or vApp since the job
        // was saved are backed up too.
        const QStringList vms = entry->type == QLatin1String("VirtualMachine")
                                    ? QStringList{object.moref}
                                    : inventory.vmsIn(object.moref);
        if (vms.isEmpty())
            log(QStringLiteral("warning"), entry->name, tr("%1 holds no VMs.").arg(entry->name));
        for (const QString& moref : vms) {
            if (queued.contains(moref) || m_request.job.excludedVms.contains(moref))
                continue;
            if (!m_request.onlyVms.isEmpty() && !m_request.onlyVms.contains(moref))
                continue;
            queued << moref;
            const VirtualMachineInfo* vm = inventory.vm(moref);
            const QString name = vm ? vm->name : moref;
            // The scope is checked at every run: an administrator may have narrowed it since.
            if (!vm || !m_request.caller.mayAccess(m_request.endpoint.id, inventory, moref)) {
                failEarly(moref, name,
                          tr("%1 is outside the scope of %2 and was not backed up.")
                              .arg(name, m_request.job.account));
                continue;
            }
            m_pending->vms.push_back(*vm);
        }
    }
}

void BackupRun::stop()
{
    if (m_cancel->exchange(true))
        return;
    log(QStringLiteral("warning"), QString(), tr("Stop requested by the user."));
    m_pending->vms.clear();
}

void BackupRun::nextVm()
{
    if (m_pending->vms.empty())
        return finishSession();
    auto work = std::make_shared<VmWork>();
    work->vm = m_pending->vms.front();
    m_pending->vms.pop_front();
    work->clock.start();
    work->task.objectId = work->vm.moref;
    work->task.objectName = work->vm.name;
    auto task = m_store.startTask(m_session, work->vm.moref, work->vm.name);
    if (!task)
        return fail(task.error().message);
    work->task.id = *task;
    log(QStringLiteral("info"), work->vm.name, tr("Backing up %1 (%2).").arg(work->vm.name, work->vm.moref));
    removeOrphans(work);
}

void BackupRun::removeOrphans(std::shared_ptr<VmWork> work)
{
    m_client->listSnapshots(work->vm.moref, [this, work](Result<QVector<vsphere::SnapshotInfo>> roots) {
        if (!roots)
            return finishVm(work, SessionResult::Failed,
                            tr("Cannot list the snapshots: %1").arg(roots.error().message));
        QVector<vsphere::SnapshotInfo> ours;
        std::function<void(const QVector<vsphere::SnapshotInfo>&)> collect = [&](const auto& list) {
            for (const vsphere::SnapshotInfo& snapshot : list) {
                // "Lifeboat backup <session>": a snapshot of a session that still runs (another
                // job with this VM, or this job in another process) is in use, not left over.
                const auto live =
                    m_store.sessionIsLive(snapshot.name.section(QLatin1Char(' '), -1).toLongLong());
                const bool leftOver =
                    snapshot.name.startsWith(QLatin1String(kSnapshotPrefix)) && live && !*live;
                if (leftOver)
                    ours.append(snapshot);
                collect(snapshot.children);
            }
        };
        collect(*roots);
        removeLeftovers(work, ours, 0);
    });
}

void BackupRun::removeLeftovers(std::shared_ptr<VmWork> work, QVector<vsphere::SnapshotInfo> leftovers,
                                int index)
{
    if (index >= leftovers.size())
        return ensureChangeTracking(work);
    const vsphere::SnapshotInfo snapshot = leftovers[index];
    m_client->removeSnapshot(snapshot.moref, [this, work, snapshot, leftovers, index](Status removed) {
        work->warning = true;
        if (removed)
            log(QStringLiteral("warning"), work->vm.name,
                tr("Removed the snapshot \"%1\" that an interrupted run left behind.").arg(snapshot.name));
        else
            log(QStringLiteral("warning"), work->vm.name,
                tr("Cannot remove the leftover snapshot \"%1\": %2")
                    .arg(snapshot.name, removed.error().message));
        removeLeftovers(work, leftovers, index + 1);
    });
}

void BackupRun::ensureChangeTracking(std::shared_ptr<VmWork> work)
{
    if (m_cancel->load())
        return finishVm(work, SessionResult::Failed, tr("Stopped by the user."));
    if (!m_request.job.changeTracking || work->vm.changeTrackingEnabled)
        return findPrevious(work);
    m_client->enableChangeTracking(work->vm.moref, [this, work](Status enabled) {
        if (enabled) {
            log(QStringLiteral("info"), work->vm.name, tr("Changed-block tracking enabled."));
        } else {
            work->warning = true;
            log(QStringLiteral("warning"), work->vm.name,
                tr("Cannot enable changed-block tracking (%1); every backup reads the whole disks.")
                    .arg(enabled.error().message));
        }
        findPrevious(work);
    });
}

void BackupRun::findPrevious(std::shared_ptr<VmWork> work)
{
    struct Found
    {
        std::optional<Manifest> previous;
        qint64 tenantUsage = 0;
    };
    auto repository = m_repository;
    const QString identity = vmIdentity(work->vm);
    const QString tenant = m_request.caller.tenantName();
    offThread<Result<Found>>(
        [repository, identity, tenant]() -> Result<Found> {
            auto ids = repository->restorePointIds();
            if (!ids)
                return ids.error();
            auto codec = repository->codec();
            Found found;
            // Ids sort by time: the newest restore point of this VM is the base.
            for (auto id = ids->crbegin(); id != ids->crend(); ++id) {
                auto manifest = repository->loadManifest(*id, *codec);
                if (!manifest)
                    return manifest.error();
                // What a tenant's restore points added to the repository counts against its quota.
                if (!tenant.isEmpty() && manifest->tenant == tenant)
                    for (const auto* stream : manifest->streams())
                        found.tenantUsage += stream->storedBytes;
                // Only the owner's own restore points are a base: an incremental on another
                // account's would store nearly nothing and so slip past this account's quota.
                if (!found.previous && manifest->vmId == identity && manifest->tenant == tenant)
                    found.previous = std::move(*manifest);
            }
            return found;
        },
        [this, work](Result<Found> found) {
            if (!found)
                return finishVm(
                    work, SessionResult::Failed,
                    tr("Cannot read the repository's restore points: %1").arg(found.error().message));
            work->previous = std::move(found->previous);
            work->tenantUsage = found->tenantUsage;
            freezeGuest(work);
        });
}

namespace {

// "host", "host:port", "[v6]:port" → target; port 22 by default.
ssh::SshTarget guestTarget(const QString& address, const QString& user)
{
    ssh::SshTarget target{address, 22, user};
    const qsizetype colon = address.lastIndexOf(QLatin1Char(':'));
    if (colon > 0 && address.indexOf(QLatin1Char(':')) == colon) {
        target.host = address.left(colon);
        target.port = address.mid(colon + 1).toInt();
    } else if (address.startsWith(QLatin1Char('[')) && address.contains(QLatin1String("]:"))) {
        target.host = address.mid(1, address.indexOf(QLatin1Char(']')) - 1);
        target.port = address.section(QLatin1String("]:"), 1).toInt();
    }
    return target;
}

QString outputExcerpt(const ssh::CommandResult& result)
{
    QString text = QString::fromUtf8(result.output.left(2048)).trimmed();
    if (result.truncated || result.output.size() > 2048)
        text += QStringLiteral(" …");
    return text;
}

} // namespace

void BackupRun::freezeGuest(std::shared_ptr<VmWork> work)
{
    const GuestProcessing& guest = m_request.job.guest;
    if (!guest.enabled)
        return takeSnapshot(work);
    const QString address = guest.addresses.value(work->vm.moref, work->vm.guestIp);
    if (address.isEmpty()) {
        const QString message =
            tr("Guest processing needs the guest's address: VMware Tools report none and the job "
               "names none for %1.")
                .arg(work->vm.moref);
        if (!guest.ignoreErrors)
            return finishVm(work, SessionResult::Failed, message);
        work->warning = true;
        log(QStringLiteral("warning"), work->vm.name, message);
        return takeSnapshot(work);
    }
    const ssh::SshTarget target = guestTarget(address, guest.user);
    const ssh::SshCredentials credentials{m_request.guestPassword, guest.keyFile, QString(), QByteArray()};
    const QString pin = guest.hostKeys.value(work->vm.moref);
    const QString script = guest.preFreeze;
    const std::chrono::milliseconds timeout(vsphere::networkTimeoutMs());
    // The session comes back also when the script could not be run to its end (a timeout):
    // it may have frozen part of the application, so the thaw must still run.
    struct Frozen
    {
        std::shared_ptr<ssh::SshSession> session;
        std::optional<ssh::CommandResult> result;
        std::optional<Error> error;
    };
    offThread<Frozen>(
        [target, credentials, pin, script, timeout]() -> Frozen {
            auto session = ssh::SshSession::open(target, credentials, pin, timeout);
            if (!session)
                return Frozen{nullptr, std::nullopt, session.error()};
            std::shared_ptr<ssh::SshSession> shared(std::move(*session));
            if (script.isEmpty())
                return Frozen{shared, std::nullopt, std::nullopt};
            auto ran = shared->run(script);
            if (!ran)
                return Frozen{shared, std::nullopt, ran.error()};
            return Frozen{shared, *ran, std::nullopt};
        },
        [this, work](Frozen frozen) {
            const GuestProcessing& guestOptions = m_request.job.guest;
            work->guest = frozen.session;
            if (frozen.error) {
                const QString message = tr("Guest processing: %1").arg(frozen.error->message);
                if (!guestOptions.ignoreErrors)
                    return thawGuest(
                        work, [this, work, message] { finishVm(work, SessionResult::Failed, message); });
                work->warning = true;
                log(QStringLiteral("warning"), work->vm.name, message);
                return takeSnapshot(work);
            }
            if (const auto& result = frozen.result) {
                const bool ok = result->exitStatus == 0;
                log(ok ? QStringLiteral("info") : QStringLiteral("error"), work->vm.name,
                    tr("Pre-freeze script exited with %1: %2")
                        .arg(result->exitStatus)
                        .arg(outputExcerpt(*result)));
                if (!ok && !guestOptions.ignoreErrors) {
                    // The script may have frozen part of the application: thaw before giving up.
                    const QString message =
                        tr("The pre-freeze script failed (exit status %1); no snapshot was taken.")
                            .arg(result->exitStatus);
                    return thawGuest(
                        work, [this, work, message] { finishVm(work, SessionResult::Failed, message); });
                }
                if (!ok)
                    work->warning = true;
            }
            takeSnapshot(work);
        });
}

void BackupRun::thawGuest(std::shared_ptr<VmWork> work, std::function<void()> then)
{
    auto session = std::exchange(work->guest, nullptr);
    const QString script = m_request.job.guest.postThaw;
    if (!session || script.isEmpty())
        return then();
    offThread<Result<ssh::CommandResult>>(
        [session, script]() { return session->run(script); },
        [this, work, then = std::move(then)](Result<ssh::CommandResult> result) {
            if (!result) {
                work->warning = true;
                log(QStringLiteral("error"), work->vm.name,
                    tr("The post-thaw script could not run: %1").arg(result.error().message));
            } else {
                const bool ok = result->exitStatus == 0;
                if (!ok)
                    work->warning = true;
                log(ok ? QStringLiteral("info") : QStringLiteral("error"), work->vm.name,
                    tr("Post-thaw script exited with %1: %2")
                        .arg(result->exitStatus)
                        .arg(outputExcerpt(*result)));
            }
            then();
        });
}

void BackupRun::takeSnapshot(std::shared_ptr<VmWork> work)
{
    const QString name = QStringLiteral("%1 %2").arg(QLatin1String(kSnapshotPrefix)).arg(m_session);
    m_client->createSnapshot(
        work->vm.moref, name, tr("Taken by Lifeboat for a backup; removed when the backup ends."),
        m_request.job.quiesce, [this, work](Result<QString> snapshot) {
            if (snapshot) {
                work->snapshot = *snapshot;
                log(QStringLiteral("info"), work->vm.name, tr("Snapshot %1 taken.").arg(work->snapshot));
            }
            // The application resumes as soon as the snapshot exists (or failed to).
            thawGuest(work, [this, work, snapshot] {
                if (!snapshot)
                    return finishVm(work, SessionResult::Failed,
                                    tr("Cannot take a snapshot: %1").arg(snapshot.error().message));
                dumpItems(work);
            });
        });
}

void BackupRun::dumpItems(std::shared_ptr<VmWork> work)
{
    const GuestProcessing& guest = m_request.job.guest;
    const QString address = guest.addresses.value(work->vm.moref, work->vm.guestIp);
    if (!guest.enabled || guest.items.isEmpty() || address.isEmpty())
        return readSnapshotDisks(work);
    // Dumps are staged in a private temporary folder (they are much smaller than disks)
    // and stored with the disks in the same restore point.
    work->itemFolder = std::make_shared<QTemporaryDir>();
    if (!work->itemFolder->isValid()) {
        work->warning = true;
        log(QStringLiteral("warning"), work->vm.name,
            tr("Database items: no temporary folder for the dumps: %1").arg(work->itemFolder->errorString()));
        return readSnapshotDisks(work);
    }
    const QString folder = work->itemFolder->path();
    const ssh::SshTarget target = guestTarget(address, guest.user);
    const ssh::SshCredentials credentials{m_request.guestPassword, guest.keyFile, QString(), QByteArray()};
    const QString pin = guest.hostKeys.value(work->vm.moref);
    const QStringList kinds = guest.items;
    const QString environment = guest.itemEnvironment.trimmed();
    const std::chrono::milliseconds timeout(vsphere::networkTimeoutMs());
    auto cancel = m_cancel;
    struct Dumped
    {
        QVector<ItemDump> dumps;
        QStringList problems;
    };
    offThread<Dumped>(
        [target, credentials, pin, kinds, environment, timeout, folder, cancel]() -> Dumped {
            Dumped result;
            auto session = ssh::SshSession::open(target, credentials, pin, timeout);
            if (!session) {
                result.problems.append(session.error().message);
                return result;
            }
            for (const QString& kind : kinds) {
                auto provider = apps::providerFor(kind);
                if (!provider) {
                    result.problems.append(provider.error().message);
                    continue;
                }
                // Standard output only: warnings on stderr are no database names.
                QByteArray names;
                auto listed =
                    (*session)->runStreaming(apps::withEnvironment(environment, (*provider)->listCommand()),
                                             [&names](const char* data, qint64 length) -> Status {
                                                 if (names.size() + length > 16 * 1024 * 1024)
                                                     return Error{QStringLiteral("items.list_too_long"),
                                                                  tr("the list of databases is too long")};
                                                 names.append(data, length);
                                                 return success();
                                             });
                if (!listed || listed->exitStatus != 0) {
                    result.problems.append(tr("%1: the databases cannot be listed: %2")
                                               .arg((*provider)->displayName(),
                                                    listed ? QString::fromUtf8(listed->output).trimmed()
                                                           : listed.error().message));
                    continue;
                }
                for (const QString& database : (*provider)->parseList(names)) {
                    if (cancel->load())
                        return result;
                    if (!apps::isSafeDatabaseName(database)) {
                        result.problems.append(
                            tr("%1: the database name %2 is not backed up (quotes or control "
                               "characters)")
                                .arg((*provider)->displayName(), database));
                        continue;
                    }
                    ItemDump dump{
                        kind, database,
                        QStringLiteral("%1/%2-%3.dump").arg(folder).arg(result.dumps.size()).arg(kind), 0};
                    QFile file(dump.file);
                    if (!file.open(QIODevice::WriteOnly)) {
                        result.problems.append(file.errorString());
                        continue;
                    }
                    auto ran = (*session)->runStreaming(
                        apps::withEnvironment(environment, (*provider)->dumpCommand(database)),
                        [&file, cancel](const char* data, qint64 length) -> Status {
                            // A stop must not wait for a dump of hours to end.
                            if (cancel->load())
                                return Error{QStringLiteral("cancelled"), tr("Stopped by the user.")};
                            if (file.write(data, length) != length)
                                return Error{QStringLiteral("items.stage_failed"), file.errorString()};
                            return success();
                        });
                    // A buffered write that fails on close would leave a short dump passing for whole.
                    const bool flushed = file.flush() && file.error() == QFileDevice::NoError;
                    file.close();
                    if (ran && !flushed)
                        ran = Error{QStringLiteral("items.stage_failed"), file.errorString()};
                    if (!ran || ran->exitStatus != 0) {
                        result.problems.append(
                            tr("%1 database %2: the dump failed: %3")
                                .arg((*provider)->displayName(), database,
                                     ran ? QString::fromUtf8(ran->output).trimmed() : ran.error().message));
                        continue;
                    }
                    dump.size = QFileInfo(dump.file).size();
                    result.dumps.append(dump);
                }
            }
            return result;
        },
        [this, work](Dumped dumped) {
            for (const QString& problem : std::as_const(dumped.problems)) {
                work->warning = true;
                log(QStringLiteral("warning"), work->vm.name, tr("Database items: %1").arg(problem));
            }
            for (const ItemDump& dump : std::as_const(dumped.dumps))
                log(QStringLiteral("info"), work->vm.name,
                    tr("Dumped the %1 database %2 (%3).")
                        .arg(dump.kind, dump.database, formatBytes(dump.size)));
            work->items = dumped.dumps;
            readSnapshotDisks(work);
        });
}

void BackupRun::readSnapshotDisks(std::shared_ptr<VmWork> work)
{
    m_client->snapshotDisks(work->snapshot, [this, work](Result<QVector<VirtualDiskInfo>> disks) {
        if (!disks) {
            work->failure = tr("Cannot read the snapshot's disks: %1").arg(disks.error().message);
            return removeSnapshot(work);
        }
        for (const VirtualDiskInfo& disk : *disks) {
            if (m_request.job.excludes(work->vm.moref, disk.key)) {
                log(QStringLiteral("info"), work->vm.name,
                    tr("Disk %1 is excluded by the job.").arg(disk.fileName));
                continue;
            }
            work->disks.append(disk);
        }
        work->names = diskNames(work->disks);
        queryChanges(work, 0);
    });
}

void BackupRun::queryChanges(std::shared_ptr<VmWork> work, int diskIndex)
{
    if (diskIndex >= work->disks.size())
        return readConfiguration(work);
    const VirtualDiskInfo& disk = work->disks[diskIndex];
    const repository::DiskManifest* previous =
        work->previous ? work->previous->disk(work->names[diskIndex]) : nullptr;
    if (!m_request.job.changeTracking || !previous || previous->changeId.isEmpty() ||
        disk.changeId.isEmpty() || previous->size != disk.capacityBytes)
        return queryChanges(work, diskIndex + 1);
    m_client->queryChangedDiskAreas(
        work->vm.moref, work->snapshot, disk.key, disk.capacityBytes, previous->changeId,
        [this, work, diskIndex](Result<QVector<vsphere::DiskArea>> areas) {
            const VirtualDiskInfo& current = work->disks[diskIndex];
            if (!areas) {
                // Change ids go stale (CBT reset, disk moved): reading everything is
                // slower but stores only what the repository lacks.
                work->warning = true;
                log(QStringLiteral("warning"), work->vm.name,
                    tr("Changed blocks of %1 are not available (%2); reading the whole disk.")
                        .arg(current.fileName, areas.error().message));
                return queryChanges(work, diskIndex + 1);
            }
            std::vector<repository::Extent> extents;
            qint64 changedBytes = 0;
            for (const vsphere::DiskArea& area : *areas) {
                extents.push_back({area.offset, area.length});
                changedBytes += area.length;
            }
            log(QStringLiteral("info"), work->vm.name,
                tr("%1: %2 changed since the previous restore point.")
                    .arg(current.fileName, formatBytes(changedBytes)));
            work->changed[current.key] = std::move(extents);
            queryChanges(work, diskIndex + 1);
        });
}

void BackupRun::readConfiguration(std::shared_ptr<VmWork> work)
{
    QJsonArray disks;
    for (qsizetype i = 0; i < work->disks.size(); ++i) {
        const VirtualDiskInfo& disk = work->disks[i];
        QJsonObject saved = vsphere::diskToJson(disk);
        saved.insert(QStringLiteral("name"), work->names[i]);
        disks.append(saved);
    }
    work->config = QJsonObject{{QStringLiteral("moref"), work->vm.moref},
                               {QStringLiteral("instance_uuid"), work->vm.instanceUuid},
                               {QStringLiteral("guest_os"), work->vm.guestFullName},
                               {QStringLiteral("vmx_path"), work->vm.vmPathName},
                               {QStringLiteral("datacenter"), work->vm.datacenter},
                               {QStringLiteral("endpoint"), m_request.endpoint.url},
                               {QStringLiteral("disks"), disks}};
    // Where the VM lives, so that a restore can put it back there even after it was deleted.
    if (const vsphere::InventoryObject* placed =
            m_inventory ? m_inventory->object(work->vm.moref) : nullptr) {
        work->config.insert(QStringLiteral("folder"), placed->parent);
        work->config.insert(QStringLiteral("resource_pool"), placed->resourcePool);
        work->config.insert(QStringLiteral("vapp"), placed->parentVApp);
    }
    m_client->downloadDatastoreFile(
        work->vm.datacenter, work->vm.vmPathName, 1024 * 1024, [this, work](Result<QByteArray> vmx) {
            if (vmx) {
                work->config.insert(QStringLiteral("vmx"), QString::fromUtf8(*vmx));
            } else {
                work->warning = true;
                log(QStringLiteral("warning"), work->vm.name,
                    tr("The VM's configuration file was not saved with the restore point: %1")
                        .arg(vmx.error().message));
            }
            runPipeline(work);
        });
}

void BackupRun::runPipeline(std::shared_ptr<VmWork> work)
{
    if (m_cancel->load()) {
        work->failure = tr("Stopped by the user.");
        return removeSnapshot(work);
    }
    if (const auto& tenant = m_request.caller.tenantRecord(); tenant && tenant->quotaBytes) {
        // Checked before anything is written. The estimate is what will be read (the changed
        // areas, or whole disks), before compression and deduplication: an upper bound.
        qint64 estimate = 0;
        for (const VirtualDiskInfo& disk : work->disks) {
            auto changed = work->changed.find(disk.key);
            if (changed == work->changed.end()) {
                estimate += disk.capacityBytes;
                continue;
            }
            for (const auto& extent : changed->second)
                estimate += extent.length;
        }
        for (const ItemDump& item : std::as_const(work->items))
            estimate += item.size;
        const qint64 quota = *tenant->quotaBytes;
        if (work->tenantUsage + estimate > quota) {
            work->failure =
                tr("The backup of %1 was not started: it may store up to %2, and %3 of the quota of %4 "
                   "is used already. Ask your administrator for a larger quota or remove restore points.")
                    .arg(work->vm.name, formatBytes(estimate), formatBytes(work->tenantUsage),
                         formatBytes(quota));
            return removeSnapshot(work);
        }
    }
    std::vector<vsphere::DatastoreAccess> accesses;
    for (const VirtualDiskInfo& disk : work->disks) {
        vsphere::DatastoreAccess access;
        access.fileUrl = m_client->datastoreFileUrl(work->vm.datacenter, vsphere::flatFileOf(disk.fileName));
        access.pinnedSha256 = m_request.endpoint.pinnedSha256;
        access.cookie = m_client->sessionCookie();
        access.timeoutMs = vsphere::networkTimeoutMs();
        if (!access.fileUrl.isValid() || work->vm.datacenter.isEmpty()) {
            work->failure = tr("The disk %1 cannot be read through the datastore API.").arg(disk.fileName);
            return removeSnapshot(work);
        }
        accesses.push_back(access);
    }
    Manifest base;
    base.vmName = work->vm.name;
    base.vmId = vmIdentity(work->vm);
    base.vmConfig = work->config;
    base.parent = work->previous ? work->previous->id : QString();
    base.tenant = m_request.caller.tenantName();
    auto repository = m_repository;
    auto cancel = m_cancel;
    const int keep = m_request.job.keepRestorePoints;
    QPointer<BackupRun> self(this);
    const QString vmName = work->vm.name;
    offThread<Result<repository::BackupResult>>(
        [repository, cancel, work, accesses, base, self, vmName, keep]() -> Result<repository::BackupResult> {
            std::vector<std::unique_ptr<vsphere::DatastoreSource>> sources;
            std::vector<repository::DiskBackupInput> inputs;
            for (std::size_t i = 0; i < accesses.size(); ++i) {
                const VirtualDiskInfo& disk = work->disks[static_cast<qsizetype>(i)];
                auto source = vsphere::DatastoreSource::open(accesses[i], disk.capacityBytes);
                if (!source)
                    return source.error();
                sources.push_back(std::move(*source));
                repository::DiskBackupInput input;
                input.name = work->names[static_cast<qsizetype>(i)];
                input.source = sources.back().get();
                input.changeId = disk.changeId;
                input.previous = work->previous ? work->previous->disk(input.name) : nullptr;
                if (auto changed = work->changed.find(disk.key); changed != work->changed.end())
                    input.changedAreas = changed->second;
                inputs.push_back(std::move(input));
            }
            std::vector<std::unique_ptr<repository::ImageSource>> itemSources;
            for (const ItemDump& item : work->items) {
                auto source = repository::openImageFile(item.file);
                if (!source)
                    return source.error();
                itemSources.push_back(std::move(*source));
                repository::DiskBackupInput input;
                input.name = QStringLiteral("%1:%2").arg(item.kind, item.database);
                input.source = itemSources.back().get();
                input.itemKind = item.kind;
                input.itemDatabase = item.database;
                inputs.push_back(std::move(input));
            }
            repository::PipelineOptions options;
            options.cancel = cancel.get();
            options.lockWait = std::chrono::seconds(60);
            auto lastReport = std::make_shared<QElapsedTimer>();
            lastReport->start();
            auto reportMutex = std::make_shared<std::mutex>();
            options.progress = [self, vmName, lastReport, reportMutex](qint64 done, qint64 total) {
                std::lock_guard lock(*reportMutex);
                if (lastReport->elapsed() < 500 && done < total)
                    return;
                lastReport->restart();
                QMetaObject::invokeMethod(
                    self,
                    [self, vmName, done, total] {
                        if (self)
                            Q_EMIT self->progressed(vmName, done, total);
                    },
                    Qt::QueuedConnection);
            };
            auto result = repository::backupImages(*repository, base, inputs, options);
            if (!result)
                return result;
            // Retention: this VM's restore points beyond the job's count are forgotten; their
            // data goes at the next prune. Immutable ones stay until their date.
            auto ids = repository->restorePointIds();
            if (ids) {
                auto codec = repository->codec();
                QVector<Manifest> mine;
                for (const QString& id : *ids)
                    if (auto manifest = repository->loadManifest(id, *codec);
                        manifest && manifest->vmId == base.vmId)
                        mine.append(*manifest);
                repository::RetentionPolicy policy;
                policy.last = keep;
                const auto now = QDateTime::currentDateTimeUtc();
                for (const QString& id : repository::applyRetention(mine, policy, now).forget)
                    repository::forgetRestorePoint(*repository, id, now);
            }
            return result;
        },
        [this, work](Result<repository::BackupResult> result) {
            if (!result) {
                work->failure = result.error().code == QLatin1String("cancelled")
                                    ? tr("Stopped by the user.")
                                    : tr("The backup failed: %1").arg(result.error().message);
            } else {
                work->task.bytesRead = result->stats.bytesRead;
                work->task.bytesStored = result->stats.bytesStored;
                work->task.restorePoint = result->manifest.id;
                work->saved = result->manifest;
                if (result->stats.workerSeconds > 0)
                    work->task.sourceShare = result->stats.sourceSeconds / result->stats.workerSeconds;
                log(QStringLiteral("info"), work->vm.name,
                    tr("Restore point %1: %2 read, %3 stored (%4 of %5 chunks new, %6 unchanged or zero).")
                        .arg(result->manifest.id, formatBytes(result->stats.bytesRead),
                             formatBytes(result->stats.bytesStored))
                        .arg(result->stats.newChunks)
                        .arg(result->stats.chunks)
                        .arg(result->stats.reusedChunks + result->stats.zeroChunks));
            }
            removeSnapshot(work);
        });
}

void BackupRun::removeSnapshot(std::shared_ptr<VmWork> work)
{
    m_client->removeSnapshot(work->snapshot, [this, work](Status removed) {
        if (removed) {
            log(QStringLiteral("info"), work->vm.name, tr("Snapshot %1 removed.").arg(work->snapshot));
        } else {
            work->warning = true;
            log(QStringLiteral("error"), work->vm.name,
                tr("Cannot remove the snapshot %1 (%2); the next run of this job removes it.")
                    .arg(work->snapshot, removed.error().message));
        }
        if (!work->failure.isEmpty())
            return finishVm(work, SessionResult::Failed, work->failure);
        indexFiles(work);
    });
}

void BackupRun::indexFiles(std::shared_ptr<VmWork> work)
{
    if (!m_request.job.indexFiles || !work->saved)
        return finishVm(work, work->warning ? SessionResult::Warning : SessionResult::Success, QString());
    // After the snapshot is gone: indexing reads the restore point, not the VM.
    auto repository = m_repository;
    catalog::Catalog* catalog = &m_store.catalog();
    const Manifest manifest = *work->saved;
    offThread<Result<guest::IndexStats>>(
        [repository, catalog, manifest]() -> Result<guest::IndexStats> {
            auto volumes = guest::RestorePointVolumes::open(*repository, manifest);
            Result<guest::IndexStats> indexed =
                volumes ? guest::FileIndex(*catalog).index(repository->location(), manifest, **volumes)
                        : Result<guest::IndexStats>(volumes.error());
            if (indexed)
                if (auto ids = repository->restorePointIds())
                    guest::FileIndex(*catalog).forgetMissing(repository->location(), *ids);
            // This thread's catalog connection ends with it.
            catalog->closeConnection();
            return indexed;
        },
        [this, work](Result<guest::IndexStats> indexed) {
            if (!indexed) {
                work->warning = true;
                log(QStringLiteral("warning"), work->vm.name,
                    tr("The guest files were not indexed: %1").arg(indexed.error().message));
            } else {
                log(QStringLiteral("info"), work->vm.name,
                    tr("Indexed %1 guest files and folders (%2 new or changed).")
                        .arg(indexed->entries)
                        .arg(indexed->added));
                for (const QString& problem : std::as_const(indexed->problems))
                    log(QStringLiteral("warning"), work->vm.name, tr("Not indexed: %1").arg(problem));
                if (!indexed->problems.isEmpty())
                    work->warning = true;
            }
            finishVm(work, work->warning ? SessionResult::Warning : SessionResult::Success, QString());
        });
}

void BackupRun::finishVm(std::shared_ptr<VmWork> work, SessionResult result, const QString& message)
{
    work->task.result = result;
    work->task.message = message;
    if (result == SessionResult::Failed) {
        m_anyFailed = true;
        log(QStringLiteral("error"), work->vm.name, message);
    } else if (result == SessionResult::Warning) {
        m_anyWarning = true;
    }
    if (work->task.id != 0)
        if (Status saved = m_store.finishTask(work->task); !saved)
            qCWarning(lcEngine) << "cannot record the task:" << saved.error().message;
    if (result != SessionResult::Failed)
        log(QStringLiteral("info"), work->vm.name,
            tr("%1 done in %2 s.")
                .arg(work->vm.name)
                .arg(static_cast<double>(work->clock.elapsed()) / 1000.0, 0, 'f', 1));
    if (work->inQueue)
        nextVm();
}

void BackupRun::finishSession()
{
    const SessionResult result = m_anyFailed    ? SessionResult::Failed
                                 : m_anyWarning ? SessionResult::Warning
                                                : SessionResult::Success;
    const QString message = !m_failure.isEmpty() ? m_failure
                            : m_cancel->load()   ? tr("Stopped by the user.")
                                                 : QString();
    log(result == SessionResult::Failed ? QStringLiteral("error") : QStringLiteral("info"), QString(),
        tr("Session ended: %1.").arg(toString(result)));
    if (Status finished = m_store.finishSession(m_session, result, message); !finished)
        qCWarning(lcEngine) << "cannot record the session end:" << finished.error().message;
    auto report = [this] {
        auto done = std::move(m_done);
        m_done = nullptr;
        if (done)
            done(m_store.session(m_session));
    };
    if (m_client && !m_client->sessionKey().isEmpty())
        return m_client->logout([report](Status) { report(); });
    report();
}

} // namespace lifeboat::jobs
