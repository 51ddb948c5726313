#pragma once

#include "guest/GuestSftpTarget.h"
#include "jobs/JobStore.h"
#include "tenants/Tenants.h"

#include <QCoreApplication>
#include <atomic>
#include <memory>

namespace lifeboat::repository {
class Repository;
}

namespace lifeboat::restore {

struct FileRestoreRequest
{
    std::shared_ptr<repository::Repository> repository;
    QString restorePoint;
    QString volume;          // "<disk>:<partition>"; empty: the only readable one
    QList<QByteArray> paths; // absolute guest paths
    QString target;          // a local folder (toFolder)
    bool overwrite = false;  // replace what exists; otherwise a folder restore skips it and a
                             // guest restore puts the restored copy beside it, renamed
    QString user;
    tenants::Caller caller = tenants::Caller::administrator(QString());
    const std::atomic<bool>* cancel = nullptr;
};

// Copies guest files from a restore point into a local folder, as a restore session with an
// audit record; guest files are read from the repository, no disk is restored first.
// Blocking (reads the repository, writes files): call it from a worker thread, never the GUI's.
class FileRestore
{
    Q_DECLARE_TR_FUNCTIONS(lifeboat::restore::FileRestore)

public:
    static Result<jobs::Session> toFolder(jobs::JobStore& store, const FileRestoreRequest& request);
    // Into a new .zip file, with modes, links and times.
    static Result<jobs::Session> toZip(jobs::JobStore& store, const FileRestoreRequest& request,
                                       const QString& zipFile);
    // Back to their original place in the running guest, over SFTP. Without overwrite an
    // entry that exists there is restored beside it as "_RESTORED_<date>_<time>_<name>".
    static Result<jobs::Session> toGuest(jobs::JobStore& store, const FileRestoreRequest& request,
                                         const guest::GuestConnection& connection);

private:
    static Result<jobs::Session>
    run(jobs::JobStore& store, const FileRestoreRequest& request, const QString& target, const QString& mode,
        const std::function<Result<guest::ExtractStats>(guest::GuestFileSystem&)>& deliver);
};

} // namespace lifeboat::restore
