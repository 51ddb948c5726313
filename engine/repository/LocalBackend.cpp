#include "core/FileIo.h"
#include "repository/Backend.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace lifeboat::repository {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(lifeboat::repository::Backend)
};

Error ioError(const QString& what, const QString& path, int error)
{
    QString code = QStringLiteral("repository.io");
    if (error == ENOSPC || error == EDQUOT)
        code = QStringLiteral("repository.disk_full");
    else if (error == ENOENT)
        code = QStringLiteral("repository.not_found");
    else if (error == EACCES || error == EPERM || error == EROFS)
        code = QStringLiteral("repository.permission");
    return Error{code, Text::tr("%1 %2: %3").arg(what, path, QString::fromLocal8Bit(std::strerror(error)))};
}

void syncDirectory(const QString& dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

class LocalUpload final : public Upload
{
public:
    LocalUpload(QString tempPath, QString finalPath, int fd)
        : m_tempPath(std::move(tempPath))
        , m_finalPath(std::move(finalPath))
        , m_fd(fd)
    {}
    ~LocalUpload() override
    {
        if (m_fd >= 0) {
            ::close(m_fd);
            ::unlink(QFile::encodeName(m_tempPath).constData());
        }
    }

    Status write(const char* data, qint64 size) override
    {
        if (!writeFully(m_fd, data, size))
            return ioError(Text::tr("Cannot write"), m_tempPath, errno);
        m_size += size;
        // Start writeback of what is written so far without waiting for it: the fsync in
        // commit() then finds little left to do, and dirty pages do not pile up.
        if (m_size - m_flushed >= kWritebackStep) {
            ::sync_file_range(m_fd, m_flushed, m_size - m_flushed, SYNC_FILE_RANGE_WRITE);
            m_flushed = m_size;
        }
        return success();
    }
    qint64 size() const override { return m_size; }

    Status commit() override
    {
        if (::fsync(m_fd) != 0)
            return ioError(Text::tr("Cannot flush"), m_tempPath, errno);
        ::close(m_fd);
        m_fd = -1;
        QDir().mkpath(QFileInfo(m_finalPath).absolutePath());
        if (::rename(QFile::encodeName(m_tempPath).constData(), QFile::encodeName(m_finalPath).constData()) !=
            0) {
            const int error = errno;
            ::unlink(QFile::encodeName(m_tempPath).constData());
            return ioError(Text::tr("Cannot store"), m_finalPath, error);
        }
        syncDirectory(QFileInfo(m_finalPath).absolutePath());
        return success();
    }

private:
    QString m_tempPath;
    QString m_finalPath;
    static constexpr qint64 kWritebackStep = 4 * 1024 * 1024;
    int m_fd;
    qint64 m_size = 0;
    qint64 m_flushed = 0;
};

class LocalBackend final : public Backend
{
public:
    explicit LocalBackend(QString folder)
        : m_root(QDir(folder).absolutePath())
    {}

    QString location() const override { return m_root; }

    Status put(const QString& path, const QByteArray& data) override { return store(path, data, false); }
    Status putNew(const QString& path, const QByteArray& data) override { return store(path, data, true); }

    Result<std::unique_ptr<Upload>> startUpload(const QString& path) override
    {
        const QString temp = tempPath();
        const int fd =
            ::open(QFile::encodeName(temp).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0)
            return ioError(Text::tr("Cannot create"), temp, errno);
        return std::unique_ptr<Upload>(std::make_unique<LocalUpload>(temp, absolute(path), fd));
    }

    Result<QByteArray> get(const QString& path) override
    {
        QFile file(absolute(path));
        if (!file.open(QIODevice::ReadOnly))
            return ioError(Text::tr("Cannot read"), absolute(path),
                           file.error() == QFile::OpenError ? ENOENT : EIO);
        return file.readAll();
    }

    Status getRange(const QString& path, qint64 offset, qint64 length, char* out) override
    {
        const std::shared_ptr<const int> handle = reader(path);
        if (!handle)
            return ioError(Text::tr("Cannot read"), absolute(path), errno);
        if (preadFully(*handle, out, length, offset) < length) {
            if (errno != 0)
                return ioError(Text::tr("Cannot read"), absolute(path), errno);
            return Error{QStringLiteral("repository.truncated"),
                         Text::tr("%1 ends before offset %2: the file is truncated.")
                             .arg(absolute(path))
                             .arg(offset + length)};
        }
        return success();
    }

    Result<qint64> size(const QString& path) override
    {
        struct stat info
        {
        };
        if (::stat(QFile::encodeName(absolute(path)).constData(), &info) != 0)
            return ioError(Text::tr("Cannot read"), absolute(path), errno);
        return static_cast<qint64>(info.st_size);
    }

    Result<QStringList> list(const QString& prefix) override
    {
        QStringList names;
        const QString base = absolute(prefix);
        QDirIterator it(base, QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (!it.fileName().startsWith(QLatin1Char('.')))
                names << file.mid(base.size() + 1);
        }
        names.sort();
        return names;
    }

    Status remove(const QString& path) override
    {
        {
            QMutexLocker lock(&m_mutex);
            m_readers.remove(path);
        }
        if (::unlink(QFile::encodeName(absolute(path)).constData()) != 0 && errno != ENOENT)
            return ioError(Text::tr("Cannot delete"), absolute(path), errno);
        return success();
    }

    bool exists(const QString& path) override { return QFileInfo::exists(absolute(path)); }

private:
    QString absolute(const QString& path) const { return m_root + QLatin1Char('/') + path; }

    QString tempPath() const
    {
        QDir().mkpath(m_root + QStringLiteral("/tmp"));
        return m_root + QStringLiteral("/tmp/.") + QString::fromLatin1(randomHex());
    }

    static QByteArray randomHex()
    {
        QByteArray bytes(16, Qt::Uninitialized);
        const int fd = ::open("/dev/urandom", O_RDONLY | O_CLOEXEC);
        if (fd >= 0) {
            [[maybe_unused]] const ssize_t got = ::read(fd, bytes.data(), 16);
            ::close(fd);
        }
        return bytes.toHex();
    }

    Status store(const QString& path, const QByteArray& data, bool exclusive)
    {
        const QString temp = tempPath();
        const QString target = absolute(path);
        const int fd =
            ::open(QFile::encodeName(temp).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0)
            return ioError(Text::tr("Cannot create"), temp, errno);
        if (!writeFully(fd, data.constData(), data.size()) || ::fsync(fd) != 0) {
            const int error = errno;
            ::close(fd);
            ::unlink(QFile::encodeName(temp).constData());
            return ioError(Text::tr("Cannot write"), target, error);
        }
        ::close(fd);
        QDir().mkpath(QFileInfo(target).absolutePath());
        // link() fails if the target exists, which is how putNew() refuses to replace;
        // rename() replaces atomically, which is how put() updates.
        const int result =
            exclusive ? ::link(QFile::encodeName(temp).constData(), QFile::encodeName(target).constData())
                      : ::rename(QFile::encodeName(temp).constData(), QFile::encodeName(target).constData());
        const int error = errno;
        ::unlink(QFile::encodeName(temp).constData());
        if (result != 0) {
            if (exclusive && error == EEXIST)
                return Error{QStringLiteral("repository.exists"), Text::tr("%1 already exists.").arg(target)};
            return ioError(Text::tr("Cannot store"), target, error);
        }
        syncDirectory(QFileInfo(target).absolutePath());
        return success();
    }

    // Descriptors are shared so that dropping one from the cache never closes it under
    // a thread that is still reading through it.
    std::shared_ptr<const int> reader(const QString& path)
    {
        QMutexLocker lock(&m_mutex);
        if (auto it = m_readers.constFind(path); it != m_readers.constEnd())
            return *it;
        // Pack files are immutable once stored, so descriptors can be kept; the bound keeps
        // a restore from a huge repository within the process's descriptor limit.
        if (m_readers.size() >= 256)
            m_readers.clear();
        const int fd = ::open(QFile::encodeName(absolute(path)).constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            return nullptr;
        std::shared_ptr<const int> handle(new int(fd), [](const int* descriptor) {
            ::close(*descriptor);
            delete descriptor;
        });
        m_readers.insert(path, handle);
        return handle;
    }

    QString m_root;
    QMutex m_mutex;
    QHash<QString, std::shared_ptr<const int>> m_readers;
};

} // namespace

std::unique_ptr<Backend> openLocalBackend(const QString& folder)
{
    return std::make_unique<LocalBackend>(folder);
}

} // namespace lifeboat::repository
