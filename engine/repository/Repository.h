#pragma once

#include "core/Result.h"
#include "repository/Backend.h"
#include "repository/ChunkIndex.h"
#include "repository/Crypto.h"
#include "repository/Format.h"
#include "repository/Manifest.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <memory>
#include <optional>
#include <set>
#include <shared_mutex>
#include <unordered_map>
#include <unordered_set>
#include <vector>

struct ZSTD_CCtx_s;
struct ZSTD_DCtx_s;

namespace lifeboat::repository {

struct RepositoryConfig
{
    int version = kFormatVersion;
    QString id;
    int chunkSize = kDefaultChunkSize;
    qint64 packSize = kDefaultPackSize;
    int compressionLevel = kDefaultCompressionLevel;
    bool encrypted = true;
    QDateTime created;
};

struct InitOptions
{
    int chunkSize = kDefaultChunkSize;
    int compressionLevel = kDefaultCompressionLevel;
    qint64 packSize = kDefaultPackSize;
    ScryptParams kdf;
};

class Repository;

// Turns plaintext into stored blobs and back: id, compression, encryption, and the
// integrity checks on the way back. Holds per-thread OpenSSL and zstd state, so each
// worker thread makes its own from Repository::codec().
class BlobCodec
{
    Q_DECLARE_TR_FUNCTIONS(lifeboat::repository::BlobCodec)

public:
    explicit BlobCodec(const Repository& repository);
    ~BlobCodec();
    BlobCodec(const BlobCodec&) = delete;
    BlobCodec& operator=(const BlobCodec&) = delete;

    ChunkId id(std::span<const std::uint8_t> plain) { return m_hasher.hash(plain); }
    // Compresses and seals `plain` into `out` (replacing its content).
    void encode(const ChunkId& id, BlobType type, std::span<const std::uint8_t> plain, QByteArray& out);
    // Opens, decompresses and checks a stored blob. In an encrypted repository the GCM tag,
    // bound to the id, already proves the blob is the one written for that id, so the
    // plaintext is re-hashed only when `rehash` is Always (verify) or the repository is
    // unencrypted.
    enum class Rehash
    {
        IfUnencrypted,
        Always
    };
    Status decode(const ChunkId& id, BlobType type, const QByteArray& stored, quint32 rawLength,
                  QByteArray& plain, Rehash rehash = Rehash::IfUnencrypted);

    // Seals/opens a metadata object (index, manifest, pack header) bound to `context`.
    QByteArray sealObject(const QByteArray& plain, const QByteArray& context);
    std::optional<QByteArray> openObject(const QByteArray& stored, const QByteArray& context);

private:
    bool worthCompressing(std::span<const std::uint8_t> plain);

    const Repository& m_repository;
    ChunkHasher m_hasher;
    std::unique_ptr<Sealer> m_sealer;
    ZSTD_CCtx_s* m_cctx;
    ZSTD_DCtx_s* m_dctx;
    QByteArray m_scratch;
    QByteArray m_sample;
};

// An open repository: its configuration, keys and in-memory chunk index. Thread-safe:
// the backup and restore pipelines call it from all their workers.
class Repository
{
    Q_DECLARE_TR_FUNCTIONS(lifeboat::repository::Repository)

public:
    // Creates a repository in an empty location. `password` empty means unencrypted,
    // which callers must have asked the user for explicitly.
    static Status init(Backend& backend, const QByteArray& password, const InitOptions& options = {});
    static Result<std::unique_ptr<Repository>> open(std::unique_ptr<Backend> backend,
                                                    const QByteArray& password);
    // The repository's id from its config, without unlocking it (to find its keychain entry).
    static Result<QString> peekId(Backend& backend);
    ~Repository();

    const RepositoryConfig& config() const { return m_config; }
    QString location() const;
    Backend& backend() const { return *m_backend; }
    const Key* idKey() const { return m_config.encrypted ? &m_idKey : nullptr; }
    const Key* encryptionKey() const { return m_config.encrypted ? &m_encryptionKey : nullptr; }
    std::unique_ptr<BlobCodec> codec() const { return std::make_unique<BlobCodec>(*this); }

    // --- chunk index
    std::optional<BlobLocation> find(const ChunkId& id) const;
    bool contains(const ChunkId& id) const { return find(id).has_value(); }
    // Claims the right to store `id` during a backup: false if it is stored already or
    // another worker is storing it right now.
    bool claim(const ChunkId& id);
    // Records a finished pack and its blobs in one step, so an index flush running
    // meanwhile never writes the pack with part of its entries.
    void addPack(const QString& name, std::vector<std::pair<ChunkId, BlobLocation>> entries);
    // Entries of packs added since the last flushIndex().
    qint64 unflushedEntries() const;
    // Set once the on-disk chunk index failed; a backup must not record a restore point then.
    std::optional<Error> indexFailure() const;
    QString packName(quint32 pack) const;
    qint64 chunkCount() const;
    // Every indexed blob grouped by pack, each pack's blobs by offset; `visit` returns false
    // to stop. Memory holds a bucket of packs, not the index (verify, prune, repo info).
    // Runs under the index's read lock: `visit` must not add to the index.
    bool forEachPack(
        const std::function<bool(const QString& name,
                                 std::vector<std::pair<ChunkId, BlobLocation>>& entries)>& visit) const;
    // Every indexed blob, grouped by pack (pack name → ids); its memory grows with the index.
    std::vector<std::pair<QString, std::vector<std::pair<ChunkId, BlobLocation>>>> packs() const;

    // Reads, opens and checks one blob.
    Status load(const ChunkId& id, BlobCodec& codec, QByteArray& plain, QByteArray& scratch) const;

    // Writes an index file for the packs added since the last call; run before a manifest.
    Status flushIndex(BlobCodec& codec);
    // Re-reads every index file (another process may have added packs) into a new table
    // and swaps it in: lookups running meanwhile use the old one, never a partial one.
    Status reloadIndex();
    // Replaces all index files by one that leaves out `dropped` packs. The new file is
    // stored before the old ones are deleted, so the index is complete at every moment.
    Status rewriteIndex(const std::set<quint32>& dropped, BlobCodec& codec);

    // --- restore points
    Result<QStringList> restorePointIds() const;
    Result<Manifest> loadManifest(const QString& id, BlobCodec& codec) const;
    Status saveManifest(const Manifest& manifest, BlobCodec& codec);
    // Rewrites an existing manifest in place (atomically); only immutability changes use it.
    Status replaceManifest(const Manifest& manifest, BlobCodec& codec);
    // Expands a disk's chunk-list blobs into one id per chunk. Its memory grows with the
    // disk (32 bytes per chunk); the pipelines use chunkListSegment() instead.
    Result<std::vector<ChunkId>> chunkList(const DiskManifest& disk, BlobCodec& codec) const;
    // One list blob's ids: chunks [segment * kIdsPerListBlob, +kIdsPerListBlob).
    Result<std::vector<ChunkId>> chunkListSegment(const DiskManifest& disk, qsizetype segment,
                                                  BlobCodec& codec) const;

private:
    Repository(std::unique_ptr<Backend> backend, RepositoryConfig config);
    // An index read from the index files, before it replaces the repository's.
    struct LoadedIndex
    {
        std::unique_ptr<ChunkIndex> index = std::make_unique<ChunkIndex>();
        std::vector<QString> packNames;
        std::unordered_map<QString, quint32> packByName;
        quint32 packNumber(const QString& name);
    };
    Status loadIndex(BlobCodec& codec);
    Status readIndexFiles(BlobCodec& codec, LoadedIndex& into) const;
    Status parseIndexEntries(const QByteArray& plain, bool fromPackHeader, const QString& packForHeader,
                             LoadedIndex& into) const;
    quint32 packNumber(const QString& name); // with m_indexMutex held

    std::unique_ptr<Backend> m_backend;
    RepositoryConfig m_config;
    Key m_encryptionKey{};
    Key m_idKey{};

    mutable std::shared_mutex m_indexMutex;
    std::unique_ptr<ChunkIndex> m_index = std::make_unique<ChunkIndex>();
    std::unordered_set<ChunkId, ChunkIdHash> m_claimed;
    std::vector<QString> m_packNames;
    // Packs stored since the last index flush, with their entries (pack number → entries).
    std::vector<std::pair<quint32, std::vector<std::pair<ChunkId, BlobLocation>>>> m_unflushed;
    qint64 m_unflushedEntries = 0;
    quint64 m_indexFlushes = 0;
    std::unordered_map<QString, quint32> m_packByName;
};

// Serialises index entries for one pack: used in pack headers and index files alike.
QByteArray encodePackEntries(const QByteArray& packId,
                             const std::vector<std::pair<ChunkId, BlobLocation>>& entries);

} // namespace lifeboat::repository
