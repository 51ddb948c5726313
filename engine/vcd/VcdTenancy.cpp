#include "vcd/VcdTenancy.h"

#include "credentials/Keychain.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
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

void signInOrganizationUser(catalog::Catalog& catalog, tenants::TenantStore& tenants,
                            const catalog::EndpointRecord& vcdEndpoint, const QString& userAtOrg,
                            const QString& password, std::function<void(Result<OrganizationSignIn>)> done)
{
    auto client = std::shared_ptr<VcdClient>(new VcdClient(QUrl(vcdEndpoint.url), vcdEndpoint.pinnedSha256),
                                             [](VcdClient* c) { c->deleteLater(); });
    client->login(
        userAtOrg, password,
        [&catalog, &tenants, vcdEndpoint, client, done = std::move(done)](Result<Session> session) mutable {
            if (!session)
                return done(session.error());
            if (session->provider) {
                client->logout([client](Status) {});
                return done(
                    Error{QStringLiteral("vcd.provider_account"),
                          VcenterLinks::tr("%1 is a provider account. Providers manage Lifeboat through the "
                                           "vCenter; Cloud Director sign-in is for organization users.")
                              .arg(session->user + QLatin1Char('@') + session->org)});
            }
            client->listInventory(128, [&catalog, &tenants, vcdEndpoint, client, session = *session,
                                        done = std::move(done)](Result<Inventory> inventory) mutable {
                client->logout([client](Status) {});
                if (!inventory)
                    return done(inventory.error());
                auto organization = tenants.findOrganization(vcdEndpoint.id, session.org);
                if (!organization)
                    return done(organization.error());
                if (!*organization)
                    return done(Error{
                        QStringLiteral("scope.unknown_account"),
                        VcenterLinks::tr("The organization %1 does not use Lifeboat on this computer; the "
                                         "provider adds it with 'lifeboat-cli vcd org set'.")
                            .arg(session.org)});
                auto links = VcenterLinks(catalog).links(vcdEndpoint.id);
                if (!links)
                    return done(links.error());
                auto scope = organizationScope(*inventory, *links, session.org);
                if (!scope)
                    return done(scope.error());
                tenants::Tenant tenant = **organization;
                tenant.scopes = scope->scopes;
                if (auto saved = tenants.save(tenant); !saved)
                    return done(saved.error());
                OrganizationSignIn signedIn;
                if (scope->link.vsphereEndpointId != 0) {
                    auto endpoints = catalog.endpoints();
                    if (!endpoints)
                        return done(endpoints.error());
                    for (const auto& endpoint : *endpoints)
                        if (endpoint.id == scope->link.vsphereEndpointId)
                            signedIn.vcenter = endpoint;
                    signedIn.vcenterAccount = scope->link.account;
                    auto secret = credentials::readSecret(
                        credentials::endpointPasswordKey(signedIn.vcenter.url, signedIn.vcenterAccount));
                    if (!secret)
                        return done(Error{
                            QStringLiteral("vcd.service_password"),
                            VcenterLinks::tr("Lifeboat cannot reach the vCenter %1 for your organization: "
                                             "the password of its service account %2 is not in the "
                                             "system keychain (%3). Ask your provider.")
                                .arg(signedIn.vcenter.url, signedIn.vcenterAccount, secret.error().message)});
                    signedIn.vcenterPassword = *secret;
                }
                signedIn.session = session;
                for (const Vm& vm : inventory->vms) {
                    signedIn.vappOfVm.insert(vm.moref, vm.vappName);
                    signedIn.vms.insert(vm.moref, vm);
                }
                signedIn.inventory = std::move(*inventory);
                signedIn.caller = tenants::Caller::tenant(tenant);
                done(std::move(signedIn));
            });
        });
}

std::optional<Vm> originalToImportBeside(const QHash<QString, Vm>& organizationVms,
                                         const QString& originalName, const QString& restoredMoref)
{
    if (restoredMoref.isEmpty() || organizationVms.contains(restoredMoref))
        return std::nullopt;
    for (const Vm& vm : organizationVms)
        if (vm.name == originalName)
            return vm;
    return std::nullopt;
}

void importRestoredVm(catalog::Catalog& catalog, const catalog::EndpointRecord& vcdEndpoint,
                      const Vm& original, const QString& restoredMoref, const QString& restoredName,
                      std::function<void(Result<QString>)> done)
{
    auto account = VcenterLinks(catalog).providerAccount(vcdEndpoint.id);
    if (!account)
        return done(account.error());
    if (account->isEmpty())
        return done(
            Error{QStringLiteral("vcd.no_provider_account"),
                  VcenterLinks::tr("%1 was restored on the vCenter but is not in the vApp %2 in Cloud "
                                   "Director: the provider has set no Cloud Director account for this "
                                   "('lifeboat-cli vcd provider set').")
                      .arg(restoredName, original.vappName)});
    auto password = credentials::readSecret(credentials::endpointPasswordKey(vcdEndpoint.url, *account));
    if (!password)
        return done(
            Error{QStringLiteral("vcd.no_provider_account"),
                  VcenterLinks::tr("%1 was restored on the vCenter but is not in the vApp %2 in Cloud "
                                   "Director: the password of the provider's account %3 is not in the "
                                   "system keychain (%4).")
                      .arg(restoredName, original.vappName, *account, password.error().message)});
    auto client = std::shared_ptr<VcdClient>(new VcdClient(QUrl(vcdEndpoint.url), vcdEndpoint.pinnedSha256),
                                             [](VcdClient* c) { c->deleteLater(); });
    client->login(
        *account, *password,
        [client, original, restoredMoref, restoredName, done = std::move(done)](Result<Session> session) {
            if (!session)
                return done(session.error());
            client->importVmIntoVApp(original.vcenterHref, restoredMoref, original.vappHref, restoredName,
                                     [client, done](Result<QString> imported) {
                                         client->logout([client](Status) {});
                                         done(std::move(imported));
                                     });
        });
}

} // namespace lifeboat::vcd
