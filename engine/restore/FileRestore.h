#pragma once

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
    QString target;          // a local folder
    bool overwrite = false;
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
};

} // namespace lifeboat::restore
