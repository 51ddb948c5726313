#pragma once

#include "jobs/JobStore.h"
#include "repository/Manifest.h"
#include "restore/RestoreAudit.h"
#include "tenants/Tenants.h"

#include <QCoreApplication>
#include <optional>

namespace lifeboat::repository {
class Repository;
}

namespace lifeboat::restore {

// What every file and item restore shares: a session in the catalog, the audit row written
// before anything is touched (refused attempts included), the restore point loaded only
// if the caller may see it, one task for its VM, and the end of the session.
class RestoreSession
{
    Q_DECLARE_TR_FUNCTIONS(lifeboat::restore::RestoreSession)

public:
    // `audit` names operator, kind, restore point, target and mode; what = "VM: <what>" in
    // the audit's object column.
    RestoreSession(jobs::JobStore& store, AuditRecord audit, QString what);
    // The restore point; null when the restore was refused, and the session ended already
    // with the reason: then ended() is what to hand back.
    const repository::Manifest* begin(repository::Repository& repository, const tenants::Caller& caller);
    const Result<jobs::Session>& ended() const { return *m_ended; }
    void log(const QString& severity, const QString& message);
    // Ends the task and the session; `bytes` is what was restored.
    Result<jobs::Session> finish(jobs::SessionResult result, const QString& message, qint64 bytes = 0);
    // Ends a session that could not begin.
    Result<jobs::Session> fail(const QString& message)
    {
        return finish(jobs::SessionResult::Failed, message);
    }

private:
    jobs::JobStore& m_store;
    AuditRecord m_audit;
    QString m_what;
    qint64 m_session = 0;
    qint64 m_task = 0;
    std::optional<repository::Manifest> m_manifest;
    std::optional<Result<jobs::Session>> m_ended;
};

} // namespace lifeboat::restore
