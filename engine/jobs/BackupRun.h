#pragma once

#include "catalog/Catalog.h"
#include "jobs/JobStore.h"
#include "tenants/Tenants.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <QVector>
#include <atomic>
#include <functional>
#include <memory>

namespace lifeboat::repository {
class Repository;
}
namespace lifeboat::vsphere {
class VsphereClient;
class Inventory;
class TagClient;
struct SnapshotInfo;
} // namespace lifeboat::vsphere

namespace lifeboat::jobs {

struct RunRequest
{
    const QString& signInAccount() const { return endpointAccount.isEmpty() ? job.account : endpointAccount; }
    JobDefinition job;
    catalog::EndpointRecord endpoint;
    // The vCenter account the run signs in with: the job's own, or for a Cloud Director
    // organization's job the provider's service account (see EngineWorker::prepareRun).
    QString endpointAccount;
    QString endpointPassword;
    QByteArray repositoryPassword;
    QString guestPassword; // guest processing without a key file
    qint64 retryOf = 0;    // the session whose failed VMs this run retries
    QStringList onlyVms;   // morefs; empty: every VM of the job
    // What the engine could not settle before the run and the session should say (warnings).
    QStringList notes;
    // Set by the engine from the job's account: scope and quota of the run.
    tenants::Caller caller = tenants::Caller::administrator(QString());
};

// Snapshots made by Lifeboat carry this name prefix, so a later run can recognise and
// remove the ones a crash left behind without touching anybody else's.
inline constexpr const char* kSnapshotPrefix = "Lifeboat backup";

// One run of a backup job: a session in the catalog, one task per VM. Lives on the engine
// thread and never blocks it: vSphere calls are asynchronous, and opening the repository
// and the backup pipeline run on threads of their own.
//
// Per VM: snapshots an earlier run left behind are removed, change tracking is enabled if
// asked, a snapshot is taken, its disks are read through the datastore API (only the
// changed areas when the previous restore point's change ids allow it) into a new restore
// point, and the snapshot is removed again whatever happened, stop and failure included.
class BackupRun : public QObject
{
    Q_OBJECT
public:
    BackupRun(RunRequest request, JobStore& store, QObject* parent = nullptr);
    ~BackupRun() override;

    // `done` gets the finished session (also when it failed), or an error if not even the
    // session could be recorded.
    void start(std::function<void(Result<Session>)> done);
    // Graceful stop: the running VM's pipeline is cancelled, its snapshot removed, and the
    // VMs not yet started are left out. The session ends as Failed.
    void stop();
    qint64 sessionId() const { return m_session; }

Q_SIGNALS:
    void progressed(const QString& vm, qint64 doneBytes, qint64 totalBytes);

private:
    struct VmWork;
    void log(const QString& severity, const QString& object, const QString& message);
    void fail(const QString& message);
    void connectEndpoint();
    void readInventory();
    void resolveObjects();
    void resolveTags(std::function<void()> then);
    void nextVm();
    void removeOrphans(std::shared_ptr<VmWork> work);
    void removeLeftovers(std::shared_ptr<VmWork> work, QVector<vsphere::SnapshotInfo> leftovers, int index);
    void ensureChangeTracking(std::shared_ptr<VmWork> work);
    void findPrevious(std::shared_ptr<VmWork> work);
    void freezeGuest(std::shared_ptr<VmWork> work);
    void takeSnapshot(std::shared_ptr<VmWork> work);
    void thawGuest(std::shared_ptr<VmWork> work, std::function<void()> then);
    void dumpItems(std::shared_ptr<VmWork> work);
    void readSnapshotDisks(std::shared_ptr<VmWork> work);
    void queryChanges(std::shared_ptr<VmWork> work, int diskIndex);
    void readConfiguration(std::shared_ptr<VmWork> work);
    void runPipeline(std::shared_ptr<VmWork> work);
    void removeSnapshot(std::shared_ptr<VmWork> work);
    void indexFiles(std::shared_ptr<VmWork> work);
    void finishVm(std::shared_ptr<VmWork> work, SessionResult result, const QString& message);
    void finishSession();
    // Runs `work` on a thread of its own and hands its result to `then` on the engine thread.
    template <typename R> void offThread(std::function<R()> work, std::function<void(R)> then);

    RunRequest m_request;
    JobStore& m_store;
    std::function<void(Result<Session>)> m_done;
    qint64 m_session = 0;
    std::shared_ptr<repository::Repository> m_repository;
    vsphere::VsphereClient* m_client = nullptr;
    std::shared_ptr<vsphere::Inventory> m_inventory;
    struct Pending;
    std::unique_ptr<Pending> m_pending; // VMs still to do
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    QVector<QPointer<QThread>> m_threads; // helper threads, joined on destruction
    bool m_anyFailed = false;
    bool m_anyWarning = false;
    QString m_failure; // a failure of the whole run (sign-in, repository)
};

} // namespace lifeboat::jobs
