#include "guest/Ext4FileSystem.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QRecursiveMutex>
#include <QScopeGuard>
#include <QSet>
#include <cstddef>
#include <cstring>
#include <limits>
#include <mutex>
#include <optional>

// After Qt and the standard library: the C headers define short macros of their own.
#include <ext2fs/ext2fs.h>
extern "C" { // com_err.h, unlike ext2fs.h, declares its functions without C linkage
#include <et/com_err.h>
}

namespace lifeboat::guest {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(lifeboat::guest::Ext4FileSystem)
};

// Content is handed to sinks in pieces of this size at most.
constexpr qint64 kPiece = 1024 * 1024;

QString describe(errcode_t code)
{
    static std::once_flag once;
    std::call_once(once, [] { initialize_ext2_error_table(); });
    // error_message() formats unknown codes into a static buffer.
    static QMutex mutex;
    QMutexLocker lock(&mutex);
    const char* text = error_message(code);
    return text ? QString::fromLocal8Bit(text) : QString::number(code);
}

QString display(const QByteArray& path)
{
    return QString::fromUtf8(path);
}

// ---- io_manager: libext2fs reads through a BlockSource and can write nothing --------

// libext2fs opens channels by name only; the name carries a key into this table for the
// duration of ext2fs_open2, so a stray name can never be turned into a pointer.
struct Registry
{
    QMutex mutex;
    QHash<QByteArray, std::shared_ptr<BlockSource>> sources;
    quint64 next = 0;
};

Registry& registry()
{
    static Registry instance;
    return instance;
}

struct Channel
{
    std::shared_ptr<BlockSource> source;
    // What the source said when a read failed: libext2fs only passes on a generic code.
    std::optional<Error> lastError;
};

Channel* channelOf(io_channel io)
{
    return static_cast<Channel*>(io->private_data);
}

errcode_t channelClose(io_channel io)
{
    if (--io->refcount > 0)
        return 0;
    delete channelOf(io);
    ext2fs_free_mem(&io->name);
    ext2fs_free_mem(&io);
    return 0;
}

errcode_t channelSetBlockSize(io_channel io, int blockSize)
{
    if (blockSize <= 0)
        return EXT2_ET_INVALID_ARGUMENT;
    io->block_size = blockSize;
    return 0;
}

errcode_t channelRead64(io_channel io, unsigned long long block, int count, void* data)
{
    Channel* channel = channelOf(io);
    // A negative count is a byte count, as in every libext2fs io_manager.
    const qint64 length = count < 0 ? -qint64(count) : qint64(count) * io->block_size;
    if (block > quint64(std::numeric_limits<qint64>::max() / io->block_size))
        return EXT2_ET_LLSEEK_FAILED;
    const Status read =
        channel->source->read(qint64(block) * io->block_size, static_cast<char*>(data), length);
    if (read)
        return 0;
    channel->lastError = read.error();
    std::memset(data, 0, size_t(length)); // never leave garbage for a caller that ignores the error
    return EXT2_ET_SHORT_READ;
}

errcode_t channelRead(io_channel io, unsigned long block, int count, void* data)
{
    return channelRead64(io, block, count, data);
}

errcode_t refuseWrite(io_channel, unsigned long, int, const void*)
{
    return EXT2_ET_RO_FILSYS;
}
errcode_t refuseWrite64(io_channel, unsigned long long, int, const void*)
{
    return EXT2_ET_RO_FILSYS;
}
errcode_t refuseDiscard(io_channel, unsigned long long, unsigned long long)
{
    return EXT2_ET_RO_FILSYS;
}
errcode_t channelFlush(io_channel)
{
    return 0;
}
errcode_t channelSetOption(io_channel, const char*, const char*)
{
    return EXT2_ET_INVALID_ARGUMENT;
}

errcode_t channelOpen(const char* name, int flags, io_channel* result);

io_manager sourceManager()
{
    static struct_io_manager manager = [] {
        struct_io_manager m{};
        m.magic = EXT2_ET_MAGIC_IO_MANAGER;
        m.name = "Lifeboat read-only BlockSource";
        m.open = channelOpen;
        m.close = channelClose;
        m.set_blksize = channelSetBlockSize;
        m.read_blk = channelRead;
        m.write_blk = refuseWrite;
        m.flush = channelFlush;
        m.write_byte = refuseWrite;
        m.set_option = channelSetOption;
        m.read_blk64 = channelRead64;
        m.write_blk64 = refuseWrite64;
        m.discard = refuseDiscard;
        m.zeroout = refuseDiscard;
        return m;
    }();
    return &manager;
}

errcode_t channelOpen(const char* name, int flags, io_channel* result)
{
    if (!name || !result)
        return EXT2_ET_BAD_DEVICE_NAME;
    if (flags & IO_FLAG_RW)
        return EXT2_ET_RO_FILSYS;
    std::shared_ptr<BlockSource> source;
    {
        QMutexLocker lock(&registry().mutex);
        source = registry().sources.value(QByteArray(name));
    }
    if (!source)
        return EXT2_ET_BAD_DEVICE_NAME;
    io_channel io = nullptr;
    errcode_t error = ext2fs_get_memzero(sizeof(struct_io_channel), &io);
    if (error)
        return error;
    error = ext2fs_get_mem(std::strlen(name) + 1, &io->name);
    if (error) {
        ext2fs_free_mem(&io);
        return error;
    }
    std::strcpy(io->name, name);
    io->magic = EXT2_ET_MAGIC_IO_CHANNEL;
    io->manager = sourceManager();
    io->block_size = 1024;
    io->refcount = 1;
    io->private_data = new Channel{std::move(source), {}};
    *result = io;
    return 0;
}

// ---- inode helpers -------------------------------------------------------------------

bool isType(const ext2_inode_large& inode, unsigned type)
{
    return (inode.i_mode & LINUX_S_IFMT) == type;
}

EntryType entryType(const ext2_inode_large& inode)
{
    if (isType(inode, LINUX_S_IFREG))
        return EntryType::File;
    if (isType(inode, LINUX_S_IFDIR))
        return EntryType::Directory;
    if (isType(inode, LINUX_S_IFLNK))
        return EntryType::Symlink;
    return EntryType::Other;
}

quint64 inodeSize(const ext2_inode_large& inode)
{
    return inode.i_size | (quint64(inode.i_size_high) << 32);
}

struct DirEntryRef
{
    QByteArray name;
    ext2_ino_t inode;
};

} // namespace

QString extFlavour(quint32 compat, quint32 incompat, quint32 roCompat)
{
    if (incompat & EXT3_FEATURE_INCOMPAT_JOURNAL_DEV)
        return QStringLiteral("jbd");
    // What ext3 knew; anything beyond it needs an ext4 driver (blkid decides the same way).
    const quint32 ext3Incompat =
        EXT2_FEATURE_INCOMPAT_FILETYPE | EXT3_FEATURE_INCOMPAT_RECOVER | EXT2_FEATURE_INCOMPAT_META_BG;
    const quint32 ext3RoCompat = EXT2_FEATURE_RO_COMPAT_SPARSE_SUPER | EXT2_FEATURE_RO_COMPAT_LARGE_FILE |
                                 0x0004 /* btree_dir: reserved, never used, not in ext2_fs.h */;
    if ((incompat & ~ext3Incompat) || (roCompat & ~ext3RoCompat))
        return QStringLiteral("ext4");
    if (compat & EXT3_FEATURE_COMPAT_HAS_JOURNAL)
        return QStringLiteral("ext3");
    return QStringLiteral("ext2");
}

// ---- content streaming -----------------------------------------------------------------

namespace {

// Turns a file's block map into the sink's ordered stream of data and holes. Mapped runs
// must arrive in logical order; anything going backwards or pointing outside the file
// system is corruption, which also bounds how long a hostile block map can keep us busy.
class ContentStream
{
public:
    ContentStream(BlockSource& source, ext2_filsys fs, qint64 size, const GuestFileSystem::ContentSink& sink,
                  const QByteArray& path)
        : m_source(source)
        , m_fs(fs)
        , m_blockSize(fs->blocksize)
        , m_size(size)
        , m_sink(sink)
        , m_path(path)
    {}

    bool done() const { return m_position >= m_size; }

    // Blocks [logical, logical + count) are stored at [physical, physical + count).
    Status data(quint64 logical, quint64 physical, quint64 count)
    {
        if (auto checked = checkOrder(logical, count); !checked)
            return checked;
        const quint64 blocks = ext2fs_blocks_count(m_fs->super);
        if (physical < m_fs->super->s_first_data_block || physical >= blocks || count > blocks - physical)
            return corrupt(Text::tr("its data points outside the file system"));
        const qint64 start = qint64(logical) * m_blockSize;
        if (start >= m_size)
            return success();
        if (auto gap = holeUntil(start); !gap)
            return gap;
        const qint64 end = std::min(m_size, start + qint64(count) * m_blockSize);
        qint64 from = qint64(physical) * m_blockSize;
        if (m_buffer.isEmpty())
            m_buffer.resize(kPiece);
        while (m_position < end) {
            const qint64 length = std::min(kPiece, end - m_position);
            if (auto read = m_source.read(from, m_buffer.data(), length); !read)
                return read;
            if (auto sent = m_sink(m_position, m_buffer.constData(), length, false); !sent)
                return sent;
            from += length;
            m_position += length;
        }
        return success();
    }

    // Allocated but never written (ext4 "unwritten" extents): reads as zeros, like a hole.
    Status unwritten(quint64 logical, quint64 count) { return checkOrder(logical, count); }

    Status finish() { return holeUntil(m_size); }

    // Inline data: the bytes themselves instead of a block map.
    Status inlineData(const QByteArray& bytes)
    {
        const qint64 length = std::min<qint64>(bytes.size(), m_size);
        if (length > 0) {
            if (auto sent = m_sink(0, bytes.constData(), length, false); !sent)
                return sent;
            m_position = length;
        }
        return finish();
    }

private:
    Status checkOrder(quint64 logical, quint64 count)
    {
        if (logical < m_nextLogical || count == 0 ||
            logical > quint64(std::numeric_limits<qint64>::max() / m_blockSize) - count)
            return corrupt(Text::tr("its block map is out of order"));
        m_nextLogical = logical + count;
        return success();
    }

    Status holeUntil(qint64 end)
    {
        static const QByteArray zeros(kPiece, '\0');
        while (m_position < end) {
            const qint64 length = std::min(kPiece, end - m_position);
            if (auto sent = m_sink(m_position, zeros.constData(), length, true); !sent)
                return sent;
            m_position += length;
        }
        return success();
    }

    Error corrupt(const QString& why) const
    {
        return Error{QStringLiteral("guest.corrupt_fs"),
                     Text::tr("Cannot read %1: %2.").arg(display(m_path), why)};
    }

    BlockSource& m_source;
    ext2_filsys m_fs;
    qint64 m_blockSize;
    qint64 m_size;
    const GuestFileSystem::ContentSink& m_sink;
    QByteArray m_path;
    qint64 m_position = 0;
    quint64 m_nextLogical = 0;
    QByteArray m_buffer;
};

// ext2/ext3 block maps are walked block by block; runs of neighbouring blocks are read
// in one go.
struct IndirectWalk
{
    ContentStream* stream;
    Status status = success();
    quint64 logical = 0;
    quint64 physical = 0;
    quint64 count = 0;

    bool flush()
    {
        if (count > 0)
            status = stream->data(logical, physical, count);
        count = 0;
        return bool(status);
    }
};

int indirectBlock(ext2_filsys, blk64_t* block, e2_blkcnt_t index, blk64_t, int, void* context)
{
    auto* walk = static_cast<IndirectWalk*>(context);
    if (index < 0)
        return 0; // an indirect block itself
    const quint64 logical = quint64(index);
    if (walk->count > 0 && logical == walk->logical + walk->count && *block == walk->physical + walk->count &&
        walk->count < quint64(kPiece)) {
        ++walk->count;
        return 0;
    }
    if (!walk->flush() || walk->stream->done())
        return BLOCK_ABORT;
    walk->logical = logical;
    walk->physical = *block;
    walk->count = 1;
    return 0;
}

int collectEntry(ext2_ino_t, int, ext2_dir_entry* entry, int, int, char*, void* context)
{
    auto* entries = static_cast<QVector<DirEntryRef>*>(context);
    const QByteArray name(entry->name, ext2fs_dirent_name_len(entry));
    if (name == "." || name == "..")
        return 0;
    if (name.isEmpty() || name.contains('/') || name.contains('\0')) {
        // No path can name such an entry; listing it would only produce a path that
        // resolves to something else.
        qCWarning(lcGuest) << "Skipping a directory entry with an impossible name, inode" << entry->inode;
        return 0;
    }
    entries->append(DirEntryRef{name, entry->inode});
    return 0;
}

} // namespace

// ---- the file system -----------------------------------------------------------------

struct Ext4FileSystem::Private
{
    std::shared_ptr<BlockSource> source;
    ext2_filsys fs = nullptr;
    // Recursive so a sink or walk callback may call back into the same file system.
    QRecursiveMutex mutex;

    ~Private()
    {
        if (fs)
            ext2fs_free(fs); // never ext2fs_close: that may flush, and nothing here may write
    }

    Channel* channel() const { return channelOf(fs->io); }

    // A libext2fs failure; when the source failed underneath, its own message says more.
    Error failure(errcode_t code, const QString& what)
    {
        if (auto& read = channel()->lastError) {
            Error error{QStringLiteral("guest.read_failed"), Text::tr("%1: %2").arg(what, read->message)};
            read.reset();
            return error;
        }
        return Error{QStringLiteral("guest.corrupt_fs"), Text::tr("%1: %2").arg(what, describe(code))};
    }

    Result<ext2_inode_large> readInode(ext2_ino_t ino, const QByteArray& path)
    {
        ext2_inode_large inode;
        std::memset(&inode, 0, sizeof inode);
        const errcode_t error =
            ext2fs_read_inode_full(fs, ino, reinterpret_cast<ext2_inode*>(&inode), sizeof inode);
        if (error)
            return failure(error, Text::tr("Cannot read the inode of %1").arg(display(path)));
        // Fields past the old 128-byte inode are only valid up to i_extra_isize.
        const unsigned inodeSize = EXT2_INODE_SIZE(fs->super);
        if (inodeSize <= EXT2_GOOD_OLD_INODE_SIZE ||
            inode.i_extra_isize > inodeSize - EXT2_GOOD_OLD_INODE_SIZE)
            inode.i_extra_isize = 0;
        return inode;
    }

    qint64 modificationTime(const ext2_inode_large& inode) const
    {
        // The classic field is a signed 32-bit count; ext4 extends it with two epoch bits
        // from i_mtime_extra when the inode is large enough to hold that field.
        qint64 seconds = static_cast<qint32>(inode.i_mtime);
        constexpr size_t extraEnd = offsetof(ext2_inode_large, i_mtime_extra) + sizeof(inode.i_mtime_extra);
        if (EXT2_GOOD_OLD_INODE_SIZE + size_t(inode.i_extra_isize) >= extraEnd)
            seconds += qint64(inode.i_mtime_extra & EXT4_EPOCH_MASK) << 32;
        return seconds;
    }

    Status streamContent(ext2_ino_t ino, ext2_inode_large& inode, const QByteArray& path,
                         const ContentSink& sink)
    {
        const quint64 size = inodeSize(inode);
        if (size > quint64(std::numeric_limits<qint64>::max()))
            return Error{QStringLiteral("guest.corrupt_fs"),
                         Text::tr("Cannot read %1: its size is impossible.").arg(display(path))};
        if (inode.i_flags & EXT4_ENCRYPT_FL)
            return Error{
                QStringLiteral("guest.unsupported_file"),
                Text::tr("%1 is encrypted by the guest (fscrypt) and cannot be read.").arg(display(path))};
        ContentStream stream(*source, fs, qint64(size), sink, path);
        auto* raw = reinterpret_cast<ext2_inode*>(&inode);

        if (inode.i_flags & EXT4_INLINE_DATA_FL) {
            size_t length = 0;
            errcode_t error = ext2fs_inline_data_size(fs, ino, &length);
            if (error)
                return failure(error, Text::tr("Cannot read %1").arg(display(path)));
            QByteArray bytes(qsizetype(length), '\0');
            error = ext2fs_inline_data_get(fs, ino, raw, bytes.data(), &length);
            if (error)
                return failure(error, Text::tr("Cannot read %1").arg(display(path)));
            bytes.truncate(qsizetype(length));
            return stream.inlineData(bytes);
        }

        if (inode.i_flags & EXT4_EXTENTS_FL) {
            ext2_extent_handle_t handle = nullptr;
            errcode_t error = ext2fs_extent_open2(fs, ino, raw, &handle);
            if (error)
                return failure(error, Text::tr("Cannot read the block map of %1").arg(display(path)));
            const auto release = qScopeGuard([&] { ext2fs_extent_free(handle); });
            ext2fs_extent extent;
            int operation = EXT2_EXTENT_ROOT;
            while (!stream.done()) {
                error = ext2fs_extent_get(handle, operation, &extent);
                operation = EXT2_EXTENT_NEXT;
                if (error == EXT2_ET_EXTENT_NO_NEXT)
                    break;
                if (error)
                    return failure(error, Text::tr("Cannot read the block map of %1").arg(display(path)));
                if (!(extent.e_flags & EXT2_EXTENT_FLAGS_LEAF))
                    continue; // index nodes: their leaves follow
                const Status mapped = (extent.e_flags & EXT2_EXTENT_FLAGS_UNINIT)
                                          ? stream.unwritten(extent.e_lblk, extent.e_len)
                                          : stream.data(extent.e_lblk, extent.e_pblk, extent.e_len);
                if (!mapped)
                    return mapped;
            }
            return stream.finish();
        }

        IndirectWalk walk{&stream};
        const errcode_t error = ext2fs_block_iterate3(fs, ino, BLOCK_FLAG_READ_ONLY | BLOCK_FLAG_DATA_ONLY,
                                                      nullptr, indirectBlock, &walk);
        if (walk.status && !error)
            walk.flush();
        if (!walk.status)
            return walk.status;
        if (error)
            return failure(error, Text::tr("Cannot read the block map of %1").arg(display(path)));
        return stream.finish();
    }

    Result<QByteArray> linkTarget(ext2_ino_t ino, ext2_inode_large& inode, const QByteArray& path)
    {
        const quint64 size = inodeSize(inode);
        // The kernel keeps symlink targets within one block.
        if (size > quint64(fs->blocksize))
            return Error{QStringLiteral("guest.corrupt_fs"),
                         Text::tr("The symbolic link %1 claims an impossible length.").arg(display(path))};
        if (!(inode.i_flags & EXT4_INLINE_DATA_FL) &&
            ext2fs_is_fast_symlink(reinterpret_cast<ext2_inode*>(&inode)))
            return QByteArray(reinterpret_cast<const char*>(inode.i_block), qsizetype(size));
        QByteArray target;
        const Status read =
            streamContent(ino, inode, path, [&](qint64, const char* data, qint64 length, bool) {
                target.append(data, length);
                return success();
            });
        if (!read)
            return read.error();
        return target;
    }

    Result<FileEntry> entry(ext2_ino_t ino, const QByteArray& name, const QByteArray& path)
    {
        auto inode = readInode(ino, path);
        if (!inode)
            return inode.error();
        FileEntry entry;
        entry.name = name;
        entry.type = entryType(*inode);
        entry.size =
            qint64(std::min<quint64>(inodeSize(*inode), quint64(std::numeric_limits<qint64>::max())));
        entry.mtime = modificationTime(*inode);
        entry.mode = inode->i_mode & 07777;
        entry.uid = inode_uid(*inode);
        entry.gid = inode_gid(*inode);
        entry.inode = ino;
        if (entry.type == EntryType::Symlink) {
            auto target = linkTarget(ino, *inode, path);
            if (!target)
                return target.error();
            entry.linkTarget = *target;
        }
        return entry;
    }

    struct Resolved
    {
        ext2_ino_t ino;
        ext2_inode_large inode;
    };

    // Walks the path component by component: ext2fs_namei would follow symlinks.
    Result<Resolved> resolve(const QByteArray& path)
    {
        auto components = splitGuestPath(path);
        if (!components)
            return components.error();
        ext2_ino_t ino = EXT2_ROOT_INO;
        auto inode = readInode(ino, "/");
        if (!inode)
            return inode.error();
        QByteArray walked;
        for (const QByteArray& component : *components) {
            if (auto usable = requireDirectory(*inode, walked.isEmpty() ? QByteArray("/") : walked, path);
                !usable)
                return usable.error();
            walked += '/' + component;
            ext2_ino_t child = 0;
            const errcode_t error =
                ext2fs_lookup(fs, ino, component.constData(), int(component.size()), nullptr, &child);
            if (error == EXT2_ET_FILE_NOT_FOUND)
                return Error{QStringLiteral("guest.not_found"),
                             Text::tr("%1 does not exist in the guest file system.").arg(display(walked))};
            if (error)
                return failure(error, Text::tr("Cannot look up %1").arg(display(walked)));
            ino = child;
            inode = readInode(ino, walked);
            if (!inode)
                return inode.error();
        }
        return Resolved{ino, *inode};
    }

    // `at` is where the walk stands, `path` what was asked for.
    Status requireDirectory(const ext2_inode_large& inode, const QByteArray& at, const QByteArray& path)
    {
        if (isType(inode, LINUX_S_IFDIR))
            return success();
        if (isType(inode, LINUX_S_IFLNK))
            return Error{
                QStringLiteral("guest.bad_path"),
                Text::tr("%1 is a symbolic link; links are not followed in %2. Use the path it points to.")
                    .arg(display(at), display(path))};
        return Error{QStringLiteral("guest.not_a_directory"),
                     Text::tr("%1 is not a directory.").arg(display(at))};
    }

    Result<QVector<DirEntryRef>> entriesOf(ext2_ino_t ino, const QByteArray& path)
    {
        QVector<DirEntryRef> entries;
        const errcode_t error = ext2fs_dir_iterate2(fs, ino, 0, nullptr, collectEntry, &entries);
        if (error)
            return failure(error, Text::tr("Cannot read the directory %1").arg(display(path)));
        return entries;
    }
};

Ext4FileSystem::Ext4FileSystem(std::unique_ptr<Private> data)
    : d(std::move(data))
{}

Ext4FileSystem::~Ext4FileSystem() = default;

Result<std::unique_ptr<Ext4FileSystem>> Ext4FileSystem::open(std::shared_ptr<BlockSource> partition)
{
    if (!partition)
        return Error{QStringLiteral("guest.corrupt_fs"), Text::tr("No partition to open.")};
    QByteArray name;
    {
        QMutexLocker lock(&registry().mutex);
        name = "lifeboat-source-" + QByteArray::number(registry().next++);
        registry().sources.insert(name, partition);
    }
    const auto unregister = qScopeGuard([&] {
        QMutexLocker lock(&registry().mutex);
        registry().sources.remove(name);
    });

    auto d = std::make_unique<Private>();
    d->source = partition;
    const int flags = EXT2_FLAG_64BITS;
    errcode_t error = ext2fs_open2(name.constData(), nullptr, flags, 0, 0, sourceManager(), &d->fs);
    if (error == EXT2_ET_SB_CSUM_INVALID) {
        // A crash-consistent snapshot may catch the superblock between its update and its
        // checksum; reading is still worth more than refusing.
        qCWarning(lcGuest) << "ext superblock checksum mismatch; reading with checksums ignored";
        d->fs = nullptr;
        error = ext2fs_open2(name.constData(), nullptr, flags | EXT2_FLAG_IGNORE_CSUM_ERRORS, 0, 0,
                             sourceManager(), &d->fs);
    }
    if (error) {
        d->fs = nullptr;
        if (error == EXT2_ET_UNSUPP_FEATURE || error == EXT2_ET_REV_TOO_HIGH)
            return Error{
                QStringLiteral("guest.unsupported_fs"),
                Text::tr("This ext file system uses features that cannot be read: %1").arg(describe(error))};
        if (error == EXT2_ET_SHORT_READ)
            return Error{QStringLiteral("guest.read_failed"),
                         Text::tr("Cannot read the ext file system: %1").arg(describe(error))};
        return Error{QStringLiteral("guest.corrupt_fs"),
                     Text::tr("The ext file system is damaged: %1").arg(describe(error))};
    }
    // Like the kernel, refuse a file system larger than its partition (a truncated image):
    // otherwise it would open and fail file by file.
    const quint64 blocks = ext2fs_blocks_count(d->fs->super);
    if (blocks > quint64(partition->size()) / quint64(d->fs->blocksize))
        return Error{
            QStringLiteral("guest.corrupt_fs"),
            Text::tr("The ext file system claims %1 bytes but its partition has only %2; the disk image "
                     "is probably truncated.")
                .arg(blocks * quint64(d->fs->blocksize))
                .arg(partition->size())};
    if (ext2fs_has_feature_journal_needs_recovery(d->fs->super))
        qCInfo(lcGuest) << "ext journal needs recovery; reading the last checkpointed state";
    return std::unique_ptr<Ext4FileSystem>(new Ext4FileSystem(std::move(d)));
}

QString Ext4FileSystem::type() const
{
    const ext2_super_block* super = d->fs->super;
    return extFlavour(super->s_feature_compat, super->s_feature_incompat, super->s_feature_ro_compat);
}

QString Ext4FileSystem::label() const
{
    // Copied out because the field is declared nonstring: GCC 12 at -O2 refuses (with
    // -Werror) any string function Qt's inline code might call on it.
    const auto& field = d->fs->super->s_volume_name;
    char name[sizeof field + 1] = {};
    std::memcpy(name, field, sizeof field);
    return QString::fromUtf8(name, qsizetype(std::strlen(name)));
}

bool Ext4FileSystem::needsRecovery() const
{
    return ext2fs_has_feature_journal_needs_recovery(d->fs->super);
}

Result<FileEntry> Ext4FileSystem::stat(const QByteArray& path)
{
    QMutexLocker lock(&d->mutex);
    d->channel()->lastError.reset();
    auto resolved = d->resolve(path);
    if (!resolved)
        return resolved.error();
    QByteArray name = path.endsWith('/') ? path.chopped(1) : path;
    name = name.isEmpty() ? QByteArray("/") : name.mid(name.lastIndexOf('/') + 1);
    return d->entry(resolved->ino, name, path);
}

Result<QVector<FileEntry>> Ext4FileSystem::list(const QByteArray& directoryPath)
{
    QMutexLocker lock(&d->mutex);
    d->channel()->lastError.reset();
    auto resolved = d->resolve(directoryPath);
    if (!resolved)
        return resolved.error();
    if (auto usable = d->requireDirectory(resolved->inode, directoryPath, directoryPath); !usable)
        return usable.error();
    auto entries = d->entriesOf(resolved->ino, directoryPath);
    if (!entries)
        return entries.error();
    const QByteArray prefix = directoryPath.endsWith('/') ? directoryPath : QByteArray(directoryPath + '/');
    QVector<FileEntry> out;
    out.reserve(entries->size());
    for (const DirEntryRef& ref : *entries) {
        auto entry = d->entry(ref.inode, ref.name, prefix + ref.name);
        if (!entry)
            return entry.error();
        out.append(std::move(*entry));
    }
    return out;
}

Status Ext4FileSystem::readFile(const QByteArray& path, const ContentSink& sink)
{
    QMutexLocker lock(&d->mutex);
    d->channel()->lastError.reset();
    auto resolved = d->resolve(path);
    if (!resolved)
        return resolved.error();
    if (!isType(resolved->inode, LINUX_S_IFREG))
        return Error{QStringLiteral("guest.not_a_file"),
                     isType(resolved->inode, LINUX_S_IFLNK)
                         ? Text::tr("%1 is a symbolic link; links are not followed.").arg(display(path))
                         : Text::tr("%1 is not a regular file.").arg(display(path))};
    return d->streamContent(resolved->ino, resolved->inode, path, sink);
}

Status Ext4FileSystem::walk(const std::function<bool(const QByteArray& path, const FileEntry&)>& visit)
{
    QMutexLocker lock(&d->mutex);
    d->channel()->lastError.reset();
    struct Frame
    {
        QByteArray path;
        QVector<DirEntryRef> entries;
        qsizetype next = 0;
    };
    // An explicit stack: a deep (or hostile) tree must not exhaust the thread's stack.
    std::vector<Frame> stack;
    QSet<ext2_ino_t> entered{EXT2_ROOT_INO};
    auto root = d->entriesOf(EXT2_ROOT_INO, "/");
    if (!root)
        return root.error();
    stack.push_back(Frame{QByteArray("/"), std::move(*root)});
    while (!stack.empty()) {
        Frame& frame = stack.back();
        if (frame.next == frame.entries.size()) {
            stack.pop_back();
            continue;
        }
        const DirEntryRef ref = frame.entries[frame.next++];
        const QByteArray path =
            frame.path == "/" ? QByteArray('/' + ref.name) : QByteArray(frame.path + '/' + ref.name);
        auto entry = d->entry(ref.inode, ref.name, path);
        if (!entry)
            return entry.error();
        if (!visit(path, *entry))
            return success();
        if (entry->type != EntryType::Directory)
            continue;
        if (entered.contains(ref.inode)) {
            qCWarning(lcGuest) << "Directory inode" << ref.inode << "is linked more than once; not entering"
                               << path;
            continue;
        }
        entered.insert(ref.inode);
        auto children = d->entriesOf(ref.inode, path);
        if (!children)
            return children.error();
        stack.push_back(Frame{path, std::move(*children)}); // `frame` is not used past this point
    }
    return success();
}

} // namespace lifeboat::guest
