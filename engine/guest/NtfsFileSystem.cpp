#include "guest/NtfsFileSystem.h"

#include <QCoreApplication>
#include <QRecursiveMutex>
#include <QScopeGuard>
#include <QSet>
#include <QtEndian>
#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <limits>
#include <linux/fs.h>
#include <mutex>
#include <optional>
#include <sys/stat.h>
#include <time.h>
#include <vector>

// After Qt and the standard library: the C headers define short macros of their own.
// ntfstime.h defines struct timespec itself unless <sys/stat.h> and <time.h> came first.
extern "C" {
#include <ntfs-3g/attrib.h>
#include <ntfs-3g/device.h>
#include <ntfs-3g/dir.h>
#include <ntfs-3g/inode.h>
#include <ntfs-3g/layout.h>
#include <ntfs-3g/logfile.h>
#include <ntfs-3g/logging.h>
#include <ntfs-3g/runlist.h>
#include <ntfs-3g/types.h>
#include <ntfs-3g/unistr.h>
#include <ntfs-3g/volume.h>
}
// support.h defines these as macros, which would break std::min, std::max and
// numeric_limits below.
#undef min
#undef max

namespace lifeboat::guest {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(lifeboat::guest::NtfsFileSystem)
};

// Content is handed to sinks in pieces of this size at most.
constexpr qint64 kPiece = 1024 * 1024;
// 100-ns intervals between 1601-01-01 (NTFS) and 1970-01-01 (Unix).
constexpr qint64 kNtfsEpochOffset = qint64(369 * 365 + 89) * 24 * 3600 * 10000000;

QString display(const QByteArray& path)
{
    return QString::fromUtf8(path);
}

// ---- what libntfs-3g says -----------------------------------------------------------

// libntfs-3g reports why something failed only through its log; the last error of the
// calling thread is kept so the error returned can say it. Every instance runs its
// calls on the caller's thread under its own lock, so a thread-local is enough.
thread_local QString t_libraryError;

__attribute__((format(printf, 6, 0))) int logHandler(const char* function, const char*, int, u32 level, void*,
                                                     const char* format, va_list args)
{
    const int savedErrno = errno; // the library goes on using errno after logging
    char buffer[1024];
    va_list copy;
    va_copy(copy, args);
    const int length = std::vsnprintf(buffer, sizeof buffer, format, copy);
    va_end(copy);
    QString message = QString::fromUtf8(buffer).trimmed();
    if (level & NTFS_LOG_LEVEL_PERROR)
        message += QStringLiteral(": ") + qt_error_string(savedErrno);
    if (level & (NTFS_LOG_LEVEL_ERROR | NTFS_LOG_LEVEL_PERROR | NTFS_LOG_LEVEL_CRITICAL))
        t_libraryError = message;
    qCDebug(lcGuest).noquote() << "libntfs-3g:" << function << message;
    errno = savedErrno;
    return length;
}

void installLogHandler()
{
    static std::once_flag once;
    std::call_once(once, [] { ntfs_log_set_handler(logHandler); });
}

// ---- device: libntfs-3g reads through a BlockSource and can write nothing -------------

struct Device
{
    std::shared_ptr<BlockSource> source;
    qint64 position = 0;
    // What the source said when a read failed: libntfs-3g only passes on errno.
    std::optional<Error> lastError;
};

// support.h's clear_bit() mixes signed and unsigned; the same without the warning.
void clearBit(unsigned long& state, int bit)
{
    state &= ~(1UL << bit);
}

Device* deviceOf(struct ntfs_device* dev)
{
    return static_cast<Device*>(dev->d_private);
}

int deviceOpen(struct ntfs_device* dev, int flags)
{
    if ((flags & O_ACCMODE) != O_RDONLY) {
        errno = EROFS;
        return -1;
    }
    if (NDevOpen(dev)) {
        errno = EBUSY;
        return -1;
    }
    NDevSetOpen(dev);
    NDevSetReadOnly(dev);
    deviceOf(dev)->position = 0;
    return 0;
}

int deviceClose(struct ntfs_device* dev)
{
    if (!NDevOpen(dev)) {
        errno = EBADF;
        return -1;
    }
    clearBit(dev->d_state, ND_Open);
    return 0;
}

s64 devicePread(struct ntfs_device* dev, void* data, s64 count, s64 offset)
{
    if (count < 0 || offset < 0) {
        errno = EINVAL;
        return -1;
    }
    if (count == 0)
        return 0;
    Device* device = deviceOf(dev);
    const Status read = device->source->read(offset, static_cast<char*>(data), count);
    if (!read) {
        device->lastError = read.error();
        errno = EIO;
        return -1;
    }
    return count;
}

s64 deviceRead(struct ntfs_device* dev, void* data, s64 count)
{
    Device* device = deviceOf(dev);
    const s64 read = devicePread(dev, data, count, device->position);
    if (read > 0)
        device->position += read;
    return read;
}

s64 deviceSeek(struct ntfs_device* dev, s64 offset, int whence)
{
    Device* device = deviceOf(dev);
    qint64 base = 0;
    switch (whence) {
    case SEEK_SET:
        break;
    case SEEK_CUR:
        base = device->position;
        break;
    case SEEK_END:
        base = device->source->size();
        break;
    default:
        errno = EINVAL;
        return -1;
    }
    if ((offset > 0 && base > std::numeric_limits<qint64>::max() - offset) || base + offset < 0) {
        errno = EINVAL;
        return -1;
    }
    device->position = base + offset;
    return device->position;
}

s64 refuseWrite(struct ntfs_device*, const void*, s64)
{
    errno = EROFS;
    return -1;
}

s64 refusePwrite(struct ntfs_device*, const void*, s64, s64)
{
    errno = EROFS;
    return -1;
}

int deviceSync(struct ntfs_device*)
{
    return 0; // nothing was written, so nothing needs to reach the source
}

int deviceStat(struct ntfs_device* dev, struct stat* buffer)
{
    std::memset(buffer, 0, sizeof *buffer);
    buffer->st_mode = S_IFREG | 0444;
    buffer->st_size = deviceOf(dev)->source->size();
    buffer->st_blksize = 512;
    return 0;
}

int deviceIoctl(struct ntfs_device* dev, unsigned long request, void* argument)
{
    const qint64 size = deviceOf(dev)->source->size();
    if (request == BLKGETSIZE64) {
        *static_cast<u64*>(argument) = u64(size);
        return 0;
    }
    if (request == BLKGETSIZE) {
        *static_cast<unsigned long*>(argument) = static_cast<unsigned long>(size / 512);
        return 0;
    }
    if (request == BLKSSZGET) {
        *static_cast<int*>(argument) = 512; // the sector size Partitions.h reads disks with
        return 0;
    }
    if (request == BLKBSZSET)
        return 0; // a hint for real block devices only
    errno = ENOTTY;
    return -1;
}

struct ntfs_device_operations* deviceOperations()
{
    static struct ntfs_device_operations operations = [] {
        struct ntfs_device_operations ops
        {
        };
        ops.open = deviceOpen;
        ops.close = deviceClose;
        ops.seek = deviceSeek;
        ops.read = deviceRead;
        ops.write = refuseWrite;
        ops.pread = devicePread;
        ops.pwrite = refusePwrite;
        ops.sync = deviceSync;
        ops.stat = deviceStat;
        ops.ioctl = deviceIoctl;
        return ops;
    }();
    return &operations;
}

// ---- names -------------------------------------------------------------------------

// UTF-16 from the disk as UTF-8. libntfs-3g keeps unpaired surrogates (legal in NTFS
// names) as their three-byte forms, and ntfs_mbstoucs() takes those back, so every name
// listed can be looked up again. Empty when the name cannot be converted at all.
QByteArray utf8Name(const ntfschar* name, int length)
{
    if (length <= 0)
        return {};
    char* converted = nullptr;
    const int size = ntfs_ucstombs(name, length, &converted, 0);
    QByteArray out;
    if (size > 0 && converted)
        out = QByteArray(converted, size);
    std::free(converted);
    return out;
}

// Little-endian UTF-16 at an arbitrary (possibly odd) offset of a buffer.
QByteArray utf8FromBytes(const QByteArray& bytes, qsizetype offset, qsizetype byteLength)
{
    if (offset < 0 || byteLength <= 0 || byteLength % 2 || offset > bytes.size() - byteLength)
        return {};
    std::vector<ntfschar> units(size_t(byteLength / 2));
    std::memcpy(units.data(), bytes.constData() + offset, size_t(byteLength));
    return utf8Name(units.data(), int(units.size()));
}

// A Windows link target with "/" for "\" and without the NT namespace prefix "\??\".
QByteArray windowsTarget(QByteArray target)
{
    if (target.startsWith("\\??\\"))
        target.remove(0, 4);
    target.replace('\\', '/');
    return target;
}

bool isDotName(const ntfschar* name, int length)
{
    const auto dot = [&](int i) {
        return le16_to_cpu(name[i]) == '.';
    };
    return (length == 1 && dot(0)) || (length == 2 && dot(0) && dot(1));
}

struct DirEntryRef
{
    QByteArray name;
    MFT_REF mref;
};

int collectEntry(void* context, const ntfschar* name, const int nameLength, const int nameType, const s64,
                 const MFT_REF mref, const unsigned)
{
    auto* entries = static_cast<QVector<DirEntryRef>*>(context);
    // A DOS 8.3 name is a second index entry for a file listed under its long name.
    if (nameType == FILE_NAME_DOS || isDotName(name, nameLength))
        return 0;
    // The metafiles ($MFT, $Bitmap, $Extend, …) and the root's reference to itself.
    if (MREF(mref) < FILE_first_user)
        return 0;
    const QByteArray utf8 = utf8Name(name, nameLength);
    if (utf8.isEmpty() || utf8.contains('/') || utf8.contains('\0')) {
        // No path can name such an entry; listing it would only produce a path that
        // resolves to something else.
        qCWarning(lcGuest) << "Skipping an NTFS directory entry with an impossible name, MFT record"
                           << MREF(mref);
        return 0;
    }
    entries->append(DirEntryRef{utf8, mref});
    return 0;
}

// ---- types -------------------------------------------------------------------------

struct InodeCloser
{
    void operator()(ntfs_inode* ni) const
    {
        if (ni)
            ntfs_inode_close(ni);
    }
};
using Inode = std::unique_ptr<ntfs_inode, InodeCloser>;

struct AttrCloser
{
    void operator()(ntfs_attr* na) const
    {
        if (na)
            ntfs_attr_close(na);
    }
};
using Attr = std::unique_ptr<ntfs_attr, AttrCloser>;

struct Kind
{
    EntryType type = EntryType::File;
    QByteArray target;
    // A file behind a reparse point whose $DATA does not hold its content.
    quint32 unreadableTag = 0;
};

constexpr quint32 kTagNameSurrogate = 0x20000000;
constexpr quint32 kTagSymlink = 0xA000000C;
constexpr quint32 kTagMountPoint = 0xA0000003;
constexpr quint32 kTagWslSymlink = 0xA000001D;
constexpr quint32 kTagWof = 0x80000017;
constexpr quint32 kTagDedup = 0x80000013;
constexpr quint32 kTagCloudMask = 0xFFFF0FFF;
constexpr quint32 kTagCloud = 0x9000001A;

Kind fromReparseData(const QByteArray& data, bool directory)
{
    Kind other{EntryType::Other, {}, 0};
    if (data.size() < 8)
        return other;
    const quint32 tag = qFromLittleEndian<quint32>(data.constData());
    const qsizetype length =
        std::min<qsizetype>(qFromLittleEndian<quint16>(data.constData() + 4), data.size() - 8);
    const QByteArray payload = data.mid(8, length);
    const auto le16 = [&](qsizetype offset) {
        return qsizetype(qFromLittleEndian<quint16>(payload.constData() + offset));
    };

    if (tag == kTagSymlink || tag == kTagMountPoint) {
        // Substitute name and print name (offsets into the path buffer), then for
        // symbolic links a flags word; the buffer follows.
        const qsizetype buffer = tag == kTagSymlink ? 12 : 8;
        if (payload.size() < buffer)
            return other;
        QByteArray target = utf8FromBytes(payload, buffer + le16(4), le16(6)); // print name
        if (target.isEmpty())
            target = utf8FromBytes(payload, buffer + le16(0), le16(2)); // substitute name
        if (target.isEmpty())
            return other;
        return Kind{EntryType::Symlink, windowsTarget(target), 0};
    }
    if (tag == kTagWslSymlink) {
        // A format version word, then the target in UTF-8.
        if (payload.size() <= 4)
            return other;
        return Kind{EntryType::Symlink, payload.mid(4), 0};
    }
    // Other name surrogates (they stand for another file) and WSL FIFOs, sockets and
    // devices (non-surrogates whose tags say what they are).
    if ((tag & kTagNameSurrogate) || (tag >= 0x80000023 && tag <= 0x80000026))
        return other;
    // Reparse points that keep the name's own content somewhere else: a directory still
    // lists its entries (OneDrive folders are like this), a file's $DATA may be a stub.
    if (directory)
        return Kind{EntryType::Directory, {}, 0};
    return Kind{EntryType::File, {}, tag};
}

QString unreadableReason(quint32 tag)
{
    if (tag == kTagWof)
        return Text::tr("it is compressed with Windows system compression (Compact OS), which cannot be "
                        "read");
    if (tag == kTagDedup)
        return Text::tr("it is stored by Windows Data Deduplication, whose chunk store cannot be read");
    if ((tag & kTagCloudMask) == kTagCloud)
        return Text::tr("it is a cloud file placeholder (e.g. OneDrive) whose content may not be on this "
                        "disk");
    return Text::tr("it is a reparse point (tag 0x%1) whose content is not stored in the file itself")
        .arg(tag, 8, 16, QLatin1Char('0'));
}

struct Range
{
    qint64 start;
    qint64 end;
    bool hole;
};

} // namespace

// ---- the file system -----------------------------------------------------------------

struct NtfsFileSystem::Private
{
    std::shared_ptr<BlockSource> source;
    std::unique_ptr<Device> device;
    struct ntfs_device* dev = nullptr;
    ntfs_volume* vol = nullptr;
    bool dirty = false;
    bool logUnclean = false;
    bool hibernated = false;
    // Recursive so a sink or walk callback may call back into the same file system.
    QRecursiveMutex mutex;

    ~Private()
    {
        if (vol)
            ntfs_umount(vol, FALSE); // also frees dev; a read-only volume writes nothing
        else if (dev)
            ntfs_device_free(dev);
    }

    void beginCall()
    {
        device->lastError.reset();
        t_libraryError.clear();
    }

    // A libntfs-3g failure; when the source failed underneath, its own message says more.
    Error failure(const QString& what, int error)
    {
        if (auto& read = device->lastError) {
            Error out{QStringLiteral("guest.read_failed"), Text::tr("%1: %2").arg(what, read->message)};
            read.reset();
            return out;
        }
        QString why = qt_error_string(error);
        if (!t_libraryError.isEmpty())
            why = t_libraryError.contains(why)
                      ? t_libraryError
                      : t_libraryError + QStringLiteral(" (") + why + QLatin1Char(')');
        t_libraryError.clear();
        return Error{QStringLiteral("guest.corrupt_fs"), Text::tr("%1: %2").arg(what, why)};
    }

    Error corrupt(const QByteArray& path, const QString& why) const
    {
        return Error{QStringLiteral("guest.corrupt_fs"),
                     Text::tr("Cannot read %1: %2.").arg(display(path), why)};
    }

    Result<Inode> openInode(MFT_REF mref, const QByteArray& path)
    {
        // The full reference: a sequence number that no longer matches the record means
        // the directory entry is stale, which libntfs-3g refuses.
        Inode ni(ntfs_inode_open(vol, mref));
        if (!ni)
            return failure(Text::tr("Cannot read the MFT record of %1").arg(display(path)), errno);
        return ni;
    }

    Result<Kind> classify(ntfs_inode* ni, const QByteArray& path)
    {
        const bool directory = ni->mrec->flags & MFT_RECORD_IS_DIRECTORY;
        if (ni->flags & FILE_ATTR_REPARSE_POINT) {
            s64 size = 0;
            void* raw = ntfs_attr_readall(ni, AT_REPARSE_POINT, AT_UNNAMED, 0, &size);
            if (raw) {
                const QByteArray data(static_cast<const char*>(raw), qsizetype(std::max<s64>(size, 0)));
                std::free(raw);
                return fromReparseData(data, directory);
            }
            if (errno != ENOENT)
                return failure(Text::tr("Cannot read the reparse point of %1").arg(display(path)), errno);
            // The flag without the attribute: an interrupted change; read it as it is.
        }
        if (directory)
            return Kind{EntryType::Directory, {}, 0};
        // Interix (Services for UNIX) and older ntfs-3g special files: system files
        // whose content says what they are, as ntfs_interix_types() reads them.
        if (ni->flags & FILE_ATTR_SYSTEM) {
            Attr na(ntfs_attr_open(ni, AT_DATA, AT_UNNAMED, 0));
            if (na && na->data_size <= 1 && !(ni->flags & FILE_ATTR_HIDDEN))
                return Kind{EntryType::Other, {}, 0}; // FIFO (empty) or socket (one byte)
            if (na && na->data_size >= 8 && na->data_size <= 8 + 2 * 4096) {
                QByteArray content(qsizetype(na->data_size), '\0');
                if (ntfs_attr_pread(na.get(), 0, na->data_size, content.data()) == na->data_size) {
                    if (content.startsWith(QByteArray("IntxLNK\1", 8))) {
                        const QByteArray target =
                            utf8FromBytes(content, 8, (content.size() - 8) & ~qsizetype(1));
                        return target.isEmpty() ? Kind{EntryType::Other, {}, 0}
                                                : Kind{EntryType::Symlink, target, 0};
                    }
                    if (content.startsWith(QByteArray("IntxBLK\0", 8)) ||
                        content.startsWith(QByteArray("IntxCHR\0", 8)))
                        return Kind{EntryType::Other, {}, 0};
                } else if (device->lastError) {
                    return failure(Text::tr("Cannot read %1").arg(display(path)), errno);
                }
            }
        }
        return Kind{EntryType::File, {}, 0};
    }

    static qint64 unixTime(ntfs_time time)
    {
        const qint64 ticks = sle64_to_cpu(time) - kNtfsEpochOffset;
        // Floor division: times before 1970 stay in the second they belong to.
        return ticks >= 0 ? ticks / 10000000 : -((-ticks + 9999999) / 10000000);
    }

    Result<FileEntry> entryOf(ntfs_inode* ni, const QByteArray& name, const QByteArray& path)
    {
        auto kind = classify(ni, path);
        if (!kind)
            return kind.error();
        FileEntry entry;
        entry.name = name;
        entry.type = kind->type;
        entry.mtime = unixTime(ni->last_data_change_time);
        entry.inode = ni->mft_no;
        const bool readOnly = ni->flags & FILE_ATTR_READONLY;
        switch (entry.type) {
        case EntryType::File:
            entry.size = std::max<qint64>(ni->data_size, 0);
            entry.mode = readOnly ? 0444 : 0644;
            break;
        case EntryType::Directory:
            entry.mode = 0755;
            break;
        case EntryType::Symlink:
            entry.linkTarget = kind->target;
            entry.size = kind->target.size();
            entry.mode = 0777;
            break;
        case EntryType::Other:
            entry.mode = readOnly ? 0444 : 0644;
            break;
        }
        return entry;
    }

    Result<FileEntry> entry(MFT_REF mref, const QByteArray& name, const QByteArray& path)
    {
        auto ni = openInode(mref, path);
        if (!ni)
            return ni.error();
        return entryOf(ni->get(), name, path);
    }

    // `at` is where the walk stands, `path` what was asked for.
    Status requireDirectory(const Kind& kind, const QByteArray& at, const QByteArray& path)
    {
        if (kind.type == EntryType::Directory)
            return success();
        if (kind.type == EntryType::Symlink)
            return Error{QStringLiteral("guest.bad_path"),
                         Text::tr("%1 is a symbolic link or junction; links are not followed in %2. Use the "
                                  "path it points to.")
                             .arg(display(at), display(path))};
        return Error{QStringLiteral("guest.not_a_directory"),
                     Text::tr("%1 is not a directory.").arg(display(at))};
    }

    Result<MFT_REF> lookup(ntfs_inode* dir, const QByteArray& component, const QByteArray& walked)
    {
        const Error missing{QStringLiteral("guest.not_found"),
                            Text::tr("%1 does not exist in the guest file system.").arg(display(walked))};
        ntfschar* name = nullptr;
        const int length = ntfs_mbstoucs(component.constData(), &name);
        const auto release = qScopeGuard([&] { std::free(name); });
        if (length <= 0 || length > NTFS_MAX_NAME_LEN)
            return missing; // no NTFS name converts to these bytes
        u64 mref = ntfs_inode_lookup_by_name(dir, name, length);
        if (mref == u64(-1) && errno == ENOENT) {
            // Windows resolves names ignoring case; the exact name was tried first so a
            // listed name always finds its own entry.
            clearBit(vol->state, NV_CaseSensitive);
            mref = ntfs_inode_lookup_by_name(dir, name, length);
            const int error = errno;
            NVolSetCaseSensitive(vol);
            errno = error;
        }
        if (mref == u64(-1)) {
            if (errno == ENOENT)
                return missing;
            return failure(Text::tr("Cannot look up %1").arg(display(walked)), errno);
        }
        if (MREF(mref) < FILE_first_user)
            return missing; // a metafile of the root: not presented
        return MFT_REF(mref);
    }

    struct Resolved
    {
        Inode ni;
        Kind kind;
    };

    // Walks the path component by component: ntfs_pathname_to_inode would go through
    // junctions and symbolic links.
    Result<Resolved> resolve(const QByteArray& path)
    {
        auto components = splitGuestPath(path);
        if (!components)
            return components.error();
        auto ni = openInode(FILE_root, "/");
        if (!ni)
            return ni.error();
        auto kind = classify(ni->get(), "/");
        if (!kind)
            return kind.error();
        Inode current = std::move(*ni);
        QByteArray walked;
        for (const QByteArray& component : *components) {
            if (auto usable = requireDirectory(*kind, walked.isEmpty() ? QByteArray("/") : walked, path);
                !usable)
                return usable.error();
            walked += '/' + component;
            auto mref = lookup(current.get(), component, walked);
            if (!mref)
                return mref.error();
            auto child = openInode(*mref, walked);
            if (!child)
                return child.error();
            current = std::move(*child);
            kind = classify(current.get(), walked);
            if (!kind)
                return kind.error();
        }
        return Resolved{std::move(current), std::move(*kind)};
    }

    Result<QVector<DirEntryRef>> entriesOf(ntfs_inode* dir, const QByteArray& path)
    {
        QVector<DirEntryRef> entries;
        s64 position = 0;
        if (ntfs_readdir(dir, &position, &entries, collectEntry))
            return failure(Text::tr("Cannot read the directory %1").arg(display(path)), errno);
        return entries;
    }

    Result<QVector<DirEntryRef>> entriesOf(MFT_REF mref, const QByteArray& path)
    {
        auto ni = openInode(mref, path);
        if (!ni)
            return ni.error();
        return entriesOf(ni->get(), path);
    }

    // Turns an entry that cannot be opened into a warning unless the disk itself failed:
    // a crash-consistent snapshot may hold index entries of files being deleted.
    static bool skippable(const Error& error) { return error.code == QLatin1String("guest.corrupt_fs"); }

    // Where the unnamed $DATA keeps data and where it has holes, in file offsets.
    Result<QVector<Range>> layout(ntfs_attr* na, const QByteArray& path)
    {
        const qint64 size = na->data_size;
        const qint64 initialized = std::clamp<qint64>(na->initialized_size, 0, size);
        QVector<Range> out;
        const auto push = [&](qint64 start, qint64 end, bool hole) {
            if (start >= end)
                return;
            if (!out.isEmpty() && out.last().hole == hole && out.last().end == start)
                out.last().end = end;
            else
                out.append(Range{start, end, hole});
        };
        // Past the initialized size the attribute reads as zeros: allocated, never written.
        const auto add = [&](qint64 start, qint64 end, bool hole) {
            start = std::min(start, size);
            end = std::min(end, size);
            if (!hole && end > initialized) {
                push(start, std::min(end, initialized), false);
                push(std::max(start, initialized), end, true);
                return;
            }
            push(start, end, hole);
        };
        if (!NAttrNonResident(na)) {
            add(0, size, false);
            return out;
        }
        if (ntfs_attr_map_whole_runlist(na))
            return failure(Text::tr("Cannot read the run list of %1").arg(display(path)), errno);
        const int bits = vol->cluster_size_bits;
        const qint64 maxVcn = std::numeric_limits<qint64>::max() >> bits;
        struct Run
        {
            qint64 vcn;
            qint64 length;
            bool hole;
        };
        std::vector<Run> runs;
        qint64 next = 0;
        for (const runlist_element* rl = na->rl; rl && rl->length; ++rl) {
            if (rl->vcn != next || rl->length < 0 || rl->vcn > maxVcn - rl->length)
                return corrupt(path, Text::tr("its run list is out of order"));
            if (rl->lcn != LCN_HOLE &&
                (rl->lcn < 0 || rl->lcn > vol->nr_clusters || rl->length > vol->nr_clusters - rl->lcn))
                return corrupt(path, Text::tr("its data points outside the file system"));
            runs.push_back(Run{rl->vcn, rl->length, rl->lcn == LCN_HOLE});
            next = rl->vcn + rl->length;
            if ((next << bits) >= size)
                break;
        }
        if ((next << bits) < size)
            return corrupt(path, Text::tr("its run list ends before its data"));

        const qint64 unit = na->compression_block_clusters;
        if ((na->data_flags & ATTR_COMPRESSION_MASK) && unit > 0) {
            // Compressed: a compression unit keeps its data in its first clusters and
            // pads with sparse ones, so only a unit that is sparse throughout is a hole.
            size_t first = 0;
            for (qint64 vcn = 0; (vcn << bits) < size; vcn += unit) {
                while (first < runs.size() && runs[first].vcn + runs[first].length <= vcn)
                    ++first;
                bool hole = true;
                for (size_t i = first; i < runs.size() && runs[i].vcn < vcn + unit && hole; ++i)
                    hole = runs[i].hole;
                add(vcn << bits, std::min(vcn + unit, maxVcn) << bits, hole);
            }
            return out;
        }
        for (const Run& run : runs)
            add(run.vcn << bits, (run.vcn + run.length) << bits, run.hole);
        return out;
    }

    Status streamContent(ntfs_inode* ni, const QByteArray& path, const ContentSink& sink)
    {
        if (ni->flags & FILE_ATTR_ENCRYPTED)
            return encrypted(path);
        Attr na(ntfs_attr_open(ni, AT_DATA, AT_UNNAMED, 0));
        if (!na) {
            if (errno == ENOENT && !device->lastError)
                return success(); // no $DATA at all: an empty file
            return failure(Text::tr("Cannot open the content of %1").arg(display(path)), errno);
        }
        if (na->data_size < 0)
            return corrupt(path, Text::tr("its size is impossible"));
        auto ranges = layout(na.get(), path);
        if (!ranges)
            return ranges.error();
        static const QByteArray zeros(kPiece, '\0');
        QByteArray buffer;
        for (const Range& range : *ranges) {
            for (qint64 position = range.start; position < range.end;) {
                const qint64 length = std::min(kPiece, range.end - position);
                if (range.hole) {
                    if (auto sent = sink(position, zeros.constData(), length, true); !sent)
                        return sent;
                } else {
                    if (buffer.isEmpty())
                        buffer.resize(kPiece);
                    const s64 read = ntfs_attr_pread(na.get(), position, length, buffer.data());
                    if (read != length) {
                        if (read >= 0 && !device->lastError)
                            return corrupt(path, Text::tr("its data ends early"));
                        return failure(Text::tr("Cannot read %1").arg(display(path)), errno);
                    }
                    if (auto sent = sink(position, buffer.constData(), length, false); !sent)
                        return sent;
                }
                position += length;
            }
        }
        return success();
    }

    static Error encrypted(const QByteArray& path)
    {
        return Error{QStringLiteral("guest.unsupported_file"),
                     Text::tr("%1 is encrypted by Windows (EFS) and cannot be read.").arg(display(path))};
    }

    // Read-only checks of how Windows left the volume.
    void inspectState()
    {
        dirty = vol->flags & VOLUME_IS_DIRTY;
        if (Inode log{ntfs_inode_open(vol, FILE_LogFile)}) {
            if (Attr na{ntfs_attr_open(log.get(), AT_DATA, AT_UNNAMED, 0)}) {
                RESTART_PAGE_HEADER* restart = nullptr;
                logUnclean =
                    !ntfs_check_logfile(na.get(), &restart) || !ntfs_is_logfile_clean(na.get(), restart);
                std::free(restart);
            }
        }
        // Windows writes "hibr" (or "HIBR", "rstr" while resuming) at the start of
        // hiberfil.sys when it hibernates, Fast Startup included.
        auto root = openInode(FILE_root, "/");
        if (root) {
            auto mref = lookup(root->get(), "hiberfil.sys", "/hiberfil.sys");
            if (mref) {
                if (Inode ni{ntfs_inode_open(vol, *mref)}) {
                    if (Attr na{ntfs_attr_open(ni.get(), AT_DATA, AT_UNNAMED, 0)}) {
                        char magic[4] = {};
                        if (na->data_size >= 4 && ntfs_attr_pread(na.get(), 0, 4, magic) == 4) {
                            const QByteArray head = QByteArray(magic, 4).toLower();
                            hibernated = head == "hibr" || head == "rstr";
                        }
                    }
                }
            }
        }
        beginCall(); // nothing above is worth reporting later
    }
};

NtfsFileSystem::NtfsFileSystem(std::unique_ptr<Private> data)
    : d(std::move(data))
{}

NtfsFileSystem::~NtfsFileSystem() = default;

Result<std::unique_ptr<NtfsFileSystem>> NtfsFileSystem::open(std::shared_ptr<BlockSource> partition)
{
    if (!partition)
        return Error{QStringLiteral("guest.corrupt_fs"), Text::tr("No partition to open.")};

    // Like the kernel, refuse a file system larger than its partition (a truncated image):
    // otherwise it would open and fail file by file.
    char boot[512];
    if (partition->size() < qint64(sizeof boot))
        return Error{QStringLiteral("guest.corrupt_fs"), Text::tr("The partition is too small for NTFS.")};
    if (auto read = partition->read(0, boot, sizeof boot); !read)
        return Error{QStringLiteral("guest.read_failed"),
                     Text::tr("Cannot read the NTFS boot sector: %1").arg(read.error().message)};
    const quint64 sectorSize = qFromLittleEndian<quint16>(boot + 0x0B);
    const quint64 sectors = qFromLittleEndian<quint64>(boot + 0x28);
    if (sectorSize >= 256 && sectorSize <= 4096 && !(sectorSize & (sectorSize - 1)) &&
        sectors > quint64(partition->size()) / sectorSize)
        return Error{QStringLiteral("guest.corrupt_fs"),
                     Text::tr("The NTFS file system claims %1 bytes but its partition has only %2; the disk "
                              "image is probably truncated.")
                         .arg(sectors > std::numeric_limits<quint64>::max() / sectorSize
                                  ? sectors
                                  : sectors * sectorSize)
                         .arg(partition->size())};

    installLogHandler();
    auto d = std::make_unique<Private>();
    d->source = partition;
    d->device = std::make_unique<Device>(Device{partition, 0, {}});
    d->dev = ntfs_device_alloc("lifeboat-blocksource", 0, deviceOperations(), d->device.get());
    if (!d->dev)
        return Error{QStringLiteral("guest.corrupt_fs"), Text::tr("Cannot open NTFS: out of memory.")};
    d->beginCall();
    d->vol = ntfs_device_mount(d->dev, NTFS_MNT_RDONLY);
    if (!d->vol) {
        const int error = errno;
        if (error == EINVAL && !d->device->lastError)
            return Error{QStringLiteral("guest.corrupt_fs"),
                         Text::tr("The NTFS boot sector is not valid: %1")
                             .arg(t_libraryError.isEmpty() ? qt_error_string(error) : t_libraryError)};
        return d->failure(Text::tr("The NTFS file system cannot be opened"), error);
    }
    if (ntfs_version_is_supported(d->vol))
        return Error{
            QStringLiteral("guest.unsupported_fs"),
            Text::tr("NTFS version %1.%2 is not supported.").arg(d->vol->major_ver).arg(d->vol->minor_ver)};
    // Every name as it is on disk (not lowercased), hidden files included, metafiles not.
    NVolSetCaseSensitive(d->vol);
    ntfs_set_shown_files(d->vol, FALSE, TRUE, FALSE);
    d->inspectState();
    if (d->dirty || d->logUnclean || d->hibernated)
        qCInfo(lcGuest) << "NTFS volume was not cleanly shut down (dirty" << d->dirty << "journal"
                        << d->logUnclean << "hibernated" << d->hibernated
                        << "); reading the last checkpointed state";
    return std::unique_ptr<NtfsFileSystem>(new NtfsFileSystem(std::move(d)));
}

QString NtfsFileSystem::type() const
{
    return QStringLiteral("ntfs");
}

QString NtfsFileSystem::label() const
{
    return d->vol->vol_name ? QString::fromUtf8(d->vol->vol_name) : QString();
}

bool NtfsFileSystem::needsRecovery() const
{
    return d->dirty || d->logUnclean || d->hibernated;
}

bool NtfsFileSystem::hibernated() const
{
    return d->hibernated;
}

Result<FileEntry> NtfsFileSystem::stat(const QByteArray& path)
{
    QMutexLocker lock(&d->mutex);
    d->beginCall();
    auto resolved = d->resolve(path);
    if (!resolved)
        return resolved.error();
    QByteArray name = path.endsWith('/') ? path.chopped(1) : path;
    name = name.isEmpty() ? QByteArray("/") : name.mid(name.lastIndexOf('/') + 1);
    return d->entryOf(resolved->ni.get(), name, path);
}

Result<QVector<FileEntry>> NtfsFileSystem::list(const QByteArray& directoryPath)
{
    QMutexLocker lock(&d->mutex);
    d->beginCall();
    auto resolved = d->resolve(directoryPath);
    if (!resolved)
        return resolved.error();
    if (auto usable = d->requireDirectory(resolved->kind, directoryPath, directoryPath); !usable)
        return usable.error();
    auto entries = d->entriesOf(resolved->ni.get(), directoryPath);
    if (!entries)
        return entries.error();
    resolved->ni.reset();
    const QByteArray prefix = directoryPath.endsWith('/') ? directoryPath : QByteArray(directoryPath + '/');
    QVector<FileEntry> out;
    out.reserve(entries->size());
    for (const DirEntryRef& ref : std::as_const(*entries)) {
        auto entry = d->entry(ref.mref, ref.name, prefix + ref.name);
        if (!entry) {
            if (!Private::skippable(entry.error()))
                return entry.error();
            qCWarning(lcGuest).noquote() << "Skipping an unreadable NTFS entry:" << entry.error().message;
            continue;
        }
        out.append(std::move(*entry));
    }
    return out;
}

Status NtfsFileSystem::readFile(const QByteArray& path, const ContentSink& sink)
{
    QMutexLocker lock(&d->mutex);
    d->beginCall();
    auto resolved = d->resolve(path);
    if (!resolved)
        return resolved.error();
    switch (resolved->kind.type) {
    case EntryType::File:
        break;
    case EntryType::Symlink:
        return Error{QStringLiteral("guest.not_a_file"),
                     Text::tr("%1 is a symbolic link; links are not followed.").arg(display(path))};
    case EntryType::Directory:
    case EntryType::Other:
        return Error{QStringLiteral("guest.not_a_file"),
                     Text::tr("%1 is not a regular file.").arg(display(path))};
    }
    if (resolved->kind.unreadableTag)
        return Error{QStringLiteral("guest.unsupported_file"),
                     Text::tr("%1 cannot be read: %2.")
                         .arg(display(path), unreadableReason(resolved->kind.unreadableTag))};
    return d->streamContent(resolved->ni.get(), path, sink);
}

Status NtfsFileSystem::walk(const std::function<bool(const QByteArray& path, const FileEntry&)>& visit)
{
    QMutexLocker lock(&d->mutex);
    d->beginCall();
    struct Frame
    {
        QByteArray path;
        QVector<DirEntryRef> entries;
        qsizetype next = 0;
    };
    // An explicit stack: a deep (or hostile) tree must not exhaust the thread's stack.
    std::vector<Frame> stack;
    QSet<quint64> entered{FILE_root};
    auto root = d->entriesOf(FILE_root, "/");
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
        auto entry = d->entry(ref.mref, ref.name, path);
        if (!entry) {
            if (!Private::skippable(entry.error()))
                return entry.error();
            qCWarning(lcGuest).noquote() << "Skipping an unreadable NTFS entry:" << entry.error().message;
            continue;
        }
        if (!visit(path, *entry))
            return success();
        if (entry->type != EntryType::Directory)
            continue;
        const quint64 number = MREF(ref.mref);
        if (entered.contains(number)) {
            qCWarning(lcGuest) << "NTFS directory" << number << "is linked more than once; not entering"
                               << path;
            continue;
        }
        entered.insert(number);
        auto children = d->entriesOf(ref.mref, path);
        if (!children) {
            if (!Private::skippable(children.error()))
                return children.error();
            qCWarning(lcGuest).noquote()
                << "Skipping an unreadable NTFS directory:" << children.error().message;
            continue;
        }
        stack.push_back(Frame{path, std::move(*children)}); // `frame` is not used past this point
    }
    return success();
}

} // namespace lifeboat::guest
