#pragma once

#include "core/Result.h"
#include "vsphere/VsphereClient.h"

#include <QHash>
#include <QStringList>

namespace lifeboat::vsphere {

// One managed entity: a datacenter, folder, cluster, host, resource pool, vApp or VM.
struct InventoryObject
{
    QString moref;
    QString type; // "Folder", "Datacenter", "ClusterComputeResource", "HostSystem", "ResourcePool",
                  // "VirtualApp", "VirtualMachine"
    QString name;
    QString parent;
    QString resourcePool; // VMs: the pool (or vApp) whose resources they use
    QString parentVApp;   // VMs and vApps in a vApp
    QString parentFolder; // vApps: the folder that lists them
};

// The inventory of an endpoint as a tree, with the VMs' details. Containment follows
// every way vSphere nests a VM: its folder chain, its resource pool chain and its vApp, so
// a scope on a folder, a resource pool or a vApp each find the VMs an administrator
// expects there.
class Inventory
{
public:
    QHash<QString, InventoryObject> objects; // by moref, VMs included
    QVector<VirtualMachineInfo> vms;

    const InventoryObject* object(const QString& moref) const;
    const VirtualMachineInfo* vm(const QString& moref) const;
    // True when `vm` is `container` or lies anywhere below it.
    bool contains(const QString& container, const QString& vm) const;
    // The VMs below a container (or the VM itself), in inventory order.
    QStringList vmsIn(const QString& container) const;
    // "DC0/vm/Tenants/tenant-1": names along the folder chain.
    QString path(const QString& moref) const;
    static bool isContainerType(const QString& type);
};

// Parses one page of the container reply (names and parents of every entity); returns the
// continuation token, or "vsphere.malformed".
Result<QString> parseInventoryObjects(const QByteArray& reply, QHash<QString, InventoryObject>& into);

} // namespace lifeboat::vsphere
