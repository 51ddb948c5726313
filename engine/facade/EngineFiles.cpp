// The Files and Items tabs' side of the facade: guest file search, browsing a restore point
// and restoring files or database items, all for the account signed in to the console and
// only within its scope. The work mirrors lifeboat-cli's files/items commands, with the
// console session's caller instead of a CLI sign-in.
#include "facade/ConsoleRequest.h"
#include "facade/Engine.h"
#include "facade/OffThreadRequest.h"
#include "guest/FileIndex.h"
#include "guest/RestorePointVolumes.h"
#include "repository/Repository.h"
#include "restore/FileRestore.h"
#include "restore/ItemRestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace lifeboat {

namespace {

using facade::ConsoleText;
using facade::RequestThreads;
using facade::signedOut;
using facade::ThreadCatalog;
using facade::withSession;
using Sessions = Result<QVector<jobs::Session>>;

QString typeName(guest::EntryType type)
{
    switch (type) {
    case guest::EntryType::File:
        return QStringLiteral("file");
    case guest::EntryType::Directory:
        return QStringLiteral("dir");
    case guest::EntryType::Symlink:
        return QStringLiteral("symlink");
    case guest::EntryType::Other:
        break;
    }
    return QStringLiteral("other");
}

// Only the repositories the account's jobs write to: a location typed into a request must
// not turn the console into a reader of any folder on the machine.
Result<std::shared_ptr<repository::Repository>>
sessionRepository(EngineWorker& worker, console::ConsoleSession& session, const QString& location)
{
    auto mine = session.repositories(worker);
    if (!mine)
        return mine.error();
    if (!mine->contains(location))
        return Error{
            QStringLiteral("scope.denied"),
            ConsoleText::tr("The repository %1 is not one of your jobs' repositories.").arg(location)};
    auto repository = session.openRepository(worker, location);
    if (!repository)
        return repository.error();
    return repository;
}

Error notYours(const QString& restorePoint, const QString& user)
{
    // Exactly what a missing restore point answers: another tenant's must not be revealed.
    return Error{
        QStringLiteral("scope.denied"),
        ConsoleText::tr("There is no restore point %1 that %2 may restore.").arg(restorePoint, user)};
}

// The restore point last browsed, kept open: expanding folder after folder must not read
// the partition table and open the file system again each time. It is a child of the
// worker so that it is destroyed on the engine thread, with the readers it holds.
class BrowseCache : public QObject
{
public:
    explicit BrowseCache(QObject* parent)
        : QObject(parent)
    {
        setObjectName(QStringLiteral("lifeboatBrowseCache"));
    }
    QString location;
    QString restorePoint;
    QString tenant;
    QString vmName;
    QDateTime time;
    std::shared_ptr<repository::Repository> repository; // declared before the volumes: outlives them
    std::unique_ptr<guest::RestorePointVolumes> volumes;
};

Result<BrowseCache*> openForBrowsing(EngineWorker& worker, console::ConsoleSession& session,
                                     const QString& location, const QString& restorePoint)
{
    auto repository = sessionRepository(worker, session, location);
    if (!repository)
        return repository.error();
    auto* cache = dynamic_cast<BrowseCache*>(
        worker.findChild<QObject*>(QStringLiteral("lifeboatBrowseCache"), Qt::FindDirectChildrenOnly));
    if (!cache)
        cache = new BrowseCache(&worker);
    // The owner is checked on every request: the account may have changed since it was opened.
    if (cache->volumes && cache->location == location && cache->restorePoint == restorePoint &&
        cache->repository == *repository) {
        if (!session.caller().owns(cache->tenant))
            return notYours(restorePoint, session.signedInAs());
        return cache;
    }
    cache->volumes.reset();
    cache->repository.reset();
    auto codec = (*repository)->codec();
    auto manifest = (*repository)->loadManifest(restorePoint, *codec);
    if (!manifest || !session.caller().owns(manifest->tenant))
        return notYours(restorePoint, session.signedInAs());
    auto volumes = guest::RestorePointVolumes::open(**repository, *manifest);
    if (!volumes)
        return volumes.error();
    cache->location = location;
    cache->restorePoint = restorePoint;
    cache->tenant = manifest->tenant;
    cache->vmName = manifest->vmName;
    cache->time = manifest->time;
    cache->repository = *repository;
    cache->volumes = std::move(*volumes);
    return cache;
}

QByteArray childPath(const QByteArray& folder, const QByteArray& name)
{
    QByteArray path = folder;
    if (!path.endsWith('/'))
        path += '/';
    return path + name;
}

// A folder a restore may write into: existing and writable, or creatable below a writable one.
Status checkFolderTarget(const QString& target)
{
    const QFileInfo info(target);
    if (info.exists() && !info.isDir())
        return Error{QStringLiteral("restore.target"),
                     ConsoleText::tr("%1 is a file, not a folder.").arg(target)};
    QFileInfo existing = info;
    while (!existing.exists() && !existing.isRoot() && existing.absoluteFilePath() != existing.absolutePath())
        existing = QFileInfo(existing.absolutePath());
    if (!existing.isDir() || !existing.isWritable())
        return Error{QStringLiteral("restore.target"),
                     ConsoleText::tr("You may not write to the folder %1.").arg(existing.absoluteFilePath())};
    return success();
}

Status checkNewFile(const QString& file)
{
    const QFileInfo info(file);
    if (info.exists())
        return Error{QStringLiteral("restore.exists"),
                     ConsoleText::tr("%1 exists already; choose another file.").arg(file)};
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir() || !folder.isWritable())
        return Error{QStringLiteral("restore.target"),
                     ConsoleText::tr("You may not write to the folder %1.").arg(folder.absoluteFilePath())};
    return success();
}

// Where one restore point's files go when an order spans several: restore points of
// different VMs often hold the same paths, so each gets a folder (or .zip) of its own.
QString groupSuffix(const Engine::GuestFile& file)
{
    QString vm = file.vmName;
    vm.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    return vm + QLatin1Char('_') + file.restorePointTime.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

// One restore per restore point and volume, in the order the files were added.
QVector<QVector<Engine::GuestFile>> groupByRestorePoint(const QVector<Engine::GuestFile>& files)
{
    QVector<QVector<Engine::GuestFile>> groups;
    for (const Engine::GuestFile& file : files) {
        auto same = std::find_if(groups.begin(), groups.end(), [&](const QVector<Engine::GuestFile>& g) {
            return g.first().repository == file.repository && g.first().restorePoint == file.restorePoint &&
                   g.first().volume == file.volume;
        });
        if (same == groups.end())
            groups.append({file});
        else if (std::none_of(same->cbegin(), same->cend(),
                              [&](const Engine::GuestFile& f) { return f.rawPath == file.rawPath; }))
            same->append(file);
    }
    return groups;
}

restore::FileRestoreRequest fileRequest(const console::ConsoleSession& session,
                                        std::shared_ptr<repository::Repository> repository,
                                        const QVector<Engine::GuestFile>& group)
{
    restore::FileRestoreRequest request;
    request.repository = std::move(repository);
    request.restorePoint = group.first().restorePoint;
    request.volume = group.first().volume;
    for (const Engine::GuestFile& file : group)
        request.paths.append(file.rawPath);
    request.user = session.signedInAs();
    request.caller = session.caller();
    return request;
}

using Deliver = std::function<Result<jobs::Session>(jobs::JobStore&, const restore::FileRestoreRequest&)>;

// Runs prepared file restores one after the other on a helper thread, each with its restore
// session written through that thread's catalog connection. A sign-out stops the one
// running and starts no other.
void runFileRestores(EngineWorker& worker, QVector<restore::FileRestoreRequest> requests, Deliver deliver,
                     bool stopAtFailure, std::function<void(Sessions)> reply)
{
    const catalog::Catalog engineCatalog = *worker.catalog();
    RequestThreads::of(worker).start<Sessions>(
        worker,
        [engineCatalog, requests = std::move(requests), deliver = std::move(deliver),
         stopAtFailure](const std::atomic<bool>& cancel) -> Sessions {
            ThreadCatalog thread(engineCatalog);
            QVector<jobs::Session> sessions;
            for (restore::FileRestoreRequest request : requests) {
                if (cancel.load())
                    break;
                request.cancel = &cancel;
                auto restored = deliver(thread.store, request);
                if (!restored)
                    return restored.error();
                sessions.append(*restored);
                if (stopAtFailure && restored->result == jobs::SessionResult::Failed)
                    break;
            }
            return sessions;
        },
        std::move(reply));
}

} // namespace

void Engine::searchFiles(QObject* context, FileSearch search,
                         std::function<void(Result<QVector<GuestFile>>)> done)
{
    run<Result<QVector<GuestFile>>>(
        context,
        [search = std::move(search)](EngineWorker& worker) {
            return withSession<Result<QVector<GuestFile>>>(
                worker, [&](console::ConsoleSession& session) -> Result<QVector<GuestFile>> {
                    if (search.minSize && search.maxSize && *search.minSize > *search.maxSize)
                        return Error{QStringLiteral("files.bad_query"),
                                     ConsoleText::tr("The smallest size is larger than the largest.")};
                    if (search.modifiedAfter.isValid() && search.modifiedBefore.isValid() &&
                        search.modifiedAfter > search.modifiedBefore)
                        return Error{QStringLiteral("files.bad_query"),
                                     ConsoleText::tr("The date range ends before it starts.")};
                    auto locations = session.repositories(worker);
                    if (!locations)
                        return locations.error();
                    guest::SearchQuery query;
                    query.name = search.name;
                    query.path = search.under;
                    query.minSize = search.minSize;
                    query.maxSize = search.maxSize;
                    query.modifiedAfter = search.modifiedAfter;
                    query.modifiedBefore = search.modifiedBefore;
                    query.vmName = search.vmName;
                    query.restorePoint = search.restorePoint;
                    query.limit = std::max(1, search.limit);
                    guest::FileIndex index(*worker.catalog());
                    QVector<GuestFile> found;
                    // One search per repository, so that every hit knows where to restore from.
                    for (const QString& location : std::as_const(*locations)) {
                        query.repository = location;
                        auto hits = index.search(query, session.caller());
                        if (!hits)
                            return hits.error();
                        for (const guest::SearchHit& hit : std::as_const(*hits)) {
                            GuestFile file;
                            file.repository = location;
                            file.restorePoint = hit.restorePoint;
                            file.restorePointTime = hit.restorePointTime;
                            file.vmName = hit.vmName;
                            file.volume = hit.volume;
                            file.rawPath = hit.rawPath;
                            file.path = hit.path;
                            file.type = typeName(hit.type);
                            file.size = hit.size;
                            file.modified = QDateTime::fromSecsSinceEpoch(hit.mtime, Qt::UTC);
                            file.mode = hit.mode;
                            file.restorePoints = hit.restorePoints;
                            found.append(file);
                        }
                    }
                    std::stable_sort(found.begin(), found.end(), [](const GuestFile& a, const GuestFile& b) {
                        return a.restorePointTime > b.restorePointTime;
                    });
                    if (found.size() > query.limit)
                        found.resize(query.limit);
                    return found;
                });
        },
        std::move(done));
}

void Engine::guestVolumes(QObject* context, const QString& repository, const QString& restorePoint,
                          std::function<void(Result<QVector<GuestVolume>>)> done)
{
    run<Result<QVector<GuestVolume>>>(
        context,
        [repository, restorePoint](EngineWorker& worker) {
            return withSession<Result<QVector<GuestVolume>>>(
                worker, [&](console::ConsoleSession& session) -> Result<QVector<GuestVolume>> {
                    auto opened = openForBrowsing(worker, session, repository, restorePoint);
                    if (!opened)
                        return opened.error();
                    QVector<GuestVolume> list;
                    for (const guest::Volume& volume : (*opened)->volumes->volumes())
                        list.append(GuestVolume{volume.id, volume.fileSystem, volume.label, volume.size,
                                                volume.fs != nullptr, volume.problem});
                    return list;
                });
        },
        std::move(done));
}

void Engine::guestFolder(QObject* context, const QString& repository, const QString& restorePoint,
                         const QString& volume, const QByteArray& path,
                         std::function<void(Result<QVector<GuestFile>>)> done)
{
    run<Result<QVector<GuestFile>>>(
        context,
        [repository, restorePoint, volume, path](EngineWorker& worker) {
            return withSession<Result<QVector<GuestFile>>>(
                worker, [&](console::ConsoleSession& session) -> Result<QVector<GuestFile>> {
                    auto opened = openForBrowsing(worker, session, repository, restorePoint);
                    if (!opened)
                        return opened.error();
                    auto found = (*opened)->volumes->volume(volume);
                    if (!found)
                        return found.error();
                    if (!(*found)->fs)
                        return Error{QStringLiteral("guest.unsupported_fs"), (*found)->problem};
                    auto entries = (*found)->fs->list(path);
                    if (!entries)
                        return entries.error();
                    QVector<GuestFile> list;
                    list.reserve(entries->size());
                    for (const guest::FileEntry& entry : std::as_const(*entries)) {
                        GuestFile file;
                        file.repository = repository;
                        file.restorePoint = restorePoint;
                        file.restorePointTime = (*opened)->time;
                        file.vmName = (*opened)->vmName;
                        file.volume = (*found)->id;
                        file.rawPath = childPath(path, entry.name);
                        file.path = guest::displayPath(file.rawPath);
                        file.type = typeName(entry.type);
                        file.size = entry.size;
                        file.modified = QDateTime::fromSecsSinceEpoch(entry.mtime, Qt::UTC);
                        file.mode = entry.mode;
                        file.linkTarget = guest::displayPath(entry.linkTarget);
                        list.append(file);
                    }
                    return list;
                });
        },
        std::move(done));
}

void Engine::restoreFiles(QObject* context, FileRestoreOrder order, std::function<void(Sessions)> done)
{
    runAsync<Sessions>(
        context,
        [order = std::move(order)](EngineWorker& worker, std::function<void(Sessions)> reply) {
            // Checks and the repositories on the engine thread; the copying on a helper thread.
            auto prepared = withSession<Result<QVector<restore::FileRestoreRequest>>>(
                worker,
                [&](console::ConsoleSession& session) -> Result<QVector<restore::FileRestoreRequest>> {
                    if (order.files.isEmpty())
                        return Error{QStringLiteral("restore.nothing"),
                                     ConsoleText::tr("Add files to the restore list first.")};
                    if (order.target.trimmed().isEmpty())
                        return Error{QStringLiteral("restore.target"),
                                     order.zip ? ConsoleText::tr("Choose the .zip file to create.")
                                               : ConsoleText::tr("Choose the folder to restore into.")};
                    const QVector<QVector<GuestFile>> groups = groupByRestorePoint(order.files);
                    QStringList targets;
                    for (const auto& group : groups) {
                        QString target = order.target;
                        if (groups.size() > 1) {
                            if (order.zip) {
                                const QFileInfo zip(order.target);
                                target = QDir(zip.absolutePath())
                                             .filePath(zip.completeBaseName() + QLatin1Char('_') +
                                                       groupSuffix(group.first()) + QStringLiteral(".zip"));
                            } else {
                                target = QDir(order.target).filePath(groupSuffix(group.first()));
                            }
                        }
                        if (Status usable = order.zip ? checkNewFile(target) : checkFolderTarget(target);
                            !usable)
                            return usable.error();
                        targets.append(target);
                    }
                    QVector<restore::FileRestoreRequest> requests;
                    for (qsizetype i = 0; i < groups.size(); ++i) {
                        auto repository = sessionRepository(worker, session, groups.at(i).first().repository);
                        if (!repository)
                            return repository.error();
                        restore::FileRestoreRequest request = fileRequest(session, *repository, groups.at(i));
                        request.target = targets.at(i);
                        request.overwrite = order.overwrite;
                        requests.append(request);
                    }
                    return requests;
                });
            if (!prepared)
                return reply(prepared.error());
            const bool zip = order.zip;
            runFileRestores(
                worker, *prepared,
                [zip](jobs::JobStore& store, const restore::FileRestoreRequest& request) {
                    return zip ? restore::FileRestore::toZip(store, request, request.target)
                               : restore::FileRestore::toFolder(store, request);
                },
                false, std::move(reply));
        },
        std::move(done));
}

void Engine::guestRestoreTarget(QObject* context, const QString& repository, const QString& restorePoint,
                                std::function<void(Result<GuestTargetHint>)> done)
{
    run<Result<GuestTargetHint>>(
        context,
        [repository, restorePoint](EngineWorker& worker) {
            return withSession<Result<GuestTargetHint>>(
                worker, [&](console::ConsoleSession& session) -> Result<GuestTargetHint> {
                    auto opened = sessionRepository(worker, session, repository);
                    if (!opened)
                        return opened.error();
                    auto codec = (*opened)->codec();
                    auto manifest = (*opened)->loadManifest(restorePoint, *codec);
                    if (!manifest || !session.caller().owns(manifest->tenant))
                        return notYours(restorePoint, session.signedInAs());
                    GuestTargetHint hint;
                    if (manifest->vmId.isEmpty())
                        return hint;
                    // Restore points name a VM by its instance UUID where it has one; jobs by moref.
                    QStringList ids{manifest->vmId};
                    QString guestIp;
                    for (const vsphere::VirtualMachineInfo& vm : session.inventory().vms)
                        if (vm.moref == manifest->vmId || vm.instanceUuid == manifest->vmId) {
                            ids.append(vm.moref);
                            guestIp = vm.guestIp;
                        }
                    // A job's guest processing reaches this VM already: the same address and user.
                    if (auto jobs = session.jobs(worker)) {
                        for (const jobs::JobDefinition& job : std::as_const(*jobs)) {
                            for (const QString& id : std::as_const(ids)) {
                                const QString address = job.guest.addresses.value(id);
                                if (address.isEmpty())
                                    continue;
                                hint.address = address;
                                hint.user = job.guest.user;
                                hint.keyFile = job.guest.keyFile;
                                return hint;
                            }
                        }
                    }
                    hint.address = guestIp;
                    return hint;
                });
        },
        std::move(done));
}

void Engine::restoreFilesToGuest(QObject* context, GuestRestoreOrder order,
                                 std::function<void(Sessions)> done)
{
    runAsync<Sessions>(
        context,
        [order = std::move(order)](EngineWorker& worker, std::function<void(Sessions)> reply) {
            guest::GuestConnection connection;
            auto prepared = withSession<Result<QVector<restore::FileRestoreRequest>>>(
                worker,
                [&](console::ConsoleSession& session) -> Result<QVector<restore::FileRestoreRequest>> {
                    if (order.files.isEmpty())
                        return Error{QStringLiteral("restore.nothing"),
                                     ConsoleText::tr("Add files to the restore list first.")};
                    if (!guest::parseGuestAddress(order.address, connection.target))
                        return Error{QStringLiteral("restore.guest"),
                                     ConsoleText::tr("Enter the guest's address: a host name or IP address, "
                                                     "optionally with :port.")};
                    connection.target.user = order.user.trimmed();
                    if (connection.target.user.isEmpty())
                        return Error{QStringLiteral("restore.guest"),
                                     ConsoleText::tr("Enter the account to sign in to the guest with.")};
                    if (order.keyFile.trimmed().isEmpty() && order.password.isEmpty())
                        return Error{QStringLiteral("restore.guest"),
                                     ConsoleText::tr("Enter the account's password or choose its key file.")};
                    if (!order.root.startsWith(QLatin1Char('/')))
                        return Error{QStringLiteral("restore.guest"),
                                     ConsoleText::tr("The guest's root folder must be an absolute path, "
                                                     "such as /.")};
                    connection.credentials.privateKeyFile = order.keyFile.trimmed();
                    connection.credentials.password = order.password;
                    connection.pinnedHostKey = order.hostKey.trimmed();
                    connection.root = order.root.toUtf8();
                    QVector<restore::FileRestoreRequest> requests;
                    QSet<QString> vms;
                    for (const auto& group : groupByRestorePoint(order.files)) {
                        auto repository = sessionRepository(worker, session, group.first().repository);
                        if (!repository)
                            return repository.error();
                        // The VM comes from the restore point, not from the order: the files go
                        // back into one guest, so they must all be that guest's.
                        auto codec = (*repository)->codec();
                        auto manifest = (*repository)->loadManifest(group.first().restorePoint, *codec);
                        if (!manifest || !session.caller().owns(manifest->tenant))
                            return notYours(group.first().restorePoint, session.signedInAs());
                        vms.insert(manifest->vmId.isEmpty() ? manifest->vmName : manifest->vmId);
                        if (vms.size() > 1)
                            return Error{
                                QStringLiteral("restore.several_vms"),
                                ConsoleText::tr("The restore list holds files of several VMs. Files go "
                                                "back into one guest at a time: keep only one VM's "
                                                "files in the list, or restore to a folder.")};
                        restore::FileRestoreRequest request = fileRequest(session, *repository, group);
                        request.overwrite = order.overwrite;
                        requests.append(request);
                    }
                    return requests;
                });
            if (!prepared)
                return reply(prepared.error());
            if (connection.pinnedHostKey.isEmpty()) {
                // First contact: only the host key is read, for the user to compare and accept.
                const ssh::SshTarget target = connection.target;
                return RequestThreads::of(worker).start<Sessions>(
                    worker,
                    [target](const std::atomic<bool>&) -> Sessions {
                        auto key = guest::readGuestHostKey(target, std::chrono::seconds(30));
                        if (!key)
                            return key.error();
                        return Error{QStringLiteral("ssh.unknown_host_key"),
                                     ConsoleText::tr("The guest %1 presents the host key %2, which is not "
                                                     "trusted yet. Compare it with the fingerprint the "
                                                     "guest's administrator sees before you accept it.")
                                         .arg(target.host, *key),
                                     *key};
                    },
                    std::move(reply));
            }
            runFileRestores(
                worker, *prepared,
                [connection](jobs::JobStore& store, const restore::FileRestoreRequest& request) {
                    return restore::FileRestore::toGuest(store, request, connection);
                },
                true, std::move(reply));
        },
        std::move(done));
}

void Engine::restoreItem(QObject* context, ItemRestoreOrder order,
                         std::function<void(Result<jobs::Session>)> done)
{
    using Restored = Result<jobs::Session>;
    runAsync<Restored>(
        context,
        [order = std::move(order)](EngineWorker& worker, std::function<void(Restored)> reply) {
            const bool toFile = !order.toFile.trimmed().isEmpty();
            guest::GuestConnection server;
            auto prepared = withSession<Result<restore::ItemRestoreRequest>>(
                worker, [&](console::ConsoleSession& session) -> Result<restore::ItemRestoreRequest> {
                    if (order.restorePoint.isEmpty() || order.item.isEmpty())
                        return Error{QStringLiteral("restore.nothing"),
                                     ConsoleText::tr("Choose an item first.")};
                    if (toFile) {
                        if (Status usable = checkNewFile(order.toFile); !usable)
                            return usable.error();
                    } else {
                        if (order.host.trimmed().isEmpty() || order.user.trimmed().isEmpty() ||
                            order.port <= 0 || order.port > 65535)
                            return Error{
                                QStringLiteral("restore.server"),
                                ConsoleText::tr("Enter the database server's SSH address and user.")};
                        if (order.keyFile.isEmpty() && order.password.isEmpty())
                            return Error{QStringLiteral("restore.server"),
                                         ConsoleText::tr("Choose a key file or enter the SSH password.")};
                        if (!order.hostKey.startsWith(QLatin1String("SHA256:")))
                            return Error{
                                QStringLiteral("restore.server"),
                                ConsoleText::tr("Enter the server's host key fingerprint (SHA256:...), "
                                                "compared with what the server's administrator sees.")};
                        if (order.overwrite && !order.newDatabase.isEmpty())
                            return Error{QStringLiteral("restore.server"),
                                         ConsoleText::tr("A new name restores beside the original; it cannot "
                                                         "be combined with overwriting.")};
                    }
                    auto repository = sessionRepository(worker, session, order.repository);
                    if (!repository)
                        return repository.error();
                    restore::ItemRestoreRequest request;
                    request.repository = *repository;
                    request.restorePoint = order.restorePoint;
                    request.item = order.item;
                    request.overwrite = order.overwrite;
                    request.newDatabase = order.newDatabase;
                    request.environment = order.environment;
                    request.user = session.signedInAs();
                    request.caller = session.caller();
                    return request;
                });
            if (!prepared)
                return reply(prepared.error());
            if (!toFile) {
                server.target.host = order.host.trimmed();
                server.target.port = order.port;
                server.target.user = order.user.trimmed();
                server.credentials.privateKeyFile = order.keyFile;
                server.credentials.password = order.password;
                server.pinnedHostKey = order.hostKey.trimmed();
            }
            const catalog::Catalog engineCatalog = *worker.catalog();
            const QString file = order.toFile;
            // A dump or a database restore has no step to stop at: a sign-out lets it finish,
            // and its restore session records how it ended.
            RequestThreads::of(worker).start<Restored>(
                worker,
                [engineCatalog, request = *prepared, toFile, file,
                 server](const std::atomic<bool>&) -> Restored {
                    ThreadCatalog thread(engineCatalog);
                    return toFile ? restore::ItemRestore::toFile(thread.store, request, file)
                                  : restore::ItemRestore::toServer(thread.store, request, server);
                },
                std::move(reply));
        },
        std::move(done));
}

} // namespace lifeboat
