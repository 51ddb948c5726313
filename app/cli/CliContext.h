#pragma once

#include "core/Result.h"
#include "facade/Engine.h"
#include "facade/EngineWorker.h"
#include "vcd/VcdTenancy.h"
#include "vsphere/Inventory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QHash>
#include <QJsonObject>
#include <QTextStream>
#include <QUrl>
#include <memory>
#include <optional>

namespace lifeboat::repository {
class Repository;
}

namespace lifeboat::cli {

// Scripts can tell a usage mistake (2) from a failure (1).
enum ExitCode : int
{
    Ok = 0,
    Failed = 1,
    Usage = 2
};

struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(lifeboat::cli::Cli)
};

// What every command handler gets: the parsed command line and the output streams,
// with the error and JSON conventions shared by all commands.
struct CliContext
{
    QCommandLineParser& parser;
    QTextStream& out;
    QTextStream& err;
    QStringList command;
    bool json = false;

    QString value(const char* option) const { return parser.value(QString::fromLatin1(option)); }
    bool isSet(const char* option) const { return parser.isSet(QString::fromLatin1(option)); }
    QStringList values(const char* option) const { return parser.values(QString::fromLatin1(option)); }

    // Prints the error (as {"error","message"} with --json) and returns the failure code.
    int fail(const Error& error) const;
    int usage(const QString& message) const;
    void printJson(const QJsonObject& object) const;
};

// Runs `work` on the engine thread and waits for its result in a local event loop:
// the CLI drives exactly the path the GUI uses, only synchronously from its side.
template <typename R> R callEngine(Engine& engine, std::function<R(EngineWorker&)> work)
{
    QEventLoop loop;
    std::optional<R> result;
    engine.run<R>(&loop, std::move(work), [&](R value) {
        result.emplace(std::move(value));
        loop.quit();
    });
    loop.exec();
    return std::move(*result);
}

// Waits for an asynchronous engine-thread call (the vSphere client, the keychain) in a
// local event loop on the engine thread. Only a CLI may do this; the console never waits.
template <typename R, typename Call> R await(Call call)
{
    QEventLoop loop;
    std::optional<R> result;
    call([&](R value) {
        result.emplace(std::move(value));
        loop.quit();
    });
    if (!result)
        loop.exec();
    return std::move(*result);
}

// "vc.example" → "https://vc.example/sdk": the vim25 endpoint of a host name or URL.
QUrl sdkUrl(const QString& text);
Error noCatalog();
// An endpoint of the catalog by its id or its URL (host names are completed as sdkUrl does);
// "endpoint.unknown" with what to do when there is none.
Result<catalog::EndpointRecord> endpointByUrlOrId(EngineWorker& worker, const QString& urlOrId);

// A secret from --password-stdin (first line), --password-file, or the environment variable
// `envVar`; empty when none is given. Never from the command line itself, where other
// users could read it in the process list.
Result<QByteArray> readSecretInput(const CliContext& context, const char* envVar);

// Starts `engine` and waits until it has opened its catalog; prints the error otherwise.
bool startEngineAndWait(Engine& engine, const CliContext& context);
// Starts an engine on the catalog the command line names and runs `handler` with it.
int runWithCatalogEngine(CliContext& context, int (*handler)(CliContext&, Engine&));

// Signs in as --user to --endpoint to prove who is asking, then opens --repo: what a
// tenant's restore commands need. Runs on the engine thread.
struct SignedInRepository
{
    tenants::Caller caller = tenants::Caller::administrator(QString());
    std::shared_ptr<repository::Repository> repository;
    catalog::EndpointRecord endpoint;      // a vCenter: for a Cloud Director user, its organization's
    QString endpointAccount;               // --user, or the provider's service account on that vCenter
    QString endpointPassword;              // in memory only, for the restore's own session
    QHash<QString, QStringList> vcdVapps;  // a Cloud Director user's vApps: name → member morefs
    catalog::EndpointRecord cloudDirector; // id 0 unless signed in through a Cloud Director
    QHash<QString, vcd::Vm> vcdVms;        // its VMs: moref → Cloud Director's record
};
Result<SignedInRepository> signInAndOpen(CliContext& context, EngineWorker& worker);

// Signs in to a Cloud Director endpoint as its organization user --user (password as for
// vCenters), on the engine thread; see vcd::signInOrganizationUser.
Result<vcd::OrganizationSignIn>
signInOrganization(EngineWorker& worker, const catalog::EndpointRecord& vcdEndpoint, const QString& user);

// Signs in and reads the inventory tree, on the engine thread.
Result<vsphere::Inventory> inventoryOf(const catalog::EndpointRecord& endpoint, const QString& user,
                                       const QString& password);

// A session as --json prints it, and as people read it.
QJsonObject sessionJson(const jobs::Session& session);
void printSession(const CliContext& context, const jobs::Session& session);

int runRepoCommand(CliContext& context);
int runEndpointCommand(CliContext& context);
int runJobCommand(CliContext& context);
int runRestoreCommand(CliContext& context);
int runVcdCommand(CliContext& context);
int runOrganizationCommand(CliContext& context);
QList<QCommandLineOption> vcdOptions();
extern const char* const kEndpointUsage;
extern const char* const kRepoUsage;
extern const char* const kJobUsage;
extern const char* const kRestoreUsage;
extern const char* const kVcdUsage;
extern const char* const kOrganizationUsage;

} // namespace lifeboat::cli
