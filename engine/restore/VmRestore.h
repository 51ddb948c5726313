#pragma once

#include "catalog/Catalog.h"
#include "jobs/JobStore.h"
#include "tenants/Tenants.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <atomic>
#include <functional>
#include <memory>

namespace lifeboat::repository {
class Repository;
struct Manifest;
} // namespace lifeboat::repository

namespace lifeboat::vsphere {
class VsphereClient;
class Inventory;
struct VirtualDiskInfo;
} // namespace lifeboat::vsphere

namespace lifeboat::restore {

enum class VmRestoreMode
{
    // Power the VM off and replace its disks, CPUs and memory; the VM keeps its identity
    // (moref, instance UUID), so the jobs protecting it go on working. A VM that is gone is
    // created again under its own name.
    Overwrite,
    // Create a new VM beside the original (same folder, resource pool or vApp, datastore)
    // named "<name>_restored"; the original is not touched.
    Keep
};

struct VmRestoreRequest
{
    catalog::EndpointRecord endpoint;
    QString user; // the vCenter account the restore signs in with
    QString password;
    // Who asked, for the audit: `user` unless a Cloud Director organization's user restores
    // through the provider's service account.
    QString operatorAccount;
    std::shared_ptr<repository::Repository> repository;
    QString restorePoint;
    VmRestoreMode mode = VmRestoreMode::Keep;
    bool powerOn = false;
    QString newName; // Keep: the new VM's name; empty: "<name>_restored"
    // A new location instead of the original one (administrators only): a VM is created
    // there like with Keep. Empty fields keep the original's folder, pool or datastore.
    QString targetFolder;    // moref of a Folder
    QString targetPool;      // moref of a ResourcePool or VirtualApp
    QString targetDatastore; // datastore name
    QString targetHost;      // moref of a HostSystem
    bool newLocation() const
    {
        return !targetFolder.isEmpty() || !targetPool.isEmpty() || !targetDatastore.isEmpty() ||
               !targetHost.isEmpty();
    }
    tenants::Caller caller = tenants::Caller::administrator(QString());
};

// A restore point a vApp restore may pick for a member: the caller has filtered these to
// the ones it may restore (its tenant's), from whichever repositories it uses.
struct VappRestoreCandidate
{
    QString repository; // the caller's name for it: a path, or empty when it has only one
    QString restorePoint;
    QString vmId; // instance UUID, else moref
    QDateTime time;
};

struct VappRestoreMember
{
    QString moref;
    QString name;
    VappRestoreCandidate point;
};

// Which restore point each member of a vApp is restored from. The CLI's `restore vapp` and
// the console share it so that both choose the same points and refuse the same things.
struct VappRestorePlan
{
    QString vappMoref;
    QString vappName;
    QVector<VappRestoreMember> members; // in inventory order
    QStringList withoutRestorePoint;    // names of members with none (not newer than `asOf`)
};

// `vapp`: a moref or a unique name. Refuses the whole vApp ("scope.denied") when the caller
// may not reach the vApp or any one of its members, so nothing is restored half. `asOf`
// invalid: each member's newest restore point; otherwise its newest not newer than `asOf`.
Result<VappRestorePlan> planVappRestore(const vsphere::Inventory& inventory, const tenants::Caller& caller,
                                        qint64 endpointId, const QString& vapp,
                                        const QVector<VappRestoreCandidate>& candidates,
                                        const QDateTime& asOf = {});
// The same for a vApp vCenter does not know, given by its members' morefs: a Cloud Director
// vApp. `vappMoref` of the plan stays empty.
Result<VappRestorePlan> planMembersRestore(const vsphere::Inventory& inventory, const tenants::Caller& caller,
                                           qint64 endpointId, const QString& vappName,
                                           const QStringList& members,
                                           const QVector<VappRestoreCandidate>& candidates,
                                           const QDateTime& asOf = {});

// Restores a VM from a restore point to its original location, as a session with a log
// and an audit record. Runs on the engine thread without blocking it: vSphere calls are
// asynchronous, and the disk uploads (streamed from the repository with PUT through the
// datastore API) run on threads of their own.
class VmRestore : public QObject
{
    Q_OBJECT

public:
    VmRestore(VmRestoreRequest request, jobs::JobStore& store, QObject* parent = nullptr);
    ~VmRestore() override;
    // `done` gets the finished session (also when it failed), or an error if not even the
    // session could be recorded.
    void start(std::function<void(Result<jobs::Session>)> done);
    // Stops the upload; the session ends as Failed. A VM being overwritten is left powered
    // off with incomplete disks, which the session says.
    void stop();
    qint64 sessionId() const { return m_session; }
    // The VM written to: the original (overwrite) or the one the restore created; empty
    // before the restore got that far.
    const QString& target() const { return m_target; }
    const QString& targetName() const { return m_targetName; }

Q_SIGNALS:
    void progressed(qint64 doneBytes, qint64 totalBytes);

private:
    void log(const QString& severity, const QString& message);
    void fail(const QString& message);
    void finish(jobs::SessionResult result, const QString& message);
    void connectEndpoint();
    void locate();
    void overwrite();
    void overwriteDisks(QVector<vsphere::VirtualDiskInfo> current);
    void create(const QString& name);
    void createAround(const QString& name, const QString& datastore, QVector<QString> descriptors);
    void cleanUpFolder(const QString& datastoreFolder, const QString& reason);
    void afterDisks(const QString& vm);
    // Uploads the restore point's disks, one after the other, to the given flat files.
    void uploadDisks(QVector<QString> flatFiles, QVector<QString> descriptors,
                     std::function<void(Status)> then);
    template <typename R> void offThread(std::function<R()> work, std::function<void(R)> then);

    VmRestoreRequest m_request;
    jobs::JobStore& m_store;
    std::function<void(Result<jobs::Session>)> m_done;
    qint64 m_session = 0;
    qint64 m_task = 0;
    QDateTime m_taskStarted;
    std::unique_ptr<repository::Manifest> m_manifest;
    vsphere::VsphereClient* m_client = nullptr;
    std::shared_ptr<vsphere::Inventory> m_inventory;
    QString m_original; // the VM's moref if it still exists
    QString m_target;   // moref of the VM written to
    QString m_targetName;
    QString m_datacenterMoref;
    qint64 m_bytesWritten = 0;
    bool m_warning = false;
    bool m_finished = false;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    QVector<QPointer<QThread>> m_threads;
};

} // namespace lifeboat::restore
