#include "cli/CliContext.h"
#include "credentials/Keychain.h"
#include "vcd/VcdClient.h"

#include <QHash>
#include <QJsonArray>

namespace lifeboat::cli {

const char* const kVcdUsage = QT_TRANSLATE_NOOP(
    "lifeboat::cli::Cli",
    "Usage: lifeboat-cli vcd COMMAND [options] [--json]\n"
    "\n"
    "Commands:\n"
    "  inventory --url URL --user USER@ORG [--thumbprint SHA256] [--page-size N]\n"
    "                     sign in to VMware Cloud Director as an organization user (or as the provider,\n"
    "                     USER@System) and list the org VDCs, vApps and VMs the account may see, with each\n"
    "                     VM's power state, vCenter and moref\n"
    "  power on|off|shutdown|reset --url URL --user USER@ORG (--vm VM | --vapp VAPP)\n"
    "                     power a VM or a whole vApp through Cloud Director and wait for its task; VM and\n"
    "                     VAPP are names (as inventory lists them) or hrefs. Asking for the state it is\n"
    "                     already in succeeds without a change; shutdown needs VMware Tools in the guest\n"
    "  import --url URL --user USER@System --moref MOREF --vapp VAPP [--name NAME] [--vcenter HREF]\n"
    "                     make a vCenter VM (e.g. one a restore created) a VM of an existing vApp (provider\n"
    "                     only); the vCenter defaults to the one the vApp's VMs live on\n"
    "\n"
    "The password comes from --password-stdin, --password-file FILE, $LIFEBOAT_VCD_PASSWORD, or the system\n"
    "keychain. A certificate this computer does not trust is refused and its SHA-256 thumbprint shown.\n");

QList<QCommandLineOption> vcdOptions()
{
    return {
        QCommandLineOption(QStringLiteral("url"), Cli::tr("Cloud Director address."), QStringLiteral("URL")),
        QCommandLineOption(QStringLiteral("thumbprint"),
                           Cli::tr("Trust the server certificate with this SHA-256 thumbprint."),
                           QStringLiteral("SHA256")),
        QCommandLineOption(QStringLiteral("page-size"),
                           Cli::tr("Records per query page, 1 to 128 (default 128)."), QStringLiteral("N")),
        QCommandLineOption(QStringLiteral("vapp"), Cli::tr("A Cloud Director vApp, by name or href."),
                           QStringLiteral("VAPP")),
        QCommandLineOption(QStringLiteral("moref"), Cli::tr("A vCenter VM's managed object id, e.g. vm-42."),
                           QStringLiteral("MOREF")),
        QCommandLineOption(QStringLiteral("vcenter"),
                           Cli::tr("The vCenter as Cloud Director names it (its vimServer href)."),
                           QStringLiteral("HREF")),
    };
}

namespace {

QJsonObject vmJson(const vcd::Vm& vm)
{
    return {{QStringLiteral("name"), vm.name},
            {QStringLiteral("href"), vm.href},
            {QStringLiteral("vapp"), vm.vappName},
            {QStringLiteral("vapp_href"), vm.vappHref},
            {QStringLiteral("vdc"), vm.vdcName},
            {QStringLiteral("org"), vm.orgName},
            {QStringLiteral("power_state"), vm.powerState},
            {QStringLiteral("moref"), vm.moref},
            {QStringLiteral("vcenter"), QJsonObject{{QStringLiteral("name"), vm.vcenterName},
                                                    {QStringLiteral("href"), vm.vcenterHref}}}};
}

// What every vcd command needs to sign in; read on the CLI's thread, which owns stdin.
struct Account
{
    QUrl base;
    QString user;
    QString password; // empty: the keychain's, looked up on the engine thread
    QString thumbprint;
};

Result<Account> accountOf(CliContext& context, const QString& command)
{
    const QString url = context.value("url");
    const QString user = context.value("user");
    if (url.isEmpty() || user.isEmpty())
        return Error{QStringLiteral("cli.usage"),
                     Cli::tr("%1 needs --url URL and --user USER@ORG.").arg(command)};
    auto given = readSecretInput(context, "LIFEBOAT_VCD_PASSWORD");
    if (!given)
        return given.error();
    return Account{vcd::baseUrl(url), user, QString::fromUtf8(*given), context.value("thumbprint")};
}

// Signs in on the engine thread (the client and its replies live there) and runs `work`
// with the client; signs out afterwards whatever `work` gave.
template <typename R>
R withClient(Engine& engine, const Account& account, Result<vcd::Session>& session,
             const std::function<R(vcd::VcdClient&)>& work)
{
    return callEngine<R>(engine, [&](EngineWorker&) -> R {
        QString password = account.password;
        if (password.isEmpty())
            if (auto remembered = credentials::readSecret(
                    credentials::endpointPasswordKey(account.base.toString(), account.user)))
                password = *remembered;
        if (password.isEmpty())
            return Error{QStringLiteral("vcd.password_required"),
                         Cli::tr("A password is needed: use --password-stdin, --password-file or "
                                 "$LIFEBOAT_VCD_PASSWORD.")};
        vcd::VcdClient client(account.base, account.thumbprint);
        session = await<Result<vcd::Session>>([&](auto done) { client.login(account.user, password, done); });
        if (!session)
            return session.error();
        R result = work(client);
        await<Status>([&](auto done) { client.logout(done); });
        return result;
    });
}

int failWithHint(CliContext& context, const Error& error)
{
    if (error.code == QLatin1String("tls.untrusted"))
        context.err << Cli::tr("If the thumbprint is right, run the command again with --thumbprint "
                               "THUMBPRINT.")
                    << Qt::endl;
    return context.fail(error);
}

int runOnEngine(CliContext& context, int (*handler)(CliContext&, Engine&))
{
    // No catalog: Cloud Director commands keep nothing.
    Engine engine(EngineOptions{});
    engine.start();
    return handler(context, engine);
}

struct Listing
{
    vcd::Session session;
    vcd::Inventory inventory;
    int renewals = 0;
};

int inventory(CliContext& context, Engine& engine)
{
    int pageSize = 128;
    if (context.isSet("page-size")) {
        bool ok = false;
        pageSize = context.value("page-size").toInt(&ok);
        if (!ok || pageSize < 1 || pageSize > 128)
            return context.usage(Cli::tr("--page-size must be a number from 1 to 128."));
    }
    auto account = accountOf(context, QStringLiteral("vcd inventory"));
    if (!account)
        return account.error().code == QLatin1String("cli.usage") ? context.usage(account.error().message)
                                                                  : context.fail(account.error());
    const QUrl base = account->base;
    Result<vcd::Session> session = Error{};
    auto found = withClient<Result<Listing>>(
        engine, *account, session, [&](vcd::VcdClient& client) -> Result<Listing> {
            auto listed =
                await<Result<vcd::Inventory>>([&](auto done) { client.listInventory(pageSize, done); });
            if (!listed)
                return listed.error();
            return Listing{*session, *listed, client.sessionRenewals()};
        });
    if (!found)
        return failWithHint(context, found.error());

    if (context.json) {
        QJsonArray vdcs, vapps, vms;
        for (const auto& vdc : found->inventory.vdcs)
            vdcs.append(QJsonObject{{QStringLiteral("name"), vdc.name},
                                    {QStringLiteral("href"), vdc.href},
                                    {QStringLiteral("org"), vdc.orgName}});
        for (const auto& vapp : found->inventory.vapps)
            vapps.append(QJsonObject{{QStringLiteral("name"), vapp.name},
                                     {QStringLiteral("href"), vapp.href},
                                     {QStringLiteral("vdc"), vapp.vdcName},
                                     {QStringLiteral("org"), vapp.orgName},
                                     {QStringLiteral("status"), vapp.status},
                                     {QStringLiteral("vm_count"), vapp.vmCount}});
        for (const auto& vm : found->inventory.vms)
            vms.append(vmJson(vm));
        context.printJson({{QStringLiteral("url"), base.toString()},
                           {QStringLiteral("user"), found->session.user},
                           {QStringLiteral("org"), found->session.org},
                           {QStringLiteral("provider"), found->session.provider},
                           {QStringLiteral("api_version"), found->session.apiVersion},
                           {QStringLiteral("session_renewals"), found->renewals},
                           {QStringLiteral("vdcs"), vdcs},
                           {QStringLiteral("vapps"), vapps},
                           {QStringLiteral("vms"), vms}});
        return Ok;
    }
    const vcd::Session& who = found->session;
    context.out << Cli::tr("Signed in to %1 as %2@%3 (API %4).")
                       .arg(base.toString(), who.user, who.org, who.apiVersion)
                << Qt::endl;
    for (const auto& vdc : found->inventory.vdcs) {
        context.out << Cli::tr("VDC %1 (organization %2)").arg(vdc.name, vdc.orgName) << Qt::endl;
        for (const auto& vapp : found->inventory.vapps) {
            if (vapp.vdcHref != vdc.href)
                continue;
            context.out << "  " << Cli::tr("vApp %1 (%2)").arg(vapp.name, vapp.status) << Qt::endl;
            for (const auto& vm : found->inventory.vms)
                if (vm.vappHref == vapp.href)
                    context.out << "    "
                                << Cli::tr("VM %1  %2  %3 on %4")
                                       .arg(vm.name, vm.powerState,
                                            vm.moref.isEmpty() ? Cli::tr("(no moref)") : vm.moref,
                                            vm.vcenterName.isEmpty() ? Cli::tr("(unknown vCenter)")
                                                                     : vm.vcenterName)
                                << Qt::endl;
        }
    }
    return Ok;
}

bool isHref(const QString& text)
{
    return text.startsWith(QLatin1String("https://")) || text.startsWith(QLatin1String("http://")) ||
           text.startsWith(QLatin1String("/api/"));
}

// A VM or vApp by href, or by its name among those the account sees: the query record.
Result<QJsonObject> findEntity(vcd::VcdClient& client, const vcd::Session& session, const QString& type,
                               const QString& nameOrHref)
{
    if (isHref(nameOrHref))
        return QJsonObject{{QStringLiteral("href"), nameOrHref}, {QStringLiteral("name"), nameOrHref}};
    const QString filter =
        QStringLiteral("name==") + nameOrHref +
        (type == QLatin1String("vm") ? QStringLiteral(";isVAppTemplate==false") : QString());
    auto records =
        await<Result<QVector<QJsonObject>>>([&](auto done) { client.query(type, filter, 128, done); });
    if (!records)
        return records.error();
    const bool vm = type == QLatin1String("vm");
    if (records->isEmpty())
        return Error{QStringLiteral("vcd.not_found"),
                     vm ? Cli::tr("%1@%2 sees no VM named %3.").arg(session.user, session.org, nameOrHref)
                        : Cli::tr("%1@%2 sees no vApp named %3.").arg(session.user, session.org, nameOrHref)};
    if (records->size() > 1) {
        QStringList hrefs;
        for (const QJsonObject& record : *records)
            hrefs << record.value(QLatin1String("href")).toString();
        return Error{QStringLiteral("vcd.ambiguous"),
                     Cli::tr("Several are named %1; give one of these hrefs instead: %2")
                         .arg(nameOrHref, hrefs.join(QStringLiteral(", ")))};
    }
    return records->first();
}

struct Powered
{
    QJsonObject target;
    vcd::PowerResult result;
};

int power(CliContext& context, Engine& engine)
{
    const QString verb = context.command.value(2);
    const QHash<QString, vcd::PowerAction> actions{{QStringLiteral("on"), vcd::PowerAction::PowerOn},
                                                   {QStringLiteral("off"), vcd::PowerAction::PowerOff},
                                                   {QStringLiteral("shutdown"), vcd::PowerAction::Shutdown},
                                                   {QStringLiteral("reset"), vcd::PowerAction::Reset}};
    if (!actions.contains(verb))
        return context.usage(Cli::tr("vcd power needs on, off, shutdown or reset."));
    if (context.isSet("vm") == context.isSet("vapp"))
        return context.usage(Cli::tr("vcd power needs either --vm VM or --vapp VAPP."));
    const bool vm = context.isSet("vm");
    const QString target = vm ? context.value("vm") : context.value("vapp");
    auto account = accountOf(context, QStringLiteral("vcd power"));
    if (!account)
        return account.error().code == QLatin1String("cli.usage") ? context.usage(account.error().message)
                                                                  : context.fail(account.error());
    const vcd::PowerAction action = actions.value(verb);
    Result<vcd::Session> session = Error{};
    auto powered = withClient<Result<Powered>>(
        engine, *account, session, [&](vcd::VcdClient& client) -> Result<Powered> {
            auto found =
                findEntity(client, *session, vm ? QStringLiteral("vm") : QStringLiteral("vApp"), target);
            if (!found)
                return found.error();
            const QString href = found->value(QLatin1String("href")).toString();
            auto result =
                await<Result<vcd::PowerResult>>([&](auto done) { client.power(action, href, done); });
            if (!result)
                return result.error();
            return Powered{*found, *result};
        });
    if (!powered)
        return failWithHint(context, powered.error());
    const QString name = powered->target.value(QLatin1String("name")).toString();
    const vcd::Task& task = powered->result.task;
    if (context.json) {
        context.printJson(
            {{QStringLiteral("action"), verb},
             {QStringLiteral("kind"), vm ? QStringLiteral("vm") : QStringLiteral("vapp")},
             {QStringLiteral("name"), name},
             {QStringLiteral("href"), powered->target.value(QLatin1String("href"))},
             {QStringLiteral("already"), powered->result.alreadyInState},
             {QStringLiteral("task"), QJsonObject{{QStringLiteral("href"), task.href},
                                                  {QStringLiteral("status"), task.status},
                                                  {QStringLiteral("operation"), task.operation}}}});
        return Ok;
    }
    if (powered->result.alreadyInState)
        context.out << Cli::tr("%1 already was in that state; nothing to do.").arg(name) << Qt::endl;
    else
        context.out << Cli::tr("Done: %1.").arg(task.operation.isEmpty() ? name : task.operation) << Qt::endl;
    return Ok;
}

int importVm(CliContext& context, Engine& engine)
{
    const QString moref = context.value("moref");
    const QString vappName = context.value("vapp");
    if (moref.isEmpty() || vappName.isEmpty())
        return context.usage(Cli::tr("vcd import needs --moref MOREF and --vapp VAPP."));
    auto account = accountOf(context, QStringLiteral("vcd import"));
    if (!account)
        return account.error().code == QLatin1String("cli.usage") ? context.usage(account.error().message)
                                                                  : context.fail(account.error());
    const QString newName = context.isSet("name") ? context.value("name") : moref;
    Result<vcd::Session> session = Error{};
    auto imported = withClient<Result<QJsonObject>>(
        engine, *account, session, [&](vcd::VcdClient& client) -> Result<QJsonObject> {
            auto vapp = findEntity(client, *session, QStringLiteral("vApp"), vappName);
            if (!vapp)
                return vapp.error();
            const QString vappHref = vapp->value(QLatin1String("href")).toString();
            QString vcenter = context.value("vcenter");
            if (vcenter.isEmpty()) {
                // The vCenter the vApp's VMs live on, which is where the VM must be too.
                auto vms = await<Result<QVector<QJsonObject>>>([&](auto done) {
                    client.query(QStringLiteral("vm"), QStringLiteral("isVAppTemplate==false"), 128, done);
                });
                if (!vms)
                    return vms.error();
                for (const QJsonObject& record : *vms)
                    if (QUrl(record.value(QLatin1String("container")).toString()).path() ==
                        QUrl(vappHref).path())
                        vcenter = record.value(QLatin1String("vc")).toString();
                if (vcenter.isEmpty())
                    return Error{QStringLiteral("vcd.vcenter_unknown"),
                                 Cli::tr("The vApp %1 has no VMs to tell its vCenter; give --vcenter HREF.")
                                     .arg(vappName)};
            }
            auto href = await<Result<QString>>(
                [&](auto done) { client.importVmIntoVApp(vcenter, moref, vappHref, newName, done); });
            if (!href)
                return href.error();
            return QJsonObject{{QStringLiteral("href"), *href},
                               {QStringLiteral("name"), newName},
                               {QStringLiteral("moref"), moref},
                               {QStringLiteral("vapp_href"), vappHref},
                               {QStringLiteral("vcenter"), vcenter}};
        });
    if (!imported)
        return failWithHint(context, imported.error());
    if (context.json)
        context.printJson(*imported);
    else
        context.out << Cli::tr("Imported %1 as %2 (%3).")
                           .arg(moref, newName, imported->value(QLatin1String("href")).toString())
                    << Qt::endl;
    return Ok;
}

} // namespace

int runVcdCommand(CliContext& context)
{
    const QString sub = context.command.value(1);
    if (sub == QLatin1String("inventory"))
        return runOnEngine(context, &inventory);
    if (sub == QLatin1String("power"))
        return runOnEngine(context, &power);
    if (sub == QLatin1String("import"))
        return runOnEngine(context, &importVm);
    context.err << (sub.isEmpty() ? Cli::tr("error: no vcd command given")
                                  : Cli::tr("error: unknown command 'vcd %1'").arg(sub))
                << Qt::endl
                << Cli::tr(kVcdUsage);
    return Usage;
}

} // namespace lifeboat::cli
