#include "guest/BlockSource.h"

#include "repository/Pipeline.h"

#include <QCoreApplication>
#include <QFile>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace lifeboat::guest {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(lifeboat::guest::BlockSource)
};

} // namespace

bool fitsInside(qint64 offset, qint64 length, qint64 size)
{
    // Written without offset + length so a hostile offset cannot overflow.
    return offset >= 0 && length >= 0 && offset <= size && length <= size - offset;
}

Error readOutOfRange(qint64 offset, qint64 length, qint64 size)
{
    return Error{QStringLiteral("guest.read_failed"),
                 Text::tr("Cannot read %1 bytes at offset %2: the disk or partition ends at %3 bytes.")
                     .arg(length)
                     .arg(offset)
                     .arg(size)};
}

DiskReaderSource::DiskReaderSource(repository::DiskReader& reader)
    : m_reader(reader)
{}

qint64 DiskReaderSource::size() const
{
    return m_reader.size();
}

Status DiskReaderSource::read(qint64 offset, char* data, qint64 length)
{
    if (!fitsInside(offset, length, size()))
        return readOutOfRange(offset, length, size());
    return m_reader.read(offset, data, length);
}

SliceSource::SliceSource(std::shared_ptr<BlockSource> parent, qint64 offset, qint64 size)
    : m_parent(std::move(parent))
    , m_offset(std::max<qint64>(0, offset))
    , m_size(std::max<qint64>(0, size))
{}

Status SliceSource::read(qint64 offset, char* data, qint64 length)
{
    if (!fitsInside(offset, length, m_size))
        return readOutOfRange(offset, length, m_size);
    // The window itself may reach past a truncated parent; the parent reports that.
    return m_parent->read(m_offset + offset, data, length);
}

Result<std::shared_ptr<FileBlockSource>> FileBlockSource::open(const QString& path)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return Error{QStringLiteral("guest.open_failed"),
                     Text::tr("Cannot open %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)))};
    struct stat info;
    qint64 size = -1;
    if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode))
        size = info.st_size;
    else
        size = ::lseek(fd, 0, SEEK_END); // block devices report no size through fstat
    if (size < 0) {
        const int error = errno;
        ::close(fd);
        return Error{QStringLiteral("guest.open_failed"),
                     Text::tr("Cannot find the size of %1: %2")
                         .arg(path, QString::fromLocal8Bit(std::strerror(error)))};
    }
    return std::shared_ptr<FileBlockSource>(new FileBlockSource(fd, size, path));
}

FileBlockSource::FileBlockSource(int fd, qint64 size, QString path)
    : m_fd(fd)
    , m_size(size)
    , m_path(std::move(path))
{}

FileBlockSource::~FileBlockSource()
{
    ::close(m_fd);
}

Status FileBlockSource::read(qint64 offset, char* data, qint64 length)
{
    if (!fitsInside(offset, length, m_size))
        return readOutOfRange(offset, length, m_size);
    while (length > 0) {
        const ssize_t got = ::pread(m_fd, data, static_cast<size_t>(length), static_cast<off_t>(offset));
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            return Error{QStringLiteral("guest.read_failed"),
                         Text::tr("Cannot read %1 at offset %2: %3")
                             .arg(m_path)
                             .arg(offset)
                             .arg(QString::fromLocal8Bit(std::strerror(errno)))};
        if (got == 0) // the file shrank after it was opened
            return readOutOfRange(offset, length, offset);
        data += got;
        offset += got;
        length -= got;
    }
    return success();
}

} // namespace lifeboat::guest
