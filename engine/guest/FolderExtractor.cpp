#include "guest/FolderExtractor.h"

#include <QDir>
#include <QFile>
#include <QStringDecoder>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace lifeboat::guest {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(lifeboat::guest::FolderExtractor)
};

// Closes a descriptor on every path out.
class Fd
{
public:
    explicit Fd(int fd = -1)
        : m_fd(fd)
    {}
    ~Fd()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    int get() const { return m_fd; }
    bool ok() const { return m_fd >= 0; }

private:
    int m_fd;
};

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

struct timespec timeOf(qint64 seconds)
{
    struct timespec time = {};
    time.tv_sec = static_cast<time_t>(seconds);
    return time;
}

class Extractor
{
public:
    Extractor(GuestFileSystem& fs, const ExtractOptions& options)
        : m_fs(fs)
        , m_options(options)
        , m_isRoot(::geteuid() == 0)
    {}

    ExtractStats stats;

    // Copies `entry` (at `guestPath`) into the folder open as `dirFd`. Fails only for what
    // stops the whole extraction (a full disk, a cancel); per-entry problems are skipped.
    Status extract(int dirFd, const QByteArray& guestPath, const FileEntry& entry)
    {
        if (m_options.cancel && m_options.cancel->load())
            return Error{QStringLiteral("restore.cancelled"), Text::tr("Stopped by the user.")};
        if (!isSafeName(entry.name))
            return skip(guestPath, Text::tr("its name cannot be used in a local folder"));
        switch (entry.type) {
        case EntryType::Directory:
            return extractDirectory(dirFd, guestPath, entry);
        case EntryType::File:
            return extractFile(dirFd, guestPath, entry);
        case EntryType::Symlink:
            return extractSymlink(dirFd, guestPath, entry);
        case EntryType::Other:
            break;
        }
        return skip(guestPath, Text::tr("devices, pipes and sockets are not restored"));
    }

private:
    Status skip(const QByteArray& guestPath, const QString& reason)
    {
        stats.skipped.append(Text::tr("%1: %2").arg(displayPath(guestPath), reason));
        return success();
    }

    // Makes room for a new entry called `name`: false (and a skip) when something is there
    // and may not be replaced.
    bool makeRoom(int dirFd, const QByteArray& guestPath, const FileEntry& entry)
    {
        struct stat existing = {};
        if (::fstatat(dirFd, entry.name.constData(), &existing, AT_SYMLINK_NOFOLLOW) != 0)
            return true;
        if (!m_options.overwrite) {
            skip(guestPath, Text::tr("it exists in the target (restore with overwrite to replace it)"));
            return false;
        }
        if (S_ISDIR(existing.st_mode)) {
            skip(guestPath, Text::tr("a folder of that name exists in the target"));
            return false;
        }
        // unlinkat removes a symlink itself, never what it points to.
        if (::unlinkat(dirFd, entry.name.constData(), 0) != 0) {
            skip(guestPath, Text::tr("the existing entry cannot be replaced: %1").arg(systemError(errno)));
            return false;
        }
        return true;
    }

    void applyOwner(int fd, const FileEntry& entry)
    {
        if (m_options.keepOwners && m_isRoot)
            (void)::fchown(fd, entry.uid, entry.gid);
    }

    mode_t permissions(const FileEntry& entry) const
    {
        const mode_t mode = entry.mode & 07777;
        return m_options.keepOwners && m_isRoot ? mode : (mode & 01777);
    }

    Status extractDirectory(int dirFd, const QByteArray& guestPath, const FileEntry& entry)
    {
        if (::mkdirat(dirFd, entry.name.constData(), 0700) != 0 && errno != EEXIST)
            return skip(guestPath, Text::tr("the folder cannot be created: %1").arg(systemError(errno)));
        // O_NOFOLLOW: a symlink of that name in the target is refused, not entered.
        Fd child(::openat(dirFd, entry.name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
        if (!child.ok())
            return skip(guestPath,
                        errno == ELOOP || errno == ENOTDIR
                            ? Text::tr("something that is not a folder has that name in the target")
                            : Text::tr("the folder cannot be opened: %1").arg(systemError(errno)));
        ++stats.directories;
        auto children = m_fs.list(guestPath);
        if (!children)
            skip(guestPath, Text::tr("its content cannot be read: %1").arg(children.error().message));
        else
            for (const FileEntry& each : std::as_const(*children)) {
                const QByteArray childPath =
                    (guestPath == "/" ? QByteArray("/") : guestPath + '/') + each.name;
                if (Status done = extract(child.get(), childPath, each); !done)
                    return done;
            }
        // Last, so that creating the children did not change the folder's time.
        applyOwner(child.get(), entry);
        (void)::fchmod(child.get(), permissions(entry));
        const struct timespec times[2] = {timeOf(entry.mtime), timeOf(entry.mtime)};
        (void)::futimens(child.get(), times);
        return success();
    }

    Status extractFile(int dirFd, const QByteArray& guestPath, const FileEntry& entry)
    {
        if (!makeRoom(dirFd, guestPath, entry))
            return success();
        Fd file(::openat(dirFd, entry.name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
                         0600));
        if (!file.ok())
            return skip(guestPath, Text::tr("the file cannot be created: %1").arg(systemError(errno)));
        Status read = m_fs.readFile(guestPath, [&](qint64 offset, const char* data, qint64 length,
                                                   bool hole) {
            if (m_options.cancel && m_options.cancel->load())
                return Status(Error{QStringLiteral("restore.cancelled"), Text::tr("Stopped by the user.")});
            if (hole)
                return success(); // left unwritten: the file stays sparse there
            qint64 done = 0;
            while (done < length) {
                const ssize_t written = ::pwrite(file.get(), data + done, static_cast<size_t>(length - done),
                                                 static_cast<off_t>(offset + done));
                if (written < 0 && errno == EINTR)
                    continue;
                if (written <= 0)
                    return Status(Error{
                        QStringLiteral("restore.write_failed"),
                        Text::tr("Writing %1 failed: %2").arg(displayPath(guestPath), systemError(errno))});
                done += written;
            }
            stats.bytes += length;
            if (m_options.progress)
                m_options.progress(stats.bytes);
            return success();
        });
        if (read && ::ftruncate(file.get(), static_cast<off_t>(entry.size)) != 0)
            read = Error{QStringLiteral("restore.write_failed"),
                         Text::tr("Writing %1 failed: %2").arg(displayPath(guestPath), systemError(errno))};
        if (!read) {
            // No half-written file is left behind under the guest's name.
            (void)::unlinkat(dirFd, entry.name.constData(), 0);
            if (read.error().code == QLatin1String("restore.write_failed") ||
                read.error().code == QLatin1String("restore.cancelled"))
                return read;
            return skip(guestPath, read.error().message);
        }
        applyOwner(file.get(), entry);
        (void)::fchmod(file.get(), permissions(entry));
        const struct timespec times[2] = {timeOf(entry.mtime), timeOf(entry.mtime)};
        (void)::futimens(file.get(), times);
        ++stats.files;
        return success();
    }

    Status extractSymlink(int dirFd, const QByteArray& guestPath, const FileEntry& entry)
    {
        if (entry.linkTarget.isEmpty() || entry.linkTarget.contains('\0'))
            return skip(guestPath, Text::tr("the link has no usable target"));
        if (!makeRoom(dirFd, guestPath, entry))
            return success();
        // The target is stored as it was in the guest and never followed here; an absolute
        // one points into the restoring machine, which is why nothing below writes through it.
        if (::symlinkat(entry.linkTarget.constData(), dirFd, entry.name.constData()) != 0)
            return skip(guestPath, Text::tr("the link cannot be created: %1").arg(systemError(errno)));
        if (m_options.keepOwners && m_isRoot)
            (void)::fchownat(dirFd, entry.name.constData(), entry.uid, entry.gid, AT_SYMLINK_NOFOLLOW);
        const struct timespec times[2] = {timeOf(entry.mtime), timeOf(entry.mtime)};
        (void)::utimensat(dirFd, entry.name.constData(), times, AT_SYMLINK_NOFOLLOW);
        ++stats.symlinks;
        return success();
    }

    GuestFileSystem& m_fs;
    const ExtractOptions& m_options;
    bool m_isRoot;
};

} // namespace

bool isSafeName(const QByteArray& name)
{
    return !name.isEmpty() && name != "." && name != ".." && !name.contains('/') && !name.contains('\0');
}

QString displayPath(const QByteArray& raw)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(raw);
    if (!decoder.hasError())
        return text;
    QString shown;
    for (qsizetype i = 0; i < raw.size();) {
        // Decode valid UTF-8 sequences one character at a time; escape the bytes that are not.
        int length = 1;
        const auto byte = static_cast<unsigned char>(raw[i]);
        if (byte >= 0xC2 && byte <= 0xF4)
            length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2;
        if (length > 1 && i + length <= raw.size()) {
            QStringDecoder one(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString character = one(raw.mid(i, length));
            if (!one.hasError()) {
                shown += character;
                i += length;
                continue;
            }
        }
        if (byte < 0x80 && byte >= 0x20)
            shown += QLatin1Char(static_cast<char>(byte));
        else
            shown += QStringLiteral("\\x%1").arg(byte, 2, 16, QLatin1Char('0'));
        ++i;
    }
    return shown;
}

Result<ExtractStats> extractToFolder(GuestFileSystem& fs, const QList<QByteArray>& guestPaths,
                                     const QString& target, const ExtractOptions& options)
{
    if (!QDir().mkpath(target))
        return Error{QStringLiteral("restore.target"),
                     Text::tr("The folder %1 cannot be created.").arg(target)};
    Fd root(::open(QFile::encodeName(target).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!root.ok())
        return Error{QStringLiteral("restore.target"),
                     Text::tr("The folder %1 cannot be opened: %2").arg(target, systemError(errno))};
    Extractor extractor(fs, options);
    for (const QByteArray& path : guestPaths) {
        auto entry = fs.stat(path);
        if (!entry)
            return entry.error();
        if (path == "/") {
            // The root has no name of its own: its content goes straight into the target.
            auto children = fs.list(path);
            if (!children)
                return children.error();
            for (const FileEntry& child : std::as_const(*children))
                if (Status done = extractor.extract(root.get(), "/" + child.name, child); !done)
                    return done.error();
            continue;
        }
        if (Status done = extractor.extract(root.get(), path, *entry); !done)
            return done.error();
    }
    return extractor.stats;
}

} // namespace lifeboat::guest
