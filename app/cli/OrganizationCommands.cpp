// The provider's side of Cloud Director: which organizations use Lifeboat and with what
// (repository, quota, job template), and which Lifeboat vCenter endpoint reaches the VMs of
// each vCenter Cloud Director names.
#include "cli/CliContext.h"
#include "credentials/Keychain.h"
#include "jobs/Job.h"
#include "tenants/Tenants.h"
#include "vcd/VcdTenancy.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace lifeboat::cli {

const char* const kOrganizationUsage = QT_TRANSLATE_NOOP(
    "lifeboat::cli::Cli",
    "Usage: lifeboat-cli vcd org|vcenter|provider COMMAND [options] [--json]\n"
    "\n"
    "Commands (the provider's administrator):\n"
    "  org set ORG --endpoint VCD_URL [--repo PATH] [--quota BYTES] [--job-template FILE]\n"
    "              [--schedule-policy any|none|HH:MM-HH:MM]\n"
    "                     let the Cloud Director organization ORG use Lifeboat: its users sign in as\n"
    "                     user@ORG and see only their organization's vApps and VMs; the job template is\n"
    "                     a job's JSON (as 'job show --json' prints it) new jobs of ORG start from; the\n"
    "                     schedule policy limits when its jobs may start (none: only when started)\n"
    "  org list           the organizations set up\n"
    "  org remove ORG --endpoint VCD_URL\n"
    "  vcenter link NAME --endpoint VCD_URL --to VCENTER_URL --user ACCOUNT\n"
    "                     back up the VMs Cloud Director places on its vCenter NAME through the Lifeboat\n"
    "                     endpoint VCENTER_URL, signed in as ACCOUNT (remember its password with\n"
    "                     'lifeboat-cli endpoint login --remember-password')\n"
    "  vcenter list [--endpoint VCD_URL]\n"
    "  vcenter unlink NAME --endpoint VCD_URL\n"
    "  provider set --endpoint VCD_URL --user USER@System\n"
    "                     the provider's Cloud Director account (password as for 'endpoint login', kept in\n"
    "                     the system keychain), which takes VMs a restore created into their vApp\n"
    "\n"
    "Add the Cloud Director itself first with 'lifeboat-cli endpoint add URL --kind vcd'.\n"
    "\n"
    "An organization's users give the Cloud Director as --endpoint and USER@ORG as --user to the inventory,\n"
    "job create, restore-point, restore and files commands. Its jobs back up through the linked vCenter;\n"
    "--objects may name its vApps, and --repo defaults to the organization's repository.\n");

namespace {

Result<catalog::EndpointRecord> cloudDirector(EngineWorker& worker, const QString& urlOrId)
{
    auto endpoint = endpointByUrlOrId(worker, urlOrId);
    if (!endpoint)
        return endpoint.error();
    if (endpoint->kind != QLatin1String("vcd"))
        return Error{QStringLiteral("vcd.not_cloud_director"),
                     Cli::tr("%1 is a vCenter endpoint; --endpoint names the Cloud Director here.")
                         .arg(endpoint->url)};
    return endpoint;
}

int organizationSet(CliContext& context, Engine& engine)
{
    const QString organization = context.command.value(3);
    if (organization.isEmpty() || context.value("endpoint").isEmpty())
        return context.usage(Cli::tr("vcd org set needs the organization's name and --endpoint VCD_URL."));
    if (organization.compare(QLatin1String("System"), Qt::CaseInsensitive) == 0)
        return context.usage(Cli::tr("System is the provider's organization, not a tenant."));
    tenants::Tenant tenant;
    tenant.organization = organization;
    tenant.repository = context.value("repo");
    if (context.isSet("quota")) {
        bool ok = false;
        const qint64 quota = context.value("quota").toLongLong(&ok);
        if (!ok || quota <= 0)
            return context.usage(Cli::tr("--quota needs a number of bytes."));
        tenant.quotaBytes = quota;
    }
    if (context.isSet("schedule-policy")) {
        auto policy = jobs::SchedulePolicy::parse(context.value("schedule-policy"));
        if (!policy)
            return context.fail(policy.error());
        tenant.schedulePolicy = policy->toString();
    }
    if (context.isSet("job-template")) {
        QFile file(context.value("job-template"));
        if (!file.open(QIODevice::ReadOnly))
            return context.fail(
                Error{QStringLiteral("vcd.job_template"),
                      Cli::tr("Cannot read %1: %2").arg(file.fileName(), file.errorString())});
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (!document.isObject())
            return context.fail(
                Error{QStringLiteral("vcd.job_template"),
                      Cli::tr("%1 is not a JSON object: %2").arg(file.fileName(), parseError.errorString())});
        // The same reader as stored jobs: a template with a wrong type is refused now, not
        // when a tenant creates a job from it.
        auto templateJob = jobs::JobDefinition::fromJson(document.object());
        if (!templateJob)
            return context.fail(templateJob.error());
        // A template whose schedule the policy forbids would make every new job fail.
        if (auto policy = jobs::SchedulePolicy::parse(tenant.schedulePolicy); policy)
            if (Status allowed = policy->allows(templateJob->schedule); !allowed)
                return context.fail(allowed.error());
        QJsonObject job = document.object();
        // Where and what a job backs up is the organization's own choice.
        for (const char* key : {"objects", "endpoint_id", "account", "excluded_vms", "excluded_disks",
                                "repository", "id", "name", "description", "enabled"})
            job.remove(QLatin1String(key));
        tenant.jobTemplate = job;
    }
    auto saved =
        callEngine<Result<tenants::Tenant>>(engine, [&](EngineWorker& worker) -> Result<tenants::Tenant> {
            if (!worker.tenantStore())
                return noCatalog();
            auto endpoint = cloudDirector(worker, context.value("endpoint"));
            if (!endpoint)
                return endpoint.error();
            auto existing = worker.tenantStore()->tenants();
            if (!existing)
                return existing.error();
            // As with accounts: the first entry ends single-user mode and must not lock the
            // administrator out.
            if (existing->isEmpty())
                return Error{
                    QStringLiteral("scope.admin_first"),
                    Cli::tr("Add an administrator account first (tenant add ACCOUNT --admin): once accounts "
                            "or organizations are set up, nobody else may sign in.")};
            tenant.vcdEndpointId = endpoint->id;
            tenant.account = tenants::organizationAccount(endpoint->url, organization);
            // The scope is Cloud Director's to say, at each sign-in; setting the options again
            // keeps the last one read.
            if (auto previous = worker.tenantStore()->findOrganization(endpoint->id, organization);
                previous && *previous)
                tenant.scopes = (*previous)->scopes;
            if (auto id = worker.tenantStore()->save(tenant); !id)
                return id.error();
            return tenant;
        });
    if (!saved)
        return context.fail(saved.error());
    if (context.json)
        context.printJson({{QStringLiteral("organization"), saved->organization},
                           {QStringLiteral("account"), saved->account},
                           {QStringLiteral("repository"), saved->repository}});
    else
        context.out
            << Cli::tr("The organization %1 uses Lifeboat as %2.").arg(saved->organization, saved->account)
            << Qt::endl;
    return Ok;
}

int organizationList(CliContext& context, Engine& engine)
{
    auto all = callEngine<Result<QVector<tenants::Tenant>>>(engine, [&](EngineWorker& worker) {
        return worker.tenantStore() ? worker.tenantStore()->tenants()
                                    : Result<QVector<tenants::Tenant>>(noCatalog());
    });
    if (!all)
        return context.fail(all.error());
    QJsonArray list;
    for (const tenants::Tenant& tenant : std::as_const(*all)) {
        if (!tenant.isOrganization())
            continue;
        if (!context.json) {
            context.out << QStringLiteral("%1  %2  %3")
                               .arg(tenant.account, -32)
                               .arg(tenant.repository.isEmpty() ? Cli::tr("(repository chosen per job)")
                                                                : tenant.repository)
                               .arg(Cli::tr("%n VM(s) in scope", nullptr, int(tenant.scopes.size())))
                        << Qt::endl;
            continue;
        }
        QJsonObject json{{QStringLiteral("organization"), tenant.organization},
                         {QStringLiteral("schedule_policy"),
                          tenant.schedulePolicy.isEmpty() ? QStringLiteral("any") : tenant.schedulePolicy},
                         {QStringLiteral("account"), tenant.account},
                         {QStringLiteral("repository"), tenant.repository},
                         {QStringLiteral("vms_in_scope"), int(tenant.scopes.size())},
                         {QStringLiteral("job_template"), tenant.jobTemplate}};
        if (tenant.quotaBytes)
            json.insert(QStringLiteral("quota_bytes"), *tenant.quotaBytes);
        list.append(json);
    }
    if (context.json)
        context.printJson({{QStringLiteral("organizations"), list}});
    return Ok;
}

int organizationRemove(CliContext& context, Engine& engine)
{
    const QString organization = context.command.value(3);
    if (organization.isEmpty() || context.value("endpoint").isEmpty())
        return context.usage(Cli::tr("vcd org remove needs the organization's name and --endpoint VCD_URL."));
    Status removed = callEngine<Status>(engine, [&](EngineWorker& worker) -> Status {
        if (!worker.tenantStore())
            return noCatalog();
        auto endpoint = cloudDirector(worker, context.value("endpoint"));
        if (!endpoint)
            return endpoint.error();
        return worker.tenantStore()->remove(tenants::organizationAccount(endpoint->url, organization));
    });
    if (!removed)
        return context.fail(removed.error());
    return Ok;
}

int vcenterLink(CliContext& context, Engine& engine)
{
    const QString vcenter = context.command.value(3);
    if (vcenter.isEmpty() || context.value("endpoint").isEmpty() || context.value("to").isEmpty() ||
        context.value("user").isEmpty())
        return context.usage(Cli::tr("vcd vcenter link needs the vCenter's name in Cloud Director, "
                                     "--endpoint VCD_URL, --to VCENTER_URL "
                                     "and --user ACCOUNT."));
    Status linked = callEngine<Status>(engine, [&](EngineWorker& worker) -> Status {
        if (!worker.catalog())
            return noCatalog();
        auto endpoint = cloudDirector(worker, context.value("endpoint"));
        if (!endpoint)
            return endpoint.error();
        auto target = endpointByUrlOrId(worker, context.value("to"));
        if (!target)
            return target.error();
        if (target->kind != QLatin1String("vsphere"))
            return Error{QStringLiteral("vcd.not_vcenter"),
                         Cli::tr("%1 is not a vCenter endpoint.").arg(target->url)};
        return vcd::VcenterLinks(*worker.catalog())
            .save({endpoint->id, vcenter, target->id, context.value("user")});
    });
    if (!linked)
        return context.fail(linked.error());
    if (!context.json)
        context.out << Cli::tr("VMs on %1 are backed up through %2 as %3.")
                           .arg(vcenter, context.value("to"), context.value("user"))
                    << Qt::endl;
    return Ok;
}

int vcenterList(CliContext& context, Engine& engine)
{
    struct Row
    {
        vcd::VcenterLink link;
        QString vcdUrl;
        QString vsphereUrl;
    };
    auto rows = callEngine<Result<QVector<Row>>>(engine, [&](EngineWorker& worker) -> Result<QVector<Row>> {
        if (!worker.catalog())
            return noCatalog();
        qint64 vcdId = 0;
        if (!context.value("endpoint").isEmpty()) {
            auto endpoint = cloudDirector(worker, context.value("endpoint"));
            if (!endpoint)
                return endpoint.error();
            vcdId = endpoint->id;
        }
        auto links = vcd::VcenterLinks(*worker.catalog()).links(vcdId);
        if (!links)
            return links.error();
        auto endpoints = worker.catalog()->endpoints();
        if (!endpoints)
            return endpoints.error();
        auto urlOf = [&](qint64 id) {
            for (const auto& endpoint : *endpoints)
                if (endpoint.id == id)
                    return endpoint.url;
            return QString();
        };
        QVector<Row> found;
        for (const auto& link : *links)
            found.append({link, urlOf(link.vcdEndpointId), urlOf(link.vsphereEndpointId)});
        return found;
    });
    if (!rows)
        return context.fail(rows.error());
    QJsonArray list;
    for (const Row& row : std::as_const(*rows)) {
        if (context.json)
            list.append(QJsonObject{{QStringLiteral("vcd"), row.vcdUrl},
                                    {QStringLiteral("vcenter"), row.link.vcenter},
                                    {QStringLiteral("endpoint"), row.vsphereUrl},
                                    {QStringLiteral("account"), row.link.account}});
        else
            context.out << QStringLiteral("%1  %2  → %3 (%4)")
                               .arg(row.vcdUrl, row.link.vcenter, row.vsphereUrl, row.link.account)
                        << Qt::endl;
    }
    if (context.json)
        context.printJson({{QStringLiteral("links"), list}});
    return Ok;
}

int vcenterUnlink(CliContext& context, Engine& engine)
{
    const QString vcenter = context.command.value(3);
    if (vcenter.isEmpty() || context.value("endpoint").isEmpty())
        return context.usage(Cli::tr("vcd vcenter unlink needs the vCenter's name and --endpoint VCD_URL."));
    Status removed = callEngine<Status>(engine, [&](EngineWorker& worker) -> Status {
        if (!worker.catalog())
            return noCatalog();
        auto endpoint = cloudDirector(worker, context.value("endpoint"));
        if (!endpoint)
            return endpoint.error();
        return vcd::VcenterLinks(*worker.catalog()).remove(endpoint->id, vcenter);
    });
    if (!removed)
        return context.fail(removed.error());
    return Ok;
}

// The provider's own Cloud Director account, checked by signing in, its password kept in the
// keychain: what taking a restored VM into an organization's vApp needs.
int providerSet(CliContext& context, Engine& engine)
{
    const QString user = context.value("user");
    if (context.value("endpoint").isEmpty() || user.isEmpty())
        return context.usage(Cli::tr("vcd provider set needs --endpoint VCD_URL and --user USER@System."));
    auto given = readSecretInput(context, "LIFEBOAT_ENDPOINT_PASSWORD");
    if (!given)
        return context.fail(given.error());
    if (given->isEmpty())
        return context.usage(Cli::tr("A password is needed: use --password-stdin, --password-file or "
                                     "$LIFEBOAT_ENDPOINT_PASSWORD."));
    Status saved = callEngine<Status>(engine, [&](EngineWorker& worker) -> Status {
        if (!worker.catalog())
            return noCatalog();
        auto endpoint = cloudDirector(worker, context.value("endpoint"));
        if (!endpoint)
            return endpoint.error();
        const QString password = QString::fromUtf8(*given);
        vcd::VcdClient client{QUrl(endpoint->url), endpoint->pinnedSha256};
        auto session = await<Result<vcd::Session>>([&](auto done) { client.login(user, password, done); });
        if (!session)
            return session.error();
        await<Status>([&](auto done) { client.logout(done); });
        if (!session->provider)
            return Error{QStringLiteral("vcd.not_provider"),
                         Cli::tr("%1 is an organization's account; the provider's accounts are USER@System.")
                             .arg(user)};
        if (Status kept =
                credentials::writeSecret(credentials::endpointPasswordKey(endpoint->url, user), password);
            !kept)
            return kept.error();
        return vcd::VcenterLinks(*worker.catalog()).setProviderAccount(endpoint->id, user);
    });
    if (!saved)
        return context.fail(saved.error());
    if (!context.json)
        context.out << Cli::tr("Lifeboat imports restored VMs into Cloud Director as %1.").arg(user)
                    << Qt::endl;
    return Ok;
}

} // namespace

int runOrganizationCommand(CliContext& context)
{
    const QString group = context.command.value(1);
    const QString sub = context.command.value(2);
    using Handler = int (*)(CliContext&, Engine&);
    Handler handler = nullptr;
    if (group == QLatin1String("org"))
        handler = sub == QLatin1String("set")      ? &organizationSet
                  : sub == QLatin1String("list")   ? &organizationList
                  : sub == QLatin1String("remove") ? &organizationRemove
                                                   : nullptr;
    else if (group == QLatin1String("provider"))
        handler = sub == QLatin1String("set") ? &providerSet : nullptr;
    else if (group == QLatin1String("vcenter"))
        handler = sub == QLatin1String("link")     ? &vcenterLink
                  : sub == QLatin1String("list")   ? &vcenterList
                  : sub == QLatin1String("unlink") ? &vcenterUnlink
                                                   : nullptr;
    if (!handler) {
        context.err << Cli::tr(kOrganizationUsage);
        return Usage;
    }
    return runWithCatalogEngine(context, handler);
}

} // namespace lifeboat::cli
