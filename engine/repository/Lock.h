#pragma once

#include "core/Result.h"
#include "repository/Backend.h"

#include <QDateTime>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace lifeboat::repository {

// A lease on the repository. Backups, restores and verifies hold shared locks; prune
// holds an exclusive one, so it never deletes what a running backup is about to
// reference. The holder renews the lease in the background; a lock whose lease ran out,
// or whose process is gone from this host, is stale and ignored, so a crash never blocks
// the repository for longer than one lease.
class RepositoryLock
{
public:
    enum class Kind
    {
        Shared,
        Exclusive
    };

    struct Options
    {
        std::chrono::seconds lease{120};
        std::chrono::milliseconds wait{0}; // how long to wait for a conflicting lock to go
    };

    static Result<std::unique_ptr<RepositoryLock>> acquire(Backend& backend, Kind kind,
                                                           const Options& options);
    static Result<std::unique_ptr<RepositoryLock>> acquire(Backend& backend, Kind kind)
    {
        return acquire(backend, kind, Options{});
    }
    ~RepositoryLock();
    RepositoryLock(const RepositoryLock&) = delete;
    RepositoryLock& operator=(const RepositoryLock&) = delete;

    const QString& name() const { return m_name; }

private:
    RepositoryLock(Backend& backend, Kind kind, QString name, std::chrono::seconds lease);
    Status write();
    void renewLoop();

    Backend& m_backend;
    Kind m_kind;
    QString m_name;
    std::chrono::seconds m_lease;
    QDateTime m_created;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_renewer;
};

} // namespace lifeboat::repository
