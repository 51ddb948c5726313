#include "console/ConsoleSession.h"

#include "core/Logging.h"
#include "facade/EngineWorker.h"
#include "repository/Repository.h"
#include "vcd/VcdTenancy.h"
#include "vsphere/InventoryCache.h"
#include "vsphere/InventoryFeed.h"
#include "vsphere/Tagging.h"
#include "vsphere/VsphereClient.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace lifeboat::console {

namespace {

// Signs in as `user` (which proves the password), reads the whole inventory and signs out
// again. The client is destroyed after its last reply, never inside its own callback.
void readInventory(const catalog::EndpointRecord& endpoint, const QString& user, const QString& password,
                   std::function<void(Result<vsphere::Inventory>)> done)
{
    auto client = std::shared_ptr<vsphere::VsphereClient>(
        new vsphere::VsphereClient(QUrl(endpoint.url), endpoint.pinnedSha256),
        [](vsphere::VsphereClient* c) { c->deleteLater(); });
    client->retrieveServiceContent([client, user, password, done](Result<vsphere::ServiceContent> content) {
        if (!content)
            return done(content.error());
        client->login(user, password, [client, done](Result<vsphere::UserSession> signedIn) {
            if (!signedIn)
                return done(signedIn.error());
            client->listInventory([client, done](Result<vsphere::Inventory> inventory) {
                client->logout([client](Status) {});
                done(std::move(inventory));
            });
        });
    });
}

} // namespace

void ConsoleSession::signIn(EngineWorker& worker, SignInRequest request,
                            std::function<void(Result<std::shared_ptr<ConsoleSession>>)> done)
{
    if (!worker.catalog() || !worker.tenantStore())
        return done(Error{QStringLiteral("engine.no_catalog"), tr("Signing in needs the catalog.")});
    if (request.user.trimmed().isEmpty() || request.password.isEmpty())
        return done(Error{QStringLiteral("signin.incomplete"), tr("Enter your user name and password.")});
    auto endpoint = endpointForServer(*worker.catalog(), request.server);
    if (!endpoint)
        return done(endpoint.error());
    if (endpoint->kind == QLatin1String("vcd"))
        return signInCloudDirector(worker, *endpoint, std::move(request), std::move(done));
    // Whoever signs in to a server proves an account there, so only servers an administrator
    // chose count; a new one is accepted only on a fresh installation, by the person setting
    // it up (who becomes its administrator).
    if (endpoint->id == 0) {
        auto known = worker.catalog()->endpoints();
        if (!known)
            return done(known.error());
        if (!known->isEmpty())
            return done(Error{QStringLiteral("endpoint.unknown"),
                              tr("%1 is not a server of this installation; choose one from the list, or ask "
                                 "your administrator to add it with 'lifeboat-cli endpoint add'.")
                                  .arg(endpoint->url)});
    }
    std::shared_ptr<ConsoleSession> session(new ConsoleSession);
    session->m_endpoint = *endpoint;
    session->m_user = request.user.trimmed();
    session->m_password = request.password;
    readInventory(session->m_endpoint, session->m_user, session->m_password,
                  [&worker, session, done](Result<vsphere::Inventory> inventory) {
                      if (!inventory)
                          return done(inventory.error());
                      // The password was right; now, may this account use Lifeboat at all?
                      auto caller = worker.tenantStore()->callerFor(session->m_user);
                      if (!caller)
                          return done(caller.error());
                      // Accounts are matched by name, so the name only counts on a server the
                      // tenant was given a scope on: the same name on another vCenter is
                      // someone else.
                      if (const auto& tenant = caller->tenantRecord();
                          tenant && !tenant->admin &&
                          std::none_of(tenant->scopes.cbegin(), tenant->scopes.cend(),
                                       [&](const tenants::ScopeEntry& scope) {
                                           return scope.endpointId == session->m_endpoint.id;
                                       }))
                          return done(Error{QStringLiteral("scope.unknown_account"),
                                            tr("The account %1 has no access to Lifeboat on %2; ask your "
                                               "administrator which server to sign in to.")
                                                .arg(session->m_user, session->m_endpoint.url)});
                      // A server typed in for the first time is remembered once it signed someone in.
                      if (session->m_endpoint.id == 0) {
                          if (Status saved = worker.catalog()->saveEndpoint(session->m_endpoint); !saved)
                              return done(saved.error());
                          auto stored = endpointForServer(*worker.catalog(), session->m_endpoint.url);
                          if (!stored)
                              return done(stored.error());
                          session->m_endpoint = *stored;
                      }
                      session->m_caller = *caller;
                      session->adoptInventory(worker, std::move(*inventory), [session, done](Status adopted) {
                          if (!adopted)
                              return done(adopted.error());
                          done(session);
                      });
                  });
}

void ConsoleSession::signInCloudDirector(EngineWorker& worker, const catalog::EndpointRecord& cloudDirector,
                                         SignInRequest request,
                                         std::function<void(Result<std::shared_ptr<ConsoleSession>>)> done)
{
    const QString user = request.user.trimmed();
    vcd::signInOrganizationUser(
        *worker.catalog(), *worker.tenantStore(), cloudDirector, user, request.password,
        [&worker, cloudDirector, user, done](Result<vcd::OrganizationSignIn> organization) {
            if (!organization)
                return done(organization.error());
            if (organization->vcenter.id == 0)
                return done(Error{QStringLiteral("vcd.no_vms"),
                                  tr("Your organization %1 has no VMs in Cloud Director yet.")
                                      .arg(organization->session.org)});
            std::shared_ptr<ConsoleSession> session(new ConsoleSession);
            session->m_endpoint = organization->vcenter;
            session->m_user = organization->vcenterAccount;
            session->m_password = organization->vcenterPassword;
            session->m_caller = organization->caller;
            session->m_cloudDirector = cloudDirector.url;
            session->m_cloudDirectorUser = user;
            session->m_cloudDirectorVappOf = organization->vappOfVm;
            session->m_cloudDirectorEndpoint = cloudDirector;
            session->m_cloudDirectorVms = organization->vms;
            readInventory(session->m_endpoint, session->m_user, session->m_password,
                          [&worker, session, done](Result<vsphere::Inventory> inventory) {
                              if (!inventory)
                                  return done(inventory.error());
                              session->adoptInventory(worker, std::move(*inventory),
                                                      [session, done](Status adopted) {
                                                          if (!adopted)
                                                              return done(adopted.error());
                                                          done(session);
                                                      });
                          });
        });
}

Status ConsoleSession::adoptCloudDirectorVm(tenants::TenantStore& tenants, const vcd::Vm& vm)
{
    if (!isCloudDirector() || !m_caller.tenantRecord())
        return success();
    m_cloudDirectorVappOf.insert(vm.moref, vm.vappName);
    m_cloudDirectorVms.insert(vm.moref, vm);
    tenants::Tenant organization = *m_caller.tenantRecord();
    organization.scopes.append({m_endpoint.id, QStringLiteral("vm"), vm.moref});
    m_caller = tenants::Caller::tenant(organization);
    if (auto saved = tenants.save(organization); !saved)
        return saved.error();
    return success();
}

QStringList ConsoleSession::cloudDirectorVapp(const QString& name) const
{
    QStringList members;
    for (auto it = m_cloudDirectorVappOf.cbegin(); it != m_cloudDirectorVappOf.cend(); ++it)
        if (it.value() == name)
            members << it.key();
    members.sort();
    return members;
}

Result<std::shared_ptr<ConsoleSession>> ConsoleSession::openOffline(const QString& location,
                                                                    const QByteArray& password)
{
    if (location.trimmed().isEmpty())
        return Error{QStringLiteral("signin.incomplete"), tr("Choose the repository folder to open.")};
    auto opened = repository::Repository::open(repository::openLocalBackend(location), password);
    if (!opened)
        return opened.error();
    std::shared_ptr<ConsoleSession> session(new ConsoleSession);
    session->m_offline = true;
    session->m_user = tr("offline");
    session->m_endpoint.url = location;
    std::shared_ptr<repository::Repository> shared(std::move(*opened));
    auto indexes = shared->backend().list(QStringLiteral("index"));
    if (!indexes)
        return indexes.error();
    session->m_repositories.insert(location, OpenRepository{shared, *indexes});
    return session;
}

void ConsoleSession::refreshInventory(EngineWorker& worker, std::function<void(Status)> done)
{
    if (m_offline)
        return done(success());
    // The callbacks hold only a weak reference: a sign-out meanwhile drops the answer.
    std::weak_ptr<ConsoleSession> weak = weak_from_this();
    auto adopt = [&worker, weak, done](Result<vsphere::Inventory> inventory) {
        auto session = weak.lock();
        if (!session)
            return done(Error{QStringLiteral("console.signed_out"), tr("Sign in first.")});
        if (!inventory)
            return done(inventory.error());
        session->adoptInventory(worker, std::move(*inventory), done);
    };
    // The full read, as before the change feed existed: whenever the feed cannot answer.
    auto fullRead = [weak, adopt](const Error& why) {
        auto session = weak.lock();
        if (!session)
            return adopt(Error{QStringLiteral("console.signed_out"), tr("Sign in first.")});
        qCInfo(lcEngine) << "inventory read in full:" << why.code;
        session->m_feed.reset();
        readInventory(session->m_endpoint, session->m_user, session->m_password, adopt);
    };
    // Re-reads after the first go through the server's change feed, kept open for the
    // session: only what entered, changed or left since the last look crosses the network.
    auto poll = [weak, adopt, fullRead] {
        auto session = weak.lock();
        if (!session)
            return adopt(Error{QStringLiteral("console.signed_out"), tr("Sign in first.")});
        session->m_feed->refresh([adopt, fullRead](Result<vsphere::Inventory> inventory) {
            if (!inventory)
                return fullRead(inventory.error());
            adopt(std::move(inventory));
        });
    };
    if (m_feed)
        return poll();
    vsphere::InventoryFeed::open(
        QUrl(m_endpoint.url), m_endpoint.pinnedSha256, m_user, m_password,
        [weak, poll, fullRead](Result<std::shared_ptr<vsphere::InventoryFeed>> feed) {
            auto session = weak.lock();
            if (!feed || !session)
                return fullRead(feed ? Error{} : feed.error());
            session->m_feed = *feed;
            poll();
        });
}

void ConsoleSession::adoptInventory(EngineWorker& worker, vsphere::Inventory inventory,
                                    std::function<void(Status)> done)
{
    m_inventory = std::move(inventory);
    m_inventoryRead.start();
    if (auto cached = vsphere::InventoryCache(*worker.catalog()).store(m_endpoint.id, m_inventory); !cached)
        return done(cached.error());
    // Tag scopes are read afresh with the inventory: tags move with the objects they tag.
    const QStringList tags = m_caller.tagNames(m_endpoint.id);
    if (tags.isEmpty())
        return done(success());
    // Until the members are read again the tags grant nothing: a tag an administrator took
    // off a VM must not keep its access because a later read failed.
    for (const QString& tag : tags)
        m_caller.setTagMembers(tag, {});
    std::weak_ptr<ConsoleSession> weak = weak_from_this();
    vsphere::readTagMembers(
        QUrl(m_endpoint.url), m_endpoint.pinnedSha256, m_user, m_password, tags,
        [weak, done](Result<QHash<QString, QStringList>> members) {
            auto session = weak.lock();
            if (!session)
                return done(Error{QStringLiteral("console.signed_out"), tr("Sign in first.")});
            if (!members)
                return done(members.error());
            for (auto it = members->cbegin(); it != members->cend(); ++it)
                session->m_caller.setTagMembers(it.key(), it.value());
            done(success());
        });
}

Result<catalog::EndpointRecord> endpointForServer(catalog::Catalog& catalog, const QString& server)
{
    if (server.trimmed().isEmpty())
        return Error{QStringLiteral("signin.incomplete"),
                     ConsoleSession::tr("Enter the address of your vCenter server.")};
    const QUrl url = vsphere::sdkUrl(server.trimmed());
    if (!url.isValid() || url.host().isEmpty() || url.scheme() != QLatin1String("https"))
        return Error{QStringLiteral("signin.bad_server"),
                     ConsoleSession::tr("%1 is not a server address; enter a host name such as "
                                        "vcenter.example.com or an https:// URL.")
                         .arg(server)};
    auto records = catalog.endpoints();
    if (!records)
        return records.error();
    // A Cloud Director is known by its root URL, a vCenter by its /sdk URL.
    const QString cloudDirectorUrl = vcd::baseUrl(server.trimmed()).toString();
    for (const auto& record : *records)
        if (record.kind == QLatin1String("vcd") ? record.url == cloudDirectorUrl
                                                : record.url == url.toString())
            return record;
    catalog::EndpointRecord fresh;
    fresh.kind = QStringLiteral("vsphere");
    fresh.url = url.toString();
    return fresh;
}

Status trustServer(catalog::Catalog& catalog, const QString& server, const QString& thumbprint)
{
    auto endpoint = endpointForServer(catalog, server);
    if (!endpoint)
        return endpoint.error();
    static const QRegularExpression format(QStringLiteral("^([0-9A-F]{2}:){31}[0-9A-F]{2}$"));
    if (!format.match(thumbprint.toUpper()).hasMatch())
        return Error{QStringLiteral("tls.bad_thumbprint"),
                     ConsoleSession::tr("%1 is not a SHA-256 thumbprint.").arg(thumbprint)};
    auto known = catalog.endpoints();
    if (!known)
        return known.error();
    // Like signing in: a new server only on a fresh installation. A pin the administrator
    // set, or a server the system CAs vouch for, is never replaced from the sign-in screen:
    // a changed certificate there is refused, not re-trusted.
    if (endpoint->id == 0 && !known->isEmpty())
        return Error{
            QStringLiteral("endpoint.unknown"),
            ConsoleSession::tr("%1 is not a server of this installation; ask your administrator to add "
                               "it with 'lifeboat-cli endpoint add'.")
                .arg(endpoint->url)};
    if (endpoint->id != 0)
        return Error{
            QStringLiteral("tls.changed"),
            ConsoleSession::tr("%1 is a server of this installation; only an administrator can trust "
                               "another certificate for it ('lifeboat-cli endpoint trust').")
                .arg(endpoint->url)};
    endpoint->pinnedSha256 = thumbprint.toUpper();
    return catalog.saveEndpoint(*endpoint);
}

Identity ConsoleSession::identity() const
{
    Identity identity;
    identity.user = signedInAs();
    identity.server = m_cloudDirector.isEmpty() ? m_endpoint.url : m_cloudDirector;
    identity.endpointId = m_endpoint.id;
    identity.administrator = m_caller.isAdministrator();
    identity.offline = m_offline;
    if (const auto& tenant = m_caller.tenantRecord())
        identity.quotaBytes = tenant->quotaBytes;
    return identity;
}

QVector<vsphere::VirtualMachineInfo> ConsoleSession::visibleVms() const
{
    QVector<vsphere::VirtualMachineInfo> visible;
    for (const auto& vm : m_inventory.vms)
        if (m_caller.mayAccess(m_endpoint.id, m_inventory, vm.moref))
            visible.append(vm);
    return visible;
}

Result<QVector<jobs::JobDefinition>> ConsoleSession::jobs(EngineWorker& worker) const
{
    if (m_offline)
        return QVector<jobs::JobDefinition>();
    if (!worker.jobStore())
        return Error{QStringLiteral("engine.no_catalog"), tr("Jobs need the catalog.")};
    auto all = worker.jobStore()->jobs();
    if (!all)
        return all.error();
    QVector<jobs::JobDefinition> mine;
    for (const auto& job : *all)
        if (checkJob(job))
            mine.append(job);
    return mine;
}

Status ConsoleSession::checkJob(const jobs::JobDefinition& job) const
{
    if (m_offline)
        return Error{QStringLiteral("console.offline"),
                     tr("The repository is open offline: jobs need a server. Sign in to a vCenter to run %1.")
                         .arg(job.name)};
    if (m_caller.isAdministrator() || tenants::sameAccount(job.account, m_caller.account()))
        return success();
    return Error{QStringLiteral("scope.denied"), tr("The job %1 belongs to another account.").arg(job.name)};
}

Result<QVector<JobRow>> ConsoleSession::jobRows(EngineWorker& worker) const
{
    auto list = jobs(worker);
    if (!list)
        return list.error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVector<JobRow> rows;
    for (const auto& job : *list) {
        JobRow row;
        row.job = job;
        auto last = worker.jobStore()->sessions(job.id, 1);
        if (!last)
            return last.error();
        if (!last->isEmpty())
            row.last = last->first();
        if (job.enabled)
            row.nextRun = job.schedule.nextAfter(now);
        auto live = worker.jobStore()->liveSessionOf(job.id);
        row.running = worker.isRunning(job.id) || (live && *live > 0);
        rows.append(row);
    }
    return rows;
}

Result<QStringList> ConsoleSession::repositories(EngineWorker& worker) const
{
    if (m_offline)
        return QStringList{m_endpoint.url};
    auto list = jobs(worker);
    if (!list)
        return list.error();
    QStringList locations;
    for (const auto& job : *list)
        if (!job.repository.isEmpty() && !locations.contains(job.repository))
            locations << job.repository;
    if (const auto& tenant = m_caller.tenantRecord();
        tenant && !tenant->repository.isEmpty() && !locations.contains(tenant->repository))
        locations << tenant->repository;
    return locations;
}

Result<std::shared_ptr<repository::Repository>> ConsoleSession::openRepository(EngineWorker& worker,
                                                                               const QString& location)
{
    if (auto open = m_repositories.find(location); open != m_repositories.end()) {
        // Backups by other processes (lifeboat-cli, `serve`) and prunes add or rewrite index
        // files; a restore through an index that misses them would find chunks "missing".
        auto indexes = open->repository->backend().list(QStringLiteral("index"));
        if (!indexes)
            return indexes.error();
        if (*indexes != open->indexes) {
            if (Status reloaded = open->repository->reloadIndex(); !reloaded)
                return reloaded.error();
            open->indexes = *indexes;
        }
        return open->repository;
    }
    auto opened = repository::Repository::open(repository::openLocalBackend(location),
                                               worker.storedRepositoryPassword(location));
    if (!opened)
        return opened.error();
    std::shared_ptr<repository::Repository> shared(std::move(*opened));
    auto indexes = shared->backend().list(QStringLiteral("index"));
    if (!indexes)
        return indexes.error();
    m_repositories.insert(location, OpenRepository{shared, *indexes});
    return shared;
}

Result<QVector<RestorePointRow>> ConsoleSession::restorePoints(EngineWorker& worker, QStringList* problems)
{
    auto locations = repositories(worker);
    if (!locations)
        return locations.error();
    QVector<RestorePointRow> rows;
    for (const QString& location : *locations) {
        auto reported = [&](const Error& error) {
            if (problems)
                problems->append(tr("%1: %2").arg(location, error.message));
        };
        auto repository = openRepository(worker, location);
        if (!repository) {
            reported(repository.error());
            continue;
        }
        auto ids = (*repository)->restorePointIds();
        if (!ids) {
            reported(ids.error());
            continue;
        }
        auto codec = (*repository)->codec();
        for (const QString& id : *ids) {
            auto manifest = (*repository)->loadManifest(id, *codec);
            if (!manifest) {
                // An administrator must hear of a damaged restore point; for a tenant it could
                // be anyone's, so it is left out like every restore point it does not own.
                if (m_caller.isAdministrator())
                    reported(manifest.error());
                continue;
            }
            if (!m_caller.owns(manifest->tenant))
                continue;
            RestorePointRow row;
            row.id = manifest->id;
            row.repository = location;
            row.vmId = manifest->vmId;
            row.vmName = manifest->vmName;
            row.time = manifest->time;
            row.immutableUntil = manifest->immutableUntil;
            for (const auto& disk : manifest->disks) {
                row.disks << disk.name;
                row.sourceBytes += disk.size;
            }
            for (const auto& item : manifest->items)
                row.items << item.itemKind + QLatin1Char(':') + item.itemDatabase;
            for (const auto* stream : manifest->streams())
                row.storedBytes += stream->storedBytes;
            rows.append(row);
        }
    }
    std::sort(rows.begin(), rows.end(),
              [](const RestorePointRow& a, const RestorePointRow& b) { return a.time > b.time; });
    return rows;
}

Result<QVector<VmRow>> ConsoleSession::vmRows(EngineWorker& worker, QStringList* problems)
{
    auto points = restorePoints(worker, problems);
    if (!points)
        return points.error();
    if (m_offline)
        return offlineVmRows(*points);
    auto list = jobs(worker);
    if (!list)
        return list.error();
    QVector<VmRow> rows;
    for (const auto& vm : visibleVms()) {
        VmRow row;
        row.moref = vm.moref;
        row.name = vm.name;
        row.powerState = vm.powerState;
        row.guestOs = vm.guestFullName;
        row.location = m_inventory.path(vm.moref).section(QLatin1Char('/'), 0, -2);
        // A Cloud Director user's vApps are Cloud Director's, which vCenter does not know.
        if (isCloudDirector())
            row.vapp = m_cloudDirectorVappOf.value(vm.moref);
        else if (const auto* object = m_inventory.object(vm.moref); object && !object->parentVApp.isEmpty())
            if (const auto* vapp = m_inventory.object(object->parentVApp))
                row.vapp = vapp->name;
        for (const auto& disk : vm.disks)
            row.diskBytes += disk.capacityBytes;
        for (const auto& job : *list) {
            const bool covered =
                std::any_of(job.objects.cbegin(), job.objects.cend(), [&](const jobs::JobObject& o) {
                    return m_inventory.contains(o.moref, vm.moref);
                });
            if (covered && !job.excludedVms.contains(vm.moref))
                row.jobs << job.name;
        }
        // Restore points name the VM by its instance UUID (its moref when it has none).
        row.identity = vm.instanceUuid.isEmpty() ? vm.moref : vm.instanceUuid;
        for (const auto& point : *points)
            if (point.vmId == row.identity || point.vmId == vm.moref) {
                ++row.restorePoints;
                if (!row.newestRestorePoint.isValid() || point.time > row.newestRestorePoint)
                    row.newestRestorePoint = point.time;
            }
        rows.append(row);
    }
    return rows;
}

QVector<VmRow> ConsoleSession::offlineVmRows(const QVector<RestorePointRow>& points)
{
    // Without a server the restore points are all there is to know about a VM: its name
    // and size as of its newest backup.
    QVector<VmRow> rows;
    QHash<QString, qsizetype> byId;
    for (const auto& point : points) { // newest first
        auto found = byId.constFind(point.vmId);
        if (found == byId.cend()) {
            VmRow row;
            row.moref = point.vmId;
            row.identity = point.vmId;
            row.name = point.vmName;
            row.diskBytes = point.sourceBytes;
            row.newestRestorePoint = point.time;
            found = byId.insert(point.vmId, rows.size());
            rows.append(row);
        }
        ++rows[*found].restorePoints;
    }
    return rows;
}

Result<DashboardData> ConsoleSession::dashboard(EngineWorker& worker, const QDateTime& now)
{
    DashboardData data;
    auto vms = vmRows(worker, &data.problems);
    if (!vms)
        return vms.error();
    for (const auto& vm : *vms)
        ++(vm.restorePoints > 0 ? data.protectedVms : data.unprotectedVms);
    auto points = restorePoints(worker);
    if (!points)
        return points.error();
    data.restorePoints = static_cast<int>(points->size());
    for (const auto& point : *points)
        data.backupBytes += point.storedBytes;
    if (const auto& tenant = m_caller.tenantRecord(); tenant)
        data.quotaBytes = tenant->quotaBytes;

    const QDate today = now.toUTC().date();
    for (int back = 6; back >= 0; --back)
        data.days.append(DayResults{today.addDays(-back)});
    auto list = jobs(worker);
    if (!list)
        return list.error();
    qint64 weekBytes = 0;
    double weekSeconds = 0;
    for (const auto& job : *list) {
        auto sessions = worker.jobStore()->sessions(job.id, 1000);
        if (!sessions)
            return sessions.error();
        for (const auto& session : *sessions) {
            if (session.result == jobs::SessionResult::Running || !session.finished.isValid() ||
                session.kind != QLatin1String("backup"))
                continue;
            const QDate day = session.started.toUTC().date();
            if (day < data.days.first().day || day > today)
                continue;
            DayResults& bucket = data.days[static_cast<int>(data.days.first().day.daysTo(day))];
            const double seconds = static_cast<double>(session.started.msecsTo(session.finished)) / 1000.0;
            bucket.bytesRead += session.bytesRead;
            bucket.seconds += seconds;
            const bool recent = session.started.secsTo(now) <= 24 * 3600;
            switch (session.result) {
            case jobs::SessionResult::Success:
                ++bucket.success;
                data.success24h += recent;
                break;
            case jobs::SessionResult::Warning:
                ++bucket.warning;
                data.warning24h += recent;
                break;
            default:
                ++bucket.failed;
                data.failed24h += recent;
                break;
            }
            weekBytes += session.bytesRead;
            weekSeconds += seconds;
            if (seconds > data.longestSeconds) {
                data.longestSeconds = seconds;
                data.longestJob = job.name;
            }
        }
    }
    if (weekSeconds > 0)
        data.averageBytesPerSecond = static_cast<double>(weekBytes) / weekSeconds;
    return data;
}

} // namespace lifeboat::console
