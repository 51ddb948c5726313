#include "console/ConsoleSession.h"

#include "facade/EngineWorker.h"
#include "repository/Repository.h"
#include "vsphere/InventoryCache.h"
#include "vsphere/Tagging.h"
#include "vsphere/VsphereClient.h"

#include <QSet>
#include <algorithm>

namespace lifeboat::console {

namespace {

// Keeps the client alive until the sign-in chain has ended, whichever step ends it.
struct SignInFlow
{
    std::unique_ptr<vsphere::VsphereClient> client;
    std::shared_ptr<ConsoleSession> session;
    std::function<void(Result<std::shared_ptr<ConsoleSession>>)> done;
};

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

    auto flow = std::make_shared<SignInFlow>();
    flow->session.reset(new ConsoleSession);
    flow->session->m_endpoint = *endpoint;
    flow->session->m_user = request.user.trimmed();
    flow->session->m_password = request.password;
    flow->client = std::make_unique<vsphere::VsphereClient>(QUrl(endpoint->url), endpoint->pinnedSha256);
    flow->done = std::move(done);
    // Every step ends the flow through this, so the client is destroyed after its last
    // reply has been handled, never inside its own callback.
    auto finish = [flow](Result<std::shared_ptr<ConsoleSession>> result) {
        auto callback = std::move(flow->done);
        flow->client.release()->deleteLater();
        callback(std::move(result));
    };
    auto* client = flow->client.get();
    client->retrieveServiceContent([&worker, flow, client, finish](Result<vsphere::ServiceContent> content) {
        if (!content)
            return finish(content.error());
        client->login(
            flow->session->m_user, flow->session->m_password,
            [&worker, flow, client, finish](Result<vsphere::UserSession> signedIn) {
                if (!signedIn)
                    return finish(signedIn.error());
                client->listInventory([&worker, flow, client, finish](Result<vsphere::Inventory> inventory) {
                    client->logout([](Status) {});
                    if (!inventory)
                        return finish(inventory.error());
                    ConsoleSession& session = *flow->session;
                    // The password was right; now, may this account use Lifeboat at all?
                    auto caller = worker.tenantStore()->callerFor(session.m_user);
                    if (!caller)
                        return finish(caller.error());
                    // A server typed in for the first time is remembered once it signed someone in.
                    if (session.m_endpoint.id == 0) {
                        if (Status saved = worker.catalog()->saveEndpoint(session.m_endpoint); !saved)
                            return finish(saved.error());
                        auto stored = endpointForServer(*worker.catalog(), session.m_endpoint.url);
                        if (!stored)
                            return finish(stored.error());
                        session.m_endpoint = *stored;
                    }
                    session.m_caller = *caller;
                    session.m_inventory = std::move(*inventory);
                    if (auto cached = vsphere::InventoryCache(*worker.catalog())
                                          .store(session.m_endpoint.id, session.m_inventory);
                        !cached)
                        return finish(cached.error());
                    const QStringList tags = session.m_caller.tagNames(session.m_endpoint.id);
                    if (tags.isEmpty())
                        return finish(flow->session);
                    vsphere::readTagMembers(QUrl(session.m_endpoint.url), session.m_endpoint.pinnedSha256,
                                            session.m_user, session.m_password, tags,
                                            [flow, finish](Result<QHash<QString, QStringList>> members) {
                                                if (!members)
                                                    return finish(members.error());
                                                for (auto it = members->cbegin(); it != members->cend(); ++it)
                                                    flow->session->m_caller.setTagMembers(it.key(),
                                                                                          it.value());
                                                finish(flow->session);
                                            });
                });
            });
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
    for (const auto& record : *records)
        if (record.url == url.toString())
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
    endpoint->pinnedSha256 = thumbprint.toUpper();
    return catalog.saveEndpoint(*endpoint);
}

Identity ConsoleSession::identity() const
{
    Identity identity;
    identity.user = m_user;
    identity.server = m_endpoint.url;
    identity.endpointId = m_endpoint.id;
    identity.administrator = m_caller.isAdministrator();
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
        if (const auto* object = m_inventory.object(vm.moref); object && !object->parentVApp.isEmpty())
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
        // Restore points name the VM by its moref (or instance UUID) at the source.
        for (const auto& point : *points)
            if (point.vmId == vm.moref || (!vm.instanceUuid.isEmpty() && point.vmId == vm.instanceUuid)) {
                ++row.restorePoints;
                if (!row.newestRestorePoint.isValid() || point.time > row.newestRestorePoint)
                    row.newestRestorePoint = point.time;
            }
        rows.append(row);
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
