#pragma once

#include "core/Result.h"
#include "repository/Manifest.h"
#include "repository/Repository.h"

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace lifeboat::repository {

// A region of a disk, in bytes.
struct Extent
{
    qint64 offset = 0;
    qint64 length = 0;
};

// A disk image to back up. read() is called from several threads at once.
class ImageSource
{
public:
    virtual ~ImageSource() = default;
    virtual qint64 size() const = 0;
    virtual Status read(qint64 offset, char* data, qint64 length) = 0;
};

Result<std::unique_ptr<ImageSource>> openImageFile(const QString& path);

// Appends stored blobs to pack files of about the configured size. Each backup worker
// owns one, so workers never wait on each other to write.
class PackWriter
{
public:
    explicit PackWriter(Repository& repository);
    ~PackWriter();
    Status add(const ChunkId& id, BlobType type, const QByteArray& stored, quint32 rawLength);
    // Seals the pack's header, stores the pack and adds its blobs to the index.
    Status finish(BlobCodec& codec);
    // Bytes in the pack being written; 0 after finish().
    qint64 packBytes() const { return m_packBytes; }

private:
    Repository& m_repository;
    std::unique_ptr<Upload> m_upload;
    QByteArray m_packId;
    std::vector<std::pair<ChunkId, BlobLocation>> m_entries;
    qint64 m_packBytes = 0;
};

struct DiskBackupInput
{
    QString name;
    ImageSource* source = nullptr;
    QString changeId;
    // For incrementals: the same disk in the previous restore point.
    const DiskManifest* previous = nullptr;
    // Changed-block tracking: the areas written since `previous`. Without it every
    // chunk is read, and only chunks the repository lacks are stored.
    std::optional<std::vector<Extent>> changedAreas;
    // Set for an application item (a database dump) instead of a disk.
    QString itemKind = {};
    QString itemDatabase = {};
};

struct PipelineOptions
{
    int threads = 0; // 0: one per core
    std::function<void(qint64 doneBytes, qint64 totalBytes)> progress;
    const std::atomic<bool>* cancel = nullptr;
    // How long to wait for a prune holding the repository's exclusive lock.
    std::chrono::milliseconds lockWait{0};
};

struct BackupStats
{
    qint64 bytesRead = 0;
    qint64 bytesStored = 0;
    qint64 chunks = 0;
    qint64 zeroChunks = 0;
    qint64 newChunks = 0;
    qint64 reusedChunks = 0;
    // Summed over the workers: time spent waiting for the source, and time working at all.
    // Their ratio tells whether the source or the processing limited the speed.
    double sourceSeconds = 0;
    double workerSeconds = 0;
};

struct BackupResult
{
    Manifest manifest;
    BackupStats stats;
};

// Backs up disks into one new restore point. `base` carries the VM fields of the
// manifest; its id, time and disks are filled in here. The restore point appears only
// after every chunk, list and index it needs is stored.
Result<BackupResult> backupImages(Repository& repository, Manifest base,
                                  const std::vector<DiskBackupInput>& disks,
                                  const PipelineOptions& options = {});

struct RestoreStats
{
    qint64 bytesWritten = 0;
    qint64 zeroChunks = 0;
};

// Writes a disk of a restore point to a local file, sparse where the disk was zero.
// The file appears under `target` only when complete; an existing file is refused
// unless `overwrite`.
Result<RestoreStats> restoreImage(Repository& repository, const Manifest& manifest, const QString& disk,
                                  const QString& target, bool overwrite, const PipelineOptions& options = {});

// Random access to a disk of a restore point, for file-level browsing without a full
// restore. Keeps the most recently used chunks decoded. Thread-safe.
class DiskReader
{
public:
    static Result<std::unique_ptr<DiskReader>> open(Repository& repository, const DiskManifest& disk,
                                                    int cacheChunks = 64);
    ~DiskReader();
    qint64 size() const;
    Status read(qint64 offset, char* data, qint64 length);

private:
    struct Private;
    explicit DiskReader(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

struct DamagedPlace
{
    QString restorePoint;
    QString disk;
    qint64 offset = -1; // -1: the restore point itself (its description or a chunk list)
    QString reason;
};

struct VerifyReport
{
    qint64 packsChecked = 0;
    qint64 chunksChecked = 0;
    qint64 bytesChecked = 0;
    qint64 restorePoints = 0;
    QStringList damagedChunks; // ids with the reason
    QVector<DamagedPlace> damaged;
    bool clean() const { return damagedChunks.isEmpty() && damaged.isEmpty(); }
};

// Checks stored data: every chunk (or a random `sample` fraction of the packs) is read,
// authenticated, decompressed and re-hashed; every restore point's description and chunk
// lists are read, and each damaged or missing chunk is reported with the restore points
// and disk offsets that need it.
Result<VerifyReport> verifyRepository(Repository& repository, double sample = 1.0,
                                      const PipelineOptions& options = {});

} // namespace lifeboat::repository
