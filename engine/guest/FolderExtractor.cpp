#include "guest/FolderExtractor.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
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

// setuid and setgid are never restored into a local folder: a guest's setuid-root program
// must not become one on the restoring machine (the guest's own restore keeps them).
mode_t permissions(const FileEntry& entry, const ExtractOptions&)
{
    return entry.mode & 01777;
}

Error entryError(const QByteArray& name, const QString& what, int error)
{
    // A full disk ends the restore; everything else concerns this entry only.
    const bool full = error == ENOSPC || error == EDQUOT;
    return Error{full ? QStringLiteral("restore.disk_full") : QStringLiteral("restore.entry_failed"),
                 Text::tr("%1 %2: %3").arg(what, displayPath(name), systemError(error))};
}

class FolderTarget final : public ExtractTarget
{
public:
    explicit FolderTarget(QString folder)
        : m_folder(std::move(folder))
    {}
    ~FolderTarget() override
    {
        if (m_root >= 0)
            ::close(m_root);
    }

    Result<TargetDir> root() override
    {
        if (!QDir().mkpath(m_folder))
            return Error{QStringLiteral("restore.target"),
                         Text::tr("The folder %1 cannot be created.").arg(m_folder)};
        m_root = ::open(QFile::encodeName(m_folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (m_root < 0)
            return Error{QStringLiteral("restore.target"),
                         Text::tr("The folder %1 cannot be opened: %2").arg(m_folder, systemError(errno))};
        return TargetDir{m_root, QFile::encodeName(m_folder)};
    }

    Existing existing(const TargetDir& dir, const QByteArray& name) override
    {
        struct stat st = {};
        if (::fstatat(dir.fd, name.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0)
            return Existing::None;
        return S_ISDIR(st.st_mode) ? Existing::Directory : Existing::Other;
    }

    Result<TargetDir> enterDirectory(const TargetDir& dir, const QByteArray& name) override
    {
        if (::mkdirat(dir.fd, name.constData(), 0700) != 0 && errno != EEXIST)
            return entryError(name, Text::tr("Cannot create the folder"), errno);
        // O_NOFOLLOW: a symlink of that name is refused, not entered.
        const int fd = ::openat(dir.fd, name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (fd < 0)
            return entryError(name, Text::tr("Cannot open the folder"), errno);
        return TargetDir{fd, dir.path + '/' + name};
    }

    void finishDirectory(TargetDir& dir, const FileEntry& entry, const ExtractOptions& options) override
    {
        applyAttributes(dir.fd, entry, options);
        ::close(dir.fd);
        dir.fd = -1;
    }

    void leaveDirectory(TargetDir& dir) override
    {
        ::close(dir.fd);
        dir.fd = -1;
    }

    Status writeFile(const TargetDir& dir, const QByteArray& name, const FileEntry& entry, bool replace,
                     const std::function<Status(const ContentWriter&)>& produce,
                     const ExtractOptions& options) override
    {
        // Written under a temporary name and renamed over the final one only when complete:
        // a failure or a kill leaves the existing file (or nothing) under its name, never a
        // half-written one. renameat replaces a symlink itself, never what it points to.
        const QByteArray temporary =
            ".lifeboat-restore-" + QByteArray::number(QRandomGenerator::global()->generate64(), 16);
        const QByteArray& created = replace ? temporary : name;
        const int fd =
            ::openat(dir.fd, created.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
        if (fd < 0)
            return entryError(name, Text::tr("Cannot create"), errno);
        Status written = produce([&](qint64 offset, const char* data, qint64 length, bool hole) -> Status {
            if (hole)
                return success(); // left unwritten: the file stays sparse there
            for (qint64 done = 0; done < length;) {
                const ssize_t n = ::pwrite(fd, data + done, static_cast<size_t>(length - done),
                                           static_cast<off_t>(offset + done));
                if (n < 0 && errno == EINTR)
                    continue;
                if (n <= 0) {
                    Error error = entryError(name, Text::tr("Cannot write"), errno);
                    if (error.code != QLatin1String("restore.disk_full"))
                        error.code = QStringLiteral("restore.write_failed");
                    return error;
                }
                done += n;
            }
            return success();
        });
        if (written && ::ftruncate(fd, static_cast<off_t>(entry.size)) != 0)
            written = entryError(name, Text::tr("Cannot write"), errno);
        if (written)
            applyAttributes(fd, entry, options);
        ::close(fd);
        if (written && replace && ::renameat(dir.fd, temporary.constData(), dir.fd, name.constData()) != 0)
            written = entryError(name, Text::tr("Cannot replace"), errno);
        // No half-written file is left behind under any name.
        if (!written)
            (void)::unlinkat(dir.fd, created.constData(), 0);
        return written;
    }

    Status symlink(const TargetDir& dir, const QByteArray& name, const FileEntry& entry, bool replace,
                   const ExtractOptions& options) override
    {
        if (replace && ::unlinkat(dir.fd, name.constData(), 0) != 0 && errno != ENOENT)
            return entryError(name, Text::tr("Cannot replace"), errno);
        // The target is kept as the guest had it and never followed here; an absolute one
        // points into the restoring machine, which is why nothing writes through links.
        if (::symlinkat(entry.linkTarget.constData(), dir.fd, name.constData()) != 0)
            return entryError(name, Text::tr("Cannot create the link"), errno);
        if (options.keepOwners && ::geteuid() == 0)
            (void)::fchownat(dir.fd, name.constData(), entry.uid, entry.gid, AT_SYMLINK_NOFOLLOW);
        const struct timespec times[2] = {timeOf(entry.mtime), timeOf(entry.mtime)};
        (void)::utimensat(dir.fd, name.constData(), times, AT_SYMLINK_NOFOLLOW);
        return success();
    }

private:
    static void applyAttributes(int fd, const FileEntry& entry, const ExtractOptions& options)
    {
        if (options.keepOwners && ::geteuid() == 0)
            (void)::fchown(fd, entry.uid, entry.gid);
        (void)::fchmod(fd, permissions(entry, options));
        const struct timespec times[2] = {timeOf(entry.mtime), timeOf(entry.mtime)};
        (void)::futimens(fd, times);
    }

    QString m_folder;
    int m_root = -1;
};

} // namespace

Result<ExtractStats> extractToFolder(GuestFileSystem& fs, const QList<QByteArray>& guestPaths,
                                     const QString& folder, const ExtractOptions& options)
{
    FolderTarget target(folder);
    return extract(fs, guestPaths, target, options);
}

} // namespace lifeboat::guest
