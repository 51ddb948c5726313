#pragma once

#include "catalog/Catalog.h"
#include "core/Result.h"
#include "jobs/Job.h"
#include "repository/Manifest.h"
#include "tenants/Tenants.h"
#include "vcd/VcdClient.h"
#include "vsphere/Inventory.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QHash>
#include <functional>
#include <memory>
#include <optional>

namespace lifeboat {
class EngineWorker;
}
namespace lifeboat::repository {
class Repository;
}

namespace lifeboat::vsphere {
class InventoryFeed;
}

namespace lifeboat::console {

// What the console's tabs show, computed on the engine thread for the signed-in account
// and handed to the GUI as plain values: the GUI never sees an engine object.

struct SignInRequest
{
    QString server; // a vCenter's host name or URL, or an endpoint of the catalog by its URL
    QString user;
    QString password;
};

// Who the console is signed in as, for the GUI to show and to decide what to offer.
struct Identity
{
    QString user;
    QString server; // the endpoint's URL
    qint64 endpointId = 0;
    bool administrator = false;
    bool offline = false; // a repository opened without any server
    std::optional<qint64> quotaBytes;
};

// The endpoint record a server text names: the catalog's, or a new one (id 0, not saved).
Result<catalog::EndpointRecord> endpointForServer(catalog::Catalog& catalog, const QString& server);
// Pins a certificate the user has compared and accepted; adds the endpoint if it is new.
Status trustServer(catalog::Catalog& catalog, const QString& server, const QString& thumbprint);

struct RestorePointRow
{
    QString id;
    QString repository; // location
    QString vmId;
    QString vmName;
    QDateTime time;
    qint64 sourceBytes = 0; // the disks' logical size
    qint64 storedBytes = 0; // what this restore point added to the repository
    QStringList disks;
    QStringList items; // "postgresql:sales"
    std::optional<QDateTime> immutableUntil;
};

struct VmRow
{
    QString moref;
    QString identity; // what its restore points call it: the instance UUID, else the moref
    QString name;
    QString powerState; // poweredOn, poweredOff, suspended
    QString guestOs;
    QString location; // folder path
    QString vapp;     // name of the vApp it belongs to, if any
    qint64 diskBytes = 0;
    QStringList jobs; // names of the caller's jobs that protect it
    int restorePoints = 0;
    QDateTime newestRestorePoint;
};

struct JobRow
{
    jobs::JobDefinition job;
    std::optional<jobs::Session> last;
    std::optional<QDateTime> nextRun;
    bool running = false;
};

struct DayResults
{
    QDate day;
    int success = 0;
    int warning = 0;
    int failed = 0;
    qint64 bytesRead = 0;
    double seconds = 0;
};

struct DashboardData
{
    int protectedVms = 0;
    int unprotectedVms = 0;
    int restorePoints = 0;
    qint64 backupBytes = 0; // stored after deduplication and compression
    std::optional<qint64> quotaBytes;
    QVector<DayResults> days; // the last 7 days, oldest first
    int success24h = 0;
    int warning24h = 0;
    int failed24h = 0;
    QString longestJob;
    double longestSeconds = 0;
    double averageBytesPerSecond = 0; // over the last 7 days' finished backup sessions
    QStringList problems;             // repositories that could not be read, and why
};

// The account signed in to the console, on the engine thread: who it is (its scope), the
// endpoint it proved that on, and the repositories it uses. The endpoint password is kept
// in memory only, for the restores and backups the user starts from the console.
class ConsoleSession : public std::enable_shared_from_this<ConsoleSession>
{
    Q_DECLARE_TR_FUNCTIONS(lifeboat::console::ConsoleSession)

public:
    // Signs in to the endpoint (which proves the password), reads the inventory and the
    // account's tag scopes, and keeps the inventory in the catalog. "tls.untrusted" and
    // "tls.changed" carry the certificate's thumbprint in Error::detail.
    static void signIn(EngineWorker& worker, SignInRequest request,
                       std::function<void(Result<std::shared_ptr<ConsoleSession>>)> done);
    // The same through a Cloud Director endpoint of the catalog, as "user@org": the
    // organization is the caller, its VMs are read through the provider's service account.
    static void signInCloudDirector(EngineWorker& worker, const catalog::EndpointRecord& cloudDirector,
                                    SignInRequest request,
                                    std::function<void(Result<std::shared_ptr<ConsoleSession>>)> done);

    Identity identity() const;
    // The offline restore workstation: a repository opened with its password and no server.
    // Whoever has the password may read everything in it, so the session has no scope limit;
    // VMs are those the restore points name, and there are no jobs.
    static Result<std::shared_ptr<ConsoleSession>> openOffline(const QString& location,
                                                               const QByteArray& password);
    bool isOffline() const { return m_offline; }

    // Reads the inventory (and tag scopes) again, e.g. after a restore created a VM: through
    // the server's change feed (vsphere/InventoryFeed) when it has one, else in full.
    void refreshInventory(EngineWorker& worker, std::function<void(Status)> done);
    // Milliseconds since the inventory was read.
    qint64 inventoryAge() const { return m_inventoryRead.isValid() ? m_inventoryRead.elapsed() : -1; }
    const tenants::Caller& caller() const { return m_caller; }
    // The vCenter the session works on, and the account and password it signs in there with:
    // the user's own, or for a Cloud Director user the provider's service account.
    const catalog::EndpointRecord& endpoint() const { return m_endpoint; }
    const QString& user() const { return m_user; }
    const QString& password() const { return m_password; }
    // Who signed in, for messages and the restore audit ("user@org" through Cloud Director).
    QString signedInAs() const { return m_cloudDirector.isEmpty() ? m_user : m_cloudDirectorUser; }
    // Whose new jobs are: the account, or the Cloud Director user's organization.
    QString jobOwner() const { return m_cloudDirector.isEmpty() ? m_user : m_caller.account(); }
    bool isCloudDirector() const { return !m_cloudDirector.isEmpty(); }
    // A Cloud Director vApp's members (morefs) by the vApp's name; empty if there is none.
    QStringList cloudDirectorVapp(const QString& name) const;
    // The Cloud Director signed in through (id 0 otherwise), and its VMs as it showed them.
    const catalog::EndpointRecord& cloudDirector() const { return m_cloudDirectorEndpoint; }
    const QHash<QString, vcd::Vm>& cloudDirectorVms() const { return m_cloudDirectorVms; }
    // A VM Cloud Director took in after a restore: part of the organization (its scope, its
    // vApp) from now on, as the next sign-in would find it.
    Status adoptCloudDirectorVm(tenants::TenantStore& tenants, const vcd::Vm& vm);
    // The whole tree (containment needs it); what the caller sees goes through visibleVms().
    const vsphere::Inventory& inventory() const { return m_inventory; }
    QVector<vsphere::VirtualMachineInfo> visibleVms() const;

    // Jobs the caller may see and run: all for an administrator, its own for a tenant.
    Result<QVector<jobs::JobDefinition>> jobs(EngineWorker& worker) const;
    Result<QVector<JobRow>> jobRows(EngineWorker& worker) const;
    Status checkJob(const jobs::JobDefinition& job) const;
    // The repositories the caller's jobs (and its tenant record) write to.
    Result<QStringList> repositories(EngineWorker& worker) const;
    // Opens (once per session) a repository with the password from the environment or the
    // keychain, as scheduled jobs do.
    Result<std::shared_ptr<repository::Repository>> openRepository(EngineWorker& worker,
                                                                   const QString& location);
    // The caller's restore points in all its repositories, newest first. Repositories that
    // cannot be read are reported in `problems`, not fatal: one broken repository must not
    // hide the others.
    Result<QVector<RestorePointRow>> restorePoints(EngineWorker& worker, QStringList* problems = nullptr);
    Result<QVector<VmRow>> vmRows(EngineWorker& worker, QStringList* problems = nullptr);
    Result<DashboardData> dashboard(EngineWorker& worker, const QDateTime& now);

private:
    ConsoleSession() = default;
    void adoptInventory(EngineWorker& worker, vsphere::Inventory inventory, std::function<void(Status)> done);
    static QVector<VmRow> offlineVmRows(const QVector<RestorePointRow>& points);

    tenants::Caller m_caller = tenants::Caller::administrator(QString());
    catalog::EndpointRecord m_endpoint;
    QString m_user;
    QString m_password;
    // Set when signed in through a Cloud Director (its URL), as an organization's user.
    QString m_cloudDirector;
    QString m_cloudDirectorUser;
    QHash<QString, QString> m_cloudDirectorVappOf; // moref → vApp name
    catalog::EndpointRecord m_cloudDirectorEndpoint;
    QHash<QString, vcd::Vm> m_cloudDirectorVms;
    vsphere::Inventory m_inventory;
    QElapsedTimer m_inventoryRead;
    // The change feed re-reads use, with a server session of its own; made at the first
    // re-read, dropped (and the inventory read in full) when it cannot go on.
    std::shared_ptr<vsphere::InventoryFeed> m_feed;
    bool m_offline = false;
    struct OpenRepository
    {
        std::shared_ptr<repository::Repository> repository;
        QStringList indexes; // the index files its in-memory index was read from
    };
    QHash<QString, OpenRepository> m_repositories;
};

} // namespace lifeboat::console
