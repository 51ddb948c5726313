#include "repository/Prune.h"

#include "core/Logging.h"
#include "repository/Lock.h"
#include "repository/Pipeline.h"

#include <QCoreApplication>
#include <algorithm>
#include <map>
#include <set>

namespace lifeboat::repository {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(lifeboat::repository::Prune)
};

// A pack with at least this share of dead bytes is rewritten; below it, keeping a little
// garbage is cheaper than copying the live part.
constexpr double kRewriteDeadShare = 0.2;

QString packPath(const QString& name)
{
    return QStringLiteral("data/") + name.left(2) + QLatin1Char('/') + name;
}

} // namespace

RetentionDecision applyRetention(const QVector<Manifest>& manifests, const RetentionPolicy& policy,
                                 const QDateTime& now)
{
    RetentionDecision decision;
    std::map<std::pair<QString, QString>, QVector<const Manifest*>> byVm;
    for (const Manifest& manifest : manifests)
        byVm[{manifest.tenant, manifest.vmName}].append(&manifest);

    for (auto& [vm, list] : byVm) {
        std::sort(list.begin(), list.end(),
                  [](const Manifest* a, const Manifest* b) { return a->time > b->time; });
        std::set<QString> keep;
        for (int i = 0; i < std::min<qsizetype>(policy.last, list.size()); ++i)
            keep.insert(list[i]->id);
        // For each calendar bucket size, the newest restore point of each of the most
        // recent N buckets that have one.
        auto keepBuckets = [&](int count, auto bucketOf) {
            std::set<qint64> seen;
            for (const Manifest* manifest : list) {
                if (static_cast<int>(seen.size()) >= count)
                    break;
                if (seen.insert(bucketOf(manifest->time.toUTC().date())).second)
                    keep.insert(manifest->id);
            }
        };
        keepBuckets(policy.daily, [](const QDate& d) { return d.toJulianDay(); });
        keepBuckets(policy.weekly, [](const QDate& d) {
            int year = 0;
            const int week = d.weekNumber(&year);
            return qint64(year) * 100 + week;
        });
        keepBuckets(policy.monthly, [](const QDate& d) { return qint64(d.year()) * 100 + d.month(); });
        keepBuckets(policy.yearly, [](const QDate& d) { return qint64(d.year()); });

        for (const Manifest* manifest : list) {
            if (keep.contains(manifest->id))
                decision.keep << manifest->id;
            else if (manifest->immutableUntil && *manifest->immutableUntil > now)
                decision.keptImmutable << manifest->id;
            else
                decision.forget << manifest->id;
        }
    }
    return decision;
}

namespace {
// Changes to one restore point run under the exclusive lock, like prune, so they never
// interleave with a prune deciding what is live.
template <typename Change> Status changeRestorePoint(Repository& repository, const QString& id, Change change)
{
    auto lock = RepositoryLock::acquire(repository.backend(), RepositoryLock::Kind::Exclusive);
    if (!lock)
        return lock.error();
    auto codec = repository.codec();
    auto manifest = repository.loadManifest(id, *codec);
    if (!manifest)
        return manifest.error();
    return change(*manifest, *codec);
}
} // namespace

Status forgetRestorePoint(Repository& repository, const QString& id, const QDateTime& now)
{
    return changeRestorePoint(repository, id, [&](Manifest& manifest, BlobCodec&) -> Status {
        if (manifest.immutableUntil && *manifest.immutableUntil > now)
            return Error{
                QStringLiteral("repository.immutable"),
                Text::tr("The restore point %1 is immutable until %2 and cannot be deleted before then.")
                    .arg(id, manifest.immutableUntil->toLocalTime().toString(Qt::ISODate))};
        return repository.backend().remove(QStringLiteral("snapshots/") + id);
    });
}

Status setImmutableUntil(Repository& repository, const QString& id, const QDateTime& until)
{
    return changeRestorePoint(repository, id, [&](Manifest& manifest, BlobCodec& codec) -> Status {
        if (manifest.immutableUntil && *manifest.immutableUntil >= until)
            return Error{
                QStringLiteral("repository.immutable"),
                Text::tr("The restore point %1 is already immutable until %2; immutability can only be "
                         "extended.")
                    .arg(id, manifest.immutableUntil->toLocalTime().toString(Qt::ISODate))};
        manifest.immutableUntil = until.toUTC();
        return repository.replaceManifest(manifest, codec);
    });
}

Result<PruneReport> prune(Repository& repository, const PruneOptions& options)
{
    if (!options.policy.keepsSomething())
        return Error{
            QStringLiteral("prune.no_policy"),
            Text::tr("A retention policy must keep something (for example --keep-last 7); prune refuses "
                     "to delete every restore point.")};
    auto lock = RepositoryLock::acquire(repository.backend(), RepositoryLock::Kind::Exclusive,
                                        {std::chrono::seconds(120), options.lockWait});
    if (!lock)
        return lock.error();
    // Another process may have added restore points and packs since this one opened the
    // repository; with the lock held, nothing changes under us from here on.
    if (Status reloaded = repository.reloadIndex(); !reloaded)
        return reloaded.error();

    auto codec = repository.codec();
    auto ids = repository.restorePointIds();
    if (!ids)
        return ids.error();
    QVector<Manifest> manifests;
    for (const QString& id : ids.value()) {
        auto manifest = repository.loadManifest(id, *codec);
        // Deleting data while a restore point cannot be read could delete what it needs.
        if (!manifest)
            return Error{
                manifest.error().code,
                Text::tr("Prune stopped before deleting anything: %1 Run 'lifeboat-cli repo verify'.")
                    .arg(manifest.error().message)};
        manifests.append(std::move(manifest.value()));
    }

    PruneReport report;
    report.dryRun = options.dryRun;
    report.decision = applyRetention(manifests, options.policy, QDateTime::currentDateTimeUtc());
    if (options.dryRun)
        return report;

    for (const QString& id : std::as_const(report.decision.forget))
        if (Status removed = repository.backend().remove(QStringLiteral("snapshots/") + id); !removed)
            return removed.error();

    // Everything the remaining restore points reference: their list blobs and chunks. A
    // ChunkIndex (its locations unused) keeps this set's memory flat for huge repositories,
    // and the chunk lists are read one list blob at a time.
    ChunkIndex live;
    for (const Manifest& manifest : std::as_const(manifests)) {
        if (report.decision.forget.contains(manifest.id))
            continue;
        for (const DiskManifest* stream : manifest.streams()) {
            const DiskManifest& disk = *stream;
            for (qsizetype segment = 0; segment < disk.lists.size(); ++segment) {
                live.insert(disk.lists[segment], {}, false);
                auto chunks = repository.chunkListSegment(disk, segment, *codec);
                if (!chunks)
                    return Error{
                        chunks.error().code,
                        Text::tr("Prune stopped before deleting data: %1").arg(chunks.error().message)};
                for (const ChunkId& chunk : *chunks)
                    if (!isZeroChunk(chunk))
                        live.insert(chunk, {}, false);
            }
        }
    }
    // A set that lost entries would make live chunks look dead.
    if (auto failed = live.failure())
        return Error{failed->code, Text::tr("Prune stopped before deleting data: %1").arg(failed->message)};

    // Decide pack by pack which to drop (all dead) and which to rewrite (mostly dead), then
    // copy the live blobs out of the latter, in packs of the repository's pack size.
    std::set<quint32> dropped;
    std::set<QString> indexedPacks;
    std::vector<std::pair<QString, std::vector<std::pair<ChunkId, BlobLocation>>>> rewrites;
    repository.forEachPack([&](const QString& name, std::vector<std::pair<ChunkId, BlobLocation>>& entries) {
        indexedPacks.insert(name);
        qint64 liveBytes = 0, deadBytes = 0;
        for (const auto& [id, location] : entries)
            (live.find(id).has_value() ? liveBytes : deadBytes) += location.length;
        if (deadBytes == 0 || entries.empty())
            return true;
        if (liveBytes > 0 && double(deadBytes) < kRewriteDeadShare * double(liveBytes + deadBytes))
            return true;
        dropped.insert(entries.front().second.pack);
        report.bytesFreed += deadBytes;
        (liveBytes > 0 ? report.packsRewritten : report.packsDeleted) += 1;
        if (liveBytes > 0) {
            std::erase_if(entries, [&](const auto& entry) { return !live.find(entry.first).has_value(); });
            rewrites.emplace_back(name, std::move(entries));
        }
        return true;
    });
    PackWriter rewriter(repository);
    QByteArray stored;
    for (const auto& [name, entries] : rewrites) {
        for (const auto& [id, location] : entries) {
            stored.resize(location.length);
            if (Status read = repository.backend().getRange(
                    packPath(name), static_cast<qint64>(location.offset), location.length, stored.data());
                !read)
                return read.error();
            // Blobs are sealed against their id, not their pack, so they move as they are.
            if (Status added = rewriter.add(id, location.type, stored, location.rawLength); !added)
                return added.error();
            if (rewriter.packBytes() >= repository.config().packSize)
                if (Status finished = rewriter.finish(*codec); !finished)
                    return finished.error();
        }
    }
    if (Status finished = rewriter.finish(*codec); !finished)
        return finished.error();
    if (auto failed = live.failure())
        return Error{failed->code, Text::tr("Prune stopped before deleting data: %1").arg(failed->message)};

    // The new index (without the dropped packs) goes in before anything is deleted: a
    // crash from here on leaves only unreferenced packs, which the next prune removes.
    if (Status rewritten = repository.rewriteIndex(dropped, *codec); !rewritten)
        return rewritten.error();
    auto onDisk = repository.backend().list(QStringLiteral("data"));
    if (!onDisk)
        return onDisk.error();
    const std::set<QString> keptPacks = [&] {
        std::set<QString> names;
        repository.forEachPack([&](const QString& name, auto&) {
            names.insert(name);
            return true;
        });
        return names;
    }();
    for (const QString& file : onDisk.value()) {
        const QString name = file.section(QLatin1Char('/'), -1);
        if (keptPacks.contains(name))
            continue;
        // Dropped packs, and packs of interrupted backups that no index names.
        if (!indexedPacks.contains(name))
            ++report.packsDeleted;
        if (Status removed = repository.backend().remove(QStringLiteral("data/") + file); !removed)
            return removed.error();
    }
    qCInfo(lcEngine) << "prune: forgot" << report.decision.forget.size() << "restore points, deleted"
                     << report.packsDeleted << "packs, rewrote" << report.packsRewritten;
    return report;
}

} // namespace lifeboat::repository
