#include "cli/CliCommands.h"

#include "core/Logging.h"
#include "core/Paths.h"
#include "facade/Engine.h"
#include "lifeboat/Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>

namespace lifeboat::cli {

namespace {
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(lifeboat::cli::Cli)
};

const char* const kUsage = QT_TRANSLATE_NOOP(
    "lifeboat::cli::Cli", "Usage: lifeboat-cli [--catalog PATH] [--json] COMMAND\n"
                          "\n"
                          "Commands:\n"
                          "  version          print the version\n"
                          "  catalog info     show the catalog's location, schema and contents\n"
                          "  catalog migrate  open the catalog and upgrade its schema if needed\n");

struct Invocation
{
    QStringList command;
    QString catalogPath;
    bool json = false;
};

// Starts the engine, waits (in a local event loop, this is a CLI) for it to open the
// catalog, and reports a failure the way every command does.
bool startEngine(Engine& engine, const Invocation& invocation, QTextStream& out, QTextStream& err)
{
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&engine, &Engine::started, &loop,
                     [&](bool started, const QString& code, const QString& message) {
                         ok = started;
                         if (!started) {
                             if (invocation.json)
                                 out << QJsonDocument(QJsonObject{{QStringLiteral("error"), code},
                                                                  {QStringLiteral("message"), message}})
                                            .toJson(QJsonDocument::Compact)
                                     << Qt::endl;
                             else
                                 err << Cli::tr("error: %1").arg(message) << Qt::endl;
                         }
                         loop.quit();
                     });
    engine.start();
    loop.exec();
    return ok;
}

int catalogInfo(Engine& engine, const Invocation& invocation, QTextStream& out, QTextStream& err)
{
    QEventLoop loop;
    int code = Failed;
    engine.catalogInfo(&loop, [&](Result<catalog::CatalogInfo> info) {
        loop.quit();
        if (!info) {
            err << Cli::tr("error: %1").arg(info.error().message) << Qt::endl;
            return;
        }
        code = Ok;
        const catalog::CatalogInfo& i = info.value();
        if (invocation.json) {
            out << QJsonDocument(QJsonObject{
                                     {QStringLiteral("path"), i.path},
                                     {QStringLiteral("schema_version"), i.schemaVersion},
                                     {QStringLiteral("latest_schema_version"), i.latestSchemaVersion},
                                     {QStringLiteral("journal_mode"), i.journalMode},
                                     {QStringLiteral("size_bytes"), i.sizeBytes},
                                     {QStringLiteral("endpoints"), i.endpoints},
                                     {QStringLiteral("repositories"), i.repositories},
                                     {QStringLiteral("jobs"), i.jobs},
                                     {QStringLiteral("sessions"), i.sessions},
                                 })
                       .toJson(QJsonDocument::Compact)
                << Qt::endl;
            return;
        }
        out << Cli::tr("Catalog:        %1").arg(i.path) << Qt::endl
            << Cli::tr("Schema version: %1 (latest %2)").arg(i.schemaVersion).arg(i.latestSchemaVersion)
            << Qt::endl
            << Cli::tr("Journal mode:   %1").arg(i.journalMode) << Qt::endl
            << Cli::tr("Size:           %1 bytes").arg(i.sizeBytes) << Qt::endl
            << Cli::tr("Endpoints:      %1").arg(i.endpoints) << Qt::endl
            << Cli::tr("Repositories:   %1").arg(i.repositories) << Qt::endl
            << Cli::tr("Jobs:           %1").arg(i.jobs) << Qt::endl
            << Cli::tr("Sessions:       %1").arg(i.sessions) << Qt::endl;
    });
    loop.exec();
    return code;
}

} // namespace

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
    parser.addPositionalArgument(QStringLiteral("command"), Cli::tr("What to do; see the list below."));

    if (!parser.parse(QStringList{QStringLiteral("lifeboat-cli")} + arguments)) {
        err << parser.errorText() << Qt::endl << Cli::tr(kUsage);
        return Usage;
    }
    Invocation invocation{parser.positionalArguments(), parser.value(catalogOption),
                          parser.isSet(jsonOption)};

    if (parser.isSet(helpOption)) {
        out << Cli::tr(kUsage);
        return Ok;
    }
    if (parser.isSet(versionOption) || invocation.command == QStringList{QStringLiteral("version")}) {
        if (invocation.json)
            out << QJsonDocument(QJsonObject{{QStringLiteral("version"), QLatin1String(kVersion)},
                                             {QStringLiteral("qt"), QLatin1String(qVersion())}})
                       .toJson(QJsonDocument::Compact)
                << Qt::endl;
        else
            out << "lifeboat-cli " << kVersion << Qt::endl;
        return Ok;
    }

    const QStringList& command = invocation.command;
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

    Engine engine(EngineOptions{resolveCatalogPath(invocation.catalogPath)});
    if (!startEngine(engine, invocation, out, err))
        return Failed;
    // Opening the catalog already upgraded it; report the result like `info` does.
    return catalogInfo(engine, invocation, out, err);
}

} // namespace lifeboat::cli
