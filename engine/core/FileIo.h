#pragma once

// Whole-buffer POSIX I/O: short transfers and EINTR are retried here, so callers only
// decide what an end of file or an error means for them.

#include <QtGlobal>
#include <cerrno>
#include <unistd.h>

namespace lifeboat {

// Reads `length` bytes at `offset`. Returns how many were read: fewer than `length` means
// the file ended there (errno 0) or a read failed (errno set).
inline qint64 preadFully(int fd, char* data, qint64 length, qint64 offset)
{
    qint64 done = 0;
    errno = 0;
    while (done < length) {
        const ssize_t got = ::pread(fd, data + done, static_cast<size_t>(length - done), offset + done);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            break;
        done += got;
    }
    return done;
}

// Writes the whole buffer at `offset` (or at the file position when `offset` < 0);
// false with errno set when a write fails.
inline bool writeFully(int fd, const char* data, qint64 length, qint64 offset = -1)
{
    while (length > 0) {
        const ssize_t put = offset < 0 ? ::write(fd, data, static_cast<size_t>(length))
                                       : ::pwrite(fd, data, static_cast<size_t>(length), offset);
        if (put < 0 && errno == EINTR)
            continue;
        if (put <= 0) {
            if (put == 0)
                errno = EIO;
            return false;
        }
        data += put;
        length -= put;
        if (offset >= 0)
            offset += put;
    }
    return true;
}

} // namespace lifeboat
