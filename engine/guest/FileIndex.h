#pragma once

#include "catalog/Catalog.h"
#include "core/Result.h"
#include "guest/GuestFileSystem.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QVector>
#include <optional>

namespace lifeboat::repository {
struct Manifest;
}
namespace lifeboat::tenants {
class Caller;
}

namespace lifeboat::guest {

class RestorePointVolumes;

struct IndexStats
{
    qint64 entries = 0;   // entries walked
    qint64 added = 0;     // new rows: new or changed files
    qint64 unchanged = 0; // rows carried over from the previous restore point
    QStringList problems; // volumes that could not be indexed
};

struct SearchQuery
{
    QString name; // a substring of the name; a glob (*, ?, [...]) when it holds one
    QString path; // only below this folder (display form, e.g. "/home/alice")
    std::optional<qint64> minSize;
    std::optional<qint64> maxSize;
    QDateTime modifiedAfter;  // invalid: no bound
    QDateTime modifiedBefore; // invalid: no bound
    QString vmName;           // only this VM (exact)
    QString restorePoint;     // only this restore point; empty: across all
    QString repository;       // only restore points of this repository (location); empty: all
    int limit = 1000;
};

struct SearchHit
{
    QString vmName;
    QString vm;
    QString volume;
    QByteArray rawPath; // exactly as in the guest, for restoring
    QString path;       // for people
    EntryType type = EntryType::Other;
    qint64 size = 0;
    qint64 mtime = 0;
    quint32 mode = 0;
    QString restorePoint; // the newest restore point holding this version
    QDateTime restorePointTime;
    int restorePoints = 0; // how many indexed restore points hold it
};

// The catalog's index of guest files per restore point, for searching across restore
// points without opening them. Blocking SQL: run it off the GUI thread.
class FileIndex
{
    Q_DECLARE_TR_FUNCTIONS(lifeboat::guest::FileIndex)

public:
    explicit FileIndex(catalog::Catalog& catalog)
        : m_catalog(catalog)
    {}
    // Walks the readable volumes of a restore point into the index, in one transaction.
    // Files unchanged since the VM's previously indexed restore point (same type, size,
    // time, mode and owner) extend that row instead of adding one.
    Result<IndexStats> index(const QString& repository, const repository::Manifest& manifest,
                             RestorePointVolumes& volumes);
    // The same over file systems given directly (benchmarks, tests): a null fs is a volume
    // that could not be read, for the reason in `problem`.
    struct VolumeToIndex
    {
        QString id;
        GuestFileSystem* fs = nullptr;
        QString problem;
    };
    Result<IndexStats> index(const QString& repository, const repository::Manifest& manifest,
                             const QVector<VolumeToIndex>& volumes);
    Result<bool> isIndexed(const QString& repository, const QString& restorePoint) const;
    // Drops restore points that are gone from the repository, and the rows only they held.
    Status forgetMissing(const QString& repository, const QStringList& existing);
    // What the caller may see that matches, the most recently indexed versions first; at most
    // query.limit.
    Result<QVector<SearchHit>> search(const SearchQuery& query, const tenants::Caller& caller) const;

private:
    bool narrowDateRange(const SearchQuery& request) const;
    catalog::Catalog& m_catalog;
};

} // namespace lifeboat::guest
