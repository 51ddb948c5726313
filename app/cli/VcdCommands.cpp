#include "cli/CliContext.h"
#include "credentials/Keychain.h"
#include "vcd/VcdClient.h"

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

int inventory(CliContext& context)
{
    const QString url = context.value("url");
    const QString user = context.value("user");
    if (url.isEmpty() || user.isEmpty())
        return context.usage(Cli::tr("vcd inventory needs --url URL and --user USER@ORG."));
    int pageSize = 128;
    if (context.isSet("page-size")) {
        bool ok = false;
        pageSize = context.value("page-size").toInt(&ok);
        if (!ok || pageSize < 1 || pageSize > 128)
            return context.usage(Cli::tr("--page-size must be a number from 1 to 128."));
    }
    auto given = readSecretInput(context, "LIFEBOAT_VCD_PASSWORD");
    if (!given)
        return context.fail(given.error());
    const QUrl base = vcd::baseUrl(url);
    QString password = QString::fromUtf8(*given);
    if (password.isEmpty())
        if (auto remembered =
                credentials::readSecret(credentials::endpointPasswordKey(base.toString(), user)))
            password = *remembered;
    if (password.isEmpty())
        return context.fail(Error{QStringLiteral("vcd.password_required"),
                                  Cli::tr("A password is needed: use --password-stdin, --password-file or "
                                          "$LIFEBOAT_VCD_PASSWORD.")});

    vcd::VcdClient client(base, context.value("thumbprint"));
    auto session = await<Result<vcd::Session>>([&](auto done) { client.login(user, password, done); });
    if (!session) {
        if (session.error().code == QLatin1String("tls.untrusted"))
            context.err << Cli::tr("If the thumbprint is right, run the command again with --thumbprint "
                                   "THUMBPRINT.")
                        << Qt::endl;
        return context.fail(session.error());
    }
    auto found = await<Result<vcd::Inventory>>([&](auto done) { client.listInventory(pageSize, done); });
    if (!found)
        return context.fail(found.error());
    await<Status>([&](auto done) { client.logout(done); });

    if (context.json) {
        QJsonArray vdcs, vapps, vms;
        for (const auto& vdc : found->vdcs)
            vdcs.append(QJsonObject{{QStringLiteral("name"), vdc.name},
                                    {QStringLiteral("href"), vdc.href},
                                    {QStringLiteral("org"), vdc.orgName}});
        for (const auto& vapp : found->vapps)
            vapps.append(QJsonObject{{QStringLiteral("name"), vapp.name},
                                     {QStringLiteral("href"), vapp.href},
                                     {QStringLiteral("vdc"), vapp.vdcName},
                                     {QStringLiteral("org"), vapp.orgName},
                                     {QStringLiteral("status"), vapp.status},
                                     {QStringLiteral("vm_count"), vapp.vmCount}});
        for (const auto& vm : found->vms)
            vms.append(vmJson(vm));
        context.printJson({{QStringLiteral("url"), base.toString()},
                           {QStringLiteral("user"), session->user},
                           {QStringLiteral("org"), session->org},
                           {QStringLiteral("provider"), session->provider},
                           {QStringLiteral("api_version"), session->apiVersion},
                           {QStringLiteral("session_renewals"), client.sessionRenewals()},
                           {QStringLiteral("vdcs"), vdcs},
                           {QStringLiteral("vapps"), vapps},
                           {QStringLiteral("vms"), vms}});
        return Ok;
    }
    context.out << Cli::tr("Signed in to %1 as %2@%3 (API %4).")
                       .arg(base.toString(), session->user, session->org, session->apiVersion)
                << Qt::endl;
    for (const auto& vdc : found->vdcs) {
        context.out << Cli::tr("VDC %1 (organization %2)").arg(vdc.name, vdc.orgName) << Qt::endl;
        for (const auto& vapp : found->vapps) {
            if (vapp.vdcHref != vdc.href)
                continue;
            context.out << "  " << Cli::tr("vApp %1 (%2)").arg(vapp.name, vapp.status) << Qt::endl;
            for (const auto& vm : found->vms)
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

} // namespace

int runVcdCommand(CliContext& context)
{
    const QString sub = context.command.value(1);
    if (sub == QLatin1String("inventory"))
        return inventory(context);
    context.err << (sub.isEmpty() ? Cli::tr("error: no vcd command given")
                                  : Cli::tr("error: unknown command 'vcd %1'").arg(sub))
                << Qt::endl
                << Cli::tr(kVcdUsage);
    return Usage;
}

} // namespace lifeboat::cli
