#include "cli/CliContext.h"
#include "core/Paths.h"
#include "credentials/Keychain.h"
#include "vcd/VcdClient.h"
#include "vsphere/VsphereClient.h"

#include <QEventLoop>
#include <QJsonArray>

namespace lifeboat::cli {

const char* const kEndpointUsage = QT_TRANSLATE_NOOP(
    "lifeboat::cli::Cli",
    "Usage: lifeboat-cli endpoint COMMAND [options] [--json]\n"
    "\n"
    "Commands:\n"
    "  add URL [--name NAME] [--trust THUMBPRINT] [--kind vsphere|vcd]\n"
    "                     check a vCenter or ESXi endpoint (or with --kind vcd a Cloud Director) and add\n"
    "                     it to the catalog; a certificate this computer does not trust is refused and\n"
    "                     its SHA-256 thumbprint shown\n"
    "  trust URL THUMBPRINT\n"
    "                     trust the endpoint's certificate with this thumbprint\n"
    "  list               the endpoints in the catalog\n"
    "  login URL --user NAME [--remember-password]\n"
    "                     sign in and out again, to check the account\n"
    "\n"
    "The password comes from --password-stdin, --password-file FILE, $LIFEBOAT_ENDPOINT_PASSWORD, or the\n"
    "system keychain, where --remember-password puts it.\n");

namespace {

using vsphere::VsphereClient;

// Adds an endpoint once `probe` (on the engine thread) proved the server answers as its kind,
// through a certificate the computer or the given thumbprint trusts.
template <typename T>
Result<T> probeAndAdd(CliContext& context, Engine& engine, const QString& kind, const QString& url,
                      const QString& pin, const std::function<Result<T>()>& probe)
{
    auto probed = callEngine<Result<T>>(engine, [&](EngineWorker& worker) -> Result<T> {
        if (!worker.catalog())
            return noCatalog();
        auto answer = probe();
        if (!answer)
            return answer;
        catalog::EndpointRecord record;
        record.kind = kind;
        record.url = url;
        record.displayName = context.isSet("name") ? context.value("name") : QUrl(url).host();
        record.pinnedSha256 = pin;
        if (Status saved = worker.catalog()->saveEndpoint(record); !saved)
            return saved.error();
        return answer;
    });
    if (!probed && probed.error().code == QLatin1String("tls.untrusted"))
        context.err << Cli::tr("If the thumbprint is right, run the command again with --trust THUMBPRINT.")
                    << Qt::endl;
    return probed;
}

// A Cloud Director: checked by negotiating an API version, kept by its root URL.
int addCloudDirector(CliContext& context, Engine& engine)
{
    const QString url = vcd::baseUrl(context.command.value(2)).toString();
    const QString pin = context.value("trust").toUpper();
    auto version = probeAndAdd<QString>(context, engine, QStringLiteral("vcd"), url, pin, [&] {
        vcd::VcdClient client{QUrl(url), pin};
        return await<Result<QString>>([&](auto done) { client.negotiateVersion(done); });
    });
    if (!version)
        return context.fail(version.error());
    if (context.json)
        context.printJson({{QStringLiteral("url"), url},
                           {QStringLiteral("kind"), QStringLiteral("vcd")},
                           {QStringLiteral("api_version"), *version},
                           {QStringLiteral("pinned_sha256"), pin}});
    else
        context.out << Cli::tr("Added the Cloud Director %1 (API %2).").arg(url, *version) << Qt::endl;
    return Ok;
}

int add(CliContext& context, Engine& engine)
{
    const QString url = sdkUrl(context.command.value(2)).toString();
    if (context.command.value(2).isEmpty())
        return context.usage(Cli::tr("endpoint add needs the endpoint's URL."));
    const QString kind = context.isSet("kind") ? context.value("kind") : QStringLiteral("vsphere");
    if (kind == QLatin1String("vcd"))
        return addCloudDirector(context, engine);
    if (kind != QLatin1String("vsphere"))
        return context.usage(Cli::tr("--kind is vsphere or vcd."));
    const QString pin = context.value("trust").toUpper();
    auto added = probeAndAdd<vsphere::ServiceContent>(context, engine, kind, url, pin, [&] {
        VsphereClient client{QUrl(url), pin};
        return await<Result<vsphere::ServiceContent>>(
            [&](auto done) { client.retrieveServiceContent(done); });
    });
    if (!added)
        return context.fail(added.error());
    if (context.json)
        context.printJson({{QStringLiteral("url"), url},
                           {QStringLiteral("api_version"), added->apiVersion},
                           {QStringLiteral("product"), added->fullName},
                           {QStringLiteral("pinned_sha256"), pin}});
    else
        context.out << Cli::tr("Added %1 (%2, API %3).").arg(url, added->fullName, added->apiVersion)
                    << Qt::endl;
    return Ok;
}

int trust(CliContext& context, Engine& engine)
{
    const QString url = sdkUrl(context.command.value(2)).toString();
    const QString pin = context.command.value(3).toUpper();
    if (context.command.value(2).isEmpty() || pin.isEmpty())
        return context.usage(Cli::tr("endpoint trust needs a URL and a SHA-256 thumbprint."));
    Status trusted = callEngine<Status>(engine, [&](EngineWorker& worker) -> Status {
        auto record = endpointByUrlOrId(worker, url);
        if (!record)
            return record.error();
        record->pinnedSha256 = pin;
        return worker.catalog()->saveEndpoint(*record);
    });
    if (!trusted)
        return context.fail(trusted.error());
    context.out << Cli::tr("%1 is trusted with the certificate %2.").arg(url, pin) << Qt::endl;
    return Ok;
}

int list(CliContext& context, Engine& engine)
{
    auto records = callEngine<Result<QVector<catalog::EndpointRecord>>>(
        engine, [](EngineWorker& worker) -> Result<QVector<catalog::EndpointRecord>> {
            if (!worker.catalog())
                return noCatalog();
            return worker.catalog()->endpoints();
        });
    if (!records)
        return context.fail(records.error());
    if (context.json) {
        QJsonArray array;
        for (const auto& record : *records)
            array.append(QJsonObject{{QStringLiteral("url"), record.url},
                                     {QStringLiteral("kind"), record.kind},
                                     {QStringLiteral("name"), record.displayName},
                                     {QStringLiteral("pinned_sha256"), record.pinnedSha256}});
        context.printJson({{QStringLiteral("endpoints"), array}});
        return Ok;
    }
    for (const auto& record : *records)
        context.out << record.displayName << "  " << record.url << "  "
                    << (record.pinnedSha256.isEmpty()
                            ? Cli::tr("certificate verified by CA")
                            : Cli::tr("certificate pinned %1").arg(record.pinnedSha256))
                    << Qt::endl;
    return Ok;
}

int login(CliContext& context, Engine& engine)
{
    const QString url = sdkUrl(context.command.value(2)).toString();
    const QString user = context.value("user");
    if (context.command.value(2).isEmpty() || user.isEmpty())
        return context.usage(Cli::tr("endpoint login needs a URL and --user NAME."));
    auto given = readSecretInput(context, "LIFEBOAT_ENDPOINT_PASSWORD");
    if (!given)
        return context.fail(given.error());
    const bool remember = context.isSet("remember-password");
    auto session = callEngine<Result<vsphere::UserSession>>(
        engine, [&](EngineWorker& worker) -> Result<vsphere::UserSession> {
            auto record = endpointByUrlOrId(worker, url);
            if (!record)
                return record.error();
            const QString keychainKey = credentials::endpointPasswordKey(url, user);
            QString password = QString::fromUtf8(*given);
            if (password.isEmpty()) {
                if (auto remembered = credentials::readSecret(keychainKey))
                    password = *remembered;
            }
            if (password.isEmpty())
                return Error{QStringLiteral("endpoint.password_required"),
                             Cli::tr("A password is needed: use --password-stdin, --password-file or "
                                     "$LIFEBOAT_ENDPOINT_PASSWORD.")};
            VsphereClient client{QUrl(url), record->pinnedSha256};
            auto content = await<Result<vsphere::ServiceContent>>(
                [&](auto done) { client.retrieveServiceContent(done); });
            if (!content)
                return content.error();
            auto signedIn =
                await<Result<vsphere::UserSession>>([&](auto done) { client.login(user, password, done); });
            if (!signedIn)
                return signedIn;
            if (remember)
                if (Status kept = credentials::writeSecret(keychainKey, password); !kept)
                    return kept.error();
            await<Status>([&](auto done) { client.logout(done); });
            return signedIn;
        });
    if (!session)
        return context.fail(session.error());
    if (context.json)
        context.printJson({{QStringLiteral("url"), url}, {QStringLiteral("user"), session->userName}});
    else
        context.out << Cli::tr("Signed in to %1 as %2.").arg(url, session->userName) << Qt::endl;
    return Ok;
}

} // namespace

int runEndpointCommand(CliContext& context)
{
    const QString sub = context.command.value(1);
    using Handler = int (*)(CliContext&, Engine&);
    Handler handler = sub == QLatin1String("add")     ? &add
                      : sub == QLatin1String("trust") ? &trust
                      : sub == QLatin1String("list")  ? &list
                      : sub == QLatin1String("login") ? &login
                                                      : nullptr;
    if (!handler) {
        context.err << (sub.isEmpty() ? Cli::tr("error: no endpoint command given")
                                      : Cli::tr("error: unknown command 'endpoint %1'").arg(sub))
                    << Qt::endl
                    << Cli::tr(kEndpointUsage);
        return Usage;
    }
    return runWithCatalogEngine(context, handler);
}

} // namespace lifeboat::cli
