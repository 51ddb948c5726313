#include "repository/Pipeline.h"

#include "core/FileIo.h"
#include "core/Logging.h"
#include "repository/Lock.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QtEndian>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <list>
#include <mutex>
#include <openssl/crypto.h>
#include <optional>
#include <set>
#include <thread>
#include <unordered_set>
#include <unistd.h>

namespace lifeboat::repository {

namespace {

// 65,536 entries: an index file of ~3.5 MiB for every 16 GiB of new data at 256 KiB chunks.
constexpr qint64 kIndexFlushEntries = 65536;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(lifeboat::repository::Pipeline)
};

int threadCount(const PipelineOptions& options)
{
    if (options.threads > 0)
        return options.threads;
    return std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
}

bool cancelled(const PipelineOptions& options)
{
    return options.cancel && options.cancel->load();
}

Error cancelledError()
{
    return Error{QStringLiteral("cancelled"), Text::tr("The operation was cancelled.")};
}

bool allZero(const char* data, qint64 length)
{
    // Word-at-a-time with an early exit: real data fails within the first words.
    qint64 i = 0;
    for (; i + 8 <= length; i += 8) {
        quint64 word;
        std::memcpy(&word, data + i, 8);
        if (word)
            return false;
    }
    for (; i < length; ++i)
        if (data[i])
            return false;
    return true;
}

// Runs `work(worker)` on `count` threads and returns the first error any of them hit.
// A failing worker sets `stop` so the others finish their current item and leave.
Status runWorkers(int count, std::atomic<bool>& stop, const std::function<Status(int)>& work)
{
    std::mutex errorMutex;
    std::optional<Error> firstError;
    std::vector<std::thread> threads;
    for (int worker = 0; worker < count; ++worker) {
        threads.emplace_back([&, worker] {
            // OpenSSL keeps per-thread state (its random generator); free it with the thread.
            auto releaseOpenSsl = qScopeGuard([] { OPENSSL_thread_stop(); });
            Status status = work(worker);
            if (!status) {
                stop = true;
                std::lock_guard lock(errorMutex);
                if (!firstError)
                    firstError = status.error();
            }
        });
    }
    for (std::thread& thread : threads)
        thread.join();
    if (firstError)
        return *firstError;
    return success();
}

QString packPath(const QString& name)
{
    return QStringLiteral("data/") + name.left(2) + QLatin1Char('/') + name;
}

class FileSource final : public ImageSource
{
public:
    FileSource(int fd, qint64 size, QString path)
        : m_fd(fd)
        , m_size(size)
        , m_path(std::move(path))
    {}
    ~FileSource() override { ::close(m_fd); }
    qint64 size() const override { return m_size; }
    Status read(qint64 offset, char* data, qint64 length) override
    {
        const qint64 got = preadFully(m_fd, data, length, offset);
        if (got < length)
            return Error{QStringLiteral("source.read_failed"),
                         Text::tr("Cannot read %1 at offset %2: %3")
                             .arg(m_path)
                             .arg(offset + got)
                             .arg(errno == 0 ? Text::tr("unexpected end of file")
                                             : QString::fromLocal8Bit(std::strerror(errno)))};
        return success();
    }

private:
    int m_fd;
    qint64 m_size;
    QString m_path;
};

} // namespace

Result<std::unique_ptr<ImageSource>> openImageFile(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return Error{QStringLiteral("source.open_failed"),
                     Text::tr("Cannot open %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)))};
    const off_t size = ::lseek(fd, 0, SEEK_END);
    if (size < 0) {
        ::close(fd);
        return Error{QStringLiteral("source.open_failed"), Text::tr("Cannot find the size of %1.").arg(path)};
    }
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
    return std::unique_ptr<ImageSource>(std::make_unique<FileSource>(fd, static_cast<qint64>(size), path));
}

// ---------------------------------------------------------------- PackWriter

PackWriter::PackWriter(Repository& repository)
    : m_repository(repository)
{}

PackWriter::~PackWriter() = default;

Status PackWriter::add(const ChunkId& id, BlobType type, const QByteArray& stored, quint32 rawLength)
{
    if (!m_upload) {
        m_packId = randomBytes(32);
        const QString name = QString::fromLatin1(m_packId.toHex());
        auto upload = m_repository.backend().startUpload(packPath(name));
        if (!upload)
            return upload.error();
        m_upload = std::move(upload.value());
        if (Status magic = m_upload->write(kPackMagic, sizeof kPackMagic); !magic)
            return magic;
    }
    BlobLocation location;
    location.offset = static_cast<quint64>(m_upload->size());
    location.length = static_cast<quint32>(stored.size());
    location.rawLength = rawLength;
    location.type = type;
    if (Status written = m_upload->write(stored.constData(), stored.size()); !written)
        return written;
    m_packBytes += stored.size();
    m_entries.emplace_back(id, location);
    return success();
}

Status PackWriter::finish(BlobCodec& codec)
{
    if (!m_upload)
        return success();
    // The header repeats the pack's index entries, so a lost index can be rebuilt by
    // reading pack tails.
    const QByteArray header =
        codec.sealObject(encodePackEntries(m_packId, m_entries), QByteArrayLiteral("pack-header"));
    char length[4];
    qToLittleEndian(static_cast<quint32>(header.size()), length);
    Status status = m_upload->write(header.constData(), header.size());
    if (status)
        status = m_upload->write(length, 4);
    if (status)
        status = m_upload->write(kPackTrailerMagic, sizeof kPackTrailerMagic);
    if (status)
        status = m_upload->commit();
    m_upload.reset();
    if (!status)
        return status;
    m_repository.addPack(QString::fromLatin1(m_packId.toHex()), std::move(m_entries));
    m_entries.clear();
    m_packBytes = 0;
    // Long backups write index files as they go, so the entries waiting for one stay few
    // however large the disk (and an interrupted run leaves its packs indexed).
    if (m_repository.unflushedEntries() >= kIndexFlushEntries)
        return m_repository.flushIndex(codec);
    return success();
}

// ---------------------------------------------------------------- backup

namespace {

qint64 chunkLength(qint64 chunk, qint64 chunkSize, qint64 diskSize)
{
    return std::min(chunkSize, diskSize - chunk * chunkSize);
}

// Marks the chunks a changed-block list touches.
std::vector<bool> dirtyChunks(const std::vector<Extent>& areas, qint64 chunks, qint64 chunkSize)
{
    std::vector<bool> dirty(static_cast<std::size_t>(chunks), false);
    for (const Extent& area : areas) {
        if (area.length <= 0 || chunks == 0)
            continue;
        const qint64 first = std::max<qint64>(0, area.offset / chunkSize);
        const qint64 last = std::min(chunks - 1, (area.offset + area.length - 1) / chunkSize);
        for (qint64 c = first; c <= last; ++c)
            dirty[static_cast<std::size_t>(c)] = true;
    }
    return dirty;
}

} // namespace

Result<BackupResult> backupImages(Repository& repository, Manifest base,
                                  const std::vector<DiskBackupInput>& disks, const PipelineOptions& options)
{
    auto repositoryLock = RepositoryLock::acquire(repository.backend(), RepositoryLock::Kind::Shared,
                                                  {std::chrono::seconds(120), options.lockWait});
    if (!repositoryLock)
        return repositoryLock.error();
    const qint64 chunkSize = repository.config().chunkSize;
    const qint64 packSize = repository.config().packSize;
    const int workers = threadCount(options);
    BackupResult result;
    base.time = QDateTime::currentDateTimeUtc();
    base.id = newRestorePointId(base.time);
    base.disks.clear();
    base.items.clear();

    qint64 totalBytes = 0;
    for (const DiskBackupInput& disk : disks)
        totalBytes += disk.source->size();
    std::atomic<qint64> doneBytes{0};
    std::mutex progressMutex;
    auto report = [&](qint64 done) {
        if (options.progress) {
            std::lock_guard lock(progressMutex);
            options.progress(done, totalBytes);
        }
    };

    auto mainCodec = repository.codec();
    for (const DiskBackupInput& input : disks) {
        const qint64 size = input.source->size();
        const qint64 chunks = (size + chunkSize - 1) / chunkSize;
        const DiskManifest* previous = input.previous;
        const bool useChangedBlocks = previous && input.changedAreas;
        if (useChangedBlocks && previous->chunkSize != chunkSize)
            return Error{
                QStringLiteral("backup.incompatible_previous"),
                Text::tr("The previous restore point of disk %1 used another chunk size.").arg(input.name)};
        const qint64 previousChunks = previous ? (previous->size + chunkSize - 1) / chunkSize : 0;
        const std::vector<bool> dirty =
            useChangedBlocks ? dirtyChunks(*input.changedAreas, chunks, chunkSize) : std::vector<bool>();
        // With changed-block tracking, a chunk is taken from the previous restore point when
        // nothing wrote to it and it has the same length there (a resized disk changes the
        // length of its last chunk).
        auto unchanged = [&](qint64 c) {
            return useChangedBlocks && !dirty[static_cast<std::size_t>(c)] && c < previousChunks &&
                   chunkLength(c, chunkSize, size) == chunkLength(c, chunkSize, previous->size);
        };

        DiskManifest disk;
        disk.name = input.name;
        disk.size = size;
        disk.chunkSize = static_cast<int>(chunkSize);
        disk.changeId = input.changeId;
        std::atomic<qint64> bytesRead{0}, bytesStored{0}, zeroChunks{0}, newChunks{0}, reused{0};
        std::atomic<qint64> sourceNanos{0}, workerNanos{0};
        PackWriter listWriter(repository);
        QByteArray stored;

        // The disk is processed one list blob (8 GiB at 256 KiB chunks) at a time, so memory
        // does not grow with the disk.
        for (qint64 first = 0; first < chunks; first += kIdsPerListBlob) {
            const qint64 count = std::min<qint64>(kIdsPerListBlob, chunks - first);
            const qsizetype segment = static_cast<qsizetype>(first / kIdsPerListBlob);
            std::vector<qint64> work;
            bool segmentUnchanged = useChangedBlocks && segment < previous->lists.size();
            for (qint64 c = first; c < first + count && segmentUnchanged; ++c)
                segmentUnchanged = unchanged(c);
            if (segmentUnchanged && std::min<qint64>(kIdsPerListBlob, previousChunks - first) == count) {
                // Untouched since the previous restore point: its list blob is reused whole,
                // without even reading it.
                disk.lists.append(previous->lists[segment]);
                reused += count;
                report(doneBytes += count * chunkSize);
                continue;
            }
            std::vector<ChunkId> ids(static_cast<std::size_t>(count));
            if (useChangedBlocks && segment < previous->lists.size()) {
                auto previousIds = repository.chunkListSegment(*previous, segment, *mainCodec);
                if (!previousIds)
                    return previousIds.error();
                for (qint64 c = first; c < first + count; ++c) {
                    if (unchanged(c) && c - first < static_cast<qint64>(previousIds->size())) {
                        ids[static_cast<std::size_t>(c - first)] =
                            (*previousIds)[static_cast<std::size_t>(c - first)];
                        ++reused;
                    } else {
                        work.push_back(c);
                    }
                }
                report(doneBytes += (count - static_cast<qint64>(work.size())) * chunkSize);
            } else {
                work.resize(static_cast<std::size_t>(count));
                for (qint64 c = 0; c < count; ++c)
                    work[static_cast<std::size_t>(c)] = first + c;
            }

            std::atomic<std::size_t> next{0};
            std::atomic<bool> stop{false};
            Status ran = runWorkers(workers, stop, [&](int) -> Status {
                const auto workerStart = std::chrono::steady_clock::now();
                auto countWorker = qScopeGuard([&] {
                    workerNanos += std::chrono::duration_cast<std::chrono::nanoseconds>(
                                       std::chrono::steady_clock::now() - workerStart)
                                       .count();
                });
                auto codec = repository.codec();
                PackWriter writer(repository);
                QByteArray buffer(static_cast<qsizetype>(chunkSize), Qt::Uninitialized);
                QByteArray blob;
                for (;;) {
                    if (stop || cancelled(options))
                        return cancelled(options) ? Status(cancelledError()) : success();
                    const std::size_t item = next++;
                    if (item >= work.size())
                        break;
                    const qint64 chunk = work[item];
                    const qint64 offset = chunk * chunkSize;
                    const qint64 length = chunkLength(chunk, chunkSize, size);
                    const auto readStart = std::chrono::steady_clock::now();
                    if (Status read = input.source->read(offset, buffer.data(), length); !read)
                        return read;
                    sourceNanos += std::chrono::duration_cast<std::chrono::nanoseconds>(
                                       std::chrono::steady_clock::now() - readStart)
                                       .count();
                    bytesRead += length;
                    const std::span<const std::uint8_t> data(
                        reinterpret_cast<const std::uint8_t*>(buffer.constData()),
                        static_cast<std::size_t>(length));
                    ChunkId& id = ids[static_cast<std::size_t>(chunk - first)];
                    if (allZero(buffer.constData(), length)) {
                        id = ChunkId{};
                        ++zeroChunks;
                    } else {
                        id = codec->id(data);
                        if (repository.claim(id)) {
                            codec->encode(id, BlobType::Data, data, blob);
                            if (Status added =
                                    writer.add(id, BlobType::Data, blob, static_cast<quint32>(length));
                                !added)
                                return added;
                            bytesStored += blob.size();
                            ++newChunks;
                            if (writer.packBytes() >= packSize)
                                if (Status finished = writer.finish(*codec); !finished)
                                    return finished;
                        } else {
                            ++reused;
                        }
                    }
                    report(doneBytes += length);
                }
                return writer.finish(*codec);
            });
            if (!ran)
                return ran.error();

            // The chunk list is stored as blobs too, so an unchanged stretch of a disk costs
            // nothing in the next restore point.
            const std::span<const std::uint8_t> plain(ids.front().data(), ids.size() * sizeof(ChunkId));
            const ChunkId listId = mainCodec->id(plain);
            disk.lists.append(listId);
            if (repository.claim(listId)) {
                mainCodec->encode(listId, BlobType::List, plain, stored);
                if (Status added =
                        listWriter.add(listId, BlobType::List, stored, static_cast<quint32>(plain.size()));
                    !added)
                    return added.error();
                bytesStored += stored.size();
            }
        }
        if (Status finished = listWriter.finish(*mainCodec); !finished)
            return finished.error();
        disk.storedBytes = bytesStored;
        disk.itemKind = input.itemKind;
        disk.itemDatabase = input.itemDatabase;
        (input.itemKind.isEmpty() ? base.disks : base.items).append(disk);
        result.stats.chunks += chunks;
        result.stats.bytesRead += bytesRead;
        result.stats.bytesStored += bytesStored;
        result.stats.zeroChunks += zeroChunks;
        result.stats.newChunks += newChunks;
        result.stats.reusedChunks += reused;
        result.stats.sourceSeconds += static_cast<double>(sourceNanos.load()) / 1e9;
        result.stats.workerSeconds += static_cast<double>(workerNanos.load()) / 1e9;
    }

    if (Status flushed = repository.flushIndex(*mainCodec); !flushed)
        return flushed.error();
    // The index files are complete, but this process's table may lack some of the run's
    // chunks (its temporary file failed): say so now rather than at the first restore.
    if (auto failed = repository.indexFailure())
        return *failed;
    if (Status saved = repository.saveManifest(base, *mainCodec); !saved)
        return saved.error();
    qCInfo(lcEngine) << "restore point" << base.id << "stored:" << result.stats.bytesRead << "bytes read,"
                     << result.stats.bytesStored << "bytes new";
    result.manifest = std::move(base);
    return result;
}

// ---------------------------------------------------------------- restore

Result<RestoreStats> restoreImage(Repository& repository, const Manifest& manifest, const QString& diskName,
                                  const QString& target, bool overwrite, const PipelineOptions& options)
{
    const DiskManifest* disk = manifest.disk(diskName);
    if (!disk)
        return Error{QStringLiteral("restore.no_such_disk"),
                     Text::tr("The restore point %1 has no disk named %2.").arg(manifest.id, diskName)};
    if (!overwrite && QFileInfo::exists(target))
        return Error{QStringLiteral("restore.target_exists"),
                     Text::tr("%1 already exists; choose another target or allow overwriting.").arg(target)};
    auto repositoryLock = RepositoryLock::acquire(repository.backend(), RepositoryLock::Kind::Shared,
                                                  {std::chrono::seconds(120), options.lockWait});
    if (!repositoryLock)
        return repositoryLock.error();
    auto codec = repository.codec();
    const QString partial = target + QStringLiteral(".lifeboat-partial");
    const int fd =
        ::open(QFile::encodeName(partial).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return Error{
            QStringLiteral("restore.cannot_write"),
            Text::tr("Cannot create %1: %2").arg(partial, QString::fromLocal8Bit(std::strerror(errno)))};
    // Whole, aligned chunks bypass the page cache: a restored disk is not read again soon,
    // and filling the cache with it costs more than the write. Where the file system has no
    // O_DIRECT (tmpfs), or for the unaligned tail, the ordinary descriptor is used.
    const int directFd = ::open(QFile::encodeName(partial).constData(), O_WRONLY | O_DIRECT | O_CLOEXEC);
    auto failWith = [&](const Error& error) -> Result<RestoreStats> {
        if (directFd >= 0)
            ::close(directFd);
        ::close(fd);
        ::unlink(QFile::encodeName(partial).constData());
        return error;
    };
    // Zero chunks are never written, so the file keeps holes where the disk was empty.
    if (::ftruncate(fd, disk->size) != 0)
        return failWith(
            Error{QStringLiteral("restore.cannot_write"),
                  Text::tr("Cannot size %1: %2").arg(partial, QString::fromLocal8Bit(std::strerror(errno)))});

    RestoreStats stats;
    std::atomic<qint64> written{0}, zeros{0};
    // One list blob at a time, so memory does not grow with the disk.
    Status ran = success();
    for (qsizetype segment = 0; ran && segment < disk->lists.size(); ++segment) {
        auto ids = repository.chunkListSegment(*disk, segment, *codec);
        if (!ids) {
            ran = Error{
                ids.error().code,
                Text::tr("The chunk list of disk %1 cannot be read: %2").arg(diskName, ids.error().message)};
            break;
        }
        const std::vector<ChunkId>& list = ids.value();
        const qint64 firstChunk = qint64(segment) * kIdsPerListBlob;
        std::atomic<std::size_t> next{0};
        std::atomic<bool> stop{false};
        ran = runWorkers(threadCount(options), stop, [&](int) -> Status {
            auto workerCodec = repository.codec();
            QByteArray plain, scratch;
            constexpr std::size_t kAlignment = 4096;
            std::unique_ptr<char, decltype(&std::free)> aligned(
                static_cast<char*>(std::aligned_alloc(kAlignment, static_cast<std::size_t>(disk->chunkSize))),
                &std::free);
            for (;;) {
                if (stop || cancelled(options))
                    return cancelled(options) ? Status(cancelledError()) : success();
                const std::size_t chunk = next++;
                if (chunk >= list.size())
                    return success();
                const qint64 offset = (firstChunk + static_cast<qint64>(chunk)) * disk->chunkSize;
                const qint64 length = std::min<qint64>(disk->chunkSize, disk->size - offset);
                if (isZeroChunk(list[chunk])) {
                    ++zeros;
                    continue;
                }
                if (Status loaded = repository.load(list[chunk], *workerCodec, plain, scratch); !loaded)
                    return Error{loaded.error().code, Text::tr("%1 (disk %2, offset %3)")
                                                          .arg(loaded.error().message, diskName)
                                                          .arg(offset)};
                if (plain.size() != length)
                    return Error{QStringLiteral("repository.corrupt"),
                                 Text::tr("The chunk at offset %1 of disk %2 has the wrong length.")
                                     .arg(offset)
                                     .arg(diskName)};
                const char* data = plain.constData();
                int destination = fd;
                if (directFd >= 0 && aligned && length % qint64(kAlignment) == 0 &&
                    offset % qint64(kAlignment) == 0) {
                    std::memcpy(aligned.get(), data, static_cast<std::size_t>(length));
                    data = aligned.get();
                    destination = directFd;
                }
                if (!writeFully(destination, data, length, offset))
                    return Error{errno == ENOSPC ? QStringLiteral("restore.disk_full")
                                                 : QStringLiteral("restore.cannot_write"),
                                 Text::tr("Cannot write %1: %2")
                                     .arg(partial, QString::fromLocal8Bit(std::strerror(errno)))};
                const qint64 done = written += length;
                if (options.progress)
                    options.progress(done, disk->size);
            }
        });
    }
    if (!ran)
        return failWith(ran.error());
    if (::fsync(fd) != 0)
        return failWith(Error{
            QStringLiteral("restore.cannot_write"),
            Text::tr("Cannot flush %1: %2").arg(partial, QString::fromLocal8Bit(std::strerror(errno)))});
    if (directFd >= 0)
        ::close(directFd);
    ::close(fd);
    if (::rename(QFile::encodeName(partial).constData(), QFile::encodeName(target).constData()) != 0) {
        ::unlink(QFile::encodeName(partial).constData());
        return Error{QStringLiteral("restore.cannot_write"),
                     Text::tr("Cannot move the restored disk to %1: %2")
                         .arg(target, QString::fromLocal8Bit(std::strerror(errno)))};
    }
    stats.bytesWritten = written;
    stats.zeroChunks = zeros;
    return stats;
}

// ---------------------------------------------------------------- DiskReader

struct DiskReader::Private
{
    Repository& repository;
    DiskManifest disk;
    // The most recently used chunk-list parts (8 GiB of disk each), newest first.
    std::list<std::pair<qsizetype, std::vector<ChunkId>>> lists;
    int cacheChunks;
    std::mutex mutex;
    std::unique_ptr<BlobCodec> codec;
    QByteArray scratch;
    // Most recently used first.
    std::list<std::pair<qint64, QByteArray>> cache;
};

DiskReader::DiskReader(std::unique_ptr<Private> p)
    : d(std::move(p))
{}

DiskReader::~DiskReader() = default;

Result<std::unique_ptr<DiskReader>> DiskReader::open(Repository& repository, const DiskManifest& disk,
                                                     int cacheChunks)
{
    auto p = std::unique_ptr<Private>(
        new Private{repository, disk, {}, std::max(1, cacheChunks), {}, repository.codec(), {}, {}});
    return std::unique_ptr<DiskReader>(new DiskReader(std::move(p)));
}

qint64 DiskReader::size() const
{
    return d->disk.size;
}

Status DiskReader::read(qint64 offset, char* data, qint64 length)
{
    if (offset < 0 || length < 0 || offset + length > d->disk.size)
        return Error{QStringLiteral("reader.out_of_range"),
                     Text::tr("Read of %1 bytes at %2 is outside disk %3 (%4 bytes).")
                         .arg(length)
                         .arg(offset)
                         .arg(d->disk.name)
                         .arg(d->disk.size)};
    std::lock_guard lock(d->mutex);
    const qint64 chunkSize = d->disk.chunkSize;
    while (length > 0) {
        const qint64 chunk = offset / chunkSize;
        const qint64 within = offset % chunkSize;
        const qint64 chunkLength = std::min(chunkSize, d->disk.size - chunk * chunkSize);
        const qint64 take = std::min(length, chunkLength - within);
        const qsizetype segment = static_cast<qsizetype>(chunk / kIdsPerListBlob);
        auto list =
            std::find_if(d->lists.begin(), d->lists.end(), [&](const auto& e) { return e.first == segment; });
        if (list == d->lists.end()) {
            auto ids = d->repository.chunkListSegment(d->disk, segment, *d->codec);
            if (!ids)
                return ids.error();
            d->lists.emplace_front(segment, std::move(ids.value()));
            if (d->lists.size() > 4)
                d->lists.pop_back();
            list = d->lists.begin();
        }
        const ChunkId id = list->second[static_cast<std::size_t>(chunk % kIdsPerListBlob)];
        if (isZeroChunk(id)) {
            std::memset(data, 0, static_cast<size_t>(take));
        } else {
            auto hit = std::find_if(d->cache.begin(), d->cache.end(),
                                    [&](const auto& e) { return e.first == chunk; });
            if (hit == d->cache.end()) {
                QByteArray plain;
                if (Status loaded = d->repository.load(id, *d->codec, plain, d->scratch); !loaded)
                    return loaded;
                d->cache.emplace_front(chunk, std::move(plain));
                if (static_cast<int>(d->cache.size()) > d->cacheChunks)
                    d->cache.pop_back();
            } else if (hit != d->cache.begin()) {
                d->cache.splice(d->cache.begin(), d->cache, hit);
            }
            std::memcpy(data, d->cache.front().second.constData() + within, static_cast<size_t>(take));
        }
        data += take;
        offset += take;
        length -= take;
    }
    return success();
}

// ---------------------------------------------------------------- verify

Result<VerifyReport> verifyRepository(Repository& repository, double sample, const PipelineOptions& options)
{
    auto repositoryLock = RepositoryLock::acquire(repository.backend(), RepositoryLock::Kind::Shared,
                                                  {std::chrono::seconds(120), options.lockWait});
    if (!repositoryLock)
        return repositoryLock.error();
    VerifyReport report;
    // A sample checks whole packs: reading a pack costs about the same as reading one blob of it.
    std::optional<std::unordered_set<QString>> sampled;
    if (sample < 1.0) {
        std::vector<QString> names;
        repository.forEachPack([&](const QString& name, const auto&) {
            names.push_back(name);
            return true;
        });
        std::shuffle(names.begin(), names.end(), *QRandomGenerator::global());
        names.resize(
            static_cast<std::size_t>(std::ceil(static_cast<double>(names.size()) * std::max(0.0, sample))));
        sampled.emplace(names.begin(), names.end());
    }
    std::mutex reportMutex;
    std::set<ChunkId> damagedIds;
    // Packs are checked a batch at a time as the index hands them out grouped, so memory
    // holds one batch of pack lists, not the whole index.
    std::vector<std::pair<QString, std::vector<std::pair<ChunkId, BlobLocation>>>> packs;
    Status ran = success();
    auto checkBatch = [&]() -> bool {
        std::atomic<std::size_t> next{0};
        std::atomic<bool> stop{false};
        ran = runWorkers(threadCount(options), stop, [&](int) -> Status {
            auto codec = repository.codec();
            QByteArray plain;
            for (;;) {
                if (cancelled(options))
                    return cancelledError();
                const std::size_t item = next++;
                if (item >= packs.size())
                    return success();
                const auto& [name, entries] = packs[item];
                auto bytes = repository.backend().get(packPath(name));
                std::lock_guard lock(reportMutex);
                ++report.packsChecked;
                for (const auto& [id, location] : entries) {
                    ++report.chunksChecked;
                    QString problem;
                    if (!bytes) {
                        problem = bytes.error().message;
                    } else if (static_cast<qint64>(location.offset + location.length) > bytes->size()) {
                        problem = Text::tr("pack %1 is truncated").arg(name);
                    } else {
                        reportMutex.unlock();
                        Status decoded = codec->decode(
                            id, location.type,
                            bytes->mid(static_cast<qsizetype>(location.offset), location.length),
                            location.rawLength, plain, BlobCodec::Rehash::Always);
                        reportMutex.lock();
                        report.bytesChecked += location.rawLength;
                        if (!decoded)
                            problem = decoded.error().message;
                    }
                    if (!problem.isEmpty() && damagedIds.insert(id).second)
                        report.damagedChunks << toHex(id) + QStringLiteral(": ") + problem;
                }
            }
        });
        packs.clear();
        return ran.ok();
    };
    repository.forEachPack([&](const QString& name, std::vector<std::pair<ChunkId, BlobLocation>>& entries) {
        if (sampled && !sampled->contains(name))
            return true;
        packs.emplace_back(name, std::move(entries));
        return packs.size() < 64 || checkBatch();
    });
    if (ran && !packs.empty())
        checkBatch();
    if (!ran)
        return ran.error();

    auto ids = repository.restorePointIds();
    if (!ids)
        return ids.error();
    auto codec = repository.codec();
    for (const QString& id : ids.value()) {
        ++report.restorePoints;
        auto manifest = repository.loadManifest(id, *codec);
        if (!manifest) {
            report.damaged.append({id, {}, -1, manifest.error().message});
            continue;
        }
        for (const DiskManifest* stream : manifest->streams()) {
            const DiskManifest& disk = *stream;
            for (qsizetype segment = 0; segment < disk.lists.size(); ++segment) {
                auto list = repository.chunkListSegment(disk, segment, *codec);
                if (!list) {
                    report.damaged.append({id, disk.name, -1, list.error().message});
                    continue;
                }
                for (std::size_t c = 0; c < list->size(); ++c) {
                    const ChunkId& chunk = (*list)[c];
                    if (isZeroChunk(chunk))
                        continue;
                    const qint64 offset =
                        (qint64(segment) * kIdsPerListBlob + static_cast<qint64>(c)) * disk.chunkSize;
                    if (damagedIds.contains(chunk))
                        report.damaged.append(
                            {id, disk.name, offset, Text::tr("chunk %1 is damaged").arg(toHex(chunk))});
                    else if (!repository.contains(chunk))
                        report.damaged.append(
                            {id, disk.name, offset, Text::tr("chunk %1 is missing").arg(toHex(chunk))});
                }
            }
        }
    }
    return report;
}

} // namespace lifeboat::repository
