#include "tenants/Tenants.h"

#include "vsphere/Inventory.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace lifeboat::tenants {

namespace {

Error queryFailed(const QSqlQuery& query)
{
    return Error{QStringLiteral("catalog.query_failed"),
                 TenantStore::tr("The catalog could not read or write the accounts: %1")
                     .arg(query.lastError().text())};
}

Result<qint64> repositoryId(QSqlDatabase db, const QString& location)
{
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO repositories (location, created_at) VALUES (?, ?) "
                                  "ON CONFLICT(location) DO NOTHING"));
    insert.addBindValue(location);
    insert.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!insert.exec())
        return queryFailed(insert);
    QSqlQuery select(db);
    select.prepare(QStringLiteral("SELECT id FROM repositories WHERE location = ?"));
    select.addBindValue(location);
    if (!select.exec() || !select.next())
        return queryFailed(select);
    return select.value(0).toLongLong();
}

} // namespace

QString organizationAccount(const QString& vcdUrl, const QString& organization)
{
    const QUrl url(vcdUrl);
    const QString host =
        url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
    return QStringLiteral("vcd:%1/%2").arg(host, organization);
}

bool sameAccount(const QString& a, const QString& b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

Caller Caller::administrator(const QString& account)
{
    Caller caller;
    caller.m_account = account;
    caller.m_admin = true;
    return caller;
}

Caller Caller::tenant(Tenant tenant)
{
    Caller caller;
    caller.m_account = tenant.account;
    caller.m_admin = tenant.admin;
    caller.m_tenant = std::move(tenant);
    return caller;
}

bool Caller::mayAccess(qint64 endpointId, const vsphere::Inventory& inventory, const QString& vm) const
{
    if (m_admin)
        return true;
    if (!m_tenant)
        return false;
    for (const ScopeEntry& scope : m_tenant->scopes) {
        if (scope.endpointId != endpointId)
            continue;
        if (scope.kind == QLatin1String("tag")) {
            // A tag may sit on VMs and on containers; an unresolved tag grants nothing.
            for (const QString& member : m_tagMembers.value(scope.moref))
                if (member == vm || inventory.contains(member, vm))
                    return true;
            continue;
        }
        if (scope.kind == QLatin1String("vm") ? scope.moref == vm : inventory.contains(scope.moref, vm))
            return true;
    }
    return false;
}

QStringList Caller::tagNames(qint64 endpointId) const
{
    QStringList names;
    if (m_tenant)
        for (const ScopeEntry& scope : m_tenant->scopes)
            if (scope.endpointId == endpointId && scope.kind == QLatin1String("tag") &&
                !names.contains(scope.moref))
                names << scope.moref;
    return names;
}

bool Caller::owns(const QString& restorePointTenant) const
{
    return m_admin || (!restorePointTenant.isEmpty() && sameAccount(restorePointTenant, m_account));
}

Status Caller::checkAccess(qint64 endpointId, const vsphere::Inventory& inventory, const QString& vm) const
{
    if (mayAccess(endpointId, inventory, vm))
        return success();
    return Error{QStringLiteral("scope.denied"), tr("%1 is outside the scope of %2.").arg(vm, m_account)};
}

Result<qint64> TenantStore::save(const Tenant& tenant)
{
    QSqlDatabase db = m_catalog.connection();
    if (!db.transaction())
        return Error{QStringLiteral("catalog.query_failed"), db.lastError().text()};
    auto rollback = [&db](Error error) -> Result<qint64> {
        db.rollback();
        return error;
    };
    std::optional<qint64> repository;
    if (!tenant.repository.isEmpty()) {
        auto id = repositoryId(db, tenant.repository);
        if (!id)
            return rollback(id.error());
        repository = *id;
    }
    QSqlQuery upsert(db);
    upsert.prepare(QStringLiteral(
        "INSERT INTO tenants (name, kind, repository_id, quota_bytes, role, vcd_endpoint_id, organization, "
        "job_template_json, schedule_policy) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(name) DO UPDATE SET kind = excluded.kind, repository_id = excluded.repository_id, "
        "quota_bytes = excluded.quota_bytes, role = excluded.role, vcd_endpoint_id = "
        "excluded.vcd_endpoint_id, "
        "organization = excluded.organization, job_template_json = excluded.job_template_json, "
        "schedule_policy = excluded.schedule_policy"));
    upsert.addBindValue(tenant.account);
    upsert.addBindValue(tenant.isOrganization() ? QStringLiteral("organization") : QStringLiteral("account"));
    upsert.addBindValue(repository ? QVariant(*repository) : QVariant());
    upsert.addBindValue(tenant.quotaBytes ? QVariant(*tenant.quotaBytes) : QVariant());
    upsert.addBindValue(tenant.admin ? QStringLiteral("admin") : QStringLiteral("tenant"));
    upsert.addBindValue(tenant.isOrganization() ? QVariant(tenant.vcdEndpointId) : QVariant());
    // A null QString binds as NULL, which the column refuses.
    upsert.addBindValue(tenant.organization.isEmpty() ? QStringLiteral("") : tenant.organization);
    upsert.addBindValue(QString::fromUtf8(QJsonDocument(tenant.jobTemplate).toJson(QJsonDocument::Compact)));
    upsert.addBindValue(tenant.schedulePolicy.isEmpty() ? QStringLiteral("") : tenant.schedulePolicy);
    if (!upsert.exec())
        return rollback(queryFailed(upsert));
    QSqlQuery id(db);
    id.prepare(QStringLiteral("SELECT id FROM tenants WHERE name = ?"));
    id.addBindValue(tenant.account);
    if (!id.exec() || !id.next())
        return rollback(queryFailed(id));
    const qint64 tenantId = id.value(0).toLongLong();
    QSqlQuery clear(db);
    clear.prepare(QStringLiteral("DELETE FROM tenant_scopes WHERE tenant_id = ?"));
    clear.addBindValue(tenantId);
    if (!clear.exec())
        return rollback(queryFailed(clear));
    for (const ScopeEntry& scope : tenant.scopes) {
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
            "INSERT INTO tenant_scopes (tenant_id, endpoint_id, kind, moref) VALUES (?, ?, ?, ?)"));
        insert.addBindValue(tenantId);
        insert.addBindValue(scope.endpointId);
        insert.addBindValue(scope.kind);
        insert.addBindValue(scope.moref);
        if (!insert.exec())
            return rollback(queryFailed(insert));
    }
    if (!db.commit())
        return rollback(Error{QStringLiteral("catalog.query_failed"), db.lastError().text()});
    return tenantId;
}

Result<QVector<Tenant>> TenantStore::tenants() const
{
    QSqlQuery query(m_catalog.connection());
    if (!query.exec(QStringLiteral("SELECT t.id, t.name, t.role, COALESCE(r.location, ''), t.quota_bytes, "
                                   "COALESCE(t.vcd_endpoint_id, 0), t.organization, t.job_template_json, "
                                   "t.schedule_policy FROM tenants t "
                                   "LEFT JOIN repositories r ON r.id = t.repository_id ORDER BY t.name")))
        return queryFailed(query);
    QVector<Tenant> found;
    while (query.next()) {
        Tenant tenant;
        tenant.id = query.value(0).toLongLong();
        tenant.account = query.value(1).toString();
        tenant.admin = query.value(2).toString() == QLatin1String("admin");
        tenant.repository = query.value(3).toString();
        if (!query.value(4).isNull())
            tenant.quotaBytes = query.value(4).toLongLong();
        tenant.vcdEndpointId = query.value(5).toLongLong();
        tenant.organization = query.value(6).toString();
        tenant.jobTemplate = QJsonDocument::fromJson(query.value(7).toString().toUtf8()).object();
        tenant.schedulePolicy = query.value(8).toString();
        found.append(tenant);
    }
    for (Tenant& tenant : found) {
        QSqlQuery scopes(m_catalog.connection());
        scopes.prepare(QStringLiteral(
            "SELECT endpoint_id, kind, moref FROM tenant_scopes WHERE tenant_id = ? ORDER BY id"));
        scopes.addBindValue(tenant.id);
        if (!scopes.exec())
            return queryFailed(scopes);
        while (scopes.next())
            tenant.scopes.append(
                {scopes.value(0).toLongLong(), scopes.value(1).toString(), scopes.value(2).toString()});
    }
    return found;
}

Result<std::optional<Tenant>> TenantStore::find(const QString& account) const
{
    auto all = tenants();
    if (!all)
        return all.error();
    for (const Tenant& tenant : *all)
        if (sameAccount(tenant.account, account))
            return std::optional<Tenant>(tenant);
    return std::optional<Tenant>();
}

Status TenantStore::remove(const QString& account)
{
    auto found = find(account);
    if (!found)
        return found.error();
    if (!*found)
        return Error{QStringLiteral("scope.unknown_account"), tr("There is no account %1.").arg(account)};
    QSqlQuery query(m_catalog.connection());
    query.prepare(QStringLiteral("DELETE FROM tenants WHERE id = ?"));
    query.addBindValue((*found)->id);
    if (!query.exec())
        return queryFailed(query);
    return success();
}

Result<Caller> TenantStore::callerFor(const QString& account) const
{
    return callerMatching(account, false);
}

Result<Caller> TenantStore::callerForOwner(const QString& account) const
{
    return callerMatching(account, true);
}

Result<std::optional<Tenant>> TenantStore::findOrganization(qint64 vcdEndpointId,
                                                            const QString& organization) const
{
    auto all = tenants();
    if (!all)
        return all.error();
    for (const Tenant& tenant : *all)
        if (tenant.vcdEndpointId == vcdEndpointId && sameAccount(tenant.organization, organization))
            return std::optional<Tenant>(tenant);
    return std::optional<Tenant>();
}

Result<Caller> TenantStore::callerMatching(const QString& account, bool organizations) const
{
    auto all = tenants();
    if (!all)
        return all.error();
    if (all->isEmpty())
        return Caller::administrator(account);
    for (const Tenant& tenant : *all)
        if (sameAccount(tenant.account, account) && (organizations || !tenant.isOrganization()))
            return Caller::tenant(tenant);
    return Error{
        QStringLiteral("scope.unknown_account"),
        tr("The account %1 has no access to Lifeboat on this computer; an administrator can add it with "
           "'lifeboat-cli tenant add'.")
            .arg(account)};
}

} // namespace lifeboat::tenants
