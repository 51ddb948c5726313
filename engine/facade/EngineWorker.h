#pragma once

#include "catalog/Catalog.h"
#include "console/ConsoleSession.h"
#include "core/Result.h"
#include "jobs/BackupRun.h"
#include "jobs/JobStore.h"
#include "jobs/Scheduler.h"
#include "notify/Mailer.h"
#include "tenants/Tenants.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
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

    // Fills a run request for a job: its endpoint, and the passwords from the environment
    // ($LIFEBOAT_ENDPOINT_PASSWORD, $LIFEBOAT_REPO_PASSWORD: for service accounts) or the
    // system keychain. `repositoryPassword` given by the caller wins.
    // `endpointPassword` given by the caller (the console's signed-in account) wins too.
    Result<jobs::RunRequest> prepareRun(const jobs::JobDefinition& job,
                                        const QByteArray& repositoryPassword = {},
                                        const QString& endpointPassword = {});

    // A repository's password from $LIFEBOAT_REPO_PASSWORD or the system keychain; empty when
    // neither has it (an unencrypted repository needs none).
    QByteArray storedRepositoryPassword(const QString& location) const;

    // Starts a run of a job; one run per job at a time ("job.running" otherwise). A failed
    // run is retried for its failed VMs as the job says (count, wait), unless it was
    // stopped. `done` gets the last session.
    void
    startBackup(jobs::RunRequest request, std::function<void(Result<jobs::Session>)> done,
                std::function<void(const QString& vm, qint64 doneBytes, qint64 totalBytes)> progress = {});
    // Asks a running job to stop gracefully; false if it is not running here.
    bool stopBackup(qint64 jobId);
    // Stops every run and calls `done` when the last one has ended.
    void stopAll(std::function<void()> done);
    int runningJobs() const;
    bool isRunning(qint64 jobId) const { return m_active.contains(jobId); }

    // Sends a message through the mail server in the catalog's settings (its password from
    // $LIFEBOAT_SMTP_PASSWORD or the keychain).
    void sendMail(const notify::MailMessage& message, std::function<void(Status)> done);
    Result<notify::SmtpSettings> mailSettings() const;
    // Validates and stores the mail server; `password` (if any) goes into the keychain.
    Status saveMailSettings(const notify::SmtpSettings& settings, const QByteArray& password);

    // The account signed in to the console (null when nobody is), its requests checked
    // against its scope.
    // Shared, so a request keeps the session alive while it works: a keychain call's local
    // event loop may run a sign-out in the middle of it.
    std::shared_ptr<console::ConsoleSession> consoleSession() const { return m_console; }
    void setConsoleSession(std::shared_ptr<console::ConsoleSession> session)
    {
        m_console = std::move(session);
    }
    // Every sign-in, offline opening and sign-out starts a new generation; a sign-in that
    // completes after a newer one began is dropped instead of replacing it.
    quint64 beginSignIn() { return ++m_signInGeneration; }
    bool isCurrentSignIn(quint64 generation) const { return generation == m_signInGeneration; }

    // Runs scheduled jobs while this engine lives (the console, lifeboat-cli serve).
    Status startScheduler(int tickMs = 30000);
    void stopScheduler();
    jobs::Scheduler* scheduler() { return m_scheduler; }

Q_SIGNALS:
    // A scheduled or retried run started or ended; for a service's log.
    void notice(const QString& message);

private:
    Status requireStarted() const;
    void finishRun(qint64 jobId, Result<jobs::Session> session,
                   std::function<void(Result<jobs::Session>)> done);
    void sendReport(const jobs::JobDefinition& job, const jobs::Session& session,
                    std::function<void(Result<jobs::Session>)> done);
    // The run of a job startBackup admitted (it is in m_active), with its caller settled.
    void runStarted(jobs::RunRequest request, std::function<void(Result<jobs::Session>)> done,
                    std::function<void(const QString&, qint64, qint64)> progress);
    void runOnce(jobs::RunRequest request, int attempt, std::function<void(Result<jobs::Session>)> done,
                 std::function<void(const QString&, qint64, qint64)> progress);

    EngineOptions m_options;
    std::optional<catalog::Catalog> m_catalog;
    std::optional<jobs::JobStore> m_jobStore;
    std::optional<tenants::TenantStore> m_tenantStore;
    QHash<qint64, QPointer<jobs::BackupRun>> m_runs; // by job id
    QSet<qint64> m_active;                           // jobs running or waiting for a retry
    QSet<qint64> m_stopped;                          // jobs the user stopped: no retry
    jobs::Scheduler* m_scheduler = nullptr;
    std::function<void()> m_allStopped;
    bool m_started = false;
    std::shared_ptr<console::ConsoleSession> m_console;
    quint64 m_signInGeneration = 0;
};

} // namespace lifeboat
