#include "guest/FileIndex.h"

#include "guest/FolderExtractor.h"
#include "guest/RestorePointVolumes.h"
#include "repository/Manifest.h"
#include "tenants/Tenants.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <limits>

namespace lifeboat::guest {

namespace {

Error queryFailed(const QSqlQuery& query, const QString& what)
{
    return Error{QStringLiteral("catalog.query_failed"),
                 FileIndex::tr("The catalog could not %1: %2").arg(what, query.lastError().text())};
}

bool isGlob(const QString& pattern)
{
    return pattern.contains(QLatin1Char('*')) || pattern.contains(QLatin1Char('?')) ||
           pattern.contains(QLatin1Char('['));
}

QString likeEscaped(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return escaped;
}

// Rolls back unless committed: an index is all of a restore point or nothing.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db)
        : m_db(std::move(db))
        , m_open(m_db.transaction())
    {}
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    bool open() const { return m_open; }
    bool commit()
    {
        m_open = false;
        return m_db.commit();
    }

private:
    QSqlDatabase m_db;
    bool m_open;
};

} // namespace

Result<bool> FileIndex::isIndexed(const QString& repository, const QString& restorePoint) const
{
    QSqlQuery query(m_catalog.connection());
    query.prepare(
        QStringLiteral("SELECT 1 FROM file_index_points WHERE repository = ? AND restore_point = ?"));
    query.addBindValue(repository);
    query.addBindValue(restorePoint);
    if (!query.exec())
        return queryFailed(query, tr("read the file index"));
    return query.next();
}

Result<IndexStats> FileIndex::index(const QString& repository, const repository::Manifest& manifest,
                                    RestorePointVolumes& volumes)
{
    QVector<VolumeToIndex> list;
    for (const Volume& volume : volumes.volumes()) {
        // Swap, EFI system and BIOS boot partitions have nothing to index and nothing to report.
        if (!volume.fs && (volume.partitionType == QLatin1String("linux-swap") ||
                           volume.partitionType == QLatin1String("efi") ||
                           volume.partitionType == QLatin1String("bios-boot")))
            continue;
        list.append(VolumeToIndex{volume.id, volume.fs.get(), volume.problem});
    }
    return index(repository, manifest, list);
}

Result<IndexStats> FileIndex::index(const QString& repository, const repository::Manifest& manifest,
                                    const QVector<VolumeToIndex>& volumes)
{
    QSqlDatabase db = m_catalog.connection();
    Transaction transaction(db);
    if (!transaction.open())
        return Error{QStringLiteral("catalog.query_failed"),
                     tr("The catalog could not start a transaction: %1").arg(db.lastError().text())};
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT 1 FROM file_index_points WHERE repository = ? AND restore_point = ?"));
    query.addBindValue(repository);
    query.addBindValue(manifest.id);
    if (!query.exec())
        return queryFailed(query, tr("read the file index"));
    if (query.next())
        return IndexStats{}; // indexed already: nothing to do
    query.prepare(QStringLiteral(
        "SELECT COALESCE(MAX(seq), 0) FROM file_index_points WHERE repository = ? AND vm = ?"));
    query.addBindValue(repository);
    query.addBindValue(manifest.vmId);
    if (!query.exec() || !query.next())
        return queryFailed(query, tr("read the file index"));
    const qint64 previous = query.value(0).toLongLong();
    // Never a number a forgotten restore point had: rows whose range still reaches it would
    // claim to be in the new restore point too.
    query.prepare(
        QStringLiteral("SELECT COALESCE(MAX(last_seq), 0) FROM file_index WHERE repository = ? AND vm = ?"));
    query.addBindValue(repository);
    query.addBindValue(manifest.vmId);
    if (!query.exec() || !query.next())
        return queryFailed(query, tr("read the file index"));
    const qint64 seq = std::max(previous, query.value(0).toLongLong()) + 1;

    QSqlQuery find(db), extend(db), insert(db);
    find.prepare(
        QStringLiteral("SELECT id, type, size, mtime, mode, uid, gid FROM file_index "
                       "WHERE repository = ? AND vm = ? AND volume = ? AND raw_path = ? AND last_seq = ?"));
    extend.prepare(QStringLiteral("UPDATE file_index SET last_seq = ? WHERE id = ?"));
    insert.prepare(
        QStringLiteral("INSERT INTO file_index (repository, vm, volume, raw_path, dir, name, type, size, "
                       "mtime, mode, uid, gid, first_seq, last_seq) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    IndexStats stats;
    std::optional<Error> failure;
    for (const VolumeToIndex& volume : volumes) {
        if (!volume.fs) {
            stats.problems.append(tr("%1: %2").arg(volume.id, volume.problem));
            continue;
        }
        Status walked = volume.fs->walk([&](const QByteArray& path, const FileEntry& entry) {
            ++stats.entries;
            const int type = static_cast<int>(entry.type);
            find.addBindValue(repository);
            find.addBindValue(manifest.vmId);
            find.addBindValue(volume.id);
            find.addBindValue(path);
            find.addBindValue(previous);
            if (!find.exec()) {
                failure = queryFailed(find, tr("read the file index"));
                return false;
            }
            if (previous > 0 && find.next() && find.value(1).toInt() == type &&
                find.value(2).toLongLong() == entry.size && find.value(3).toLongLong() == entry.mtime &&
                find.value(4).toUInt() == entry.mode && find.value(5).toUInt() == entry.uid &&
                find.value(6).toUInt() == entry.gid) {
                extend.addBindValue(seq);
                extend.addBindValue(find.value(0));
                find.finish();
                if (!extend.exec()) {
                    failure = queryFailed(extend, tr("update the file index"));
                    return false;
                }
                ++stats.unchanged;
                return true;
            }
            find.finish();
            const qsizetype slash = path.lastIndexOf('/');
            const QByteArray dir = slash <= 0 ? QByteArray("/") : path.left(slash);
            for (const QVariant& value :
                 {QVariant(repository), QVariant(manifest.vmId), QVariant(volume.id), QVariant(path),
                  QVariant(displayPath(dir)), QVariant(displayPath(entry.name)), QVariant(type),
                  QVariant(entry.size), QVariant(entry.mtime), QVariant(entry.mode), QVariant(entry.uid),
                  QVariant(entry.gid), QVariant(seq), QVariant(seq)})
                insert.addBindValue(value);
            if (!insert.exec()) {
                failure = queryFailed(insert, tr("add to the file index"));
                return false;
            }
            ++stats.added;
            return true;
        });
        if (failure)
            return *failure;
        if (!walked)
            stats.problems.append(tr("%1: %2").arg(volume.id, walked.error().message));
    }
    query.prepare(
        QStringLiteral("INSERT INTO file_index_points (repository, restore_point, vm, vm_name, tenant, seq, "
                       "time, files) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& value :
         {QVariant(repository), QVariant(manifest.id), QVariant(manifest.vmId), QVariant(manifest.vmName),
          QVariant(manifest.tenant.isNull() ? QString(QLatin1String("")) : manifest.tenant), QVariant(seq),
          QVariant(manifest.time.toUTC().toString(Qt::ISODateWithMs)), QVariant(stats.entries)})
        query.addBindValue(value);
    if (!query.exec())
        return queryFailed(query, tr("add to the file index"));
    if (!transaction.commit())
        return Error{QStringLiteral("catalog.query_failed"),
                     tr("The catalog could not store the file index: %1").arg(db.lastError().text())};
    return stats;
}

Status FileIndex::forgetMissing(const QString& repository, const QStringList& existing)
{
    QSqlDatabase db = m_catalog.connection();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id, restore_point FROM file_index_points WHERE repository = ?"));
    query.addBindValue(repository);
    if (!query.exec())
        return queryFailed(query, tr("read the file index"));
    QVector<qint64> gone;
    const QSet<QString> present(existing.begin(), existing.end());
    while (query.next())
        if (!present.contains(query.value(1).toString()))
            gone.append(query.value(0).toLongLong());
    if (gone.isEmpty())
        return success();
    Transaction transaction(db);
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM file_index_points WHERE id = ?"));
    for (qint64 id : std::as_const(gone)) {
        remove.addBindValue(id);
        if (!remove.exec())
            return queryFailed(remove, tr("update the file index"));
    }
    // Rows no remaining restore point of their VM holds.
    if (!remove.exec(
            QStringLiteral("DELETE FROM file_index WHERE NOT EXISTS (SELECT 1 FROM file_index_points p WHERE "
                           "p.repository = file_index.repository AND p.vm = file_index.vm AND p.seq BETWEEN "
                           "file_index.first_seq AND file_index.last_seq)")))
        return queryFailed(remove, tr("update the file index"));
    if (!transaction.commit())
        return Error{QStringLiteral("catalog.query_failed"),
                     tr("The catalog could not update the file index.")};
    return success();
}

bool FileIndex::narrowDateRange(const SearchQuery& request) const
{
    if (!request.modifiedAfter.isValid() && !request.modifiedBefore.isValid())
        return false;
    // Counting stops at the threshold, so the probe costs a few milliseconds at most.
    constexpr int kNarrow = 20000;
    QSqlQuery probe(m_catalog.connection());
    probe.prepare(QStringLiteral(
        "SELECT COUNT(*) FROM (SELECT 1 FROM file_index WHERE mtime BETWEEN ? AND ? LIMIT ?)"));
    probe.addBindValue(request.modifiedAfter.isValid() ? request.modifiedAfter.toSecsSinceEpoch()
                                                       : std::numeric_limits<qint64>::min());
    probe.addBindValue(request.modifiedBefore.isValid() ? request.modifiedBefore.toSecsSinceEpoch()
                                                        : std::numeric_limits<qint64>::max());
    probe.addBindValue(kNarrow);
    return probe.exec() && probe.next() && probe.value(0).toInt() < kNarrow;
}

Result<QVector<SearchHit>> FileIndex::search(const SearchQuery& request, const tenants::Caller& caller) const
{
    // Two stages: the matching rows, newest first, cut at the limit while they are found
    // (driven by the trigram index when there is a name); then, for those few rows only,
    // the restore points that hold them.
    QString from = QStringLiteral("file_index f");
    QString order = QStringLiteral("f.id");
    QString where = QStringLiteral("1");
    QVariantList values;
    if (!request.name.isEmpty()) {
        const bool glob = isGlob(request.name);
        // Trigram lookups need three characters; shorter names scan the names instead. A
        // narrow date range finds fewer rows through its own index than a common name does.
        const bool indexed = request.name.size() >= 3 && !narrowDateRange(request);
        if (indexed) {
            from = QStringLiteral("file_index_names n JOIN file_index f ON f.id = n.rowid");
            order = QStringLiteral("n.rowid");
        }
        const QString pattern =
            glob ? request.name
                 : QString(QStringLiteral("%") + likeEscaped(request.name) + QStringLiteral("%"));
        if (indexed && !glob) {
            // SQLite hands LIKE to the trigram index only without an ESCAPE clause: the index
            // narrows with the raw text (where % and _ are wildcards), the exact test follows.
            where += QStringLiteral(" AND n.name LIKE ? AND f.name LIKE ? ESCAPE '\\'");
            values << QString(QStringLiteral("%") + request.name + QStringLiteral("%")) << pattern;
        } else {
            where += QStringLiteral(" AND %1 %2 ?")
                         .arg(indexed ? QStringLiteral("n.name") : QStringLiteral("f.name"),
                              glob ? QStringLiteral("GLOB") : QStringLiteral("LIKE"));
            if (!glob)
                where += QStringLiteral(" ESCAPE '\\'");
            values << pattern;
        }
    }
    if (!request.repository.isEmpty()) {
        where += QStringLiteral(" AND f.repository = ?");
        values << request.repository;
    }
    if (!request.path.isEmpty()) {
        QString folder = request.path;
        while (folder.size() > 1 && folder.endsWith(QLatin1Char('/')))
            folder.chop(1);
        where += QStringLiteral(" AND (f.dir = ? OR f.dir LIKE ? ESCAPE '\\')");
        values << folder
               << QString(likeEscaped(folder == QLatin1String("/") ? QString() : folder) +
                          QStringLiteral("/%"));
    }
    if (request.minSize) {
        where += QStringLiteral(" AND f.size >= ?");
        values << *request.minSize;
    }
    if (request.maxSize) {
        where += QStringLiteral(" AND f.size <= ?");
        values << *request.maxSize;
    }
    if (request.modifiedAfter.isValid()) {
        where += QStringLiteral(" AND f.mtime >= ?");
        values << request.modifiedAfter.toSecsSinceEpoch();
    }
    if (request.modifiedBefore.isValid()) {
        where += QStringLiteral(" AND f.mtime <= ?");
        values << request.modifiedBefore.toSecsSinceEpoch();
    }
    if (!request.vmName.isEmpty()) {
        where += QStringLiteral(" AND f.vm IN (SELECT vm FROM file_index_points WHERE vm_name = ?)");
        values << request.vmName;
    }
    if (!request.restorePoint.isEmpty()) {
        where +=
            QStringLiteral(" AND EXISTS (SELECT 1 FROM file_index_points s WHERE s.repository = f.repository "
                           "AND s.vm = f.vm AND s.restore_point = ? AND s.seq BETWEEN f.first_seq AND "
                           "f.last_seq)");
        values << request.restorePoint;
    }
    // A tenant sees only file versions held by its own restore points, and only those
    // restore points are named (one VM may have been backed up by several accounts).
    const bool tenant = !caller.isAdministrator();
    if (tenant) {
        where +=
            QStringLiteral(" AND EXISTS (SELECT 1 FROM file_index_points t WHERE t.repository = f.repository "
                           "AND t.vm = f.vm AND t.tenant = ? AND t.seq BETWEEN f.first_seq AND f.last_seq)");
        values << caller.tenantName();
    }
    values << std::max(1, request.limit);
    const QString ownPoints = tenant ? QStringLiteral(" AND r.tenant = ?") : QString();
    const QString ownCount = tenant ? QStringLiteral(" AND q.tenant = ?") : QString();
    const QString sql =
        QStringLiteral(
            "SELECT f.vm, f.volume, f.raw_path, f.dir, f.name, f.type, f.size, f.mtime, f.mode, p.vm_name, "
            "p.restore_point, p.time, (SELECT COUNT(*) FROM file_index_points q WHERE q.repository = "
            "f.repository "
            "AND q.vm = f.vm AND q.seq BETWEEN f.first_seq AND f.last_seq%5) "
            "FROM (SELECT f.* FROM %1 WHERE %2 ORDER BY %3 DESC LIMIT ?) f "
            "JOIN file_index_points p ON p.repository = f.repository AND p.vm = f.vm AND p.seq = "
            "(SELECT MAX(r.seq) FROM file_index_points r WHERE r.repository = f.repository AND r.vm = f.vm "
            "AND "
            "r.seq BETWEEN f.first_seq AND f.last_seq%4) ORDER BY f.id DESC")
            .arg(from, where, order, ownPoints, ownCount);
    // The placeholders of the outer query follow the inner one's, in the order they appear.
    if (tenant) {
        values.prepend(caller.tenantName()); // q.tenant, in the select list before the inner query
        values << caller.tenantName();       // r.tenant
    }
    QSqlQuery query(m_catalog.connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return queryFailed(query, tr("search the file index"));
    for (const QVariant& value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec())
        return queryFailed(query, tr("search the file index"));
    QVector<SearchHit> hits;
    while (query.next()) {
        SearchHit hit;
        hit.vm = query.value(0).toString();
        hit.volume = query.value(1).toString();
        hit.rawPath = query.value(2).toByteArray();
        const QString dir = query.value(3).toString();
        hit.path = (dir == QLatin1String("/") ? dir : dir + QLatin1Char('/')) + query.value(4).toString();
        hit.type = static_cast<EntryType>(query.value(5).toInt());
        hit.size = query.value(6).toLongLong();
        hit.mtime = query.value(7).toLongLong();
        hit.mode = query.value(8).toUInt();
        hit.vmName = query.value(9).toString();
        hit.restorePoint = query.value(10).toString();
        hit.restorePointTime = QDateTime::fromString(query.value(11).toString(), Qt::ISODateWithMs);
        hit.restorePointTime.setTimeSpec(Qt::UTC);
        hit.restorePoints = query.value(12).toInt();
        hits.append(hit);
    }
    return hits;
}

} // namespace lifeboat::guest
