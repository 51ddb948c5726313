// lifeboat-cli restore vm, audit export: restores to vSphere and their audit trail.

#include "CliContext.h"
#include "repository/Repository.h"
#include "restore/RestoreAudit.h"
#include "restore/VmRestore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTimer>
#include <csignal>

namespace lifeboat::cli {

const char* const kRestoreUsage =
    QT_TRANSLATE_NOOP("lifeboat::cli::Cli",
                      "Restore commands (sign in with --endpoint URL --user NAME; --repo PATH):\n"
                      "  restore vm ID|--vm NAME [--mode keep|overwrite] [--power-on] [--new-name NAME]\n"
                      "      keep: a new VM <name>_restored beside the original; overwrite: the VM's disks,\n"
                      "      CPUs and memory are replaced (it is powered off first)\n"
                      "  audit export [--format csv|json] [--since DATE] [--to FILE]\n");

namespace {

using jobs::Session;

std::atomic<bool> g_restoreStop{false};

// The newest restore point of a VM that the caller may restore.
Result<QString> latestRestorePoint(const SignedInRepository& opened, const QString& vmName)
{
    auto codec = opened.repository->codec();
    auto ids = opened.repository->restorePointIds();
    if (!ids)
        return ids.error();
    QString latest;
    QDateTime latestTime;
    for (const QString& id : *ids) {
        auto manifest = opened.repository->loadManifest(id, *codec);
        if (!manifest || manifest->vmName != vmName || !opened.caller.owns(manifest->tenant))
            continue;
        if (latest.isEmpty() || manifest->time > latestTime) {
            latest = id;
            latestTime = manifest->time;
        }
    }
    if (latest.isEmpty())
        return Error{QStringLiteral("restore.no_restore_point"),
                     Cli::tr("There is no restore point of %1 that you may restore.").arg(vmName)};
    return latest;
}

int restoreVm(CliContext& context, Engine& engine)
{
    const QString id = context.command.value(2);
    if (context.value("endpoint").isEmpty() || context.value("user").isEmpty() ||
        context.value("repo").isEmpty())
        return context.usage(Cli::tr("restore vm needs --endpoint URL, --user NAME and --repo PATH."));
    if (id.isEmpty() == context.value("vm").isEmpty())
        return context.usage(Cli::tr("restore vm needs a restore point ID or --vm NAME (its newest one)."));
    const QString mode = context.isSet("mode") ? context.value("mode") : QStringLiteral("keep");
    if (mode != QLatin1String("keep") && mode != QLatin1String("overwrite"))
        return context.usage(Cli::tr("--mode is keep or overwrite."));

    auto prepared = callEngine<Result<restore::VmRestoreRequest>>(
        engine, [&](EngineWorker& worker) -> Result<restore::VmRestoreRequest> {
            if (!worker.jobStore())
                return noCatalog();
            auto opened = signInAndOpen(context, worker);
            if (!opened)
                return opened.error();
            restore::VmRestoreRequest request;
            request.restorePoint = id;
            if (id.isEmpty()) {
                auto latest = latestRestorePoint(*opened, context.value("vm"));
                if (!latest)
                    return latest.error();
                request.restorePoint = *latest;
            }
            request.endpoint = opened->endpoint;
            request.user = context.value("user");
            request.password = opened->endpointPassword;
            request.repository = opened->repository;
            request.mode = mode == QLatin1String("overwrite") ? restore::VmRestoreMode::Overwrite
                                                              : restore::VmRestoreMode::Keep;
            request.powerOn = context.isSet("power-on");
            request.newName = context.value("new-name");
            request.caller = opened->caller;
            return request;
        });
    if (!prepared)
        return context.fail(prepared.error());

    // Ctrl-C stops the upload; the session says what state the VM was left in.
    g_restoreStop = false;
    std::signal(SIGINT, [](int) { g_restoreStop = true; });
    std::signal(SIGTERM, [](int) { g_restoreStop = true; });
    QEventLoop loop;
    std::optional<Result<Session>> outcome;
    auto running = std::make_shared<QPointer<restore::VmRestore>>();
    QTimer stopWatch;
    QObject::connect(&stopWatch, &QTimer::timeout, &loop, [&] {
        if (!g_restoreStop.exchange(false))
            return;
        context.err << Cli::tr("Stopping the restore...") << Qt::endl;
        engine.run<bool>(
            &loop,
            [running](EngineWorker&) {
                if (*running)
                    (*running)->stop();
                return true;
            },
            [](bool) {});
    });
    stopWatch.start(200);
    QTextStream& err = context.err;
    engine.runAsync<Result<Session>>(
        &loop,
        [request = std::move(*prepared), running, &err,
         printer = &stopWatch](EngineWorker& worker, std::function<void(Result<Session>)> reply) mutable {
            auto* restore = new restore::VmRestore(std::move(request), *worker.jobStore(), &worker);
            *running = restore;
            QObject::connect(
                restore, &restore::VmRestore::progressed, restore,
                [&err, printer](qint64 done, qint64 total) {
                    const QString line = Cli::tr("Restoring: %1%").arg(total > 0 ? done * 100 / total : 0);
                    QMetaObject::invokeMethod(
                        printer, [&err, line] { err << line << Qt::endl; }, Qt::QueuedConnection);
                });
            restore->start([restore, reply](Result<Session> session) {
                restore->deleteLater();
                reply(std::move(session));
            });
        },
        [&](Result<Session> session) {
            outcome.emplace(std::move(session));
            loop.quit();
        });
    loop.exec();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    if (!*outcome)
        return context.fail(outcome->error());
    const Session& session = outcome->value();
    if (context.json)
        context.printJson(sessionJson(session));
    else
        printSession(context, session);
    return session.result == jobs::SessionResult::Failed ? Failed : Ok;
}

int auditExport(CliContext& context, Engine& engine)
{
    const QString format = context.isSet("format") ? context.value("format") : QStringLiteral("csv");
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        return context.usage(Cli::tr("audit export writes csv or json."));
    QDateTime since;
    if (context.isSet("since")) {
        since = QDateTime::fromString(context.value("since"), Qt::ISODate);
        if (!since.isValid())
            return context.usage(Cli::tr("--since takes a date or time in ISO 8601, e.g. 2026-11-01."));
    }
    auto records = callEngine<Result<QVector<restore::AuditRecord>>>(
        engine, [&](EngineWorker& worker) -> Result<QVector<restore::AuditRecord>> {
            if (!worker.catalog())
                return noCatalog();
            return restore::RestoreAudit(*worker.catalog()).records(since);
        });
    if (!records)
        return context.fail(records.error());
    QByteArray data;
    if (format == QLatin1String("csv")) {
        data = restore::auditCsv(*records);
    } else {
        QJsonArray rows;
        for (const restore::AuditRecord& record : std::as_const(*records))
            rows.append(QJsonObject{
                {QStringLiteral("session"), record.session},
                {QStringLiteral("started"), record.started.toString(Qt::ISODate)},
                {QStringLiteral("finished"), record.finished.toString(Qt::ISODate)},
                {QStringLiteral("operator"), record.operatorAccount},
                {QStringLiteral("kind"), record.kind},
                {QStringLiteral("object"), record.objectName},
                {QStringLiteral("object_id"), record.objectId},
                {QStringLiteral("restore_point"), record.restorePoint},
                {QStringLiteral("restore_point_time"), record.restorePointTime.toString(Qt::ISODate)},
                {QStringLiteral("restore_point_age_s"), record.restorePointAge()},
                {QStringLiteral("target"), record.target},
                {QStringLiteral("mode"), record.mode},
                {QStringLiteral("result"), record.result},
                {QStringLiteral("message"), record.message}});
        data = QJsonDocument(QJsonObject{{QStringLiteral("restores"), rows}}).toJson(QJsonDocument::Compact) +
               "\n";
    }
    if (!context.isSet("to")) {
        context.out << QString::fromUtf8(data);
        context.out.flush();
        return Ok;
    }
    QFile file(context.value("to"));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size())
        return context.fail(
            Error{QStringLiteral("cli.write_failed"),
                  Cli::tr("Cannot write %1: %2").arg(context.value("to"), file.errorString())});
    return Ok;
}

} // namespace

int runRestoreCommand(CliContext& context)
{
    const QString group = context.command.value(0);
    const QString sub = context.command.value(1);
    using Handler = int (*)(CliContext&, Engine&);
    Handler handler = nullptr;
    if (group == QLatin1String("restore") && sub == QLatin1String("vm"))
        handler = &restoreVm;
    else if (group == QLatin1String("audit") && sub == QLatin1String("export"))
        handler = &auditExport;
    if (!handler) {
        context.err << Cli::tr("error: unknown command '%1'").arg(context.command.join(QLatin1Char(' ')))
                    << Qt::endl
                    << Cli::tr(kRestoreUsage);
        return Usage;
    }
    return runWithCatalogEngine(context, handler);
}

} // namespace lifeboat::cli
