#pragma once

#include "core/Result.h"
#include "guest/BlockSource.h"

#include <QByteArray>
#include <QLoggingCategory>
#include <QString>
#include <QVector>
#include <functional>
#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcGuest)

namespace lifeboat::guest {

enum class EntryType
{
    File,
    Directory,
    Symlink,
    Other // devices, FIFOs, sockets: listed, never read
};

struct FileEntry
{
    QByteArray name; // raw bytes as on disk: guests are not obliged to use UTF-8
    EntryType type = EntryType::Other;
    qint64 size = 0;
    qint64 mtime = 0; // unix seconds
    quint32 mode = 0; // permission bits including setuid, setgid and sticky; no type bits
    quint32 uid = 0;
    quint32 gid = 0;
    QByteArray linkTarget; // symlinks only, raw bytes
    quint64 inode = 0;
};

// A file system inside a backed-up disk, read-only. Paths are absolute guest paths in raw
// bytes ("/" is the root). They are taken literally: ".", ".." and empty components are
// refused with "guest.bad_path" rather than resolved, and symlinks are never followed, so
// a hostile guest cannot steer a lookup outside the path the user asked for.
class GuestFileSystem
{
public:
    virtual ~GuestFileSystem() = default;
    virtual QString type() const = 0; // "ext4", "ext3", "ext2", …
    virtual QString label() const = 0;

    // A symlink is reported as itself; one in the middle of the path is "guest.bad_path".
    virtual Result<FileEntry> stat(const QByteArray& path) = 0;
    // Entries in directory order, without "." and "..".
    virtual Result<QVector<FileEntry>> list(const QByteArray& directoryPath) = 0;

    using ContentSink = std::function<Status(qint64 offset, const char* data, qint64 length, bool hole)>;
    // Streams a regular file's content in order, in pieces of at most 1 MiB. Holes (and
    // allocated but unwritten areas) arrive as zeros flagged `hole`, so a writer can keep
    // them sparse. An error from the sink stops the read and is returned.
    virtual Status readFile(const QByteArray& path, const ContentSink& sink) = 0;

    // Depth-first walk of the whole tree (for indexing), parents before their children.
    // `visit` gets the full path and the entry; returning false stops the walk, which then
    // still succeeds. A directory reached twice (a corrupt, looping tree) is not entered again.
    virtual Status walk(const std::function<bool(const QByteArray& path, const FileEntry&)>& visit) = 0;
};

// What the first 68 KiB of a partition look like: "ext2", "ext3", "ext4", "jbd" (an external
// ext3/4 journal), "ntfs", "exfat", "vfat", "xfs", "btrfs", "lvm2", "luks", "swap", or an
// empty string when nothing is known.
QString detectFileSystem(BlockSource& source);

// Detects the file system in a partition and opens it. Fails with "guest.unsupported_fs"
// saying what was found (e.g. XFS, an LVM volume) or "guest.corrupt_fs". ext2/3/4 and NTFS are read.
Result<std::unique_ptr<GuestFileSystem>> openFileSystem(std::shared_ptr<BlockSource> partition);

// Splits an absolute guest path into components, refusing what the interface above
// refuses. "/" gives no components. Shared by every file system implementation.
Result<QList<QByteArray>> splitGuestPath(const QByteArray& path);

} // namespace lifeboat::guest
