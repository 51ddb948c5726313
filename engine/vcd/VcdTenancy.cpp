#include "vcd/VcdTenancy.h"

#include "credentials/Keychain.h"

#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <memory>

namespace lifeboat::vcd {

namespace {

Error queryFailed(const QSqlQuery& query)
{
    return Error{QStringLiteral("catalog.query_failed"),
                 VcenterLinks::tr("The catalog could not read or write the Cloud Director vCenter links: %1")
                     .arg(query.lastError().text())};
}

} // namespace

Status VcenterLinks::save(const VcenterLink& link)
{
    QSqlQuery query(m_catalog.connection());
    query.prepare(QStringLiteral("INSERT INTO vcd_vcenters (vcd_endpoint_id, vcenter, vsphere_endpoint_id, "
                                 "account) VALUES (?, ?, ?, ?) "
                                 "ON CONFLICT(vcd_endpoint_id, vcenter) DO UPDATE SET vsphere_endpoint_id = "
                                 "excluded.vsphere_endpoint_id, "
                                 "account = excluded.account"));
    query.addBindValue(link.vcdEndpointId);
    query.addBindValue(link.vcenter);
    query.addBindValue(link.vsphereEndpointId);
    query.addBindValue(link.account);
    if (!query.exec())
        return queryFailed(query);
    return success();
}

Result<QVector<VcenterLink>> VcenterLinks::links(qint64 vcdEndpointId) const
{
    QSqlQuery query(m_catalog.connection());
    query.prepare(
        QStringLiteral("SELECT vcd_endpoint_id, vcenter, vsphere_endpoint_id, account FROM vcd_vcenters "
                       "WHERE ? = 0 OR vcd_endpoint_id = ? ORDER BY vcd_endpoint_id, vcenter"));
    query.addBindValue(vcdEndpointId);
    query.addBindValue(vcdEndpointId);
    if (!query.exec())
        return queryFailed(query);
    QVector<VcenterLink> found;
    while (query.next())
        found.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toLongLong(),
                      query.value(3).toString()});
    return found;
}

Status VcenterLinks::remove(qint64 vcdEndpointId, const QString& vcenter)
{
    QSqlQuery query(m_catalog.connection());
    query.prepare(QStringLiteral("DELETE FROM vcd_vcenters WHERE vcd_endpoint_id = ? AND vcenter = ?"));
    query.addBindValue(vcdEndpointId);
    query.addBindValue(vcenter);
    if (!query.exec())
        return queryFailed(query);
    if (query.numRowsAffected() == 0)
        return Error{QStringLiteral("vcd.no_link"), tr("No link for the vCenter %1.").arg(vcenter)};
    return success();
}

Result<QString> VcenterLinks::providerAccount(qint64 vcdEndpointId) const
{
    QSqlQuery query(m_catalog.connection());
    query.prepare(QStringLiteral("SELECT account FROM vcd_providers WHERE vcd_endpoint_id = ?"));
    query.addBindValue(vcdEndpointId);
    if (!query.exec())
        return queryFailed(query);
    return query.next() ? query.value(0).toString() : QString();
}

Status VcenterLinks::setProviderAccount(qint64 vcdEndpointId, const QString& account)
{
    QSqlQuery query(m_catalog.connection());
    query.prepare(QStringLiteral("INSERT INTO vcd_providers (vcd_endpoint_id, account) VALUES (?, ?) "
                                 "ON CONFLICT(vcd_endpoint_id) DO UPDATE SET account = excluded.account"));
    query.addBindValue(vcdEndpointId);
    query.addBindValue(account);
    if (!query.exec())
        return queryFailed(query);
    return success();
}

Result<OrganizationScope> organizationScope(const Inventory& inventory, const QVector<VcenterLink>& links,
                                            const QString& organization)
{
    OrganizationScope scope;
    QSet<QString> vcenters;
    for (const Vm& vm : inventory.vms) {
        if (vm.moref.isEmpty() || vm.vcenterName.isEmpty())
            return Error{
                QStringLiteral("vcd.moref_hidden"),
                VcenterLinks::tr("Cloud Director does not tell which vCenter VM the VM %1 is, so its "
                                 "disks cannot be reached. Lifeboat needs the VMs' vCenter identity "
                                 "in the organization's query results.")
                    .arg(vm.name)};
        vcenters.insert(vm.vcenterName);
    }
    if (vcenters.size() > 1) {
        QStringList names = vcenters.values();
        names.sort();
        return Error{
            QStringLiteral("vcd.several_vcenters"),
            VcenterLinks::tr("The organization %1 has VMs on several vCenters (%2); Lifeboat backs up "
                             "an organization on one vCenter only.")
                .arg(organization, names.join(QStringLiteral(", ")))};
    }
    if (vcenters.isEmpty())
        return scope; // an organization without VMs yet: nothing to reach, nothing to refuse
    const QString vcenter = *vcenters.cbegin();
    auto link = std::find_if(links.cbegin(), links.cend(),
                             [&](const VcenterLink& candidate) { return candidate.vcenter == vcenter; });
    if (link == links.cend())
        return Error{
            QStringLiteral("vcd.vcenter_unlinked"),
            VcenterLinks::tr("The VMs of %1 live on the vCenter %2, which is not linked to a server of "
                             "Lifeboat. An administrator links it with 'lifeboat-cli vcd vcenter link'.")
                .arg(organization, vcenter)};
    scope.link = *link;
    for (const Vm& vm : inventory.vms)
        scope.scopes.append({link->vsphereEndpointId, QStringLiteral("vm"), vm.moref});
    return scope;
}

namespace {

using Client = std::shared_ptr<VcdClient>;

Client newClient(const catalog::EndpointRecord& vcdEndpoint)
{
    // Destroyed after its last reply, never inside its own callback.
    return Client(new VcdClient(QUrl(vcdEndpoint.url), vcdEndpoint.pinnedSha256),
                  [](VcdClient* c) { c->deleteLater(); });
}

// A session as the provider's account ('lifeboat-cli vcd provider set'), for what only the
// provider may see or do; "vcd.no_provider_account" when none is set or its password is gone.
void signInAsProvider(catalog::Catalog& catalog, const catalog::EndpointRecord& vcdEndpoint,
                      std::function<void(Result<Client>)> done)
{
    auto account = VcenterLinks(catalog).providerAccount(vcdEndpoint.id);
    if (!account)
        return done(account.error());
    if (account->isEmpty())
        return done(Error{QStringLiteral("vcd.no_provider_account"),
                          VcenterLinks::tr("the provider has set no Cloud Director account for Lifeboat "
                                           "('lifeboat-cli vcd provider set')")});
    auto password = credentials::readSecret(credentials::endpointPasswordKey(vcdEndpoint.url, *account));
    if (!password)
        return done(Error{QStringLiteral("vcd.no_provider_account"),
                          VcenterLinks::tr("the password of the provider's account %1 is not in the system "
                                           "keychain (%2)")
                              .arg(*account, password.error().message)});
    Client client = newClient(vcdEndpoint);
    client->login(*account, *password, [client, done = std::move(done)](Result<Session> session) {
        if (!session)
            return done(session.error());
        done(client);
    });
}

bool lacksVcenterIdentity(const Vm& vm)
{
    return vm.moref.isEmpty() || vm.vcenterName.isEmpty();
}

struct IdentityRead
{
    Client client;
    Inventory inventory;
    QStringList vdcs;                    // still to read
    QHash<QString, QJsonObject> records; // the provider's VM records, by href
    std::function<void(Result<Inventory>)> done;
};

// One VDC's VMs as the provider sees them, then the next; after the last, the inventory's VMs
// get their vCenter identity from the records with the same href.
void readNextVdc(const std::shared_ptr<IdentityRead>& read)
{
    if (read->vdcs.isEmpty()) {
        read->client->logout([client = read->client](Status) {});
        for (Vm& vm : read->inventory.vms) {
            const QJsonObject record = read->records.value(vm.href);
            if (!lacksVcenterIdentity(vm) || record.isEmpty())
                continue;
            vm.moref = record.value(QLatin1String("moref")).toString();
            vm.vcenterHref = record.value(QLatin1String("vc")).toString();
            vm.vcenterName = record.value(QLatin1String("vcName")).toString();
        }
        return read->done(std::move(read->inventory));
    }
    const QString vdc = read->vdcs.takeFirst();
    read->client->query(QStringLiteral("adminVM"), QStringLiteral("vdc==") + vdc, 128,
                        [read](Result<QVector<QJsonObject>> records) {
                            if (!records)
                                return read->done(records.error());
                            for (const QJsonObject& record : *records)
                                read->records.insert(record.value(QLatin1String("href")).toString(), record);
                            readNextVdc(read);
                        });
}

// Cloud Director shows the vCenter identity of VMs (moref, vCenter) to the provider only, as a
// rule: an organization user's inventory gets it from the provider's view of the same VMs
// (the adminVM query, VDC by VDC).
void addVcenterIdentity(catalog::Catalog& catalog, const catalog::EndpointRecord& vcdEndpoint,
                        Inventory inventory, std::function<void(Result<Inventory>)> done)
{
    if (std::none_of(inventory.vms.cbegin(), inventory.vms.cend(), lacksVcenterIdentity))
        return done(std::move(inventory));
    auto read = std::make_shared<IdentityRead>();
    read->inventory = std::move(inventory);
    read->done = std::move(done);
    for (const Vm& vm : std::as_const(read->inventory.vms))
        if (lacksVcenterIdentity(vm) && !read->vdcs.contains(vm.vdcHref))
            read->vdcs << vm.vdcHref;
    signInAsProvider(catalog, vcdEndpoint, [read](Result<Client> client) {
        if (!client)
            return read->done(
                Error{QStringLiteral("vcd.moref_hidden"),
                      VcenterLinks::tr("Cloud Director does not show your organization which "
                                       "vCenter VM each of its VMs is, and Lifeboat cannot ask as "
                                       "the provider: %1.")
                          .arg(client.error().message)});
        read->client = *client;
        readNextVdc(read);
    });
}

// What follows Cloud Director's answer: the organization must be set up and its vCenter
// linked; its refreshed scope is stored and the service account's password read.
Result<OrganizationSignIn> completeSignIn(catalog::Catalog& catalog, tenants::TenantStore& tenants,
                                          const catalog::EndpointRecord& vcdEndpoint, const Session& session,
                                          Inventory inventory)
{
    auto organization = tenants.findOrganization(vcdEndpoint.id, session.org);
    if (!organization)
        return organization.error();
    if (!*organization)
        return Error{
            QStringLiteral("scope.unknown_account"),
            VcenterLinks::tr("The organization %1 does not use Lifeboat on this computer; the provider "
                             "adds it with 'lifeboat-cli vcd org set'.")
                .arg(session.org)};
    auto links = VcenterLinks(catalog).links(vcdEndpoint.id);
    if (!links)
        return links.error();
    auto scope = organizationScope(inventory, *links, session.org);
    if (!scope)
        return scope.error();
    tenants::Tenant tenant = **organization;
    tenant.scopes = scope->scopes;
    if (auto saved = tenants.save(tenant); !saved)
        return saved.error();
    OrganizationSignIn signedIn;
    if (scope->link.vsphereEndpointId != 0) {
        auto endpoints = catalog.endpoints();
        if (!endpoints)
            return endpoints.error();
        for (const auto& endpoint : *endpoints)
            if (endpoint.id == scope->link.vsphereEndpointId)
                signedIn.vcenter = endpoint;
        signedIn.vcenterAccount = scope->link.account;
        auto secret = credentials::readSecret(
            credentials::endpointPasswordKey(signedIn.vcenter.url, signedIn.vcenterAccount));
        if (!secret)
            return Error{QStringLiteral("vcd.service_password"),
                         VcenterLinks::tr("Lifeboat cannot reach the vCenter %1 for your organization: the "
                                          "password of its service account %2 is not in the system keychain "
                                          "(%3). Ask your provider.")
                             .arg(signedIn.vcenter.url, signedIn.vcenterAccount, secret.error().message)};
        signedIn.vcenterPassword = *secret;
    }
    signedIn.session = session;
    for (const Vm& vm : inventory.vms) {
        signedIn.vappOfVm.insert(vm.moref, vm.vappName);
        signedIn.vms.insert(vm.moref, vm);
    }
    signedIn.inventory = std::move(inventory);
    signedIn.caller = tenants::Caller::tenant(tenant);
    return signedIn;
}

} // namespace

void signInOrganizationUser(catalog::Catalog& catalog, tenants::TenantStore& tenants,
                            const catalog::EndpointRecord& vcdEndpoint, const QString& userAtOrg,
                            const QString& password, std::function<void(Result<OrganizationSignIn>)> done)
{
    Client client = newClient(vcdEndpoint);
    client->login(
        userAtOrg, password,
        [&catalog, &tenants, vcdEndpoint, client, done = std::move(done)](Result<Session> session) {
            if (!session)
                return done(session.error());
            if (session->provider) {
                client->logout([client](Status) {});
                return done(Error{QStringLiteral("vcd.provider_account"),
                                  VcenterLinks::tr("%1 is a provider account. Providers manage Lifeboat "
                                                   "through the vCenter; Cloud Director sign-in is for "
                                                   "organization users.")
                                      .arg(session->user + QLatin1Char('@') + session->org)});
            }
            client->listInventory(128, [&catalog, &tenants, vcdEndpoint, client, session = *session,
                                        done](Result<Inventory> inventory) {
                client->logout([client](Status) {});
                if (!inventory)
                    return done(inventory.error());
                addVcenterIdentity(
                    catalog, vcdEndpoint, std::move(*inventory),
                    [&catalog, &tenants, vcdEndpoint, session, done](Result<Inventory> identified) {
                        if (!identified)
                            return done(identified.error());
                        done(completeSignIn(catalog, tenants, vcdEndpoint, session, std::move(*identified)));
                    });
            });
        });
}

void refreshOrganizationScope(catalog::Catalog& catalog, tenants::TenantStore& tenants,
                              const catalog::EndpointRecord& vcdEndpoint, tenants::Tenant organization,
                              std::function<void(Result<tenants::Tenant>)> done)
{
    signInAsProvider(
        catalog, vcdEndpoint,
        [&catalog, &tenants, vcdEndpoint, organization,
         done = std::move(done)](Result<Client> client) mutable {
            if (!client)
                return done(client.error());
            Client session = *client;
            session->query(
                QStringLiteral("adminOrgVdc"), QStringLiteral("orgName==") + organization.organization, 128,
                [&catalog, &tenants, vcdEndpoint, organization, session,
                 done = std::move(done)](Result<QVector<QJsonObject>> vdcs) mutable {
                    if (!vdcs) {
                        session->logout([session](Status) {});
                        return done(vdcs.error());
                    }
                    // The provider's VM records of those VDCs, read one VDC after the other as at sign-in.
                    auto read = std::make_shared<IdentityRead>();
                    read->client = session;
                    for (const QJsonObject& vdc : *vdcs)
                        read->vdcs << vdc.value(QLatin1String("href")).toString();
                    // Weakly: `read` owns this function, the pending query callbacks own `read`.
                    read->done = [&catalog, &tenants, organization,
                                  weakRead = std::weak_ptr<IdentityRead>(read),
                                  done = std::move(done)](Result<Inventory> finished) mutable {
                        auto self = weakRead.lock();
                        if (!finished || !self)
                            return done(finished ? Error{QStringLiteral("vcd.cancelled"), QString()}
                                                 : finished.error());
                        Inventory inventory;
                        for (const QJsonObject& record : std::as_const(self->records)) {
                            Vm vm;
                            vm.name = record.value(QLatin1String("name")).toString();
                            vm.href = record.value(QLatin1String("href")).toString();
                            vm.vappHref = record.value(QLatin1String("container")).toString();
                            vm.vappName = record.value(QLatin1String("containerName")).toString();
                            vm.moref = record.value(QLatin1String("moref")).toString();
                            vm.vcenterHref = record.value(QLatin1String("vc")).toString();
                            vm.vcenterName = record.value(QLatin1String("vcName")).toString();
                            inventory.vms.append(vm);
                        }
                        auto links = VcenterLinks(catalog).links(organization.vcdEndpointId);
                        if (!links)
                            return done(links.error());
                        auto scope = organizationScope(inventory, *links, organization.organization);
                        if (!scope)
                            return done(scope.error());
                        organization.scopes = scope->scopes;
                        if (auto saved = tenants.save(organization); !saved)
                            return done(saved.error());
                        done(organization);
                    };
                    readNextVdc(read);
                });
        });
}

std::optional<Vm> organizationVm(const QHash<QString, Vm>& organizationVms, const QString& name)
{
    for (const Vm& vm : organizationVms)
        if (vm.name == name)
            return vm;
    return std::nullopt;
}

void settleRestoredVm(catalog::Catalog& catalog, const catalog::EndpointRecord& vcdEndpoint,
                      const Vm& original, const QString& restoredMoref, const QString& restoredName,
                      bool powerOn, std::function<void(Result<SettledVm>)> done)
{
    const bool import = !restoredMoref.isEmpty() && restoredMoref != original.moref;
    SettledVm settled;
    settled.href = original.href;
    if (!import && !powerOn)
        return done(settled);
    signInAsProvider(
        catalog, vcdEndpoint,
        [original, restoredName, restoredMoref, import, powerOn, settled,
         done = std::move(done)](Result<Client> client) mutable {
            if (!client)
                return done(Error{
                    client.error().code,
                    import ? VcenterLinks::tr("%1 was restored on the vCenter but is not in the vApp %2 in "
                                              "Cloud Director: %3.")
                                 .arg(restoredName, original.vappName, client.error().message)
                           : VcenterLinks::tr("%1 was restored but not powered on through Cloud "
                                              "Director: %2.")
                                 .arg(restoredName, client.error().message)});
            Client session = *client;
            auto powerAndFinish = [session, restoredName, powerOn, done](SettledVm settledVm) mutable {
                if (!powerOn) {
                    session->logout([session](Status) {});
                    return done(settledVm);
                }
                session->powerOn(settledVm.href, [session, restoredName, settledVm,
                                                  done](Result<PowerResult> powered) mutable {
                    session->logout([session](Status) {});
                    if (powered)
                        settledVm.poweredOn = true;
                    else
                        settledVm.warning =
                            VcenterLinks::tr("%1 was restored but not powered on through Cloud "
                                             "Director: %2.")
                                .arg(restoredName, powered.error().message);
                    done(settledVm);
                });
            };
            if (!import)
                return powerAndFinish(settled);
            session->importVmIntoVApp(
                original.vcenterHref, restoredMoref, original.vappHref, restoredName,
                [session, settled, powerAndFinish, done](Result<QString> imported) mutable {
                    if (!imported) {
                        session->logout([session](Status) {});
                        return done(imported.error());
                    }
                    settled.href = *imported;
                    settled.imported = true;
                    powerAndFinish(settled);
                });
        });
}

} // namespace lifeboat::vcd
