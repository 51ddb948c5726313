#pragma once

#include "core/Result.h"

#include <QString>
#include <memory>

namespace lifeboat::repository {
class DiskReader;
}

namespace lifeboat::guest {

// Random, read-only access to the bytes of a disk or a part of one. Guest file systems
// are parsed through this so the same code reads a restore point, a local image or a
// partition of either. A read that does not fit inside size() fails; it is never
// shortened or padded, so a truncated disk shows up as an error rather than as zeros.
class BlockSource
{
public:
    virtual ~BlockSource() = default;
    virtual qint64 size() const = 0;
    virtual Status read(qint64 offset, char* data, qint64 length) = 0;
};

// Shared by the sources below: the message for a read outside [0, size).
Error readOutOfRange(qint64 offset, qint64 length, qint64 size);
bool fitsInside(qint64 offset, qint64 length, qint64 size);

// A disk of a restore point. The reader must outlive this source; it is thread-safe, so
// several partitions of the same disk can be read at once.
class DiskReaderSource : public BlockSource
{
public:
    explicit DiskReaderSource(repository::DiskReader& reader);
    qint64 size() const override;
    Status read(qint64 offset, char* data, qint64 length) override;

private:
    repository::DiskReader& m_reader;
};

// The window [offset, offset + size) of another source: a partition of a disk. Keeps its
// parent alive, so a file system opened on a partition may outlive the caller's handle.
class SliceSource : public BlockSource
{
public:
    SliceSource(std::shared_ptr<BlockSource> parent, qint64 offset, qint64 size);
    qint64 size() const override { return m_size; }
    qint64 offset() const { return m_offset; }
    Status read(qint64 offset, char* data, qint64 length) override;

private:
    std::shared_ptr<BlockSource> m_parent;
    qint64 m_offset;
    qint64 m_size;
};

// A local disk image or block device, for tests and the offline workstation. Reads use
// pread, so concurrent readers need no lock.
class FileBlockSource : public BlockSource
{
public:
    static Result<std::shared_ptr<FileBlockSource>> open(const QString& path);
    ~FileBlockSource() override;
    FileBlockSource(const FileBlockSource&) = delete;
    FileBlockSource& operator=(const FileBlockSource&) = delete;

    qint64 size() const override { return m_size; }
    Status read(qint64 offset, char* data, qint64 length) override;

private:
    FileBlockSource(int fd, qint64 size, QString path);
    int m_fd;
    qint64 m_size;
    QString m_path;
};

} // namespace lifeboat::guest
