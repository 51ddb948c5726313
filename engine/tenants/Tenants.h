#pragma once

#include "catalog/Catalog.h"
#include "core/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <QVector>
#include <optional>

namespace lifeboat::vsphere {
class Inventory;
}

namespace lifeboat::tenants {

struct ScopeEntry
{
    qint64 endpointId = 0;
    QString kind; // "folder", "resource_pool", "vapp", "vm", "tag" (moref holds the tag's name)
    QString moref;
};

struct Tenant
{
    qint64 id = 0;
    QString account; // "DOMAIN\user" or "user@domain", as the endpoint signs it in
    bool admin = false;
    QString repository; // where its backups go (location); empty: the job decides
    std::optional<qint64> quotaBytes;
    QVector<ScopeEntry> scopes;
    // A Cloud Director organization (its account is organizationAccount()): its users sign in
    // there as user@org, and its scope is the VMs Cloud Director shows the organization,
    // refreshed at every sign-in. No vCenter account is ever matched to it.
    qint64 vcdEndpointId = 0;
    QString organization;
    QJsonObject jobTemplate; // job options (JobDefinition JSON) new jobs of the organization start from
    QString schedulePolicy;  // jobs::SchedulePolicy's text: when the tenant's jobs may start
    bool isOrganization() const { return vcdEndpointId != 0; }
};

// The tenant name of an organization on a Cloud Director, e.g. "vcd:vcd.example/acme": the
// name its restore points and jobs carry. No vCenter account can be spelled like it.
QString organizationAccount(const QString& vcdUrl, const QString& organization);

// Who is calling the engine, after the endpoint accepted their password. An administrator
// sees everything; a tenant sees the VMs inside its scope on that endpoint and nothing else.
// Until the first account is added, the catalog is in single-user mode: whoever the
// endpoint signs in is an administrator (the person who installed Lifeboat on this
// computer). From then on an account that is not listed is refused.
class Caller
{
    Q_DECLARE_TR_FUNCTIONS(lifeboat::tenants::Caller)

public:
    static Caller administrator(const QString& account);
    static Caller tenant(Tenant tenant);

    const QString& account() const { return m_account; }
    bool isAdministrator() const { return m_admin; }
    const std::optional<Tenant>& tenantRecord() const { return m_tenant; }
    // The tenant's name for restore points; empty for administrators.
    QString tenantName() const { return m_admin ? QString() : m_account; }

    // Whether `object` (a VM or a container) on `endpointId` is inside the caller's scope.
    bool mayAccess(qint64 endpointId, const vsphere::Inventory& inventory, const QString& object) const;
    // Tag scopes are resolved against the endpoint's tagging service before checks:
    // the tags (names) the caller's scope names on an endpoint, and their objects.
    QStringList tagNames(qint64 endpointId) const;
    void setTagMembers(const QString& tagName, const QStringList& morefs) { m_tagMembers[tagName] = morefs; }

    // Whether a restore point made for `restorePointTenant` (empty: an administrator's) is
    // the caller's to see and restore.
    bool owns(const QString& restorePointTenant) const;
    // "scope.denied" when it is not.
    Status checkAccess(qint64 endpointId, const vsphere::Inventory& inventory, const QString& object) const;

private:
    QString m_account;
    bool m_admin = false;
    std::optional<Tenant> m_tenant;
    QHash<QString, QStringList> m_tagMembers;
};

class TenantStore
{
    Q_DECLARE_TR_FUNCTIONS(lifeboat::tenants::TenantStore)

public:
    explicit TenantStore(catalog::Catalog& catalog)
        : m_catalog(catalog)
    {}

    // Inserts or replaces an account with its scope.
    Result<qint64> save(const Tenant& tenant);
    Result<QVector<Tenant>> tenants() const;
    Result<std::optional<Tenant>> find(const QString& account) const;
    Status remove(const QString& account);
    // The caller a vCenter account signs in as (see Caller); "scope.unknown_account" if
    // refused. Organizations are never matched: their users sign in through Cloud Director.
    Result<Caller> callerFor(const QString& account) const;
    // Whose a job is, by the account it names: a vCenter account as callerFor(), or an
    // organization by its organizationAccount().
    Result<Caller> callerForOwner(const QString& account) const;
    Result<std::optional<Tenant>> findOrganization(qint64 vcdEndpointId, const QString& organization) const;

private:
    Result<Caller> callerMatching(const QString& account, bool organizations) const;

    catalog::Catalog& m_catalog;
};

// Account names compare without case, and "DOMAIN\user" equals "user@DOMAIN" only when
// written the same way: Lifeboat does not guess domain mappings.
bool sameAccount(const QString& a, const QString& b);

} // namespace lifeboat::tenants
