#pragma once

#include "catalog/Catalog.h"
#include "core/Result.h"
#include "jobs/BackupRun.h"
#include "jobs/JobStore.h"
#include "tenants/Tenants.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <optional>

namespace lifeboat {

struct EngineOptions
{
    QString catalogPath; // already resolved (see resolveCatalogPath); empty: no catalog
};

// Everything the engine does runs here, on the engine thread. Only the Engine facade
// calls it, always through the event queue; its methods may block (disk, network, SQL)
// because no GUI ever waits on them.
class EngineWorker : public QObject
{
    Q_OBJECT
public:
    explicit EngineWorker(EngineOptions options);
    ~EngineWorker() override;

    Status start();
    bool isStarted() const { return m_started; }
    Result<catalog::CatalogInfo> catalogInfo() const;
    // The catalog, for engine-thread code; null when the engine runs without one.
    catalog::Catalog* catalog() { return m_catalog ? &*m_catalog : nullptr; }
    // Jobs and sessions; null without a catalog.
    jobs::JobStore* jobStore() { return m_jobStore ? &*m_jobStore : nullptr; }
    // Accounts, their roles and scopes; null without a catalog.
    tenants::TenantStore* tenantStore() { return m_tenantStore ? &*m_tenantStore : nullptr; }

    // Starts a run of a job; one run per job at a time ("job.running" otherwise).
    // `done` gets the finished session.
    void
    startBackup(jobs::RunRequest request, std::function<void(Result<jobs::Session>)> done,
                std::function<void(const QString& vm, qint64 doneBytes, qint64 totalBytes)> progress = {});
    // Asks a running job to stop gracefully; false if it is not running.
    bool stopBackup(qint64 jobId);

private:
    Status requireStarted() const;

    EngineOptions m_options;
    std::optional<catalog::Catalog> m_catalog;
    std::optional<jobs::JobStore> m_jobStore;
    std::optional<tenants::TenantStore> m_tenantStore;
    QHash<qint64, QPointer<jobs::BackupRun>> m_runs; // by job id
    bool m_started = false;
};

} // namespace lifeboat
