#pragma once

#include "guest/GuestSftpTarget.h"
#include "jobs/JobStore.h"
#include "tenants/Tenants.h"

#include <QCoreApplication>
#include <memory>

namespace lifeboat::repository {
class Repository;
}

namespace lifeboat::restore {

struct ItemRestoreRequest
{
    std::shared_ptr<repository::Repository> repository;
    QString restorePoint;
    QString item; // "<kind>:<database>" as items list shows it
    // Into a server: the database is replaced (`overwrite`) or created under `newDatabase`
    // (default "<database>_restored"), never overwriting one that exists.
    bool overwrite = false;
    QString newDatabase;
    QString environment; // NAME=value assignments for the database commands
    QString user;
    tenants::Caller caller = tenants::Caller::administrator(QString());
};

// Database items back into a server (through SSH to the machine that runs it, with its
// client tools) or into a file; each a restore session with an audit record. Blocking:
// call from a worker thread.
class ItemRestore
{
    Q_DECLARE_TR_FUNCTIONS(lifeboat::restore::ItemRestore)

public:
    static Result<jobs::Session> toServer(jobs::JobStore& store, const ItemRestoreRequest& request,
                                          const guest::GuestConnection& server);
    static Result<jobs::Session> toFile(jobs::JobStore& store, const ItemRestoreRequest& request,
                                        const QString& file);
};

} // namespace lifeboat::restore
