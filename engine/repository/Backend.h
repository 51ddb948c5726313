#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <memory>

namespace lifeboat::repository {

// A large object being written (a pack file). Nothing is visible under its final name
// until commit() succeeds; abort() or destruction without commit leaves no trace.
class Upload
{
public:
    virtual ~Upload() = default;
    virtual Status write(const char* data, qint64 size) = 0;
    virtual qint64 size() const = 0;
    virtual Status commit() = 0;
};

// Where a repository's objects live. Paths are relative, '/'-separated object names
// ("data/3f/3f…", "snapshots/…"). The interface has no rename or append so that it maps
// onto SFTP and S3-style object stores: objects are written whole and never changed.
// Implementations are safe to call from several threads at once.
class Backend
{
public:
    virtual ~Backend() = default;

    virtual QString location() const = 0;
    // Writes a small object atomically (durable when this returns).
    virtual Status put(const QString& path, const QByteArray& data) = 0;
    // Like put(), but fails with code "repository.exists" if the object is already there.
    virtual Status putNew(const QString& path, const QByteArray& data) = 0;
    virtual Result<std::unique_ptr<Upload>> startUpload(const QString& path) = 0;
    virtual Result<QByteArray> get(const QString& path) = 0;
    virtual Status getRange(const QString& path, qint64 offset, qint64 length, char* out) = 0;
    virtual Result<qint64> size(const QString& path) = 0;
    // Object names under `prefix` ("snapshots"), recursively, relative to the prefix.
    virtual Result<QStringList> list(const QString& prefix) = 0;
    virtual Status remove(const QString& path) = 0;
    virtual bool exists(const QString& path) = 0;
};

// A repository in a local (or mounted) folder. Objects are written to a temporary file,
// fsynced, then renamed into place, and the folder is fsynced, so a crash leaves either
// the whole object or nothing.
std::unique_ptr<Backend> openLocalBackend(const QString& folder);

} // namespace lifeboat::repository
