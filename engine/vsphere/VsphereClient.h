#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QVector>
#include <functional>
#include <memory>
#include <optional>

class QNetworkReply;
class QXmlStreamReader;

namespace lifeboat::vsphere {

// What RetrieveServiceContent tells about a vCenter or ESXi endpoint.
struct ServiceContent
{
    QString rootFolder;
    QString propertyCollector;
    QString viewManager;
    QString sessionManager;
    QString apiVersion;
    QString fullName;
    QString instanceUuid;
    QString fileManager;
};

struct UserSession
{
    QString key;
    QString userName;
    QString fullName;
};

struct VirtualDiskInfo
{
    int key = 0;
    int controllerKey = 0;
    qint64 capacityBytes = 0;
    QString fileName; // datastore path, "[datastore] folder/disk.vmdk"
    QString changeId; // changed-block tracking's id of this disk state; empty without CBT
    int unitNumber = -1;
    QString controllerType; // e.g. "ParaVirtualSCSIController", "VirtualIDEController"
    int controllerBus = -1;
};

// "vc.example" → "https://vc.example/sdk": the vim25 endpoint of a host name or URL.
QUrl sdkUrl(const QString& text);

struct VirtualMachineInfo
{
    QString moref;
    QString name;
    QString powerState;
    QString instanceUuid;
    QString guestFullName;
    QString vmPathName;
    QString datacenter; // the name, as /folder URLs need it
    QString guestIp;    // reported by VMware Tools; empty when they do not run
    bool changeTrackingEnabled = false;
    QStringList datastores; // morefs
    QVector<VirtualDiskInfo> disks;
};

struct SnapshotInfo
{
    QString moref;
    QString name;
    QString description;
    QDateTime created;
    QVector<SnapshotInfo> children;
};

// A changed area of a disk, in bytes.
struct DiskArea
{
    qint64 offset = 0;
    qint64 length = 0;
};

// A "[datastore] folder/file" path split into its parts; nullopt when it is not one.
struct DatastorePath
{
    QString datastore;
    QString path;
    static std::optional<DatastorePath> parse(const QString& text);
};

// How long a request may go without an answer in runs and restores: $LIFEBOAT_NETWORK_TIMEOUT
// seconds, 120 by default (datastores under load answer slowly; a dead server must not hang
// a run forever).
int networkTimeoutMs();

// "[ds] folder/disk1.vmdk" -> "[ds] folder/disk1-flat.vmdk": on VMFS and NFS the data of a
// flat disk sits in this file next to its descriptor. Empty for a path that is no .vmdk.
QString flatFileOf(const QString& descriptor);

// Parses the <val> of a VM's or snapshot's config.hardware.device property reply: the
// virtual disks. Public for tests with vCenter-shaped replies.
Result<QVector<VirtualDiskInfo>> parseDeviceReply(const QByteArray& reply);
// Parses snapshot.rootSnapshotList (an empty reply: no snapshots).
Result<QVector<SnapshotInfo>> parseSnapshotTree(const QByteArray& reply);
// Parses one QueryChangedDiskAreas reply: the areas and where the covered span ends.
struct ChangedAreasPage
{
    QVector<DiskArea> areas;
    qint64 coveredUntil = 0;
};
Result<ChangedAreasPage> parseChangedAreas(const QByteArray& reply);

// Parses one RetrievePropertiesEx or ContinueRetrievePropertiesEx reply, appending its
// VMs to `into`; returns the continuation token, empty on the last page, or
// "vsphere.malformed" for a reply that is not well-formed property data.
Result<QString> parseVirtualMachines(const QByteArray& reply, QVector<VirtualMachineInfo>& into);
// One VM property of a property reply or an update: the reader is on its <val>. The full read
// and the update feed (InventoryFeed) share it so both fill a VM alike. clearVmProperty
// applies an update that unsets the property.
void readVmProperty(VirtualMachineInfo& vm, const QString& property, QXmlStreamReader& reader);
void clearVmProperty(VirtualMachineInfo& vm, const QString& property);

// Accepts the reply's TLS errors only when the leaf certificate's SHA-256 thumbprint equals
// `pinnedSha256`; otherwise records the thumbprint on the reply (see thumbprintOf) so the
// failure can name it. Never ignores errors wholesale.
void applyCertificatePin(QNetworkReply* reply, const QString& pinnedSha256);
QString thumbprintOf(const QNetworkReply* reply);
// The error of a reply whose certificate applyCertificatePin refused: "tls.untrusted" with the
// thumbprint to compare when nothing is pinned, "tls.changed" when the pin no longer matches;
// nullopt when no certificate was refused. Every client that pins certificates (vSphere, Cloud
// Director) reports them alike through this.
std::optional<Error> certificateError(const QNetworkReply* reply, const QString& host,
                                      const QString& pinnedSha256);

// Formats a certificate digest the way vSphere and the lab print thumbprints:
// uppercase hex pairs separated by colons.
QString formatThumbprint(const QByteArray& digest);

class Inventory;

// A vim25 SOAP client on one endpoint. Asynchronous: every call returns at once and
// delivers its result to `done` on the thread the client lives on (the engine thread).
//
// TLS: the server certificate must verify against the system's CAs, or its SHA-256
// thumbprint must equal the pin the user accepted. An unknown certificate fails with
// "tls.untrusted" and its thumbprint (to show in a trust dialog); a pinned endpoint whose
// certificate changed fails with "tls.changed". Other TLS errors are never ignored.
class VsphereClient : public QObject
{
    Q_OBJECT
public:
    VsphereClient(const QUrl& sdkUrl, const QString& pinnedSha256, QObject* parent = nullptr);

    void retrieveServiceContent(std::function<void(Result<ServiceContent>)> done);
    // Accepts "DOMAIN\user", "user@domain" and plain user names as the server expects them.
    void login(const QString& userName, const QString& password,
               std::function<void(Result<UserSession>)> done);
    void currentTime(std::function<void(Result<QDateTime>)> done);
    // Every VM under the root folder, through a container view and RetrievePropertiesEx,
    // following continuation tokens (real vCenters page large results; vcsim never does).
    void listVirtualMachines(std::function<void(Result<QVector<VirtualMachineInfo>>)> done);
    // The whole tree: datacenters, folders, clusters, hosts, resource pools, vApps and VMs
    // with their parents, plus the VMs' details (listVirtualMachines).
    void listInventory(std::function<void(Result<Inventory>)> done);
    // Ends the session; no automatic sign-in happens after it.
    void logout(std::function<void(Status)> done);
    // Ends other sessions of the server (an administrator's tool; also how tests expire one).
    void terminateSessions(const QStringList& sessionKeys, std::function<void(Status)> done);
    QString sessionKey() const { return m_sessionKey; }

    // Tasks: waits until the task has ended; the task's result (a moref for tasks that
    // create something), or its error as "vsphere.task_failed" with the server's message.
    void waitForTask(const QString& task, std::function<void(Result<QString>)> done);
    void enableChangeTracking(const QString& vm, std::function<void(Status)> done);
    void createSnapshot(const QString& vm, const QString& name, const QString& description, bool quiesce,
                        std::function<void(Result<QString>)> done);
    void removeSnapshot(const QString& snapshot, std::function<void(Status)> done);
    void listSnapshots(const QString& vm, std::function<void(Result<QVector<SnapshotInfo>>)> done);
    // The disks as the snapshot froze them, with their change ids.
    void snapshotDisks(const QString& snapshot, std::function<void(Result<QVector<VirtualDiskInfo>>)> done);
    // CBT: the areas of a disk written between `changeId` (an earlier state's id, or "*" for
    // every allocated area) and the snapshot.
    void queryChangedDiskAreas(const QString& vm, const QString& snapshot, int deviceKey, qint64 capacity,
                               const QString& changeId, std::function<void(Result<QVector<DiskArea>>)> done);
    // Restore (VmProvisioning.cpp). Power operations succeed when the VM is in that state
    // already.
    void powerOn(const QString& vm, std::function<void(Status)> done);
    void powerOff(const QString& vm, std::function<void(Status)> done);
    // Sets the CPU count and memory (MiB); 0 leaves that value as it is.
    void setCpuAndMemory(const QString& vm, int cpus, qint64 memoryMiB, std::function<void(Status)> done);
    // Creates a VM from `configSpec` (the inside of a VirtualMachineConfigSpec) in a folder and
    // resource pool, or inside a vApp when `vapp` is set; the new VM's moref.
    // `host` (optional) places it on that host of the pool's cluster.
    void createVm(const QString& folder, const QString& pool, const QString& vapp, const QString& host,
                  const QByteArray& configSpec, std::function<void(Result<QString>)> done);
    // Deletes a datastore file or folder; `datacenter` is the datacenter's moref.
    void deleteDatastoreFile(const QString& datacenter, const QString& datastorePath,
                             std::function<void(Status)> done);
    // The VM's devices as they are now (disks with their controllers).
    void currentDisks(const QString& vm, std::function<void(Result<QVector<VirtualDiskInfo>>)> done);
    // Renames a managed entity (a VM, folder, ...); Destroy_Task deletes it (a VM with its files).
    void rename(const QString& type, const QString& moref, const QString& newName,
                std::function<void(Status)> done);
    void destroy(const QString& type, const QString& moref, std::function<void(Status)> done);

    // The datastore HTTP address of a file ("[ds] folder/file") in a datacenter.
    QUrl datastoreFileUrl(const QString& datacenter, const QString& datastorePath) const;
    // Downloads a small datastore file (a .vmx), at most `maxBytes`.
    void downloadDatastoreFile(const QString& datacenter, const QString& datastorePath, qint64 maxBytes,
                               std::function<void(Result<QByteArray>)> done);
    // The session cookie for datastore transfers on other connections ("name=value").
    QByteArray sessionCookie() const;
    const QString& pinnedSha256() const { return m_pinnedSha256; }

    // Idle sessions end on the server after its timeout (30 minutes on vCenter by default);
    // a console that stays open keeps its session by asking the server's time when no
    // other request went out for `intervalMs`. 0 turns it off. A keep-alive that finds the
    // session ended signs in again like any call.
    void setKeepAlive(int intervalMs);
    // Requests sent so far, keep-alives included (diagnostics and tests).
    quint64 requestsSent() const { return m_requestsSent; }

    // Timeout per request; a server that stops answering fails the call.
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    const QUrl& url() const { return m_url; }
    const ServiceContent& serviceContent() const { return m_content; }

private:
    friend class InventoryFeed; // sends the PropertyCollector calls of the update feed

    // Posts one SOAP body and hands back the body of the response's <soapenv:Body>, or
    // the fault, TLS, HTTP or network error mapped to a clear message.
    // A call that finds the session gone (idle timeout, server restart, terminated by an
    // administrator) signs in again once with the same account and is repeated.
    void call(const QString& method, const QByteArray& body, std::function<void(Result<QByteArray>)> done,
              bool mayRenewSession = true);
    Error networkError(QNetworkReply* reply, const QByteArray& response) const;
    void retrieveProperties(const char* type, const QString& moref, const QStringList& paths,
                            std::function<void(Result<QByteArray>)> done);
    void runTask(const QString& method, const QByteArray& body, std::function<void(Result<QString>)> done);
    // The disks in a VM's or snapshot's config.hardware.device.
    void deviceDisks(const char* type, const QString& moref,
                     std::function<void(Result<QVector<VirtualDiskInfo>>)> done);
    void pollTask(const QString& task, int delayMs, std::function<void(Result<QString>)> done);
    void collectChangedAreas(const QString& vm, const QString& snapshot, int deviceKey, qint64 capacity,
                             const QString& changeId, qint64 from, QVector<DiskArea> found,
                             std::function<void(Result<QVector<DiskArea>>)> done);
    void collectInventoryObjects(const QString& view, const QString& token,
                                 std::shared_ptr<Inventory> inventory,
                                 std::function<void(Result<Inventory>)> done);
    void resolveDatacenters(QVector<VirtualMachineInfo> vms,
                            std::function<void(Result<QVector<VirtualMachineInfo>>)> done);
    void collectVirtualMachines(const QString& view, const QString& token, QVector<VirtualMachineInfo> found,
                                std::function<void(Result<QVector<VirtualMachineInfo>>)> done);

    QUrl m_url;
    QString m_pinnedSha256;
    QNetworkAccessManager m_network;
    ServiceContent m_content;
    // The account of the current session, held in memory only, to renew an expired session.
    QString m_userName;
    QString m_password;
    QString m_sessionKey;
    int m_timeoutMs = 60000;
    QTimer* m_keepAlive = nullptr;
    int m_keepAliveMs = 0;
    qint64 m_lastRequestMs = 0;
    quint64 m_requestsSent = 0;
};

} // namespace lifeboat::vsphere
