#include "restore/RestoreSession.h"

#include "repository/Repository.h"

namespace lifeboat::restore {

RestoreSession::RestoreSession(jobs::JobStore& store, AuditRecord audit, QString what)
    : m_store(store)
    , m_audit(std::move(audit))
    , m_what(std::move(what))
{}

const repository::Manifest* RestoreSession::begin(repository::Repository& repository,
                                                  const tenants::Caller& caller)
{
    auto session = m_store.startSession(0, QStringLiteral("restore"), 0);
    if (!session) {
        m_ended = Result<jobs::Session>(session.error());
        return nullptr;
    }
    m_session = *session;
    auto codec = repository.codec();
    auto manifest = repository.loadManifest(m_audit.restorePoint, *codec);
    // Another tenant's restore point answers exactly like a missing one.
    const bool allowed = manifest && caller.owns(manifest->tenant);
    m_audit.session = m_session;
    if (allowed) {
        m_audit.objectName = manifest->vmName + QStringLiteral(": ") + m_what;
        m_audit.objectId = manifest->vmId;
        m_audit.restorePointTime = manifest->time;
    }
    auto refuse = [this](const QString& message) -> const repository::Manifest* {
        m_ended = fail(message);
        return nullptr;
    };
    if (Status recorded = RestoreAudit(m_store.catalog()).record(m_audit); !recorded)
        return refuse(recorded.error().message);
    if (!allowed)
        return refuse(tr("There is no restore point %1 that %2 may restore.")
                          .arg(m_audit.restorePoint, m_audit.operatorAccount));
    m_manifest = std::move(*manifest);
    if (auto task = m_store.startTask(m_session, m_manifest->vmId, m_manifest->vmName))
        m_task = *task;
    return &*m_manifest;
}

void RestoreSession::log(const QString& severity, const QString& message)
{
    m_store.log(m_session, severity, m_manifest ? m_manifest->vmName : QString(), message);
}

Result<jobs::Session> RestoreSession::finish(jobs::SessionResult result, const QString& message, qint64 bytes)
{
    m_store.log(m_session,
                result == jobs::SessionResult::Failed ? QStringLiteral("error") : QStringLiteral("info"),
                QString(), message);
    if (m_task) {
        jobs::SessionTask done;
        done.id = m_task;
        done.result = result;
        done.bytesRead = bytes;
        done.restorePoint = m_manifest ? m_manifest->id : QString();
        done.message = message;
        m_store.finishTask(done);
    }
    if (Status closed = m_store.finishSession(m_session, result, message); !closed)
        return closed.error();
    return m_store.session(m_session);
}

} // namespace lifeboat::restore
