// The Files and Items tabs' side of the facade: guest file search, browsing a restore point
// and restoring files or database items, all for the account signed in to the console and
// only within its scope. The work mirrors lifeboat-cli's files/items commands, with the
// console session's caller instead of a CLI sign-in.
#include "facade/ConsoleRequest.h"
#include "facade/Engine.h"
#include "guest/FileIndex.h"
#include "guest/RestorePointVolumes.h"
#include "repository/Repository.h"
#include "restore/FileRestore.h"
#include "restore/ItemRestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <algorithm>

namespace lifeboat {

namespace {

using facade::ConsoleText;
using facade::signedOut;
using facade::withSession;

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
            return notYours(restorePoint, session.user());
        return cache;
    }
    cache->volumes.reset();
    cache->repository.reset();
    auto codec = (*repository)->codec();
    auto manifest = (*repository)->loadManifest(restorePoint, *codec);
    if (!manifest || !session.caller().owns(manifest->tenant))
        return notYours(restorePoint, session.user());
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

void Engine::restoreFiles(QObject* context, FileRestoreOrder order,
                          std::function<void(Result<QVector<jobs::Session>>)> done)
{
    run<Result<QVector<jobs::Session>>>(
        context,
        [order = std::move(order)](EngineWorker& worker) {
            return withSession<Result<QVector<jobs::Session>>>(
                worker, [&](console::ConsoleSession& session) -> Result<QVector<jobs::Session>> {
                    if (order.files.isEmpty())
                        return Error{QStringLiteral("restore.nothing"),
                                     ConsoleText::tr("Add files to the restore list first.")};
                    if (order.target.trimmed().isEmpty())
                        return Error{QStringLiteral("restore.target"),
                                     order.zip ? ConsoleText::tr("Choose the .zip file to create.")
                                               : ConsoleText::tr("Choose the folder to restore into.")};
                    // One restore per restore point and volume, in the order the files were added.
                    QVector<QVector<GuestFile>> groups;
                    for (const GuestFile& file : order.files) {
                        auto same =
                            std::find_if(groups.begin(), groups.end(), [&](const QVector<GuestFile>& g) {
                                return g.first().repository == file.repository &&
                                       g.first().restorePoint == file.restorePoint &&
                                       g.first().volume == file.volume;
                            });
                        if (same == groups.end())
                            groups.append({file});
                        else if (std::none_of(same->cbegin(), same->cend(),
                                              [&](const GuestFile& f) { return f.rawPath == file.rawPath; }))
                            same->append(file);
                    }
                    QStringList targets;
                    for (const auto& group : std::as_const(groups)) {
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
                    QVector<jobs::Session> sessions;
                    for (qsizetype i = 0; i < groups.size(); ++i) {
                        const auto& group = groups.at(i);
                        auto repository = sessionRepository(worker, session, group.first().repository);
                        if (!repository)
                            return repository.error();
                        restore::FileRestoreRequest request;
                        request.repository = *repository;
                        request.restorePoint = group.first().restorePoint;
                        request.volume = group.first().volume;
                        for (const GuestFile& file : group)
                            request.paths.append(file.rawPath);
                        request.target = targets.at(i);
                        request.overwrite = order.overwrite;
                        request.user = session.user();
                        request.caller = session.caller();
                        auto restored =
                            order.zip
                                ? restore::FileRestore::toZip(*worker.jobStore(), request, targets.at(i))
                                : restore::FileRestore::toFolder(*worker.jobStore(), request);
                        if (!restored)
                            return restored.error();
                        sessions.append(*restored);
                    }
                    return sessions;
                });
        },
        std::move(done));
}

void Engine::restoreItem(QObject* context, ItemRestoreOrder order,
                         std::function<void(Result<jobs::Session>)> done)
{
    run<Result<jobs::Session>>(
        context,
        [order = std::move(order)](EngineWorker& worker) {
            return withSession<Result<
                jobs::Session>>(worker, [&](console::ConsoleSession& session) -> Result<jobs::Session> {
                if (order.restorePoint.isEmpty() || order.item.isEmpty())
                    return Error{QStringLiteral("restore.nothing"), ConsoleText::tr("Choose an item first.")};
                const bool toFile = !order.toFile.trimmed().isEmpty();
                if (toFile) {
                    if (Status usable = checkNewFile(order.toFile); !usable)
                        return usable.error();
                } else {
                    if (order.host.trimmed().isEmpty() || order.user.trimmed().isEmpty() || order.port <= 0 ||
                        order.port > 65535)
                        return Error{QStringLiteral("restore.server"),
                                     ConsoleText::tr("Enter the database server's SSH address and user.")};
                    if (order.keyFile.isEmpty() && order.password.isEmpty())
                        return Error{QStringLiteral("restore.server"),
                                     ConsoleText::tr("Choose a key file or enter the SSH password.")};
                    if (!order.hostKey.startsWith(QLatin1String("SHA256:")))
                        return Error{QStringLiteral("restore.server"),
                                     ConsoleText::tr("Enter the server's host key fingerprint (SHA256:...), "
                                                     "compared with what the server's administrator sees.")};
                    if (order.overwrite && !order.newDatabase.isEmpty())
                        return Error{QStringLiteral("restore.server"),
                                     ConsoleText::tr("A new name restores beside the original; it cannot be "
                                                     "combined with overwriting.")};
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
                request.user = session.user();
                request.caller = session.caller();
                if (toFile)
                    return restore::ItemRestore::toFile(*worker.jobStore(), request, order.toFile);
                guest::GuestConnection server;
                server.target.host = order.host.trimmed();
                server.target.port = order.port;
                server.target.user = order.user.trimmed();
                server.credentials.privateKeyFile = order.keyFile;
                server.credentials.password = order.password;
                server.pinnedHostKey = order.hostKey.trimmed();
                return restore::ItemRestore::toServer(*worker.jobStore(), request, server);
            });
        },
        std::move(done));
}

} // namespace lifeboat
