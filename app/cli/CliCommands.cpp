#include "cli/CliCommands.h"

#include "cli/CliContext.h"
#include "core/Logging.h"
#include "core/Paths.h"
#include "credentials/PasswordRecord.h"
#include "facade/Engine.h"
#include "facade/EngineWorker.h"
#include "lifeboat/Version.h"
#include "vcd/VcdClient.h"
#include "vsphere/VsphereClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace lifeboat::cli {

namespace {
const char* const kUsage = QT_TRANSLATE_NOOP(
    "lifeboat::cli::Cli", "Usage: lifeboat-cli [--catalog PATH] [--json] COMMAND\n"
                          "\n"
                          "Commands:\n"
                          "  version          print the version\n"
                          "  catalog info     show the catalog's location, schema and contents\n"
                          "  catalog migrate  open the catalog and upgrade its schema if needed\n"
                          "  repo ...         work with a repository (lifeboat-cli repo --help)\n"
                          "  endpoint ...     vCenter and ESXi endpoints (lifeboat-cli endpoint --help)\n"
                          "  vcd inventory    VMware Cloud Director: a tenant's VDCs, vApps and VMs\n"
                          "  vcd org|vcenter  Cloud Director organizations and the vCenters behind them\n"
                          "  inventory, job ..., session ..., tenant ...\n"
                          "                   VMs, backup jobs and their sessions (lifeboat-cli job --help)\n"
                          "  restore ..., audit export\n"
                          "                   restore VMs; the restore audit (lifeboat-cli restore --help)\n"
                          "  kiosk hash-password --password-stdin\n"
                          "                   the administrator password record for a kiosk policy file\n");

// Starts the engine and waits (in a local event loop: this is a CLI) until it has
// opened the catalog.
bool startEngine(Engine& engine, const CliContext& context)
{
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&engine, &Engine::started, &loop,
                     [&](bool started, const QString& code, const QString& message) {
                         ok = started;
                         if (!started)
                             context.fail(Error{code, message});
                         loop.quit();
                     });
    engine.start();
    loop.exec();
    return ok;
}

int catalogInfo(Engine& engine, const CliContext& context)
{
    auto info = callEngine<Result<catalog::CatalogInfo>>(
        engine, [](EngineWorker& worker) { return worker.catalogInfo(); });
    if (!info)
        return context.fail(info.error());
    const catalog::CatalogInfo& i = info.value();
    if (context.json) {
        context.printJson(QJsonObject{
            {QStringLiteral("path"), i.path},
            {QStringLiteral("schema_version"), i.schemaVersion},
            {QStringLiteral("latest_schema_version"), i.latestSchemaVersion},
            {QStringLiteral("journal_mode"), i.journalMode},
            {QStringLiteral("size_bytes"), i.sizeBytes},
            {QStringLiteral("endpoints"), i.endpoints},
            {QStringLiteral("repositories"), i.repositories},
            {QStringLiteral("jobs"), i.jobs},
            {QStringLiteral("sessions"), i.sessions},
        });
        return Ok;
    }
    context.out << Cli::tr("Catalog:        %1").arg(i.path) << Qt::endl
                << Cli::tr("Schema version: %1 (latest %2)").arg(i.schemaVersion).arg(i.latestSchemaVersion)
                << Qt::endl
                << Cli::tr("Journal mode:   %1").arg(i.journalMode) << Qt::endl
                << Cli::tr("Size:           %1 bytes").arg(i.sizeBytes) << Qt::endl
                << Cli::tr("Endpoints:      %1").arg(i.endpoints) << Qt::endl
                << Cli::tr("Repositories:   %1").arg(i.repositories) << Qt::endl
                << Cli::tr("Jobs:           %1").arg(i.jobs) << Qt::endl
                << Cli::tr("Sessions:       %1").arg(i.sessions) << Qt::endl;
    return Ok;
}

QList<QCommandLineOption> repoOptions()
{
    auto valued = [](const char* name, const char* help, const char* value) {
        return QCommandLineOption(QString::fromLatin1(name), Cli::tr(help), QString::fromLatin1(value));
    };
    auto flag = [](const char* name, const char* help) {
        return QCommandLineOption(QString::fromLatin1(name), Cli::tr(help));
    };
    return {
        valued("repo", QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Repository folder."), "PATH"),
        flag("password-stdin",
             QT_TRANSLATE_NOOP("lifeboat::cli::Cli",
                               "Read the repository password from the first line of standard input.")),
        valued("password-file",
               QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Read the repository password from a file."), "FILE"),
        flag("no-encryption",
             QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Create an unencrypted repository (repo init).")),
        valued("chunk-size", QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Chunk size in bytes (repo init)."),
               "BYTES"),
        valued("compression-level", QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "zstd level (repo init)."), "N"),
        valued("vm", QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "VM name recorded in the restore point."),
               "NAME"),
        valued("disk", QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Disk name within the restore point."),
               "NAME"),
        valued("previous",
               QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Restore point to back up incrementally from."), "ID"),
        valued(
            "changed-blocks",
            QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "File of changed areas, one \"offset length\" per line."),
            "FILE"),
        valued("to",
               QT_TRANSLATE_NOOP("lifeboat::cli::Cli",
                                 "Target: a restore's file, an export's file, or a test message's address."),
               "TARGET"),
        flag("overwrite", QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Replace an existing target file.")),
        valued("sample",
               QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Fraction of the data to verify, 0 to 1 (default 1)."),
               "FRACTION"),
        valued("threads", QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Worker threads (default: one per core)."),
               "N"),
        valued("keep-last",
               QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Prune: keep the newest N restore points per VM."),
               "N"),
        valued("keep-daily", QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Prune: keep one per day for N days."),
               "N"),
        valued("keep-weekly",
               QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Prune: keep one per week for N weeks."), "N"),
        valued("keep-monthly",
               QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Prune: keep one per month for N months."), "N"),
        valued("keep-yearly",
               QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Prune: keep one per year for N years."), "N"),
        flag("dry-run", QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Prune: only show what would be deleted.")),
        valued("lock-wait",
               QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Seconds to wait for a busy repository (default 0)."),
               "SECONDS"),
        valued("until", QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Immutable until this date (ISO 8601)."),
               "DATE"),
        valued("user",
               QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "User name: DOMAIN\\user, user@domain or user."),
               "NAME"),
        valued("name", QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Display name of an endpoint."), "NAME"),
        valued("kind",
               QT_TRANSLATE_NOOP("lifeboat::cli::Cli",
                                 "Endpoint add: vsphere (the default) or vcd (Cloud Director)."),
               "KIND"),
        valued("schedule-policy",
               QT_TRANSLATE_NOOP("lifeboat::cli::Cli",
                                 "Organization: when its jobs may start (any, none, or HH:MM-HH:MM)."),
               "POLICY"),
        valued("job-template",
               QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Organization: the job JSON new jobs start from."),
               "FILE"),
        valued("trust",
               QT_TRANSLATE_NOOP("lifeboat::cli::Cli",
                                 "Trust the server certificate with this SHA-256 thumbprint."),
               "THUMBPRINT"),
        flag("remember-password",
             QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Keep the repository password in the system keychain.")),
        valued("sftp-key", QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Private key for an sftp:// repository."),
               "FILE"),
        valued("endpoint", QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Endpoint URL or id."), "URL"),
        valued("objects", QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "VMs of a job, by moref, comma-separated."),
               "MOREFS"),
        flag("no-cbt", QT_TRANSLATE_NOOP("lifeboat::cli::Cli",
                                         "Job: do not use changed-block tracking (read whole disks).")),
        flag("quiesce", QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Job: quiesce the guest for snapshots.")),
        flag("index-files",
             QT_TRANSLATE_NOOP("lifeboat::cli::Cli",
                               "Job: index the guest files of each restore point for search.")),
        flag("no-index-files", QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Job: turn guest file indexing off.")),
        valued("exclude-disk",
               QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Job: leave out a VM's disk (repeatable)."),
               "MOREF:KEY"),
        valued("description", QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Job description."), "TEXT"),
        valued("session", QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Session id."), "ID"),
        valued("exclude-vm",
               QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Job: leave out a VM of its containers (repeatable)."),
               "MOREF"),
        valued("schedule", QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Job: when it runs by itself."),
               "SCHEDULE"),
        valued("retries", QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Job: retries of failed VMs."), "N"),
        valued("retry-wait", QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Job: seconds between retries."),
               "SECONDS"),
        flag("cbt",
             QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Job: use changed-block tracking (the default).")),
        valued("tick",
               QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Serve: seconds between looks at the schedule."),
               "SECONDS"),
        valued("guest-user",
               QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Job: the guest account for guest processing."),
               "NAME"),
        valued("guest-key", QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Job: private key of the guest account."),
               "FILE"),
        valued("pre-freeze",
               QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Job: command run in the guest before the snapshot."),
               "CMD"),
        valued("post-thaw",
               QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Job: command run in the guest after the snapshot."),
               "CMD"),
        valued("guest-address",
               QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Job: SSH address of a VM's guest (repeatable)."),
               "MOREF=HOST[:PORT]"),
        valued(
            "guest-host-key",
            QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Job: pinned SSH host key of a VM's guest (repeatable)."),
            "MOREF=SHA256:..."),
        valued("guest-errors",
               QT_TRANSLATE_NOOP("lifeboat::cli::Cli",
                                 "Job: a failing pre-freeze script fails the VM or is ignored."),
               "fail|ignore"),
        flag("no-guest", QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Job: turn guest processing off.")),
        valued("notify",
               QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Job: e-mail the run's report here (repeatable)."),
               "ADDRESS"),
        valued("notify-on", QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Job: which runs are reported."),
               "failure|warning|always"),
        valued("smtp-host", QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Notify set: the mail server."), "HOST"),
        valued("smtp-port", QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Notify set: its port (default 587)."),
               "N"),
        valued("security", QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Notify set: none, starttls or tls."),
               "MODE"),
        valued("from", QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Notify set: the sender address."), "ADDRESS"),
        valued("smtp-user", QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Notify set: the mail account."), "NAME"),
        flag("cached",
             QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Inventory: the last one read, without connecting.")),
        flag("admin",
             QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Tenant add: the account is an administrator.")),
        valued("scope",
               QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Tenant add: what the account may see (repeatable)."),
               "KIND:MOREF"),
        valued("quota", QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Tenant add: repository quota in bytes."),
               "BYTES"),
        valued("job", QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Job name or id."), "NAME"),
        valued("limit", QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "At most this many entries."), "N"),
        valued("format",
               QT_TRANSLATE_NOOP("lifeboat::cli::Cli",
                                 "Export format: csv or html (sessions), csv or json (audit)."),
               "FORMAT"),
        valued("mode",
               QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Restore: keep (beside the original) or overwrite."),
               "MODE"),
        flag("power-on", QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Restore: power the VM on afterwards.")),
        valued("new-name", QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Restore: name of the VM made by keep."),
               "NAME"),
        valued("volume", QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Files: the guest volume, DISK:PARTITION."),
               "ID"),
        valued("under",
               QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Files search: only below this guest folder."),
               "PATH"),
        valued("min-size", QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Files search: at least this many bytes."),
               "BYTES"),
        valued("max-size", QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Files search: at most this many bytes."),
               "BYTES"),
        valued("after",
               QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Files search: modified at or after this date."),
               "DATE"),
        valued("before",
               QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Files search: modified at or before this date."),
               "DATE"),
        valued("restore-point",
               QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Files search: only in this restore point."), "ID"),
        flag("all", QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Files index: every restore point.")),
        valued("guest",
               QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Restore files: into this running guest over SSH."),
               "HOST[:PORT]"),
        valued("guest-root",
               QT_TRANSLATE_NOOP("lifeboat::cli::Cli",
                                 "Restore files: the folder that is the guest's / (default /)."),
               "DIR"),
        valued("items",
               QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Job: dump these databases into each restore point."),
               "postgresql,mariadb"),
        valued("item-env",
               QT_TRANSLATE_NOOP("lifeboat::cli::Cli",
                                 "Job: environment of the database commands in the guest."),
               "NAME=VALUE..."),
        valued("new-database",
               QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Restore item: under this database name."), "NAME"),
        valued("zip", QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Restore files: into this new .zip file."),
               "FILE"),
        valued("to-folder", QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Restore VM: into this folder (moref)."),
               "MOREF"),
        valued(
            "to-pool",
            QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Restore VM: into this resource pool or vApp (moref)."),
            "MOREF"),
        valued("to-host", QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Restore VM: onto this host (moref)."),
               "MOREF"),
        valued("to-datastore", QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Restore VM: onto this datastore."),
               "NAME"),
        valued("since", QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Audit export: restores since this date."),
               "DATE"),
        valued("sftp-host-key",
               QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "The SFTP server's pinned host key (SHA256:...)."),
               "FINGERPRINT"),
    };
}

} // namespace

namespace {
// lupdate cannot resolve Cli inside CliContext's members, so the prefix is built here.
QString errorLine(const QString& message)
{
    return Cli::tr("error: %1").arg(message);
}
} // namespace

QUrl sdkUrl(const QString& text)
{
    return vsphere::sdkUrl(text);
}

Error noCatalog()
{
    return Error{QStringLiteral("engine.no_catalog"), Cli::tr("This command needs the catalog.")};
}

Result<catalog::EndpointRecord> endpointByUrlOrId(EngineWorker& worker, const QString& urlOrId)
{
    if (!worker.catalog())
        return noCatalog();
    auto records = worker.catalog()->endpoints();
    if (!records)
        return records.error();
    bool isId = false;
    const qint64 id = urlOrId.toLongLong(&isId);
    const QString url = isId ? QString() : sdkUrl(urlOrId).toString();
    // Cloud Director endpoints are kept by their root URL, vCenters by their /sdk URL.
    const QString vcdUrl = isId ? QString() : vcd::baseUrl(urlOrId).toString();
    for (const auto& record : *records)
        if ((isId && record.id == id) ||
            (!isId && (record.kind == QLatin1String("vcd") ? record.url == vcdUrl : record.url == url)))
            return record;
    return Error{QStringLiteral("endpoint.unknown"),
                 Cli::tr("%1 is not in the catalog; add it with 'lifeboat-cli endpoint add'.").arg(urlOrId)};
}

bool startEngineAndWait(Engine& engine, const CliContext& context)
{
    return startEngine(engine, context);
}

int runWithCatalogEngine(CliContext& context, int (*handler)(CliContext&, Engine&))
{
    Engine engine(EngineOptions{resolveCatalogPath(context.value("catalog"))});
    if (!startEngineAndWait(engine, context))
        return Failed;
    return handler(context, engine);
}

Result<QByteArray> readSecretInput(const CliContext& context, const char* envVar)
{
    QByteArray secret;
    if (context.isSet("password-stdin")) {
        char line[4096];
        if (std::fgets(line, sizeof line, stdin))
            secret = QByteArray(line);
    } else if (context.isSet("password-file")) {
        QFile file(context.value("password-file"));
        if (!file.open(QIODevice::ReadOnly))
            return Error{QStringLiteral("cli.password_file"),
                         Cli::tr("Cannot read the password file %1.").arg(file.fileName())};
        secret = file.readLine();
    } else {
        secret = qgetenv(envVar);
    }
    while (secret.endsWith('\n') || secret.endsWith('\r'))
        secret.chop(1);
    return secret;
}

int CliContext::fail(const Error& error) const
{
    if (json)
        printJson(
            QJsonObject{{QStringLiteral("error"), error.code}, {QStringLiteral("message"), error.message}});
    else
        err << errorLine(error.message) << Qt::endl;
    return Failed;
}

int CliContext::usage(const QString& message) const
{
    err << errorLine(message) << Qt::endl;
    return Usage;
}

void CliContext::printJson(const QJsonObject& object) const
{
    out << QJsonDocument(object).toJson(QJsonDocument::Compact) << Qt::endl;
}

int runCli(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Lifeboat headless console: the same engine as the GUI."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption catalogOption(
        QStringLiteral("catalog"),
        Cli::tr("SQLite catalog to use (default: $%1, then the XDG data folder).")
            .arg(QLatin1String(kCatalogEnvVar)),
        QStringLiteral("PATH"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Cli::tr("Print machine-readable JSON."));
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           Cli::tr("Print the version."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        Cli::tr("Show this help."));
    parser.addOptions({catalogOption, jsonOption, versionOption, helpOption});
    parser.addOptions(repoOptions());
    parser.addOptions(vcdOptions());
    parser.addPositionalArgument(QStringLiteral("command"), Cli::tr("What to do; see the list below."));

    if (!parser.parse(QStringList{QStringLiteral("lifeboat-cli")} + arguments)) {
        err << parser.errorText() << Qt::endl << Cli::tr(kUsage);
        return Usage;
    }
    CliContext context{parser, out, err, parser.positionalArguments(), parser.isSet(jsonOption)};
    const QStringList& command = context.command;

    if (parser.isSet(helpOption)) {
        const QString group = command.value(0);
        out << (group == QLatin1String("repo")       ? Cli::tr(kRepoUsage)
                : group == QLatin1String("endpoint") ? Cli::tr(kEndpointUsage)
                : group == QLatin1String("vcd") && (command.value(1) == QLatin1String("org") ||
                                                    command.value(1) == QLatin1String("vcenter") ||
                                                    command.value(1) == QLatin1String("provider"))
                    ? Cli::tr(kOrganizationUsage)
                : group == QLatin1String("vcd") ? Cli::tr(kVcdUsage)
                : group == QLatin1String("job") || group == QLatin1String("session") ||
                        group == QLatin1String("inventory") || group == QLatin1String("tenant")
                    ? Cli::tr(kJobUsage)
                : group == QLatin1String("restore") || group == QLatin1String("audit") ||
                        group == QLatin1String("files") || group == QLatin1String("items")
                    ? Cli::tr(kRestoreUsage)
                    : Cli::tr(kUsage));
        return Ok;
    }
    if (parser.isSet(versionOption) || command == QStringList{QStringLiteral("version")}) {
        if (context.json)
            context.printJson(QJsonObject{{QStringLiteral("version"), QLatin1String(kVersion)},
                                          {QStringLiteral("qt"), QLatin1String(qVersion())}});
        else
            out << "lifeboat-cli " << kVersion << Qt::endl;
        return Ok;
    }
    if (command.value(0) == QLatin1String("repo"))
        return runRepoCommand(context);
    if (command.value(0) == QLatin1String("endpoint"))
        return runEndpointCommand(context);
    if (command.value(0) == QLatin1String("vcd") &&
        (command.value(1) == QLatin1String("org") || command.value(1) == QLatin1String("vcenter") ||
         command.value(1) == QLatin1String("provider")))
        return runOrganizationCommand(context);
    if (command.value(0) == QLatin1String("vcd"))
        return runVcdCommand(context);
    if (command.value(0) == QLatin1String("job") || command.value(0) == QLatin1String("session") ||
        command.value(0) == QLatin1String("inventory") || command.value(0) == QLatin1String("tenant") ||
        command.value(0) == QLatin1String("serve") || command.value(0) == QLatin1String("restore-point") ||
        command.value(0) == QLatin1String("notify"))
        return runJobCommand(context);
    if (command.value(0) == QLatin1String("restore") || command.value(0) == QLatin1String("audit") ||
        command.value(0) == QLatin1String("files") || command.value(0) == QLatin1String("items"))
        return runRestoreCommand(context);

    if (command == QStringList{QStringLiteral("kiosk"), QStringLiteral("hash-password")}) {
        auto password = readSecretInput(context, "LIFEBOAT_KIOSK_PASSWORD");
        if (!password)
            return context.fail(password.error());
        if (password->isEmpty())
            return context.usage(Cli::tr("kiosk hash-password needs the password on --password-stdin."));
        const QString record = credentials::hashPassword(*password);
        if (context.json)
            context.printJson(QJsonObject{{QStringLiteral("admin_password"), record}});
        else
            out << record << Qt::endl;
        return Ok;
    }

    const bool isCatalogInfo = command == QStringList{QStringLiteral("catalog"), QStringLiteral("info")};
    const bool isCatalogMigrate =
        command == QStringList{QStringLiteral("catalog"), QStringLiteral("migrate")};
    if (!isCatalogInfo && !isCatalogMigrate) {
        err << (command.isEmpty()
                    ? Cli::tr("error: no command given")
                    : Cli::tr("error: unknown command '%1'").arg(command.join(QLatin1Char(' '))))
            << Qt::endl
            << Cli::tr(kUsage);
        return Usage;
    }

    Engine engine(EngineOptions{resolveCatalogPath(parser.value(catalogOption))});
    if (!startEngine(engine, context))
        return Failed;
    // Opening the catalog already upgraded it; report the result like `info` does.
    return catalogInfo(engine, context);
}

} // namespace lifeboat::cli
