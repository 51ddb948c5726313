#pragma once

#include "catalog/Catalog.h"
#include "core/Result.h"
#include "tenants/Tenants.h"
#include "vcd/VcdClient.h"

#include <QCoreApplication>
#include <QHash>
#include <functional>
#include <optional>

namespace lifeboat::vcd {

// Cloud Director places an organization's VMs on vCenters it names; Lifeboat reaches their
// disks through one of its own vSphere endpoints, signed in with a service account the
// provider chose (its password lives in the keychain, under the endpoint's entry).
struct VcenterLink
{
    qint64 vcdEndpointId = 0;
    QString vcenter; // as Cloud Director calls it
    qint64 vsphereEndpointId = 0;
    QString account;
};

class VcenterLinks
{
    Q_DECLARE_TR_FUNCTIONS(lifeboat::vcd::VcenterLinks)

public:
    explicit VcenterLinks(catalog::Catalog& catalog)
        : m_catalog(catalog)
    {}

    Status save(const VcenterLink& link);
    Result<QVector<VcenterLink>> links(qint64 vcdEndpointId) const;
    Status remove(qint64 vcdEndpointId, const QString& vcenter);
    // The provider's account on the Cloud Director ("admin@System"); empty when none is set.
    Result<QString> providerAccount(qint64 vcdEndpointId) const;
    Status setProviderAccount(qint64 vcdEndpointId, const QString& account);

private:
    catalog::Catalog& m_catalog;
};

// What signing in as an organization user yields: who it is in Cloud Director and in
// Lifeboat, its organization's inventory, and how the engine reaches the VMs' disks.
struct OrganizationSignIn
{
    Session session;
    Inventory inventory;    // as Cloud Director shows it to the user: its organization only
    tenants::Caller caller; // the organization, its scope refreshed from `inventory`
    catalog::EndpointRecord vcenter;
    QString vcenterAccount;
    QString vcenterPassword;          // memory only
    QHash<QString, QString> vappOfVm; // vCenter moref → the Cloud Director vApp it belongs to
    QHash<QString, Vm> vms;           // vCenter moref → Cloud Director's record of the VM
};

// The organization's VMs as scope entries on the vCenter endpoint they live on; VMs on a
// vCenter no link names make it fail with "vcd.vcenter_unlinked", VMs on two linked vCenters
// with "vcd.several_vcenters" (one vCenter per organization, for now), a VM whose moref the
// server withholds with "vcd.moref_hidden".
struct OrganizationScope
{
    VcenterLink link;
    QVector<tenants::ScopeEntry> scopes;
};
Result<OrganizationScope> organizationScope(const Inventory& inventory, const QVector<VcenterLink>& links,
                                            const QString& organization);

// Signs in to the Cloud Director `vcdEndpoint` as "user@org" (which proves the password),
// reads what Cloud Director shows the user, and checks that the provider set the
// organization up ("scope.unknown_account" otherwise) and linked its vCenter. Then stores
// the organization's refreshed scope and reads the service account's password from the
// keychain. Provider accounts (user@System) are refused: they sign in to the vCenter.
// Runs on the engine thread; `done` is called there.
void signInOrganizationUser(catalog::Catalog& catalog, tenants::TenantStore& tenants,
                            const catalog::EndpointRecord& vcdEndpoint, const QString& userAtOrg,
                            const QString& password, std::function<void(Result<OrganizationSignIn>)> done);

// Reads the organization's VMs again as the provider sees them (its VDCs, then their VMs),
// and stores them as its scope: what a job of the organization runs with when none of its
// users signed in lately, so a VM Cloud Director moved to another organization is no longer
// backed up as this one's. Needs the provider's account ("vcd.no_provider_account").
void refreshOrganizationScope(catalog::Catalog& catalog, tenants::TenantStore& tenants,
                              const catalog::EndpointRecord& vcdEndpoint, tenants::Tenant organization,
                              std::function<void(Result<tenants::Tenant>)> done);

// The organization's record of the VM named `name` (what a restore point calls it); nullopt
// when Cloud Director no longer has it.
std::optional<Vm> organizationVm(const QHash<QString, Vm>& organizationVms, const QString& name);

// What Cloud Director was told after a restore of one of the organization's VMs.
struct SettledVm
{
    QString href;           // the VM in Cloud Director
    bool imported = false;  // the restore created it, and it is now a VM of the original's vApp
    bool poweredOn = false; // through a Cloud Director task
    QString warning;        // powering on failed: the VM is restored and in its vApp, but off
};

// After a restore of the organization's VM `original` wrote to `restoredMoref` on the vCenter:
// a VM the restore created (keep, or a VM that was gone) is imported into the original's vApp,
// and, if asked, the VM is powered on through Cloud Director, which owns a managed VM's state.
// Both are the provider's to do (its account from 'lifeboat-cli vcd provider set'); a failed
// import fails with "vcd.no_provider_account" or the server's error.
void settleRestoredVm(catalog::Catalog& catalog, const catalog::EndpointRecord& vcdEndpoint,
                      const Vm& original, const QString& restoredMoref, const QString& restoredName,
                      bool powerOn, std::function<void(Result<SettledVm>)> done);

} // namespace lifeboat::vcd
