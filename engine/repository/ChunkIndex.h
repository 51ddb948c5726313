#pragma once

#include "core/Result.h"
#include "repository/Format.h"

#include <QtGlobal>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

namespace lifeboat::repository {

// Where a stored blob lives.
struct BlobLocation
{
    quint32 pack = 0; // index into Repository::packName()
    quint32 length = 0;
    quint64 offset = 0;
    quint32 rawLength = 0;
    BlobType type = BlobType::Data;
};

class PageStore;

// The repository's chunk id → location map. Every id is a uniformly distributed hash, so
// the map is an open-addressing table of fixed 56-byte slots in 4 KiB pages, a page found
// from the id's leading bits. Small tables live in memory; once a table would outgrow the
// memory budget it moves into an unlinked temporary file read and written with
// pread/pwrite, so the process's memory stays flat however many chunks the repository
// holds (the kernel's page cache keeps the hot pages, and gives them back under pressure).
//
// Not synchronised: the Repository serialises writers and lets lookups run concurrently,
// which both stores allow (plain reads of memory, pread on one descriptor).
class ChunkIndex
{
    Q_DISABLE_COPY_MOVE(ChunkIndex)

public:
    // Environment variable overriding the memory budget in bytes (0: always on disk);
    // for tests and the index benchmark.
    static constexpr const char* kMemoryBudgetEnvVar = "LIFEBOAT_INDEX_MEMORY_BUDGET";
    static constexpr qint64 kDefaultMemoryBudget = 64 * 1024 * 1024;

    explicit ChunkIndex(qint64 memoryBudget = budgetFromEnvironment());
    ~ChunkIndex();
    static qint64 budgetFromEnvironment();

    std::optional<BlobLocation> find(const ChunkId& id) const;
    // Adds `id`; an id already present keeps its location unless `replace`.
    void insert(const ChunkId& id, const BlobLocation& location, bool replace);
    qint64 size() const;
    void clear();
    void forEach(const std::function<void(const ChunkId&, const BlobLocation&)>& visit) const;
    // Opening a repository adds every id of its index files at once. In between these calls
    // insert() only collects (the first location of an id wins), and an index past the
    // memory budget is then built on disk in one sequential pass, its ids spread over 256
    // buckets by their leading bits and each bucket sorted in memory, instead of a merge
    // per 32 MiB of ids. find() is not for use in between.
    void beginBulkLoad();
    void endBulkLoad();
    // Every entry grouped by pack, each group sorted by offset, packs in ascending number
    // (below `packCount`); `visit` returns false to stop. On disk the entries go through
    // bucket files by pack number first, so memory holds one bucket, not the index.
    using PackEntries = std::vector<std::pair<ChunkId, BlobLocation>>;
    bool forEachPack(quint32 packCount,
                     const std::function<bool(quint32 pack, PackEntries& entries)>& visit) const;
    // Drops every entry `drop` selects (prune forgetting the packs it deleted).
    void eraseIf(const std::function<bool(const BlobLocation&)>& drop);

    bool onDisk() const;
    // Bytes of the table: heap when in memory, the temporary file when on disk.
    qint64 tableBytes() const;
    // The first read or write error of the on-disk table (a full disk, say). Once set,
    // lookups may miss entries, so writers must stop before they record a restore point.
    std::optional<Error> failure() const;

private:
    struct Table;
    struct Spill;
    void startSpill();
    std::unique_ptr<Table> makeTable(qint64 mainPages, bool onDisk, QString& error) const;
    qint64 recentPages() const;
    // Writes every entry (less those `drop` selects) into a new table of `mainPages`, in
    // memory or on disk, with sequential I/O; on failure the old tables stay.
    bool rebuild(bool onDisk, qint64 mainPages, const std::function<bool(const BlobLocation&)>& drop);
    void recordFailure(const QString& what) const;

    qint64 m_memoryBudget;
    // In memory: the whole index. On disk: every id up to the last rebuild.
    std::unique_ptr<Table> m_table;
    // On disk only: ids added since the last rebuild, in memory, merged in when full.
    std::unique_ptr<Table> m_recent;
    bool m_bulk = false;
    std::unique_ptr<Spill> m_spill;
    mutable std::mutex m_failureMutex;
    mutable std::optional<Error> m_failure;
};

} // namespace lifeboat::repository
